"""Loading gold files: the project format, the document contract, and malformed files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summitry.errors import DataError
from summitry.evaluation.gold import load_gold, load_stories

from .conftest import MERZ, gold_event


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_project_format(project_gold: Path) -> None:
    docs = load_gold(project_gold)
    assert [d.id for d in docs] == ["g-1", "g-2"]
    first = docs[0]
    assert (first.date, first.title, first.text, first.line) == ("2025-07-02", "Paris talks",
                                                                  MERZ, 1)
    assert [(e.source, e.target, e.cameo, e.symmetric) for e in first.events] == [
        ("FRA", "DEU", "042", True), ("DEU", "FRA", "030", True), ("DEU", "RUS", "111", False)]
    assert first.events[0].evidence == MERZ[:88]
    assert first.events[0].root == "04" and first.events[0].quad == 1
    assert docs[1].title is None


def test_text_from_stories(tmp_path: Path) -> None:
    stories = write_jsonl(tmp_path / "stories.jsonl", [{"id": "8011115", "text": "Some story."},
                                                       {"id": "42", "text": MERZ}])
    gold = write_jsonl(tmp_path / "voa.jsonl", [
        {"id": "42", "date": "2025-07-02", "events": [gold_event("DEU", "FRA", "042")]}])
    (doc,) = load_gold(gold, stories=stories)
    assert (doc.text, doc.date) == (MERZ, "2025-07-02")
    assert load_stories(stories)["8011115"] == "Some story."
    with pytest.raises(DataError, match=r"voa.jsonl:1: field 'text': .*no stories file"):
        load_gold(gold)
    with pytest.raises(DataError, match="not in the stories file"):
        load_gold(gold, stories={"7": "x"})


def test_document_contract_json_list_and_single(contract_gold: Path, tmp_path: Path) -> None:
    docs = load_gold(contract_gold)
    assert [d.id for d in docs] == ["g-1", "g-2"]
    assert docs[1].line is not None and docs[1].line > docs[0].line == 2
    assert {(e.source, e.target, e.cameo[:2]) for e in docs[0].events} >= {("DEU", "FRA", "04")}
    assert all(e.evidence for e in docs[0].events)
    single = tmp_path / "one.json"
    single.write_text(json.dumps(json.loads(contract_gold.read_text())[0]), encoding="utf-8")
    assert [d.id for d in load_gold(single)] == ["g-1"]
    lines = tmp_path / "docs.jsonl"
    write_jsonl(lines, json.loads(contract_gold.read_text()))
    assert [d.events for d in load_gold(lines)] == [d.events for d in docs]


def test_contract_without_text_is_an_error(tmp_path: Path, contract_gold: Path) -> None:
    docs = json.loads(contract_gold.read_text())
    del docs[0]["text"]
    path = tmp_path / "notext.json"
    path.write_text(json.dumps(docs), encoding="utf-8")
    with pytest.raises(DataError, match="has no text"):
        load_gold(path)


GOOD = {"id": "x", "date": None, "text": "Some text.", "events": []}


@pytest.mark.parametrize("record,message", [
    ({**GOOD, "id": None}, "field 'id': every gold record needs an id"),
    ({**GOOD, "date": "17/06/2025"}, "field 'date': date must be YYYY-MM-DD"),
    ({**GOOD, "events": {}}, "field 'events': events must be a list"),
    ({**GOOD, "events": ["x"]}, r"field 'events\[0\]': an event must be an object"),
    ({**GOOD, "events": [{"target": "FRA", "cameo": "042"}]}, "needs a source"),
    ({**GOOD, "events": [gold_event("DEU", "FRA", 42)]}, r"events\[0\].cameo.*'042'"),
    ({**GOOD, "events": [gold_event("DEU", "FRA", "99")]}, "CAMEO code string"),
    ({**GOOD, "events": [gold_event("DEU", "FRA", "042", symmetric="yes")]}, "true or false"),
    ({**GOOD, "events": [gold_event("DEU", "FRA", "042", modality="maybe")]}, "modality"),
    ({**GOOD, "events": [gold_event("DEU", 7, "042")]}, r"events\[0\].target.*country code"),
    ({**GOOD, "events": [gold_event("DEU", "FRA", "042", evidence={"start": 0, "end": 99})]},
     "evidence must be"),
    ({**GOOD, "title": 3}, "title must be a string"),
    ([1, 2], "must be a JSON object"),
])
def test_malformed_records(tmp_path: Path, record: object, message: str) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", [GOOD | {"id": "ok"}, record])
    with pytest.raises(DataError, match=message) as info:
        load_gold(path)
    assert info.value.path == str(path) and info.value.line == 2
    assert str(info.value).startswith(f"[E020] {path}:2: ")


def test_malformed_files(tmp_path: Path) -> None:
    bad_line = tmp_path / "bad.jsonl"
    bad_line.write_text(json.dumps(GOOD) + "\n\n{not json\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.jsonl:3: not valid JSON"):
        load_gold(bad_line)
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('[\n {"id": 1,\n  "events": [}\n]', encoding="utf-8")
    with pytest.raises(DataError, match=r"bad.json:3: not valid JSON"):
        load_gold(bad_json)
    scalar = tmp_path / "scalar.json"
    scalar.write_text("3", encoding="utf-8")
    with pytest.raises(DataError, match="a document or a list"):
        load_gold(scalar)
    array = tmp_path / "array.json"
    array.write_text("[\n" + json.dumps(GOOD) + ",\n\n" + json.dumps({**GOOD, "id": None}) + "\n]",
                     encoding="utf-8")
    with pytest.raises(DataError, match=r"array.json:4: field 'id'"):
        load_gold(array)
    duplicate = write_jsonl(tmp_path / "dup.jsonl", [GOOD, GOOD])
    with pytest.raises(DataError, match="dup.jsonl:2: field 'id': id 'x' repeats .* line 1"):
        load_gold(duplicate)
    with pytest.raises(DataError, match="no such gold file"):
        load_gold(tmp_path / "absent.jsonl")

