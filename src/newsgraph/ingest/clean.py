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
        r"^(?:\d+\s+)?(?:comments?|responses?|replies|commentaires?|comentarios?|comentários|kommentare|commenti)(?:\s*\(\d+\))?\s*:?$"
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
        r"|(?:related|more) topics|explore(?: more)?(?: on)?(?: these| this)? (?:topics?|stories)"
        r"|à lire aussi|a lire aussi|lire aussi|sur le même sujet|leia também|lea también|lee también|ver también"
        r"|leggi anche|mehr zum thema|das könnte sie auch interessieren"
        r")\s*:?$", re.I)),
    ("read-more", re.compile(r"^(?:read|see|click|tap) (?:more|full story|the full story|here)\b.{0,80}$|^continue reading\b.{0,60}$", re.I)),
    ("share", re.compile(
        r"^(?:share(?: this(?: article| story| page| post)?| on .{1,30}| via .{1,30}| the (?:article|story)| article| story)?|tweet|pin it|email|print|copy link|whatsapp"
        r"|facebook|twitter|x|linkedin|reddit|telegram|follow us(?: on)?\b.{0,40}|reuse this content|a-\s*a\s*a\+"
        r"|download (?:our|the) app\b.{0,60}|follow (?:our|the) live (?:coverage|updates|blog)\b.{0,40}"
        r"|like this|loading(?:\.{0,3}|…)|(?:click|tap) here to (?:join|follow|subscribe|download|get)\b.{0,80}"
        r"|join our (?:whatsapp|telegram|google news) (?:channel|group|community)\b.{0,40}"
        r"|partager(?: sur .{1,30})?|compartir(?: en .{1,30})?|compartilhar|teilen|condividi)\s*:?$"
        r"|^(?:share|follow)(?:\s*[:|/·•,]?\s*(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|telegram|instagram|youtube)){1,8}\s*$", re.I)),
    ("newsletter", re.compile(
        r"^.{0,60}\b(?:sign up|subscribe|newsletter|get our|delivered to your inbox|inbox every)\b.{0,100}$", re.I)),
    ("advertisement", re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|paid content)\s*:?$", re.I)),
    ("copyright", re.compile(r"^(?:©|\(c\)|copyright\b).{0,160}$|^.{0,120}\ball rights reserved\.?$", re.I)),
    ("tags", re.compile(r"^(?:tags?|topics?|filed under|categories|category|mots[- ]clés|etiquetas|palabras clave|schlagwörter|themen)\s*:.{0,200}$", re.I)),
    ("disclaimer", re.compile(r"^disclaimer\s*:.{0,200}$", re.I)),
    ("correction", re.compile(r"^(?:correction|clarification|editor'?s note)\s*:.{0,200}$", re.I)),
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
    texts = [ln.text for ln in lines]
    seen_prose = False  # a "Trending" list above the story (under a long cookie banner) cuts nothing
    for i, ln in enumerate(lines):
        kind = marker_kind(ln.text) if ln.stripped else None
        if kind in _SECTION_KINDS and ln.start - first_body_start >= _MIN_BODY_CHARS and ln is not nonblank[0] and seen_prose:
            if _TEASER_MARKER.match(ln.stripped) and teaser_block_end(texts, i) is not None:
                continue  # "Also Read" and a headline inside the story, which goes on below
            cut_index = i
            break
        seen_prose = seen_prose or (bool(ln.stripped) and is_prose(ln.text) and not is_consent_line(ln.text))
    # Lines after the section marker are labelled with the marker's kind.
    tail_kinds: dict[int, str] = {}
    if cut_index < len(lines):
        # Each line keeps the kind of the last marker above it ("Share this article" after
        # a related list starts a share block).
        section_kind = marker_kind(lines[cut_index].text) or "furniture"
        for i in range(cut_index, len(lines)):
            section_kind = marker_kind(lines[i].text) or section_kind
            tail_kinds[i] = section_kind

    # 2. Walk back from the cut over furniture lines, headline runs and the author's bio.
    head_names = _byline_names(texts)
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
        kind = marker_kind(ln.text) or ("author-bio" if _is_author_bio(ln.stripped, head_names) else None)
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


_BIO = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:is|was|has been|covers|reports|writes)\b.*[.!?]$")


def _byline_names(texts: list[str]) -> set[str]:
    """Names the lines above the first paragraph open with, as a byline does ("By Ana Ruiz",
    "Ana Ruiz in Lima", "Ana Ruiz, Reuters"): the name an author's bio at the end opens with."""
    names = set()
    head = [text.strip() for text in texts[:_HEAD_LINES * 2] if text.strip()]
    for stripped in head[1:]:  # the headline may name the story's subject so
        if is_prose(stripped):
            break
        name = byline_name(stripped)
        if name:
            names.add(name)
    return names


def byline_name(line: str) -> str | None:
    """The name a line opens with when it is shaped like a byline: "By Ana Ruiz", "Ana Ruiz
    in Lima", "Ana Ruiz, Reuters", "Ana Ruiz and Li Wei"."""
    match = re.match(r"^(?:(?i:by|par|por):?\s+)?([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)"
                     r"(?:\s*$|\s+in\s+[A-Z]|\s*[,|/–—-]|\s+(?:and|&)\s+[A-Z])", line.strip())
    return match.group(1) if match else None


def byline_authors(line: str) -> str | None:
    """The authors a byline names, as HTML metadata gives them ("Ana Ruiz; Li Wei"): "By Ana
    Ruiz and Li Wei | Edited by …", "Par Ana Ruiz", "Ana Ruiz in Lima", "Staff Correspondent,
    Dhaka" (what follows a comma or bar is an affiliation, a place or an editor)."""
    names = re.sub(r"^(?i:(?:written|reported|text|words|story)\s+)?(?i:by|par|por):?\s+", "", line.strip())
    names = re.split(r"\s*[,|/–—·•]\s*|\s+-\s+|\s+in\s+(?=[A-Z])", names)[0]
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", names) if p.strip()]
    return "; ".join(parts) or None


def bio_author(line: str) -> str | None:
    """The name an author's bio line opens with ("Ana Ruiz is our Lima correspondent.")."""
    match = _BIO.match(line.strip())
    return match.group("name") if match else None


def _is_author_bio(line: str, byline_names: set[str]) -> bool:
    """A closing line on the author ("Ana Ruiz is our Lima correspondent."): it opens with a
    name the byline gave, so a story about a journalist named in the body keeps its last line."""
    match = _BIO.match(line)
    return bool(match and match.group("name") in byline_names)


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
# lines, share prompts, reading times, section labels and cookie banners before the first
# paragraph; photo captions and credits, "Also read:" teasers, advertisement and share lines,
# live-blog timestamps, newsletter boxes and correction notes anywhere (they never carry the
# story's own sentence). Site chrome around an English story is often in the site's language:
# the commonest words of French, Spanish, Portuguese, German and Italian pages are listed too.
_BYLINE_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin))*"
_HEAD_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("byline", re.compile(r"^(?:(?i:written|reported|edited|compiled|text|words|story)\s+)?(?:[Bb][Yy]|Par|Por):?\s+" + _BYLINE_NAME + r"(?:\s*[,|/–—·•-]\s*[\w ,.:'’&|·•/-]{1,60})?$")),
    # "Staff Correspondent, Dhaka", "Our Special Reporter", "Web Desk"
    ("byline", re.compile(r"^(?:(?:our|from our|a)\s+)?(?:(?:staff|special|senior|own|diplomatic|political|foreign|news|web|city)\s+){1,2}"
                          r"(?:correspondent|reporter|writer|desk|bureau)(?:\s*[,|/–—-]\s*[\w ,.'’&-]{1,40})?$", re.I)),
    ("breadcrumb", re.compile(r"^[\w&'’ .-]{1,30}(?:(?:\s*[»›]\s*|\s+[>|/]\s+)[\w&'’ .-]{1,30}){1,6}$")),
    ("published", re.compile(r"^(?:published|posted|updated|last updated|first published)\b.{0,60}$", re.I)),
    ("reading-time", re.compile(r"^(?:(?:reading time|read time|estimated reading time|lecture|lectura|tempo de leitura|lesezeit|lettura)\s*:?\s*)?"
                                r"\d{1,2}(?:\s*|-)(?:min|mins|minutes?|min\.)(?:\s+(?:read|de lecture|de lectura|de leitura|lesezeit|di lettura))?$", re.I)),
    ("audio", re.compile(r"^(?:listen to (?:this|the) (?:article|story)|listen(?: now)?|audio version|play audio)\b.{0,20}$", re.I)),
    ("navigation", re.compile(r"^(?:skip to (?:main )?(?:content|navigation|main)|jump to (?:content|navigation)|(?:open|close|toggle) (?:menu|navigation|search)"
                              r"|menu|search|sign in|log in|register|subscribe|home)$", re.I)),
    ("live-blog", re.compile(r"^(?:live|live updates?|key events|show key events only|show all (?:posts|updates)|pinned(?: post)?"
                             r"|refresh|auto-?update(?: on| off)?|breaking|breaking news)$", re.I)),
]
# Cookie banners: their sentences read like prose, so they are matched by their own words.
_CONSENT = re.compile(
    r"^(?:we value your privacy|your privacy(?: choices)?|cookie (?:settings|preferences|policy|consent|notice)"
    r"|(?:accept|reject|allow|refuse|decline|deny)(?: all| essential| necessary)?(?: cookies)?|i (?:accept|agree)|got it|agree"
    r"|(?:manage|customi[sz]e|more|show) (?:options|preferences|settings|cookies|purposes))$"
    r"|^(?:we|this (?:site|website)|our (?:site|website|partners))\b.{0,80}\bcookies\b"
    r"|^by (?:continuing to (?:browse|use)|clicking|using this (?:site|website))\b.{0,200}\b(?:cookies|privacy|terms)\b",
    re.I,
)
_INLINE_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("photo-credit", re.compile(r"^(?:photo|file photo|image|picture|photograph|video)\s*(?:credit)?\s*:.{0,100}$", re.I)),
    # A caption closed by its credit: "Senators debate the bill. Photo: AFP", "… (Photo by A. Rahman / AFP)"
    ("photo-caption", re.compile(r"^.{0,300}(?:^|[.!?”\"’]\s+|\s\|\s+)(?:Photo(?:graph)?s?|Image|Picture|Pic|Foto|Credit|Photo credit)"
                                 r"(?:\s*:|\s+by\b)\s*[^.:]{1,60}$"
                                 r"|^.{0,300}\((?:Photo|Photograph|Image|Picture|File photo|Foto)(?:\s+by\b|\s*:)[^()]{1,60}\)$")),
    # "Image source, Getty Images" / "Image caption, Villagers wade through …"
    ("photo-caption", re.compile(r"^(?:image|photo|video|media)\s+(?:source|caption|credit)s?\s*[,:].{0,300}$", re.I)),
    # "(With inputs from agencies)", "Additional reporting by …", "Source: AFP"
    ("credit", re.compile(r"^[(\[]?(?:with (?:additional )?inputs? from|additional reporting by|reporting by|writing by|editing by"
                          r"|edited by|compiled by|sources?\s*:)\s*[^.!?]{1,160}[)\]]?\.?$", re.I)),
    ("read-more", re.compile(r"^(?:also read|read also|read more|see also|related|recommended|must read"
                             r"|à lire aussi|a lire aussi|lire aussi|leia também|lea también|lee también|ver también|leggi anche"
                             r"|mehr zum thema)\s*:.{0,160}$", re.I)),
    ("advertisement", re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|paid content|publicité|anuncio|publicidade|anzeige|pubblicità"
                                 r"|(?:story|article) continues (?:below|after)(?:(?: this| the)? (?:advertisement|ad))?|scroll to continue(?: with content)?"
                                 r"|continue reading (?:below|the main story))\s*:?$", re.I)),
    ("correction", re.compile(r"^(?:correction|clarification|editor'?s note)\s*:.{0,300}$", re.I)),
    ("script-notice", re.compile(r"^(?:please )?(?:turn on|enable) javascript\b.{0,100}$|^javascript is (?:disabled|required)\b.{0,100}$", re.I)),
    ("newsletter", re.compile(r"^(?:enter your e-?mail(?: address)?|your e-?mail(?: address)?|e-?mail address)\s*:?$", re.I)),
]
_HEAD_LINES = 12
# A photo gallery's controls: "1 of 4", "Next", "Previous image"
_GALLERY = re.compile(r"^(?:\d{1,3}\s*(?:of|/)\s*\d{1,3}|next|previous|prev|next (?:image|slide|photo)|previous (?:image|slide|photo))$", re.I)
# "Published in The Morning Ledger, July 9th, 2026", "This article first appeared on …"
_PUBLISHED_IN = re.compile(r"^(?:(?:first |originally )?published|this (?:article|story) (?:was )?(?:first |originally )?(?:published|appeared))"
                           r"\s+(?:in|on|by)\b.{0,120}$", re.I)
# Bare markers of a teaser inside a story ("Also Read" on its own line, its headline below).
_TEASER_MARKER = re.compile(
    r"^(?:also read|read also|see also|must read|read more|don'?t miss|recommended"
    r"|related(?: news| stories| story| articles?| coverage| content| reading)?"
    r"|à lire aussi|a lire aussi|lire aussi|leia também|lea também|lee también|ver también|leggi anche|mehr zum thema)\s*:?$",
    re.I,
)
# Badges and section names that stand above a headline ("LIVE", "Environment", "Middle East").
_LABEL_BADGES = {"live", "breaking", "exclusive", "analysis", "opinion", "explainer", "watch", "video", "updated",
                 "developing", "live updates", "breaking news", "just in", "comment", "review", "interview"}


def is_prose(line: str) -> bool:
    """A body paragraph: a long line or one closed like a sentence."""
    stripped = line.strip()
    return len(stripped) > 120 or (len(_WORD.findall(stripped)) >= 8 and stripped[-1:] in ".!?\"”’")


def _is_section_label(label: str, headline: str) -> bool:
    """A section name or badge above a headline: one or two capitalised words without
    digits or punctuation, followed by a longer headline in title case (or any headline
    under a badge such as "LIVE")."""
    words = label.split()
    if not 1 <= len(words) <= 2 or not re.fullmatch(r"[^\W\d_][^\W\d_&'’ -]*", label.replace(" ", "")):
        return False
    if not all(w[0].isupper() for w in words) or is_prose(headline):
        return False
    if label.lower() in _LABEL_BADGES:
        return is_title_line(headline) or is_headline_like(headline)
    return is_headline_like(headline) and len(_WORD.findall(headline)) >= len(words) + 3


# What makes a "sign up" line a newsletter box's rather than a story's ("Sign up for a
# free account …" in a how-to): the newsletter itself, or a bare button.
_NEWSLETTER_BOX = re.compile(r"\b(?:newsletters?|inbox|briefing|bulletin|digest)\b|^(?:subscribe|sign up)(?: now| here| today| for free)?$", re.I)


def _is_page_title(first: str, second: str) -> bool:
    """``first`` is the page's <title> above its headline ``second``: the headline itself, or
    the headline and a site name after a separator ("… | Accra Daily Mirror", "… - The Star")."""
    if is_prose(second) or len(_WORD.findall(second)) < 3:
        return False
    if first == second:
        return True
    rest = first[len(second):] if first.startswith(second) else ""
    return bool(re.fullmatch(r"\s+[|–—-]\s+[^|–—]{2,40}", rest))


def _newsletter_line(line: str) -> bool:
    """A newsletter box's own sentence: it names the newsletter or invites to sign up to get
    something ("Sign up to receive …"), unlike a story's "Skippers who sign up for the scheme"."""
    return marker_kind(line) == "newsletter" and bool(
        _NEWSLETTER_BOX.search(line) or re.search(r"\b(?:sign up|subscribe)\s+(?:now\s+)?(?:to (?:receive|get)|for (?:our|free))\b", line, re.I))


def is_consent_line(line: str) -> bool:
    """A line of a cookie banner ("We and our partners use cookies …", "Accept all")."""
    return bool(_CONSENT.match(line.strip()))


def furniture_lines(text: str, title_known: bool = False, authors: set[str] = frozenset()) -> list[tuple[int, int, str, str]]:
    """Furniture lines of ``text`` outside its trailing block: ``(start, end, kind, text)``.

    Above the first paragraph, cookie banners, breadcrumbs, bylines, publication lines, share
    prompts, reading times and a section label over the headline (unless ``title_known``: an
    HTML page's title comes from its metadata); a byline without "By" that names one of the
    ``authors`` (whose bio closed the page); anywhere but the title, photo captions and
    credits, teasers, advertisement, share and date lines, newsletter boxes and corrections."""
    lines = [ln for ln in split_lines(text) if ln.stripped]
    kinds: dict[int, str] = {}
    in_head = True
    for i, ln in enumerate(lines):
        stripped = ln.stripped
        kind = None
        if i == 0 and title_known:
            continue  # "Spiced Pear Jam | Cook's Corner" is the page's own title
        if in_head and i < _HEAD_LINES and is_consent_line(stripped):
            kind = "cookie-banner"
        elif in_head and i < _HEAD_LINES and not is_prose(stripped):
            kind = next((k for k, p in _HEAD_MARKERS if p.match(stripped)), None)
            if kind == "byline" and stripped.endswith("."):
                kind = None  # "By Monday, the army had withdrawn.": a sentence
            if kind is None and i > 0 and authors and byline_name(stripped) in authors:
                kind = "byline"  # "Ana Ruiz in Lima" above, "Ana Ruiz is our Lima correspondent." below
        elif is_prose(stripped):
            in_head = False
        if kind is None and len(stripped) <= 320:
            kind = next((k for k, p in _INLINE_MARKERS if p.match(stripped)), None)
        if kind is None and len(stripped) <= 160:
            marker = marker_kind(stripped)
            dated = date_line(stripped)
            if marker == "share":
                kind = "share"
            elif dated is not None and (in_head or dated[0] != "date"):
                kind = "published" if dated[0] == "date" else dated[0]
            elif marker == "newsletter" and not is_prose(stripped) and _NEWSLETTER_BOX.search(stripped):
                kind = "newsletter"
            elif not is_prose(stripped) and _PUBLISHED_IN.match(stripped):
                kind = "published"
            elif not is_prose(stripped) and (_GALLERY.match(stripped) or marker == "read-more"):
                kind = "read-more" if marker == "read-more" else "gallery"
        if kind is not None:
            kinds[i] = kind
    for i, ln in enumerate(lines):
        # A newsletter box's sentence ("Sign up to receive our top stories every morning.")
        # next to its heading or button.
        if i not in kinds and _newsletter_line(ln.stripped) and any(kinds.get(j) == "newsletter" for j in (i - 1, i + 1)):
            kinds[i] = "newsletter"
        # "Also Read" on its own line: it and the one or two headlines below it, when the
        # story goes on after them.
        elif kinds.get(i, "read-more") == "read-more" and _TEASER_MARKER.match(ln.stripped) and i > 0:
            block = teaser_block_end([x.text for x in lines], i)
            if block is not None:
                for j in range(i, block):
                    kinds[j] = "read-more"
    if not title_known:
        _head_menus_and_lists(lines, kinds)
        # The headline is the first line left; a section label or badge above it is furniture,
        # and so is a browser tab's title over the headline ("Headline | Site", or the
        # headline twice): the headline is read once.
        rest = [i for i in range(len(lines)) if i not in kinds]
        if len(rest) >= 2 and rest[0] < _HEAD_LINES and _is_section_label(lines[rest[0]].stripped, lines[rest[1]].stripped):
            kinds[rest[0]] = "section"
        elif len(rest) >= 2 and rest[0] < _HEAD_LINES and _is_page_title(lines[rest[0]].stripped, lines[rest[1]].stripped):
            kinds[rest[0]] = "page-title"
    found = []
    for i in sorted(kinds):
        ln = lines[i]
        start = ln.start + (len(ln.text) - len(ln.text.lstrip()))
        found.append((start, start + len(ln.stripped), kinds[i], ln.stripped))
    return found


def _head_menus_and_lists(lines: list[Line], kinds: dict[int, str]) -> None:
    """Above the first paragraph of a pasted page: a site's menu (three or more lines of one
    or two capitalised words in a row: "Home / News / World / Sport") and a "Trending" or
    "Most read" list, whose headlines run down to the page's own headline, the last of them."""
    head = []
    for i, ln in enumerate(lines[:_HEAD_LINES * 2]):
        if is_prose(ln.stripped) and i not in kinds:
            break
        head.append(i)
    run: list[int] = []
    for i in head + [-1]:
        words = lines[i].stripped.split() if i >= 0 else []
        if i >= 0 and i not in kinds and 1 <= len(words) <= 2 and all(w[0].isupper() for w in words) \
                and lines[i].stripped[-1] not in ".!?:" and not any(ch.isdigit() for ch in lines[i].stripped):
            run.append(i)
            continue
        if len(run) >= 3:
            for j in run:
                kinds[j] = "navigation"
        run = []
    for m in head:
        if m in kinds or marker_kind(lines[m].stripped) != "related-headlines":
            continue
        listed = [j for j in head if j > m and j not in kinds]
        if len(listed) >= 2 and all(is_headline_like(lines[j].stripped) or is_title_line(lines[j].stripped) for j in listed):
            for j in [m] + listed[:-1]:
                kinds[j] = "related-headlines"
        break


def teaser_block_end(texts: list[str], i: int) -> int | None:
    """For a bare teaser marker at ``texts[i]`` ("Also Read"), the index after the one or two
    headlines it introduces when story paragraphs follow them (two prose lines in a row), so
    that the teaser is furniture inside the story rather than the start of a trailing list;
    None otherwise."""
    nonblank = [j for j in range(i + 1, len(texts)) if texts[j].strip()]
    headlines = 0
    while headlines < len(nonblank) and headlines < 2 and not is_prose(texts[nonblank[headlines]]) and (
        is_headline_like(texts[nonblank[headlines]]) or is_title_line(texts[nonblank[headlines]])
    ):
        headlines += 1
    following = nonblank[headlines:headlines + 2]
    if headlines == 0 or len(following) < 2 or not all(is_prose(texts[j]) for j in following):
        return None
    return nonblank[headlines - 1] + 1

# A line that only dates the page: "Updated 14 Oct 2026, 18:42 EAT | Published 14 Oct 2026",
# "Publié le 18/09/2026 à 11h20", "Sat 7 Nov 2026 08.00 GMT", a live blog's "23:05". Labels of
# the languages site chrome is most often written in around an English story.
_DATE_LABEL = (
    r"(?:first published|last updated|last modified|published|posted|updated|modified|date"
    r"|publié|publiée|mis à jour|actualisé|publicado|actualizado|atualizado|veröffentlicht"
    r"|aktualisiert|pubblicato|aggiornato)"
)
_PUBLISHED_LABEL = re.compile(r"^(?:first published|published|posted|publié|publiée|publicado|veröffentlicht|pubblicato)", re.I)
_DATE_PART = re.compile(
    r"(?P<label>" + _DATE_LABEL + r")(?:\s+(?:on|at|le|el|em|am|il))?\s*:?"
    r"|(?P<date>\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,10}\.?,?\s+\d{4}"
    r"|\d{1,2}\s+de\s+[^\W\d_]{3,10}\s+(?:de\s+)?\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})"
    r"|(?P<time>\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*(?:[ap]\.?m\.?|uhr|hrs|h))?|\d{1,2}\s*[ap]\.?m\.?)"
    r"|(?P<ago>\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|h|days?)\s+ago)"
    r"|(?P<zone>\b(?-i:[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?\b)"
    r"|(?P<weekday>\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\b\.?"
    r"|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
    r"|(?P<link>\b(?:at|on|à|a las|um|le|el|alle|às)\b)",
    re.I,
)
_DATE_SEPARATORS = set(" \t,|·•-–—/()[]:.")


def date_line(line: str) -> tuple[str, list[tuple[str | None, str]]] | None:
    """The dates of a line that holds nothing but dates, times and their labels, each with
    its label ("published", "updated" …), and the line's kind: "published" for a date with a
    label or a time, "date" for a bare date (a timeline's heading in a story, a publication
    line above it), "timestamp" for a bare time ("23:05", "2 hours ago"); None for any other
    line."""
    stripped = line.strip()
    if not stripped or len(stripped) > 160:
        return None
    # "New Delhi | Updated: July 9, 2026", "Dhaka, 12 Feb 2026", "By Ana Ruiz | March 3,
    # 2026": the bureau or the byline before the date
    place = re.match(r"^(?:(?i:by)\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&)){0,4}\s*[|·•,–—-]\s*(?=\S)", stripped)
    if place and not _DATE_PART.match(stripped):
        found = date_line(stripped[place.end():])
        return found if found and found[1] else None
    dates: list[tuple[str | None, str]] = []
    label: str | None = None
    has_time = False
    pos = 0
    for match in _DATE_PART.finditer(stripped):
        if any(ch not in _DATE_SEPARATORS for ch in stripped[pos:match.start()]):
            return None
        pos = match.end()
        if match.group("label"):
            label = match.group("label").lower()
        elif match.group("date"):
            dates.append((label, match.group("date")))
            label = None
        elif match.group("time") or match.group("ago"):
            has_time = True
    if any(ch not in _DATE_SEPARATORS for ch in stripped[pos:]):
        return None
    if dates:
        return ("published" if has_time or any(label for label, _ in dates) else "date"), dates
    return ("timestamp", []) if has_time else None


def parse_page_date(value: str, label: str | None = None) -> str | None:
    """ISO date of one date of a date line; "03/04/2026" is read day first under a label in
    another language than English, month first otherwise (unless a part is above 12)."""
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first"}
    numeric = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.]\d{4}", value)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        english_label = label is None or label in ("published", "posted", "updated", "last updated",
                                                   "first published", "last modified", "modified", "date")
        if first > 12 or (second <= 12 and not english_label) or "." in value:
            settings["DATE_ORDER"] = "DMY"
        else:
            settings["DATE_ORDER"] = "MDY"
    parsed = dateparser.parse(value, languages=["en", "fr", "es", "pt", "de", "it"], settings=settings)
    if parsed and 1900 <= parsed.year <= 2100:
        return parsed.date().isoformat()
    return None


def page_date(line: str) -> str | None:
    """The publication date a date line gives: the one labelled "published", else the first
    without a label, else the first ("Updated …")."""
    found = date_line(line)
    if not found or not found[1]:
        return None
    dates = found[1]
    ordered = ([d for d in dates if d[0] and _PUBLISHED_LABEL.match(d[0])] + [d for d in dates if d[0] is None] + dates)
    for label, value in ordered:
        iso = parse_page_date(value, label)
        if iso:
            return iso
    return None
