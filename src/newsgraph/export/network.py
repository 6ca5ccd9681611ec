"""The actor network: who meets, supports, accuses, attacks whom, across the stored articles.

Nodes are actors (entities linked across articles); a directed edge joins an event's actor to
its recipient, one edge per (actor, recipient, PLOVER type), weighted by the number of events.
Shared by the GraphML export and the API's /network endpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from newsgraph.store import queries

# How to read an edge of each PLOVER type, "A <relation> B".
RELATIONS = {
    "AGREE": "agrees with", "CONSULT": "meets", "SUPPORT": "supports", "CONCEDE": "concedes to",
    "COOPERATE": "cooperates with", "AID": "aids", "RETREAT": "retreats from", "REQUEST": "asks",
    "ACCUSE": "accuses", "REJECT": "rejects", "THREATEN": "threatens", "PROTEST": "protests against",
    "SANCTION": "sanctions", "MOBILIZE": "mobilizes against", "COERCE": "coerces", "ASSAULT": "attacks",
}

# By default the network shows what was reported as done or going on, not plans or denials.
DEFAULT_STATUSES = ("happened", "ongoing")


@dataclass
class ActorNetwork:
    nodes: list[dict]
    edges: list[dict]


def build_network(s: Session, *, since: date | None = None, until: date | None = None, source: str | None = None,
                  types: list[str] | None = None, statuses: list[str] | None = DEFAULT_STATUSES,
                  min_events: int = 1, max_edges: int | None = None) -> ActorNetwork:
    edges = [e for e in queries.network_edges(s, since=since, until=until, source=source, types=types,
                                              statuses=list(statuses) if statuses else None)
             if e["events"] >= min_events]
    if max_edges is not None and len(edges) > max_edges:
        edges = sorted(edges, key=lambda e: (-e["events"], e["source"], e["target"], e["type"]))[:max_edges]
    for e in edges:
        e["relation"] = RELATIONS[e["type"]]
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    actors = queries.actors_by_id(s, ids)
    nodes = [{"id": a["id"], "name": a["name"], "type": a["type"], "country": a["country"], "articles": a["articles"]}
             for a in (actors[i] for i in ids if i in actors)]
    return ActorNetwork(nodes, edges)
