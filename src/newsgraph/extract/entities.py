"""Entities: one per real-world referent in the article.

spaCy's NER gives mention spans; this module repairs its frequent news errors (a headline
verb glued to a name, a surname tagged ORG, the "State" of "Secretary of State", a single
common word taken for a person), maps states and the words that stand for them (names,
abbreviations, adjectives, capitals and seats of government) to one country entity per ISO
3166 code, names parts of a state with a sector ("Russian forces" → RUS MIL), merges the name
variants of a person ("U.S. President Donald Trump", "Trump", "Mr. Trump") and reads titles
and roles from pre-modifiers, appositions and possessives. Pronouns and descriptions ("the
envoy") are resolved by :mod:`newsgraph.extract.coref`, which this module runs before it
numbers the entities, so that the index handed to the other extractors is complete.

The result is an :class:`EntityIndex`: the entities, plus a token → entity map that the
attribution and event extractors use to name who spoke and who acted.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract import coref
from newsgraph.extract.context import Parsed
from newsgraph.extract.entity_index import ENTITY_LABELS, PRONOUNS, EntityBuilder, EntityIndex
from newsgraph.extract.entity_spans import (
    bracketed_acronym, candidate_spans, company_short_name, document_facts, drop_misread_spans, gazetteer_spans,
    names_a_thing, relabel, repair_span, storm_name,
    split_hyphenated_countries, LEGAL_FORM_PREFIXES,
)
from newsgraph.extract.people import FIRM_DESCRIPTIONS, add_people, complete_possessed_roles, complete_unowned_roles, fill_countries, read_roles
from newsgraph.extract.states import (
    add_possessed_state_parts, add_state_or_org, add_unnamed_state_parts, clean_name, dateline_state, country_of_tokens, home_state, story_state,
    dateline_country,
    own_bodies_of_states, state_mentions, states_named,
)
from newsgraph.extract.titles import ARM_MODIFIERS, STATE_MODIFIERS, match_title
from newsgraph.nlp.geo import gazetteer, normalise
from newsgraph.nlp.places import find_region
from newsgraph.nlp.lexicon import word_set
from newsgraph.nlp.names import first_name_gender

__all__ = [
    "ENTITY_LABELS", "PRONOUNS", "EntityBuilder", "EntityIndex", "extract_entities", "match_title",
    "repair_span", "split_hyphenated_countries", "country_of_tokens",
]


def _federation_countries(index: EntityIndex) -> None:
    """"Athletics Kenya", "Cricket Australia": a sport's national federation is its state's."""
    from newsgraph.extract.entity_spans import SPORTS

    g = gazetteer()
    for ent in index.entities:
        words = ent.name.split()
        if ent.type == "ORG" and ent.country is None and len(words) >= 2 and words[0].casefold() in SPORTS:
            ent.country = g.country(" ".join(words[1:])) or None


def extract_entities(parsed: Parsed) -> EntityIndex:
    """Entities with mentions, countries, sectors and roles, pronouns and descriptions
    resolved (see :mod:`newsgraph.extract.coref`)."""
    index = EntityIndex(parsed)
    facts = document_facts(parsed)
    spans = drop_misread_spans(relabel(candidate_spans(facts), facts), facts)
    covered = {i for s in spans for i in range(s.start, s.end)}
    spans = spans + gazetteer_spans(parsed.doc, covered)
    covered = {i for s in spans for i in range(s.start, s.end)}
    spans = spans + _organisation_named_again(parsed.doc, spans, covered, facts)
    covered = {i for s in spans for i in range(s.start, s.end)}
    spans = spans + _names_after_titles(parsed.doc, covered, facts)
    covered = {i for s in spans for i in range(s.start, s.end)}
    spans = sorted(spans + _names_after_given_names(parsed.doc, covered, facts), key=lambda s: s.start)
    # States and organisations first, so that titles can see whom they belong to.
    named = states_named(parsed.doc, spans)
    home = dateline_state(parsed.doc, spans)
    acronyms: dict[str, EntityBuilder] = {}
    for span in spans:
        if span.label_ not in _PEOPLE_AND_THINGS:
            if all(index.builder_at(i) is not None for i in range(span.start, span.end)):
                continue  # "Foreign Ministry" inside "Chinese Foreign Ministry", already a part of China
            add_state_or_org(index, span, named, home)
            _alias_acronym(index, span, acronyms)
            _alias_short_name(index, span, facts)
    _add_acronym_mentions(index, acronyms)
    _merge_initialisms(index)
    add_unnamed_state_parts(index)
    add_possessed_state_parts(index)
    add_people(index, spans, facts)
    _add_things(index, spans)
    own_bodies_of_states(index)
    _central_bank_by_name(index)
    _last_word_of_a_body(index)
    _federation_countries(index)
    read_roles(index, facts)
    coref.resolve_pronouns(parsed, index)
    _offices_answering_a_state(index, same_sentence=True)
    if home_state(index) != dateline_country(index):
        # A story from a seat of international bodies is at home in the state it is about,
        # a weaker guess than a dateline: right after another state's sentence an office is
        # that state's ("VIENNA — … The Pentagon said … Defense Secretary X said" is not Iran's).
        _offices_answering_a_state(index, same_sentence=False)
    _home_offices(index)
    _offices_answering_a_state(index, same_sentence=False)
    _opposition_of_the_government_named(index)
    _companies_described(index)
    fill_countries(index)
    complete_possessed_roles(index)  # "his envoy", "his counterpart": needs the pronouns
    fill_countries(index)
    described = coref.resolve_descriptions(parsed, index)
    # Pronouns that found no one in their window may find a description resolved just now
    # ("The Finnish minister will travel …, her spokesman said"; "He added" after "the
    # minister said"): a second pass over the pronouns still unresolved.
    if described:
        coref.resolve_pronouns(parsed, index, only=described)
    complete_unowned_roles(index)
    fill_countries(index)
    _add_organisation_descriptions(index)
    index.finalise()
    return index


_THINGS = ("EVENT", "PRODUCT", "WORK_OF_ART", "LAW")
_PEOPLE_AND_THINGS = ("PERSON",) + _THINGS


def _add_things(index: EntityIndex, spans) -> None:
    """Events, products, works and laws: one entity per name; a storm's bare name ("Idris")
    is a mention of the storm ("Storm Idris")."""
    storms = {normalise(storm_name(s)): s for s in spans if s.label_ == "EVENT" and storm_name(s)}
    for span in spans:
        if span.label_ in _THINGS and not any(index.builder_at(i) for i in range(span.start, span.end)):
            named = storms.get(normalise(span.text)) if span.label_ == "EVENT" else None
            text = named.text if named is not None else span.text
            ent = index.get_or_create((span.label_, normalise(text)), clean_name(text), span.label_)
            index.add_mention(ent, span.start, span.end)


def _alias_acronym(index: EntityIndex, span, acronyms: dict[str, EntityBuilder]) -> None:
    """"the Rapid Support Forces (RSF)": the bracketed acronym names the same organisation,
    there and wherever the article uses it again (collected in ``acronyms``)."""
    ent = index.builder_at(span.end - 1)
    acronym = bracketed_acronym(span)
    if ent is None or ent.type not in ("ORG", "NORP", "FAC") or acronym is None:
        return
    for label in ("ORG", "NORP", "FAC"):
        index.alias((label, normalise(acronym.text)), ent)
    acronyms.setdefault(acronym.text, ent)


_NAME_FUNCTION_WORDS = {"of", "and", "for", "the", "on", "de", "des", "du", "la", "le", "del", "y", "&"}


def _initials(name: str) -> str | None:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in _NAME_FUNCTION_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


def _merge_initialisms(index: EntityIndex) -> None:
    """"The Rapid Support Forces … an RSF adviser", "the World Health Organization … the WHO":
    an upper-case name that spells the initials of an organisation the article names in full
    is that organisation, wherever either comes first."""
    full: dict[str, EntityBuilder] = {}
    for ent in index.entities:
        if ent.type in ("ORG", "NORP", "FAC") and ent.mentions:
            initials = _initials(ent.name)
            if initials and len(initials) >= 3:
                full.setdefault(initials, ent)
    if not full:
        return
    for ent in list(index.entities):
        short = ent.name.replace(".", "")
        target = full.get(short) if ent.type == "ORG" and short.isupper() and short.isalpha() else None
        if target is not None and target is not ent and ent.mentions:
            index.merge(ent, target)
    for tok in index.doc:  # "an SLF commander", which NER did not tag
        target = full.get(tok.text) if tok.text.isupper() else None
        if target is not None and index.builder_at(tok) is None:
            index.add_mention(target, tok.i, tok.i + 1)


def _alias_short_name(index: EntityIndex, span, facts) -> None:
    """"Hanseong Semiconductor" is "Hanseong" in the rest of the article."""
    short = company_short_name(span)
    ent = index.builder_at(span.end - 1)
    if short is not None and ent is not None and ent.type == "ORG":
        earlier = index.find(("ORG", normalise(short.text)))
        if earlier is not None and earlier is not ent and earlier.type == "ORG" and not earlier.country:
            index.merge(earlier, ent)  # the headline's "Siemens" before the body's "Siemens AG"
        index.alias(("ORG", normalise(short.text)), ent)
    elif span.label_ == "ORG" and ent is not None and ent.type == "ORG" and 2 <= len(span) <= 3 \
            and _first_word_names_it(span, facts):
        index.alias(("ORG", normalise(span[0].text)), ent)  # "Tenaga" after "Tenaga Nasional"
    elif span.label_ == "ORG" and ent is not None and ent.type == "ORG" and 3 <= len(span) <= 4 \
            and span[0].text in LEGAL_FORM_PREFIXES and _first_word_names_it(span[1:], facts):
        index.alias(("ORG", normalise(span[1].text)), ent)  # "Harita" after "PT Harita Nickel"


# Last words of organisation names that, as common nouns, mean something else: "the state"
# is no "Islamic State", "the house" no "White House".
_NOT_ORGANISATION_KINDS = {"state", "house", "street", "square", "post", "times", "world", "nation"}


_DESCRIBED_FIRM_WINDOW = 300  # tokens


def _companies_described(index: EntityIndex) -> None:
    """"Toyota Motor announced … The Japanese carmaker said": a definite description of a
    company by its nationality ("the Japanese carmaker", "the South Korean chipmaker") stands for
    the company named last before it, which is of that state."""
    g = gazetteer()
    for tok in index.doc:
        if tok.lemma_.lower() not in FIRM_DESCRIPTIONS | {"maker", "operator", "producer", "manufacturer"} \
                or tok.tag_ != "NN" or index.builder_at(tok) is not None:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        states = set()
        for c in tok.lefts:
            if c.dep_ in ("amod", "compound", "nmod") and c.is_title:
                b = index.builder_at(c)  # "South Korean": a state's adjective of several words
                states.add(b.country if b is not None and b.type == "GPE" else g.demonym(c.text))
        states.discard(None)
        if len(states) != 1:
            continue
        # Only when one company is named in the paragraphs before: "Nordhavn agreed to buy Puerto
        # Austral … The Danish company said" could be either.
        firms = [e for e in index.entities if e.type == "ORG" and e.key and e.key[0] == "ORG" and e.sector in (None, "BUS")
                 and any(tok.i - _DESCRIBED_FIRM_WINDOW < i < tok.i for i in e.mention_tokens)]
        if len(firms) == 1 and firms[0].country is None:
            firms[0].country = states.pop()


# "Bank of X" is a central bank's name except for these commercial banks.
_COMMERCIAL_BANKS_OF = {"america", "china", "ireland", "cyprus", "scotland", "new zealand", "montreal", "nova scotia",
                        "baroda", "india", "communications", "valletta", "georgia", "kigali", "africa"}
_CENTRAL_BANK_NAME = re.compile(r"^(?:the )?(?:(?:central|reserve) bank of (?:the )?(?P<of>.+)|(?P<before>.+?) "
                                r"(?:central|reserve) bank|bank of (?P<bank_of>.+))$", re.I)


def _last_word_of_a_body(index: EntityIndex) -> None:
    """"Iran's Revolutionary Guards seized a tanker … The Guards said": a one-word
    organisation that is the last word of one body named before it (as the text wrote it) is
    that body."""
    for short in [e for e in index.entities if e.key[:1] == ("ORG",) and e.type == "ORG" and e.mentions
                  and len(e.name.split()) == 1 and e.name[:1].isupper()]:
        word = short.name
        if word.casefold() in _NOT_ORGANISATION_KINDS:
            continue
        first = min(s for s, _ in short.mentions)
        bodies = {id(e): e for e in index.entities if e is not short and e.type == "ORG" and e.mentions
                  and any(s < first and len(t.split()) > 1 and t.split()[-1] == word for (s, _), t in e.mentions.items())}
        if len(bodies) == 1:
            index.merge(short, next(iter(bodies.values())))


def _central_bank_by_name(index: EntityIndex) -> None:
    """"Ghana's central bank held rates … The Bank of Ghana said": a state's central bank told
    as a description and by its name is one body (the name keeps its mentions)."""
    g = gazetteer()
    for part in [e for e in index.entities if e.key[:1] == ("PART",) and e.mentions
                 and e.name.casefold().endswith("central bank") and e.country]:
        named = []
        for org in index.entities:
            m = _CENTRAL_BANK_NAME.match(org.name) if org.key[:1] == ("ORG",) and org.mentions else None
            if m is None:
                continue
            where = (m.group("of") or m.group("before") or m.group("bank_of") or "").strip()
            if m.group("bank_of") and where.casefold() in _COMMERCIAL_BANKS_OF:
                continue
            if g.state(where) == part.country:
                named.append(org)
        if len(named) == 1:
            index.merge(part, named[0])


def _add_organisation_descriptions(index: EntityIndex) -> None:
    """"Chile's central bank raised rates … The bank said": a definite singular noun that is
    the last word of an organisation named before it (its other words, if any, from the name
    too) is that organisation. The nearest such organisation wins."""
    doc = index.doc
    latest: dict[str, tuple[int, EntityBuilder]] = {}
    # (A description told before the name, "The electoral commission said … The Independent
    # Electoral and Boundaries Commission chairman …", needs a modifier from the name and one
    # organisation only that it fits.)
    organisations = [e for e in index.entities if e.type == "ORG" and e.key[:1] == ("ORG",) and e.name]
    for tok in doc:
        ent = index.builder_at(tok)
        if ent is not None:
            if ent.type == "ORG" and tok.i + 1 < len(doc) and index.builder_at(tok.i + 1) is not ent:
                latest[ent.name.split()[-1].casefold()] = (tok.i, ent)
            continue
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ in ("compound", "amod"):
            continue
        if any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.text[:1].isupper() and c.i < tok.i
               and index.builder_at(c) is None for c in tok.children):
            # "the Unia union said … The union is demanding": a body of a name NER missed is
            # the one "the union" takes up next, not the European Union named before it.
            latest.pop(tok.lower_, None)
            continue
        hit = None if tok.lower_ in _NOT_ORGANISATION_KINDS else latest.get(tok.lower_)
        det = [c for c in tok.children if c.dep_ == "det"]
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
        if hit is None and mods and tok.lower_ not in _NOT_ORGANISATION_KINDS:
            later = [e for e in organisations if e.name.split()[-1].casefold() == tok.lower_
                     and all(c.lower_ in {w.casefold() for w in e.name.split()} for c in mods)]
            hit = (None, later[0]) if len(later) == 1 else None
        if hit is None or len(det) != 1 or det[0].lower_ != "the":
            continue
        words = {w.casefold() for w in hit[1].name.split()}
        if any(c.lower_ not in words for c in mods):
            continue  # "the commercial bank" is not "the Central Bank"
        start = min([det[0].i] + [c.i for c in mods])
        index.add_mention(hit[1], start, tok.i + 1, head=tok.i)


def _add_acronym_mentions(index: EntityIndex, acronyms: dict[str, EntityBuilder]) -> None:
    """Uses of a bracketed acronym NER did not tag ("accused the EDF of looting")."""
    if not acronyms:
        return
    for tok in index.doc:
        ent = acronyms.get(tok.text)
        if ent is not None and index.builder_at(tok) is None:
            index.add_mention(ent, tok.i, tok.i + 1)


def _names_after_titles(doc, covered: set[int], facts) -> list[Span]:
    """"Lagos State Governor Babajide Sanwo-Olu welcomed …": a capitalised title, then two or
    three capitalised words NER left untagged, the last of them heading the phrase (and not
    on a headline line), is a person's name."""
    out = []
    for match in facts.titles:
        k = match.end
        if k >= len(doc) or k in covered or match.start in facts.headline_tokens \
                or not doc[match.end - 1].text[:1].isupper():
            continue
        end = k
        words = 0
        while end < len(doc) and end not in covered and words < 4:
            tok = doc[end]
            if tok.text in ("-", "‐") and not tok.whitespace_ and end > k and not doc[end - 1].whitespace_:
                end += 1
                continue
            if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") or tok.lower_ in facts.lower_words \
                    or end in facts.title_tokens or tok.ent_type_ not in ("", "PERSON", "ORG", "GPE", "NORP") \
                    or names_a_thing(tok):
                break
            words += 1
            end += 1
        if not 2 <= words <= 3 or doc[end - 1].text in ("-", "‐"):
            continue
        root = doc[end - 1]
        if root.dep_ in ("compound", "amod") or any(t.head.i >= end or t.head.i < k for t in doc[k:end - 1]):
            continue  # the words modify something else: "Foreign Minister Office"
        out.append(Span(doc, k, end, label="PERSON"))
    return out


def _names_after_given_names(doc, covered: set[int], facts) -> list[Span]:
    """"Ndiaye replaced Ousmane Sy as foreign minister": a given name the lexicon knows and one
    or two capitalised words after it, all untagged by NER, never written in lower case in the
    text and heading their phrase (not on a headline line), are a person's name."""
    out = []
    k = 0
    while k < len(doc) - 1:
        tok = doc[k]
        if k in covered or k in facts.headline_tokens or not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") \
                or tok.lower_ in facts.lower_words or first_name_gender(tok.text) is None \
                or k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha and not doc[k - 1].is_sent_start:
            k += 1
            continue
        end = k + 1
        while end < len(doc) and end - k < 3 and end not in covered and doc[end].is_title and doc[end].is_alpha \
                and doc[end].pos_ == "PROPN" and doc[end].lower_ not in facts.lower_words and not names_a_thing(doc[end]):
            end += 1
        root = doc[end - 1]
        if end - k >= 2 and not (end < len(doc) and doc[end].is_title and doc[end].is_alpha) and root.tag_ != "NNPS" \
                and root.dep_ not in ("compound", "amod") and all(t.head.i == root.i for t in doc[k:end - 1]):
            out.append(Span(doc, k, end, label="PERSON"))
        k = end
    return out


def _organisation_named_again(doc, spans: list[Span], covered: set[int], facts) -> list[Span]:
    """"Uniper chief executive Michael Lewis" after "German utility Uniper": a one-word
    organisation name NER tagged once is the organisation where NER missed it."""
    names = {s.text for s in spans if s.label_ == "ORG" and len(s) == 1 and len(s.text) >= 3 and s.text[:1].isupper()
             and s.text.casefold() not in facts.lower_words}
    # "Tenaga chief executive X" after "Malaysia's Tenaga Nasional": the first word of a
    # company's name before a company's title.
    firsts = {s[0].text: s.start for s in spans if s.label_ == "ORG" and _first_word_names_it(s, facts)}
    out = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc
           if t.i not in covered and t.pos_ in ("PROPN", "NOUN") and (
               t.text in names or t.text in firsts and firsts[t.text] < t.i and t.i + 1 < len(doc)
               and doc[t.i + 1].lower_ in _COMPANY_TITLE_WORDS)]
    # "Premier League chief executive X" after "the fourth Premier League manager": a name of
    # two or three capitalised words NER tagged once, before a company's title where it missed it.
    longer = {tuple(t.text for t in s) for s in spans if s.label_ == "ORG" and 2 <= len(s) <= 3
              and all(t.is_title and t.is_alpha for t in s)}
    for words in longer:
        n = len(words)
        for k in range(len(doc) - n):
            if doc[k + n].lower_ in _COMPANY_TITLE_WORDS and tuple(t.text for t in doc[k:k + n]) == words \
                    and not any(i in covered for i in range(k, k + n)):
                out.append(Span(doc, k, k + n, label="ORG"))
    return out


# Words opening a company's title ("chief executive", "chairman", "spokesman").
_COMPANY_TITLE_WORDS = {"chief", "chairman", "chairwoman", "ceo", "president", "spokesman", "spokeswoman",
                        "executive", "managing"}


def _first_word_names_it(span: Span, facts) -> bool:
    """Whether the first word of a two- or three-word organisation's name can stand for it:
    a name of its own, no state, people or common word ("Tenaga Nasional", not "Democratic
    National Committee" or "Gulf Energy")."""
    first = span[0]
    g = gazetteer()
    return 2 <= len(span) <= 3 and first.is_title and first.is_alpha and len(first) >= 4 \
        and first.lower_ not in facts.lower_words and first.ent_type_ != "NORP" \
        and not (g.state(first.text) or g.demonym(first.text) or g.organisation(first.text)) \
        and gazetteer().city(first.text) is None and find_region(first.text) is None \
        and not any(t.lower_ in _NOT_ORGANISATION_KINDS for t in span)


def _home_offices(index: EntityIndex) -> None:
    """"LISBON, Portugal (Wire) — … handing Prime Minister Rui Carvalho his second defeat":
    a wire story filed from a country and mostly about it names that country's offices
    without the country. An office (a capitalised title) no state or organisation claims
    is then the dateline's. Without a dateline, or when another state is named a third more
    often, the office stays without a country."""
    home = home_state(index)
    counts = state_mentions(index)
    if home is None:
        # No dateline: the state the story plainly is about (see story_state), which dominates.
        home = story_state(index)
        if home is None:
            _bodies_answering_a_state(index)
            return
        dominant = True
    else:
        # The dateline counts as a mention; another state named a little more often ("TALLINN —
        # Estonia accused Russia's GRU …") does not make the story foreign, a third more does.
        if counts.get(home, 0) + 1 < 0.75 * max(counts.values(), default=0):
            return
        # Lower-case offices ("opposition leader", "government spokesman") are the home state's
        # only when it dominates the story: in a visit abroad they are as likely the visitor's.
        rivals = [n for iso, n in counts.items() if iso != home]
        dominant = counts.get(home, 0) >= 2 * max(rivals, default=0)
    g = gazetteer()
    org_countries = {e.name: e.country for e in index.entities if e.type != "PERSON" and e.country}
    for person in index.people():
        # "Sudan's Sovereign Council chairman, General X" in a story filed from Doha: a person
        # holding another state's office (or an office of another state's body) holds his
        # other offices there too, not in the dateline's state.
        elsewhere = {r.of if r.of in g.country_names else org_countries.get(r.of or "") for r in person.roles
                     if r.of} - {None}
        owner = next(iter(elsewhere)) if len(elsewhere) == 1 and home not in elsewhere else home
        for role in person.roles:
            # "former President", "outgoing President": the office is the capitalised part.
            title = re.sub(r"^(?:(?:former|outgoing|acting|interim|late|vice|Vice)\s+)+", "", role.title)
            words = title.split()
            lower_office = title.casefold() in _DOMESTIC_LOWER_TITLES \
                or words[0] in STATE_MODIFIERS | ARM_MODIFIERS \
                or len(words) > 2 and _regional_office(title) and words[1] in STATE_MODIFIERS | ARM_MODIFIERS
            # ("district police chief X": the force's local head, of the story's state)
            if role.of is None and (title[:1].isupper() or lower_office and dominant) \
                    and not {title, title.split()[0]} & _NOT_STATE_OFFICES:
                if not _regional_office(title):
                    role.of = owner
                elif person.country is None and owner == home:
                    person.country = owner  # a region's office of the story's state: its holder is of that state
    generic = gazetteer().generic_institutions
    for ent in index.entities:
        # "the Home Ministry", "the Constitutional Court" of a story filed from Kathmandu; "the
        # Senate" of one filed from Washington when the story names other states too.
        words = ent.name.casefold().split()
        if ent.key[:1] != ("ORG",) or ent.country is not None:
            continue
        if words and _international_owner(ent.name):
            continue  # "the EU General Court", "the UN Human Rights Council": no state's
        if words and words[-1] in _STATE_BODIES and ent.sector in (None, _STATE_BODIES[words[-1]]):
            ent.country = _state_answering(index, ent, home) or home
            ent.sector = ent.sector or _STATE_BODIES[words[-1]]
        elif normalise(ent.name) in generic or words in (["central", "bank"], ["house"]):
            # "Central Bank Governor X" of a story filed from Nairobi; "House Speaker X" of one
            # filed from Manila (a chamber named by "House" alone)
            ent.country = home
        elif ent.sector == "PTY" and dominant:
            ent.country = home  # "the ruling All Progressives Congress" of a story filed from Abuja
        elif any(_described_as_state_owned(index.doc[i]) for i in ent.mention_tokens):
            ent.country = home  # "the state broadcaster RTS" of a story filed from Belgrade
        elif ent.sector is None and _national_body(words):
            # "the National Emergency Management Office", "the Department of State Services",
            # "the Bureau of Fisheries": a state's own office by the shape of its name.
            ent.country = _state_answering(index, ent, home) or home
            ent.sector = "GOV" if ent.country else None


def _bodies_answering_a_state(index: EntityIndex) -> None:
    """A story of several states with no home: "China … called for calm. Foreign Ministry
    spokeswoman X said …" — a state's body named without its state, right after a sentence
    whose subject is a state, is that state's (no other guess is safe)."""
    for ent in index.entities:
        words = ent.name.casefold().split()
        if ent.key[:1] != ("ORG",) or ent.country is not None or not words or _international_owner(ent.name):
            continue
        if words[-1] in _STATE_BODIES and ent.sector in (None, _STATE_BODIES[words[-1]]) \
                or ent.sector is None and _national_body(words):
            state = _state_answering(index, ent, None)
            if state is not None:
                ent.country = state
                ent.sector = ent.sector or _STATE_BODIES.get(words[-1], "GOV")


_HEAD_OFFICES = {"president", "prime minister", "premier", "chancellor", "king", "emir"}


def _opposition_of_the_government_named(index: EntityIndex) -> None:
    """"… the election, which the opposition says Lukashenko lost. Opposition leader X urged
    …": with no home state to give it, an opposition leader opposes the head of state or
    government named last in the sentences just before, and is of that state."""
    doc = index.doc
    heads = []
    for person in index.people():
        states = {r.of for r in person.roles if r.of and r.title.casefold().removeprefix("vice ") in _HEAD_OFFICES
                  and r.title.casefold() not in ("vice president",)}
        if len(states) == 1:
            heads.extend((start, next(iter(states))) for start, _ in person.mentions)
    for person in index.people():
        roles = [r for r in person.roles if r.of is None and r.title.casefold() in _DOMESTIC_LOWER_TITLES]
        first = min(person.mentions, default=None)
        if not roles or first is None:
            continue
        span = doc.char_span(*first, alignment_mode="expand")
        if span is None:
            continue
        window = doc[max(span.sent.start - 1, 0)].sent.start_char if span.sent.start > 0 else span.sent.start_char
        before = [(start, state) for start, state in heads if window <= start < first[0]]
        if before:
            state = max(before)[1]
            for role in roles:
                role.of = state


# Words that say a body belongs to a state without naming the state ("state broadcaster").
_STATE_OWNED = {"state", "state-run", "state-owned", "government-run", "government-owned"}


def _described_as_state_owned(name: Token) -> bool:
    """"the state broadcaster RTS", "state news agency X", "RTS, the state-run broadcaster,":
    the name's describing noun carries "state" and names no state of its own (that one is
    read elsewhere: "Venezuelan state oil company PDVSA")."""
    from newsgraph.extract.entity_spans import ORG_NOUNS

    doc = name.doc
    nouns = [c for c in name.children if c.dep_ in ("compound", "appos") and c.i < name.i]
    if name.dep_ == "appos" or name.head.dep_ == "dobj" and name.dep_ == "dobj":
        nouns.append(name.head)  # (a parse may hang the name as a second object of the verb)
    if name.i > 0 and doc[name.i - 1].lower_ in ORG_NOUNS:
        nouns.append(doc[name.i - 1])
    g = gazetteer()
    for noun in nouns:
        if noun.lower_ not in ORG_NOUNS or noun.pos_ != "NOUN":
            continue
        words = [t for t in noun.subtree if t.i < noun.i and t.i < name.i]
        text = "".join(t.text_with_ws for t in words).casefold().replace(" - ", "-").replace(" -", "-").split()
        if _STATE_OWNED & set(text) and not any(g.demonym(t.text) or g.country(t.text) for t in words):
            return True
    return False


def _national_body(words: list[str]) -> bool:
    """A name shaped like a state's office: "Department of …", "Bureau of …", or "National /
    Federal … Office, Agency, Service …"."""
    # ("Council of …" is as often a bloc's or a think tank's: "Council of Europe".)
    if len(words) >= 3 and words[1] == "of" and words[0] in _OFFICE_NOUNS - {"council"}:
        return True
    return len(words) >= 2 and words[0] in ("national", "federal") and words[-1] in _OFFICE_NOUNS


def _international_owner(name: str) -> bool:
    """Whether a body's name opens with an international organisation ("EU General Court")."""
    g = gazetteer()
    words = name.split()
    for n in (3, 2, 1):
        org = g.organisation(" ".join(words[:n])) if len(words) > n else None
        if org is not None and org.sector == "IGO":
            return True
    return False


def _offices_answering_a_state(index: EntityIndex, same_sentence: bool) -> None:
    """An office no state claims, first named as the subject of what a state says ("The
    Kremlin said President Vladimir Putin had …", ``same_sentence``; before the dateline's
    claim) or right after a sentence whose subject is a state ("The United States backed the
    measure. Ambassador Linda Thomas-Greenfield said …"; after it), is that state's."""
    for person in index.people():
        if person.country is not None or not person.roles or any(r.of for r in person.roles):
            continue
        if not any(_is_office(r.title) for r in person.roles):
            continue  # "a lawyer", "an analyst": no office
        first = min(person.mentions, default=None)
        span = index.doc.char_span(*first, alignment_mode="expand") if first else None
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "to sway the views of Senator X" answers for no one
        state = (_reporting_state(index, span) or _reported_state(index, span) or _capital_opening(index, span)) \
            if same_sentence else _state_answering(index, person, None)
        if state is not None:
            for role in person.roles:
                if _is_office(role.title):
                    role.of = state


def _reporting_state(index: EntityIndex, span) -> str | None:
    """"The Kremlin said President Vladimir Putin had spoken to …": the state whose statement
    names the office holder as its subject."""
    clause = span.root.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said it was disappointed and that President X had called …"
    if clause.dep_ != "ccomp" or clause.head.lemma_.casefold() not in word_set("reporting_verbs.txt"):
        return None
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    state = index.builder_at(reporter) if reporter is not None else None
    if state is not None and state.key[:1] in (("COUNTRY",), ("PART",)) and state.country:
        return state.country
    if state is not None and state.type == "PERSON":
        # "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had no plans …": a
        # state's spokesperson speaks for it.
        body_states = {e.name: e.country for e in index.entities if e.type == "ORG" and e.country}
        spoken_for = {r.of if r.of in gazetteer().country_names else body_states.get(r.of or "") for r in state.roles
                      if r.title.casefold().split()[-1] in ("spokesman", "spokeswoman", "spokesperson")} - {None}
        if len(spoken_for) == 1:
            return next(iter(spoken_for))
    return None


def _reported_state(index: EntityIndex, span) -> str | None:
    """"Beijing urged both Koreas to show restraint, foreign ministry spokesman Lin Jian said":
    the spokesman of the state whose act he reports as its subject."""
    verb = span.root.head
    if span.root.dep_ != "nsubj" or verb.lemma_.casefold() not in word_set("reporting_verbs.txt"):
        return None
    titles = [r.title for b in [index.builder_at(span.root)] if b is not None for r in b.roles]
    if not any(t.casefold() in ("spokesman", "spokeswoman", "spokesperson") or t.casefold().endswith(" spokesman")
               for t in titles):
        return None  # a minister reporting what another state did is no part of it
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < span.start), None)
    reporter = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    state = index.builder_at(reporter) if reporter is not None else None
    if state is not None and state.key[:1] in (("COUNTRY",), ("PART",)) and state.country:
        return state.country
    return None


def _capital_opening(index: EntityIndex, span) -> str | None:
    """"In Tokyo, Chief Cabinet Secretary X said …": a sentence that opens in a state's
    capital with the office holder as its subject."""
    sent = span.sent
    doc = index.doc
    if sent.start + 3 > span.start or doc[sent.start].lower_ != "in":
        return None
    comma = next((t.i for t in doc[sent.start:span.start] if t.text == ","), None)
    if comma is None or comma + 1 != span.start and not all(
            t.text[:1].isupper() or t.is_punct for t in doc[comma + 1:span.start]):
        return None
    first = sent.start + 1
    while first < comma and doc[first].lower_ in _NEAR_WORDS:
        first += 1  # "In neighbouring Uzbekistan, Deputy Prime Minister X said"
    place = doc[first:comma]
    g = gazetteer()
    return (g.capital(place.text) or g.country(place.text)) if 0 < len(place) <= 3 else None


_NEAR_WORDS = {"neighbouring", "neighboring", "nearby", "neighbour", "neighbor", "the"}


def _is_office(title: str) -> bool:
    """A capitalised title, or a spokesperson's (who speaks for the body named before)."""
    return title[:1].isupper() or title.casefold() in ("spokesman", "spokeswoman", "spokesperson")


def _state_answering(index: EntityIndex, ent: EntityBuilder, home: str | None) -> str | None:
    """"The Kremlin rejected the accusations. Foreign Ministry spokeswoman Maria Zakharova
    said …": a body first named right after a sentence whose subject is another state
    speaks for that state, not for the dateline's."""
    doc = index.doc
    first = min(ent.mentions, default=None)
    span = doc.char_span(*first, alignment_mode="expand") if first else None
    if span is None or span.sent.start == 0:
        return None
    sent = span.sent
    if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[sent.start - 1:span.start]):
        return None  # a new paragraph
    previous = doc[sent.start - 1].sent
    subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
    state = index.builder_at(subject) if subject is not None else None
    if state is not None and (state.key[:1] in (("COUNTRY",), ("PART",)) or _state_body(state)) \
            and state.country and state.country != home:
        return state.country
    return None


def _state_body(ent: EntityBuilder) -> bool:
    """A state's own institution named as such ("The Pentagon said …")."""
    return ent.type == "ORG" and ent.country is not None and ent.sector in ("GOV", "MIL", "LEG", "JUD", "COP")


# Last words of the names of a state's own bodies, with their sector.
# Head nouns of a state's offices, named "Department of …" or "National … Agency".
_OFFICE_NOUNS = {"department", "bureau", "office", "agency", "authority", "service", "services", "directorate", "council",
                 "administration", "commission", "inspectorate"}
_STATE_BODIES = {"ministry": "GOV", "court": "JUD", "parliament": "LEG", "police": "COP", "commission": "GOV",
                 "cabinet": "GOV"}
# Titles written in lower case that are a state's own ("opposition leader Omar Khan").
_DOMESTIC_LOWER_TITLES = {"opposition leader", "leader of the opposition"}


# Capitalised titles that are no office of the state a story is filed from: heads of
# companies and parties, of international bodies, of churches, and envoys from abroad.
def _regional_office(title: str) -> bool:
    """"Regional President", "Provincial Governor", "State Premier": an office of a part of the
    state, which the dateline's state does not hold (a region is no state)."""
    words = title.casefold().split()
    return len(words) >= 2 and (words[0] in ("regional", "provincial", "county", "municipal", "district")
                                or words[0] == "state" and words[1] in ("premier", "governor"))


_NOT_STATE_OFFICES = {
    "Chairman", "Chairwoman", "Chair", "Vice Chairman", "Director", "Director General", "Secretary-General",
    "Deputy Secretary-General", "President of the European Commission", "Ambassador", "Pope", "Mufti",
    "Patriarch", "Archbishop", "Bishop", "Cardinal", "Rabbi", "Imam", "Commissioner", "European Commissioner",
    "Executive Vice President",
}
