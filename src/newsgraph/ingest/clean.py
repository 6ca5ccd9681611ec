"""Trailing page furniture: what a copied news page carries after the story.

Pages pasted or scraped as text end with related-headline lists, "Comments", "Read more",
share prompts and newsletter boxes. Events and quotes in those lines are not the story's, so
they are cut, and every cut is recorded with its kind so that nothing is silently lost.

The rule that matters most is the converse: a body paragraph is never cut. Only whole lines
at the end of the text are candidates, and a line that reads like prose (a sentence with its
final punctuation, or lower-case running text) stops the scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Whole-line markers, checked case-insensitively on the stripped line. Order matters only
# for the kind reported.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("comments", re.compile(
        r"^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?\s*:?$"
        r"|^(?:leave|post|add|write|show|view|load|see)\s+(?:a\s+|all\s+|the\s+)?(?:\d+\s+)?(?:comments?|reply|replies)\b.{0,40}$"
        r"|^join the (?:conversation|discussion)\b.{0,40}$"
        r"|^comments? (?:are|is) (?:closed|disabled)\.?$", re.I)),
    ("related-headlines", re.compile(
        r"^(?:related(?:\s+(?:articles?|stories|news|posts|coverage|content|reading))?"
        r"|more (?:from|on|in|stories|news|top stories|like this)\b.{0,40}"
        r"|(?:you|we think you) (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.{0,20}"
        r"|recommended(?: for you| stories| articles| reading)?"
        r"|(?:most|top) (?:read|popular|viewed|shared)(?: stories| articles| news)?"
        r"|top (?:stories|news|headlines)|popular(?: now| stories)?|(?:don'?t|do not) miss|read next|up next"
        r"|editor'?s (?:choice|pick)|in other news|more headlines|around the web"
        r"|trending(?: now| stories| news)?|latest (?:news|stories|headlines)"
        r"|also read|see also|further reading|what to read next|editor'?s picks"
        r")\s*:?$", re.I)),
    ("read-more", re.compile(r"^(?:read|see|click|tap) (?:more|full story|the full story|here)\b.{0,80}$|^continue reading\b.{0,60}$", re.I)),
    ("share", re.compile(
        r"^(?:share(?: this(?: article| story| page| post)?| on .{1,30}| via .{1,30}| the (?:article|story)| article| story)?|tweet|pin it|email|print|copy link|whatsapp"
        r"|facebook|twitter|x|linkedin|reddit|telegram|follow us(?: on)?\b.{0,40})\s*:?$"
        r"|^(?:share|follow)(?:\s*[:|/·•,]?\s*(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|telegram|instagram|youtube)){1,8}\s*$", re.I)),
    ("newsletter", re.compile(
        r"^.{0,60}\b(?:sign up|subscribe|newsletter|get our|delivered to your inbox|inbox every)\b.{0,100}$", re.I)),
    ("advertisement", re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|paid content)\s*:?$", re.I)),
    ("copyright", re.compile(r"^(?:©|\(c\)|copyright\b).{0,160}$|^.{0,120}\ball rights reserved\.?$", re.I)),
    ("tags", re.compile(r"^(?:tags?|topics?|filed under|categories|category)\s*:.{0,200}$", re.I)),
]

# Markers after which everything is furniture even if it reads like prose (user comments,
# teaser paragraphs): only these may cut running text, and only after enough body.
_SECTION_KINDS = {"comments", "related-headlines"}
_MIN_BODY_CHARS = 200

_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►»]|\d{1,2}[.)])\s+")
_SMALL_WORDS = {
    "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "as", "at", "by", "with", "from",
    "over", "into", "vs", "vs.", "but", "nor", "per", "via", "amid", "after", "than", "up", "off",
    "out", "is", "are", "be", "its", "his", "her", "their",
}
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


@dataclass
class Line:
    start: int
    end: int  # exclusive, without the line break
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class CleanResult:
    """``end`` is where the body stops in the cleaned text; ``removed`` spans are relative to
    the same text: ``(start, end, kind, text)``."""

    end: int
    removed: list[tuple[int, int, str, str]] = field(default_factory=list)


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(Line(pos, pos + len(body), body))
        pos += len(raw)
    return lines


def marker_kind(line: str) -> str | None:
    stripped = _BULLET.sub("", line.strip()).strip(" \t|•·")
    if not stripped or len(stripped) > 220:
        return None
    for kind, pattern in _MARKERS:
        if pattern.match(stripped):
            return kind
    return None


def is_headline_like(line: str) -> bool:
    """A related-story headline: short, no sentence-final full stop, mostly capitalised words
    (headline case), or a bullet item that is not a sentence."""
    stripped = line.strip()
    bulleted = bool(_BULLET.match(stripped))
    stripped = _BULLET.sub("", stripped).strip()
    if not stripped or len(stripped) > 160:
        return False
    if stripped[-1] in ".;,:" and not stripped.endswith("..."):
        return False  # reads like a sentence or a lead-in to one
    if any(q in stripped for q in "“”\"") and not bulleted:
        return False
    words = _WORD.findall(stripped)
    if len(words) < 2 or len(words) > 22:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return capitalised / len(content) >= 0.75


def is_title_line(line: str) -> bool:
    """A headline written in sentence case ("Gaza truce: what we know", "Who are the hostages
    still held in Gaza?"): short, capitalised, no full stop or quotation."""
    stripped = _BULLET.sub("", line.strip()).strip()
    if not stripped or not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    if stripped[-1] in ".;,:" or any(q in stripped for q in "“”\""):
        return False
    return 2 <= len(_WORD.findall(stripped)) <= 14


def clean_trailing(text: str) -> CleanResult:
    """Find where the story ends in ``text`` and what follows it."""
    lines = split_lines(text)
    nonblank = [ln for ln in lines if ln.stripped]
    if not nonblank:
        return CleanResult(end=len(text.rstrip()))

    # 1. A section marker ("Comments", "Related stories") cuts everything after it, once the
    #    story has had room to be a story.
    cut_index = len(lines)
    first_body_start = nonblank[0].start
    for i, ln in enumerate(lines):
        kind = marker_kind(ln.text) if ln.stripped else None
        if kind in _SECTION_KINDS and ln.start - first_body_start >= _MIN_BODY_CHARS and ln is not nonblank[0]:
            cut_index = i
            break
    # Lines after the section marker are labelled with the marker's kind.
    tail_kinds: dict[int, str] = {}
    if cut_index < len(lines):
        # Each line keeps the kind of the last marker above it ("Share this article" after
        # a related list starts a share block).
        section_kind = marker_kind(lines[cut_index].text) or "furniture"
        for i in range(cut_index, len(lines)):
            section_kind = marker_kind(lines[i].text) or section_kind
            tail_kinds[i] = section_kind

    # 2. Walk back from the cut over furniture lines and headline runs.
    pending: list[int] = []  # headline-like lines not yet known to be furniture
    vouched_only: list[int] = []  # title lines in sentence case: furniture only under a marker
    i = cut_index - 1
    body_last = None
    while i >= 0:
        ln = lines[i]
        if not ln.stripped:
            i -= 1
            continue
        if ln is nonblank[0]:
            body_last = i  # the title line always stays
            break
        kind = marker_kind(ln.text)
        if kind is not None:
            for j in pending + vouched_only:
                tail_kinds[j] = "related-headlines" if kind in ("related-headlines", "read-more") else kind
            pending, vouched_only = [], []
            tail_kinds[i] = kind
            i -= 1
            continue
        if is_headline_like(ln.text):
            pending.append(i)
            i -= 1
            continue
        if is_title_line(ln.text):
            vouched_only.append(i)
            i -= 1
            continue
        body_last = i
        break
    if vouched_only:
        # Sentence-case headlines ("Who are the hostages still held?") are furniture only
        # under a marker; without one they are short body lines, and so is all below them.
        body_last = max(vouched_only + ([body_last] if body_last is not None else []))
        pending = [j for j in pending if j > body_last]
    # A lone headline-like line is more likely a short body line (a sign-off, a subhead)
    # than a related-stories list: keep it unless a marker vouched for it.
    if len(pending) >= 2:
        for j in pending:
            tail_kinds[j] = "related-headlines"
    elif pending:
        body_last = max(pending + ([body_last] if body_last is not None else []))

    if body_last is None:  # only reachable when every line after the title is furniture
        body_last = lines.index(nonblank[0])
    # Anything that is not furniture below the last body line stays with the body.
    for j in list(tail_kinds):
        if j <= body_last:
            del tail_kinds[j]
    end = len(text[: lines[body_last].end].rstrip())
    return CleanResult(end=end, removed=_group_removed(lines, tail_kinds, text))


def _group_removed(lines: list[Line], kinds: dict[int, str], text: str) -> list[tuple[int, int, str, str]]:
    """Merge neighbouring furniture lines of one kind (blank lines between them allowed)."""
    groups: list[list] = []  # [start, end, kind, last line index]
    for i in sorted(kinds):
        ln = lines[i]
        if not ln.stripped:
            continue
        start = ln.start + (len(ln.text) - len(ln.text.lstrip()))
        end = ln.start + len(ln.text.rstrip())
        if groups and groups[-1][2] == kinds[i] and all(not lines[k].stripped for k in range(groups[-1][3] + 1, i)):
            groups[-1][1], groups[-1][3] = end, i
        else:
            groups.append([start, end, kinds[i], i])
    return [(s, e, k, text[s:e]) for s, e, k, _ in groups]


# Page furniture above and inside a story, whole lines only: breadcrumbs, bylines, publication
# lines, share prompts and reading times before the first paragraph; photo credits and "Also
# read:" teasers anywhere (they never carry the story's own sentence).
_HEAD_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("breadcrumb", re.compile(r"^[\w&'’ .-]{1,30}(?:(?:\s*[»›]\s*|\s+[>|/]\s+)[\w&'’ .-]{1,30}){1,6}$")),
    ("byline", re.compile(r"^[Bb][Yy]:?\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin))*"
                          r"(?:\s*[,|/–—-]\s*[\w ,.'’&-]{1,60})?$")),
    ("published", re.compile(r"^(?:published|posted|updated|last updated|first published)\b.{0,60}$", re.I)),
    ("reading-time", re.compile(r"^\d{1,2}\s*(?:min|mins|minutes?)\s+read$", re.I)),
]
_INLINE_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("photo-credit", re.compile(r"^(?:photo|file photo|image|picture|photograph|video)\s*(?:credit)?\s*:.{0,100}$", re.I)),
    ("read-more", re.compile(r"^(?:also read|read also|read more|see also|related|recommended|must read)\s*:.{0,160}$", re.I)),
]
_HEAD_LINES = 12


def _is_prose(line: str) -> bool:
    """A body paragraph: a long line or one closed like a sentence."""
    stripped = line.strip()
    return len(stripped) > 120 or (len(_WORD.findall(stripped)) >= 8 and stripped[-1:] in ".!?\"”’")


def furniture_lines(text: str) -> list[tuple[int, int, str, str]]:
    """Furniture lines of ``text`` outside its trailing block: ``(start, end, kind, text)``.

    Above the first paragraph, breadcrumbs, bylines, publication lines, share prompts and
    reading times; anywhere but the title, photo credits and "Also read:" teasers."""
    found = []
    lines = split_lines(text)
    in_head = True
    seen = 0
    for ln in lines:
        stripped = ln.stripped
        if not stripped:
            continue
        seen += 1
        kind = None
        if in_head and seen <= _HEAD_LINES and not _is_prose(stripped):
            kind = next((k for k, p in _HEAD_MARKERS if p.match(stripped)), None)
            if kind == "byline" and stripped.endswith("."):
                kind = None  # "By Monday, the army had withdrawn.": a sentence
            if kind is None and marker_kind(stripped) == "share":
                kind = "share"
        elif _is_prose(stripped):
            in_head = False
        if kind is None and len(stripped) <= 220:
            kind = next((k for k, p in _INLINE_MARKERS if p.match(stripped)), None)
        if kind is not None:
            start = ln.start + (len(ln.text) - len(ln.text.lstrip()))
            found.append((start, start + len(stripped), kind, stripped))
    return found
