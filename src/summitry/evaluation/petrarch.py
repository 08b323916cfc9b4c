"""The PETRARCH2 validation suite: exact-record, triple and root scores, as its score.py.

Each record of ``validation.jsonl`` is coded as an article of its own, with its date,
by a pipeline whose knowledge base carries the suite's actor and agent dictionaries
(``raw/PETR.Validate.actors.txt``, ``raw/PETR.Validate.agents.txt``) as an overlay
(see ``summitry.actors.tabari_kb``). A record whose text holds a phrase of the suite's
discards dictionary codes nothing. Each event that is not negated becomes one
(source, target, code) triple per dictionary code of its parties; an event without a
target is kept, with target ``---``, only where the record sets ``require_dyad`` false.

Scoring follows the suite's ``score.py``: only ``scored`` records count; a record is
exact when its triple set equals the gold set (for ``no_events`` and ``error:*``
records, when nothing is emitted); micro P/R/F1 over triples and over triples with the
code cut to two characters; exact counts by category and by kind of expectation.
PETRARCH2's own output (``baseline/petrarch2.validation.pred.jsonl``) is scored the same
way as the reference.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..actors.tabari import Discard, read_actors, read_agents, read_discards
from ..actors.tabari_kb import UNKNOWN, Overlay, build_overlay
from ..errors import DataError
from ..types import Article, Document
from .gold import jsonl_lines
from .metrics import PRF, Case

logger = logging.getLogger(__name__)

FOLDER = ("benchmarks", "petrarch2")
GOLD = "validation.jsonl"
BASELINE = "baseline/petrarch2.validation.pred.jsonl"
ACTORS = "raw/PETR.Validate.actors.txt"
AGENTS = "raw/PETR.Validate.agents.txt"
DISCARDS = "raw/PETR.Validate.discards.txt"

Triple = tuple[str, str, str]


@dataclass(frozen=True)
class Suite:
    """The suite's dictionaries as far as we use them."""

    overlay: Overlay
    discards: tuple[Discard, ...]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataError(f"cannot read {path.name}: {exc.strerror or exc}",
                        path=str(path)) from exc


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """The lines of validation.jsonl (or a file of the same form), checked for what we use."""
    path = Path(path)
    records = []
    for number, record in jsonl_lines(_read(path), path):
        if not (isinstance(record, dict) and isinstance(record.get("id"), str)
                and isinstance(record.get("text"), str)
                and isinstance(record.get("events"), list)
                and isinstance(record.get("expect"), str)):
            raise DataError("a record needs id, text, events and expect", path=str(path),
                            line=number)
        records.append(record)
    return records


def load_predictions(path: str | Path) -> dict[str, list[Triple]]:
    """A predictions file of score.py's input form: id -> triples."""
    path = Path(path)
    out: dict[str, list[Triple]] = {}
    for number, row in jsonl_lines(_read(path), path):
        try:
            out[str(row["id"])] = [_triple(e) for e in row.get("events") or []]
        except (KeyError, TypeError, AttributeError) as exc:
            raise DataError(f"not a prediction line: {exc}", path=str(path),
                            line=number) from exc
    return out


def _triple(event: dict[str, Any]) -> Triple:
    return (str(event.get("source", "")), str(event.get("target", "")),
            str(event.get("code", "")))


def load_suite(folder: str | Path, kb: Any) -> Suite:
    """The suite's dictionaries from its folder, as an overlay on ``kb``."""
    folder = Path(folder)
    actors = read_actors(_read(folder / ACTORS), label=ACTORS)
    agents = read_agents(_read(folder / AGENTS), label=AGENTS)
    discards = read_discards(_read(folder / DISCARDS), label=DISCARDS)
    return Suite(build_overlay(actors, agents, kb), tuple(discards))


def with_overlay(pipeline: Any, overlay: Overlay) -> Any:
    """A pipeline like ``pipeline`` whose knowledge base also holds ``overlay``."""
    from ..pipeline import Pipeline

    with tempfile.TemporaryDirectory(prefix="summitry-petrarch-") as tmp:
        path = Path(tmp) / "petrarch-validate.actors.yaml"
        path.write_text(yaml.safe_dump(overlay.data, sort_keys=False, allow_unicode=True),
                        encoding="utf-8")
        return Pipeline(pipeline.settings, actor_files=(str(path),))


def discarded(text: str, discards: Sequence[Discard]) -> Discard | None:
    """The first discard phrase ``text`` holds (whole words, any case), or None."""
    padded = f" {' '.join(_words(text))} "
    for d in discards:
        if f" {' '.join(_words(d.phrase))} " in padded:
            return d
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def triples_of(document: Document, overlay: Overlay, *, day: str | None,
               require_dyad: bool = True) -> list[Triple]:
    """Our events as the suite's (source, target, code) triples (see the module doc)."""
    out: list[Triple] = []
    for e in document.events:
        if e.modality == "negated":
            continue
        sources = overlay.codes(e.source.actor, e.source.country, e.source.sector, day,
                                text=e.source.text)
        if e.target is not None:
            targets = overlay.codes(e.target.actor, e.target.country, e.target.sector, day,
                                    text=e.target.text)
        else:
            targets = []
        if not targets and not require_dyad:
            targets = [UNKNOWN]
        for s in sources:
            for t in targets:
                triple = (s, t, e.cameo)
                if triple not in out:
                    out.append(triple)
    return out


def require_dyad(record: dict[str, Any]) -> bool:
    value = str((record.get("options") or {}).get("require_dyad", "true")).lower()
    return value != "false"


def predict(pipeline: Any, records: Sequence[dict[str, Any]], suite: Suite
            ) -> tuple[dict[str, list[Triple]], dict[str, str]]:
    """Code every record; returns triples by id and failures (id -> reason)."""
    articles = [Article(text=r["text"], id=r["id"], date=r.get("date")) for r in records]
    predictions: dict[str, list[Triple]] = {}
    failures: dict[str, str] = {}
    for record, result in zip(records, pipeline.pipe(articles)):
        rid = record["id"]
        if not isinstance(result, Document):
            failures[rid] = str(result)
            logger.warning("record %s could not be coded: %s", rid, result)
            continue
        if discarded(record["text"], suite.discards):
            predictions[rid] = []
            continue
        predictions[rid] = triples_of(result, suite.overlay, day=record.get("date"),
                                      require_dyad=require_dyad(record))
    return predictions, failures


@dataclass(frozen=True)
class PetrarchScores:
    """score.py's report for one predictions set."""

    records: int
    exact: int
    triples: PRF
    root: PRF
    by_category: dict[str, tuple[int, int]]  # category -> (exact, of)
    by_expect: dict[str, tuple[int, int]]
    missing: int
    dyads: PRF = field(default=PRF())  # not score.py's: (source, target) pairs, any code
    cases: tuple[Case, ...] = field(default=())

    @property
    def exact_rate(self) -> float:
        return self.exact / self.records if self.records else 0.0

    def worst(self, n: int) -> list[Case]:
        return sorted((c for c in self.cases if c.missed or c.spurious),
                      key=lambda c: (-(len(c.missed) + len(c.spurious)), c.id))[:n]

    def to_dict(self) -> dict[str, Any]:
        """The same structure as score.py's JSON report."""
        return {"records": self.records,
                "exact": {"n": self.exact, "rate": round(self.exact_rate, 4)},
                "triples": self.triples.to_dict(), "root": self.root.to_dict(),
                "by_category": {k: {"exact": e, "of": n} for k, (e, n) in
                                sorted(self.by_category.items())},
                "by_expect": {k: {"exact": e, "of": n} for k, (e, n) in
                              sorted(self.by_expect.items())},
                "missing_predictions": self.missing,
                "extra_dyads_any_code": self.dyads.to_dict()}


def _set(events: Sequence[Triple], *, root: bool = False) -> set[Triple]:
    return {(s, t, c[:2] if root else c) for s, t, c in events}


def score(records: Sequence[dict[str, Any]], predictions: dict[str, list[Triple]], *,
          use_all: bool = False) -> PetrarchScores:
    """Score predictions as score.py does (``use_all``: its ``--all``)."""
    rows = [r for r in records if use_all or r.get("scored", True)]
    counts = {False: PRF(), True: PRF()}
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_exp: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    exact = 0
    dyads = PRF()
    cases = []
    for r in rows:
        got = predictions.get(r["id"], [])
        gold = [_triple(e) for e in r["events"]]
        for root in (False, True):
            counts[root] += PRF.of_sets(_set(got, root=root), _set(gold, root=root))
        dyads += PRF.of_sets({(s, t) for s, t, _ in got}, {(s, t) for s, t, _ in gold})
        ok = _set(got) == _set(gold)
        exact += ok
        for table, key in ((by_cat, r.get("category", "")), (by_exp, r["expect"].split(":")[0])):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            cases.append(Case(r["id"], tuple(" ".join(t) for t in sorted(_set(gold) - _set(got))),
                              tuple(" ".join(t) for t in sorted(_set(got) - _set(gold)))))
    return PetrarchScores(
        records=len(rows), exact=exact, triples=counts[False], root=counts[True],
        by_category={k: (v[0], v[1]) for k, v in by_cat.items()},
        by_expect={k: (v[0], v[1]) for k, v in by_exp.items()},
        missing=sum(r["id"] not in predictions for r in rows), dyads=dyads,
        cases=tuple(cases))


@dataclass(frozen=True)
class PetrarchReport:
    """Our scores beside PETRARCH2's reference run, and what the overlay could not map."""

    ours: PetrarchScores
    reference: PetrarchScores | None
    unmatched: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"ours": self.ours.to_dict(),
                "petrarch2": self.reference.to_dict() if self.reference else None,
                "dictionary_names_not_mapped": list(self.unmatched)}


def evaluate_suite(pipeline: Any, gold_path: Path, folder: Path
                   ) -> tuple[list[dict[str, Any]], PetrarchReport, dict[str, str]]:
    """Code and score the suite; returns the records, the report and the failures."""
    records = load_records(gold_path)
    kb = getattr(pipeline, "kb", None)
    if kb is None:
        from ..actors.kb import KnowledgeBase

        kb = KnowledgeBase.load()
    suite = load_suite(folder, kb)
    coder = with_overlay(pipeline, suite.overlay) if hasattr(pipeline, "settings") else pipeline
    predictions, failures = predict(coder, records, suite)
    baseline = folder / BASELINE
    reference = score(records, load_predictions(baseline)) if baseline.is_file() else None
    return records, PetrarchReport(score(records, predictions), reference,
                                   suite.overlay.unmatched), failures
