"""Phrasal verbs and idioms of news, mapped to the CAMEO code of their meaning.

News reports acts with phrasal verbs ("pulled out of the talks", "cracked down on") and
idioms ("poured cold water on", "buried the hatchet") more often than with the plain verbs of
the codebook. The sentences are written for these tests: past and present, headlines,
passives, named states and actors known only by their words. Then literal uses of the same
words ("the bus pulled out of the depot") that must not be coded."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded_codes

DATE = "2024-03-12"


def roots(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE, digits=2)


def codes(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE)


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str, str | None, str]]:
    doc = pipeline.code(text, date=DATE)
    return {(e.source.actor, e.target.actor if e.target else None, e.cameo_root)
            for e in doc.events if e.modality != "negated"}


# (sentence, a root that must be coded at sentence level)
ROOT_CASES = [
    # 01 statements
    ("The foreign minister set out the government's position on the fishing quotas.", "01"),
    # 03 intent to cooperate
    ("The new president reached out to the rebels on his first day in office.", "03"),
    ("The new president extended an olive branch to the rebels.", "03"),
    ("The two parties patched up their differences at a meeting on Monday.", "03"),
    ("Ethiopia and Eritrea buried the hatchet after years of hostility.", "03"),
    # 04 consult
    ("The prime minister sat down with union leaders on Tuesday.", "04"),
    # 05 diplomatic cooperation
    ("Negotiators hammered out a deal on grazing rights late on Sunday.", "05"),
    ("Lawmakers signed off on the mayor's housing plan.", "05"),
    ("Party leaders rallied behind Denmark in the dispute.", "05"),
    ("The senators sided with the governor on the budget.", "05"),
    ("Several mayors stood up for the jailed activist.", "05"),
    ("Parliament gave the green light to the trade deal.", "05"),
    # 07 aid
    ("Neighbouring states came to the aid of the flood victims.", "07"),
    # 08 yield
    ("The rebels backed down after the army surrounded the town.", "08"),
    ("The government gave in to pressure from the truckers.", "08"),
    ("The army pulled back its troops from the frontier.", "08"),
    ("The cabinet wound down the offensive in the southern hills.", "08"),
    ("The rebels backed off after the army sent reinforcements.", "08"),
    ("The militia gave up its claim to the oil field.", "08"),
    # 09 investigate
    ("Police are looking into the torching of the town hall.", "09"),
    # 11 disapprove
    ("The opposition leader hit out at the government over fuel prices.", "11"),
    ("Party members rounded on their leader after the vote.", "11"),
    ("The bishops spoke out against the new eviction rules.", "11"),
    ("Activists called out Qatar for its treatment of migrant workers.", "11"),
    ("The bishops took exception to the minister's remarks.", "11"),
    ("The mayor pointed the finger at the contractors for the collapse.", "11"),
    ("The mayor laid the blame on the contractors.", "11"),
    ("Rights groups took the government to court over the new media law.", "11"),
    # 12 reject
    ("The prime minister ruled out early elections.", "12"),
    ("The finance minister poured cold water on the proposal.", "12"),
    ("Lawmakers shot down the proposal to raise fuel duties.", "12"),
    ("Parliament voted down the government's budget.", "12"),
    ("The supreme court struck down the ban on street rallies.", "12"),
    ("The junta turned its back on the peace deal.", "12"),
    # 14 protest
    ("Thousands took to the streets of the capital on Saturday.", "14"),
    # 15 force posture
    ("The army stepped up patrols along the frontier.", "15"),
    ("Police stepped up security around the parliament building.", "15"),
    # 16 reduce relations
    ("The opposition walked out of the talks with the ruling party.", "16"),
    ("The rebel group backed out of the truce deal.", "16"),
    ("The union called off talks with the ministry.", "16"),
    # 17 coerce
    ("Police cracked down on street vendors in the capital.", "17"),
    ("Police locked up the protest leaders overnight.", "17"),
    ("Security forces rounded up opposition activists ahead of the vote.", "17"),
    ("The regime put dozens of dissidents behind bars.", "17"),
    ("Police hauled in dozens of students for questioning.", "17"),
    ("Prosecutors hauled the former minister before a judge.", "17"),
    # 18 assault
    ("Gunmen gunned down a judge outside his home.", "18"),
    # 19 fight
    ("Troops beat back an assault by the insurgents.", "19"),
    ("The soldiers fended off a raid on the fort.", "19"),
    ("The militia waged war on the government.", "19"),
    ("Troops opened fire on the convoy near the bridge.", "19"),
]


@pytest.mark.parametrize("text,root", ROOT_CASES)
def test_phrasal_roots_sentence_level(pipeline_all: Pipeline, text: str, root: str) -> None:
    assert root in roots(pipeline_all, text)


# (sentence, source, target, root) between named states: full-article coding
DYAD_CASES = [
    ("Moldova hit out at Romania on Tuesday over the border closure.", "MDA", "ROU", "11"),
    ("Peru took aim at Chile for its handling of the fishing dispute.", "PER", "CHL", "11"),
    ("Kosovo pinned the blame on Serbia for the unrest.", "XKX", "SRB", "11"),
    ("Spain took issue with Morocco's claims over the waters.", "ESP", "MAR", "11"),
    ("Sweden spoke out against Turkey's treatment of reporters.", "SWE", "TUR", "11"),
    ("Turkey reached out to Armenia on Monday.", "TUR", "ARM", "03"),
    ("Armenia held out an olive branch to Azerbaijan on Thursday.", "ARM", "AZE", "03"),
    ("Chile and Bolivia hammered out an agreement on water rights.", "CHL", "BOL", "05"),
    ("Latvia threw its weight behind Estonia's bid for the council seat.", "LVA", "EST", "05"),
    ("Slovakia sided with Hungary in the row over migrants.", "SVK", "HUN", "05"),
    ("Canada rallied behind Denmark in the dispute.", "CAN", "DNK", "05"),
    ("Greece came to the defence of Cyprus in the row.", "GRC", "CYP", "05"),
    ("Uruguay went along with Brazil's proposal for a customs union.", "URY", "BRA", "05"),
    ("Iran pulled out of the talks with the European Union.", "IRN", "EU", "16"),
    ("Japan called off the summit with South Korea.", "JPN", "KOR", "16"),
    ("Ecuador walked away from the trade negotiations with Peru.", "ECU", "PER", "16"),
    ("Austria turned down Italy's request for more border guards.", "AUT", "ITA", "12"),
    ("Germany poured cold water on France's plan for joint borrowing.", "DEU", "FRA", "12"),
    ("Russia scaled back its military presence near Finland.", "RUS", "FIN", "08"),
    ("Malaysia handed over eleven refugees to Myanmar on Friday.", "MYS", "MMR", "17"),
    ("Lithuania took Belarus to court over the border crisis.", "LTU", "BLR", "11"),
]


@pytest.mark.parametrize("text,source,target,root", DYAD_CASES)
def test_phrasal_dyads_full_article(pipeline: Pipeline, text: str, source: str, target: str,
                                    root: str) -> None:
    assert (source, target, root) in dyads(pipeline, text)


# (sentence, the code the phrase decides)
CODE_CASES = [
    ("India called off talks with Pakistan after the attack.", "164"),
    ("Ecuador withdrew from the trade talks with Peru.", "164"),
    ("Iran pulled out of the nuclear talks.", "164"),
    ("The rebel group backed out of the truce deal.", "160"),
    ("Japan called off the minister's visit to Seoul.", "160"),
    ("Russia scaled back its military presence near Finland.", "087"),
    ("Kazakhstan handed over 20 prisoners to Kyrgyzstan on Friday.", "0841"),
    ("Malaysia handed over eleven refugees to Myanmar on Friday.", "174"),
    ("The militia handed over its weapons to the peacekeepers.", "0873"),
    ("Lithuania took Belarus to court over the border crisis.", "115"),
    ("The union called off the strike on Sunday.", "082"),
    ("China beefed up its forces near the border with India.", "154"),
    ("Police stepped up security around the parliament building.", "153"),
    ("Poland signed off on the defence pact with Lithuania.", "057"),
    ("Serbia and Montenegro patched up their quarrel.", "037"),
    ("Greece came to the defence of Cyprus in the row.", "052"),
    ("Russia backed away from its threat to cut gas supplies.", "080"),
]


@pytest.mark.parametrize("text,code", CODE_CASES)
def test_phrasal_codes(pipeline_all: Pipeline, text: str, code: str) -> None:
    assert code in codes(pipeline_all, text)


# literal uses of the same words: no political act
NOT_CODED = [
    "The police car pulled out of the station.",
    "The bus pulled out of the depot at dawn.",
    "The teacher called out the names of the winners.",
    "The lawyer stood behind the desk.",
    "The company rolled back prices for the holidays.",
    "The singer called off her tour.",
    "Workers locked up the warehouse for the night.",
    "The committee pushed back the deadline to June.",
    "Firefighters beat back the flames.",
    "The climbers turned back before the summit.",
    "The minister looked at the report on Monday.",
    "The senator went along with her aides to the rally.",
    "Given the changes in the tax code, the firm moved its offices.",
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_literal_phrasal_uses_are_not_coded(pipeline_all: Pipeline, text: str) -> None:
    assert not roots(pipeline_all, text)


def test_backing_out_is_not_support(pipeline_all: Pipeline) -> None:
    text = "The rebel group backed out of the truce deal."
    assert "05" not in roots(pipeline_all, text)


def test_winding_down_is_not_wounding(pipeline_all: Pipeline) -> None:
    text = "NATO wound down its training mission in the country."
    assert "18" not in roots(pipeline_all, text)


def test_striking_down_a_law_is_not_an_attack(pipeline_all: Pipeline) -> None:
    got = roots(pipeline_all, "The supreme court struck down the ban on street rallies.")
    assert "12" in got and "18" not in got and "19" not in got


def test_fighting_a_plague_is_no_armed_fight(pipeline_all: Pipeline) -> None:
    text = "Kenya teamed up with Uganda to fight the locust swarm."
    assert "19" not in roots(pipeline_all, text)


def test_inclined_to_endorse(pipeline: Pipeline) -> None:
    text = "The Bolivian president is inclined to go along with Chile's water plan."
    assert any(t == "CHL" and r == "05" for _, t, r in dyads(pipeline, text))


def test_calling_out_the_army_is_mobilisation(pipeline_all: Pipeline) -> None:
    got = codes(pipeline_all, "The governor called out the army to restore order.")
    assert "154" in got and "111" not in got


def test_walking_back_to_camp_is_no_retreat(pipeline_all: Pipeline) -> None:
    assert not roots(pipeline_all, "The soldiers walked back to their camp at dusk.")


def test_comments_told_with_a_particle(pipeline_all: Pipeline) -> None:
    assert "01" in roots(pipeline_all, "The governor played down fears of a shortage.")
    assert "01" in roots(pipeline_all, "The bishop weighed in on the debate over the new law.")
