"""Rebuild a ``Document`` from its JSON contract (``Document.to_dict(include_text=True)``).

Parquet partitions carry each coded article as that JSON, so that any tool (DuckDB,
Spark, pandas) can read them; loading them into a store turns the JSON back into
the frozen records the writer takes.
"""

from __future__ import annotations

import types
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from ..errors import InputError
from ..types import Document


def document_from_dict(data: dict[str, Any]) -> Document:
    """The ``Document`` that ``to_dict(include_text=True)`` produced ``data`` from."""
    if not isinstance(data, dict) or "text" not in data:
        raise InputError("a stored document needs its text (to_dict(include_text=True))",
                         field="document")
    try:
        return _build(Document, data)
    except (TypeError, ValueError, KeyError) as exc:
        raise InputError(f"not a summitry document: {exc}", field="document") from exc


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _build(cls: type, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    kwargs = {f.name: _convert(hints[f.name], data[f.name])
              for f in fields(cls) if f.name in data}
    return cls(**kwargs)


def _convert(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(kind) if a is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(args, value))
    if origin is Literal:
        return value
    if isinstance(kind, type) and is_dataclass(kind):
        return _build(kind, value)
    return value
