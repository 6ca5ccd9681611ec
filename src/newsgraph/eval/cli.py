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
