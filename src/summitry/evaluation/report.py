"""The result of one evaluation, as a typed record with a JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .confli import ConfliScores
from .metrics import FIELDS, Case, EventScores
from .petrarch import PetrarchReport


@dataclass(frozen=True)
class Acceptance:
    """The seed acceptance checks: must items passed, must_not items violated."""

    must_passed: int
    must_total: int
    must_not_violations: int
    must_not_total: int
    failed: tuple[str, ...] = ()  # "section: item: detail" of each failing check

    def to_dict(self) -> dict[str, Any]:
        return {"must_passed": self.must_passed, "must_total": self.must_total,
                "must_not_violations": self.must_not_violations,
                "must_not_total": self.must_not_total, "failed": list(self.failed)}


@dataclass(frozen=True)
class Report:
    """Everything one ``evaluate`` call measured."""

    name: str
    split: str | None
    scope: str | None
    gold_files: dict[str, str]  # file -> sha256
    documents: int
    failures: dict[str, str] = field(default_factory=dict)  # document id -> why not coded
    events: EventScores | None = None
    acceptance: Acceptance | None = None
    confli: ConfliScores | None = None
    petrarch: PetrarchReport | None = None

    def figures(self) -> dict[str, float]:
        """The headline figures, by name (the names the gate's floors use)."""
        out: dict[str, float] = {}
        if self.acceptance:
            out["must_passed"] = self.acceptance.must_passed
            out["must_not_violations"] = self.acceptance.must_not_violations
        if self.events:
            out["event_f1"] = self.events.fields["root"].f1
            out |= {f"{name}_f1": prf.f1 for name, prf in self.events.fields.items()}
        if self.confli:
            out["root_f1"] = self.confli.roots.f1
            out["quad_f1"] = self.confli.quad.f1
            out["root_f1_excluding_01"] = self.confli.roots_excl_01.f1
            out["relevance_accuracy"] = self.confli.relevance_accuracy
        if self.petrarch:
            out["exact_rate"] = self.petrarch.ours.exact_rate
            out["triple_f1"] = self.petrarch.ours.triples.f1
            out["root_f1"] = self.petrarch.ours.root.f1
        return out

    def worst(self, n: int) -> list[Case]:
        """The ``n`` documents with most errors (missed + spurious), worst first."""
        if self.confli:
            return self.confli.worst(n)
        if self.petrarch:
            return self.petrarch.ours.worst(n)
        if not self.events:
            return []
        return [Case(d.id, tuple(e.describe() for e in d.missed),
                     tuple(e.describe() for e in d.spurious), d.failed)
                for d in self.events.worst(n)]

    def to_dict(self, *, worst: int = 10) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name, "split": self.split, "scope": self.scope,
            "gold_files": dict(self.gold_files), "documents": self.documents,
            "failures": dict(self.failures),
            "figures": {k: round(v, 4) for k, v in self.figures().items()},
        }
        if self.acceptance:
            data["acceptance"] = self.acceptance.to_dict()
        if self.events:
            data["events"] = {
                "fields": {name: self.events.fields[name].to_dict()
                           for name in FIELDS if name in self.events.fields},
                "tolerated": self.events.tolerated,
                "root_confusion": [{"gold": g, "predicted": p, "count": n}
                                   for (g, p), n in sorted(self.events.confusion.items())],
            }
        if self.confli:
            data["confli_cameo"] = self.confli.to_dict()
        if self.petrarch:
            data["petrarch2"] = self.petrarch.to_dict()
        data["worst"] = [c.to_dict() for c in self.worst(worst)]
        return data
