"""``newsgraph eval …``: scores against annotated corpora."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

eval_app = typer.Typer(help="Score extraction against annotated corpora.", no_args_is_help=True)


@eval_app.command("polnear")
def polnear(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A PolNeAR compartment: DIR/text/*.txt and DIR/attributions/*.ann.")],
    limit: Annotated[Optional[int], typer.Option(min=1, help="Score only the first N texts (by name).")] = None,
    cues: Annotated[str, typer.Option(help="Cue decider: 'learned' (default) or 'rules' (the hand-written baseline).")] = "learned",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for machines instead of a table.")] = False,
) -> None:
    """Attribution extraction against PolNeAR: precision, recall and F1 for source, cue and
    content (exact, token-overlap and any-overlap), attribution-level F1 and the speaker
    accuracy on direct quotes. How each figure is computed: docs/quality.md."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from newsgraph.eval.polnear import MEASURES, ROLES, evaluate, read_compartment

    err = Console(stderr=True, highlight=False)
    if cues not in ("learned", "rules"):
        err.print(f"newsgraph: error: --cues must be 'learned' or 'rules', not {cues!r}")
        raise typer.Exit(2)
    try:
        total = len(read_compartment(directory, limit=limit))
    except FileNotFoundError as exc:
        err.print(f"newsgraph: error: {exc}")
        raise typer.Exit(2) from None
    # The pipeline reads the decider from the environment, so the choice reaches it unchanged.
    previous = os.environ.get("NEWSGRAPH_ATTRIBUTION_CUES")
    os.environ["NEWSGRAPH_ATTRIBUTION_CUES"] = cues
    progress = Progress(TextColumn("[bold]scoring"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True, disable=not err.is_terminal)
    try:
        with progress:
            task = progress.add_task("scoring", total=total)
            run = evaluate(directory, limit=limit, on_done=lambda: progress.advance(task))
    finally:
        if previous is None:
            os.environ.pop("NEWSGRAPH_ATTRIBUTION_CUES", None)
        else:
            os.environ["NEWSGRAPH_ATTRIBUTION_CUES"] = previous
    data = run.scores.as_dict()
    data["compartment"] = str(directory)
    data["cues"] = cues
    data["seconds"] = round(run.seconds, 1)
    if as_json:
        sys.stdout.write(json.dumps(data) + "\n")
        return
    out = Console(highlight=False, soft_wrap=False)
    table = Table("role", "match", "precision", "recall", "F1", "predicted", "gold",
                  title=f"PolNeAR {directory.name}: {data['texts']} texts, {data['annotations']} annotations ({cues} cues)")
    for role in ROLES:
        for measure in MEASURES:
            c = data[role][measure]
            table.add_row(role, measure, f"{c['precision']:.3f}", f"{c['recall']:.3f}", f"{c['f1']:.3f}",
                          f"{c['predicted']:g}", f"{c['gold']:g}")
    a = data["attribution"]
    table.add_row("attribution", "linked", f"{a['precision']:.3f}", f"{a['recall']:.3f}", f"{a['f1']:.3f}",
                  f"{a['predicted']:g}", f"{a['gold']:g}")
    out.print(table)
    s = data["direct_quote_speaker"]
    out.print(f"direct-quote speaker accuracy: {s['accuracy']:.3f} ({s['correct']:g} of {s['quotes']:g} quotes)")
    out.print(f"{run.words} words in {run.seconds:.1f}s (whole pipeline)")
