"""Acceptance: every bundled example article, checked item by item against its gold file.

The gold files in tests/examples_gold/ use the seed.gold.json format (see
/work/shared/acceptance/PROTOCOL.md and summitry.evaluation.acceptance). Each names its
article in ``article.path`` (relative to the repository root) and ``article.id``; for
examples/articles.jsonl the id picks the record. Plain-text examples carry no date and are
read with no date argument.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summitry import Pipeline
from summitry.evaluation.acceptance import Finding, check
from summitry.readers import ReadProblem, read_path
from summitry.types import Article, Document

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = Path(__file__).resolve().parent / "examples_gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.json"))
NO_EVENT_ARTICLE = "ex-006"

_documents: dict[str, Document] = {}
KNOWN_GAPS: dict[str, dict[str, str]] = json.loads(
    (GOLD_DIR / "known_gaps.json").read_text(encoding="utf-8"))["gaps"]


def _gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _article(gold: dict[str, Any]) -> Article:
    meta = gold["article"]
    items = list(read_path(REPO / meta["path"]))
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert not problems, f"{meta['path']}: {problems}"
    found = [a for a in items if isinstance(a, Article) and a.id == meta["id"]]
    assert len(found) == 1, (f"{meta['path']}: expected one article with id {meta['id']!r}, "
                             f"found ids {[getattr(a, 'id', None) for a in items]}")
    return found[0]


def _document(pipeline: Pipeline, gold: dict[str, Any]) -> Document:
    key = gold["article"]["id"]
    if key not in _documents:
        _documents[key] = pipeline.code(_article(gold))
    return _documents[key]


def _describe(f: Finding) -> str:
    return f"[{f.section}] {f.item}: {f.detail or 'failed'}"


def test_every_example_has_a_gold_file() -> None:
    assert len(GOLD_FILES) == 13, [p.name for p in GOLD_FILES]
    names = {p.name.removesuffix(".gold.json") for p in GOLD_FILES}
    for sub in ("transcripts", "text"):
        for article in (REPO / "examples" / sub).glob("*.txt"):
            assert article.stem in names, f"no gold file for {article}"
    for line in (REPO / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            assert json.loads(line)["id"] in names


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_article_metadata(pipeline: Pipeline, gold_path: Path) -> None:
    gold = _gold(gold_path)
    document = _document(pipeline, gold)
    meta = gold["article"]
    assert document.date == meta["date"]
    assert document.title == meta["title"]
    if "program" in meta:
        assert document.programme == meta["program"]


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_example_against_gold(pipeline: Pipeline, gold_path: Path) -> None:
    gold = _gold(gold_path)
    document = _document(pipeline, gold)
    findings = check(document, gold)
    must = gold["must"]
    expected = sum(len(must.get(k, [])) for k in ("actors", "events", "meetings", "quotes"))
    assert len(findings) == expected + len(gold.get("must_not", []))
    gaps = KNOWN_GAPS.get(gold["article"]["id"], {})
    failed = [_describe(f) for f in findings if not f.passed and f.item not in gaps]
    assert not failed, (f"{len(failed)} of {len(findings)} gold items failed for "
                        f"{gold['article']['id']}:\n" + "\n".join(failed))
    labels = {f.item for f in findings}
    assert set(gaps) <= labels, f"known gaps that name no gold item: {set(gaps) - labels}"
    mended = [f.item for f in findings if f.passed and f.item in gaps]
    assert not mended, f"now passing, remove from known_gaps.json: {mended}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_events_are_not_domestic_and_have_evidence(pipeline: Pipeline, gold_path: Path) -> None:
    document = _document(pipeline, _gold(gold_path))
    for e in document.events:
        assert e.target is None or e.source.country != e.target.country, e
        assert document.text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert e.rule


def test_no_event_article_has_no_events(pipeline: Pipeline) -> None:
    gold = _gold(GOLD_DIR / f"{NO_EVENT_ARTICLE}.gold.json")
    assert gold["must"]["events"] == []
    document = _document(pipeline, gold)
    assert document.events == (), [
        f"{e.id} {e.source.country}->{e.target.country if e.target else None} {e.cameo}: "
        f"{e.evidence.text}" for e in document.events]
