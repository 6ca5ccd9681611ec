"""HTML pages: main text and metadata with trafilatura (comments excluded)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from newsgraph.errors import InputError

# trafilatura logs extraction problems at WARNING/ERROR; they belong in our error record.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class HtmlExtraction:
    title: str | None
    body: str
    published: str | None
    author: str | None
    url: str | None
    source: str | None


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Main text and metadata of a page. Raises InputError when the page holds no article."""
    import trafilatura  # imported here: it is slow to import and not every command needs it

    try:
        # favor_precision: 0.964 body F1 on the article-extraction-benchmark against 0.960
        # for the default (docs/quality.md); tables stay, they are often part of the story.
        result = trafilatura.bare_extraction(
            html, url=url, include_comments=False, include_tables=True, with_metadata=True,
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(f"HTML could not be parsed: {type(exc).__name__}", kind="bad-html") from exc
    if result is None:
        raise InputError("no article text found in the HTML page", kind="no-content")
    data = result if isinstance(result, dict) else result.as_dict()
    body = _drop_furniture(_tidy(data.get("text") or ""))
    if len(body) < 25:
        raise InputError("no article text found in the HTML page", kind="no-content")
    date = data.get("date")
    return HtmlExtraction(
        title=_tidy(data.get("title") or "") or None,
        body=body,
        published=date[:10] if isinstance(date, str) and _DATE.match(date) else None,
        author=data.get("author") or None,
        url=data.get("url") or url,
        source=data.get("sitename") or data.get("hostname") or None,
    )


# Lines trafilatura keeps that are never the story: teasers of other stories ("Read more:
# …"), newsletter boxes, share and advertisement lines. Cutting them raised the benchmark's
# precision (0.9577 to 0.9588, recall 0.9705 to 0.9701); date lines, timestamps, captions and
# editor's notes stay in the body (the benchmark counts them as the story's) and are only
# kept from the parser (article.py).
_CUT_KINDS = {"read-more", "newsletter", "share", "advertisement"}


def _drop_furniture(body: str) -> str:
    from newsgraph.ingest.clean import furniture_lines

    # A lead-in closed by a colon ("See more photos:") stays: the benchmark's bodies keep it.
    found = [f for f in furniture_lines("\n" + body, title_known=True) if f[2] in _CUT_KINDS and not f[3].endswith(":")]
    for start, end, _kind, _line in sorted(found, reverse=True):
        start, end = start - 1, end - 1
        end = end + 1 if body[end:end + 1] == "\n" else end
        body = body[:start] + body[end:]
    return body.strip()


def _tidy(text: str) -> str:
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()
