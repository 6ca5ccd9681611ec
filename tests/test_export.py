"""Exports: JSONL round trip, CSV tables, GDELT GKG 2.1 and events 2.0 files, GraphML."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime

import pytest
from sqlalchemy import select

from backends import backend, second_store_url, store_url  # noqa: F401 - fixtures
from handmade import storm_record, talks_record
from newsgraph.export import gdelt
from newsgraph.export.jsonl import import_records, write_jsonl
from newsgraph.store import Store
from newsgraph.store.queries import RECIPROCAL_TYPES
from newsgraph.store.synthetic import variants
from newsgraph.store.tables import (
    ActorRoleRow, ActorRow, ArticleRow, AttributionRow, EntityRow, EventParticipantRow, EventRow,
)


def store_contents(store: Store) -> dict:
    """Everything in the store but surrogate keys and ingestion times, keyed by natural keys."""
    with store.session() as s:
        actors = {a.id: a.key for a in s.execute(select(ActorRow)).scalars()}
        out = {
            "articles": sorted((a.id, a.ref, a.title, a.url, a.source, a.published, a.language, a.text, a.record)
                               for a in s.execute(select(ArticleRow)).scalars()),
            "actors": sorted((a.key, a.name, a.type, a.country, a.article_count, a.mention_count)
                             for a in s.execute(select(ActorRow)).scalars()),
            "roles": sorted((actors[r.actor_id], r.title, r.of_code) for r in s.execute(select(ActorRoleRow)).scalars()),
            "entities": sorted((e.article_id, e.local_id, actors.get(e.actor_id), e.name, e.type, e.country, e.sector,
                                e.roles, e.mention_count) for e in s.execute(select(EntityRow)).scalars()),
            "attributions": sorted((a.article_id, a.local_id, a.kind, a.speaker_local_id, actors.get(a.actor_id),
                                    a.speaker_name, a.source_text, a.cue_text, a.content_text, a.start, a.end,
                                    a.confidence) for a in s.execute(select(AttributionRow)).scalars()),
        }
        events = {e.id: e for e in s.execute(select(EventRow)).scalars()}
        out["events"] = sorted((e.article_id, e.local_id, e.type, e.mode, e.status, e.actor_names, e.recipient_names,
                                e.trigger_text, e.trigger_start, e.sentence_start, e.sentence_end, e.date_value,
                                e.date_resolution, e.location_name, e.location_country, e.score)
                               for e in events.values())
        out["participants"] = sorted((events[p.event_id].article_id, events[p.event_id].local_id, actors[p.actor_id], p.role)
                                     for p in s.execute(select(EventParticipantRow)).scalars())
    return out


def test_jsonl_round_trip_rebuilds_the_same_store(store_url, second_store_url, example_records):
    records = [*example_records.values(), talks_record(), storm_record(), *variants(list(example_records.values()), 10)]
    with Store(store_url) as original:
        for r in records:
            original.add_record(r)
        buffer = io.StringIO()
        assert write_jsonl(original.iter_records(), buffer) == len(records)
        before = store_contents(original)
    with Store(second_store_url) as copy:
        report = import_records(copy, io.StringIO(buffer.getvalue()))
        assert (report.added, report.skipped, report.failed) == (len(records), 0, 0)
        assert store_contents(copy) == before
        again = import_records(copy, io.StringIO(buffer.getvalue()))
        assert (again.added, again.skipped) == (0, len(records))
        assert store_contents(copy) == before


def test_import_reports_bad_lines_and_goes_on(run_cli, tmp_path):
    good = talks_record().to_json()
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(["{not json", '{"schema": "x"}', good, storm_record().to_json()]) + "\n")
    db = f"sqlite:///{tmp_path / 'imp.db'}"
    code, _, err = run_cli("import", str(path), "--db", db)
    assert code == 3
    assert "line 1:" in err and "line 2:" in err and "2 added, 0 already stored, 2 with errors" in err
    code, out, _ = run_cli("export", "jsonl", "--db", db)
    assert code == 0 and {json.loads(x)["ref"] for x in out.splitlines()} == {"handmade/talks", "handmade/storm"}


def test_csv_tables(tmp_path, example_records):
    from newsgraph.export.tables import write_csv_tables

    records = list(example_records.values())
    counts = write_csv_tables(records, tmp_path)
    assert counts == {"entities": sum(len(r.entities) for r in records),
                      "attributions": sum(len(r.attributions) for r in records),
                      "events": sum(len(r.events) for r in records)}
    texts = {r.article.id: r.article.text for r in records}
    with open(tmp_path / "events.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == counts["events"]
    for row in rows:
        start, end = int(row["trigger_start"]), int(row["trigger_end"])
        assert texts[row["article_id"]][start:end] == row["trigger"]
    with open(tmp_path / "attributions.csv", newline="", encoding="utf-8") as f:
        quotes = list(csv.DictReader(f))
    # Content parts are joined with " … " (a quote split around its cue, "X is expected to …"):
    # the text at content_start begins with the first part.
    assert all(q["content_start"] == "" or texts[q["article_id"]][int(q["content_start"]):].startswith(q["content"].split(" … ")[0][:20])
               for q in quotes)


# The codebook's formats of the GKG 2.1 fields we fill.
GKG_FORMATS = {
    "GKGRECORDID": r"\d{14}-\d+",
    "V2.1DATE": r"\d{14}",
    "V2SOURCECOLLECTIONIDENTIFIER": r"[1-6]",
    "V1THEMES": r"([A-Z_]+(;[A-Z_]+)*)?",
    "V2ENHANCEDTHEMES": r"([A-Z_]+,\d+(;[A-Z_]+,\d+)*)?",
    "V1LOCATIONS": r"([1-5]#[^#;]*#[A-Z]{0,2}#[A-Z0-9]*#[-\d.]*#[-\d.]*#[^#;]*(;[1-5]#[^#;]*#[A-Z]{0,2}#[A-Z0-9]*#[-\d.]*#[-\d.]*#[^#;]*)*)?",
    "V2ENHANCEDLOCATIONS": r"([1-5](#[^#;]*){7}#\d+(;[1-5](#[^#;]*){7}#\d+)*)?",
    "V1PERSONS": r"([^;,#]+(;[^;,#]+)*)?",
    "V2ENHANCEDPERSONS": r"([^;,#]+,\d+(;[^;,#]+,\d+)*)?",
    "V1ORGANIZATIONS": r"([^;,#]+(;[^;,#]+)*)?",
    "V2ENHANCEDORGANIZATIONS": r"([^;,#]+,\d+(;[^;,#]+,\d+)*)?",
    "V1.5TONE": r"-?[\d.]+(,-?[\d.]+){5},\d+",
    "V2.1ENHANCEDDATES": r"([1-4]#\d{1,2}#\d{1,2}#\d{4}#\d+(;[1-4]#\d{1,2}#\d{1,2}#\d{4}#\d+)*)?",
    "V2GCAM": r"wc:\d+(,.*)?",
    "V2.1QUOTATIONS": r"(\d+\|\d+\|[^|#]*\|[^|#]*(#\d+\|\d+\|[^|#]*\|[^|#]*)*)?",
    "V2.1ALLNAMES": r"([^;,#]+,\d+(;[^;,#]+,\d+)*)?",
    "V2.1AMOUNTS": r"(-?[\d.]+,[^;,]*,\d+(;-?[\d.]+,[^;,]*,\d+)*)?",
}


def test_gkg_fields_follow_the_codebook(example_records):
    records = [*example_records.values(), talks_record()]
    out = io.StringIO()
    assert gdelt.write_gkg(((r, datetime(2025, 9, 1, 12, 0)) for r in records), out) == len(records)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(records)
    for line, record in zip(lines, records):
        fields = dict(zip(gdelt.GKG_COLUMNS, line.split("\t")))
        assert len(line.split("\t")) == 27
        for column, pattern in GKG_FORMATS.items():
            assert re.fullmatch(pattern, fields[column]), (column, fields[column][:200])
        text = record.article.text
        # Every offset points at what it names in article.text.
        for item in filter(None, fields["V2.1ALLNAMES"].split(";")):
            name, offset = item.rsplit(",", 1)
            assert text[int(offset):].startswith(name) or name in text[int(offset):int(offset) + len(name) + 5]
        for item in filter(None, fields["V2ENHANCEDPERSONS"].split(";")):
            name, offset = item.rsplit(",", 1)
            assert int(offset) < len(text)
        for block in filter(None, fields["V2.1QUOTATIONS"].split("#")):
            offset, length, verb, quote = block.split("|")
            assert " ".join(text[int(offset):int(offset) + int(length)].split()) == quote
        tone = fields["V1.5TONE"].split(",")
        assert int(tone[6]) == len(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text))
        assert abs(float(tone[0]) - (float(tone[1]) - float(tone[2]))) < 1e-4
        published = record.article.published
        assert fields["V2.1DATE"] == (published.replace("-", "") + "000000" if published else "20250901120000")
        assert fields["V2EXTRASXML"].endswith(f"<NEWSGRAPH_ARTICLE_ID>{record.article.id}</NEWSGRAPH_ARTICLE_ID>")

    talks = dict(zip(gdelt.GKG_COLUMNS, lines[-1].split("\t")))
    assert talks["V1PERSONS"] == "Ilse Marwick;Teo Brandl"
    assert talks["V2.1AMOUNTS"] == f"40,trawlers,{talks_record().article.text.index('40 trawlers')}"
    assert talks["V1THEMES"] == "PLOVER_CONSULT;PLOVER_PROTEST"
    assert re.match(r"4#Port Aven, [^#]*Netherlands#NL#NL#52.1#4.3#", talks["V1LOCATIONS"])
    assert talks["V2.1ENHANCEDDATES"] == f"3#6#2#2025#{talks_record().article.text.index('Monday')}"
    assert talks["V2.1QUOTATIONS"].count("|") == 3  # the direct quote only, not the paraphrase
    assert talks["V2SOURCECOMMONNAME"] == "Harbor City Wire"


def test_events_table_in_gdelt_order_with_plover_codes(example_records):
    records = [*example_records.values(), talks_record()]
    out = io.StringIO()
    n = gdelt.write_events(((r, datetime(2025, 9, 1)) for r in records), out, statuses=None)
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert len(rows) == n and all(len(r) == 61 for r in rows)
    col = {name: k for k, name in enumerate(gdelt.EVENT_COLUMNS)}
    # Column positions of GDELT 2.0's event table (0-based).
    assert [gdelt.EVENT_COLUMNS[k] for k in (0, 5, 15, 25, 26, 30, 34, 35, 51, 57, 59, 60)] == [
        "GlobalEventID", "Actor1Code", "Actor2Code", "IsRootEvent", "EventCode", "GoldsteinScale", "AvgTone",
        "Actor1Geo_Type", "ActionGeo_Type", "ActionGeo_Long", "DATEADDED", "SOURCEURL"]
    ids = [int(r[col["GlobalEventID"]]) for r in rows]
    assert len(set(ids)) == len(ids)
    assert len(rows) >= sum(len(r.events) for r in records)  # at least one row per event
    for row in rows:
        assert row[col["EventRootCode"]] in gdelt.QUAD_CLASS
        assert row[col["EventCode"]].startswith(row[col["EventBaseCode"]])
        assert int(row[col["QuadClass"]]) == gdelt.QUAD_CLASS[row[col["EventRootCode"]]]
        assert re.fullmatch(r"\d{8}", row[col["Day"]]) and row[col["MonthYear"]] == row[col["Day"]][:6]
        assert re.fullmatch(r"-?\d+(\.\d+)?", row[col["GoldsteinScale"]])
        assert row[col["IsRootEvent"]] in ("0", "1")
    talks_rows = [r for r in rows if r[col["SOURCEURL"]].endswith(talks_record().article.id)]
    assert sorted(r[col["EventRootCode"]] for r in talks_rows) == ["CONSULT", "PROTEST"]
    consult = next(r for r in talks_rows if r[col["EventRootCode"]] == "CONSULT")
    assert (consult[col["Actor1Name"]], consult[col["Actor2Name"]]) == ("Ilse Marwick", "Teo Brandl")
    assert (consult[col["Actor1Code"]], consult[col["Actor1CountryCode"]], consult[col["Actor1Type1Code"]]) == ("NLDGOV", "NLD", "GOV")
    assert consult[col["Day"]] == "20250602"  # the event's own date
    assert consult[col["ActionGeo_Type"]] == "4" and consult[col["ActionGeo_CountryCode"]] == "NL"
    assert consult[col["ActionGeo_Lat"]] == "52.1"
    # Only what happened by default: planned events are left out.
    default = io.StringIO()
    gdelt.write_events([(storm_record(), None)], default)
    assert default.getvalue() == ""


def test_graphml_reads_in_networkx(store_url, example_records, run_cli, tmp_path):
    nx = pytest.importorskip("networkx")
    records = [*example_records.values(), talks_record()]
    with Store(store_url) as store:
        for r in records:
            store.add_record(r)
    out = tmp_path / "actors.graphml"
    code, _, err = run_cli("export", "graphml", "--db", store_url, "-o", str(out), "--status", "all")
    assert code == 0, err
    graph = nx.read_graphml(out)
    assert graph.is_directed()
    # every edge is an event's (actor, recipient) pair, read from the records, each entity
    # named by the actor it is linked to across articles
    with Store(store_url) as store, store.session() as s:
        actor_of = {(a, e): name for a, e, name in s.execute(
            select(EntityRow.article_id, EntityRow.local_id, ActorRow.name).join(ActorRow, ActorRow.id == EntityRow.actor_id)).all()}
    expected = {(actor_of[(rec.article.id, a)], actor_of[(rec.article.id, r)], e.type)
                for rec in records for e in rec.events for a in e.actors for r in e.recipients
                if (rec.article.id, a) in actor_of and (rec.article.id, r) in actor_of
                and actor_of[(rec.article.id, a)] != actor_of[(rec.article.id, r)]}
    # ... and the joint actors of a meeting or agreement without a recipient, both ways
    expected |= {(actor_of[(rec.article.id, a)], actor_of[(rec.article.id, b)], e.type)
                 for rec in records for e in rec.events if e.type in RECIPROCAL_TYPES and not e.recipients
                 for a in e.actors for b in e.actors
                 if (rec.article.id, a) in actor_of and (rec.article.id, b) in actor_of
                 and actor_of[(rec.article.id, a)] != actor_of[(rec.article.id, b)]}
    got = {(graph.nodes[u]["name"], graph.nodes[v]["name"], d["type"]) for u, v, d in graph.edges(data=True)}
    assert got == expected
    edge = next(d for u, v, d in graph.edges(data=True) if graph.nodes[u]["name"] == "Ilse Marwick")
    assert edge["relation"] == "meets" and edge["events"] == 1


def test_export_cli_writes_every_format(run_cli, tmp_path):
    db = f"sqlite:///{tmp_path / 'x.db'}"
    with Store(db) as store:
        store.add_record(talks_record())
        store.add_record(storm_record())
    for fmt in ("jsonl", "gkg", "events", "graphml"):
        code, _, err = run_cli("export", fmt, "--db", db, "-o", str(tmp_path / f"out.{fmt}"))
        assert code == 0, err
        assert (tmp_path / f"out.{fmt}").exists() and not (tmp_path / f"out.{fmt}.partial").exists()
    code, _, _ = run_cli("export", "csv", "--db", db, "-o", str(tmp_path / "tables"))
    assert code == 0 and sorted(p.name for p in (tmp_path / "tables").iterdir()) == ["attributions.csv", "entities.csv", "events.csv"]
    code, out, _ = run_cli("export", "events", "--db", db, "--status", "planned")
    assert code == 0 and len(out.splitlines()) == 1 and "\tAID\t" in out
    assert run_cli("export", "events", "--db", db, "--status", "maybe")[0] == 2
    assert run_cli("export", "jsonl", "--db", db, "--since", "yesterday")[0] == 2
    code, out, _ = run_cli("export", "jsonl", "--db", db, "--since", "2025-03-01")
    assert [json.loads(x)["ref"] for x in out.splitlines()] == ["handmade/talks"]
