"""Coded errors and warnings, in one place (as spaCy does).

Every error raised at a boundary of the library is a ``SummitryError`` with a
stable code (``E0xx``), a message that names the file, line or field at fault,
and the underlying cause chained with ``raise ... from``.
"""

from __future__ import annotations


class SummitryError(Exception):
    """Base class of every error summitry raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        if self.field is not None:
            where += f"field '{self.field}': "
        return f"[{self.code}] {where}{self.message}"


class InputError(SummitryError):
    """An input file or record could not be read."""

    code = "E010"


class EmptyInputError(InputError):
    code = "E011"


class BinaryInputError(InputError):
    code = "E012"


class EncodingError(InputError):
    code = "E013"


class RecordError(InputError):
    """One record of a multi-record file (JSONL/CSV line) is malformed."""

    code = "E014"


class InputTooLargeError(InputError):
    code = "E015"


class FormatError(InputError):
    """The input format is unknown or was asked for but does not fit."""

    code = "E016"


class DataError(SummitryError):
    """A shipped or user data file (actors, patterns, ontologies) is invalid."""

    code = "E020"


class ConfigError(SummitryError):
    code = "E030"


class ModelError(SummitryError):
    """The spaCy model could not be loaded."""

    code = "E040"


class StoreError(SummitryError):
    """The database could not be opened, read or written."""

    code = "E050"


class StoreConnectionError(StoreError):
    """Wrong URL, host, port, user or password; the server is down."""

    code = "E051"


class StoreLockedError(StoreError):
    """Another process holds the database's write lock for longer than the timeout."""

    code = "E052"


class StoreReadOnlyError(StoreError):
    """The database file or its folder cannot be written."""

    code = "E053"


class StoreFullError(StoreError):
    """The disk (or the database's quota) is full."""

    code = "E054"


class SchemaVersionError(StoreError):
    """The database was written by a newer summitry, or its schema is not summitry's."""

    code = "E055"


class QueryError(SummitryError):
    """A query filter is invalid (bad date, unknown format, bad code)."""

    code = "E060"


# Warning codes: stable identifiers put in ``Document.warnings``.
W_NO_DATE = "W001"  # an event could not be dated
W_TRUNCATED = "W002"  # text cut to the configured maximum length
W_LONG_SENTENCE = "W003"  # a sentence past the parser's limit was split or skipped
W_NO_EVENTS = "W004"  # nothing was coded in the article
W_UNRESOLVED = "W005"  # a mention could not be resolved to an actor


def warning(code: str, message: str) -> str:
    return f"[{code}] {message}"
