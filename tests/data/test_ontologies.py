"""Checks on the ontology code tables in src/summitry/data/ontologies.

cameo.csv: the CAMEO event code table with Goldstein weights, quad classes and the
CAMEO-to-PLOVER translation. plover.csv: the PLOVER event types and modes.
See src/summitry/data/ontologies/README.md for sources and decisions.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

DATA = Path(__file__).resolve().parents[2] / "src/summitry/data"
CAMEO_CSV = DATA / "ontologies" / "cameo.csv"
PLOVER_CSV = DATA / "ontologies" / "plover.csv"
CAMEO_SCHEMA = DATA / "schema" / "cameo.schema.json"

CAMEO_COLUMNS = ["code", "name", "goldstein", "quad_class", "plover_type", "plover_mode"]
PLOVER_COLUMNS = ["type", "mode", "definition"]
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
ROOTS = [f"{n:02d}" for n in range(1, 21)]


def standard_quad_class(root: str) -> int:
    """GDELT 2.0 QuadClass of a CAMEO root code."""
    n = int(root)
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def convert(row: dict[str, str]) -> dict[str, object]:
    """Turn one cameo.csv row (all strings) into the typed object the schema describes."""
    return {
        "code": row["code"],
        "name": row["name"],
        "goldstein": float(row["goldstein"]),
        "quad_class": int(row["quad_class"]),
        "plover_type": row["plover_type"] or None,
        "plover_mode": row["plover_mode"] or None,
    }


@pytest.fixture(scope="module")
def cameo() -> list[dict[str, str]]:
    fields, rows = _read(CAMEO_CSV)
    assert fields == CAMEO_COLUMNS
    return rows


@pytest.fixture(scope="module")
def by_code(cameo: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in cameo}


@pytest.fixture(scope="module")
def plover() -> list[dict[str, str]]:
    fields, rows = _read(PLOVER_CSV)
    assert fields == PLOVER_COLUMNS
    return rows


# --- cameo.csv: structure -------------------------------------------------------


def test_cameo_loads_with_dictreader(cameo):
    assert len(cameo) > 300
    for row in cameo:
        assert None not in row, f"row has extra fields: {row}"
        assert all(v is not None for v in row.values()), f"row has missing fields: {row}"


def test_schema_is_valid_draft_2020_12():
    schema = json.loads(CAMEO_SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_every_row_validates_against_schema(cameo):
    schema = json.loads(CAMEO_SCHEMA.read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema)
    problems = []
    for row in cameo:
        for err in validator.iter_errors(convert(row)):
            problems.append(f"{row['code']}: {err.message}")
    assert not problems, "\n".join(problems)


def test_schema_rejects_bad_rows():
    validator = Draft202012Validator(json.loads(CAMEO_SCHEMA.read_text(encoding="utf-8")))
    good = {"code": "042", "name": "Make a visit", "goldstein": 1.9, "quad_class": 1,
            "plover_type": "CONSULT", "plover_mode": "visit"}
    assert validator.is_valid(good)
    for bad in (
        {**good, "code": "42"},            # leading zero lost
        {**good, "code": "30"},            # not a CAMEO root
        {**good, "goldstein": 10.5},
        {**good, "quad_class": 5},
        {**good, "plover_type": "FIGHT"},  # not one of the 16 types
        {**good, "plover_type": None},     # mode without a type
    ):
        assert not validator.is_valid(bad), bad


def test_codes_unique(cameo):
    codes = [r["code"] for r in cameo]
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    assert not duplicates


def test_codes_are_digit_strings_with_leading_zeros(cameo):
    for row in cameo:
        code = row["code"]
        assert code.isdigit() and 2 <= len(code) <= 4, code
        assert code[:2] in ROOTS, code


def test_every_root_present(by_code):
    missing = [r for r in ROOTS if r not in by_code]
    assert not missing


def test_every_code_has_its_root(cameo, by_code):
    orphans = [r["code"] for r in cameo if len(r["code"]) > 2 and r["code"][:2] not in by_code]
    assert not orphans


def test_every_four_digit_code_has_its_three_digit_parent(cameo, by_code):
    orphans = [r["code"] for r in cameo if len(r["code"]) == 4 and r["code"][:3] not in by_code]
    assert not orphans


def test_every_root_has_an_unspecified_base_code(by_code):
    # 010, 020, ... 200: the "not specified below" code of each root
    missing = [r for r in ROOTS if r + "0" not in by_code]
    assert not missing


def test_rows_sorted_parent_before_child(cameo):
    codes = [r["code"] for r in cameo]
    assert codes == sorted(codes), "rows should be in CAMEO order (string sort)"


def test_required_subcodes_present(by_code):
    ranges = {
        "021": "1234", "023": "1234", "024": "1234", "025": "123456",
        "031": "1234", "033": "1234", "034": "1234", "035": "123456",
        "081": "1234", "083": "1234", "084": "12", "086": "123", "087": "1234",
        "101": "1234", "103": "1234", "104": "1234", "105": "123456",
        "112": "12345", "121": "1234", "122": "1234", "123": "1234", "124": "123456",
        "131": "123", "132": "1234", "138": "12345",
        "141": "1234", "142": "1234", "143": "1234", "144": "1234", "145": "1234",
        "162": "123", "166": "123", "171": "12", "172": "1234",
        "182": "123", "183": "1234", "195": "12", "204": "12",
    }
    missing = [p + d for p, digits in ranges.items() for d in digits if p + d not in by_code]
    assert not missing


def test_row_count(cameo):
    # 20 roots + 296 three/four-digit codes of CAMEO 1.1b3 + 1213 and 1214
    assert len(cameo) == 318
    assert sum(len(r["code"]) == 2 for r in cameo) == 20


def test_names_nonempty_and_clean(cameo):
    for row in cameo:
        name = row["name"]
        assert name and name == name.strip(), row["code"]
        assert "not specified below" not in name, row["code"]


# --- cameo.csv: quad classes and Goldstein ---------------------------------------


def test_quad_class_follows_root(cameo):
    wrong = [
        (r["code"], r["quad_class"]) for r in cameo
        if int(r["quad_class"]) != standard_quad_class(r["code"][:2])
    ]
    assert not wrong


def test_goldstein_format(cameo):
    for row in cameo:
        value = float(row["goldstein"])
        assert -10.0 <= value <= 10.0
        assert row["goldstein"] == f"{value:.1f}", row["code"]


def test_root_goldstein_equals_unspecified_code_except_threaten(by_code):
    # In the GDELT table every root carries the weight of its x0 code, except 13
    # (root -6.0, 130 -4.4).
    for root in ROOTS:
        if root == "13":
            continue
        assert by_code[root]["goldstein"] == by_code[root + "0"]["goldstein"], root
    assert by_code["13"]["goldstein"] == "-6.0"
    assert by_code["130"]["goldstein"] == "-4.4"


@pytest.mark.parametrize(
    ("code", "name", "goldstein"),
    [
        # Values checked against GDELT's CAMEO.goldsteinscale.txt lookup table.
        ("010", "Make statement", 0.0),
        ("011", "Decline comment", -0.1),
        ("016", "Deny responsibility", -2.0),
        ("022", "Appeal for diplomatic cooperation (such as policy support)", 3.2),
        ("0334", "Express intent to provide military protection or peacekeeping", 6.0),
        ("040", "Consult", 1.0),
        ("042", "Make a visit", 1.9),
        ("043", "Host a visit", 2.8),
        ("044", "Meet at a third location", 2.5),
        ("046", "Engage in negotiation", 7.0),
        ("057", "Sign formal agreement", 8.0),
        ("072", "Provide military aid", 8.3),
        ("074", "Provide military protection or peacekeeping", 8.5),
        ("0874", "Retreat or surrender militarily", 10.0),
        ("090", "Investigate", -2.0),
        ("111", "Criticize or denounce", -2.0),
        ("125", "Reject proposal to meet, discuss, or negotiate", -5.0),
        ("130", "Threaten", -4.4),
        ("162", "Reduce or stop material aid", -5.6),
        ("163", "Impose embargo, boycott, or sanctions", -8.0),
        ("165", "Halt mediation", -6.5),
        ("171", "Seize or damage property", -9.2),
        ("182", "Physically assault", -9.5),
        ("184", "Use as human shield", -8.0),
        ("190", "Use conventional military force", -10.0),
        ("191", "Impose blockade, restrict movement", -9.5),
        ("201", "Engage in mass expulsion", -9.5),
        ("2042", "Detonate nuclear weapons", -10.0),
    ],
)
def test_goldstein_spot_checks(by_code, code, name, goldstein):
    row = by_code[code]
    assert row["name"] == name
    assert float(row["goldstein"]) == goldstein


@pytest.mark.parametrize(
    ("code", "parent"),
    # codes missing from GDELT's lookup table inherit their nearest listed ancestor
    [("1213", "121"), ("1214", "121"), ("1834", "183"), ("1951", "195"),
     ("1952", "195"), ("155", "15"), ("176", "17")],
)
def test_goldstein_inherited_for_codes_outside_gdelt_table(by_code, code, parent):
    assert by_code[code]["goldstein"] == by_code[parent]["goldstein"]


# --- PLOVER ----------------------------------------------------------------------


def test_plover_csv_structure(plover):
    types = [r for r in plover if not r["mode"]]
    assert {r["type"] for r in types} == PLOVER_TYPES
    assert len(types) == len(PLOVER_TYPES), "one type row per PLOVER type"
    pairs = [(r["type"], r["mode"]) for r in plover]
    assert len(pairs) == len(set(pairs)), "type/mode pairs unique"
    for row in plover:
        assert row["type"] in PLOVER_TYPES
        assert row["definition"].strip(), row
        assert row["definition"].rstrip().endswith("."), row
        if row["mode"]:
            assert row["mode"] == row["mode"].lower() and " " not in row["mode"], row


def test_plover_modes_of_consult(plover):
    modes = {r["mode"] for r in plover if r["type"] == "CONSULT" and r["mode"]}
    assert modes == {"visit", "third-party", "multilateral", "phone"}


def test_cameo_plover_pairs_exist_in_plover_csv(cameo, plover):
    known = {(r["type"], r["mode"]) for r in plover}
    unknown = [
        (r["code"], r["plover_type"], r["plover_mode"]) for r in cameo
        if r["plover_type"] and (r["plover_type"], r["plover_mode"]) not in known
    ]
    assert not unknown


def test_mode_only_with_type(cameo):
    assert not [r["code"] for r in cameo if r["plover_mode"] and not r["plover_type"]]


def test_statements_and_appeals_have_no_plover_type(cameo):
    for row in cameo:
        if row["code"][:2] in ("01", "02"):
            assert row["plover_type"] == "" and row["plover_mode"] == "", row["code"]
        else:
            assert row["plover_type"] in PLOVER_TYPES, row["code"]


@pytest.mark.parametrize(
    ("root", "plover_type"),
    [("03", "AGREE"), ("04", "CONSULT"), ("05", "SUPPORT"), ("06", "COOPERATE"),
     ("07", "AID"), ("08", "CONCEDE"), ("09", "ACCUSE"), ("10", "REQUEST"),
     ("11", "ACCUSE"), ("12", "REJECT"), ("13", "THREATEN"), ("14", "PROTEST"),
     ("15", "MOBILIZE"), ("16", "SANCTION"), ("17", "COERCE"), ("18", "ASSAULT"),
     ("19", "ASSAULT"), ("20", "ASSAULT")],
)
def test_root_translation(by_code, root, plover_type):
    assert by_code[root]["plover_type"] == plover_type
    assert by_code[root]["plover_mode"] == ""


@pytest.mark.parametrize(
    ("code", "plover_type", "plover_mode"),
    [
        ("030", "AGREE", ""),
        ("041", "CONSULT", "phone"),
        ("042", "CONSULT", "visit"),
        ("043", "CONSULT", "visit"),
        ("044", "CONSULT", "third-party"),
        ("057", "SUPPORT", ""),
        ("061", "COOPERATE", ""),
        ("073", "AID", ""),
        ("080", "CONCEDE", ""),
        ("083", "CONCEDE", ""),
        ("0841", "RETREAT", "release"),
        ("0871", "RETREAT", "ceasefire"),
        ("091", "ACCUSE", "investigate"),
        ("1053", "REQUEST", "yield"),
        ("111", "ACCUSE", "disapprove"),
        ("1121", "ACCUSE", "allege"),
        ("125", "REJECT", "meet"),
        ("138", "THREATEN", "violence"),
        ("141", "PROTEST", "demo"),
        ("145", "PROTEST", "riot"),
        ("154", "MOBILIZE", "troops"),
        ("161", "SANCTION", "withdraw"),
        # code-level exceptions in CAMEO2PLOVER-2021
        ("163", "COERCE", "restrict"),
        ("1712", "ASSAULT", "destroy"),
        ("175", "ASSAULT", ""),
        ("191", "COERCE", "restrict"),
        ("192", "COERCE", "seize"),
        ("173", "COERCE", "arrest"),
        ("186", "ASSAULT", "assassinate"),
        ("190", "ASSAULT", ""),
        ("2041", "ASSAULT", "unconventional"),
    ],
)
def test_plover_spot_checks(by_code, code, plover_type, plover_mode):
    row = by_code[code]
    assert (row["plover_type"], row["plover_mode"]) == (plover_type, plover_mode)


def test_yield_split_concede_retreat(cameo):
    # CAMEO 08: 080-083 (except 0813/0814) are CONCEDE, 084-087 and 0813/0814 RETREAT
    for row in cameo:
        code = row["code"]
        if len(code) < 3 or code[:2] != "08":
            continue
        expected = "RETREAT" if code[:3] >= "084" or code in ("0813", "0814") else "CONCEDE"
        assert row["plover_type"] == expected, code
