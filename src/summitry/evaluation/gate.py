"""The evaluation gate: floors on the headline figures, pinned with the gold's digest.

``eval/floors.json`` holds, for each gold set, the sha256 of its gold file(s), the
pipeline scope it was scored with, and a floor (or, for counts of errors, a ceiling)
for each headline figure. ``judge`` compares a fresh ``Report`` with its entry;
``pin`` writes new entries from fresh reports, with floors rounded down to 3 decimals.
A floor only falls on purpose: ``pin`` refuses to lower one unless told to.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any, Callable, Mapping

from ..errors import ConfigError, DataError
from .report import Report
from .runner import evaluate, find_repo, gold_paths, scope_for, stories_path

FLOORS = Path("eval") / "floors.json"
PIN_HINT = "summitry eval --pin"


@dataclass(frozen=True)
class GateSet:
    """A gold set under the gate, and which of its figures have a floor or a ceiling."""

    key: str
    name: str
    split: str | None
    floors: tuple[str, ...]
    ceilings: tuple[str, ...] = ()


SETS = (
    GateSet("seed", "seed", None, ("must_passed",), ("must_not_violations",)),
    GateSet("confli-cameo/dev", "confli-cameo", "dev", ("root_f1", "quad_f1")),
    GateSet("confli-cameo/test", "confli-cameo", "test", ("root_f1", "quad_f1")),
    GateSet("petrarch2", "petrarch2", None, ("exact_rate", "triple_f1", "root_f1")),
    GateSet("voa", "voa", None, ("event_f1", "code_f1", "dyad_f1")),
    GateSet("own", "own", None, ("event_f1", "code_f1", "dyad_f1")),
)


def floors_path(repo: str | Path | None = None) -> Path:
    root = Path(repo) if repo else find_repo()
    if root is None:
        raise ConfigError("no repository (pyproject.toml) found to hold eval/floors.json")
    return root / FLOORS


def load_floors(path: str | Path) -> dict[str, Any]:
    """The pinned floors (an empty set of entries when the file does not exist yet)."""
    path = Path(path)
    if not path.exists():
        return {"sets": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot read the floors: {exc}", path=str(path)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict):
        raise DataError("floors.json must be an object with a 'sets' object", path=str(path))
    return data


def write_floors(path: str | Path, data: Mapping[str, Any]) -> None:
    ordered = dict(data)
    ordered["sets"] = {s.key: data["sets"][s.key] for s in SETS if s.key in data["sets"]}
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(ordered, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot write the floors: {exc.strerror or exc}", path=str(path)) from exc


def missing(gate_set: GateSet, *, shared: str | Path | None = None,
            repo: str | Path | None = None) -> str | None:
    """Why a set cannot be evaluated here (its gold is absent), or None when it can."""
    try:
        files = gold_paths(gate_set.name, gate_set.split, shared=shared, repo=repo)
    except ConfigError as exc:
        return exc.message
    absent = [label for label, path in files.items() if not path.is_file()]
    if gate_set.name == "voa" and not absent:
        stories = stories_path(shared, repo)  # the VOA gold refers to texts in ../shared
        if stories is None or not stories.is_file():
            absent.append("../shared/benchmarks/ngec-voa/stories.jsonl (the VOA texts)")
    return f"{', '.join(absent)} is absent" if absent else None


def evaluate_set(gate_set: GateSet, pipeline_for: Callable[[str], Any], *,
                 shared: str | Path | None = None, repo: str | Path | None = None) -> Report:
    """Score one gate set with the pipeline of its scope (``pipeline_for(scope)``)."""
    return evaluate(gate_set.name, pipeline=pipeline_for(scope_for(gate_set.name)),
                    split=gate_set.split, shared=shared, repo=repo)


def judge(gate_set: GateSet, report: Report, entry: Mapping[str, Any] | None) -> list[str]:
    """Every way ``report`` fails the pinned ``entry``; empty when it passes."""
    key = gate_set.key
    if entry is None:
        return [f"{key}: not pinned in {FLOORS}; run `{PIN_HINT}`"]
    problems = []
    pinned_gold = entry.get("gold", {})
    for label, digest in report.gold_files.items():
        if pinned_gold.get(label) != digest:
            was = str(pinned_gold.get(label))[:12]
            problems.append(f"{key}: gold file {label} changed (sha256 {was}… → {digest[:12]}…) "
                            f"since the floors were pinned; re-pin with `{PIN_HINT}`")
    if entry.get("scope") not in (None, report.scope):
        problems.append(f"{key}: scored with scope {report.scope!r}, pinned with "
                        f"{entry.get('scope')!r}")
    figures = report.figures()
    for metric, floor in entry.get("floors", {}).items():
        value = figures.get(metric)
        if value is None:
            problems.append(f"{key}: {metric} has a floor but the report has no such figure")
        elif value < floor:
            problems.append(f"{key}: {metric} = {value:.4f} is below its floor {floor} "
                            f"by {floor - value:.4f}")
    for metric, ceiling in entry.get("ceilings", {}).items():
        value = figures.get(metric)
        if value is None:
            problems.append(f"{key}: {metric} has a ceiling but the report has no such figure")
        elif value > ceiling:
            problems.append(f"{key}: {metric} = {value:g} is above its ceiling {ceiling} "
                            f"by {value - ceiling:g}")
    return problems


def round_down(value: float, places: int = 3) -> float:
    """``value`` rounded toward minus infinity to ``places`` decimals (counts stay whole)."""
    if isinstance(value, int):
        return value
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_FLOOR))


def entry_for(gate_set: GateSet, report: Report) -> dict[str, Any]:
    """A floors.json entry pinning the figures of ``report``."""
    figures = report.figures()
    return {
        "gold": dict(report.gold_files),
        "scope": report.scope,
        "floors": {m: round_down(figures[m]) for m in gate_set.floors},
        "ceilings": {m: math.ceil(figures[m]) for m in gate_set.ceilings},
        "documents": report.documents,
    }


def pin(floors: Mapping[str, Any], reports: Mapping[str, Report], *,
        allow_lower: bool = False) -> tuple[dict[str, Any], list[str]]:
    """New floors from fresh reports (by gate-set key); sets without a report keep
    their entries. Returns the new data and a line per change. Lowering a floor or
    raising a ceiling is refused (``ConfigError``) unless ``allow_lower``."""
    sets = dict(floors.get("sets", {}))
    changes: list[str] = []
    lowered: list[str] = []
    for gate_set in SETS:
        report = reports.get(gate_set.key)
        if report is None:
            continue
        old = sets.get(gate_set.key) or {}
        new = entry_for(gate_set, report)
        for kind, worse in (("floors", lambda a, b: a < b), ("ceilings", lambda a, b: a > b)):
            for metric, value in new[kind].items():
                before = old.get(kind, {}).get(metric)
                if before != value:
                    was = "unpinned" if before is None else before
                    changes.append(f"{gate_set.key}: {metric} {was} → {value}")
                if before is not None and worse(value, before):
                    lowered.append(f"{gate_set.key}: {metric} {before} → {value}")
        if old.get("gold") != new["gold"]:
            changes.append(f"{gate_set.key}: gold digest pinned")
        sets[gate_set.key] = new
    if lowered and not allow_lower:
        raise ConfigError("pinning would lower these floors (or raise ceilings): "
                          + "; ".join(lowered) + ". Lower them only on purpose, with "
                          "--allow-lower, and say why in the commit message")
    data = {"about": ABOUT, **{k: v for k, v in floors.items() if k != "sets"}, "sets": sets}
    return data, changes


ABOUT = ("Evaluation gate (docs/evaluation.md): for each gold set, the sha256 of its gold "
         "file(s), the pipeline scope it is scored with, floors (figures may not fall below) "
         "and ceilings (counts of errors may not rise above). Written by `summitry eval "
         "--pin`; floors are the figures at pinning time rounded down to 3 decimals, and "
         "only fall on purpose (--allow-lower).")
