"""groups.yaml: schema, ids, countries, and no surface form shared with other actors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

DATA = Path(__file__).resolve().parents[2] / "src/summitry/data"


def load(name: str) -> dict:
    return yaml.safe_load((DATA / "actors" / name).read_text(encoding="utf-8"))


def test_groups_validate_against_schema() -> None:
    schema = json.loads((DATA / "schema" / "groups.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(load("groups.yaml"), schema)


def test_ids_unique_and_countries_known() -> None:
    groups = load("groups.yaml")["groups"]
    ids = [g["id"] for g in groups]
    assert len(ids) == len(set(ids))
    countries = {c["iso3"] for c in load("countries.yaml")["countries"]}
    assert {g["country"] for g in groups} <= countries


def test_dated_sectors_are_ordered() -> None:
    for g in load("groups.yaml")["groups"]:
        periods = g.get("sectors", [])
        for a, b in zip(periods, periods[1:]):
            assert a["end"] is not None and b["start"] is not None and a["end"] < b["start"], g["id"]


def test_no_surface_form_shared_with_countries_or_organisations() -> None:
    taken: set[str] = set()
    for c in load("countries.yaml")["countries"]:
        taken |= {c["name"], *c.get("names", []), *c.get("adjectives", []),
                  *c.get("metonyms", [])}
    for o in load("organisations.yaml")["organisations"]:
        taken |= {o["name"], *o.get("names", [])}
    for g in load("groups.yaml")["groups"]:
        clash = {g["name"], *g["names"]} & taken
        assert not clash, (g["id"], clash)


def test_branches_are_known_groups_of_other_countries() -> None:
    groups = {g["id"]: g for g in load("groups.yaml")["groups"]}
    for g in groups.values():
        for b in g.get("branches", []):
            assert b in groups and b != g["id"], (g["id"], b)
            assert groups[b]["country"] != g["country"], (g["id"], b)
