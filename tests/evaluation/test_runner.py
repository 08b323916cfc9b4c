"""The evaluation API: named sets, gold paths, ../shared discovery, the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summitry import Pipeline
from summitry.errors import ConfigError, DataError
from summitry.evaluation.metrics import PRF
from summitry.evaluation.runner import (
    SHARED_ENV,
    evaluate,
    find_repo,
    find_shared,
    gold_paths,
    scope_for,
    sha256,
)


def test_project_gold_file(pipeline: Pipeline, project_gold: Path) -> None:
    report = evaluate(project_gold, pipeline=pipeline)
    assert report.documents == 2 and not report.failures
    assert report.gold_files == {str(project_gold): sha256(project_gold)}
    fields = report.events.fields  # type: ignore[union-attr]
    assert fields["root"] == PRF(3, 0, 1)  # the DEU→RUS 111 is not in the text
    assert fields["dyad"].tp == 3
    (worst,) = report.worst(5)
    assert worst.id == "g-1" and worst.missed[0].startswith("DEU→RUS 111")
    assert report.figures()["event_f1"] == fields["root"].f1
    data = json.loads(json.dumps(report.to_dict(worst=3)))
    assert data["events"]["fields"]["root"]["tp"] == 3
    assert data["worst"][0]["fn"] == 1


def test_own_output_as_gold_scores_perfectly(pipeline: Pipeline, contract_gold: Path) -> None:
    report = evaluate(contract_gold, pipeline=pipeline)
    assert report.events is not None
    for name, prf in report.events.fields.items():
        assert (prf.fp, prf.fn, prf.f1) == (0, 0, 1.0), name
    assert all(g == p for (g, p) in report.events.confusion)
    assert report.worst(5) == []


def test_unknown_name_and_misplaced_split(pipeline: Pipeline, project_gold: Path) -> None:
    with pytest.raises(ConfigError, match="unknown gold set 'nonsense'"):
        evaluate("nonsense", pipeline=pipeline)
    with pytest.raises(ConfigError, match="confli-cameo only"):
        evaluate(project_gold, pipeline=pipeline, split="dev")
    with pytest.raises(ConfigError, match="split must be one of dev, test, all"):
        gold_paths("confli-cameo", "train", shared=project_gold.parent)


def test_find_repo_and_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "work" / "main"
    (repo / "src" / "deep").mkdir(parents=True)
    (repo / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    monkeypatch.delenv(SHARED_ENV, raising=False)
    assert find_repo(repo / "src" / "deep") == repo.resolve()
    with pytest.raises(ConfigError, match="shared.*does not exist; give --shared DIR"):
        find_shared(repo=repo)
    (tmp_path / "work" / "shared").mkdir()
    assert find_shared(repo=repo) == tmp_path / "work" / "shared"
    monkeypatch.setenv(SHARED_ENV, str(tmp_path / "elsewhere"))
    with pytest.raises(ConfigError, match="elsewhere does not exist"):
        find_shared(repo=repo)
    assert find_shared(tmp_path, repo=repo) == tmp_path  # an explicit folder wins
    assert gold_paths("voa", repo=repo) == {"eval/gold/voa.jsonl":
                                            repo / "eval" / "gold" / "voa.jsonl"}


def test_absent_gold_sets(pipeline: Pipeline, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    with pytest.raises(DataError, match="eval/gold/own.jsonl does not exist"):
        evaluate("own", pipeline=pipeline, repo=tmp_path)
    with pytest.raises(DataError, match="seed.gold.json does not exist"):
        evaluate("seed", pipeline=pipeline, shared=tmp_path)


def test_scopes() -> None:
    assert scope_for("confli-cameo") == "all"
    assert scope_for("seed") == scope_for("voa") == scope_for("x.jsonl") == "international"
