"""The record a reader yields instead of an article when a file or record is bad."""

from __future__ import annotations

from dataclasses import dataclass

from summitry.errors import InputError


@dataclass(frozen=True)
class ReadProblem:
    """One unreadable file or record: where it is and what went wrong.

    Readers yield these in the stream of articles so that one bad input never
    stops a batch; the caller decides whether to log, count or fail.
    """

    source: str
    line: int | None
    error: InputError

    @property
    def code(self) -> str:
        """The error code, e.g. ``E014``."""
        return self.error.code

    def __str__(self) -> str:
        return str(self.error)
