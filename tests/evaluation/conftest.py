"""Fixtures for the evaluation tests: a scope-"all" pipeline (confli-cameo is coded with
it), a pipeline chooser by scope, and small gold files written in tmp_path."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from summitry import Pipeline

MERZ = ("German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on "
        "Monday. The two leaders agreed to deepen defence cooperation.")
TUSK = "Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Warsaw on Tuesday."


def gold_event(source: str, target: str | None, cameo: str, *, symmetric: bool = False,
               **extra: Any) -> dict[str, Any]:
    return {"source": source, "source_sector": "GOV", "target": target, "target_sector": "GOV",
            "cameo": cameo, "symmetric": symmetric, "modality": "asserted", "date": None,
            "location": None, "evidence": None, **extra}


# Two articles in the project format: 3 of the 4 gold events are coded (the DEU→RUS 111
# is not in the text, so it is missed), and the first is written in the other direction.
PROJECT_RECORDS = [
    {"id": "g-1", "date": "2025-07-02", "title": "Paris talks", "text": MERZ, "events": [
        gold_event("FRA", "DEU", "042", symmetric=True, evidence={"start": 0, "end": 88}),
        gold_event("DEU", "FRA", "030", symmetric=True),
        gold_event("DEU", "RUS", "111")]},
    {"id": "g-2", "date": "2025-07-02", "text": TUSK, "events": [
        gold_event("POL", "FRA", "043", symmetric=True)]},
]


@pytest.fixture
def pipeline_for(request: pytest.FixtureRequest) -> Callable[[str], Pipeline]:
    """The session pipeline of a scope (each built once, only when asked for)."""
    def choose(scope: str) -> Pipeline:
        return request.getfixturevalue("pipeline" if scope == "international" else "pipeline_all")

    return choose


@pytest.fixture
def project_gold(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in PROJECT_RECORDS), encoding="utf-8")
    return path


@pytest.fixture
def contract_gold(tmp_path: Path, pipeline: Pipeline) -> Path:
    """The pipeline's own output as a gold file (JSON list, document contract)."""
    docs = [pipeline.code(r["text"], date=r["date"], id=r["id"]).to_dict(include_text=True)
            for r in PROJECT_RECORDS]
    path = tmp_path / "contract.json"
    path.write_text(json.dumps(docs, indent=2), encoding="utf-8")
    return path
