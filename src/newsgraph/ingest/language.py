"""Which language an article is written in, from its commonest short words.

The extractors read English only (the spaCy pipeline, the lexicons, the attribution models):
run on German or Indonesian text they fill a record with nonsense ("Behandlung" as a person).
A page in another language keeps its text and gets its language code, and nothing is
extracted from it. Function words decide: every language writes a few dozen of them in every
paragraph, so a couple of hundred words are enough, and no model is needed.
"""

from __future__ import annotations

import re

# The commonest function words of each language (written from general knowledge of the
# languages; words two languages share count for both).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {code: frozenset(words.split()) for code, words in {
    "en": "the of and to in is that for it with as was on be by this are from at have an not they which "
          "he she his her had has were been said would will their who but or its after about",
    "de": "der die das und den dem des ist nicht ein eine einen mit sich auf für im von zu auch es werden "
          "aus er hat dass sie nach wird bei wie noch nur oder über sind",
    "fr": "le la les des et un une du est que qui dans pour pas sur au aux par ce il elle sont avec plus "
          "ont été cette mais ses son leur",
    "es": "el la los las de del y en que un una es por con para se no su al lo como más pero sus fue ha",
    "pt": "o os as de do da dos das e em um uma que para com não se por no na mais como foi ao seu sua",
    "it": "il lo gli di del della e che un una per con non si è sono dei delle nel alla anche più",
    "nl": "de het een en van is dat op te met voor niet zijn aan ook als bij er maar om naar",
    "id": "yang dan di dari ini itu dengan untuk dalam tidak akan pada ke adalah juga oleh atau",
}.items()}
_WORD = re.compile(r"[^\W\d_]+")


# Scripts other than Latin, by Unicode block, with the language code they most often mean.
_SCRIPTS = [((0x0400, 0x04FF), "ru"), ((0x0370, 0x03FF), "el"), ((0x0590, 0x05FF), "he"),
            ((0x0600, 0x06FF), "ar"), ((0x0900, 0x097F), "hi"), ((0x0E00, 0x0E7F), "th"),
            ((0xAC00, 0xD7AF), "ko"), ((0x3040, 0x30FF), "ja"), ((0x4E00, 0x9FFF), "zh")]


def _script(letters: str) -> str | None:
    """The language of the script most letters are in, when it is not the Latin alphabet."""
    counts: dict[str, int] = {}
    for ch in letters:
        code = ord(ch)
        if code < 0x0250:
            counts["latin"] = counts.get("latin", 0) + 1
            continue
        for (lo, hi), lang in _SCRIPTS:
            if lo <= code <= hi:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    if best == "latin":
        return None
    # Japanese mixes kana with Chinese characters: any kana makes it Japanese.
    return "ja" if best == "zh" and counts.get("ja", 0) > 0.05 * counts["zh"] else best


def _short_text_language(head: str, letters: str) -> str:
    """A brief (under 200 letters) is English unless its words plainly say otherwise: another
    script, or a sentence or two in which another language's function words are many (five or
    more, a fifth of the words) and outnumber the English ones three to one. Headlines and
    English sentences quoting a foreign name ("Die Linke leader …") stay English."""
    script = _script(letters) if len(letters) >= 40 else None
    if script is not None:
        return script
    words = [w.casefold() for w in _WORD.findall(head)]
    if len(words) < 12:
        return "en"
    hits = {code: sum(w in vocab for w in words) for code, vocab in _FUNCTION_WORDS.items()}
    best = max((code for code in hits if code != "en"), key=hits.__getitem__)
    if hits[best] >= 5 and hits[best] >= 0.2 * len(words) and hits[best] >= 3 * hits["en"]:
        return best
    return "en"


def guess_language(text: str, sample: int = 6000) -> str:
    """ISO 639-1 code of the language ``text`` is written in ("und" when it is plainly not
    English but none of those we know); "en" when unsure (short texts, headlines, tables)."""
    head = text[:sample]
    letters = "".join(ch for ch in head if ch.isalpha())
    if len(letters) < 200:
        return _short_text_language(head, letters)
    script = _script(letters)
    if script is not None:
        return script
    words = [w.casefold() for w in _WORD.findall(head)]
    scores = {code: sum(w in vocab for w in words) / len(words) for code, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.__getitem__)
    # English news quotes foreign names and phrases; another language must clearly dominate.
    if best != "en" and scores[best] >= 0.08 and scores[best] > 2 * scores["en"]:
        return best
    if scores["en"] < 0.01 and len(words) >= 80:
        return "und"  # a Latin-script language we have no list for
    return "en"
