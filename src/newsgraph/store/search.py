"""Full-text search over article text and quotes: SQLite FTS5, PostgreSQL tsvector.

One query language for both backends, parsed here so that no user input ever reaches a
search engine's own syntax: words are ANDed, ``"a phrase"`` matches words in order, a
trailing ``*`` on a word matches its prefix. Both backends stem English words (FTS5's
porter tokenizer, PostgreSQL's english configuration); a lone stop word is dropped from the
query on both (PostgreSQL's list), unless the query holds nothing else.

Results carry a plain-text ``snippet`` and ``highlights``, the [start, end) offsets of the
matched words within it, so that no markup is mixed into untrusted text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from newsgraph.store.db import StoreError

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
# Relevance ranking considers at most this many of the most recently stored matches.
RANK_CANDIDATES = 1000
_MARK_START, _MARK_END = "\x02", "\x03"
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


class SearchError(StoreError):
    kind = "search"


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False  # the last word is a prefix


def parse_query(query: str) -> list[Term]:
    """Terms of a user query; raises SearchError when nothing searchable is left."""
    if len(query) > MAX_QUERY_CHARS:
        raise SearchError(f"the query is longer than {MAX_QUERY_CHARS} characters")
    terms: list[Term] = []
    for phrase, bare in _TOKEN.findall(query):
        chunk = phrase if phrase else bare
        words = tuple(w.replace("’", "'") for w in _WORD.findall(chunk))
        if not words:
            continue
        prefix = not phrase and bare.endswith("*") and len(words) == 1
        if phrase or prefix:
            terms.append(Term(words, prefix))
        else:  # "U.S.-Russia" is several words that must all appear
            terms.extend(Term((w,)) for w in words)
    if not terms:
        raise SearchError("the query has no words to search for")
    # Lone stop words ("or", "the") are dropped as PostgreSQL drops them, so that SQLite answers
    # "farmers OR promises" as PostgreSQL does instead of asking every hit to contain "or".
    stop = _stop_words()
    kept = [t for t in terms if t.prefix or len(t.words) > 1 or t.words[0].casefold() not in stop]
    return (kept or terms)[:MAX_TERMS]


def _stop_words() -> frozenset[str]:
    from newsgraph.nlp.lexicon import word_set

    return word_set("search_stop_words.txt")


def _fts5_query(terms: list[Term]) -> str:
    """An FTS5 MATCH expression: every term a quoted string, so no operator can be injected."""
    parts = []
    for t in terms:
        quoted = '"' + " ".join(t.words).replace('"', '""') + '"'
        parts.append(quoted + ("*" if t.prefix else ""))
    return " ".join(parts)


def _pg_tsquery(terms: list[Term], params: dict) -> str:
    """A tsquery expression built from bound parameters, one per term."""
    parts = []
    for n, t in enumerate(terms):
        key = f"term{n}"
        if t.prefix:
            # Only letters and digits reach to_tsquery, so its operators cannot be injected.
            params[key] = re.sub(r"[^\w]", "", t.words[0]) + ":*"
            parts.append(f"to_tsquery('english', :{key})")
        else:
            params[key] = " ".join(t.words)
            parts.append(f"phraseto_tsquery('english', :{key})")
    return " && ".join(parts)


def _filters(params: dict, since: date | None, until: date | None, source: str | None, alias: str = "a") -> str:
    sql = ""
    if since is not None:
        params["since"] = since
        sql += f" AND {alias}.published >= :since"
    if until is not None:
        params["until"] = until
        sql += f" AND {alias}.published <= :until"
    if source is not None:
        params["source"] = source
        sql += f" AND {alias}.source = :source"
    return sql


def split_highlights(marked: str) -> tuple[str, list[list[int]]]:
    """Strip the engine's match markers from a snippet, returning the text and match offsets."""
    out: list[str] = []
    spans: list[list[int]] = []
    pos = 0
    start = None
    for ch in marked:
        if ch == _MARK_START:
            start = pos
        elif ch == _MARK_END:
            if start is not None and pos > start:
                spans.append([start, pos])
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


def _items(rows) -> list[dict]:
    items = []
    for row in rows:
        item = dict(row._mapping) if hasattr(row, "_mapping") else dict(row)
        snippet, highlights = split_highlights(item.pop("marked") or "")
        item["snippet"], item["highlights"] = snippet, highlights
        if isinstance(item.get("published"), date):
            item["published"] = item["published"].isoformat()
        item["score"] = round(float(item["score"]), 6) if item.get("score") is not None else None
        items.append(item)
    return items


def _candidates(limit: int, offset: int) -> int:
    return max(RANK_CANDIDATES, offset + limit)


def _sqlite_floor(s: Session, fts: str, params: dict, cap: int) -> int:
    """The smallest rowid among the ``cap`` most recently stored matches (0: rank them all).
    FTS5 walks its doclists in rowid order, so this costs next to nothing."""
    row = s.execute(text(f"SELECT rowid FROM {fts} WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT 1 OFFSET :skip"),
                    {"q": params["q"], "skip": cap - 1}).first()
    return row[0] if row is not None else 0


def search_articles(s: Session, query: str, *, limit: int = 20, offset: int = 0, since: date | None = None,
                    until: date | None = None, source: str | None = None) -> dict:
    """Articles matching ``query``, best first.

    ``total`` counts every match. Relevance ranking considers the RANK_CANDIDATES most recently
    stored matches (more when paging deeper): ranking every article that contains a common
    word costs more than a reader waits, and among thousands of matches of a common word the
    most recent ones are the ones a news reader wants."""
    terms = parse_query(query)
    params: dict = {"limit": limit, "offset": offset}
    dialect = s.get_bind().dialect.name
    cap = _candidates(limit, offset)
    if dialect == "sqlite":
        params["q"] = _fts5_query(terms)
        filtered = since is not None or until is not None or source is not None
        if filtered:
            # FTS first (CROSS JOIN fixes the order), then each match's article row for the filter.
            where = "articles_fts MATCH :q" + _filters(params, since, until, source)
            source_sql = "FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.article_id"
            total = s.execute(text(f"SELECT count(*) {source_sql} WHERE {where}"), params).scalar_one()
        else:
            total = s.execute(text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q"), params).scalar_one()
            params["floor"] = _sqlite_floor(s, "articles_fts", params, cap) if total > cap else 0
            where = "articles_fts MATCH :q AND articles_fts.rowid >= :floor"
            source_sql = "FROM articles_fts"
        # bm25 is lower-is-better; the title column weighs more than the body.
        # The page's rowids first (scores only), then snippets for those rows alone: asked in one
        # query, SQLite's sorter would build a snippet for every candidate.
        hits = s.execute(text(
            "SELECT article_id AS id, -bm25(articles_fts, 0.0, 4.0, 1.0) AS score, "
            "snippet(articles_fts, 2, char(2), char(3), '…', 24) AS marked "
            "FROM articles_fts WHERE articles_fts MATCH :q AND rowid IN ("
            f"  SELECT articles_fts.rowid {source_sql} WHERE {where} "
            "  ORDER BY bm25(articles_fts, 0.0, 4.0, 1.0), articles_fts.rowid DESC LIMIT :limit OFFSET :offset) "
            "ORDER BY bm25(articles_fts, 0.0, 4.0, 1.0), rowid DESC"), params).all()
        meta = _article_meta(s, [h.id for h in hits])
        rows = [{**meta[h.id], "score": h.score, "marked": h.marked} for h in hits if h.id in meta]
    elif dialect == "postgresql":
        tsq = _pg_tsquery(terms, params)
        params["headline"] = f"StartSel={_MARK_START}, StopSel={_MARK_END}, MaxWords=35, MinWords=15, MaxFragments=1"
        params["cap"] = cap
        # The tsquery is written inline (not joined from a subquery) so that the GIN index serves it.
        _prefer_index(s)
        where = f"a.search_vector @@ ({tsq})" + _filters(params, since, until, source)
        total = s.execute(text(f"SELECT count(*) FROM articles a WHERE {where}"), params).scalar_one()
        rows = s.execute(text(
            "SELECT hit.id, hit.title, hit.published, hit.source, hit.score, "
            f"ts_headline('english', a.text, ({tsq}), :headline) AS marked "
            f"FROM (SELECT c.id, c.title, c.published, c.source, ts_rank(c.search_vector, ({tsq})) AS score "
            "      FROM (SELECT a.id, a.title, a.published, a.source, a.search_vector "
            f"            FROM articles a WHERE {where} "
            "            ORDER BY a.ingested_at DESC, a.id DESC LIMIT :cap) c "
            "      ORDER BY score DESC, c.id LIMIT :limit OFFSET :offset) hit "
            "JOIN articles a ON a.id = hit.id ORDER BY hit.score DESC, hit.id"), params).all()
    else:  # pragma: no cover
        raise SearchError(f"full-text search is not available on {dialect}")
    return {"items": _items(rows), "total": total}


def _prefer_index(s: Session) -> None:
    """PostgreSQL's planner prices a sequential scan of tsvectors without what de-TOASTing each
    one costs, and picks it for common words (4x slower here); for this transaction, prefer
    the GIN index."""
    s.execute(text("SET LOCAL enable_seqscan = off"))


def _article_meta(s: Session, ids: list[str]) -> dict[str, dict]:
    if not ids:
        return {}
    marks = ", ".join(f":id{n}" for n in range(len(ids)))
    rows = s.execute(text(f"SELECT id, title, published, source FROM articles WHERE id IN ({marks})"),
                     {f"id{n}": i for n, i in enumerate(ids)}).all()
    return {r.id: dict(r._mapping) for r in rows}


def search_quotes(s: Session, query: str, *, limit: int = 20, offset: int = 0, since: date | None = None,
                  until: date | None = None, source: str | None = None) -> dict:
    """Quotes (attributions) whose content or speaker matches ``query``, best first (ranked as
    ``search_articles`` ranks)."""
    terms = parse_query(query)
    params: dict = {"limit": limit, "offset": offset}
    dialect = s.get_bind().dialect.name
    cap = _candidates(limit, offset)
    columns = ("t.article_id, t.local_id AS id, t.actor_id, t.speaker_name AS speaker, t.cue_text AS cue, "
               "t.kind, t.start, t.\"end\", a.title, a.published")
    if dialect == "sqlite":
        params["q"] = _fts5_query(terms)
        filtered = since is not None or until is not None or source is not None
        if filtered:
            where = "quotes_fts MATCH :q" + _filters(params, since, until, source)
            source_sql = ("FROM quotes_fts CROSS JOIN attributions t ON t.id = quotes_fts.rowid "
                          "CROSS JOIN articles a ON a.id = t.article_id")
            total = s.execute(text(f"SELECT count(*) {source_sql} WHERE {where}"), params).scalar_one()
        else:
            total = s.execute(text("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH :q"), params).scalar_one()
            params["floor"] = _sqlite_floor(s, "quotes_fts", params, cap) if total > cap else 0
            where = "quotes_fts MATCH :q AND quotes_fts.rowid >= :floor"
            source_sql = "FROM quotes_fts"
        hits = s.execute(text(
            "SELECT rowid AS row_id, -bm25(quotes_fts, 0.5, 1.0) AS score, "
            "snippet(quotes_fts, 1, char(2), char(3), '…', 40) AS marked "
            "FROM quotes_fts WHERE quotes_fts MATCH :q AND rowid IN ("
            f"  SELECT quotes_fts.rowid {source_sql} WHERE {where} "
            "  ORDER BY bm25(quotes_fts, 0.5, 1.0), quotes_fts.rowid DESC LIMIT :limit OFFSET :offset) "
            "ORDER BY bm25(quotes_fts, 0.5, 1.0), rowid DESC"), params).all()
        meta = {}
        if hits:
            marks = ", ".join(f":r{n}" for n in range(len(hits)))
            meta = {r.row_id: dict(r._mapping) for r in s.execute(text(
                f"SELECT t.id AS row_id, {columns} FROM attributions t JOIN articles a ON a.id = t.article_id "
                f"WHERE t.id IN ({marks})"), {f"r{n}": h.row_id for n, h in enumerate(hits)}).all()}
        rows = []
        for h in hits:
            if h.row_id in meta:
                item = meta[h.row_id]
                item.pop("row_id")
                rows.append({**item, "score": h.score, "marked": h.marked})
    elif dialect == "postgresql":
        tsq = _pg_tsquery(terms, params)
        params["headline"] = f"StartSel={_MARK_START}, StopSel={_MARK_END}, MaxWords=60, MinWords=20"
        params["cap"] = cap
        _prefer_index(s)
        filters = _filters(params, since, until, source)
        where = f"t.search_vector @@ ({tsq})" + filters
        # Articles are joined only when a filter needs them, and for the page's rows.
        matches = "FROM attributions t" + (" JOIN articles a ON a.id = t.article_id" if filters else "")
        total = s.execute(text(f"SELECT count(*) {matches} WHERE {where}"), params).scalar_one()
        rows = s.execute(text(
            f"SELECT {columns}, hit.score, "
            f"ts_headline('english', t.content_text, ({tsq}), :headline) AS marked "
            f"FROM (SELECT c.id, ts_rank(c.search_vector, ({tsq})) AS score "
            f"      FROM (SELECT t.id, t.search_vector {matches} WHERE {where} ORDER BY t.id DESC LIMIT :cap) c "
            "      ORDER BY score DESC, c.id LIMIT :limit OFFSET :offset) hit "
            "JOIN attributions t ON t.id = hit.id JOIN articles a ON a.id = t.article_id "
            "ORDER BY hit.score DESC, hit.id"), params).all()
    else:  # pragma: no cover
        raise SearchError(f"full-text search is not available on {dialect}")
    return {"items": _items(rows), "total": total}
