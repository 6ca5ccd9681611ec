"""The event lexicons (data files in ``nlp/lexicons``), parsed once per process.

- ``plover_triggers.tsv``: verbs and nouns per PLOVER type and mode, with optional conditions
  on the trigger's object, modifiers, prepositions or particle;
- ``event_word_classes.tsv``: named word classes the conditions refer to (``@ties``);
- ``event_frames.tsv``: words that frame another event (commit, offer, request, threat, refuse, plan,
  fail, report) and so decide its status;
- ``event_light_verbs.txt``: verbs whose object noun is the event ("held talks");
- ``event_weapons.tsv``: weapons → ASSAULT mode;
- ``plover_scores.tsv``: the manual's conflict–cooperation score per type and mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.nlp.lexicon import table, word_set


@dataclass(frozen=True)
class Condition:
    obj: frozenset[str] | None = None    # lemma of the direct object (or of its compound)
    mod: frozenset[str] | None = None    # compound / adjective modifier of a noun trigger
    prep: frozenset[str] | None = None   # a prepositional child
    prt: frozenset[str] | None = None    # verb particle ("blow up")
    of: frozenset[str] | None = None     # object of an "of" child ("state of emergency")
    no_object: bool = False              # intransitive use only ("protesters rallied")
    head: frozenset[str] | None = None   # lemma of the verb governing a noun ("lodged a protest")
    complement: bool = False             # a clause follows ("offered to mediate", "a demand that…")
    by: frozenset[str] | None = None     # doer of a noun trigger: "a strike by pilots", "pilots' strike"
    pobj: frozenset[str] | None = None   # object of the preposition ``prep`` names ("put troops on alert")
    kept_from: bool = False              # "from" + a gerund: the object is kept from acting ("stopped farmers from ploughing")
    cargo: frozenset[str] | None = None  # what the object carries ("sent two ships carrying food")
    about: frozenset[str] | None = None  # what a participle's clause is about ("sanctions targeting X")

    @property
    def empty(self) -> bool:
        return not (self.obj or self.mod or self.prep or self.prt or self.of or self.no_object or self.head
                    or self.complement or self.by or self.pobj or self.kept_from or self.cargo or self.about)


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    condition: Condition


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, frozenset[str]] = {}
    for row in table("event_word_classes.tsv"):
        if len(row) < 2:
            continue
        if row[0] in classes:  # a second row of one name would silently replace the first
            raise ValueError(f"event_word_classes.tsv: class {row[0]!r} is defined twice")
        classes[row[0]] = frozenset(w.strip().casefold() for w in row[1].split(",") if w.strip())
    return classes


def _words(spec: str) -> frozenset[str]:
    classes = word_classes()
    out: set[str] = set()
    for item in spec.split(","):
        item = item.strip().casefold()
        if not item:
            continue
        if item.startswith("@"):
            if item[1:] not in classes:
                raise ValueError(f"unknown word class {item!r} in plover_triggers.tsv")
            out |= classes[item[1:]]
        else:
            out.add(item)
    return frozenset(out)


def parse_condition(spec: str) -> Condition:
    fields: dict[str, object] = {}
    for clause in spec.split():
        if clause == "nobj":
            fields["no_object"] = True
            continue
        if clause == "comp":
            fields["complement"] = True
            continue
        if clause == "from-ing":
            fields["kept_from"] = True
            continue
        key, _, value = clause.partition(":")
        if key not in ("obj", "mod", "prep", "prt", "of", "head", "by", "pobj", "cargo", "about"):
            raise ValueError(f"unknown trigger condition {clause!r}")
        fields[key] = _words(value)
    return Condition(**fields)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """(lemma, VERB|NOUN) → candidate triggers, conditional ones first."""
    out: dict[tuple[str, str], list[Trigger]] = {}
    for row in table("plover_triggers.tsv"):
        row = tuple(row) + ("",) * (6 - len(row))
        lemma, pos, type_, mode, contexts, condition = row[:6]
        trig = Trigger(type_, mode or None, tuple(c for c in contexts.split(",") if c),
                       parse_condition(condition))
        out.setdefault((lemma.casefold(), pos), []).append(trig)
    return {k: tuple(sorted(v, key=lambda t: t.condition.empty)) for k, v in out.items()}


@lru_cache(maxsize=1)
def frames() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in table("event_frames.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    return word_set("event_light_verbs.txt")


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Verbs that report speech (shared with the attribution cues)."""
    return word_set("reporting_verbs.txt")


@lru_cache(maxsize=1)
def weapons() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in table("event_weapons.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def scores() -> dict[tuple[str, str | None], float]:
    out: dict[tuple[str, str | None], float] = {}
    for row in table("plover_scores.tsv"):
        if len(row) == 2:
            out[(row[0], None)] = float(row[1])
        else:
            out[(row[0], row[1] or None)] = float(row[2])
    return out


@lru_cache(maxsize=1)
def context_words() -> tuple[dict[str, tuple[str, ...]], dict[tuple[str, str], tuple[str, ...]]]:
    """Single words and two-word phrases → PLOVER contexts (``event_contexts.tsv``)."""
    single: dict[str, list[str]] = {}
    pairs: dict[tuple[str, str], list[str]] = {}
    for row in table("event_contexts.tsv"):
        if len(row) < 2:
            continue
        for phrase in row[1].split(","):
            words = phrase.strip().casefold().split()
            if len(words) == 1:
                single.setdefault(words[0], []).append(row[0])
            elif len(words) == 2:
                pairs.setdefault((words[0], words[1]), []).append(row[0])
    return ({k: tuple(v) for k, v in single.items()}, {k: tuple(v) for k, v in pairs.items()})


def lemma_keys(lower: str, lemma: str) -> tuple[str, ...]:
    """Lexicon keys for a word: its lemma, its form and naive de-inflections, because the small
    model's lemmatizer misses some ("staged" → "stag")."""
    keys = [lemma.casefold(), lower]
    if lower.endswith("ied"):
        keys.append(lower[:-3] + "y")
    if lower.endswith("ed"):
        keys += [lower[:-1], lower[:-2]]
        if len(lower) > 4 and lower[-3] == lower[-4]:
            keys.append(lower[:-3])  # "banned" → "ban"
    if lower.endswith("ing"):
        keys += [lower[:-3], lower[:-3] + "e"]
    if lower.endswith("es"):
        keys += [lower[:-2], lower[:-1]]
    elif lower.endswith("s"):
        keys.append(lower[:-1])
    return tuple(dict.fromkeys(keys))


def score_of(type_: str, mode: str | None) -> float | None:
    """The manual's conflict–cooperation score of a type and mode (the type's own when the
    mode has none)."""
    s = scores()
    return s.get((type_, mode), s.get((type_, None)))
