"""Validate the places gazetteer (src/summitry/data/actors/places.yaml).

The file is checked against its JSON Schema and then against the other actor
files: every country code exists in countries.yaml, every surface form (name or
names, compared case-insensitively) belongs to one place only, and no surface
form is also a country name, adjective, demonym, metonym or capital, an
organisation name or a group name.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src/summitry/data"
ACTORS = DATA / "actors"
SCHEMA = DATA / "schema" / "places.schema.json"

COUNTRY_SURFACE_FIELDS = ("names", "adjectives", "demonyms", "metonyms")


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict:
    with open(ACTORS / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def schema() -> dict:
    with open(SCHEMA, encoding="utf-8") as fh:
        return json.load(fh)


def doc() -> dict:
    return load_yaml("places.yaml")


def places() -> list[dict]:
    return doc()["places"]


def surface_forms(place: dict) -> list[str]:
    return [place["name"], *place.get("names", [])]


def place_by_form() -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = defaultdict(list)
    for p in places():
        for form in surface_forms(p):
            index[fold(form)].append(p)
    return index


def reserved_forms() -> dict[str, str]:
    """Folded strings used by the other actor files, with where each comes from."""
    reserved: dict[str, str] = {}
    for c in load_yaml("countries.yaml")["countries"]:
        for field in COUNTRY_SURFACE_FIELDS:
            for form in c[field]:
                reserved.setdefault(fold(form), f"countries.yaml {c['iso3']} {field}")
        if c["capital"]:
            reserved.setdefault(fold(c["capital"]), f"countries.yaml {c['iso3']} capital")
    for o in load_yaml("organisations.yaml")["organisations"]:
        for form in o["names"]:
            reserved.setdefault(fold(form), f"organisations.yaml {o['id']}")
    for g in load_yaml("groups.yaml")["groups"]:
        for form in g["names"]:
            reserved.setdefault(fold(form), f"groups.yaml {g['id']}")
    return reserved


# --- schema ------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12():
    sch = schema()
    assert sch["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(sch)


def test_file_validates_against_schema():
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(doc()), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:20])


def test_schema_is_strict():
    validator = jsonschema.Draft202012Validator(schema())
    good = places()[0]
    assert validator.is_valid({"version": 1, "places": [good]})
    assert not validator.is_valid(dict(doc(), unexpected=True))
    assert not validator.is_valid({"version": 1, "places": [dict(good, unexpected="x")]})
    assert not validator.is_valid({"version": 2, "places": [good]})
    assert not validator.is_valid({"version": 1, "places": [dict(good, country="bra")]})
    assert not validator.is_valid({"version": 1, "places": [dict(good, country="Brazil")]})
    assert not validator.is_valid({"version": 1, "places": [dict(good, kind="town")]})
    assert not validator.is_valid({"version": 1, "places": [dict(good, name=" Rio")]})
    assert not validator.is_valid({"version": 1, "places": [dict(good, names=[])]})
    assert not validator.is_valid({"version": 1, "places": [dict(good, names=["A", "A"])]})
    missing_country = {k: v for k, v in good.items() if k != "country"}
    assert not validator.is_valid({"version": 1, "places": [missing_country]})


# --- cross-file rules ----------------------------------------------------------


def test_every_country_is_in_countries_yaml():
    codes = {c["iso3"] for c in load_yaml("countries.yaml")["countries"]}
    unknown = sorted({p["country"] for p in places()} - codes)
    assert not unknown


def test_no_surface_form_appears_twice():
    clashes = {
        form: [f"{p['name']} ({p['country']})" for p in entries]
        for form, entries in place_by_form().items()
        if len(entries) > 1
    }
    assert not clashes


def test_no_surface_form_is_a_country_capital_organisation_or_group():
    reserved = reserved_forms()
    clashes = {
        form: reserved[form]
        for form in place_by_form()
        if form in reserved
    }
    assert not clashes


def test_entries_are_grouped_by_country_in_code_order():
    codes = [p["country"] for p in places()]
    assert codes == sorted(codes)


# --- content -------------------------------------------------------------------


@pytest.mark.parametrize(
    "form, country, kind",
    [
        ("Rio de Janeiro", "BRA", "city"),
        ("Rio", "BRA", "city"),
        ("Geneva", "CHE", "city"),
        ("Genève", "CHE", "city"),
        ("Davos", "CHE", "city"),
        ("Camp David", "USA", "venue"),
        ("Mar-a-Lago", "USA", "venue"),
        ("New York", "USA", "city"),
        ("St. Petersburg", "RUS", "city"),
        ("Odessa", "UKR", "city"),
        ("Odesa", "UKR", "city"),
        ("Crimea", "UKR", "region"),
        ("Donbas", "UKR", "region"),
        ("Gaza", "PSE", "territory"),
        ("Gaza Strip", "PSE", "territory"),
        ("West Bank", "PSE", "territory"),
        ("Rafah", "PSE", "city"),
        ("Panmunjom", "KOR", "venue"),
        ("Chequers", "GBR", "venue"),
        ("Elmau", "DEU", "venue"),
        ("Évian", "FRA", "city"),
        ("Evian", "FRA", "city"),
        ("Kananaskis", "CAN", "venue"),
        ("Darfur", "SDN", "region"),
        ("Tigray", "ETH", "region"),
        ("Tibet", "CHN", "region"),
        ("Xinjiang", "CHN", "region"),
        ("Hyderabad", "IND", "city"),
        ("Birmingham", "GBR", "city"),
        ("Valencia", "ESP", "city"),
        ("Alexandria", "EGY", "city"),
        ("Kaohsiung", "TWN", "city"),
        ("Mitrovica", "XKX", "city"),
        ("Ontario", "CAN", "region"),
        ("Texas", "USA", "region"),
        ("Queensland", "AUS", "region"),
        ("Kerala", "IND", "region"),
        ("Guangdong", "CHN", "region"),
    ],
)
def test_known_places(form, country, kind):
    entries = place_by_form().get(fold(form))
    assert entries, f"{form} is missing"
    assert (entries[0]["country"], entries[0]["kind"]) == (country, kind)


@pytest.mark.parametrize(
    "form",
    [
        # ambiguous between countries, disputed, or reserved for countries.yaml
        "Georgia", "Punjab", "Washington", "Kashmir", "Santiago", "Tripoli", "Córdoba",
        "Cordoba", "San José", "San Jose", "Victoria", "Kurdistan", "Riyadh", "Doha",
        "Hong Kong", "Macau", "Jerusalem",
    ],
)
def test_left_out_forms(form):
    assert fold(form) not in place_by_form()


def test_coverage():
    kinds = defaultdict(int)
    for p in places():
        kinds[p["kind"]] += 1
    assert kinds["city"] >= 500
    assert kinds["region"] >= 150
    assert kinds["venue"] >= 20
