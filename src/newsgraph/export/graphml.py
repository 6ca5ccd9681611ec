"""GraphML of the actor network (see ``network.py``), readable by Gephi, Cytoscape, networkx, igraph."""

from __future__ import annotations

import re
from typing import IO
from xml.sax.saxutils import escape

from newsgraph.export.network import ActorNetwork

NODE_KEYS = [("name", "string"), ("type", "string"), ("country", "string"), ("articles", "int")]
EDGE_KEYS = [("type", "string"), ("relation", "string"), ("events", "int"), ("articles", "int"),
             ("score", "double"), ("first", "string"), ("last", "string")]
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: object) -> str:
    return escape(_NOT_XML.sub(" ", str(value)))


def write_graphml(network: ActorNetwork, out: IO[str]) -> None:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
              'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for name, kind in NODE_KEYS:
        out.write(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n')
    for name, kind in EDGE_KEYS:
        out.write(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n')
    out.write('  <graph id="actors" edgedefault="directed">\n')
    for node in network.nodes:
        out.write(f'    <node id="a{node["id"]}">')
        for name, _ in NODE_KEYS:
            if node.get(name) is not None:
                out.write(f'<data key="n_{name}">{_text(node[name])}</data>')
        out.write("</node>\n")
    for n, edge in enumerate(network.edges, start=1):
        out.write(f'    <edge id="e{n}" source="a{edge["source"]}" target="a{edge["target"]}">')
        for name, _ in EDGE_KEYS:
            if edge.get(name) is not None:
                out.write(f'<data key="e_{name}">{_text(edge[name])}</data>')
        out.write("</edge>\n")
    out.write("  </graph>\n</graphml>\n")

