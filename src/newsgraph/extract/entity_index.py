"""The entity index: the entities of one document and the tokens that mention them.

Built by :func:`newsgraph.extract.entities.extract_entities`; read by every later extractor."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsgraph.extract.context import Parsed
from newsgraph.extract.titles import TitlePhrase
from newsgraph.nlp.names import NameParts
from newsgraph.record import Entity, Mention, Role

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}



@dataclass
class EntityBuilder:
    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)  # (start, end) char -> text
    key: tuple = ()
    # Building state, not part of the record.
    parts: NameParts | None = None       # the fullest personal name seen
    gender: str | None = None            # "m" / "f" when a name, honorific or title says so
    mention_tokens: list[int] = field(default_factory=list)  # head token of each mention
    name_mentions: list[tuple[int, int]] = field(default_factory=list)  # token spans of proper-name mentions

    def add_role(self, role: Role) -> None:
        for existing in self.roles:
            # "General" after "Major General": the shorter form adds nothing.
            if existing.title.casefold().endswith(" " + role.title.casefold()) and role.of in (None, existing.of):
                return
            if (existing.title.casefold(), existing.of) == (role.title.casefold(), role.of):
                return
            # The same title, now known with its owner: keep the fuller one.
            if existing.title.casefold() == role.title.casefold() and existing.of is None and role.of:
                existing.of = role.of
                return
            if existing.title.casefold() == role.title.casefold() and role.of is None:
                return
        self.roles.append(role)

    def to_record(self) -> Entity:
        mentions = [Mention(start=s, end=e, text=t) for (s, e), t in sorted(self.mentions.items())]
        name = self.name
        if self.type in ("GPE", "LOC") and name.isupper() and len(name) > 5 and name.replace(" ", "").isalpha():
            name = " ".join(w.capitalize() for w in name.split())  # a dateline's "ZURICH" is Zurich
        return Entity(id=self.id, name=name, type=self.type, country=self.country,
                      sector=self.sector, roles=list(self.roles), mentions=mentions)


class EntityIndex:
    """Entities of one document and the tokens that mention them.

    Public API used by other extractors: ``entity_at(token|i)``, ``entity_of_span(span)``,
    ``entity_of_phrase(head)``, ``get(id)``, ``entities``, ``records()``, ``token_entity``
    (token index → entity id), plus ``country_at(token|i)`` (ISO3 when the token is part of a
    mention of a state standing for the state) and ``pronoun_entity`` (resolved pronouns).
    """

    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.doc = parsed.doc
        self._entities: list[EntityBuilder] = []
        self._by_key: dict[tuple, EntityBuilder] = {}
        self._tok: dict[int, EntityBuilder] = {}
        self._by_id: dict[str, EntityBuilder] = {}
        # Token index -> entity id; filled by finalise().
        self.token_entity: dict[int, str] = {}
        # Resolved pronoun token index -> entity id (see coref); filled by finalise().
        self.pronoun_entity: dict[int, str] = {}
        self._pronouns: dict[int, EntityBuilder] = {}
        self._pending_roles: list[tuple[EntityBuilder, TitlePhrase]] = []
        # Possessed roles whose possessive pronoun found no one yet ("her spokesman" after
        # "The Finnish minister …"): a second chance once descriptions are resolved.
        self._unowned_roles: list[tuple[EntityBuilder, TitlePhrase, Role]] = []
        self.finalised = False

    # -- building -------------------------------------------------------------------------
    def get_or_create(self, key: tuple, name: str, type_: str, country: str | None = None,
                      sector: str | None = None) -> EntityBuilder:
        ent = self._by_key.get(key)
        if ent is None:
            ent = EntityBuilder(id="", name=name, type=type_, country=country, sector=sector, key=key)
            self._by_key[key] = ent
            self._entities.append(ent)
        return ent

    def alias(self, key: tuple, ent: EntityBuilder) -> None:
        self._by_key.setdefault(key, ent)

    def find(self, key: tuple) -> EntityBuilder | None:
        return self._by_key.get(key)

    def builder_at(self, token: Token | int) -> EntityBuilder | None:
        """The entity (builder) a token belongs to, during and after building."""
        return self._tok.get(token if isinstance(token, int) else token.i)

    def add_mention(self, ent: EntityBuilder, start_token: int, end_token: int, head: int | None = None) -> None:
        span = self.doc[start_token:end_token]
        ent.mentions[(span.start_char, span.end_char)] = span.text
        if ent.name.isupper() and len(ent.name) > 5 and not span.text.isupper() \
                and span.text.casefold() == ent.name.casefold():
            ent.name = span.text  # "SAO PAULO" of the dateline is "Sao Paulo" in the text
        for i in range(start_token, end_token):
            self._tok.setdefault(i, ent)
        ent.mention_tokens.append(head if head is not None else end_token - 1)

    def add_char_mention(self, ent: EntityBuilder, start: int, end: int, tokens: range) -> None:
        ent.mentions[(start, end)] = self.parsed.text[start:end]
        for i in tokens:
            self._tok.setdefault(i, ent)
        if len(tokens):
            ent.mention_tokens.append(tokens[-1])

    def merge(self, source: EntityBuilder, target: EntityBuilder) -> None:
        """Make every mention of ``source`` one of ``target`` (finalise drops ``source``)."""
        target.mentions.update(source.mentions)
        target.mention_tokens.extend(source.mention_tokens)
        for table in (self._tok, self._pronouns, self._by_key):
            for k, e in list(table.items()):
                if e is source:
                    table[k] = target
        target.country = target.country or source.country
        target.sector = target.sector or source.sector
        source.mentions.clear()
        source.mention_tokens.clear()

    def add_pronoun(self, token: Token, ent: EntityBuilder) -> None:
        self._pronouns[token.i] = ent
        ent.mentions[(token.idx, token.idx + len(token))] = token.text
        self._tok[token.i] = ent
        ent.mention_tokens.append(token.i)

    def people(self) -> list[EntityBuilder]:
        return [e for e in self._entities if e.type == "PERSON"]

    def finalise(self) -> None:
        """Number entities by first mention and drop those left without mentions."""
        kept = [e for e in self._entities if e.mentions]
        kept.sort(key=lambda e: min(e.mentions))
        for n, ent in enumerate(kept, start=1):
            ent.id = f"E{n}"
        self._entities = kept
        alive = {id(e) for e in kept}
        self._tok = {i: e for i, e in self._tok.items() if id(e) in alive}
        self.token_entity = {i: e.id for i, e in self._tok.items()}
        self.pronoun_entity = {i: e.id for i, e in self._pronouns.items() if id(e) in alive}
        self._by_id = {e.id: e for e in kept}
        self.finalised = True

    # -- reading --------------------------------------------------------------------------
    @property
    def entities(self) -> list[EntityBuilder]:
        return self._entities

    def get(self, entity_id: str) -> EntityBuilder | None:
        return self._by_id.get(entity_id)

    def entity_at(self, token: Token | int) -> str | None:
        i = token if isinstance(token, int) else token.i
        return self.token_entity.get(i)

    def country_at(self, token: Token | int) -> str | None:
        """ISO3 of the state a token refers to as a state (a country mention, or a part of a
        state such as "Russian forces"); None for places ("talks in Moscow") and others."""
        ent = self.builder_at(token)
        if ent is not None and ent.key and ent.key[0] in ("COUNTRY", "PART"):
            return ent.country
        return None

    def entity_of_span(self, span: Span) -> str | None:
        """The entity a phrase refers to: its head's entity, else the first entity inside it."""
        eid = self.entity_at(span.root)
        if eid:
            return eid
        for tok in span:
            eid = self.entity_at(tok)
            if eid:
                return eid
        return None

    def entity_of_phrase(self, head: Token) -> str | None:
        """The entity of the noun phrase headed by ``head`` (an appositive name counts)."""
        eid = self.entity_at(head)
        if eid:
            return eid
        # The name in apposition before a modifier: "Senate Majority Leader Chuck Schumer" is
        # Schumer, not the Senate of the title.
        for deps in (("appos",), ("compound", "flat")):
            for child in head.children:
                if child.dep_ in deps and self.entity_at(child):
                    return self.entity_at(child)
        return None

    def records(self) -> list[Entity]:
        return [e.to_record() for e in self._entities]
