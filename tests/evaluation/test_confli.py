"""confli-cameo: the scorer on a hand-worked example, and agreement with score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summitry import Pipeline
from summitry.evaluation import confli
from summitry.evaluation.metrics import PRF

from tests.helpers import shared_file


def annotator(name: str, roots: list[str], relevant: bool) -> dict[str, Any]:
    return {"annotator": name, "relevant": relevant, "roots": roots, "actions": []}


RECORDS = [
    {"id": "cc-1", "text": "x", "gold": {"relevant": True, "roots": ["01", "18"], "quad": [1, 4]},
     "annotations": [annotator("A1", ["01", "18"], True), annotator("A2", ["18"], True),
                     annotator("A3", ["01"], True), annotator("A4", [], False)]},
    {"id": "cc-2", "text": "y", "gold": {"relevant": False, "roots": [], "quad": []},
     "annotations": [annotator(f"A{i}", [], False) for i in range(1, 5)]},
]


def test_score_by_hand() -> None:
    predictions = {"cc-1": confli.Prediction("cc-1", frozenset({"18", "11"}), True)}
    s = confli.score(RECORDS, predictions)  # cc-2 has no prediction: no event, not relevant
    assert (s.sentences, s.predicted) == (2, 1)
    assert s.roots == PRF(1, 1, 1)
    assert s.exact_set_match == 0.5
    assert s.roots_excl_01 == PRF(1, 1, 0)
    assert s.quad == PRF(1, 1, 1)
    assert s.relevance == PRF(1, 0, 0) and s.relevance_accuracy == 1.0
    # leave-one-out references for cc-1: {} / {01} / {18} / {01, 18}
    assert s.loo_machine["roots"] == PRF(2, 6, 2)
    assert s.loo_human["roots"] == PRF(0, 4, 4)
    assert s.loo_relevance == (8, 7, 8)
    assert [c.id for c in s.worst(5)] == ["cc-1"]
    report = s.to_dict()
    assert report["vs_gold"]["relevance"]["accuracy"] == 1.0
    assert report["vs_leave_one_out"]["relevance_accuracy"] == {"machine": 1.0, "human": 0.875}


def test_root_of() -> None:
    assert [confli.root_of(c) for c in ("18", "1", 18, "183", "0831", "", "21", "x")] == \
        ["18", "01", "18", "18", "08", None, None, None]


def test_negated_events_are_not_predicted(pipeline: Pipeline) -> None:
    from dataclasses import replace

    doc = pipeline.code("German Chancellor Friedrich Merz met French President Emmanuel Macron.",
                        date="2025-07-02")
    assert confli.prediction_of(doc).roots == {"04"}
    negated = replace(doc, events=tuple(replace(e, modality="negated") for e in doc.events))
    assert confli.prediction_of(negated) == confli.Prediction(doc.id, frozenset(), False)


def _leaves(value: Any, path: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out |= _leaves(item, f"{path}/{key}")
        return out
    return {path: value}


@pytest.mark.shared
@pytest.mark.parametrize("split", ["dev"])
def test_same_figures_as_score_py(split: str, pipeline_all: Pipeline, tmp_path: Path) -> None:
    """Our figures equal those of the benchmark's own scorer, to 3 decimals."""
    scorer = shared_file("benchmarks", "confli-cameo", "score.py")
    gold = shared_file("benchmarks", "confli-cameo", confli.SPLITS[split])
    records = confli.load_sentences(gold)
    predictions, failures = confli.predict(pipeline_all, records)
    assert not failures
    preds = tmp_path / "preds.jsonl"
    preds.write_text("".join(json.dumps(p.to_json()) + "\n" for p in predictions.values()),
                     encoding="utf-8")
    run = subprocess.run([sys.executable, str(scorer), str(preds), "--gold", str(gold)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    theirs = _leaves(json.loads(run.stdout))
    ours = _leaves(confli.score(records, predictions).to_dict())
    compared = 0
    for key, value in theirs.items():
        if key in ("/gold_file", "/vs_leave_one_out/note", "/predictions_not_in_gold"):
            continue
        assert key in ours, f"score.py reports {key}, we do not"
        if value is None:  # score.py leaves an undefined rate empty; ours is 0.0
            assert ours[key] in (None, 0.0), key
        else:
            assert round(ours[key], 3) == round(value, 3), key
            compared += 1
    assert compared >= 60
