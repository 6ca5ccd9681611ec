"""``newsgraph eval …``: scores against annotated corpora."""

from __future__ import annotations

import typer

eval_app = typer.Typer(help="Score extraction against annotated corpora.", no_args_is_help=True)
