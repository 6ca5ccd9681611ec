"""Who a source is: from the words of an attribution's source to an entity of the article.

Names resolve through the entity index. A pronoun source ("…," she said) is the speaker of
the attribution just before, unless another person of the pronoun's gender became the
subject since; people named inside quotations are not candidates (a speaker rarely talks
of herself in the third person), and gender comes from given names and honorifics
(nlp/lexicons/first_names_female.txt and _male.txt, "Mr.", "Mrs."). The general pronoun resolver is the last
resort. Relative
pronouns through the noun they modify ("Smith, who said…"); descriptions through the
titles and names the article gave its entities: "the envoy" is the last person given an
envoy title, "the ministry" the last organisation with ministry in its name, "his envoy"
a person with an envoy title other than the one "his" stands for. Indefinite descriptions
("a senior official", "sources") stay unnamed unless they carry a name ("an official at the
State Department" → the department).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from newsgraph.extract.coref import (
    ARMED_MEMBER_NOUNS, ARMED_WINDOW, GROUP_NOUNS, GROUP_WINDOW, STATE_SECTORS, is_armed_group, is_possessor, resolve_pronoun,
)
from newsgraph.extract.entities import PRONOUNS, EntityIndex
from newsgraph.nlp.lexicon import table, word_set
from newsgraph.nlp.names import first_name_gender

_RELATIVE = {"who", "which", "that", "whom"}
_GROUP_PRONOUNS = {"it", "they", "them", "its", "their", "we", "our"}
_INDEFINITE = {"a", "an", "some", "several", "many", "one", "two", "three", "most", "few", "other", "another", "any"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_ORG_TYPES = {"ORG", "GPE", "NORP", "FAC"}
# "the Iran-backed group": the word after a hyphen that makes a name a backer, not the speaker.
_BACKING_WORDS = {"backed", "led", "funded", "allied", "aligned", "supported", "sponsored", "affiliated", "linked",
                  "based", "run", "controlled", "owned"}
_FEMININE = {"she", "her", "hers", "herself"}
_HONORIFICS = {"mr": "M", "mr.": "M", "sir": "M", "mrs": "F", "mrs.": "F", "ms": "F", "ms.": "F", "miss": "F",
               "madam": "F", "dame": "F", "lady": "F", "lord": "M", "king": "M", "queen": "F"}
_GENDERED_TITLES = {"spokeswoman": "F", "congresswoman": "F", "chairwoman": "F", "businesswoman": "F",
                    "widow": "F", "mother": "F", "wife": "F", "daughter": "F", "actress": "F", "woman": "F",
                    "spokesman": "M", "congressman": "M", "businessman": "M", "widower": "M", "father": "M",
                    "husband": "M", "son": "M", "actor": "M", "man": "M"}
_PRONOUN_WINDOW = 160  # tokens: about two paragraphs of wire copy
_UNNAMED_WINDOW = 60  # tokens: the next sentence or two
# Nouns of one person described, not named ("a government spokesman", "a senior official").
_PERSON_DESCRIPTIONS = {"official", "spokesman", "spokeswoman", "spokesperson", "aide", "diplomat", "adviser",
                        "advisor", "officer", "commander", "lawyer", "attorney", "analyst", "lawmaker", "negotiator",
                        "source", "witness", "resident", "doctor", "member", "journalist", "reporter", "correspondent"}


# Nouns of sources that a story names once with a description and then repeats ("a senior
# U.S. official … the official said", "a Reuters/Ipsos poll … the poll found"); not people
# described by kin or sex ("the wife of a man …"), whose descriptions name others.
_REPEATED_SOURCE_NOUNS = {"official", "spokesman", "spokeswoman", "spokesperson", "source", "aide", "diplomat",
                          "adviser", "advisor", "officer", "commander", "poll", "survey", "report", "statement",
                          "campaign", "article", "study", "lawyer", "attorney", "analyst", "lawmaker", "negotiator"}


# Nouns of a group's kind that an armed group fits whatever its name ("the rebel group").
_ARMED_KINDS = {"rebel", "militant", "militia", "guerrilla", "insurgent", "jihadist", "paramilitary", "armed"}


# "the company": the business named last, known by its sector or the suffix of its name.
_COMPANY_NOUNS = {"company", "firm", "corporation", "conglomerate", "carmaker", "miner", "operator", "lender", "insurer",
                  "retailer", "airline", "manufacturer", "producer", "developer", "bank", "automaker", "truckmaker",
                  "chipmaker", "drugmaker", "planemaker", "steelmaker", "shipbuilder", "brewer", "utility"}
_COMPANY_SUFFIXES = {"ltd", "limited", "inc", "corp", "corporation", "plc", "llc", "co", "ag", "sa", "nv", "gmbh", "spa",
                     "holdings", "group", "minerals", "mining", "motors", "airlines", "airways", "pharmaceuticals",
                     "industries", "technologies", "telecom", "shipping"}


# Those who speak for the body their noun's modifier names ("a ministry spokeswoman").
# Who speaks for the one who owns them: "his spokesman", "her office", "its spokeswoman".
_SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "office"}

_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "official", "source", "representative"}


# Sector nouns of people and bodies posted abroad, who are not the state of the place they are in.
_POSTED_ABROAD = {"diplomats", "diplomat", "embassy", "embassies", "envoy", "envoys", "ambassador", "ambassadors"}
# Words that set a person or group against the state that owns the noun ("Kenya's main
# opposition leader", "Syria's rebel commander"): the state is not the speaker.
_AGAINST_THE_STATE = {"opposition", "dissident", "rebel", "exiled", "exile", "insurgent"}


_PUBLIC_BODY_WORDS = {"agency", "organization", "organisation", "administration", "authority", "office",
                      "commission", "service", "programme", "program", "fund"}


def _kind_in_name(kind: str, name: str) -> bool:
    """"defence" in "Ministry of Defense", "health" in "Health Ministry": a word of the name
    spelled alike (British and American spellings share their first four letters)."""
    return any(word[:4] == kind[:4] for word in name.casefold().split())


def _business_noun(tok: Token) -> bool:
    """"company", "lender", "carmaker", "chipmaker": a noun of business (not "lawmaker")."""
    return tok.lemma_.lower() in _COMPANY_NOUNS


@lru_cache(maxsize=1)
def _civilians() -> frozenset[str]:
    """Nouns of private people (lexicons/civilian_nouns.txt), singular and plural lemmas."""
    return word_set("civilian_nouns.txt")


def _is_civilian(noun: Token) -> bool:
    """A noun of private people, also capitalised in a headline ("Philippine Fishermen")."""
    low = noun.lower_
    return bool({noun.lemma_.lower(), low, low[:-1] if low.endswith("s") else low} & _civilians())


@lru_cache(maxsize=1)
def _organ_nouns() -> frozenset[str]:
    organs = {row[0].split()[-1] for row in table("sectors.tsv") if row[1] in STATE_SECTORS}
    return frozenset(organs | {"official", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "authority"})


def _state_organ(head: Token) -> bool:
    """The head noun names an organ of a state ("officials", "the ministry", "police"),
    from sectors.tsv, not one posted abroad."""
    low, lemma = head.lower_, head.lemma_.lower()
    if low in _POSTED_ABROAD or lemma in _POSTED_ABROAD:
        return False
    organs = _organ_nouns()
    return low in organs or lemma in organs or lemma + "s" in organs


# Nouns an age describes a person by ("the 52-year-old farmer said").
_PERSON_NOUNS_OF_AGE = {"man", "woman", "farmer", "mother", "father", "grandmother", "grandfather", "teacher", "student",
                        "worker", "resident", "driver", "nurse", "doctor", "widow", "trader", "fisherman", "miner",
                        "activist", "veteran", "survivor", "refugee", "shopkeeper", "vendor", "owner", "lawyer",
                        "retiree", "pensioner", "mechanic", "engineer", "soldier", "officer", "journalist"}


class SpeakerResolver:
    """Resolves source spans of one document; remembers the speakers seen so far."""

    def __init__(self, index: EntityIndex, token_quote: list[int] | None = None, sent_end: list[int] | None = None,
                 text: str | None = None):
        self.index = index
        self.doc = index.doc
        self._types = {e.id: e.type for e in index.entities}
        self._quote = token_quote or [-1] * len(index.doc)
        self._sent_end = sent_end
        self._text = text if text is not None else index.doc.text  # Doc.text rebuilds on each access
        self._genders: dict[str, str | None] = {}
        # (token index of the source head, entity id) of resolved attributions, in text order.
        self.history: list[tuple[int, str]] = []
        # (token index, noun lemma, entity id) of sources that are descriptions ("a senior
        # U.S. official" → the United States), for the definite one that picks them up later.
        self._described: list[tuple[int, str, str]] = []
        self._mentions: list[tuple[int, str]] | None = None
        # (token index of the source head, entity id or None) of every attribution, in text order.
        self._sources: list[tuple[int, str | None]] = []

    # -- entities in text order ------------------------------------------------------------
    def _mention_order(self) -> list[tuple[int, str]]:
        if self._mentions is None:
            self._mentions = sorted(self.index.token_entity.items())  # type: ignore[arg-type]
        return self._mentions

    def _recent(self, before: int, accept, window: int = 400) -> str | None:
        """The entity of the latest mention before token ``before`` that ``accept`` takes."""
        from bisect import bisect_left

        mentions = self._mention_order()
        k = bisect_left(mentions, (before, ""))
        stop = before - window
        while k > 0:
            k -= 1
            i, eid = mentions[k]
            if i < stop:
                break
            ent = self.index.get(eid)
            if ent is not None and accept(ent, i):
                return eid
        return None

    def remember(self, head: Token, entity_id: str | None) -> None:
        if entity_id:
            self.history.append((head.i, entity_id))
        self._sources.append((head.i, entity_id))

    def previous_speaker(self, before: int, types: set[str], window: int = 120) -> str | None:
        for i, eid in reversed(self.history):
            if i >= before:
                continue
            if before - i > window:
                break
            if self._types.get(eid) in types:
                return eid
        return None

    # -- resolution ---------------------------------------------------------------------
    def resolve(self, source: Span) -> str | None:
        head = source.root
        if head.pos_ == "DET" and len(source) > 1:
            head = source[-1]  # "the 34-year-old said" parsed with "the" and "old" both on "said"
        index = self.index
        if head.text.isupper() and len(head.text) > 1 and index.entity_at(head):
            return index.entity_at(head)  # "WHO warns …", "US says …": a name in capitals, no pronoun
        if head.lower_ in _RELATIVE and head.head.dep_ in ("relcl", "acl"):
            antecedent = head.head.head
            return self._phrase_entity(antecedent, self.doc[antecedent.left_edge.i:antecedent.i + 1])
        if head.pos_ == "PRON" or head.lower_ in PRONOUNS:
            return self._pronoun(head)
        if self._answer_label(source):
            # "Q: Will the exporters be charged?\nA: “We do not rule anything out,” Fikri
            # said.\nQ: When?\nA: “Soon.”": the one who answers is the one interviewed.
            return self.previous_speaker(head.i, {"PERSON"}, window=400) or self._recent(
                head.i, lambda ent, i: ent.type == "PERSON" and self._quote[i] < 0 and self.doc[i].pos_ != "PRON")
        aged = self._of_age(head)
        if aged:
            return aged
        headed = self._headline_title_holder(head, source)
        if headed:
            return headed
        found = self._phrase_entity(head, source) or self._first_name(head, source)
        if head.pos_ == "NOUN":
            found = self._alias(head) or found
        if found and head.pos_ == "NOUN" and head.lemma_.casefold() in _REPEATED_SOURCE_NOUNS:
            self._described.append((head.i, head.lemma_.casefold(), found))
        return found

    def _first_name(self, head: Token, phrase: Span) -> str | None:
        """"“The dam harms no one,” Abiy wrote" after "Prime Minister Abiy Ahmed": a lone
        proper name the entities left unlinked is the one person named before in full with it
        as first name (Ethiopian, Indonesian, Icelandic usage)."""
        if len(phrase) != 1 or head.pos_ != "PROPN" or not head.text[:1].isupper() or self.index.entity_at(head):
            return None
        found = {e.id for e in self.index.entities if e.type == "PERSON" and len(e.name.split()) >= 2
                 and e.name.split()[0] == head.text and any(t < head.i for t in e.mention_tokens)}
        return found.pop() if len(found) == 1 else None

    def _headline_title_holder(self, head: Token, phrase: Span) -> str | None:
        """"'We Will Not Back Down,' Says Minister", "Kenyan Opposition Leader Says …": a title
        with no name in the headline is the one person of the article who holds a title of
        those words (of the state the headline names, if it names one)."""
        if "\n" in self._text[:phrase.start_char] or head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS"):
            return None
        words: set[str] = set()
        states: set[str] = set()
        for tok in phrase:
            eid = self.index.entity_at(tok)
            ent = self.index.get(eid) if eid else None
            if ent is not None and ent.type == "PERSON":
                return None
            if ent is not None and ent.type in ("GPE", "NORP") and ent.country and tok.i < head.i:
                states.add(ent.country)
            elif ent is None and tok.is_alpha and tok.pos_ in ("NOUN", "PROPN", "ADJ"):
                words.add(tok.lower_)
            elif not tok.is_punct and tok.lower_ not in ("the", "a", "an"):
                return None
        if head.lower_ not in words or len(states) > 1:
            return None
        from newsgraph.extract.titles import title_head_words

        if head.lower_ not in {w.lower() for w in title_head_words()}:
            return None
        if words == {head.lower_} and states:
            # "Serbian Leader Calls Early Election": a bare description noun of a state is the
            # holder of the first office title_descriptions.tsv lists for it that one person
            # of that state holds (the President), not a "student leader" of no state.
            holder = self._described_office_holder(head.lower_, next(iter(states)))
            if holder:
                return holder
        return self._one_holder(words, next(iter(states)) if states else None)

    def _described_office_holder(self, noun: str, state: str) -> str | None:
        for title in _described_offices().get(noun, ()):
            found = {ent.id for ent in self.index.entities if ent.type == "PERSON" and any(
                role.title.casefold() == title and role.of == state for role in ent.roles)}
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def _answer_label(self, source: Span) -> bool:
        """The "A" of an interview's "Q: … / A: …" lines, opening its line before a colon or
        full stop, in a text that has a "Q" line too."""
        doc = self.doc
        if source.text != "A" or doc[source.end:source.end + 1].text not in (":", "."):
            return False
        if source.start > 0 and "\n" not in doc[source.start - 1].text + doc[source.start - 1].whitespace_:
            return False
        return re.search(r"(?m)^\s*Q[:.]\s", self._text) is not None

    def _of_age(self, head: Token) -> str | None:
        """"The 27-year-old said", "the 52-year-old farmer said": the person the article gave
        that age ("Tigist Alemu, 27,"), the latest named before."""
        doc = self.doc
        old = next((c for c in head.lefts if c.lower_ == "old" and c.dep_ == "amod"), None) if head.pos_ == "NOUN" else None
        if old is not None and head.lemma_.casefold() in _PERSON_NOUNS_OF_AGE:
            head = old  # "the 52-year-old farmer", "the 34-year-old mother of three"
        if head.lower_ != "old" or head.i < 4 or doc[head.i - 2].lower_ not in ("year", "years") or not doc[head.i - 4].like_num:
            return None
        age = doc[head.i - 4].text
        pattern = re.compile(r"\s*,\s*" + re.escape(age) + r"\b")
        best = None
        for ent in self.index.entities:
            if ent.type != "PERSON":
                continue
            for (start, end), _text in ent.mentions.items():
                if start < head.idx and pattern.match(self._text, end) and (best is None or start > best[0]):
                    best = (start, ent.id)
        if best:
            return best[1]
        # "His old counterpart, Swiss mediator Anna Keller, is less sure. The 66-year-old
        # said …": no age given, the one person the sentence before names (same paragraph, or
        # the paragraph before when this one opens with the quote: "Ghulam Rasool stood at the
        # edge of his field. ¶ “Everything is under there,” the 52-year-old farmer said.").
        sent = head.sent
        breaks = [t for t in doc[sent.start - 1:head.i] if "\n" in t.text or "\n" in t.whitespace_] if sent.start else []
        if sent.start == 0 or breaks and (breaks != [doc[sent.start - 1]] or self._quote[sent.start] < 0
                                          and self._quote[min(sent.start + 1, len(doc) - 1)] < 0):
            return None
        previous = doc[sent.start - 1].sent
        people = {eid for i, eid in self.index.token_entity.items()
                  if previous.start <= i < previous.end and self._quote[i] < 0 and doc[i].pos_ != "PRON"
                  and self._types.get(eid) == "PERSON"}
        return people.pop() if len(people) == 1 else None

    def _alias(self, head: Token) -> str | None:
        """"Its commander, known by the alias Pablo Beltran, said …", "the group, known as the
        Northern Front": the one a participle "known as / by" names is the described source
        (the source span leaves it out; the recogniser may mistype an alias)."""
        for child in head.children:
            if child.dep_ != "acl" or child.lower_ != "known" or child.i < head.i:
                continue
            for tok in child.subtree:
                eid = self.index.entity_at(tok)
                if eid:
                    return eid
        return None

    def gender(self, entity_id: str) -> str | None:
        """"F", "M" or None, from the given name, honorifics before a mention or a title."""
        if entity_id in self._genders:
            return self._genders[entity_id]
        ent = self.index.get(entity_id)
        found = None
        if ent is not None and ent.type == "PERSON":
            first = ent.name.split()[0].strip(".") if ent.name.split() else ""
            found = (first_name_gender(first) or "").upper() or None
            if found is None:
                for (start, _end), text in ent.mentions.items():
                    before = self._text[max(0, start - 14):start].split()
                    word = before[-1].casefold().strip(",") if before else ""
                    if word in _HONORIFICS or word in _GENDERED_TITLES:
                        found = _HONORIFICS.get(word) or _GENDERED_TITLES[word]
                        break
            if found is None:
                for role in ent.roles:
                    for word in role.title.casefold().split():
                        found = found or _GENDERED_TITLES.get(word)
            if found is None:
                found = self._pronoun_evidence(entity_id)
        self._genders[entity_id] = found
        return found

    def _pronoun_evidence(self, entity_id: str) -> str | None:
        """Gender from the pronouns that follow the person as subject in the same sentence
        ("Perdue said he …"), outside quotations; None when they disagree or are absent."""
        votes = {"F": 0, "M": 0}
        for i, eid in self._mention_order():
            if eid != entity_id or self._quote[i] >= 0:
                continue
            tok = self.doc[i]
            if tok.pos_ == "PRON" or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            end = self._sent_end[tok.i] if self._sent_end is not None else tok.sent.end
            for other in self.doc[tok.i + 1:end]:
                if self._quote[other.i] >= 0:
                    continue
                low = other.lower_
                if low in ("he", "him", "his", "himself"):
                    votes["M"] += 1
                    break
                if low in _FEMININE:
                    votes["F"] += 1
                    break
        if votes["F"] != votes["M"]:
            return "F" if votes["F"] > votes["M"] else "M"
        return None

    def _person_pronoun(self, head: Token) -> str | None:
        """The person a he/she source stands for; see the module docstring."""
        want = "F" if head.lower_ in _FEMININE else "M"
        unnamed = self._unnamed_person_before(head, want)
        if unnamed is not None:
            return unnamed[0]
        # Most people named in news copy are men: "she" needs a woman known as one (by name,
        # honorific or pronouns elsewhere), "he" takes anyone not known to be a woman. When
        # no known woman is near, "she" takes a person of unknown gender ("said Marieke de
        # Vos … She added": a given name our lists do not hold), never a known man.
        if want == "M":
            return self._person_of_gender(head, {"M", None})
        woman = self._person_of_gender(head, {"F"})
        anyone = self._person_of_gender(head, {"F", None})
        if woman and anyone and anyone != woman and (self.previous_speaker(head.i, {"PERSON"}) == anyone
                                                      and self._last_mention(anyone, head.i) > self._last_mention(woman, head.i)
                                                      or self._acting_just_before(head) == anyone):
            # "Opposition leader Kemi Badenoch demanded an inquiry. '…,' she told the BBC": the
            # speaker just before, whose given name we do not know, over a woman named earlier.
            return anyone
        return woman or anyone

    def _acting_just_before(self, head: Token) -> str | None:
        """The person named as subject of the short sentence opening the paragraph just before
        the pronoun's sentence ("Adeyemi laughed. “…,” she said")."""
        doc = self.doc
        sent = head.sent
        if sent.start == 0 or "\n" in doc[sent.start - 1].text:
            return None
        previous = doc[sent.start - 1].sent
        if len(previous) > 8 or previous.start > 0 and "\n" not in doc[previous.start - 1].text and not doc[previous.start].is_space:
            return None
        subject = next((c for c in previous.root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        return self.index.entity_of_phrase(subject) if subject is not None else None

    def _unnamed_person_before(self, head: Token, want: str) -> tuple[str | None] | None:
        """"A government spokesman said talks would continue. He declined to say …": a
        pronoun right after an attribution to a person the article does not name takes up
        that person (the body they speak for, or none), not a named speaker further back.
        None when the last source is no such description or a person was named since."""
        last = next(((i, eid) for i, eid in reversed(self._sources) if i < head.i), None)
        if last is None or head.i - last[0] > _UNNAMED_WINDOW:
            return None
        source = self.doc[last[0]]
        if source.pos_ != "NOUN" or source.tag_ != "NN" or source.lemma_.lower() not in _PERSON_DESCRIPTIONS:
            return None
        if last[1] is not None and self._types.get(last[1]) == "PERSON":
            return None
        if _GENDERED_TITLES.get(source.lower_, want) != want:
            return None
        if _asker_of(source, head) or _asked_pronoun(source, want):
            return None  # "Asked by a journalist whether …, she said": she was asked, not the asker
        for i, eid in self._mention_order():
            if last[0] < i < head.i and self._quote[i] < 0 and self._types.get(eid) == "PERSON" \
                    and self.doc[i].pos_ != "PRON" and self.doc[i].dep_ in ("nsubj", "nsubjpass"):
                return None
        return (last[1],)

    def _quoted_as(self, entity_id: str, before: int) -> str | None:
        """The gender of the pronoun an earlier attribution of this person had as its source
        ("Valdez rejected the plan. '…,' he said. She replied …": "she" is not Valdez)."""
        for i, eid in reversed(self._sources):
            if i < before and eid == entity_id and self.doc[i].lower_ in ("he", "she"):
                return "M" if self.doc[i].lower_ == "he" else "F"
        return None

    def _last_mention(self, entity_id: str, before: int) -> int:
        return max((i for i, eid in self._mention_order() if eid == entity_id and i < before), default=-1)

    def _person_of_gender(self, head: Token, allowed: set[str | None]) -> str | None:
        def fits(eid: str | None) -> bool:
            return bool(eid) and self._types.get(eid) == "PERSON" \
                and (self.gender(eid) or self._quoted_as(eid, head.i)) in allowed

        previous = None
        previous_at = -1
        for i, eid in reversed(self.history):
            if i < head.i and head.i - i <= _PRONOUN_WINDOW and fits(eid):
                previous, previous_at = eid, i
                break
        # A person of the right gender who became a subject after that attribution wins.
        from bisect import bisect_left

        mentions = self._mention_order()
        k = bisect_left(mentions, (head.i, ""))
        nearest = None
        while k > 0:
            k -= 1
            i, eid = mentions[k]
            if head.i - i > _PRONOUN_WINDOW or i <= previous_at:
                break
            tok = self.doc[i]
            if self._quote[i] >= 0 or tok.pos_ == "PRON" or not fits(eid) or tok.head.i == head.i:
                continue
            subject = tok.dep_ in ("nsubj", "nsubjpass") or (tok.head.dep_ in ("nsubj", "nsubjpass") and tok.dep_ in ("compound", "appos", "flat"))
            if subject and eid != previous and not self._reported(tok):
                return eid
            nearest = nearest or eid
        if previous:
            return previous
        if nearest:
            return nearest
        eid = self.index.entity_at(head) or resolve_pronoun(head, self.index)
        return eid if fits(eid) else None

    @staticmethod
    def _reported(tok: Token) -> bool:
        """A word inside a reported clause ("Gomez said Ruiz had been devastated. She
        added …"): its subject is talked about, not the next speaker."""
        node = tok
        doc = tok.doc
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and not (node.i < node.head.i and any(
                    doc[k].text == ":" for k in range(node.right_edge.i + 1, node.head.i))):
                # Not a clause closed by a colon before the verb the parse hung it on: "His
                # deputy struck a softer note: he said …" tells of the deputy, not a report.
                return True
            node = node.head
        return False

    def _pronoun(self, head: Token) -> str | None:
        low = head.lower_
        if low in PRONOUNS:
            return self._person_pronoun(head)
        if low in _GROUP_PRONOUNS:
            eid = self.index.entity_at(head)
            if eid:
                return eid
            eid = self._previous_subject(head) if head.lower_ == "it" else None
            if eid:
                return eid  # "The army confirmed the attack … It said": not an older speaker
            if head.lower_ == "it" and self._after_unresolved_body(head):
                return None
            if head.lower_ == "they" and self._after_unresolved_people(head):
                return None
            prev = self.previous_speaker(head.i, _ORG_TYPES, window=80)
            if prev:
                return prev
            # "The ministry said it…": the organisation that is the subject of the sentence.
            sent = head.sent
            for tok in sent:
                if tok.i >= head.i:
                    break
                if tok.dep_ in ("nsubj", "nsubjpass"):
                    eid = self.index.entity_of_phrase(tok)
                    if eid and self._types.get(eid) in _ORG_TYPES:
                        return eid
        return None

    def _after_unresolved_body(self, head: Token) -> bool:
        """"Three soldiers were killed, the defence ministry said. Two more were wounded, it
        said.": "it" takes up the source just before, a body the article does not name,
        not an organisation that spoke earlier."""
        last = next(((i, eid) for i, eid in reversed(self._sources) if i < head.i), None)
        if last is None or last[1] is not None or head.i - last[0] > 80:
            return False
        source = self.doc[last[0]]
        return source.pos_ in ("NOUN", "PROPN") and source.tag_ in ("NN", "NNP") and source.ent_type_ != "PERSON" \
            and source.lemma_.lower() not in _PERSON_DESCRIPTIONS

    def _after_unresolved_people(self, head: Token) -> bool:
        """"…, two officials briefed on the talks said. They said Israel had rejected …":
        "they" takes up the unnamed people who spoke just before, not an organisation that
        spoke earlier."""
        last = next(((i, eid) for i, eid in reversed(self._sources) if i < head.i), None)
        if last is None or last[1] is not None or head.i - last[0] > 80:
            return False
        source = self.doc[last[0]]
        return source.tag_ == "NNS" and source.ent_type_ not in ("ORG", "GPE", "NORP")

    def _previous_subject(self, head: Token) -> str | None:
        """The organisation or state that is the subject of the sentence before, in the same
        paragraph, when ``head`` opens its own sentence's subject."""
        doc = self.doc
        sent = head.sent
        if sent.start == 0 or any("\n" in t.text or "\n" in t.whitespace_ for t in doc[sent.start - 1:head.i]):
            return None
        previous = doc[sent.start - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        eid = self.index.entity_of_phrase(subject) if subject is not None else None
        return eid if eid and self._types.get(eid) in _ORG_TYPES and subject.tag_ not in ("NNS", "NNPS") else None

    def _phrase_entity(self, head: Token, phrase: Span) -> str | None:
        index = self.index
        eid = index.entity_of_phrase(head)
        if eid and self._several_of_kind(head, eid):
            return None  # "the two governments said": several bodies, not the one of that kind
        if eid and index.entity_at(head) is None and self._types.get(eid) in ("GPE", "NORP") \
                and any(c.dep_ == "amod" and c.lower_ in ("retired", "former") for c in head.children):
            eid = None  # "a former U.S. official": see _not_the_source
        if eid and self._types.get(eid) == "GPE":
            # "Greenpeace Brazil said", "Amnesty International Kenya said": the country's branch
            # of the organisation named before it speaks, not the country.
            branch = next((index.entity_at(c) for c in head.children if c.dep_ == "compound" and c.i < head.i
                           and self._types.get(index.entity_at(c) or "") == "ORG"
                           and index.entity_at(c) != eid and not self._is_state_organ(index.entity_at(c))), None)
            if branch:
                return branch
        if eid:
            return eid
        # A person named anywhere in the phrase ("Kremlin spokesman Dmitry Peskov",
        # "a senior aide to Smith, Jane Roe"), else an organisation or state it belongs to
        # ("an official at the State Department", "Russian officials").
        # "His lawyer", "Karimi's husband": a person owning the head noun is someone else
        # than the one it names (an organisation or state owning it speaks: "Russia's
        # defence ministry"; a personal pronoun stands for a person).
        owners = {t for c in head.children if c.dep_ == "poss" for t in range(c.left_edge.i, c.right_edge.i + 1)} \
            if head.pos_ == "NOUN" else set()

        against = any(c.dep_ in ("amod", "compound") and c.lower_ in _AGAINST_THE_STATE for c in head.children)

        def owner(tok: Token, eid: str) -> bool:
            return tok.i in owners and (self._types.get(eid) == "PERSON" or tok.lower_ in ("his", "her") or against)

        # "the experts, including the rapporteur, Tom Andrews": members named are not the group.
        members = {t for c in head.children if c.dep_ == "prep" and c.lower_ == "including"
                   for t in range(c.left_edge.i, c.right_edge.i + 1)}
        if head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() in _PERSON_DESCRIPTIONS - _SPOKESPEOPLE:
            # "A former aide to ex-mayor Philippe Garnier", "a lawyer for the Smith family": the
            # one the aide or lawyer works for is someone else (a spokesman speaks for him).
            members |= {t for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "of")
                        for o in c.children if o.dep_ == "pobj" and self._types.get(self.index.entity_at(o) or "") == "PERSON"
                        for t in range(o.left_edge.i, o.i + 1)}
        people = [index.entity_at(t) for t in phrase if index.entity_at(t) and self._types.get(index.entity_at(t)) == "PERSON"
                  and not owner(t, index.entity_at(t)) and t.i not in members]
        if people:
            return people[0]
        titled = self._holder_of_title(head, phrase)
        if titled:
            return titled
        first = next((eid for tok in ([head] + list(phrase)) for eid in [index.entity_at(tok)]
                      if eid and not self._not_the_source(tok, head, eid) and not owner(tok, eid) and tok.i not in members
                      and not self._several_of_kind(tok, eid)), None)
        if first:
            return first
        return self._surname(head, phrase) or self._description(head, phrase)

    def _is_state_organ(self, eid: str) -> bool:
        ent = self.index.get(eid)
        return ent is None or ent.sector in STATE_SECTORS

    def _several_of_kind(self, tok: Token, eid: str) -> bool:
        """``tok`` is the plural of the noun that names the organisation ``eid`` ("the two
        governments", "officials in both governments" for "Vietnamese government"): several
        bodies of that kind, not the one."""
        ent = self.index.get(eid)
        return tok.tag_ == "NNS" and ent is not None and ent.type == "ORG" \
            and (ent.name.split() or [""])[-1].casefold() == tok.lemma_.casefold() != tok.lower_

    def _holder_of_title(self, head: Token, phrase: Span) -> str | None:
        """"Kenya's health minister on Monday defended …" opening a story that names her a
        paragraph later ("Health Minister Grace Wanjiru"): the one person of the article whose
        title holds the description's noun and modifiers, of the state that owns it."""
        if head.pos_ != "NOUN" or head.tag_ != "NN":
            return None
        states = set()
        words = {head.lower_}
        for child in head.children:
            if child.i > head.i:
                continue
            eid = self.index.entity_at(child) if child.dep_ in ("poss", "compound", "amod", "nmod") else None
            ent = self.index.get(eid) if eid else None
            if ent is not None and ent.type in ("GPE", "NORP") and ent.country:
                states.add(ent.country)
            elif child.dep_ in ("compound", "amod") and child.pos_ in ("NOUN", "ADJ", "PROPN"):
                words.add(child.lower_)
            elif child.dep_ in ("poss", "compound", "nmod"):
                return None  # "his minister", "the party's leader": someone else's
        if len(states) != 1:
            return None
        state = next(iter(states))
        return self._one_holder(words, state)

    def _one_holder(self, words: set[str], state: str | None) -> str | None:
        """The one person of the article whose title holds ``words``, of ``state`` (any state
        when None); failing that, the one such person whose title names no state ("Envoy
        Laura Mitchell" for "the United States' special envoy")."""
        def holders(fits) -> set[str]:
            return {ent.id for ent in self.index.entities if ent.type == "PERSON" and any(
                words - {"special", "senior", "top", "chief"} <= set(role.title.lower().split()) and fits(role.of)
                for role in ent.roles)}

        found = holders(lambda of: state is None or of == state)
        if not found and state is not None:
            found = holders(lambda of: of is None)
        return found.pop() if len(found) == 1 else None

    def _organisation_noun(self, head: Token) -> str | None:
        """"A commission spokeswoman", "a ministry official": a spokesperson or official
        whose noun names the kind of body an organisation of the article has as the last
        word of its name ("European Commission") speaks for it; the latest such one."""
        if head.lemma_.lower() not in _SPOKESPEOPLE:
            return None
        body = next((c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == head.i - 1 and c.is_lower), None)
        if body is None:
            return None
        word = body.lemma_.lower()
        named = self._recent(head.i, lambda ent, i: ent.type == "ORG" and ent.name.split()[-1].lower() == word
                             and not is_possessor(self.doc[i]), window=2000)
        # "Drugmaker Takeda said … A company spokeswoman said …": the last business named.
        return named or (self._last_business(head) if _business_noun(body) else None)

    def _last_business(self, head: Token) -> str | None:
        return self._recent(head.i, lambda ent, i: ent.type == "ORG" and (ent.sector == "BUS" or (
            ent.name.split()[-1].strip(".,").casefold() in _COMPANY_SUFFIXES) or self._called_a_company(i))
            and not is_possessor(self.doc[i]), window=GROUP_WINDOW)

    def _spokesperson_of_previous_subject(self, head: Token) -> str | None:
        """"The Home Office denied misleading the committee. A spokeswoman said …": a bare
        spokesperson speaks for the organisation the sentence before was about (its subject)."""
        if head.lemma_.lower() not in ("spokesman", "spokeswoman", "spokesperson") \
                or any(c.dep_ not in ("det", "punct") for c in head.children) \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        sent = head.sent
        if sent.start == 0:
            return None
        previous = self.doc[sent.start - 1].sent
        if head.i - sent.start > 3 or self._text.count("\n\n", previous.start_char, sent.start_char) > 1:
            return None
        subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        eid = self.index.entity_of_phrase(subject) or self.index.entity_at(subject)
        return eid if eid and self._types.get(eid) == "ORG" else None

    def _not_the_source(self, tok: Token, head: Token, eid: str) -> bool:
        """Entities a description names without being the speaker: the backer of "the
        Iran-backed group", the town of "a hospital official in Mitrovica" (a state or its
        capital would speak: "officials in Moscow"), the nationality of private people
        ("Thousands of Polish farmers": farmers are no part of the state)."""
        doc = self.doc
        if tok.dep_ in ("amod", "compound") and tok.head.pos_ in ("NOUN", "PROPN") and _is_civilian(tok.head):
            return True
        if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in _BACKING_WORDS:
            return True
        if tok.i + 1 < len(doc) and "-" in doc[tok.i].text and doc[tok.i].text.rsplit("-", 1)[1].lower() in _BACKING_WORDS:
            return True
        if tok.head.i == head.i and tok.dep_ in ("amod", "compound") and self._types.get(eid) in ("GPE", "NORP") \
                and head.lemma_.lower() == "counterpart" and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                                                 for c in head.children):
            # "The Norwegian Fishermen's Association welcomed it. Its Icelandic counterpart …":
            # a body's counterpart is a body of that country, not its state.
            return True
        if tok.head.i == head.i and tok.dep_ in ("amod", "compound") and self._types.get(eid) in ("GPE", "NORP") \
                and any(c.dep_ == "amod" and c.lower_ in ("retired", "former") for c in head.children):
            # "A retired British general said": no longer in its service, he does not speak
            # for the state.
            return True
        if tok.head.i == head.i and tok.dep_ in ("amod", "compound") and self._types.get(eid) == "NORP" \
                and _region_adjective(tok.text):
            # "A European official", "an Asian envoy": a continent's or region's adjective
            # names where the speaker is from, no body that speaks.
            return True
        if tok.dep_ == "poss" and tok.head.i != head.i and tok.head.pos_ == "NOUN" and tok.head.head.dep_ == "prep" \
                and tok.head.head.head.i == head.i and self._types.get(eid) == "GPE" and not _state_organ(tok.head) \
                and self.index.entity_at(tok.head) is None:
            # "The head of Greece's football federation": the head of a body the state owns
            # in name only, not one of its organs, does not speak for the state.
            return True
        root = tok
        while root.head.i != root.i and root.head.i != head.i and root.dep_ in ("compound", "pobj", "prep", "conj", "amod"):
            if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "from") and root.head.head.i == head.i:
                # "Diplomats in Brussels", "analysts in London": where they are, not whose; a
                # state's capital speaks only for the state's own organs ("officials in Moscow").
                return self._types.get(eid) == "GPE" and not (self._is_state(eid) and _state_organ(head))
            root = root.head
        return False

    def _is_state(self, eid: str) -> bool:
        from newsgraph.nlp.geo import gazetteer

        ent = next((e for e in self.index.entities if e.id == eid), None)
        g = gazetteer()
        return ent is not None and ent.country is not None and (ent.name == g.name_of(ent.country) or bool(g.capital(ent.name)))

    def _surname(self, head: Token, phrase: Span) -> str | None:
        """A bare surname the entity recogniser did not tag ("Lunde said", a headline's
        "VANCE: …"): the one person of that surname in the article, the latest mentioned
        before it when several share it."""
        # The tagger may read a surname as a plural noun ("Alves, who has denied wrongdoing,
        # said"); a capitalised noun counts when a person of the article bears it.
        if head.pos_ not in ("PROPN", "NOUN") or len(phrase) > 2 or not head.text[:1].isupper() or not head.text[1:].islower() \
                and head.pos_ == "NOUN":
            return None
        word = head.text.casefold()

        def named(ent, i=None) -> bool:
            parts = ent.name.split()
            return ent.type == "PERSON" and len(parts) > 1 and parts[-1].casefold() == word

        latest = self._recent(head.i, named, window=len(self.doc))
        if latest:
            return latest
        people = [e.id for e in self.index.entities if named(e)]
        return people[0] if len(people) == 1 else None

    def _called_a_company(self, i: int) -> bool:
        """"Italian carmaker Volterra said …", "Volterra, the carmaker, …": the mention at token
        ``i`` is named with a noun of business."""
        tok = self.doc[i]
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.ent_iob_ == "I":
            tok = tok.head
        return any(c.dep_ in ("compound", "appos", "amod", "nmod") and _business_noun(c)
                   for c in tok.children) or (tok.head.dep_ == "appos" and _business_noun(tok.head)) \
            or (tok.dep_ == "appos" and _business_noun(tok.head)) \
            or any(c.dep_ == "amod" and c.lower_ in ("listed", "traded", "quoted")  # "the London-listed group X"
                   for c in (tok.head if tok.dep_ == "appos" else tok).children)

    def _description(self, head: Token, phrase: Span) -> str | None:
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        organisation = self._organisation_noun(head) or self._spokesperson_of_previous_subject(head)
        if organisation:
            return organisation
        principal = self._principal(head) or self._issuer(head)
        if principal:
            return principal
        det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
        if det is not None and det.dep_ == "poss" and det.tag_ == "NNS" and self.index.entity_at(det) is None:
            # "the farmers' union": a plural owner the article does not name is not "the
            # European Union" ("the country's foreign ministry" refers back, and resolves).
            return None
        if det is None or (det.dep_ == "det" and det.lower_ not in _DEFINITE) or det.lower_ in _INDEFINITE:
            return None
        if head.lower_ in ARMED_MEMBER_NOUNS and det.lower_ == "the":
            # "The rebels withdrew …, their spokesman said": the last armed group named
            return self._recent(head.i, lambda ent, i: ent.type == "ORG" and is_armed_group(ent.name, ent.sector)
                                and not is_possessor(self.doc[i]), window=ARMED_WINDOW)
        if head.tag_ in ("NNS", "NNPS"):
            return None
        word = head.lemma_.lower()
        exclude = None
        if det.dep_ == "poss" and det.lower_ in PRONOUNS:
            # "his envoy": someone else than the person "his" stands for.
            exclude = self.index.entity_at(det) or resolve_pronoun(det, self.index)
        if det.dep_ == "det":
            # "A senior U.S. official … said. 'Nobody is talking about an invasion,' the
            # official said": the description picks up the source it repeats.
            same = [eid for i, lemma, eid in self._described if lemma == word and 0 < head.i - i <= 300
                    and self._fits_kinds(head, eid)]
            if same:
                return same[-1]
        if word in GROUP_NOUNS and det.lower_ == "the":
            # "The Iran-backed group said": the last organisation named that is no organ of a
            # state; "the rights group", "the rebel group": one whose name or kind fits the noun
            # before "group" (not a parliament named before).
            kinds = [c.lower_ for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]

            def fits(ent) -> bool:
                name = ent.name.casefold().split()
                return all(k in name or k.rstrip("s") in name or k in _ARMED_KINDS and is_armed_group(ent.name, ent.sector)
                           for k in kinds)

            group = self._recent(head.i, lambda ent, i: ent.type == "ORG" and ent.sector not in STATE_SECTORS
                                 and not is_possessor(self.doc[i]) and fits(ent), window=GROUP_WINDOW)
            if group:
                return group
        if _business_noun(head) and det.lower_ == "the":
            # "MMG Ltd said … The company estimates …": the last business named.
            company = self._last_business(head)
            if company:
                return company
        if word in ("agency", "body") and det.lower_ == "the" and not any(c.dep_ in ("compound", "amod") for c in head.children):
            # "The World Health Organization warned … The agency said …": the last public
            # body named (an international body, or one whose name ends in a word of the
            # kind: "Agency", "Authority", …), not a news agency or a government.
            agency = self._recent(head.i, lambda ent, i: ent.type == "ORG" and ent.sector != "MED" and (
                ent.sector == "IGO" or ent.name.split()[-1].casefold() in _PUBLIC_BODY_WORDS)
                and not is_possessor(self.doc[i]), window=GROUP_WINDOW)
            if agency:
                return agency
        titled = self._recent(head.i, lambda ent, i: ent.type == "PERSON" and ent.id != exclude
                              and any(word in r.title.lower().split() for r in ent.roles), window=2000)
        if titled:
            return titled
        if self._named_otherwise(head, word):
            return None
        named = self._recent(head.i, lambda ent, i: ent.type in _ORG_TYPES and ent.id != exclude
                             and word in ent.name.lower().split() and self._fits_kinds(head, ent.id), window=2000)
        return named

    def _named_otherwise(self, head: Token, word: str) -> bool:
        """"the Unia union said", and "The union is demanding …" after it: a body the text
        names by a proper name the entities do not hold ("Unia") is not the organisation whose
        name merely has the noun ("European Union")."""
        def unknown_name(tok: Token) -> bool:
            return any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper()
                       and c.i < tok.i and self.index.entity_at(c) is None for c in tok.children)
        if unknown_name(head):
            return True
        return any(t.lemma_.lower() == word and t.pos_ == "NOUN" and unknown_name(t)
                   for t in self.doc[max(0, head.i - 300):head.i])

    def _principal(self, head: Token) -> str | None:
        """"'We are close,' his spokesman said", "…, her office said", "Its spokeswoman
        said": an unnamed spokesperson or office speaks for the one the possessive stands for
        (unlike "his lawyer", "his envoy": someone else, who speaks for himself)."""
        if head.lemma_.lower() not in _SPEAKING_FOR or any(c.dep_ in ("compound", "amod", "appos") for c in head.children):
            return None
        det = next((c for c in head.children if c.dep_ == "poss"), None)
        if det is None or det.lower_ not in ("his", "her", "its"):
            return None
        if det.lower_ == "its":
            eid = self._pronoun(det) or self._previous_subject(det)
        else:
            # The person the possessive stands for in its sentence ("Aydin, for his part,
            # stressed …, his office said"), not the last one quoted.
            eid = self.index.entity_at(det) or resolve_pronoun(det, self.index)
        return eid if eid and (self._types.get(eid) == "PERSON") == (det.lower_ != "its") else None

    def _issuer(self, head: Token) -> str | None:
        """"X said in a statement that … The statement added …", "X issued a statement …
        According to the statement, …": the statement speaks for the one who made it, the
        resolved subject of the latest verb it was the medium or object of."""
        word = head.lemma_.lower()
        if word not in word_set("speech_channels.txt") or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ in ("compound", "amod", "poss", "prep") for c in head.children):
            return None
        for tok in reversed(self.doc[max(0, head.i - 300):head.i]):
            if tok.lemma_.lower() != word:
                continue
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else tok.head if tok.dep_ == "dobj" else None
            if verb is None or verb.pos_ != "VERB":
                return None
            subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            said = next((eid for i, eid in reversed(self._sources) if i in subjects), None)
            return said or next((eid for i in subjects for eid in [self.index.entity_of_phrase(self.doc[i])] if eid), None)
        return None

    def _fits_kinds(self, head: Token, eid: str) -> bool:
        """"the defence ministry", "the interior ministry" are not the "Foreign Ministry" named
        before: the words that tell the kind of the description's body (a noun, or the
        adjective right before it) are in the organisation's name too."""
        ent = self.index.get(eid)
        if ent is None or ent.type == "PERSON":
            return True
        kinds = [c.lower_ for c in head.children if c.is_lower and (
            c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "amod" and c.i == head.i - 1)]
        return all(_kind_in_name(k, ent.name) for k in kinds)


@lru_cache(maxsize=1)
def _described_offices() -> dict[str, tuple[str, ...]]:
    """title_descriptions.tsv in its order: the noun → the offices it can stand for."""
    return {row[0].casefold(): tuple(t.lstrip("=").casefold() for t in row[1].split("|"))
            for row in table("title_descriptions.tsv") if len(row) > 1}


_ASKING_PARTICIPLES = {"ask", "question", "press", "quiz", "query", "challenge"}


def _asker_of(source: Token, pronoun: Token) -> bool:
    """The source is the agent of a question put, in the pronoun's own sentence, to the
    pronoun's clause ("Asked by a journalist whether …, she said", "Pressed by reporters,
    he replied"): the pronoun is the one asked."""
    if source.sent.start != pronoun.sent.start or source.dep_ != "pobj" or source.head.lower_ != "by":
        return False
    participle = source.head.head
    return participle.lemma_.lower() in _ASKING_PARTICIPLES and participle.tag_ == "VBN" \
        and participle.head.i == pronoun.head.i


def _asked_pronoun(source: Token, want: str) -> bool:
    """"A reporter asked him about the kidnapping. '…,' he replied": the unnamed source asked
    someone the pronoun of the gender wanted stands for; the next he/she is that one."""
    verb = source.head
    if source.dep_ != "nsubj" or verb.lemma_.lower() not in _ASKING_PARTICIPLES:
        return False
    return any(c.dep_ in ("dobj", "dative") and c.lower_ == ("her" if want == "F" else "him") for c in verb.children)


def _region_adjective(word: str) -> bool:
    """Whether ``word`` is the adjective of a continent or world region ("European",
    "Asian", "Western", "Balkan"), from the gazetteer's list of regions."""
    from newsgraph.nlp.geo import _NOT_TOWNS

    from newsgraph.nlp.geo import gazetteer

    if gazetteer().demonym(word):
        return False  # "American": a country's own
    w = word.lower()
    for region in _NOT_TOWNS:
        stem = region.lower().removeprefix("the ").rstrip("s")
        if len(stem) >= 4 and " " not in stem and w != stem and w.startswith(stem) and len(w) - len(stem) <= 3:
            return True
    return False
