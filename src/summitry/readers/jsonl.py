"""JSON Lines: one JSON object per line, with a required ``text`` field."""

from __future__ import annotations

import json
from collections.abc import Iterator

from summitry.errors import RecordError
from summitry.readers.problems import ReadProblem
from summitry.readers.records import article_from_record
from summitry.types import Article


def read_jsonl(text: str, *, source: str, stem: str | None,
               date: str | None = None) -> Iterator[Article | ReadProblem]:
    """Yield one Article per line of ``text``, or a ReadProblem for a malformed line.

    Blank lines are skipped; line numbers count from 1 and include blank lines.
    ``date`` is the default for records that give none.
    """
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            error = RecordError(f"invalid JSON: {err.msg} (column {err.colno})",
                                path=source, line=number)
            error.__cause__ = err
            yield ReadProblem(source, number, error)
            continue
        if not isinstance(record, dict):
            kind = "an array" if isinstance(record, list) else f"a {type(record).__name__}"
            yield ReadProblem(source, number, RecordError(
                f"expected a JSON object, got {kind}", path=source, line=number))
            continue
        try:
            yield article_from_record(record, source=source, line=number, stem=stem,
                                      default_date=date)
        except RecordError as err:
            yield ReadProblem(source, number, err)
