"""From a coded event to the single PLOVER category a PLOVER dataset carries.

newsgraph keeps what was done apart from whether it was done: "will meet" is CONSULT with
status planned. The PLOVER manual folds some of these into other categories, and this is the
reduction it prescribes:

- cooperative actions CONSULT, SUPPORT, COOPERATE, AID reported as planned or hypothetical
  are intentions: AGREE (manual 3.1, 3.2.1, 3.5.1, 3.6.2);
- announced future RETREAT is CONCEDE (3.4.2, 3.7.2);
- announced or conditional conflictual actions (ASSAULT, COERCE, SANCTION, MOBILIZE,
  PROTEST) are THREATEN (2.3: "THREATEN could be ASSAULT + hypothetical");
- a negated cooperative act ("will not accept", "failed to reach agreement") is a refusal:
  REJECT (3.10); other negated events are not events (2.3: negated events can be excluded)
  and get None.
"""

from __future__ import annotations

from newsgraph.record import Event

_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
_REFUSABLE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}


def plover_category(event: Event) -> str | None:
    type_, status = event.type, event.status
    if status == "negated":
        return "REJECT" if type_ in _REFUSABLE else None
    if status in ("planned", "hypothetical"):
        if type_ in _COOPERATIVE:
            return "AGREE"
        if type_ == "RETREAT":
            return "CONCEDE"
        if type_ in _CONFLICTUAL:
            return "THREATEN"
    return type_
