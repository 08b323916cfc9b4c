"""Checks on the pattern dictionary in src/summitry/data/patterns.

Every file must validate against data/schema/patterns.schema.json and load as a
``PatternSet``; every code it uses must be a row of ontologies/cameo.csv.
See src/summitry/data/patterns/README.md for the format.
"""

from __future__ import annotations

import csv
import json
from importlib import resources
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from summitry.coding.patterns import KINDS, SLOTS, Pattern, PatternSet

DATA = resources.files("summitry") / "data"
PATTERN_DIR = DATA / "patterns"
SCHEMA = DATA / "schema" / "patterns.schema.json"
CAMEO_CSV = DATA / "ontologies" / "cameo.csv"

PATTERN_FILES = sorted((r for r in PATTERN_DIR.iterdir() if r.name.endswith(".yaml")),
                       key=lambda r: r.name)
WORD_FIELDS = ("verbs", "nouns", "object", "compound")


def _load_yaml(res: Any) -> Any:
    return yaml.safe_load(res.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def cameo_codes() -> set[str]:
    with CAMEO_CSV.open(newline="", encoding="utf-8") as f:
        return {row["code"] for row in csv.DictReader(f)}


@pytest.fixture(scope="module")
def pattern_set() -> PatternSet:
    return PatternSet.load()


def _words(p: Pattern) -> list[tuple[str, str]]:
    out = [(name, w) for name in WORD_FIELDS for w in getattr(p, name)]
    out += [(f"prep_object[{prep}]", w) for prep, ws in p.prep_object.items() for w in ws]
    out += [("refine", w) for w in p.refine]
    out += [(name, w) for name in ("particle", "prep") if (w := getattr(p, name))]
    return out


# ---- the schema ------------------------------------------------------------
def test_schema_is_valid(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)


def test_schema_matches_loader(schema: dict[str, Any]) -> None:
    """Kinds, target slots and fields in the schema are those of coding/patterns.py."""
    props = schema["properties"]["patterns"]["items"]["properties"]
    assert props["kind"]["enum"] == list(KINDS)
    target = props["target"]["anyOf"]
    assert set(target[0]["enum"]) == SLOTS
    assert set(target[1]["items"]["enum"]) == SLOTS
    fields = set(Pattern.__dataclass_fields__) - {"file"}  # "file" is set by the loader
    assert set(props) == fields


def test_there_are_pattern_files() -> None:
    assert PATTERN_FILES, f"no pattern files in {PATTERN_DIR}"


@pytest.mark.parametrize("res", PATTERN_FILES, ids=lambda r: r.name)
def test_file_validates(res: Any, validator: Draft202012Validator) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator.iter_errors(_load_yaml(res))]
    assert not errors, f"{res.name}:\n" + "\n".join(errors)


@pytest.mark.parametrize("bad", [
    pytest.param({"id": "x.code_as_number", "verbs": ["meet"], "code": 40}, id="unquoted code"),
    pytest.param({"id": "x.no_words", "code": "040"}, id="no verbs or nouns"),
    pytest.param({"id": "x.no_code", "verbs": ["meet"]}, id="event without code"),
    pytest.param({"id": "x.slot", "verbs": ["meet"], "code": "040", "target": ["beside"]},
                 id="unknown slot"),
    pytest.param({"id": "x.kind", "verbs": ["meet"], "code": "040", "kind": "action"},
                 id="unknown kind"),
    pytest.param({"id": "x.upper", "verbs": ["Meet"], "code": "040"}, id="upper case"),
    pytest.param({"id": "x.extra", "verbs": ["meet"], "code": "040", "weight": 2},
                 id="unknown field"),
    pytest.param({"id": "x.wrap", "kind": "modal", "verbs": ["agree"], "wrap": {"04": "36"}},
                 id="bad wrap code"),
])
def test_schema_rejects(bad: dict[str, Any], validator: Draft202012Validator) -> None:
    assert not validator.is_valid({"version": 1, "patterns": [bad]})


def test_schema_accepts_governor_without_code(validator: Draft202012Validator) -> None:
    row = {"id": "x.plan", "kind": "modal", "verbs": ["plan"], "modality": "planned",
           "wrap": {"04": "036"}}
    assert validator.is_valid({"version": 1, "patterns": [row]})


# ---- the loaded dictionary -------------------------------------------------
def test_pattern_set_loads(pattern_set: PatternSet) -> None:
    rows = sum(len(_load_yaml(res)["patterns"]) for res in PATTERN_FILES)
    assert len(pattern_set.patterns) == rows
    assert len(pattern_set.sources) == len(PATTERN_FILES)
    assert pattern_set.by_verb and pattern_set.by_noun


def test_ids_unique() -> None:
    seen: dict[str, str] = {}
    dups = []
    for res in PATTERN_FILES:
        for row in _load_yaml(res)["patterns"]:
            if row["id"] in seen:
                dups.append(f"{row['id']} ({seen[row['id']]} and {res.name})")
            seen.setdefault(row["id"], res.name)
    assert not dups, "duplicate pattern ids: " + ", ".join(dups)


def test_codes_exist(pattern_set: PatternSet, cameo_codes: set[str]) -> None:
    bad = []
    for p in pattern_set.patterns:
        if p.code is not None and p.code not in cameo_codes:
            bad.append(f"{p.id}: code {p.code}")
        bad += [f"{p.id}: wrap key {k}" for k in p.wrap if k not in cameo_codes]
        bad += [f"{p.id}: wrap value {v}" for v in p.wrap.values() if v not in cameo_codes]
        bad += [f"{p.id}: refine value {v}" for v in p.refine.values() if v not in cameo_codes]
    assert not bad, "codes not in cameo.csv:\n" + "\n".join(bad)


def test_event_patterns_have_codes(pattern_set: PatternSet) -> None:
    assert all(p.code for p in pattern_set.patterns if p.kind == "event")


def test_words_lower_case(pattern_set: PatternSet) -> None:
    bad = [f"{p.id}: {field} {w!r}" for p in pattern_set.patterns
           for field, w in _words(p) if w != w.lower() or w != w.strip() or not w]
    assert not bad, "words must be lower case:\n" + "\n".join(bad)


def test_only_governors_wrap(pattern_set: PatternSet) -> None:
    bad = [p.id for p in pattern_set.patterns
           if p.kind == "event" and (p.wrap or p.modality)]
    assert not bad, f"wrap/modality on event patterns (never read): {bad}"


def test_words_are_single_tokens(pattern_set: PatternSet) -> None:
    """A word is compared with one token; spaCy splits on hyphens and spaces."""
    bad = [f"{p.id}: {field} {w!r}" for p in pattern_set.patterns
           for field, w in _words(p) if "-" in w.strip("-") or " " in w]
    assert not bad, "words that can never match one token:\n" + "\n".join(bad)


def test_no_shadowed_patterns(pattern_set: PatternSet) -> None:
    """A pattern must not be hidden by an earlier, equally specific pattern that always fits
    where it fits (ties keep load order, so the later one would never fire)."""
    bad = []
    for table in (pattern_set.by_verb, pattern_set.by_noun):
        for word, pats in table.items():
            for i, b in enumerate(pats):
                for a in pats[:i]:
                    if a.specificity != b.specificity or not _covers(a, b):
                        continue
                    dead = (set(a.object) & set(b.object)) if b.object else set()
                    what = f" for objects {sorted(dead)}" if dead else ""
                    bad.append(f"{word!r}: {b.id} hidden by {a.id}{what}")
    assert not bad, "\n".join(bad)


def _covers(a: Pattern, b: Pattern) -> bool:
    """Whether ``a`` fits (at least partly) wherever ``b`` fits."""
    if (a.particle and a.particle != b.particle) or (a.prep and a.prep != b.prep):
        return False
    if any(k not in b.prep_object or not set(b.prep_object[k]) & set(v)
           for k, v in a.prep_object.items()):
        return False
    if a.compound and not set(a.compound) & set(b.compound):
        return False
    if a.object and not set(a.object) & set(b.object):
        return False
    return a.passive_ok or not b.passive_ok
