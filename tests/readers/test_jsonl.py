"""JSON Lines: one article per line, bad lines reported and skipped."""

from __future__ import annotations

import json

import pytest

from summitry.errors import RecordError
from summitry.readers import read_path, read_text

from .conftest import Writer, split


def jsonl(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


GOOD = {"id": "a1", "title": "Talks in Lima", "date": "2024-05-06",
        "url": "https://news.example/a1", "programme": "Wire",
        "text": "Two trade ministers met in Lima on Monday."}


def test_good_records(write: Writer) -> None:
    path = write("wire.jsonl", jsonl(GOOD, {"text": "Second story without extras."}))
    articles, problems = split(read_path(path))
    assert problems == []
    first, second = articles
    assert (first.id, first.title, first.date, first.source, first.programme, first.line) == (
        "a1", "Talks in Lima", "2024-05-06", "https://news.example/a1", "Wire", 1)
    assert first.text == GOOD["text"]
    assert second.id == "wire:2"
    assert second.source == str(path)
    assert second.line == 2


def test_malformed_line_among_good_ones(write: Writer) -> None:
    path = write("mixed.ndjson", jsonl(GOOD, "{not json", {"text": "Third line is fine."}))
    articles, problems = split(read_path(path))
    assert [a.line for a in articles] == [1, 3]
    (problem,) = problems
    assert problem.line == 2
    assert problem.source == str(path)
    assert isinstance(problem.error, RecordError)
    assert f"{path}:2" in str(problem)


def test_record_without_date(write: Writer) -> None:
    path = write("nodate.jsonl", jsonl({"text": "Leaders spoke by phone."}))
    (article,) = list(read_path(path))
    assert article.date is None
    (dated,) = list(read_path(path, date="2024-02-01"))
    assert dated.date == "2024-02-01"
    (own,) = list(read_path(write("own.jsonl", jsonl(GOOD)), date="2000-01-01"))
    assert own.date == "2024-05-06"


@pytest.mark.parametrize(
    ("line", "field", "message"),
    [
        ({"title": "no text"}, "text", "missing"),
        ({"text": ""}, "text", "empty"),
        ({"text": "   "}, "text", "empty"),
        ({"text": ["a", "b"]}, "text", "array"),
        ({"text": "ok", "title": 5}, "title", "string"),
        ({"text": "ok", "id": 1.5}, "id", "number"),
        ({"text": "ok", "url": {"href": "x"}}, "url", "object"),
        ({"text": "ok", "date": "18/06/2025"}, "date", "YYYY-MM-DD"),
        ({"text": "ok", "date": "2025-06-18T10:00:00"}, "date", "YYYY-MM-DD"),
        ({"text": "ok", "date": "2025-13-01"}, "date", "YYYY-MM-DD"),
        ('["text", "a list"]', None, "JSON object"),
        ("42", None, "JSON object"),
    ],
)
def test_bad_records(write: Writer, line: object, field: str | None, message: str) -> None:
    path = write("bad.jsonl", jsonl(GOOD, line))
    articles, problems = split(read_path(path))
    assert len(articles) == 1
    (problem,) = problems
    assert problem.line == 2
    assert problem.error.field == field
    assert message in str(problem)


def test_blank_lines_and_integer_ids(write: Writer) -> None:
    path = write("ids.jsonl", "\n" + jsonl({"id": 7, "text": "x"}) + "\n\n" + jsonl(
        {"id": "b", "text": "y", "title": "", "extra": [1]}))
    articles, problems = split(read_path(path))
    assert problems == []
    assert [(a.id, a.line, a.title) for a in articles] == [("7", 2, None), ("b", 5, None)]


def test_read_text_jsonl_ids_are_text_hashes() -> None:
    articles, _ = split(read_text(jsonl({"text": "alpha"}, {"text": "beta", "id": "k"})))
    assert len(articles[0].id) == 12 and articles[1].id == "k"
    assert articles[0].source is None
