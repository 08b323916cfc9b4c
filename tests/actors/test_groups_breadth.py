"""Non-state actors of groups.yaml in coded sentences: armed groups, parties, NGOs.

Each group resolves to its country and sector on the article's date; a dated sector
changes with the date; a wire credit and a common word name no actor."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded


def parties(pipeline: Pipeline, text: str, date: str) -> set[tuple[str | None, str | None]]:
    """(country, sector) of every actor the text names."""
    return {(a.country, a.sector) for a in pipeline.code(text, date=date).actors}


def dyads(pipeline: Pipeline, text: str, date: str) -> set[tuple[str, str, str, str, str]]:
    """(source country, source sector, target country, target sector, CAMEO root)."""
    doc = pipeline.code(text, date=date)
    return {(e.source.country or "", e.source.sector or "",
             e.target.country if e.target else "", (e.target.sector or "") if e.target else "",
             e.cameo[:2]) for e in doc.events if e.modality != "negated"}


# (sentence, date, (country, sector) the group resolves to)
GROUPS = [
    ("Fighters of the Islamic State West Africa Province overran a Chadian outpost.",
     "2024-02-11", ("NGA", "REB")),
    ("Police in Lima blamed the Shining Path for the bombing of a power line.",
     "1992-07-20", ("PER", "REB")),
    ("The Polisario Front rejected the proposal put forward by Morocco.",
     "2021-11-08", ("ESH", "REB")),
    ("Lashkar-e-Taiba denied any role in the raid, officials in Islamabad said.",
     "2008-12-02", ("PAK", "REB")),
    ("Members of the Kachin Independence Army held talks with Chinese officials in Yunnan.",
     "2019-04-03", ("MMR", "REB")),
    ("The Popular Mobilization Forces vowed to answer any strike on their bases.",
     "2020-01-06", ("IRQ", "MIL")),
    ("Human Rights Watch asked Egypt to release the detained reporters.",
     "2019-05-14", ("USA", "CVL")),
    ("The Global Times warned Australia against joining the patrols.",
     "2021-06-30", ("CHN", "MED")),
]


@pytest.mark.parametrize("text,date,expected", GROUPS)
def test_group_resolves_to_country_and_sector(pipeline_all: Pipeline, text: str, date: str,
                                              expected: tuple[str, str]) -> None:
    assert expected in parties(pipeline_all, text, date)


def test_armed_group_is_a_party_to_an_event(pipeline_all: Pipeline) -> None:
    text = "The Haqqani network attacked a Pakistani checkpoint near the border."
    assert ("AFG", "REB", "PAK", "", "19") in dyads(pipeline_all, text, "2014-09-02") or \
        ("AFG", "REB", "PAK", "", "18") in dyads(pipeline_all, text, "2014-09-02")


def test_ngo_criticism_is_coded_from_its_country(pipeline_all: Pipeline) -> None:
    text = "Amnesty International accused Belarus of torturing jailed protesters."
    assert ("GBR", "CVL", "BLR", "", "11") in dyads(pipeline_all, text, "2020-09-01")


@pytest.mark.parametrize("date,sector", [("1993-03-01", "REB"), ("1996-03-01", "GOV")])
def test_dated_sector_follows_the_date(pipeline_all: Pipeline, date: str, sector: str) -> None:
    # the Rwandan Patriotic Front was a rebel movement until it took Kigali in July 1994
    text = "Uganda welcomed a delegation of the Rwandan Patriotic Front in Kampala."
    assert ("RWA", sector) in parties(pipeline_all, text, date)


@pytest.mark.parametrize("date,sector", [("2008-06-01", "GOV"), ("2016-06-01", "OPP")])
def test_party_governs_only_while_in_office(pipeline_all: Pipeline, date: str,
                                            sector: str) -> None:
    text = "The Indian National Congress criticized Pakistan over the border firing."
    assert ("IND", sector) in parties(pipeline_all, text, date)


def test_wire_credit_is_no_actor(pipeline: Pipeline) -> None:
    text = ("HANOI, May 4 (Reuters) - Vietnam protested to China on Sunday over the "
            "seizure of a fishing boat near the Paracel Islands.")
    doc = pipeline.code(text, date="2025-05-04")
    assert all(a.sector != "MED" for a in doc.actors)
    assert ("VNM", "CHN", "11") in coded(pipeline, text, "2025-05-04", digits=2)


def test_common_word_stays_no_actor(pipeline_all: Pipeline) -> None:
    # "Labour" the word is no party; only "Labour Party" and its longer forms are
    text = "Labour shortages led Canada to invite more seasonal workers from Mexico."
    assert ("GBR", "OPP") not in parties(pipeline_all, text, "2023-04-02")
    assert ("GBR", "GOV") not in parties(pipeline_all, text, "2023-04-02")
    text = "Congress approved new sanctions on Iran after a heated debate."
    assert all(a.country != "IND" for a in pipeline_all.code(text, date="2019-06-20").actors)


@pytest.mark.parametrize("text,country", [
    ("Afghan officials said Islamic State had claimed the bombing of a mosque in Kunduz.",
     "AFG"),
    ("Nigeria's army said it had freed dozens of hostages held by Islamic State fighters.",
     "NGA"),
    ("Iraqi and Kurdish forces pushed Islamic State out of the last villages near Mosul.",
     "IRQ"),
])
def test_bare_core_name_takes_the_branch_of_the_article_country(
        pipeline_all: Pipeline, text: str, country: str) -> None:
    assert (country, "REB") in parties(pipeline_all, text, "2021-10-09")
