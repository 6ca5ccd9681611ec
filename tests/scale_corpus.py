"""Small wire-style articles written for the scale tests: one story republished by several
sites, its follow-ups over the next days, and unrelated stories."""

from __future__ import annotations

WIRE_BODY = """The river authority of Valdora ordered the evacuation of four villages along the Senn on Monday after two days of heavy rain pushed the water above the flood mark, officials said.
Authority director Tomas Brenner said crews had opened the spillway at the Kessel dam to relieve pressure on the levees downstream and that about 3,000 residents were being moved to schools in the regional capital, Marlo.
"We are not waiting for the levees to fail," Brenner told reporters at the dam. "Every hour of rain raises the risk for the villages below the bend."
The interior ministry sent 200 soldiers and twelve boats to help with the evacuation, a ministry spokeswoman said, and the state railway suspended trains on the line between Marlo and the border town of Ostrin.
Forecasters expect the rain to ease by Wednesday, but the authority warned that the river would keep rising for at least another day as water from the mountains reaches the valley.
Farmers' groups said thousands of hectares of wheat and maize had already been flooded and asked the government for emergency compensation."""

FOLLOW_UP = """Flood water breached a levee on the Senn river near the village of Brenik on Tuesday, a day after the Valdora river authority ordered four villages evacuated, officials said.
Authority director Tomas Brenner said the breach had flooded empty farmland and that no one had been hurt because residents had left on Monday.
The interior ministry said soldiers were filling sandbags to protect the road to Marlo, the regional capital, and that more boats were on their way to the valley.
Brenner said the spillway at the Kessel dam would stay open until the river fell below the flood mark."""

SECOND_FOLLOW_UP = """Residents of four villages on the Senn river began returning home on Thursday as the flood water fell, the Valdora river authority said.
Tomas Brenner, the authority's director, said the Kessel dam spillway had been closed and that engineers would inspect the breached levee near Brenik before winter.
The interior ministry said the soldiers sent to the valley would stay to help clear mud from homes, and farmers' groups renewed their call for compensation for flooded fields."""

UNRELATED = [
    ("Chess federation elects new president", """The national chess federation of Palmera elected former champion Ida Varga as its president on Saturday, ending a year of disputes over tournament funding.
Varga, who won the national title six times, said she would publish the federation's accounts and hold a youth championship in every province next year.
Her rival, club organiser Pedro Lanz, conceded defeat and congratulated her at the congress in the city of Corvo."""),
    ("Port workers end strike after pay deal", """Dock workers at the port of Haldby returned to work on Friday after their union accepted a pay rise of six percent over two years, ending a nine-day strike that had left container ships waiting offshore.
Union leader Mara Lind said members had voted by a large majority for the deal negotiated with the port company.
The company said it expected to clear the backlog of ships within a week."""),
]


def text_doc(title: str, body: str, published: str | None = None) -> str:
    """A .txt article: title line, optional dateline, body."""
    dateline = f"Published: {published}\n\n" if published else ""
    return f"{title}\n\n{dateline}{body}\n"


def republished(n: int) -> str:
    """The wire story as a different site runs it: own headline, own byline, a trimmed or
    added sentence, the body otherwise the same."""
    titles = ["Valdora evacuates four villages as Senn river floods",
              "Floods force evacuation of villages on the Senn",
              "Thousands moved as river Senn rises in Valdora",
              "Evacuations ordered along flooding Senn river"]
    lines = WIRE_BODY.split("\n")
    if n % 2 == 1:
        lines = lines[:-1]  # cut the last paragraph
    if n % 3 == 2:
        lines.append("Local radio reported long queues of cars on the road out of the valley.")
    byline = ["By staff and wire reports", "From our correspondent", "Agency report", "Wire service"][n % 4]
    return f"{titles[n % 4]}\n\n{byline}\n\n" + "\n".join(lines) + "\n"
