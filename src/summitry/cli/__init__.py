"""The ``summitry`` command: a thin shell over the Python API."""

from __future__ import annotations

import typer

from .code import code_command
from .eval import eval_command
from .ingest import db_app, ingest_command, watch_command
from .query import (
    actors_command,
    dyad_command,
    events_command,
    export_command,
    meetings_command,
)
from .serve import serve_command

app = typer.Typer(add_completion=False,
                  help="summitry: news about diplomacy in, structured event data out.")
app.command("code")(code_command)
app.command("eval")(eval_command)
app.command("ingest")(ingest_command)
app.command("watch")(watch_command)
app.command("events")(events_command)
app.command("meetings")(meetings_command)
app.command("actors")(actors_command)
app.command("dyad")(dyad_command)
app.command("export")(export_command)
app.command("serve")(serve_command)
app.add_typer(db_app, name="db")


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(__version__)
        raise typer.Exit(0)


@app.callback(invoke_without_command=True)
def _root(ctx: typer.Context,
          version: bool = typer.Option(False, "--version", help="Print the version and exit.",
                                       is_eager=True, callback=_print_version)) -> None:
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(0)


def main() -> None:
    app()
