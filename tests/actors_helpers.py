"""Helpers for the actor tests: run entity extraction, coreference and role changes on a text
and query the result by names and mention texts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.record import Entity, RoleChange


@dataclass
class Analysis:
    text: str
    entities: list[Entity]
    role_changes: list[RoleChange]

    def named(self, name: str) -> Entity:
        found = [e for e in self.entities if e.name == name]
        assert len(found) == 1, f"expected one entity named {name!r}; entities: {self.summary()}"
        return found[0]

    def people(self) -> list[Entity]:
        return [e for e in self.entities if e.type == "PERSON"]

    def person(self, name: str) -> Entity:
        ent = self.named(name)
        assert ent.type == "PERSON", f"{name!r} is {ent.type}"
        return ent

    def state(self, iso3: str) -> Entity:
        found = [e for e in self.entities if e.type == "GPE" and e.country == iso3 and _is_country(e)]
        assert len(found) == 1, f"expected one state {iso3}; entities: {self.summary()}"
        return found[0]

    def has_state(self, iso3: str) -> bool:
        return any(e.type == "GPE" and e.country == iso3 and _is_country(e) for e in self.entities)

    def owner_of_mention(self, text: str, occurrence: int = 0) -> Entity | None:
        """The entity whose mention covers the ``occurrence``-th appearance of ``text``."""
        found = list(re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", self.text))
        assert len(found) > occurrence, f"{text!r} occurs {len(found)} times"
        start, end = found[occurrence].span()
        for e in self.entities:
            for m in e.mentions:
                if m.start <= start and end <= m.end:
                    return e
        return None

    def mention_texts(self, ent: Entity) -> list[str]:
        return [m.text for m in ent.mentions]

    def roles(self, ent: Entity) -> set[tuple[str, str | None]]:
        return {(r.title, r.of) for r in ent.roles}

    def name_of(self, entity_id: str | None) -> str | None:
        return next((e.name for e in self.entities if e.id == entity_id), None)

    def summary(self) -> str:
        return "; ".join(f"{e.id} {e.type} {e.name} {e.country} {e.sector} {[(r.title, r.of) for r in e.roles]} "
                         f"{[m.text for m in e.mentions]}" for e in self.entities)


def _is_country(ent: Entity) -> bool:
    from newsgraph.nlp.geo import gazetteer

    return ent.name == gazetteer().name_of(ent.country or "")


def analyse(text: str) -> Analysis:
    from newsgraph.config import get_settings
    from newsgraph.extract.context import Parsed
    from newsgraph.extract.coref import resolve_references
    from newsgraph.extract.entities import extract_entities
    from newsgraph.extract.roles import extract_role_changes
    from newsgraph.nlp.model import load_model, parse_texts

    nlp = load_model(get_settings().model)
    doc = next(iter(parse_texts(nlp, [text])))
    # As prepare_article does for a text with a headline line: the title ends with it.
    parsed = Parsed(doc=doc, title_end=text.find("\n") if "\n" in text else 0)
    index = extract_entities(parsed)
    resolve_references(parsed, index)
    changes = extract_role_changes(parsed, index)
    return Analysis(text, index.records(), changes)
