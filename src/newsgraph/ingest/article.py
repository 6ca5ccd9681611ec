"""From an input document to the record's ``article``: title, text, offsets and cut furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsgraph.errors import InputError
from newsgraph.ingest.clean import bio_author, byline_authors, clean_trailing, furniture_lines, is_consent_line, is_prose, page_date
from newsgraph.ingest.document import InputDocument
from newsgraph.ingest.html import extract_html
from newsgraph.record import Article, Removed, article_id

@dataclass
class PreparedArticle:
    article: Article
    title_end: int  # offset in article.text where the title line ends
    # What the parser reads: article.text with furniture lines above and inside the story
    # (breadcrumbs, bylines, photo credits, "Also read:") turned to spaces, offset for offset.
    # The record's text stays the exact input (only trailing furniture is ever cut).
    parse_text: str | None = None
    # Notes for stderr about what the record infers ("publication date taken from …").
    notes: tuple[str, ...] = ()

    @property
    def text_to_parse(self) -> str:
        return self.parse_text if self.parse_text is not None else self.article.text


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
        if seen > max_lines or (seen > 1 and is_prose(stripped) and not is_consent_line(stripped)):
            break
        found = page_date(stripped)
        if found:
            return found
    return None


_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
# "TEGUCIGALPA, Nov 24 (Wire) —", "BRASILIA, Nov. 26 (Wire) -": a wire dateline with month and day only.
_WIRE_DATELINE = re.compile(r"[A-Z][A-Za-z.'’\-]+(?:[ /][A-Z][A-Za-z.'’\-]+){0,3}(?:, [A-Z][A-Za-z]+){0,2},? "
                            r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?P<day>\d{1,2})"
                            r"(?!,? \d{4}) ?(?:\([^()\n]{1,30}\))? ?(?:—|–|--?)")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b(?!s)")
# A weekday of the lead, not in the possessive ("won Sunday's runoff" names an earlier event).
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s)")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def wire_dateline_date(text: str) -> str | None:
    """The publication date of a story whose first body paragraph opens with a wire dateline
    giving month and day but no year ("TEGUCIGALPA, Nov 24 (Wire) — … on Monday"), used only
    when nothing else dates the story (no date in the input, no page date line, no
    --published). The year is never taken from the clock, nor from the latest year the text
    names alone (a story names other years: past events, next year's deadlines). It is the one
    year, among those the text names and the years next to them, in which the dateline's day
    falls on the weekday the dateline paragraph names ("on Monday": wire copy dates its lead
    event by the weekday of publication). No year named, no weekday, or two years that fit: no date."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    lede = next((p for p in paragraphs[:3] if _WIRE_DATELINE.match(p)), None)
    if lede is None:
        return None
    m = _WIRE_DATELINE.match(lede)
    named = {_WEEKDAYS.index(w) for w in _WEEKDAY.findall(lede)}
    years = {int(y) + k for y in _YEAR.findall(text) for k in (-1, 0, 1)}
    month, day = _MONTH_NUMBER[m["month"].casefold()], int(m["day"])
    fits = []
    for year in sorted(years):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() in named:
            fits.append(candidate)
    return fits[0].isoformat() if len(fits) == 1 else None


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
    notes: tuple[str, ...] = ()
    if published is None:
        published = wire_dateline_date(text)
        if published is not None:
            notes = (f"publication date {published} taken from the dateline's month and day, its year "
                     "the one near a year the text names in which that day is the weekday the lead names "
                     "(use --published to set it)",)
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
    return PreparedArticle(article=article, title_end=title_end, parse_text=parse_text, notes=notes)


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
    # Lines trafilatura keeps around the story (a date line, a caption, "Advertisement") are
    # not parsed, as in a text page; the title comes from the page's metadata.
    parse_text = _blank(text, furniture_lines(text, title_known=True)) or None
    article = Article(
        id=article_id(text), title=title, url=doc.url or extraction.url,
        source=doc.source or extraction.source,
        published=_valid_date(doc.published or extraction.published or published),
        language="en", text=text, input_offset=None, removed=[], author=extraction.author,
    )
    return PreparedArticle(article=article, title_end=title_end, parse_text=parse_text)


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
