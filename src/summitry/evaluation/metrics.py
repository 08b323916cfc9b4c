"""Precision, recall and F1 of coded events against gold events.

Events are compared as ``ScoredEvent`` records (a country-level view of an event) and
matched one to one: for each scored field, a predicted and a gold event match when
their keys for that field are equal. Without symmetric events this is the multiset
intersection of the two key lists. A symmetric event (on either side) may be read in
either direction, so its key is also tried with source and target swapped; the count
of matches is then a maximum bipartite matching, which for a symmetric pair amounts to
normalising the key by sorting the two countries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Hashable, Iterable, Sequence

Key = tuple[Hashable, ...]


@dataclass(frozen=True)
class PRF:
    """True positives, false positives and false negatives, with the derived rates.

    A rate whose denominator is zero is 0.0 (nothing predicted, or nothing to find).
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @classmethod
    def of_sets(cls, predicted: Iterable[Hashable], gold: Iterable[Hashable]) -> PRF:
        """Counts for two sets (duplicates ignored)."""
        p, g = set(predicted), set(gold)
        return cls(len(p & g), len(p - g), len(g - p))

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


def quad_of(root: str) -> int:
    """The standard CAMEO quad class of a root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4."""
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


@dataclass(frozen=True)
class ScoredEvent:
    """What scoring compares of an event: countries, CAMEO code, date and place."""

    source: str | None
    target: str | None
    cameo: str
    symmetric: bool = False
    date: str | None = None
    location: str | None = None
    modality: str | None = None
    evidence: str = ""  # for reports only

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def quad(self) -> int:
        return quad_of(self.root)

    def describe(self) -> str:
        arrow = "↔" if self.symmetric else "→"
        text = f"{self.source}{arrow}{self.target} {self.cameo}"
        if self.date:
            text += f" {self.date}"
        if self.location:
            text += f" @{self.location}"
        if self.evidence:
            snippet = " ".join(self.evidence.split())
            text += f' "{snippet[:80]}{"…" if len(snippet) > 80 else ""}"'
        return text


KeyFunction = Callable[[str | None, str | None, ScoredEvent], Key]

# Each field's key, given the event's source and target in one orientation.
FIELDS: dict[str, KeyFunction] = {
    "root": lambda s, t, e: (s, t, e.root),
    "code": lambda s, t, e: (s, t, e.cameo),
    "quad": lambda s, t, e: (s, t, e.quad),
    "source": lambda s, t, e: (s,),
    "target": lambda s, t, e: (t,),
    "dyad": lambda s, t, e: (s, t),
    "date": lambda s, t, e: (s, t, e.root, e.date),
    "location": lambda s, t, e: (s, t, e.root, e.location),
}
HEADLINE = "root"


def _keys(event: ScoredEvent, key: KeyFunction) -> tuple[Key, ...]:
    direct = key(event.source, event.target, event)
    if not event.symmetric:
        return (direct,)
    return (direct, key(event.target, event.source, event))


def match(predicted: Sequence[ScoredEvent], gold: Sequence[ScoredEvent],
          field_name: str = HEADLINE) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index) of a maximum one-to-one matching on a field."""
    key = FIELDS[field_name]
    gold_direct: dict[Key, list[int]] = {}
    gold_any: dict[Key, list[int]] = {}
    for j, g in enumerate(gold):
        keys = _keys(g, key)
        gold_direct.setdefault(keys[0], []).append(j)
        for k in keys:
            gold_any.setdefault(k, []).append(j)
    edges: list[list[int]] = []
    for p in predicted:
        keys = _keys(p, key)
        # a direct match first; then any orientation allowed by a symmetric event
        candidates = list(gold_direct.get(keys[0], ()))
        for k in keys:
            candidates += [j for j in gold_any.get(k, ()) if j not in candidates]
        edges.append(candidates)
    owner: dict[int, int] = {}  # gold index -> predicted index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(predicted)):
        if edges[i]:
            augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def count(predicted: Sequence[ScoredEvent], gold: Sequence[ScoredEvent],
          field_name: str = HEADLINE) -> PRF:
    tp = len(match(predicted, gold, field_name))
    return PRF(tp, len(predicted) - tp, len(gold) - tp)


@dataclass(frozen=True)
class DocumentResult:
    """One document's missed and spurious events on the headline field."""

    id: str
    missed: tuple[ScoredEvent, ...]
    spurious: tuple[ScoredEvent, ...]
    failed: str | None = None  # why the document could not be coded

    @property
    def errors(self) -> int:
        return len(self.missed) + len(self.spurious)


@dataclass(frozen=True)
class EventScores:
    """Per-field P/R/F1, the root confusion matrix and the per-document results."""

    fields: dict[str, PRF]
    confusion: dict[tuple[str, str], int]  # (gold root, predicted root) -> events
    documents: tuple[DocumentResult, ...] = ()
    tolerated: int = 0  # predicted events accepted as "may" items, not counted as errors

    def worst(self, n: int) -> list[DocumentResult]:
        ranked = sorted(self.documents, key=lambda d: (-d.errors, d.id))
        return [d for d in ranked if d.errors or d.failed][:n]


def score_documents(items: Iterable[tuple[str, Sequence[ScoredEvent], Sequence[ScoredEvent]]],
                    *, fields: Sequence[str] = tuple(FIELDS),
                    tolerate: dict[str, Sequence[ScoredEvent]] | None = None,
                    failures: dict[str, str] | None = None) -> EventScores:
    """Score ``(document id, predicted, gold)`` triples, pooling counts over documents.

    ``tolerate`` maps a document id to acceptable extra events: a predicted event left
    unmatched that matches one of them (one to one, on the same field) is not a false
    positive.
    """
    totals = {name: PRF() for name in fields}
    confusion: Counter[tuple[str, str]] = Counter()
    results: list[DocumentResult] = []
    tolerated = 0
    for doc_id, predicted, gold in items:
        extras = (tolerate or {}).get(doc_id, ())
        for name in fields:
            pairs = match(predicted, gold, name)
            hit = {i for i, _ in pairs}
            left = [p for i, p in enumerate(predicted) if i not in hit]
            allowed = len(match(left, extras, name)) if extras else 0
            totals[name] += PRF(len(pairs), len(left) - allowed, len(gold) - len(pairs))
            if name == HEADLINE:
                tolerated += allowed
                results.append(_result(doc_id, predicted, gold, pairs, extras,
                                       (failures or {}).get(doc_id)))
        confusion.update(root_confusion(predicted, gold))
    return EventScores(totals, dict(confusion), tuple(results), tolerated)


def _result(doc_id: str, predicted: Sequence[ScoredEvent], gold: Sequence[ScoredEvent],
            pairs: list[tuple[int, int]], extras: Sequence[ScoredEvent],
            failed: str | None) -> DocumentResult:
    hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
    left = [p for i, p in enumerate(predicted) if i not in hit_p]
    ok = {i for i, _ in match(left, extras)} if extras else set()
    return DocumentResult(doc_id, tuple(g for j, g in enumerate(gold) if j not in hit_g),
                          tuple(p for i, p in enumerate(left) if i not in ok), failed)


def root_confusion(predicted: Sequence[ScoredEvent],
                   gold: Sequence[ScoredEvent]) -> Counter[tuple[str, str]]:
    """(gold root, predicted root) counts over events matched on their dyad.

    Pairs that agree on the root are matched first, so that a dyad with several events
    puts as many as possible on the diagonal; the rest are then matched on the dyad.
    """
    cells: Counter[tuple[str, str]] = Counter()
    pairs = match(predicted, gold, "root")
    for i, j in pairs:
        cells[(gold[j].root, predicted[i].root)] += 1
    hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
    rest_p = [p for i, p in enumerate(predicted) if i not in hit_p]
    rest_g = [g for j, g in enumerate(gold) if j not in hit_g]
    for i, j in match(rest_p, rest_g, "dyad"):
        cells[(rest_g[j].root, rest_p[i].root)] += 1
    return cells


@dataclass(frozen=True)
class Case:
    """A row of a worst-cases list, ready to print or serialise."""

    id: str
    missed: tuple[str, ...] = field(default_factory=tuple)
    spurious: tuple[str, ...] = field(default_factory=tuple)
    failed: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "fn": len(self.missed), "fp": len(self.spurious),
                                "missed": list(self.missed), "spurious": list(self.spurious)}
        if self.failed:
            data["failed"] = self.failed
        return data
