"""The ``summitry`` command: a thin shell over the Python API."""

from __future__ import annotations

import typer

from .code import code_command

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="summitry: news about diplomacy in, structured event data out.")
app.command("code")(code_command)


@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.",
                                       is_eager=True)) -> None:
    if version:
        from .. import __version__

        typer.echo(__version__)
        raise typer.Exit(0)


def main() -> None:
    app()
