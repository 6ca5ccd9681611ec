"""``newsgraph eval …``: scores against annotated corpora."""

from __future__ import annotations

import json
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
    agreement: Annotated[bool, typer.Option("--agreement", help="Score the annotators against each other instead (texts with several annotators).")] = False,
) -> None:
    """Attribution extraction against PolNeAR: precision, recall and F1 for source, cue and
    content (exact, token-overlap and any-overlap), attribution-level F1 and the speaker
    accuracy on direct quotes. How each figure is computed: docs/quality.md."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from newsgraph.eval.polnear import MEASURES, ROLES, agreement as annotator_agreement, evaluate, read_compartment

    err = Console(stderr=True, highlight=False)
    if cues not in ("learned", "rules"):
        err.print(f"newsgraph: error: --cues must be 'learned' or 'rules', not {cues!r}")
        raise typer.Exit(2)
    try:
        total = len(read_compartment(directory, limit=limit))
    except FileNotFoundError as exc:
        err.print(f"newsgraph: error: {exc}")
        raise typer.Exit(2) from None
    if agreement:
        scores, seconds, words = annotator_agreement(read_compartment(directory, limit=limit)), 0.0, 0
        label = "annotators against each other"
    else:
        progress = Progress(TextColumn("[bold]scoring"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=err, transient=True, disable=not err.is_terminal)
        with progress:
            task = progress.add_task("scoring", total=total)
            run = evaluate(directory, limit=limit, on_done=lambda: progress.advance(task), cues=cues)
        scores, seconds, words = run.scores, run.seconds, run.words
        label = f"{cues} cues"
    data = scores.as_dict()
    data["compartment"] = str(directory)
    data["cues"] = None if agreement else cues
    data["seconds"] = round(seconds, 1)
    if as_json:
        sys.stdout.write(json.dumps(data) + "\n")
        return
    out = Console(highlight=False, soft_wrap=False)
    table = Table("role", "match", "precision", "recall", "F1", "predicted", "gold",
                  title=f"PolNeAR {directory.name}: {data['texts']} texts, {data['annotations']} annotations ({label})")
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
    if not agreement:
        out.print(f"{words} words in {seconds:.1f}s (parse, entities, pronouns, attributions)")


@eval_app.command("html")
def html_command(
    root: str = typer.Argument(..., metavar="DIR", help="article-extraction-benchmark directory (ground-truth.json, html/)."),
    limit: int = typer.Option(None, min=1, help="Score only the first N pages."),
) -> None:
    """Article-body extraction F1 on the article-extraction-benchmark."""
    from pathlib import Path

    from newsgraph.eval.html_extraction import evaluate

    path = Path(root)
    if not (path / "ground-truth.json").is_file():
        typer.echo(f"newsgraph: error: {root} has no ground-truth.json", err=True)
        raise typer.Exit(2)
    result = evaluate(path, limit=limit)
    typer.echo(f"pages      {result.pages}")
    typer.echo(f"precision  {result.precision:.4f}")
    typer.echo(f"recall     {result.recall:.4f}")
    typer.echo(f"F1         {result.f1:.4f}")
    typer.echo(f"no article {result.failures}")


@eval_app.command("plover")
def plover_command(
    path: str = typer.Argument(..., metavar="FILE", help="PLOVER gold-standard JSON (a list of records, e.g. plover_gsr/dev.json)."),
    confusions: int = typer.Option(10, min=0, help="How many of the most frequent confusions to print."),
    errors: str = typer.Option(None, metavar="SPLIT", help="Also list the sentences coded wrongly in SPLIT (tune, check or all)."),
) -> None:
    """PLOVER event-type accuracy, actor and recipient recall on a gold-standard file."""
    from pathlib import Path

    from newsgraph.eval.plover import coded_event, evaluate

    file = Path(path)
    if not file.is_file():
        typer.echo(f"newsgraph: error: {path} is not a file", err=True)
        raise typer.Exit(2)
    if errors not in (None, "tune", "check", "all"):
        typer.echo("newsgraph: error: --errors takes tune, check or all", err=True)
        raise typer.Exit(2)
    try:
        result = evaluate(file)
    except ValueError as exc:  # bad JSON (JSONDecodeError) or not a list of records
        typer.echo(f"newsgraph: error: {path}: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{'split':8} {'sentences':>9} {'type acc':>9} {'actor rec':>9} {'recip rec':>9} {'no event':>8}")
    for name, score in (("all", result.all), ("tune", result.tune), ("check", result.check)):
        typer.echo(f"{name:8} {score.sentences:9d} {score.accuracy:9.3f} {score.actor_recall:9.3f} "
                   f"{score.recipient_recall:9.3f} {score.no_event:8d}")
    if confusions:
        typer.echo("most frequent confusions (gold -> coded):")
        for (gold, coded), n in result.all.confusions.most_common(confusions):
            typer.echo(f"  {n:3d}  {gold} -> {coded}")
    if errors:
        for gold, record in result.details:
            if errors != "all" and gold.split != errors:
                continue
            event, category = coded_event(record)
            if category != gold.type:
                names = {e.id: e.name for e in record.entities}
                coded = f"{category} {event.trigger.text!r} {[names[a] for a in event.actors]} -> {[names[r] for r in event.recipients]}" if event else "none"
                typer.echo(f"{gold.id}\t{gold.type}\t{coded}\t{gold.text}")
