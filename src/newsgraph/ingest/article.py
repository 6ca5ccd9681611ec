"""From an input document to the record's ``article``: title, text, offsets and cut furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsgraph.errors import InputError
from newsgraph.ingest.clean import clean_trailing, furniture_lines
from newsgraph.ingest.document import InputDocument
from newsgraph.ingest.html import extract_html
from newsgraph.record import Article, Removed, article_id

# A dateline of its own near the top of a text file: "Published: March 17, 2025",
# "2025-03-17", "17 March 2025 10:42 GMT". Only whole lines count, so a date inside a body
# sentence never overrides the caller's publication date.
_DATELINE = re.compile(
    r"^(?:(?:published|posted|updated|date)\s*(?:on)?\s*:?\s*)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:[,\s]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$",
    re.I,
)


@dataclass
class PreparedArticle:
    article: Article
    title_end: int  # offset in article.text where the title line ends
    # What the parser reads: article.text with furniture lines above and inside the story
    # (breadcrumbs, bylines, photo credits, "Also read:") turned to spaces, offset for offset.
    # The record's text stays the exact input (only trailing furniture is ever cut).
    parse_text: str | None = None

    @property
    def text_to_parse(self) -> str:
        return self.parse_text if self.parse_text is not None else self.article.text


def find_dateline(text: str, max_lines: int = 6) -> str | None:
    """ISO date of a dateline line among the first lines of a text, if any."""
    import dateparser

    seen = 0
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > max_lines:
            break
        match = _DATELINE.match(stripped)
        if match:
            parsed = dateparser.parse(match.group("date"), languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
            if parsed and 1900 <= parsed.year <= 2100:
                return parsed.date().isoformat()
    return None


def prepare_article(doc: InputDocument, clean: bool = True, published: str | None = None) -> PreparedArticle:
    """Build the record's article. ``published`` is the caller's fallback date (--published);
    a date carried by the input wins over it."""
    if doc.error is not None:
        raise doc.error
    if doc.html is not None:
        return _prepare_html(doc, published)
    if doc.text is None:
        raise InputError("the document has neither text nor HTML", kind="empty")
    return _prepare_text(doc, clean, published)


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
    published = doc.published or find_dateline(text) or published
    parse_text = None
    if clean:
        furniture = furniture_lines(text)
        if furniture:
            chars = list(text)
            for s, e, _kind, _line in furniture:
                chars[s:e] = " " * (e - s)
            parse_text = "".join(chars)
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
        input_offset=stripped_start, removed=removed,
    )
    return PreparedArticle(article=article, title_end=title_end, parse_text=parse_text)


def _prepare_html(doc: InputDocument, published: str | None) -> PreparedArticle:
    extraction = extract_html(doc.html or "", url=doc.url)
    title = doc.title or extraction.title
    body = extraction.body
    if title and body.startswith(title):
        body = body[len(title):].lstrip()  # trafilatura repeats the headline as the first line
    if title and body:
        text = f"{title}\n\n{body}"
        title_end = len(title)
    else:
        text = body
        title_end = text.find("\n") if "\n" in text else len(text)
    article = Article(
        id=article_id(text), title=title, url=doc.url or extraction.url,
        source=doc.source or extraction.source,
        published=_valid_date(doc.published or extraction.published or published),
        language="en", text=text, input_offset=None, removed=[], author=extraction.author,
    )
    return PreparedArticle(article=article, title_end=title_end)


def _valid_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
