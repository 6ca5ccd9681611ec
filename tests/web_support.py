"""Shared by the web UI's tests: a record made of hostile strings, and an HTML reader that
tells which record facts wrap each character of the rendered article."""

from __future__ import annotations

from html.parser import HTMLParser

from handmade import make_record
from newsgraph.record import Record, Removed

# Every string a record carries into a page, written to run script if it were not escaped.
XSS_TITLE = '<script>window.__xss="title"</script> Envoys <b>meet</b> & "talk"'
XSS_PERSON = '<img src=x onerror="window.__xss=\'entity\'">'
XSS_ORG = "<svg onload=window.__xss='org'>"
XSS_QUOTE = "<script>window.__xss='quote'</script> we agree on the harbour,"
XSS_SOURCE = "<script>window.__xss='source'</script>"
XSS_REMOVED = "<script>window.__xss='removed'</script> Read more <a href=javascript:alert(1)>here</a>"


def xss_record() -> Record:
    text = (f"{XSS_TITLE}\n"
            f"The envoy {XSS_PERSON} met the board of {XSS_ORG} in Port Aven on Monday.\n"
            f"\"{XSS_QUOTE}\" the envoy {XSS_PERSON} said after the meeting.\n"
            "Officials said the two sides would sign a fishing accord next month.")
    record = make_record(
        text, ref="handmade/<script>ref</script>", published="2025-07-07", source=XSS_SOURCE,
        url="javascript:window.__xss='url'",
        entities=[("E1", XSS_PERSON, "PERSON", "NLD", "GOV", [XSS_PERSON], [("<i>envoy</i>", "<b>NLD</b>")]),
                  ("E2", XSS_ORG, "ORG", None, None, [XSS_ORG], [])],
        quotes=[("A1", "direct", "E1", XSS_PERSON, "said", [XSS_QUOTE])],
        events=[("V1", "CONSULT", "happened", ["E1"], ["E2"], "met", None),
                ("V2", "AGREE", "planned", ["E1"], ["E2"], "sign", None)],
        dates=[("2025-07-07", "day", "Monday")],
    )
    # Furniture the cleaner cut, with markup in it (offsets refer to the input, past the text).
    n = len(text)
    record.article.removed = [Removed(start=n + 1, end=n + 1 + len(XSS_REMOVED), kind="comments", text=XSS_REMOVED)]
    return record


class MarkReader(HTMLParser):
    """Reads ``#article-text``: the text of each paragraph and, per character, the ``data-fact``
    values of the marks around it (and their layers)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = 0  # depth inside #article-text, 0 when outside
        self.stack: list[tuple[str, str | None, str | None]] = []
        self.paragraphs: list[list[tuple[str, frozenset, frozenset]]] = []
        self.well_formed = True

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.inside == 0:
            if a.get("id") == "article-text":
                self.inside = 1
                self.stack = [(tag, None, None)]
            return
        self.stack.append((tag, a.get("data-fact"), a.get("data-layer")))
        if tag == "p":
            self.paragraphs.append([])

    def handle_endtag(self, tag):
        if self.inside == 0:
            return
        top = self.stack.pop() if self.stack else None
        if top is None or top[0] != tag:
            self.well_formed = False
        if not self.stack:
            self.inside = 0

    def handle_data(self, data):
        if self.inside == 0 or not any(tag == "p" for tag, _, _ in self.stack):
            return
        facts = frozenset(f for _, f, _ in self.stack if f)
        layers = frozenset((f, layer) for _, f, layer in self.stack if f)
        for ch in data:
            self.paragraphs[-1].append((ch, facts, layers))

    def text(self) -> list[str]:
        return ["".join(ch for ch, _, _ in p) for p in self.paragraphs]


def read_marks(html: str) -> MarkReader:
    reader = MarkReader()
    reader.feed(html)
    reader.close()
    return reader
