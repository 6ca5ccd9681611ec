"""Amounts: numbers with their unit ("90 Iranian-made Shahed drones", "nine regions",
"$1.2 billion", "40 percent")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.context import Parsed
from newsgraph.record import Amount

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000,
           "tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
           "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
_CURRENCY = {"$": "dollars", "US$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₴": "hryvnias", "₽": "roubles",
             "Rs": "rupees", "Rs.": "rupees", "₹": "rupees", "INR": "rupees", "NPR": "rupees", "PKR": "rupees",
             "USD": "dollars", "EUR": "euros", "GBP": "pounds"}
_MONTH_WORDS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
                "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}
# Scale words that count a noun after "of"; plural ones give its least value ("tens of
# thousands" is at least 10,000).
_VAGUE_COUNTS = {"tens", "dozens", "hundreds", "thousands", "millions", "billions",
                 "dozen", "hundred", "thousand"}  # "several hundred of his supporters"
_NUMERIC_LABELS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT"}


def parse_number(words: list[str]) -> float | int | None:
    """"1.2 million" → 1200000, "nine" → 9, "twenty-five" → 25, "3,500" → 3500."""
    total, current, seen = 0.0, 0.0, False
    previous = ""
    for raw in words:
        w = raw.casefold().replace(",", "").strip()
        if not w or w == "and":
            continue
        if w == "half":
            # "half a million" (0.5 × 1,000,000), "two and a half million" (2.5 × 1,000,000):
            # the "a" next to "half" is the half's article, not one.
            if previous in ("a", "an"):
                current -= 1
            current += 0.5
            previous, seen = w, True
            continue
        if w in ("a", "an") and previous == "half":
            continue
        previous = w
        if re.fullmatch(r"\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)+", w):
            return None  # "ruled 6-3", "10-15 km": a tally or a range is no one number
        for part in w.split("-"):
            if re.fullmatch(r"\d+(?:\.\d+)?", part):
                current += float(part)
                seen = True
            elif part in _UNITS:
                current += _UNITS[part]
                seen = True
            elif part in _SCALES:
                scale = _SCALES[part]
                current = (current or 1) * scale
                if scale >= 1000:
                    total += current
                    current = 0
                seen = True
            else:
                return None
    if not seen:
        return None
    value = total + current
    return int(value) if value == int(value) else value


def _unit_of(tokens: list[Token], label: str) -> tuple[str | None, int]:
    """The counted noun and the index of the last token of the amount phrase."""
    last = tokens[-1]
    words = [t.lower_ for t in tokens]
    if label == "PERCENT" or "%" in words or "percent" in words or "per cent" in " ".join(words):
        return "percent", last.i
    if "per" in words[1:-1]:
        # "5.71 per dollar", "$78 per barrel": a rate, its unit the thing it is counted by.
        return " ".join(words[words.index("per"):]), last.i
    for t in tokens:
        if t.text in _CURRENCY:
            return _CURRENCY[t.text], last.i
    if label == "MONEY":
        for k in range(2, len(tokens)):
            if tokens[k - 1].text in ("-", "–") and (tokens[k - 2].lower_ in _SCALES or tokens[k - 2].like_num) \
                    and tokens[k].is_alpha and tokens[k].lower_ not in _SCALES:
                # "the 18-billion-reais dam", "a 5-billion-euro loan": the word hyphened to the
                # sum is its currency; the noun after it is what costs that much.
                return tokens[k].lower_, tokens[k].i
    if label == "MONEY" and last.is_alpha and last.lower_ not in _SCALES and not last.like_num:
        # "15 billion reais", "200 million yuan": the parser may tag the currency an adjective.
        return last.lower_, last.i
    if last.lower_ in _VAGUE_COUNTS:
        # "Tens of thousands of people", "dozens of students": the noun after "of" is counted.
        counted = [p for prep in last.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        if counted:
            return counted[0].lower_, counted[0].i
    # Number → the noun it modifies ("90 Iranian-made Shahed drones": 90 -nummod-> drones).
    if last.pos_ == "NOUN" and last.i >= 2 and last.doc[last.i - 1].text == "-" and last.doc[last.i - 2].like_num \
            and last.lower_ not in _SCALES and last.doc[last.i - 2].i >= tokens[0].i:
        # "a 186-km steel fence", "a 40-mile road": the word hyphened to the number is the
        # measure, not the noun the phrase describes.
        return last.lower_, last.i
    # ("half a percentage point": "half" is the noun's predeterminer.)
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound") or last.lower_ == "half" and last.dep_ == "predet" else None
    for t in tokens:
        if t.dep_ == "nummod" and t.head.i > last.i:
            head = t.head
    hyphened = head is not None and head.i == last.i + 2 and last.doc[last.i + 1].text == "-"
    while head is not None and head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i == head.i + 1 \
            and not hyphened:
        # "215,000 vaccine doses": the parser hangs the number on the compound; but "a 186-km
        # steel fence" measures the fence in km: a word hyphened to the number is its unit.
        head = head.head
    if head is not None and head.lemma_.casefold() == "point" and head.i > last.i and any(
            c.dep_ == "compound" and c.lower_ in ("percentage", "basis") for c in head.children):
        # "0.5 percentage point", "25 basis points": the unit is the compound, not a "point".
        modifier = next(c for c in head.children if c.dep_ == "compound" and c.lower_ in ("percentage", "basis"))
        return f"{modifier.lower_} points", head.i
    if head is not None and head.pos_ == "NUM" and head.dep_ == "nummod" and head.head.pos_ == "NOUN" \
            and any(t.lower_ == "of" for t in last.doc[last.i + 1:head.i]):
        # "shot down 42 of 55 drones" (parsed 42 -> 55 -> drones): 42 drones, and the 55 stay a
        # count of their own.
        noun = head.head
        return (noun.text if noun.text.isupper() and len(noun.text) > 1 else noun.lower_), last.i
    if head is not None and head.pos_ in ("NOUN", "PROPN") and head.i > last.i:
        return (head.text if head.text.isupper() and len(head.text) > 1 else head.lower_), head.i
    if label in ("MONEY", "QUANTITY"):
        nouns = [t for t in tokens if t.pos_ == "NOUN" and t.lower_ not in _SCALES]
        if nouns:
            return nouns[-1].lower_, last.i
    if head is None:
        # A partitive: "two of his advisers", "Hundreds of Bosniaks" count the of-object.
        counted = next((p for c in last.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
        if counted is not None and (counted.tag_ in ("NNS", "NNPS") or counted.tag_ == "NNP" and counted.text.endswith("s")):
            # "14 of the 20 hostages": the phrase stops at the number so that the 20 stay a count.
            own_count = any(c.dep_ == "nummod" for c in counted.children)
            return (counted.text if counted.pos_ == "PROPN" else counted.lower_), last.i if own_count else counted.i
    return None, last.i


# Nouns naming the scale a number after them is read on ("magnitude 6.8").
_MEASURE_BEFORE = {"magnitude", "category", "level", "grade", "force", "stage"}
# Words after a bare count that say who is counted ("2,400 injured").
_COUNTED_STATES = {"dead", "injured", "wounded", "killed", "missing", "displaced", "homeless",
                   "hurt", "arrested", "detained", "evacuated", "rescued"}
_RANGE_LINKS = {"and", "to", "or", "-", "–"}
# Verbs by which a tally reaches a bare number ("the death toll rose to 217", "the number of
# refugees reached 5,000", "the toll stood at 89"): the number counts what the tally counts.
_TALLY_VERBS = {"rise", "climb", "jump", "increase", "grow", "soar", "reach", "hit", "top", "exceed", "pass",
                "surpass", "stand", "fall", "drop", "decline", "mount", "swell", "edge", "near"}
_TALLY_NOUNS = {"number", "count", "total", "tally", "figure"}


def _unit_of_tally(num: Token) -> str | None:
    """What a bare number a tally reaches counts: the deaths of a (death) toll, the of-object
    of "the number of refugees"."""
    verb = num.head
    if num.dep_ == "pobj" and verb.lower_ in ("to", "at", "from"):
        verb = verb.head
        if verb.dep_ == "pobj" and verb.head.lower_ == "from":
            verb = verb.head.head  # "climbed from 95 to 217": "to 217" may hang on the 95
        elif verb.dep_ == "prep" and verb.lower_ == "from":
            verb = verb.head  # … or on "from"
    elif num.dep_ != "dobj":
        return None
    if verb.lemma_.casefold() not in _TALLY_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    lemma = subject.lemma_.casefold()
    if lemma == "toll":
        kind = next((c.lemma_.casefold() for c in subject.children if c.dep_ in ("compound", "amod")), "death")
        return {"death": "deaths", "casualty": "casualties", "injury": "injuries"}.get(kind, "deaths")
    if lemma in _TALLY_NOUNS:
        counted = next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
        if counted is not None:
            return counted.lower_
    return None


def _is_range(tokens: list[Token]) -> bool:
    """"between 300 and 400", "300 to 400", "2%-4%": two numbers joined as the ends of a range
    (not "two hundred and fifty", where "and" adds a smaller part)."""
    doc = tokens[0].doc
    if tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "between" or tokens[0].lower_ == "between":
        nxt = tokens[-1].i + 1
        if any(t.lower_ == "and" for t in tokens) or nxt + 1 < len(doc) and doc[nxt].lower_ == "and" \
                and doc[nxt + 1].like_num:
            return True
    digits = [t for t in tokens if t.like_num and t.text[:1].isdigit()]
    for t in digits:
        # "between 250 and 350 villagers" split by NER into "between 250" and "350": the
        # parser joins the two ends as conjuncts.
        if t.dep_ == "conj" and t.head.like_num and t.head.text[:1].isdigit():
            return True
        if any(c.dep_ == "conj" and c.like_num and c.text[:1].isdigit() for c in t.children) and any(
                c.dep_ == "cc" and c.lower_ in ("and", "to", "or") for c in t.children):
            return True
    for k, t in enumerate(tokens[1:-1], 1):
        if t.lower_ not in _RANGE_LINKS:
            continue
        left, right = tokens[k - 1], tokens[k + 1]
        if left.text == "%" and k >= 2:
            left = tokens[k - 2]
        if left.like_num and left.lower_ not in _SCALES and right.like_num and (
                left.text[0].isdigit() and right.text[0].isdigit()):
            return True
    return False


# Verbs with the particle "over" ("handed over 200 prisoners"); after others "over" is "more than".
_OVER_VERBS = {"hand", "turn", "sign", "pass", "give", "take", "win", "fly"}


def _numeric_spans(doc) -> list[tuple[list[Token], str]]:
    """Numeric entities, plus counts the model left untagged ("killed 46 civilians" is
    sometimes no CARDINAL): a number word or digits modifying a noun, outside dates and times."""
    ents = doc.ents  # rebuilt by spaCy on every access
    spans = []
    for ent in ents:
        tokens = list(ent)
        if ent.label_ not in _NUMERIC_LABELS:
            # "Rs 2.1 billion", which NER may read as a law or an organisation: a sum.
            if tokens[0].text in _CURRENCY and len(tokens) > 1 and tokens[1].like_num:
                spans.append((tokens, "MONEY"))
            continue
        if ent.label_ == "CARDINAL" and ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _MONTH_WORDS:
            continue  # "Aug 18" in a dateline NER did not read as a date
        while len(tokens) > 1 and tokens[0].dep_ == "prt" and tokens[0].head.lemma_.casefold() in _OVER_VERBS:
            tokens = tokens[1:]  # "handed over 200 prisoners": the verb's particle is no "more than"
        if ent.label_ in ("MONEY", "CARDINAL"):
            # "$78 a barrel", "Rs. 40 crore": the sign and the scale left outside the entity.
            before = ent.start - 2 if ent.start > 1 and doc[ent.start - 1].text == "." else ent.start - 1
            if before >= 0 and doc[before].text in _CURRENCY:
                tokens = list(doc[before:ent.start]) + tokens
            if ent.end < len(doc) and doc[ent.end].lower_ in _SCALES and tokens[-1].like_num:
                tokens.append(doc[ent.end])
        spans.append((tokens, ent.label_))
    covered = {t.i for ent in ents for t in ent}
    for tok in doc:
        if tok.i in covered or tok.dep_ != "nummod" or not tok.like_num or tok.head.pos_ != "NOUN":
            continue
        if tok.lower_ in ("one", "a", "an") or tok.ent_type_ in ("DATE", "TIME", "ORDINAL"):
            continue
        # "1.2 billion euros" untagged: the number hangs on its scale word as a compound.
        first = tok
        while first.i > 0 and doc[first.i - 1].head.i == tok.i and doc[first.i - 1].dep_ in ("compound", "quantmod") \
                and (doc[first.i - 1].like_num or doc[first.i - 1].text in _CURRENCY):
            first = doc[first.i - 1]
        spans.append((list(doc[first.i:tok.i + 1]), "MONEY" if doc[first.i].text in _CURRENCY else "CARDINAL"))
    return sorted(spans, key=lambda x: x[0][0].i)


def extract_amounts(parsed: Parsed) -> list[Amount]:
    doc = parsed.doc
    text = parsed.text
    out: list[Amount] = []
    for tokens, label in _numeric_spans(doc):
        ent = doc[tokens[0].i:tokens[-1].i + 1]

        if re.fullmatch(r"\d[\d.,]*\s*[-–]\s*\d[\d.,]*", ent.text):
            continue  # "failed 49-50", "10 - 15": a tally or a range split into tokens
        first, last = tokens[0], tokens[-1]
        if len(tokens) == 1 and last.like_num and (
                last.i + 2 < len(doc) and doc[last.i + 1].text in "-–" and doc[last.i + 2].like_num
                or last.i >= 2 and doc[last.i - 1].text in "-–" and doc[last.i - 2].like_num):
            continue  # "lost 1-0", "a 3-2 win": one side of a score the tokenizer split
        if _is_range(tokens):
            continue  # "between 300 and 400 people", "2% to 4%": a range is no one amount
        number_words = [t.text for t in tokens if t.like_num or t.lower_ in _SCALES or t.lower_ in _UNITS or t.lower_ == "half"]
        value = parse_number(number_words)
        if value is None:
            continue
        if first.i > 0 and doc[first.i - 1].lower_ == "minus" or first.lower_ == "minus":
            value = -value  # "fell to minus 5 degrees Celsius"
        unit, end_i = _unit_of(tokens, label)
        if unit == "degrees":
            # "5 degrees Celsius": the scale is part of the unit.
            if end_i + 1 < len(doc) and doc[end_i + 1].lower_ in ("celsius", "fahrenheit"):
                end_i += 1
            if doc[end_i].lower_ in ("celsius", "fahrenheit"):
                unit = "degrees " + doc[end_i].lower_
        if first.i > 0 and doc[first.i - 1].lower_ in _MEASURE_BEFORE and label != "MONEY" and unit != "percent":
            # "a magnitude 6.8 earthquake", "a Category 4 hurricane": the noun before the
            # number is its scale; the noun after is the thing measured.
            unit, end_i = doc[first.i - 1].lower_, last.i
            start_override = doc[first.i - 1].idx
        else:
            start_override = None
        numeric = max((t.i for t in tokens if t.like_num), default=None)
        if numeric is not None and numeric + 3 < len(doc) + 0 and doc[numeric + 2].text == "/" \
                and doc[numeric + 1].whitespace_ == "" and doc[numeric + 2].whitespace_ == "" \
                and doc[numeric + 1].is_alpha and re.fullmatch(r"[A-Za-z]{1,3}\d?\.?", doc[numeric + 3].text):
            # "215 km/h", "30 m3/s": a compound measure the tokenizer split at the slash.
            unit_end = doc[numeric + 3]
            unit = doc.text[doc[numeric + 1].idx:unit_end.idx + len(unit_end.text.rstrip("."))]
            end_i = unit_end.i
        if unit is None and last.i + 1 < len(doc) and doc[last.i + 1].lower_ in _COUNTED_STATES:
            # "more than 2,400 injured", "at least 40 dead": the participle names who is counted.
            unit, end_i = doc[last.i + 1].lower_, last.i + 1
        if unit is None:
            unit = _unit_of_tally(next((t for t in reversed(tokens) if t.like_num), last))
        if unit is None and label == "CARDINAL" and re.fullmatch(r"(19|20)\d{2}", ent.text):
            continue  # a bare year
        end_tok = doc[end_i]
        start = ent.start_char if start_override is None else start_override
        end = end_tok.idx + len(end_tok)
        if unit and "/" in unit:
            end = end_tok.idx + len(end_tok.text.rstrip("."))  # "215 km/h." ends before the full stop
        # Measure units are nouns in singular form ("2 km"); counted things are plural nouns.
        if unit in ("percent",) or unit is None:
            end = max(end, ent.end_char)
        out.append(Amount(value=value, unit=unit, text=text[start:end], start=start, end=end))
    # "48 Leopard 2 tanks": a number inside another amount's phrase is part of a name (a
    # model), not a count of its own.
    return [a for a in out if not any(b is not a and b.start <= a.start and a.end <= b.end and (b.start, b.end) != (a.start, a.end)
                                      for b in out)]
