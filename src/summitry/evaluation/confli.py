"""The confli-cameo benchmark: sentence-level CAMEO root sets against four annotators.

Each sentence is coded as an article of its own (with the record's date when it has
one). The predicted root set is the set of ``cameo_root`` of the document's events whose
modality is not ``"negated"``: a negated event ("did not meet") is not an event under
the coding protocol, and the annotators coded only what happened, was agreed or was
said. The sentence is predicted relevant when that set is not empty.

The figures are those of the benchmark's ``score.py`` (its README, "How to score a
coder"), computed the same way: micro P/R/F1 pooled over sentences, sentences with
no prediction count as "no event, not relevant", F1 = 2tp / (2tp + fp + fn), and the
leave-one-out references are the "at least half" majority of the other annotators.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import DataError
from ..types import Article, Document
from .gold import jsonl_lines
from .metrics import PRF, Case, quad_of

SPLITS = {"dev": "dev.jsonl", "test": "test.jsonl", "all": "sentences.jsonl"}
STOP = {"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with",
        "from", "his", "her", "its", "their", "s", "'s", "who", "that", "which", "as"}


@dataclass(frozen=True)
class Prediction:
    """What the coder said about one sentence, in score.py's terms."""

    id: str
    roots: frozenset[str]
    relevant: bool
    events: tuple[tuple[str, str | None, str | None], ...] = ()  # (root, source, target text)
    described: tuple[str, ...] = ()  # the events, for the worst-cases list

    def to_json(self) -> dict[str, Any]:
        """One line of score.py's input."""
        return {"id": self.id, "roots": sorted(self.roots), "relevant": self.relevant,
                "events": [{"root": r, "source": s, "target": t} for r, s, t in self.events]}


def root_of(code: object) -> str | None:
    """A CAMEO code cut to its two-digit root, or None when it is not a root 01-20."""
    digits = re.sub(r"\D", "", str(code))
    if not digits:
        return None
    root = digits.zfill(2) if len(digits) <= 2 else digits[:2]
    return root if 1 <= int(root) <= 20 else None


def prediction_of(document: Document) -> Prediction:
    events = [e for e in document.events if e.modality != "negated"]
    kept = [(r, e) for e in events if (r := root_of(e.cameo_root))]
    roots = frozenset(r for r, _ in kept)
    return Prediction(
        id=document.id, roots=roots, relevant=bool(roots),
        events=tuple((r, e.source.text or None, e.target.text or None if e.target else None)
                     for r, e in kept),
        described=tuple(f"{r} {e.source.country}→{e.target.country if e.target else None} "
                        f"{e.cameo} {e.evidence.text[:60]!r}" for r, e in kept))


def load_sentences(path: str | Path) -> list[dict[str, Any]]:
    """The records of sentences.jsonl, dev.jsonl or test.jsonl, checked for what we use."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read the confli-cameo sentences: {exc.strerror or exc}",
                        path=str(path)) from exc
    records = []
    for number, record in jsonl_lines(text, path):
        gold = record.get("gold") if isinstance(record, dict) else None
        if not (isinstance(gold, dict) and isinstance(record.get("text"), str)
                and isinstance(record.get("annotations"), list)
                and {"roots", "quad", "relevant"} <= set(gold)):
            raise DataError("a sentence needs id, text, gold{roots, quad, relevant} and "
                            "annotations", path=str(path), line=number)
        records.append(record)
    return records


def predict(pipeline: Any, records: Sequence[dict[str, Any]]
            ) -> tuple[dict[str, Prediction], dict[str, str]]:
    """Code every sentence; returns predictions by id and failures (id -> reason)."""
    articles = [Article(text=r["text"], id=r["id"], date=r.get("date")) for r in records]
    predictions: dict[str, Prediction] = {}
    failures: dict[str, str] = {}
    for article, result in zip(articles, pipeline.pipe(articles)):
        if isinstance(result, Document):
            predictions[article.id] = prediction_of(result)  # type: ignore[index]
        else:
            failures[str(article.id)] = str(result)
    return predictions, failures


@dataclass(frozen=True)
class ConfliScores:
    """score.py's report: vs_gold, vs_leave_one_out and actors."""

    sentences: int
    predicted: int
    roots: PRF
    exact: int
    roots_excl_01: PRF
    quad: PRF
    relevance: PRF
    relevance_correct: int
    loo_machine: dict[str, PRF]  # roots, roots_excluding_01, quad
    loo_human: dict[str, PRF]
    loo_relevance: tuple[int, int, int]  # machine correct, human correct, n
    actors: dict[str, dict[str, tuple[int, int]]]  # who -> role -> (n, matches)
    cases: tuple[Case, ...] = field(default=())

    @property
    def exact_set_match(self) -> float:
        return self.exact / self.sentences if self.sentences else 0.0

    @property
    def relevance_accuracy(self) -> float:
        return self.relevance_correct / self.sentences if self.sentences else 0.0

    def loo_relevance_accuracy(self, who: str) -> float:
        machine, human, n = self.loo_relevance
        return (machine if who == "machine" else human) / n if n else 0.0

    def worst(self, n: int) -> list[Case]:
        return sorted((c for c in self.cases if c.missed or c.spurious),
                      key=lambda c: (-(len(c.missed) + len(c.spurious)), c.id))[:n]

    def to_dict(self) -> dict[str, Any]:
        """The same structure as score.py's JSON report."""
        relevance = self.relevance.to_dict() | {"accuracy": round(self.relevance_accuracy, 4)}
        loo = {name: {"machine": self.loo_machine[name].to_dict(),
                      "human": self.loo_human[name].to_dict()}
               for name in ("roots", "roots_excluding_01", "quad")}
        loo["relevance_accuracy"] = {w: round(self.loo_relevance_accuracy(w), 4)
                                     for w in ("machine", "human")}
        return {
            "sentences": self.sentences, "predicted": self.predicted,
            "missing_predictions": self.sentences - self.predicted,
            "vs_gold": {"roots": self.roots.to_dict(),
                        "roots_exact_set_match": round(self.exact_set_match, 4),
                        "roots_excluding_01": self.roots_excl_01.to_dict(),
                        "quad": self.quad.to_dict(), "relevance": relevance},
            "vs_leave_one_out": loo,
            "actors": {who: {role: {"n": n, "shares_content_word":
                                    round(k / n, 4) if n else None}
                             for role, (n, k) in roles.items()}
                       for who, roles in self.actors.items()},
        }


def _tokens(text: str | None) -> set[str]:
    return {t for t in re.findall(r"[a-z0-9]+", (text or "").lower()) if t not in STOP}


def _shares_word(text: str | None, spans: Iterable[str]) -> bool:
    mine = _tokens(text)
    return bool(mine) and any(mine & _tokens(s) for s in spans)


def _majority(sets: Sequence[Iterable[Any]]) -> set[Any]:
    votes = Counter(x for s in sets for x in set(s))
    return {k for k, v in votes.items() if sets and 2 * v >= len(sets)}


def _quads(roots: Iterable[str]) -> set[int]:
    return {quad_of(r) for r in roots}


def score(records: Sequence[dict[str, Any]], predictions: dict[str, Prediction]) -> ConfliScores:
    """Score predictions against the gold of ``records`` exactly as score.py does."""
    names = ("roots", "roots_excluding_01", "quad")
    vs = dict.fromkeys(names, PRF())
    machine, human = dict.fromkeys(names, PRF()), dict.fromkeys(names, PRF())
    relevance = Counter[tuple[bool, bool]]()
    loo_relevance = Counter[str]()
    actors = {who: Counter[str]() for who in ("machine", "human")}
    exact = 0
    cases = []
    for record in records:
        empty = Prediction(record["id"], frozenset(), False)
        p = predictions.get(record["id"], empty)
        gold_roots = set(record["gold"]["roots"])
        vs["roots"] += PRF.of_sets(p.roots, gold_roots)
        vs["roots_excluding_01"] += PRF.of_sets(p.roots - {"01"}, gold_roots - {"01"})
        vs["quad"] += PRF.of_sets(_quads(p.roots), set(record["gold"]["quad"]))
        exact += p.roots == gold_roots
        relevance[(p.relevant, bool(record["gold"]["relevant"]))] += 1
        cases.append(Case(record["id"], tuple(sorted(gold_roots - p.roots)),
                          tuple(d for d in p.described if d[:2] not in gold_roots)))
        annotations = record["annotations"]
        for i, a in enumerate(annotations):
            others = [o for j, o in enumerate(annotations) if j != i]
            if len(others) < 2:
                continue
            ref = _majority([o["roots"] for o in others])
            ref_quad = _majority([_quads(o["roots"]) for o in others])
            mine = set(a["roots"])
            for who, got in (("machine", set(p.roots)), ("human", mine)):
                table = machine if who == "machine" else human
                table["roots"] += PRF.of_sets(got, ref)
                table["roots_excluding_01"] += PRF.of_sets(got - {"01"}, ref - {"01"})
                table["quad"] += PRF.of_sets(_quads(got), ref_quad)
            votes = [o["relevant"] for o in others if o["relevant"] is not None]
            ref_relevant = bool(votes) and 2 * sum(votes) >= len(votes)
            loo_relevance["machine"] += p.relevant == ref_relevant
            loo_relevance["human"] += (a["relevant"] is True) == ref_relevant
            loo_relevance["n"] += 1
            for action in a["actions"]:
                if action["root"] and action["root"] in ref:
                    _actor_match(actors["human"], others, action["root"],
                                 (action["source"], action["target"]))
        for root, source, target in p.events:
            if root in gold_roots:
                _actor_match(actors["machine"], annotations, root, (source, target))
    n = len(records)
    rel = PRF(relevance[(True, True)], relevance[(True, False)], relevance[(False, True)])
    correct = relevance[(True, True)] + relevance[(False, False)]
    return ConfliScores(
        sentences=n, predicted=sum(r["id"] in predictions for r in records),
        roots=vs["roots"], exact=exact, roots_excl_01=vs["roots_excluding_01"],
        quad=vs["quad"], relevance=rel, relevance_correct=correct,
        loo_machine=machine, loo_human=human,
        loo_relevance=(loo_relevance["machine"], loo_relevance["human"], loo_relevance["n"]),
        actors={who: {role: (c[role + "_n"], c[role + "_match"]) for role in ("source", "target")}
                for who, c in actors.items()},
        cases=tuple(cases))


def _actor_match(counter: Counter[str], annotators: Sequence[dict[str, Any]], root: str,
                 texts: tuple[str | None, str | None]) -> None:
    """score.py's lenient actor test for one event: does its text share a content word
    with a span any of ``annotators`` gave for the same root?"""
    for role, text in zip(("source", "target"), texts):
        spans = [s["text"] for a in annotators for x in a["actions"] if x["root"] == root
                 for s in x[role + "_spans"]]
        if spans:
            counter[role + "_n"] += 1
            counter[role + "_match"] += _shares_word(text, spans)
