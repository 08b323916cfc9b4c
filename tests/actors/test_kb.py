"""The knowledge base: loading, look-ups, date-aware office holders, user files."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.actors.kb import KnowledgeBase, name_key
from summitry.errors import DataError


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_every_iso_country_and_the_main_organisations(kb: KnowledgeBase) -> None:
    assert len(kb.countries) >= 249
    for code in ("KOR", "PRK", "USA", "GBR", "CAN", "JPN", "PSE", "TWN"):
        assert code in kb.countries
    assert {kb.organisations[o].code for o in ("UN", "EU", "NATO", "G7", "G20", "ASEAN", "AU")} \
        == {"UNO", "EU", "NATO", "G7", "G20", "ASEAN", "AU"}


def test_the_same_office_gives_different_people_at_different_dates(kb: KnowledgeBase) -> None:
    def holder(country: str, office: str, date: str) -> list[str]:
        return [p.id for p in kb.office_holders(country, office, date)]

    assert holder("USA", "head_of_state", "2022-03-01") == ["joe-biden"]
    assert holder("USA", "head_of_state", "2025-03-01") == ["donald-trump"]
    assert holder("JPN", "head_of_government", "2025-06-18") == ["shigeru-ishiba"]
    assert holder("KOR", "head_of_state", "2025-06-18") == ["lee-jae-myung"]
    assert holder("GBR", "head_of_government", "2025-06-18") == ["keir-starmer"]


def test_name_order_does_not_matter(kb: KnowledgeBase) -> None:
    assert name_key("Ishiba Shigeru") == name_key("Shigeru Ishiba")
    assert [p.id for p in kb.people_by_name("Ishiba Shigeru")] == ["shigeru-ishiba"]


def test_summit_occasion_gives_the_host(kb: KnowledgeBase) -> None:
    summit = kb.summit_for("G7", "2025-06-18")
    assert summit is not None and summit.host == "CAN"
    assert kb.summit_for("G7", "2025-01-10") is None  # no G7 summit within 45 days before


def test_user_file_adds_people(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n  - id: ada-novak\n    name: Ada Novak\n    surname: Novak\n    gender: f\n"
        "    roles:\n      - {title: President, country: SVN, office: head_of_state,"
        " start: '2031-01-01', end: null}\n", encoding="utf-8")
    kb = KnowledgeBase.load([extra])
    holders = [p.id for p in kb.office_holders("SVN", "head_of_state", "2031-06-01")]
    assert "ada-novak" in holders


def test_bad_user_file_names_the_file_and_field(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("people:\n  - id: x\n    name: X\n    roles:\n      - {title: President}\n",
                     encoding="utf-8")
    with pytest.raises(DataError) as err:
        KnowledgeBase.load([extra])
    assert "bad.yaml" in str(err.value) and "people[0]" in str(err.value)
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text("leaders: []\n", encoding="utf-8")
    with pytest.raises(DataError, match="unknown top-level keys"):
        KnowledgeBase.load([unknown])


def test_group_periods_may_change_country() -> None:
    kb = KnowledgeBase()
    kb.add_data({"groups": [{"id": "g", "name": "Fell Folk", "names": ["Fell Folk"],
                             "country": "NRD", "sector": "REB", "sectors": [
                                 {"sector": "", "end": "1989-12-31", "country": "FLW"},
                                 {"sector": "GOV", "start": "1990-01-01", "end": "1999-12-31"}]}]})
    group = kb.groups["g"]
    assert (group.country_on("1985-01-01"), group.sector_on("1985-01-01")) == ("FLW", "")
    assert (group.country_on("1995-01-01"), group.sector_on("1995-01-01")) == ("NRD", "GOV")
    assert (group.country_on("2005-01-01"), group.sector_on("2005-01-01")) == ("NRD", "REB")
