"""Acts reported as nouns (nominalisations), roots 01-20, in both scopes.

News names an act as a noun as often as with a verb: "the expulsion of two envoys", "a
crackdown on students", "calls for restraint". The doer and the one acted on stand in the
noun's possessive, "by", "of", "from", "on", "against" and "to" phrases, and the noun is
carried by a light verb, stands as the subject, or heads a headline. The sentences are
written for these tests. A noun that is only a topic ("discussed a possible ban", "fears of
a raid") reports no act."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded, coded_codes

DATE = "2024-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE)


def roots(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE, digits=2)


def codes(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE)


# Sentence-level coding (scope "all"): (sentence, root that must be coded)
ROOT_CASES = [
    # 01 statements
    ("The minister offered condolences to the families of the drowned fishermen.", "01"),
    # 02 appeals
    # 03 intent to cooperate
    ("The donors made a pledge of aid to the flooded provinces.", "03"),
    # 04 consult
    ("A visit by the trade minister to the northern provinces ended on Friday.", "04"),
    ("Talks between the union and the railway company resumed on Monday.", "04"),
    # 05 diplomatic cooperation
    ("The governor issued an apology to the families of the victims.", "05"),
    # 06 material cooperation
    ("Joint patrols by the two navies began in the strait.", "06"),
    # 07 aid
    # 08 yield
    ("The army announced a ceasefire in the southern hills.", "08"),
    # 09 investigate
    # 10 demand
    # 11 disapprove
    # 12 reject
    # 13 threaten
    # 14 protest
    ("Students staged protests against the tuition increase.", "14"),
    # 15 force posture
    ("The military buildup by the army near the border worried villagers.", "15"),
    # 16 reduce relations
    ("The expulsion of two diplomats by the host government drew a swift response.", "16"),
    ("The government announced the recall of its ambassador.", "16"),
    # 17 coerce
    ("The arrest of three opposition activists drew sharp criticism.", "17"),
    ("Police carried out a crackdown on student protesters in the capital.", "17"),
    ("The seizure of an oil tanker by the coast guard was confirmed.", "17"),
    ("Authorities announced a ban on opposition rallies.", "17"),
    ("The detention of a rights lawyer by the security services was condemned.", "17"),
    # 18 assault
    ("The kidnapping of two engineers by gunmen was confirmed by the company.", "18"),
    ("The assassination of the provincial governor shocked the region.", "18"),
    # 19 fight
    ("The shelling of the port by rebel forces killed six.", "19"),
    # 20 mass violence
    ("The massacre of villagers by militiamen was condemned.", "20"),
    # the noun as a reason: the act is still reported
    ("Protests erupted over the arrest of the opposition leader.", "17"),
    # headlines
    ("Arrest of opposition leader sparks outcry in capital", "17"),
    # named parties in sentence-level coding
    ("Pope Francis issued an appeal to Nicaragua for the release of the bishop.", "02"),
    ("Qatar's delivery of food aid to Gaza began on Monday.", "07"),
    ("The release of two Thai fishermen by Myanmar eased tensions.", "08"),
    ("The launch of a Dutch investigation into Russia's role in the crash was welcomed.", "09"),
    ("Demands by Iran for the return of its frozen assets were rejected by South Korea.", "10"),
    ("Condemnation from Norway followed Israel's raid on the refugee camp.", "11"),
    ("Chad's rejection of the French proposal ended the talks.", "12"),
    ("Threats against Kuwait by Iraqi officials alarmed the region.", "13"),
    ("Egyptian students staged protests against Israel outside its embassy.", "14"),
    ("Belgium's deployment of troops to Lithuania was completed.", "07"),
    ("Expulsion of Russian diplomats angers Moscow", "16"),
    ("The seizure of an Iranian oil tanker by Britain angered Tehran.", "17"),
]



@pytest.mark.parametrize(("text", "root"), ROOT_CASES)
def test_act_noun_roots(pipeline_all: Pipeline, text: str, root: str) -> None:
    assert root in roots(pipeline_all, text)


# Sentence-level coding: (sentence, code the noun decides)
CODE_CASES = [
    ("The seizure of an oil tanker by the coast guard was confirmed.", "171"),
    ("The expulsion of two diplomats by the host government drew a swift response.", "161"),
    ("The kidnapping of two engineers by gunmen was confirmed by the company.", "181"),
]


@pytest.mark.parametrize(("text", "code"), CODE_CASES)
def test_act_noun_codes(pipeline_all: Pipeline, text: str, code: str) -> None:
    assert code in codes(pipeline_all, text)


# Full-article coding with named countries: (sentence, source, target, root)
DYAD_CASES = [
    # "by" names the doer, also when the parser hangs it on the object of "of"
    ("The expulsion of two Latvian diplomats by Belarus drew a swift response.",
     "BLR", "LVA", "16"),
    ("The release of three Vietnamese fishermen by Indonesia eased tensions.",
     "IDN", "VNM", "08"),
    ("The detention of a Dutch journalist by Ethiopia was condemned by the Netherlands.",
     "ETH", "NLD", "17"),
    ("Threats against Kuwait by Iraqi officials alarmed the region.", "IRQ", "KWT", "13"),
    ("Belgium's deployment of troops to Lithuania was completed.", "BEL", "LTU", "07"),
    ("The seizure of an Iranian oil tanker by Britain angered Tehran.", "GBR", "IRN", "17"),
    ("Canada's seizure of a Russian cargo plane angered Moscow.",
     "CAN", "RUS", "17"),
    # "of" names the one acted on ...
    ("Ecuador announced the expulsion of two Colombian diplomats.", "ECU", "COL", "16"),
    ("Peru's recognition of Kosovo angered Serbia.", "PER", "XKX", "05"),
    ("Sweden's criticism of Hungary delayed the vote.", "SWE", "HUN", "11"),
    # ... but a visit's "of" names the visitor
    ("A visit by the Turkish foreign minister to Egypt ended on Friday.", "TUR", "EGY", "04"),
    # light verbs
    ("Morocco made a pledge of aid to Libya after the floods.", "MAR", "LBY", "03"),
    ("Spain issued an apology to Mexico for the remarks.", "ESP", "MEX", "05"),
    ("Lithuania announced the recall of its ambassador from Beijing.", "LTU", "CHN", "16"),
    ("Nigeria announced the deployment of police officers to Haiti.", "NGA", "HTI", "07"),
    ("Britain announced the lifting of sanctions on Syria.", "GBR", "SYR", "08"),
    ("Japan's withdrawal of troops from South Sudan was completed.", "JPN", "SSD", "08"),
    ("Poland's criticism of Germany over the pipeline grew louder.", "POL", "DEU", "11"),
    ("Kenya's rejection of the Ugandan proposal ended the talks.", "KEN", "UGA", "12"),
    ("A UN investigation into Myanmar's treatment of its minorities was launched.",
     "UNO", "MMR", "09"),
    # "from" names who speaks
    ("Condemnation from France followed Mali's expulsion of its ambassador.",
     "MLI", "FRA", "16"),
    # attacks and coercion
    ("The kidnapping of two Korean engineers by militants in Nigeria was confirmed.",
     "NGA", "KOR", "18"),
    ("The shelling of Kherson by Russian forces killed six.", "RUS", "UKR", "19"),
    ("Russia's military buildup near Finland worried Helsinki.", "RUS", "FIN", "15"),
]


@pytest.mark.parametrize(("text", "source", "target", "root"), DYAD_CASES)
def test_act_noun_dyads(pipeline: Pipeline, text: str, source: str, target: str,
                        root: str) -> None:
    assert any(s == source and t == target and c[:2] == root
               for s, t, c in events(pipeline, text))


# The noun is a topic, feared, rumoured, possible or undone: no act is reported.
NOT_DONE = [
    ("Ministers discussed a possible ban on rallies.", "17"),
    ("Rumours of a coup swept the capital.", "17"),
    ("Fears of an attack on the embassy grew.", "18"),
    ("Fears of an attack on the embassy grew.", "19"),
    ("The rebels' threat of rocket strikes on the airport alarmed travellers.", "19"),
    ("Britain announced the lifting of sanctions on Syria.", "16"),
    ("The cabinet weighed a ban on street protests.", "17"),
    ("The minister made a phone call to the governor.", "02"),
]


@pytest.mark.parametrize(("text", "root"), NOT_DONE)
def test_act_noun_not_done(pipeline_all: Pipeline, text: str, root: str) -> None:
    assert root not in roots(pipeline_all, text)


def test_threat_noun_is_coded_without_the_feared_act(pipeline_all: Pipeline) -> None:
    text = "North Korea's threat of rocket strikes against Japan alarmed travellers."
    found = roots(pipeline_all, text)
    assert "13" in found and "19" not in found
