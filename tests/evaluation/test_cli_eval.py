"""``summitry eval``: the tables, --json, exit codes and --pin."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

import summitry.pipeline as pipeline_module
from summitry import Pipeline
from summitry.cli import app
from summitry.evaluation.runner import sha256

from .conftest import MERZ, TUSK


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """The session pipeline for every command, no SUMMITRY_* settings, 100 columns."""
    monkeypatch.setattr(pipeline_module, "Pipeline", lambda *a, **k: pipeline)
    monkeypatch.delenv("SUMMITRY_SHARED", raising=False)
    monkeypatch.delenv("SUMMITRY_CONFIG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(app, ["eval", *map(str, args)])


def test_project_format_tables(project_gold: Path) -> None:
    result = run(project_gold, "--worst", "3")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for text in ("2 document(s)", "root (event F1)", "code", "location",
                 "rows gold root, columns predicted root", "worst 1 case(s)", "g-1: 1 missed",
                 "- missed   DEU→RUS 111"):
        assert text in out, text


def test_contract_format_and_json_report(contract_gold: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run(contract_gold, "--json", report)
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert {"name", "gold_files", "documents", "figures", "events", "worst"} <= set(data)
    assert data["documents"] == 2
    assert data["events"]["fields"]["root"]["f1"] == 1.0
    assert data["figures"]["event_f1"] == 1.0 and data["worst"] == []


@pytest.mark.parametrize("args,message", [
    (["nonsense"], "unknown gold set 'nonsense'"),
    (["absent.jsonl"], "gold file absent.jsonl does not exist"),
    ([], "give a gold set"),
    (["seed", "--shared", "/nonexistent/shared"], "/nonexistent/shared does not exist"),
    (["confli-cameo", "--split", "train", "--shared", "."], "split must be one of"),
    (["--pin", "seed"], "--pin takes no gold set"),
])
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_missing_shared_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SUMMITRY_SHARED", str(tmp_path / "gone"))
    result = run("confli-cameo")
    assert result.exit_code == 2 and "gone does not exist" in result.stderr


def _annotator(name: str, roots: list[str], relevant: bool) -> dict[str, Any]:
    return {"annotator": name, "relevant": relevant, "roots": roots, "actions": []}


def _sentence(id: str, text: str, roots: list[str]) -> dict[str, Any]:
    return {"id": id, "text": text, "date": "2025-07-02",
            "gold": {"relevant": bool(roots), "roots": roots, "quad": [1] if roots else []},
            "annotations": [_annotator(f"A{i}", roots, bool(roots)) for i in range(1, 5)]}


@pytest.fixture
def tiny_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with a ../shared holding a two-sentence confli-cameo dev split."""
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "pyproject.toml").write_text("", encoding="utf-8")
    bench = tmp_path / "shared" / "benchmarks" / "confli-cameo"
    bench.mkdir(parents=True)
    lines = [_sentence("cc-1", MERZ, ["04"]), _sentence("cc-2", TUSK, ["01"])]
    (bench / "dev.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines),
                                     encoding="utf-8")
    monkeypatch.chdir(repo)
    return repo


def test_confli_tables(tiny_repo: Path) -> None:
    result = run("confli-cameo", "--split", "dev")
    assert result.exit_code == 0, result.output
    assert "like for like: machine vs held-out human" in result.stdout
    assert "cc-2: 1 missed, 1 spurious" in result.stdout  # 01 missed, the meeting (04) spurious


def test_pin_writes_floors_and_refuses_to_lower(tiny_repo: Path) -> None:
    result = run("--pin")
    assert result.exit_code == 0, result.output
    assert "seed: not pinned" in result.stderr and "wrote" in result.stderr
    floors_file = tiny_repo / "eval" / "floors.json"
    data = json.loads(floors_file.read_text(encoding="utf-8"))
    entry = data["sets"]["confli-cameo/dev"]
    assert set(data["sets"]) == {"confli-cameo/dev"}
    assert set(entry["floors"]) == {"root_f1", "quad_f1"}
    assert entry["gold"] == {"../shared/benchmarks/confli-cameo/dev.jsonl":
                             sha256(tiny_repo.parent / "shared/benchmarks/confli-cameo/dev.jsonl")}
    entry["floors"]["root_f1"] = 0.999
    floors_file.write_text(json.dumps(data), encoding="utf-8")
    refused = run("--pin")
    assert refused.exit_code == 2 and "would lower" in refused.stderr
    assert json.loads(floors_file.read_text())["sets"]["confli-cameo/dev"]["floors"]["root_f1"] \
        == 0.999
    lowered = run("--pin", "--allow-lower")
    assert lowered.exit_code == 0, lowered.output
    assert "root_f1 0.999 →" in lowered.stderr


@pytest.fixture
def tiny_petrarch(tiny_repo: Path) -> Path:
    """A ../shared/benchmarks/petrarch2 of our own: two records, three dictionaries."""
    bench = tiny_repo.parent / "shared" / "benchmarks" / "petrarch2"
    (bench / "raw").mkdir(parents=True)
    (bench / "raw" / "PETR.Validate.actors.txt").write_text(
        "<!-- our own test actors -->\nNORDLAND_ [NRD]\nWESTMARCH_ [WMA]\n", encoding="utf-8")
    (bench / "raw" / "PETR.Validate.agents.txt").write_text("GOVERNMENT [~GOV]\n",
                                                            encoding="utf-8")
    (bench / "raw" / "PETR.Validate.discards.txt").write_text("+HARVEST FAIR\n",
                                                              encoding="utf-8")
    rows = [{"id": "t-1", "date": "2001-01-01", "scored": True, "category": "DEMO",
             "expect": "events", "text": "The Nordland government accused Westmarch of spying.",
             "events": [{"source": "NRDGOV", "target": "WMA", "code": "112"}]},
            {"id": "t-2", "date": "2001-01-01", "scored": True, "category": "ERROR",
             "expect": "error:storydiscard",
             "text": "Nordland praised Westmarch at the harvest fair.", "events": []}]
    (bench / "validation.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                            encoding="utf-8")
    return bench


def test_petrarch_tables_and_json(tiny_petrarch: Path, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # real pipelines here: the suite's dictionaries go into a pipeline of their own
    monkeypatch.setattr(pipeline_module, "Pipeline", Pipeline)
    out = tmp_path / "report.json"
    result = run("petrarch2", "--json", out)
    assert result.exit_code == 0, result.output
    assert "PETRARCH2 validation suite" in result.stdout and "scope all" in result.stdout
    assert "exact records" in result.stdout and "2/2 = 100.0 %" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["petrarch2"]["ours"]["triples"]["tp"] == 1
    assert report["petrarch2"]["petrarch2"] is None  # no baseline run in this folder
    assert report["figures"]["exact_rate"] == 1.0
    assert report["gold_files"] == {"../shared/benchmarks/petrarch2/validation.jsonl":
                                    sha256(tiny_petrarch / "validation.jsonl")}
