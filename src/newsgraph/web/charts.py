"""Server-side geometry for the pictures: the cooperation–conflict colour scale and the event
timeline (drawn as SVG by a template, so it reads without JavaScript).

The network view is drawn in the browser (static/network.js) with the same colour scale.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsgraph.record import EVENT_TYPES

# PLOVER scores run from −10 (most conflictual) to +10 (most cooperative).
CONFLICT = (178, 24, 43)
NEUTRAL = (128, 128, 128)
COOPERATION = (33, 102, 172)


def score_colour(score: float | None) -> str:
    """A colour for a PLOVER score: red for conflict, grey for neutral, blue for cooperation."""
    if score is None:
        return "#808080"
    t = max(-1.0, min(1.0, float(score) / 10.0))
    end = COOPERATION if t >= 0 else CONFLICT
    # Most scores are mild (±1 … ±4): a square-root-like curve keeps them from all looking grey.
    t = abs(t) ** 0.6
    rgb = (round(n + (e - n) * t) for n, e in zip(NEUTRAL, end))
    return "#" + "".join(f"{c:02x}" for c in rgb)


# -- the timeline ------------------------------------------------------------------------------

WIDTH = 960
LEFT = 112  # room for the lane labels
RIGHT = 24
TOP = 28
LANE = 30
AXIS = 36


@dataclass
class TimelineMark:
    shape: str  # "dot" (a day) or "bar" (a week, month or year)
    x: float
    y: float
    w: float
    status: str
    fill: str
    stroke: str
    href: str
    label: str
    approximate: bool  # placed at the publication date: the text gave no date


@dataclass
class Timeline:
    width: int = WIDTH
    height: int = TOP + AXIS
    lanes: list[dict] = field(default_factory=list)
    ticks: list[dict] = field(default_factory=list)
    marks: list[TimelineMark] = field(default_factory=list)
    undated: int = 0  # events with neither a resolved date nor a publication date

    @property
    def empty(self) -> bool:
        return not self.marks


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def event_span(value: str | None, resolution: str | None, published: str | None) -> tuple[date, date, bool] | None:
    """[first day, day after the last) an event's date stands for, and whether it is only the
    publication date; None when there is neither."""
    if value:
        try:
            if resolution == "year" or len(value) == 4:
                y = int(value[:4])
                return date(y, 1, 1), date(y + 1, 1, 1), False
            if resolution == "month" or len(value) == 7:
                y, m = int(value[:4]), int(value[5:7])
                return date(y, m, 1), date(y, m, 1) + timedelta(days=calendar.monthrange(y, m)[1]), False
            day = date.fromisoformat(value[:10])
            return day, day + timedelta(days=7 if resolution == "week" else 1), False
        except ValueError:
            pass
    day = _parse_day(published)
    if day is None:
        return None
    return day, day + timedelta(days=1), True


def _ticks(lo: date, hi: date, x_of) -> list[dict]:
    span = (hi - lo).days
    ticks = []
    if span <= 75:
        day = lo + timedelta(days=(7 - lo.weekday()) % 7)  # Mondays
        step = 7 if span > 21 else 1 if span <= 8 else 7
        while day <= hi:
            ticks.append({"x": x_of(day), "label": f"{day:%b} {day.day}"})
            day += timedelta(days=step)
    elif span <= 3 * 366:
        y, m = lo.year, lo.month
        every = max(1, round(span / 30 / 12))
        n = 0
        while date(y, m, 1) <= hi:
            if date(y, m, 1) >= lo and n % every == 0:
                ticks.append({"x": x_of(date(y, m, 1)), "label": f"{date(y, m, 1):%b %Y}"})
            n += 1
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        every = max(1, round(span / 365 / 12))
        for y in range(lo.year, hi.year + 1, every):
            if date(y, 1, 1) >= lo:
                ticks.append({"x": x_of(date(y, 1, 1)), "label": str(y)})
    return ticks


def build_timeline(events: list[dict], href) -> Timeline:
    """Lay out events (dicts as ``store.queries.list_events`` returns them) on a time axis with
    one lane per PLOVER type. ``href(event)`` gives each mark's link."""
    placed = []
    undated = 0
    for ev in events:
        span = event_span(ev.get("date"), ev.get("date_resolution"), ev.get("published"))
        if span is None:
            undated += 1
            continue
        placed.append((span, ev))
    timeline = Timeline(undated=undated)
    if not placed:
        return timeline
    lo = min(s[0] for s, _ in placed)
    hi = max(s[1] for s, _ in placed)
    pad = max(1, (hi - lo).days // 40)
    lo, hi = lo - timedelta(days=pad), hi + timedelta(days=pad)
    total = max(1, (hi - lo).days)
    plot = WIDTH - LEFT - RIGHT

    def x_of(day: date) -> float:
        return round(LEFT + plot * (day - lo).days / total, 1)

    types = [t for t in EVENT_TYPES if any(ev["type"] == t for _, ev in placed)]
    lane_y = {t: TOP + i * LANE + LANE / 2 for i, t in enumerate(types)}
    timeline.lanes = [{"type": t, "y": lane_y[t], "top": lane_y[t] - LANE / 2} for t in types]
    timeline.height = int(TOP + len(types) * LANE + AXIS)
    timeline.ticks = _ticks(lo, hi, x_of)
    used: dict[str, list[float]] = {t: [] for t in types}
    # Earlier events first so that later marks sit on top, as the eye reads left to right.
    for (first, after, approximate), ev in sorted(placed, key=lambda p: (p[0][0], p[1]["article_id"], p[1]["id"])):
        x0, x1 = x_of(first), x_of(after)
        shape = "dot" if (after - first).days <= 1 or x1 - x0 < 8 else "bar"
        x = (x0 + x1) / 2 if shape == "dot" else x0
        # Marks that would cover each other step up and down within their lane.
        near = sum(1 for other in used[ev["type"]] if abs(other - x) < 7)
        used[ev["type"]].append(x)
        y = lane_y[ev["type"]] + (0, -7, 7, -3.5, 3.5)[near % 5]
        colour = score_colour(ev.get("score"))
        who = ", ".join(a["name"] for a in ev.get("actors") or []) or "?"
        whom = ", ".join(a["name"] for a in ev.get("recipients") or [])
        when = ev.get("date") or (f"published {ev['published']}" if ev.get("published") else "undated")
        label = (f"{ev['type']} ({ev['status']}) {when}: {who} — “{ev.get('trigger') or ''}”"
                 + (f" → {whom}" if whom else "") + (f" · {ev['title']}" if ev.get("title") else ""))
        timeline.marks.append(TimelineMark(
            shape=shape, x=x, y=y, w=max(8.0, x1 - x0), status=ev["status"],
            fill=colour if ev["status"] in ("happened", "ongoing") else "#ffffff", stroke=colour,
            href=href(ev), label=label, approximate=approximate))
    return timeline
