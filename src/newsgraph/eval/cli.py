"""``newsgraph eval …``: scores against annotated corpora."""

from __future__ import annotations

import typer

eval_app = typer.Typer(help="Score extraction against annotated corpora.", no_args_is_help=True)


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
