"""The parsed document every extractor receives."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token


@dataclass
class Parsed:
    doc: Doc
    published: date | None = None
    title_end: int = 0  # character offset where the title line ends (0: no title line)
    # spaCy's Doc.text joins every token's text on each access (O(document) per call), which
    # per mention or per token dominated extraction time: extractors read this copy instead.
    text: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = self.doc.text

    def in_title(self, obj: Token | Span) -> bool:
        start = obj.idx if isinstance(obj, Token) else obj.start_char
        return start < self.title_end

    def sentence_of(self, token: Token) -> Span:
        return token.sent
