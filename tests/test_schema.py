"""The JSON document contract: ``Document.to_dict()`` against data/schema/document.schema.json."""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import summitry
from summitry.types import Document

SCHEMA = resources.files("summitry") / "data" / "schema" / "document.schema.json"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

ARTICLE = (
    "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee Jae-myung in Tokyo "
    "on Saturday for their first summit. The two leaders agreed to deepen security "
    "ties and to hold regular consultations. \"We will work together for peace and "
    "prosperity in the region,\" Prime Minister Shigeru Ishiba told reporters after the talks. "
    "Japan and South Korea also criticized North Korea for its missile launches."
)
DATE = "2025-08-23"


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def pipeline() -> summitry.Pipeline:
    return summitry.Pipeline()


@pytest.fixture(scope="module")
def coded(pipeline: summitry.Pipeline) -> Document:
    return pipeline.code(ARTICLE, date=DATE, title="Ishiba and Lee meet in Tokyo", id="t-001")


def errors(validator: Draft202012Validator, data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in validator.iter_errors(data)]


def check_references(data: dict[str, Any]) -> None:
    """What the schema cannot say: ids refer to records of the same document."""
    actors = {a["id"] for a in data["actors"]}
    events = {e["id"] for e in data["events"]}
    quotes = {q["id"] for q in data["quotes"]}
    assert len(actors) == len(data["actors"])
    assert len(events) == len(data["events"])
    for e in data["events"]:
        assert e["cameo"].startswith(e["cameo_root"]), e["id"]
        assert e["source"]["actor"] in actors, e["id"]
        assert e["target"] is None or e["target"]["actor"] in actors, e["id"]
        assert e["evidence"]["start"] <= e["evidence"]["end"]
    for m in data["meetings"]:
        assert {p["actor"] for p in m["participants"]} <= actors, m["id"]
        assert set(m["outcomes"]) <= events, m["id"]
        assert set(m["quotes"]) <= quotes, m["id"]
    for a in data["actors"]:
        assert all(start <= end for start, end in a["mentions"]), a["id"]
    if "text" in data:
        text = data["text"]
        for e in data["events"]:
            ev = e["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"], e["id"]


# ---- real output -----------------------------------------------------------
def test_coded_article_validates(coded: Document, validator: Draft202012Validator) -> None:
    data = coded.to_dict()
    assert errors(validator, data) == []
    assert data["events"] and data["actors"] and data["meetings"]
    assert "text" not in data
    check_references(data)


def test_coded_article_with_text_validates(coded: Document,
                                           validator: Draft202012Validator) -> None:
    data = coded.to_dict(include_text=True)
    assert data["text"] == ARTICLE
    assert errors(validator, data) == []
    check_references(data)


def test_json_round_trip(coded: Document, validator: Draft202012Validator) -> None:
    data = json.loads(json.dumps(coded.to_dict(include_text=True)))
    assert errors(validator, data) == []


def test_article_without_events_validates(pipeline: summitry.Pipeline,
                                          validator: Draft202012Validator) -> None:
    doc = pipeline.code("The weather in the capital was mild on Tuesday afternoon.", date=DATE)
    data = doc.to_dict()
    assert data["events"] == [] and data["meetings"] == []
    assert errors(validator, data) == []


def test_empty_document_validates(validator: Draft202012Validator) -> None:
    doc = Document(id="empty", title=None, date=None, source=None, programme=None, text="")
    assert errors(validator, doc.to_dict()) == []
    assert errors(validator, doc.to_dict(include_text=True)) == []


def test_examples_validate(pipeline: summitry.Pipeline, validator: Draft202012Validator) -> None:
    """Everything in examples/ (what `summitry code examples/ --format jsonl` writes)."""
    if not EXAMPLES.is_dir():
        pytest.skip(f"{EXAMPLES} is not here (tests run without the source tree)")
    n = 0
    for item in pipeline.code_paths([str(EXAMPLES)]):
        assert isinstance(item, Document), f"not coded: {item}"
        data = item.to_dict(include_text=True)
        assert errors(validator, data) == [], data["id"]
        check_references(data)
        n += 1
    assert n > 0


# ---- the schema rejects what is outside the contract ----------------------
def _extra(path: tuple[Any, ...]):  # type: ignore[no-untyped-def]
    def change(data: dict[str, Any]) -> None:
        obj: Any = data
        for key in path:
            obj = obj[key]
        obj["unexpected"] = 1
    return change


def _set(path: tuple[Any, ...], value: Any):  # type: ignore[no-untyped-def]
    def change(data: dict[str, Any]) -> None:
        obj: Any = data
        for key in path[:-1]:
            obj = obj[key]
        obj[path[-1]] = value
    return change


def _drop(key: str):  # type: ignore[no-untyped-def]
    return lambda data: data.pop(key)


@pytest.mark.parametrize("change", [
    pytest.param(_extra(()), id="extra top-level field"),
    pytest.param(_extra(("actors", 0)), id="extra actor field"),
    pytest.param(_extra(("events", 0)), id="extra event field"),
    pytest.param(_extra(("events", 0, "source")), id="extra party field"),
    pytest.param(_extra(("events", 0, "plover")), id="extra plover field"),
    pytest.param(_extra(("events", 0, "evidence")), id="extra evidence field"),
    pytest.param(_extra(("events", 0, "location")), id="extra location field"),
    pytest.param(_extra(("meetings", 0)), id="extra meeting field"),
    pytest.param(_extra(("meetings", 0, "participants", 0)), id="extra participant field"),
    pytest.param(_extra(("quotes", 0, "speaker")), id="extra speaker field"),
    pytest.param(_drop("warnings"), id="missing field"),
    pytest.param(_set(("date",), "23/08/2025"), id="bad date"),
    pytest.param(_set(("actors", 0, "kind"), "nation"), id="bad actor kind"),
    pytest.param(_set(("actors", 0, "country"), "jpn"), id="bad country code"),
    pytest.param(_set(("actors", 0, "mentions"), [[0, 1, 2]]), id="bad mention"),
    pytest.param(_set(("events", 0, "cameo"), "40"), id="cameo without leading zero"),
    pytest.param(_set(("events", 0, "cameo"), 40), id="cameo as number"),
    pytest.param(_set(("events", 0, "cameo_root"), "4"), id="bad cameo root"),
    pytest.param(_set(("events", 0, "quad_class"), 5), id="bad quad class"),
    pytest.param(_set(("events", 0, "goldstein"), 11.0), id="goldstein out of range"),
    pytest.param(_set(("events", 0, "confidence"), 1.5), id="confidence out of range"),
    pytest.param(_set(("events", 0, "modality"), "maybe"), id="bad modality"),
    pytest.param(_set(("events", 0, "date_precision"), "week"), id="bad date precision"),
    pytest.param(_set(("events", 0, "plover", "type"), "MEET"), id="bad plover type"),
    pytest.param(_set(("meetings", 0, "format"), "quadrilateral"), id="bad meeting format"),
    pytest.param(_set(("quotes", 0, "kind"), "indirect"), id="bad quote kind"),
    pytest.param(_set(("text",), None), id="null text"),
])
def test_schema_rejects(change: Any, coded: Document, validator: Draft202012Validator) -> None:
    data = copy.deepcopy(coded.to_dict())
    assert data["actors"] and data["events"] and data["meetings"] and data["quotes"]
    assert errors(validator, data) == []
    change(data)
    assert errors(validator, data), "the schema accepted an invalid document"
