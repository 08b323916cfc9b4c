"""Acceptance: the seed transcript, checked item by item against seed.gold.json."""

from __future__ import annotations

import json

import pytest

from summitry import Pipeline
from summitry.evaluation.acceptance import check
from summitry.readers import read_path

from tests.helpers import shared_file


@pytest.fixture(scope="module")
def findings(pipeline: Pipeline):  # type: ignore[no-untyped-def]
    seed = shared_file("acceptance", "seed.txt")
    gold = json.loads(shared_file("acceptance", "seed.gold.json").read_text(encoding="utf-8"))
    (article,) = list(read_path(seed))
    document = pipeline.code(article)
    return document, gold, check(document, gold)


def test_article_metadata(findings) -> None:  # type: ignore[no-untyped-def]
    document, gold, _ = findings
    assert document.date == gold["article"]["date"]
    assert document.programme == gold["article"]["program"]
    assert document.title == gold["article"]["title"]


@pytest.mark.parametrize("section", ["actors", "events", "meetings", "quotes"])
def test_every_must_item(findings, section: str) -> None:  # type: ignore[no-untyped-def]
    _, gold, results = findings
    mine = [f for f in results if f.section == section]
    assert len(mine) == len(gold["must"][section])
    failed = [f"{f.item}: {f.detail}" for f in mine if not f.passed]
    assert not failed, "\n".join(failed)


def test_no_must_not_item(findings) -> None:  # type: ignore[no-untyped-def]
    _, gold, results = findings
    mine = [f for f in results if f.section == "must_not"]
    assert len(mine) == len(gold["must_not"])
    failed = [f"{f.item}: {f.detail}" for f in mine if not f.passed]
    assert not failed, "\n".join(failed)


def test_no_event_is_domestic_and_every_event_has_evidence(findings) -> None:  # type: ignore[no-untyped-def]
    document, _, _ = findings
    for e in document.events:
        assert e.target is None or e.source.country != e.target.country
        assert document.text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert e.rule
