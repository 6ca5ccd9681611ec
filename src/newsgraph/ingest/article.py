"""From an input document to the record's ``article``: title, text, offsets and cut furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from newsgraph.errors import InputError
from newsgraph.ingest.clean import (bio_author, byline_authors, clean_trailing, furniture_lines, is_consent_line, is_prose,
                                    page_date, parse_page_date)
from newsgraph.ingest.document import InputDocument
from newsgraph.ingest.html import extract_html
from newsgraph.record import Article, Removed, WarningInfo, article_id

TITLE_ONLY = "title only: no body text follows the title line"


@dataclass
class PreparedArticle:
    article: Article
    title_end: int  # offset in article.text where the title line ends
    # What the parser reads: article.text with furniture lines above and inside the story
    # (breadcrumbs, bylines, photo credits, "Also read:") turned to spaces, offset for offset.
    # The record's text stays the exact input (only trailing furniture is ever cut).
    parse_text: str | None = None
    warnings: list[WarningInfo] = field(default_factory=list)  # the record's

    @property
    def text_to_parse(self) -> str:
        return self.parse_text if self.parse_text is not None else self.article.text


# A wire dateline that gives the year: a place (capitals, or a capitalised name), a date with
# its year, the agency in brackets, a dash. Without a year it dates nothing (see _prepare_text).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WIRE_DATELINE_DATE = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?, "
    r"(?P<date>" + _MONTH + r" \d{1,2},? \d{4}|\d{1,2} " + _MONTH + r",? \d{4})"
    r"(?: ?\([^()\n]{1,30}\))? ?(?:—|–|--?) ")


def find_dateline(text: str, max_lines: int = 15) -> str | None:
    """ISO date of a dateline line above the first paragraph of a text, if any: "Published:
    March 17, 2025", "Sat 7 Nov 2026 08.00 GMT", "Updated 14 Oct 2026 | Published 13 Oct
    2026" (the published one). Only whole date lines count, so a date inside a body sentence
    never overrides the caller's publication date; a cookie banner or a byline above it does
    not hide it."""
    seen = 0
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > max_lines:
            break
        # "LUSAKA, June 3, 2026 (Wire) — A court …": the lead's own dateline, with a year.
        wire = _WIRE_DATELINE_DATE.match(stripped) if seen > 1 else None
        if wire:
            return parse_page_date(wire.group("date"))
        if seen > 1 and is_prose(stripped) and not is_consent_line(stripped):
            break
        found = page_date(stripped)
        if found:
            return found
    return None


def prepare_article(doc: InputDocument, clean: bool = True, published: str | None = None) -> PreparedArticle:
    """Build the record's article. ``published`` is the caller's fallback date (--published);
    a date carried by the input wins over it."""
    if doc.error is not None:
        raise doc.error
    if doc.html is not None:
        prepared = _prepare_html(doc, published)
    elif doc.text is None:
        raise InputError("the document has neither text nor HTML", kind="empty")
    else:
        prepared = _prepare_text(doc, clean, published)
    # What the reader noticed about the input (a Windows-1252 fallback, JSON Lines fields
    # left out, …) travels with the record, not only on stderr.
    prepared.warnings = [WarningInfo(kind="input", message=w) for w in doc.warnings] + prepared.warnings
    return prepared


def _prepare_text(doc: InputDocument, clean: bool, published: str | None) -> PreparedArticle:
    raw = doc.text or ""
    if "\x00" in raw:
        raise InputError("the text contains NUL characters (binary data?)", kind="binary")
    stripped_start = len(raw) - len(raw.lstrip())
    if stripped_start == len(raw):
        raise InputError("the document is empty", kind="empty")
    first_line_end = raw.find("\n", stripped_start)
    first_line_end = len(raw) if first_line_end == -1 else first_line_end
    title = doc.title if doc.title is not None else raw[stripped_start:first_line_end].strip()

    body = raw[stripped_start:]
    removed: list[Removed] = []
    if clean:
        result = clean_trailing(body)
        end = result.end
        removed = [
            Removed(start=s + stripped_start, end=e + stripped_start, kind=k, text=t)
            for s, e, k, t in result.removed
        ]
    else:
        end = len(body.rstrip())
    text = body[:end]
    title_end = min(first_line_end - stripped_start, len(text))
    # (A wire dateline's month and day without a year, "TEGUCIGALPA, Nov 24 (Wire) —", date no
    # story. A rule taking the year in which that day is the lead's weekday, among the years the
    # text names, dated 3 of 840 PolNeAR train texts and got 2 wrong — 1994 and 2009 for
    # stories of 2016 — so it was dropped: a wrong year misdates every relative date.)
    published = doc.published or find_dateline(text) or published
    parse_text = None
    author = None
    if clean:
        authors = {bio_author(r.text) for r in removed if r.kind == "author-bio"} - {None}
        furniture = furniture_lines(text, authors=authors)
        author = next((byline_authors(line) for _s, _e, kind, line in furniture if kind == "byline"), None)
        if furniture:
            parse_text = _blank(text, furniture)
            if doc.title is None and furniture[0][0] == 0:
                # "Home » World » Asia" above the headline: the title is the first line left.
                first = parse_text.lstrip()
                line_start = len(parse_text) - len(first)
                line_end = parse_text.find("\n", line_start)
                line_end = len(parse_text) if line_end == -1 else line_end
                title = parse_text[line_start:line_end].strip() or title
                title_end = line_end
    article = Article(
        id=article_id(text), title=title or None, url=doc.url, source=doc.source,
        published=_valid_date(published), language="en", text=text,
        input_offset=stripped_start, removed=removed, author=author,
    )
    prepared = PreparedArticle(article=article, title_end=title_end, parse_text=parse_text)
    # The body follows the title line when the text has one: always for a text file (its first
    # line is its title), for a document whose title is given only when the text repeats it.
    title_in_text = doc.title is None or raw[stripped_start:first_line_end].strip() == doc.title.strip()
    prepared.warnings = _body_warnings(prepared, title_end if title_in_text else 0)
    return prepared


def _prepare_html(doc: InputDocument, published: str | None) -> PreparedArticle:
    extraction = extract_html(doc.html or "", url=doc.url)
    title = doc.title or extraction.title
    body = extraction.body
    if title and body.startswith(title):
        body = body[len(title):].lstrip()  # trafilatura repeats the headline as the first line
    if title and body:
        text = f"{title}\n\n{body}"
        title_end = len(title)
    elif title:
        # The page's text was its headline alone: the article is that line (an empty text
        # would lose it, and share its id with every other such page).
        text = title
        title_end = len(title)
    else:
        text = body
        title_end = text.find("\n") if "\n" in text else len(text)
    # Lines trafilatura keeps around the story (a date line, a caption, "Advertisement") are
    # not parsed, as in a text page; the title comes from the page's metadata.
    parse_text = _blank(text, furniture_lines(text, title_known=True)) or None
    article = Article(
        id=article_id(text), title=title, url=doc.url or extraction.url,
        source=doc.source or extraction.source,
        published=_valid_date(doc.published or extraction.published or published),
        language="en", text=text, input_offset=None, removed=[], author=extraction.author,
    )
    prepared = PreparedArticle(article=article, title_end=title_end, parse_text=parse_text)
    prepared.warnings = _body_warnings(prepared, title_end if title else 0)
    return prepared


def _body_warnings(prepared: PreparedArticle, body_start: int) -> list[WarningInfo]:
    """A title-only warning when nothing but furniture (a byline, a date line) follows the
    title: the record is still made and stored, but it holds a headline, not an article."""
    if prepared.text_to_parse[body_start:].strip():
        return []
    return [WarningInfo(kind="title-only", message=TITLE_ONLY)]


def _blank(text: str, furniture: list[tuple[int, int, str, str]]) -> str:
    """``text`` with the furniture lines turned to spaces, offset for offset ("" if none)."""
    if not furniture:
        return ""
    chars = list(text)
    for s, e, _kind, _line in furniture:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _valid_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
