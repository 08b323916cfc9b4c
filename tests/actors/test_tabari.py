"""Reading PETRARCH/TABARI dictionaries and turning them into a knowledge-base overlay.

The snippets are our own, written in the dictionaries' format (fictional names)."""

from __future__ import annotations

import pytest

from summitry.actors.kb import KnowledgeBase
from summitry.actors.tabari import (
    CodePeriod,
    parse_code,
    parse_day,
    plural,
    read_actors,
    read_agents,
    read_discards,
)
from summitry.actors.tabari_kb import build_overlay, surface_forms
from summitry.errors import DataError

ACTORS = """<!-- A HEADER
# spanning lines -->
<! -- a section marker -->
WESTMARCH_  [WMA] # a comment
+WESTMARCHER
NORDLAND [NRD]
NORDLAND_ARMY [NRDMIL]
BLUEWATER_TIMES  [BLUMED]

FELLWOOD  # a name whose codes follow
+FELL_FOLK
\t[FLW < 900101]
\t[FLWGOV 19900101 - 19991231]
\t[NRDREB >991231]

RIVERLANDS [RVR/LKE]
EGYPT [EGT]
THE_SEALORD
\t[--- <20000115]
\t[SEA]
"""

AGENTS = """!PERSON! = MAN, WOMAN
HARBOUR_MASTER [~GOVHBR] # a phrase
SCRIBE [~MED]
SHEEP {} [~AGR]
GOOSE {GEESE} [~GGS]
COUNCIL!PERSON! [~LEG]
LANTERN_GUILD  [  NGO~]
"""


def test_codes_and_dates() -> None:
    assert parse_day("950601") == "1995-06-01"
    assert parse_day("200101") == "2020-01-01"
    assert parse_day("20100109") == "2010-01-09"
    assert parse_code("GON") == CodePeriod("GON")
    assert parse_code("HOB < 950601") == CodePeriod("HOB", None, "1995-05-31", True)
    assert parse_code("HOB >20130119") == CodePeriod("HOB", "2013-01-20", None, True)
    assert parse_code("ORCHOB 20100109-20100112") == CodePeriod(
        "ORCHOB", "2010-01-09", "2010-01-12", True)
    with pytest.raises(DataError):
        parse_code("GON 1995")
    with pytest.raises(DataError):
        parse_day("20101301")


def test_read_actors() -> None:
    entries = read_actors(ACTORS)
    names = [e.names for e in entries]
    assert names[0] == ("WESTMARCH_", "WESTMARCHER")
    assert ("FELLWOOD", "FELL_FOLK") in names
    fell = next(e for e in entries if e.names[0] == "FELLWOOD")
    assert fell.code_on("1989-12-31") == "FLW"
    assert fell.code_on("1995-05-05") == "FLWGOV"
    assert fell.code_on("2001-01-01") == "NRDREB"
    assert fell.code_on(None) is None  # no default code
    sealord = next(e for e in entries if e.names[0] == "THE_SEALORD")
    assert sealord.code_on("1999-01-01") == "---"
    assert sealord.code_on("2000-01-15") == "SEA"
    with pytest.raises(DataError):
        read_actors("+ORPHAN_SYNONYM\n")


def test_read_agents_plurals_and_substitutions() -> None:
    entries = {e.phrases[0]: e for e in read_agents(AGENTS)}
    assert entries["HARBOUR_MASTER"].phrases == ("HARBOUR_MASTER", "HARBOUR_MASTERS")
    assert entries["HARBOUR_MASTER"].code == "GOVHBR"
    assert entries["SHEEP"].phrases == ("SHEEP",)
    assert entries["GOOSE"].phrases == ("GOOSE", "GEESE")
    assert entries["COUNCILMAN"].phrases == ("COUNCILMAN", "COUNCILWOMAN")
    assert entries["LANTERN_GUILD"].prefix and entries["LANTERN_GUILD"].code == "NGO"
    assert plural("FERRY") == "FERRIES" and plural("CHURCH") == "CHURCHES"
    with pytest.raises(DataError):
        read_agents("SCRIBE [MED]\n")  # no ~


def test_read_discards() -> None:
    discards = read_discards("WEEKS AFTERWARDS\n+HARVEST_FAIR   # story\n")
    assert [(d.phrase, d.story) for d in discards] == [("WEEKS AFTERWARDS", False),
                                                       ("HARVEST FAIR", True)]


def test_surface_forms() -> None:
    assert surface_forms("PRINCE_OF_DOL_AMROTH_") == [
        "PRINCE OF DOL AMROTH", "Prince of Dol Amroth"]
    assert surface_forms("THE_FELL_")[1:] == ["the Fell", "The Fell"]
    assert {"Nordlands", "Nordlandian"} <= set(surface_forms("NORDLAND"))  # a stem
    assert surface_forms("NORDLAND", stems=False) == ["NORDLAND", "Nordland"]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def test_overlay(kb: KnowledgeBase) -> None:
    overlay = build_overlay(read_actors(ACTORS), read_agents(AGENTS), kb)
    countries = {c["iso3"]: c for c in overlay.data["countries"]}
    assert "Westmarch" in countries["WMA"]["names"]
    assert "Nordland" in countries["NRD"]["names"]
    groups = {g["names"][1]: g for g in overlay.data["groups"]}
    assert (groups["Nordland Army"]["country"], groups["Nordland Army"]["sector"]) == (
        "NRD", "MIL")
    fell = groups["Fellwood"]
    assert (fell["country"], fell["sector"]) == ("NRD", "REB")  # no default: the last code
    assert [(p["country"], p["sector"]) for p in fell["sectors"]] == [
        ("FLW", ""), ("FLW", "GOV"), (None, "REB")]
    assert groups["Riverlands"]["country"] == "RVR/LKE"
    assert overlay.data["agents"]["MED"] == ["scribe", "scribes"]
    titles = {t["phrase"]: t for t in overlay.data["titles"]}
    assert titles["lantern guild"]["sector"] == "NGO~"
    assert titles["harbour masters"]["sector"] == "GOVHBR"
    # a name our base knows is translated, not added: Egypt is EGY here, EGT there
    assert "EGT" not in countries
    assert overlay.codes("EGY", "EGY", "GOV", "1990-01-01") == ["EGTGOV"]
    assert overlay.codes("EGY", "EGY", None, None, text="Egypt") == ["EGT"]


def test_overlay_codes(kb: KnowledgeBase) -> None:
    overlay = build_overlay(read_actors(ACTORS), read_agents(AGENTS), kb)
    assert overlay.codes("NRD:MED", "NRD", "MED", None) == ["NRDMED"]
    assert overlay.codes("NRD:NGO~", "NRD", "NGO~", None) == ["NGONRD"]
    assert overlay.codes("NRD:CVL", "NRD", "CVL", None) == ["NRD"]  # not a suite agent
    assert overlay.codes("x", None, "GOV", None) == ["---GOV"]
    assert overlay.codes("x", None, None, None) == []
    assert overlay.codes("DEU", "DEU", "GOV", None) == []  # not in the dictionaries
    assert overlay.codes("g", "RVR/LKE", "", None) == ["RVR", "LKE"]
