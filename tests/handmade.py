"""Records written by hand for store, search and export tests (our own sentences), with
offsets found in the text so that every span is exact."""

from __future__ import annotations

import re

from newsgraph.record import Record, article_id


def _span(text: str, needle: str, after: int = 0) -> dict:
    start = text.index(needle, after)
    return {"start": start, "end": start + len(needle), "text": needle}


def make_record(text: str, *, ref: str = "handmade", published: str | None = None, source: str | None = None,
                url: str | None = None, entities=(), quotes=(), events=(), locations=(), amounts=(), dates=()) -> Record:
    """entities: (id, name, type, country, sector, [mention strings], [(title, of)])
    quotes: (id, kind, speaker id, source string, cue string, [content strings])
    events: (id, type, status, [actor ids], [recipient ids], trigger string, location name|None)
    locations: (name, country, kind, lat, lon, string) amounts: (value, unit, string) dates: (value, resolution, string)"""
    title = text.split("\n", 1)[0]
    ents = []
    for eid, name, type_, country, sector, mentions, roles in entities:
        spans = [dict(start=m.start(), end=m.end(), text=m.group()) for needle in mentions
                 for m in re.finditer(re.escape(needle), text)]
        ents.append({"id": eid, "name": name, "type": type_, "country": country, "sector": sector,
                     "roles": [{"title": t, "of": o} for t, o in roles],
                     "mentions": sorted(spans, key=lambda s: s["start"])})
    atts = []
    for qid, kind, speaker, source_text, cue, contents in quotes:
        content = [_span(text, c) for c in contents]
        atts.append({"id": qid, "kind": kind, "speaker": speaker, "source": _span(text, source_text),
                     "cue": _span(text, cue, content[0]["start"] - 60 if content[0]["start"] > 60 else 0),
                     "content": content, "confidence": 0.9})
    evs = []
    for vid, type_, status, actors, recipients, trigger, place in events:
        trig = _span(text, trigger)
        sent_start = text.rfind("\n", 0, trig["start"]) + 1
        sent_end = text.find("\n", trig["end"])
        evs.append({"id": vid, "type": type_, "status": status, "actors": list(actors), "recipients": list(recipients),
                    "trigger": trig, "sentence": {"start": sent_start, "end": sent_end if sent_end >= 0 else len(text)},
                    "location": next(({"name": n, "country": c, "kind": k} for n, c, k, *_ in locations if n == place), None),
                    "score": 2.5})
    locs = [{"name": n, "country": c, "kind": k, "lat": la, "lon": lo, **{x: _span(text, s)[x] for x in ("start", "end")}}
            for n, c, k, la, lo, s in locations]
    amts = [{"value": v, "unit": u, **_span(text, s)} for v, u, s in amounts]
    dts = [{"value": v, "resolution": r, **_span(text, s)} for v, r, s in dates]
    return Record.model_validate({
        "ref": ref,
        "article": {"id": article_id(text), "title": title, "url": url, "source": source, "published": published,
                    "language": "en", "text": text, "input_offset": 0, "removed": []},
        "entities": ents, "attributions": atts, "events": evs, "amounts": amts, "dates": dts, "locations": locs,
    })


def talks_record(**overrides) -> Record:
    text = ("Harbour Talks Resume Between Norland and Vesteria\n"
            "Norland's foreign minister Ilse Marwick met Vesterian envoy Teo Brandl in Port Aven on Monday "
            "to resume negotiations over fishing quotas.\n"
            "\"We are closer to an agreement than at any time this year,\" Marwick told reporters.\n"
            "Brandl said his government would accuse no one and would wait for the harbour commission's report.\n"
            "Earlier, 40 trawlers blocked the harbour entrance in protest.")
    args = dict(
        ref="handmade/talks", published="2025-06-02", source="Harbor City Wire",
        entities=[
            ("E1", "Ilse Marwick", "PERSON", "NLD", "GOV", ["Ilse Marwick", "Marwick"], [("Foreign Minister", "NLD")]),
            ("E2", "Teo Brandl", "PERSON", "VST", "GOV", ["Teo Brandl", "Brandl"], [("envoy", None)]),
            ("E3", "Norland", "GPE", "NLD", None, ["Norland"], []),
        ],
        quotes=[
            ("A1", "direct", "E1", "Marwick", "told", ["We are closer to an agreement than at any time this year,"]),
            ("A2", "indirect", "E2", "Brandl", "said", ["his government would accuse no one and would wait for the harbour commission's report"]),
        ],
        events=[("V1", "CONSULT", "happened", ["E1"], ["E2"], "met", "Port Aven"),
                ("V2", "PROTEST", "happened", [], [], "blocked", None)],
        locations=[("Port Aven", "NLD", "city", 52.1, 4.3, "Port Aven")],
        amounts=[(40, "trawlers", "40 trawlers")],
        dates=[("2025-06-02", "day", "Monday")],
    )
    args.update(overrides)
    return make_record(text, **args)


def storm_record(**overrides) -> Record:
    text = ("Storm Closes Eastern Ports as Relief Convoys Wait\n"
            "A winter storm closed three eastern ports on Tuesday, stranding relief convoys bound for the valley.\n"
            "\"The roads are impassable and the ferries cannot sail,\" said Ilse Marwick, who coordinates the relief effort.\n"
            "The Vesterian coast guard pledged to escort the convoys once the winds ease.")
    args = dict(
        ref="handmade/storm", published="2025-01-14", source="Lakeside Courier",
        entities=[
            ("E1", "Ilse Marwick", "PERSON", "NLD", None, ["Ilse Marwick"], [("relief coordinator", None)]),
            ("E2", "Vesterian coast guard", "ORG", "VST", "MIL", ["Vesterian coast guard"], []),
        ],
        quotes=[("A1", "direct", "E1", "Ilse Marwick", "said", ["The roads are impassable and the ferries cannot sail,"])],
        events=[("V1", "AID", "planned", ["E2"], [], "escort", None)],
        dates=[("2025-01-14", "day", "Tuesday")],
    )
    args.update(overrides)
    return make_record(text, **args)


_TALKS_PEOPLE = [
    ("E1", "Ilse Marwick", "PERSON", "NLD", "GOV", ["Ilse Marwick", "Marwick"], [("Foreign Minister", "NLD")]),
    ("E2", "Teo Brandl", "PERSON", "VST", "GOV", ["Teo Brandl", "Brandl"], [("envoy", None)]),
    ("E3", "Norland", "GPE", "NLD", None, ["Norland"], []),
]


def talks_reprint_record() -> Record:
    """The talks article as another site runs it: one closing sentence more, its own source and
    URL — a near-duplicate, so the story index folds it into the talks article's group."""
    text = talks_record().article.text + "\nThe harbour commission is due to report in the autumn."
    return make_record(text, ref="handmade/talks-reprint", published="2025-06-02", source="Coastal Herald",
                       url="https://coastal-herald.example/news/harbour-talks", entities=_TALKS_PEOPLE,
                       events=[("V1", "CONSULT", "happened", ["E1"], ["E2"], "met", None)],
                       dates=[("2025-06-02", "day", "Monday")])


def talks_deal_record() -> Record:
    """A follow-up of the talks two days later: another article of the same developing story."""
    text = ("Norland and Vesteria Agree on Fishing Quotas After Harbour Talks\n"
            "Norland's foreign minister Ilse Marwick and Vesterian envoy Teo Brandl agreed on new fishing quotas "
            "in Port Aven on Wednesday, ending two days of harbour talks.\n"
            "\"Our fishermen can plan their season again,\" Marwick said.\n"
            "Brandl said the harbour commission would watch the catches of both fleets.")
    return make_record(text, ref="handmade/talks-deal", published="2025-06-04", source="Harbor City Wire",
                       entities=_TALKS_PEOPLE,
                       quotes=[("A1", "direct", "E1", "Marwick", "said", ["Our fishermen can plan their season again,"])],
                       events=[("V1", "AGREE", "happened", ["E1"], ["E2"], "agreed", None)],
                       dates=[("2025-06-04", "day", "Wednesday")])
