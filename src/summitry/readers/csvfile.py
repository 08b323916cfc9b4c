"""CSV: a header row naming a ``text`` column, then one article per row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from summitry.errors import EmptyInputError, FormatError, RecordError
from summitry.readers.problems import ReadProblem
from summitry.readers.records import article_from_record
from summitry.types import Article


def read_csv(text: str, *, source: str, stem: str | None,
             date: str | None = None) -> Iterator[Article | ReadProblem]:
    """Yield one Article per data row of ``text``, or a ReadProblem for a malformed row.

    Column names are matched case-insensitively and unknown columns are ignored.
    Line numbers are those of the file (the header is line 1); a row spanning several
    lines (a quoted newline) is numbered by its first line. A row with more or fewer
    fields than the header is a ReadProblem. A broken quote that makes the rest of
    the file unparseable ends the file with one ReadProblem.
    """
    _allow_fields_of(len(text))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    header_line = 1
    seen_rows = 0
    last_line = 0
    while True:
        start = last_line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            error = RecordError(f"malformed CSV: {err}; the rest of the file is skipped",
                                path=source, line=start)
            error.__cause__ = err
            yield ReadProblem(source, start, error)
            return
        last_line = reader.line_num
        if not row or all(not cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            header_line = start
            if "text" not in header:
                yield ReadProblem(source, start, FormatError(
                    f"the CSV header has no 'text' column (columns: {', '.join(header)})",
                    path=source, line=start, field="text"))
                return
            continue
        seen_rows += 1
        if len(row) != len(header):
            yield ReadProblem(source, start, RecordError(
                f"row has {len(row)} fields, the header has {len(header)}",
                path=source, line=start))
            continue
        record = dict(zip(header, row, strict=True))
        try:
            yield article_from_record(record, source=source, line=start, stem=stem,
                                      default_date=date)
        except RecordError as err:
            yield ReadProblem(source, start, err)
    if header is not None and seen_rows == 0:
        yield ReadProblem(source, header_line, EmptyInputError(
            "the CSV has a header but no rows", path=source, line=header_line))


def _allow_fields_of(size: int) -> None:
    """Raise the csv module's field size limit so one field may hold ``size`` characters.

    The limit is process-wide; it is only ever raised, never lowered, so readers
    running side by side cannot break each other.
    """
    if csv.field_size_limit() < size:
        csv.field_size_limit(size)
