"""The PETRARCH2 validation suite: the scorer on hand-made predictions, the conversion of
our events to the suite's triples, and (with ../shared) the whole run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from summitry.actors.kb import KnowledgeBase
from summitry.actors.tabari import Discard, read_actors, read_agents
from summitry.actors.tabari_kb import build_overlay
from summitry.errors import DataError
from summitry.evaluation import petrarch
from summitry.evaluation.runner import evaluate
from tests.helpers import shared_file


def record(rid: str, events: list[tuple[str, str, str]], *, expect: str = "events",
           category: str = "DEMO", scored: bool = True, **extra: Any) -> dict[str, Any]:
    return {"id": rid, "text": "x", "date": "2001-01-01", "expect": expect, "scored": scored,
            "category": category, "events": [{"source": s, "target": t, "code": c}
                                             for s, t, c in events], **extra}


RECORDS = [
    record("a", [("ARN", "GON", "064")]),
    record("b", [("GONGOV", "OSG", "0842"), ("OSG", "GONGOV", "081")], category="AGENT"),
    record("c", [], expect="no_events", category="VERB"),
    record("d", [], expect="error:storydiscard", category="ERROR"),
    record("e", [("ARN", "GON", "111")], scored=False),
]


def test_score_as_score_py() -> None:
    predictions = {
        "a": [("ARN", "GON", "064")],                             # exact
        "b": [("GONGOV", "OSG", "0841"), ("OSG", "GONGOV", "081")],  # one code wrong
        "c": [],                                                  # exact: nothing
        "d": [("ARN", "GON", "010")],                              # should be nothing
        "e": [],                                                  # unscored
    }
    s = petrarch.score(RECORDS, predictions)
    assert (s.records, s.exact) == (4, 2)
    assert (s.triples.tp, s.triples.fp, s.triples.fn) == (2, 2, 1)
    assert (s.root.tp, s.root.fp, s.root.fn) == (3, 1, 0)  # 0841 and 0842 share root 08
    assert s.by_category == {"DEMO": (1, 1), "AGENT": (0, 1), "VERB": (1, 1), "ERROR": (0, 1)}
    assert s.by_expect == {"events": (1, 2), "no_events": (1, 1), "error": (0, 1)}
    assert s.missing == 0
    assert [c.id for c in s.worst(5)] == ["b", "d"]
    assert s.to_dict()["exact"] == {"n": 2, "rate": 0.5}
    everything = petrarch.score(RECORDS, {"a": predictions["a"]}, use_all=True)
    assert (everything.records, everything.exact, everything.missing) == (5, 3, 4)


def test_predictions_file(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "a", "events": [
        {"source": "ARN", "target": "GON", "code": "064"}], "status": "ok"}) + "\n\n")
    assert petrarch.load_predictions(path) == {"a": [("ARN", "GON", "064")]}
    path.write_text("{\"events\": []}\n")
    with pytest.raises(DataError):
        petrarch.load_predictions(path)


def party(actor: str, country: str | None, sector: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(actor=actor, country=country, sector=sector, text="")


def event(source: SimpleNamespace, target: SimpleNamespace | None, cameo: str,
          modality: str = "asserted") -> SimpleNamespace:
    return SimpleNamespace(source=source, target=target, cameo=cameo, modality=modality)


def test_triples_of() -> None:
    overlay = build_overlay(read_actors("WESTMARCH_ [WMA]\nNORDLAND_ [NRD]\n"
                                        "RIVERLANDS_ [RVR/LKE]\n"),
                            read_agents("SOLDIER [~MIL]\n"), KnowledgeBase())
    document = SimpleNamespace(events=[
        event(party("WMA", "WMA"), party("NRD:MIL", "NRD", "MIL"), "190"),
        event(party("NRD", "NRD"), None, "010"),
        event(party("WMA", "WMA"), party("NRD", "NRD"), "036", modality="negated"),
        event(party("r", "RVR/LKE"), party("NRD", "NRD"), "042"),
    ])
    assert petrarch.triples_of(document, overlay, day=None) == [
        ("WMA", "NRDMIL", "190"), ("RVR", "NRD", "042"), ("LKE", "NRD", "042")]
    assert ("NRD", "---", "010") in petrarch.triples_of(document, overlay, day=None,
                                                        require_dyad=False)
    assert not petrarch.require_dyad({"options": {"require_dyad": "FALSE"}})
    assert petrarch.require_dyad({"options": {}})


def test_discarded() -> None:
    discards = [Discard("WEEKS AFTERWARDS", False), Discard("Harvest Fair", True)]
    assert petrarch.discarded("Two weeks afterwards, Nordland...", discards) == discards[0]
    assert petrarch.discarded("At the harvest fairground", discards) is None


@pytest.mark.shared
def test_reference_run_matches_the_readme() -> None:
    gold = petrarch.load_records(shared_file("benchmarks", "petrarch2", petrarch.GOLD))
    baseline = shared_file("benchmarks", "petrarch2", petrarch.BASELINE)
    s = petrarch.score(gold, petrarch.load_predictions(baseline))
    assert (s.exact, s.records) == (90, 279)
    assert round(s.triples.f1, 3) == 0.413
    assert s.by_expect == {"events": (64, 252), "no_events": (20, 20), "error": (6, 7)}
    # and every figure is the suite's own score.py's
    scorer = shared_file("benchmarks", "petrarch2", "score.py")
    theirs = json.loads(subprocess.run([sys.executable, str(scorer), str(baseline)],
                                       capture_output=True, text=True, check=True).stdout)
    ours = s.to_dict()
    ours.pop("extra_dyads_any_code")
    assert ours == {k: v for k, v in theirs.items() if k != "gold"}


@pytest.mark.shared
def test_suite_end_to_end(pipeline_all: Any) -> None:
    shared_file("benchmarks", "petrarch2", petrarch.GOLD)  # skips without ../shared
    folder = shared_file("benchmarks", "petrarch2")
    report = evaluate("petrarch2", pipeline=pipeline_all, shared=folder.parent.parent)
    assert report.documents == 284 and report.petrarch is not None
    assert report.petrarch.ours.records == 279
    assert report.petrarch.reference is not None and report.petrarch.reference.exact == 90
    assert {"exact_rate", "triple_f1", "root_f1"} <= set(report.figures())
    assert list(report.gold_files) == ["../shared/benchmarks/petrarch2/validation.jsonl"]
    # the suite's dictionaries reach the coder: our own sentence, its fictional names
    suite = petrarch.load_suite(folder, pipeline_all.kb)
    coder = petrarch.with_overlay(pipeline_all, suite.overlay)
    document = coder.code("The Gondor government accused Arnor of spying.", date="2001-01-01")
    assert ("GONGOV", "ARN", "112") in petrarch.triples_of(document, suite.overlay,
                                                           day="2001-01-01")
