"""``summitry code PATH...``: code articles and print the result."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Optional

import typer
from rich.console import Console
from rich.text import Text

from ..errors import SummitryError
from ..output import FORMATS, document_json, events_csv_header, events_csv_rows, render_document
from ..readers import FORMATS as INPUT_FORMATS
from ..readers.problems import ReadProblem
from ..types import Document

EXIT_NOTHING_CODED = 1
EXIT_USAGE = 2


def code_command(
    paths: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin."),
    fmt: str = typer.Option("table", "--format", "-f",
                            help=f"Output: {', '.join(FORMATS)}."),
    input_format: Optional[str] = typer.Option(
        None, "--input-format", "-i", help=f"Force the input format: {', '.join(INPUT_FORMATS)}."),
    date: Optional[str] = typer.Option(None, "--date", help="Date (YYYY-MM-DD) for inputs "
                                                            "that carry none."),
    actors: list[Path] = typer.Option([], "--actors", help="Extra actor file (repeatable)."),
    patterns: list[Path] = typer.Option([], "--patterns", help="Extra pattern file (repeatable)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="Write here instead of standard output."),
    include_text: bool = typer.Option(False, "--text", help="Include article text in JSON."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors on stderr."),
) -> None:
    """Code articles: actors, events, meetings and quotes."""
    err = Console(stderr=True, soft_wrap=True, highlight=False)
    _setup_logging(quiet)
    if fmt not in FORMATS:
        _error(err, f"unknown --format {fmt!r}; choose from {', '.join(FORMATS)}")
        raise typer.Exit(EXIT_USAGE)
    from ..config import Settings
    from ..pipeline import Failure, Pipeline

    try:
        settings = Settings.load(actor_files=tuple(map(str, actors)),
                                 pattern_files=tuple(map(str, patterns)))
        pipeline = Pipeline(settings)
    except SummitryError as exc:
        _error(err, str(exc))
        raise typer.Exit(EXIT_USAGE) from exc

    coded = failed = 0
    try:
        sink, tmp = _open_sink(output)
    except OSError as exc:
        _error(err, f"cannot write --output {output}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_USAGE) from exc
    completed = False
    try:
        if fmt == "csv":
            sink.write(events_csv_header())
        out = Console(file=sink, width=160) if fmt == "table" else None
        docs: list[Document] = []
        try:
            results = pipeline.code_paths(paths, fmt=input_format, date=date)
            for result in results:
                if isinstance(result, (ReadProblem, Failure)):
                    failed += 1
                    err.print(Text.assemble(("skipped: ", "yellow"), str(result)))
                    continue
                coded += 1
                if fmt == "json":
                    docs.append(result)
                elif fmt == "jsonl":
                    _write(sink, document_json(result, include_text=include_text) + "\n")
                elif fmt == "csv":
                    _write(sink, events_csv_rows(result))
                elif out is not None:
                    out.print(render_document(result))
                    sink.flush()
        except SummitryError as exc:
            _error(err, str(exc))
            raise typer.Exit(EXIT_USAGE) from exc
        if fmt == "json":
            if len(docs) == 1:
                _write(sink, document_json(docs[0], indent=2, include_text=include_text) + "\n")
            elif docs:
                body = ",\n".join(document_json(d, indent=2, include_text=include_text)
                                  for d in docs)
                _write(sink, "[\n" + body + "\n]\n")
            else:
                _write(sink, "[]\n")
        completed = True
    finally:
        # the output file is replaced only by a complete run that coded something
        _close_sink(sink, tmp, output, keep=completed and coded > 0)
    if not quiet:
        err.print(f"coded {coded} article(s)" + (f", skipped {failed}" if failed else ""))
    if coded == 0:
        raise typer.Exit(EXIT_NOTHING_CODED)


def _error(err: Console, message: str) -> None:
    """An error line; the message is printed as text, never as rich markup."""
    err.print(Text.assemble(("error: ", "red"), message))


def _setup_logging(quiet: bool) -> None:
    """Library warnings go to stderr; set on every call (basicConfig works only once)."""
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(logging.ERROR if quiet else logging.WARNING)


def _write(sink: IO[str], text: str) -> None:
    """Write one whole record at once, so no record is ever half-written."""
    sink.write(text)
    sink.flush()


def _open_sink(output: Path | None) -> tuple[IO[str], str | None]:
    """Standard output, or a temporary file beside ``output`` renamed over it at the end."""
    if output is None:
        return sys.stdout, None
    if output.is_dir():
        raise IsADirectoryError(21, "it is a directory", str(output))
    directory = output.resolve().parent
    if not directory.is_dir():
        raise FileNotFoundError(2, "its directory does not exist", str(directory))
    fd, tmp = tempfile.mkstemp(prefix=".summitry-", dir=directory)
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)  # as a shell redirect would create it
    return os.fdopen(fd, "w", encoding="utf-8"), tmp


def _close_sink(sink: IO[str], tmp: str | None, output: Path | None, *, keep: bool) -> None:
    if tmp is None or output is None:
        return
    sink.close()
    if keep:
        os.replace(tmp, output)  # atomic: the output file is whole or untouched
    else:
        os.unlink(tmp)
