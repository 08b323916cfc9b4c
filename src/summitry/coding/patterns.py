"""The pattern dictionary: data files mapping words over the parse to CAMEO codes.

Patterns live in ``summitry/data/patterns/*.yaml`` (format in the README there and
``data/schema/patterns.schema.json``). This module loads and indexes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available

KINDS = ("event", "modal", "appeal", "speech")
SLOTS = {"dobj", "dative", "subject", "poss", "modifier", "between", "attr", "agent",
         "with", "to", "against", "on", "at", "for", "from", "into", "in", "over", "toward",
         "towards", "of", "about", "upon", "by", "across", "near", "around",
         "aimed", "outside", "along", "targeting", "off", "that", "clause", "behind",
         "before"}


@dataclass(frozen=True)
class Pattern:
    id: str
    code: str | None = None
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    kind: str = "event"
    particle: str | None = None
    prep: str | None = None
    prep_object: dict[str, tuple[str, ...]] = field(default_factory=dict)
    object: tuple[str, ...] = ()
    compound: tuple[str, ...] = ()
    target: tuple[str, ...] = ("dobj",)
    symmetric: bool = False
    target_optional: bool = False
    needs_target: bool = False  # never coded without a target, even in scope "all"
    modality: str | None = None
    wrap: dict[str, str] = field(default_factory=dict)
    refine: dict[str, str] = field(default_factory=dict)
    clause_code: str | None = None  # the code when the target is only named in a that-clause
    confidence: float = 0.7
    passive_ok: bool = True
    note: str | None = None
    file: str = ""

    @property
    def specificity(self) -> int:
        # a constraint on a word (object, compound, prepositional object) is worth more
        # than one on a particle or preposition alone
        return (bool(self.particle) + bool(self.prep) + 2 * len(self.prep_object)
                + 2 * bool(self.object) + 2 * bool(self.compound))

    def wrapped(self, code: str, default: str | None = None) -> str:
        """The code of an inner act under this governor ("04" under agree -> "036").

        With no matching prefix: ``default`` (an appeal's own code), else the inner code.
        """
        best = ""
        for prefix in self.wrap:
            if code.startswith(prefix) and len(prefix) > len(best):
                best = prefix
        if best:
            return self.wrap[best]
        return default if default is not None else code


@dataclass
class PatternSet:
    patterns: list[Pattern]
    by_verb: dict[str, list[Pattern]] = field(default_factory=dict)
    by_noun: dict[str, list[Pattern]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        self.by_verb, self.by_noun = {}, {}
        for p in self.patterns:
            for v in p.verbs:
                self.by_verb.setdefault(v.lower(), []).append(p)
            for n in p.nouns:
                self.by_noun.setdefault(n.lower(), []).append(p)
        for table in (self.by_verb, self.by_noun):
            for key in table:
                table[key].sort(key=lambda p: -p.specificity)

    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> PatternSet:
        root = resources.files("summitry") / "data" / "patterns"
        patterns: list[Pattern] = []
        sources: list[str] = []
        for res in sorted(root.iterdir(), key=lambda r: r.name):
            if res.name.endswith(".yaml"):
                label = f"summitry/data/patterns/{res.name}"
                patterns += load_file(res.read_text(encoding="utf-8"), label)
                sources.append(label)
        for path in extra_files:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise DataError(f"cannot read pattern file: {exc}", path=str(path)) from exc
            patterns += load_file(text, str(path))
            sources.append(str(path))
        ids = [p.id for p in patterns]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise DataError(f"duplicate pattern ids: {dup}", path="patterns")
        return cls(patterns=patterns, sources=sources)


def load_file(text: str, label: str) -> list[Pattern]:
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise DataError(f"invalid YAML: {exc}", path=label) from exc
    if not isinstance(data, dict) or not isinstance(data.get("patterns"), list):
        raise DataError("a pattern file needs a 'patterns' list", path=label)
    out = []
    for i, row in enumerate(data["patterns"]):
        out.append(_pattern(row, label, f"patterns[{i}]"))
    return out


def _pattern(row: Any, label: str, where: str) -> Pattern:
    if not isinstance(row, dict) or "id" not in row:
        raise DataError("each pattern needs an 'id'", path=label, field=where)
    row = dict(row)
    where = f"{where} ({row['id']})"
    for key in ("verbs", "nouns", "object", "compound", "target"):
        if key in row:
            value = row[key]
            if isinstance(value, str):
                value = [value]
            row[key] = tuple(str(v) for v in (value or ()))
    if "prep_object" in row:
        row["prep_object"] = {str(k): tuple(str(x) for x in v) for k, v in row["prep_object"].items()}
    for key in ("wrap", "refine"):
        if key in row:
            row[key] = {str(k): str(v) for k, v in row[key].items()}
    if "code" in row and row["code"] is not None:
        row["code"] = str(row["code"])
    try:
        p = Pattern(**row, file=label)
    except TypeError as exc:
        raise DataError(f"invalid pattern: {exc}", path=label, field=where) from exc
    if not p.verbs and not p.nouns:
        raise DataError("a pattern needs 'verbs' or 'nouns'", path=label, field=where)
    if p.kind not in KINDS:
        raise DataError(f"kind must be one of {KINDS}", path=label, field=where)
    bad = set(p.target) - SLOTS
    if bad:
        raise DataError(f"unknown target slots {sorted(bad)}", path=label, field=where)
    if p.kind == "event" and not p.code:
        raise DataError("an event pattern needs a 'code'", path=label, field=where)
    return p
