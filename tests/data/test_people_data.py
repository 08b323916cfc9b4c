"""Checks on the actor vocabularies in src/summitry/data/actors.

people/*.yaml (office holders with dated roles), titles.yaml and agents.yaml must validate
against their JSON Schemas in data/schema and hang together: ids unique across files, dates
in order, no double head-of-government terms, known country codes.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from itertools import combinations
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from summitry.actors.kb import KnowledgeBase

DATA = resources.files("summitry") / "data"
ACTORS = DATA / "actors"
SCHEMAS = DATA / "schema"
PEOPLE_FILES = sorted((r for r in (ACTORS / "people").iterdir() if r.name.endswith(".yaml")),
                      key=lambda r: r.name)
# Organisation codes used in `country` (DESIGN.md, "The document contract").
ORG_CODES = {"UNO", "EU", "NATO", "G7", "G20", "ASEAN", "AU", "IGO"}


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when available


@functools.cache
def _yaml(res: Any) -> Any:
    return yaml.load(res.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (safe)


def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _errors(validator: Draft202012Validator, data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(data)]


@pytest.fixture(scope="module")
def people() -> list[tuple[str, dict[str, Any]]]:
    """(file name, person) for every person in every packaged people file."""
    return [(res.name, p) for res in PEOPLE_FILES for p in _yaml(res)["people"]]


def _roles(people: list[tuple[str, dict[str, Any]]]):  # type: ignore[no-untyped-def]
    for fname, p in people:
        for j, r in enumerate(p["roles"]):
            yield fname, p, j, r


# ---- schemas ---------------------------------------------------------------
def test_there_are_people_files() -> None:
    assert PEOPLE_FILES


@pytest.mark.parametrize("res", PEOPLE_FILES, ids=lambda r: r.name)
def test_people_file_validates(res: Any) -> None:
    errors = _errors(_validator("people"), _yaml(res))
    assert not errors, f"{res.name}:\n" + "\n".join(errors)


@pytest.mark.parametrize("name", ["titles", "agents"])
def test_vocabulary_validates(name: str) -> None:
    errors = _errors(_validator(name), _yaml(ACTORS / f"{name}.yaml"))
    assert not errors, f"{name}.yaml:\n" + "\n".join(errors)


@pytest.mark.parametrize("name, bad", [
    ("people", {"version": 1, "people": [{"id": "Bad Id", "name": "X", "roles": []}]}),
    ("people", {"version": 1, "people": [{"id": "x", "name": "X", "gender": "male",
                                          "roles": []}]}),
    ("people", {"version": 1, "people": [{"id": "x", "name": "X", "roles": [
        {"title": "President", "country": "usa"}]}]}),
    ("people", {"version": 1, "people": [{"id": "x", "name": "X", "roles": [
        {"title": "President", "country": "USA", "office": "president"}]}]}),
    ("people", {"version": 1, "people": [{"id": "x", "name": "X", "roles": [
        {"title": "President", "country": "USA", "start": "2020-1-1"}]}]}),
    ("people", {"version": 1, "people": [{"id": "x", "name": "X", "roles": [],
                                          "born": "1950-01-01"}]}),
    ("titles", {"version": 1, "titles": [{"phrase": "Prime Minister",
                                          "office": "head_of_government"}]}),
    ("agents", {"version": 1, "agents": {"gov": ["government"]}}),
])
def test_schema_rejects(name: str, bad: dict[str, Any]) -> None:
    assert not _validator(name).is_valid(bad)


def test_knowledge_base_loads() -> None:
    kb = KnowledgeBase.load()
    assert kb.people and kb.titles and kb.agents


# ---- consistency -----------------------------------------------------------
def test_ids_unique_across_files(people: list[tuple[str, dict[str, Any]]]) -> None:
    where: dict[str, list[str]] = {}
    for fname, p in people:
        where.setdefault(p["id"], []).append(fname)
    dups = {pid: files for pid, files in where.items() if len(files) > 1}
    assert not dups, "person ids defined more than once (the later file silently wins): " + \
        ", ".join(f"{pid} in {files}" for pid, files in sorted(dups.items()))


def test_start_not_after_end(people: list[tuple[str, dict[str, Any]]]) -> None:
    bad = [f"{fname}: {p['id']} roles[{j}] {r['start']} > {r['end']}"
           for fname, p, j, r in _roles(people)
           if r.get("start") and r.get("end") and str(r["start"]) > str(r["end"])]
    assert not bad, "\n".join(bad)


def _acting(role: dict[str, Any]) -> bool:
    title = str(role.get("title", "")).lower()
    return bool(role.get("approx")) or "acting" in title or "interim" in title


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    a_start, a_end = a.get("start") or "0000-00-00", a.get("end") or "9999-99-99"
    b_start, b_end = b.get("start") or "0000-00-00", b.get("end") or "9999-99-99"
    return a_start <= b_end and b_start <= a_end


def test_no_overlapping_head_of_government_terms(
        people: list[tuple[str, dict[str, Any]]]) -> None:
    """One person cannot be head of government of a country twice at once (unless one of
    the terms is acting or its dates are approximate)."""
    bad = []
    for fname, p in people:
        terms = [r for r in p["roles"] if r.get("office") == "head_of_government"]
        for a, b in combinations(terms, 2):
            if a["country"] == b["country"] and _overlap(a, b) \
                    and not (_acting(a) or _acting(b)):
                bad.append(f"{fname}: {p['id']} {a['country']} {a.get('start')}..{a.get('end')}"
                           f" overlaps {b.get('start')}..{b.get('end')}")
    assert not bad, "overlapping head_of_government terms:\n" + "\n".join(bad)


def _known_codes() -> set[str]:
    countries = ACTORS / "countries.yaml"
    if not countries.is_file():
        pytest.skip("data/actors/countries.yaml does not exist yet: cannot check role countries")
    codes = {c["iso3"] for c in _yaml(countries)["countries"]}
    orgs = ACTORS / "organisations.yaml"
    if orgs.is_file():
        codes |= {o["code"] for o in _yaml(orgs).get("organisations") or []}
    return codes | ORG_CODES


def test_role_countries_known(people: list[tuple[str, dict[str, Any]]]) -> None:
    known = _known_codes()
    bad = [f"{fname}: {p['id']} roles[{j}] country {r['country']}"
           for fname, p, j, r in _roles(people) if r["country"] not in known]
    assert not bad, "role countries not in countries.yaml or the organisation codes:\n" + \
        "\n".join(bad)


def test_title_countries_known() -> None:
    known = _known_codes()
    bad = [f"{t['phrase']}: {c}" for t in _yaml(ACTORS / "titles.yaml")["titles"]
           for c in t.get("countries") or [] if c not in known]
    assert not bad, "\n".join(bad)


def test_title_phrases_unique() -> None:
    phrases = [t["phrase"] for t in _yaml(ACTORS / "titles.yaml")["titles"]]
    assert len(phrases) == len(set(phrases)), sorted(
        {p for p in phrases if phrases.count(p) > 1})


def test_agent_words_in_one_sector() -> None:
    """The loader keeps the last sector for a word; a word listed twice is a mistake."""
    seen: dict[str, str] = {}
    bad = []
    for sector, words in _yaml(ACTORS / "agents.yaml")["agents"].items():
        for w in words:
            if w in seen:
                bad.append(f"{w!r} in {seen[w]} and {sector}")
            seen.setdefault(w, sector)
    assert not bad, "\n".join(bad)
