"""Validate the actor knowledge base for places: countries, organisations and summits.

Each YAML file is checked against its JSON Schema, then the files are checked
against each other: unique keys, one entity per surface form, and every
reference (members, groupings, hosts) pointing at an entry that exists.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src/summitry/data"
ACTORS = DATA / "actors"
SCHEMAS = DATA / "schema"

KB_FILES = {
    "countries": ("countries.yaml", "countries.schema.json"),
    "organisations": ("organisations.yaml", "organisations.schema.json"),
    "summits": ("summits.yaml", "summits.schema.json"),
}

SURFACE_FIELDS = ("names", "adjectives", "demonyms", "metonyms")


@lru_cache(maxsize=None)
def load(kind: str) -> dict:
    data_name, _ = KB_FILES[kind]
    with open(ACTORS / data_name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=None)
def schema(kind: str) -> dict:
    _, schema_name = KB_FILES[kind]
    with open(SCHEMAS / schema_name, encoding="utf-8") as fh:
        return json.load(fh)


def countries() -> list[dict]:
    return load("countries")["countries"]


def organisations() -> list[dict]:
    return load("organisations")["organisations"]


def summits() -> list[dict]:
    return load("summits")["summits"]


def country_codes() -> set[str]:
    return {c["iso3"] for c in countries()}


def org_by_id() -> dict[str, dict]:
    return {o["id"]: o for o in organisations()}


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


def country_surface_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for c in countries():
        for field in SURFACE_FIELDS:
            for form in c[field]:
                index[fold(form)].add(c["iso3"])
    return index


def org_surface_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for o in organisations():
        for form in o["names"]:
            index[fold(form)].add(o["id"])
    return index


# --- schemas -----------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KB_FILES))
def test_schema_is_valid_draft_2020_12(kind):
    sch = schema(kind)
    assert sch["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(sch)


@pytest.mark.parametrize("kind", sorted(KB_FILES))
def test_file_validates_against_schema(kind):
    validator = jsonschema.Draft202012Validator(schema(kind))
    errors = sorted(validator.iter_errors(load(kind)), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:20])


@pytest.mark.parametrize("kind", sorted(KB_FILES))
def test_schema_is_strict(kind):
    """An unknown key at any level is rejected."""
    validator = jsonschema.Draft202012Validator(schema(kind))
    doc = load(kind)
    top = dict(doc, unexpected=True)
    assert not validator.is_valid(top)
    entries = doc[kind]
    bad_entry = dict(entries[0], unexpected="x")
    assert not validator.is_valid(dict(doc, **{kind: [bad_entry]}))


def test_schema_rejects_bad_codes_and_dates():
    cv = jsonschema.Draft202012Validator(schema("countries"))
    good = countries()[0]
    assert not cv.is_valid({"version": 1, "countries": [dict(good, iso3="kor")]})
    assert not cv.is_valid({"version": 1, "countries": [dict(good, region="Antarctica")]})
    sv = jsonschema.Draft202012Validator(schema("summits"))
    s = summits()[0]
    assert not sv.is_valid({"version": 1, "summits": [dict(s, start="15 June 2025")]})
    assert not sv.is_valid({"version": 1, "summits": [dict(s, host="Canada")]})


# --- countries ---------------------------------------------------------------


def test_iso3_codes_are_unique():
    codes = [c["iso3"] for c in countries()]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    assert not duplicates


def test_every_country_and_territory_is_present():
    codes = country_codes()
    # ISO 3166-1 assigns 249 codes; Kosovo's XKX is added by convention.
    assert len(codes) >= 250
    for required in ("XKX", "PSE", "TWN", "VAT", "KOR", "PRK", "USA", "GBR", "COD", "COG", "HKG", "MAC"):
        assert required in codes


def test_no_surface_form_maps_to_two_countries():
    clashes = {form: sorted(isos) for form, isos in country_surface_index().items() if len(isos) > 1}
    assert not clashes


def test_no_surface_form_is_padded_or_empty():
    for c in countries():
        for field in SURFACE_FIELDS:
            for form in c[field]:
                assert form == form.strip() and form, (c["iso3"], field, form)


@pytest.mark.parametrize(
    "form, iso3",
    [
        ("South Korea", "KOR"),
        ("S.Korea", "KOR"),
        ("ROK", "KOR"),
        ("Korea", "KOR"),
        ("Korean", "KOR"),
        ("Seoul", "KOR"),
        ("DPRK", "PRK"),
        ("North Korean", "PRK"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("America", "USA"),
        ("the White House", "USA"),
        ("Washington", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("Downing Street", "GBR"),
        ("Scotland", "GBR"),
        ("the Kremlin", "RUS"),
        ("Russian Federation", "RUS"),
        ("PRC", "CHN"),
        ("Beijing", "CHN"),
        ("Elysee", "FRA"),
        ("Congo", "COD"),
        ("Congolese", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("Georgia", "GEO"),
        ("Guinea", "GIN"),
        ("Niger", "NER"),
        ("Nigerian", "NGA"),
        ("Dominican", "DOM"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Burma", "MMR"),
        ("Czechia", "CZE"),
        ("UAE", "ARE"),
        ("Emirati", "ARE"),
        ("Saudi", "SAU"),
        ("Israeli", "ISR"),
        ("Palestinian", "PSE"),
        ("Iranian", "IRN"),
        ("Ukrainian", "UKR"),
        ("Kosovo", "XKX"),
        ("Holy See", "VAT"),
        ("Taiwanese", "TWN"),
    ],
)
def test_news_surface_forms_resolve(form, iso3):
    assert country_surface_index().get(fold(form)) == {iso3}


@pytest.mark.parametrize("form", ["Holland", "Persia", "Brussels", "Jerusalem", "New Jersey", "Kiwi"])
def test_deliberately_excluded_forms(form):
    assert fold(form) not in country_surface_index()


# --- organisations -----------------------------------------------------------


def test_org_ids_are_unique():
    ids = [o["id"] for o in organisations()]
    assert len(ids) == len(set(ids))


def test_no_surface_form_maps_to_two_organisations():
    clashes = {form: sorted(ids) for form, ids in org_surface_index().items() if len(ids) > 1}
    assert not clashes


def test_org_forms_do_not_collide_with_country_forms():
    countries_idx = country_surface_index()
    clashes = {form: (sorted(ids), sorted(countries_idx[form])) for form, ids in org_surface_index().items() if form in countries_idx}
    assert not clashes


def test_members_are_known_countries():
    codes = country_codes()
    for o in organisations():
        unknown = sorted(set(o.get("members", [])) - codes)
        assert not unknown, (o["id"], unknown)


@pytest.mark.parametrize(
    "org_id, code",
    [("UN", "UNO"), ("UNSC", "UNO"), ("WHO", "UNO"), ("IAEA", "UNO"), ("EU", "EU"),
     ("EUROPEAN_COMMISSION", "EU"), ("NATO", "NATO"), ("G7", "G7"), ("G20", "G20"),
     ("ASEAN", "ASEAN"), ("AU", "AU"), ("BRICS", "IGO"), ("ICC", "IGO"), ("IMF", "IGO")],
)
def test_org_output_codes(org_id, code):
    assert org_by_id()[org_id]["code"] == code


@pytest.mark.parametrize("org_id, size", [("NATO", 32), ("EU", 27), ("G7", 7), ("G20", 19), ("GCC", 6), ("QUAD", 4)])
def test_well_known_membership_sizes(org_id, size):
    assert len(org_by_id()[org_id]["members"]) == size


def test_required_organisations_present():
    ids = set(org_by_id())
    required = {
        "UN", "UNSC", "UNGA", "UNHCR", "UNICEF", "WHO", "WFP", "IAEA", "UNESCO", "UNDP", "OCHA", "UNRWA",
        "ILO", "FAO", "EU", "EUROPEAN_COMMISSION", "EUROPEAN_COUNCIL", "EUROPEAN_PARLIAMENT", "NATO", "G7",
        "G20", "ASEAN", "AU", "ECOWAS", "SADC", "EAC", "IGAD", "ARAB_LEAGUE", "GCC", "OIC", "OAS",
        "MERCOSUR", "CELAC", "BRICS", "SCO", "APEC", "OSCE", "COUNCIL_OF_EUROPE", "CIS", "CSTO", "EAEU",
        "QUAD", "AUKUS", "IMF", "WORLD_BANK", "WTO", "OPEC", "OECD", "ICC", "ICJ", "INTERPOL",
        "COMMONWEALTH", "PIF", "CARICOM", "SAARC", "BIMSTEC", "MRC",
    }
    assert not sorted(required - ids)


@pytest.mark.parametrize("form, org_id", [("U.N.", "UN"), ("UN", "UN"), ("NATO", "NATO"), ("G-7", "G7"),
                                           ("Group of 20", "G20"), ("European Union", "EU")])
def test_org_surface_forms_resolve(form, org_id):
    assert org_surface_index().get(fold(form)) == {org_id}


# --- summits -----------------------------------------------------------------


def summit_dates(s: dict) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(s["start"]), dt.date.fromisoformat(s["end"])


def test_summit_references_exist():
    orgs = set(org_by_id())
    codes = country_codes()
    for s in summits():
        assert s["grouping"] in orgs, s
        assert s["host"] in codes, s


def test_summit_dates_are_real_and_ordered():
    for s in summits():
        start, end = summit_dates(s)
        assert start <= end, s
        assert (end - start).days <= 21, s
        assert 2015 <= start.year <= 2026, s


def test_summits_of_one_grouping_do_not_overlap():
    by_group: dict[str, list[dict]] = defaultdict(list)
    for s in summits():
        by_group[s["grouping"]].append(s)
    for group, items in by_group.items():
        spans = sorted(summit_dates(s) for s in items)
        for (_, prev_end), (next_start, _) in zip(spans, spans[1:]):
            assert prev_end < next_start, (group, prev_end, next_start)


def host_on(grouping: str, day: str) -> str | None:
    d = dt.date.fromisoformat(day)
    for s in summits():
        start, end = summit_dates(s)
        if s["grouping"] == grouping and start <= d <= end:
            return s["host"]
    return None


@pytest.mark.parametrize(
    "grouping, day, host",
    [("G7", "2025-06-16", "CAN"), ("G20", "2023-09-09", "IND"), ("NATO", "2025-06-25", "NLD"),
     ("APEC", "2025-10-31", "KOR"), ("UNFCCC", "2024-11-20", "AZE"), ("BRICS", "2024-10-23", "RUS")],
)
def test_summit_host_lookup(grouping, day, host):
    assert host_on(grouping, day) == host


# --- documentation ------------------------------------------------------------


def test_readme_documents_the_files():
    text = (ACTORS / "README.md").read_text(encoding="utf-8")
    for heading in ("countries.yaml", "organisations.yaml", "summits.yaml", "## People (people/*.yaml)"):
        assert heading in text
