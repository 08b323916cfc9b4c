"""Sentence-level coding (scope "all") of headline and lead-sentence grammar.

Headlines tell past acts in the present, plans with "to", passives without their
auxiliary, and join parties with a comma; the tagger often reads their verbs as nouns.
Lead sentences open with datelines and fronted phrases and end with attributions. The
sentences are written for these tests; each asserts the CAMEO root the act has."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded, coded_codes

DATE = "2024-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE)


def roots(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE, digits=2)


# (sentence, root that must be coded)
CASES = [
    # headlines: the present tense for a past act
    ("Turkey recalls ambassador from Vienna over genocide vote", "16"),
    ("India summons Chinese diplomat over border clash", "11"),
    ("Police arrest opposition leader in Dhaka", "17"),
    ("Kenya deports two British journalists", "17"),
    ("Rebels seize town in eastern Congo", "19"),
    ("Thai army declares martial law", "17"),
    ("Rwanda accuses Uganda of backing rebels", "11"),
    ("Greece rejects EU bailout terms", "12"),
    ("Venezuela frees jailed opposition mayor", "08"),
    ("Nigeria bans protests in capital", "17"),
    ("Pope urges end to fighting in Sudan", "02"),
    ("Army kills 15 militants in North Waziristan", "19"),
    ("Gunmen kill six in attack on church", "18"),
    ("Kenya recalls envoy to Somalia", "16"),
    ("Militants bomb gas pipeline in Sinai", "18"),
    ("Nurses strike over pay in Kenya", "14"),
    ("U.S. slaps sanctions on Venezuelan officials", "16"),
    ("Thailand's army chief seizes power in coup", "17"),
    ("Iran slams Saudi Arabia over execution of cleric", "11"),
    ("North Korea threatens to strike U.S. bases", "13"),
    ("Palestinians reject U.S. peace plan", "12"),
    ("Mali: Army captures rebel commander near Gao", "17"),
    ("Syria: Car bomb kills 12 in Idlib", "18"),
    # the tagger reads the headline's verb as a noun
    ("Germany pledges aid to flood-hit Pakistan", "03"),
    ("Turkey shells Kurdish positions in northern Syria", "19"),
    ("Rebels attack army base in Darfur", "18"),
    ("Police raid opposition offices in Minsk", "17"),
    ("Police fire tear gas at Nairobi protesters", "17"),
    ("Workers march in Seoul over pension reform", "14"),
    ("Opposition boycotts vote in Bangladesh", "14"),
    ("Pakistan summons Afghan envoy over border firing", "11"),
    ("Turkey attacks Kurdish militia in Syria", "19"),
    ("Erdogan hosts Iraqi prime minister in Ankara", "04"),
    ("Russia strikes Ukrainian power grid", "19"),
    ("Iran talks with EU envoys on nuclear deal", "04"),
    ("Teachers march to parliament in Nairobi", "14"),
    ("Egypt jails activist for three years", "17"),
    ("Kuwait expels Iranian diplomats", "16"),
    ("UN chief appeals for calm in Libya", "02"),
    ("Police break up opposition rally in Tbilisi", "17"),
    ("Riot police broke up a student protest camp outside parliament.", "17"),
    ("Thousands protest in Bucharest against corruption", "14"),
    ("Farmers march on parliament over import quotas", "14"),
    ("Students rally for free tuition in Santiago", "14"),
    ("Students march against tuition fees in London", "14"),
    # "to" and a verb: a plan, coded as the act in sentence-level coding
    ("Chinese premier to visit India next week", "04"),
    ("EU to impose new sanctions on Belarus", "16"),
    ("Australia to withdraw troops from Iraq by June", "08"),
    # passives without their auxiliary, also before an attribution
    ("Five policemen killed in roadside bombing in Kandahar", "18"),
    ("Prominent blogger arrested in Hanoi", "17"),
    ("Two aid workers kidnapped in northern Mali", "18"),
    ("Journalist shot dead in Mexico", "18"),
    ("Opposition rally banned in Minsk", "17"),
    ("Kidnapped aid worker released in Somalia", "08"),
    ("Hostages freed after week-long siege in Mali", "08"),
    ("Two journalists jailed for 10 years in Burundi", "17"),
    ("Rebel commander captured in Mali, army says", "17"),
    ("Opposition leader detained in Minsk, police say", "17"),
    ("Aid worker abducted in Niger, officials say", "18"),
    # a comma for "and"
    ("India, Pakistan agree to resume border talks", "03"),
    ("Russia, China sign energy deal", "05"),
    ("Serbia, Kosovo leaders meet in Brussels", "04"),
    ("Japan, South Korea hold first talks in years", "04"),
    ("Sudan, South Sudan sign oil deal", "05"),
    # headline "says" and lead sentences with a dateline
    ("UN says 40 civilians killed in Yemen airstrike", "19"),
    ("Police say gunmen killed four villagers in Borno", "18"),
    ("Suicide bomber kills 20 at Kabul wedding, officials say", "18"),
    ("ISLAMABAD, June 4 (Reuters) - Pakistani police arrested 20 activists on Tuesday.", "17"),
    ("NAIROBI -- Kenyan troops killed 30 al-Shabaab fighters in Somalia, the army said.",
     "19"),
    ("BEIRUT (AP) — Syrian government forces shelled rebel-held districts on Sunday.", "19"),
    ("MOSCOW, Oct 9 - Russia expelled two Polish diplomats on Friday.", "16"),
    ("CAIRO -- Egyptian authorities released a prominent blogger on Sunday.", "08"),
    ("LONDON, March 3 - Britain called on Iran to release a detained aid worker.", "02"),
    ("LAHORE: Police arrested the leader of a banned group on Sunday.", "17"),
    ("Harare, Zimbabwe - Police arrested an opposition lawmaker on Monday.", "17"),
    ("BEIJING, March 3 (Xinhua) -- Chinese police detained 12 people suspected of fraud.",
     "17"),
    ("GENEVA (Reuters) - The UN human rights chief criticised Myanmar's military on Tuesday.",
     "11"),
    # appositions, long subjects and fronted phrases
    (("The French foreign minister, who is on a tour of West Africa, met the president of "
     "Senegal on Tuesday."), "04"),
    (("Mexico's interior minister, speaking after a cabinet meeting, accused the cartels of "
     "terrorising farmers."), "11"),
    (("Sudan's army chief, who took power in a coup last year, held talks with Egypt's "
     "president in Cairo on Sunday."), "04"),
    (("Riot police, backed by armoured vehicles, dispersed thousands of protesters in the "
     "capital."), "17"),
    ("In the northern city of Mosul, gunmen killed three election workers.", "18"),
    ("Late on Thursday, Turkish warplanes bombed Kurdish militia positions in Iraq.", "19"),
    ("Earlier in the day, Russian troops shelled a village near Kharkiv.", "19"),
    ("In a statement on Sunday, the Chinese foreign ministry condemned the sanctions.", "11"),
    ("Two days after the vote, police arrested the opposition candidate.", "17"),
    ("According to the army, troops killed 25 insurgents in the operation.", "19"),
    # participles and a second act after "after" or "as"
    ("A car bomb exploded near a police station in Baghdad, killing nine people.", "18"),
    ("Security forces fired tear gas at demonstrators in Caracas, injuring dozens.", "17"),
    ("Gunmen opened fire on a bus in Kano, killing 11 passengers.", "18"),
    (("Hundreds of protesters rallied outside the embassy, demanding the ambassador's "
     "expulsion."), "14"),
    ("Police detained the mayor after he refused to leave city hall.", "17"),
    ("The United States imposed sanctions on Iran as talks stalled.", "16"),
    ("Syria accused Turkey of aggression after Turkish jets bombed a border town.", "11"),
    ('"We condemn this cowardly attack," the Kenyan president said on Monday.', "11"),
    # a time noun before "after" is no doer: "by police hours after ..."
    ("The activist was detained by police hours after returning from exile.", "17"),
    ("The journalist was arrested by security agents days after publishing the report.",
     "17"),
    ("The pilgrims were attacked by gunmen moments after leaving the shrine.", "18"),
]


@pytest.mark.parametrize("text,root", CASES)
def test_headline_and_lead_roots(pipeline_all: Pipeline, text: str, root: str) -> None:
    assert root in roots(pipeline_all, text)


# Sentences that report no political act: a question, a game, a disaster, a market.
NOT_CODED = [
    "Will Iran attack Israel?",
    "How will China respond if Taiwan declares independence?",
    "Brazil beat Argentina 3-1 in World Cup qualifier",
    "Manchester United beat Liverpool 2-0 at Old Trafford",
    "BEIJING, May 2 - Heavy rains killed 20 people in southern China.",
    "Three killed in road accident in Lagos",
    "Floods kill dozens in Bangladesh",
    "Heavy rains kill 30 in Kenya",
    "Stock markets rally after rate cut",
    "Oil prices march higher",
    "Police investigate fatal bus crash",
    "Water supplies cut in Gaza",
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_no_political_act(pipeline_all: Pipeline, text: str) -> None:
    assert not events(pipeline_all, text)


def test_comma_joins_the_parties(pipeline_all: Pipeline) -> None:
    assert ("SDN", "SSD", "057") in events(pipeline_all, "Sudan, South Sudan sign oil deal")


def test_dateline_city_is_not_the_doer(pipeline_all: Pipeline) -> None:
    text = "WASHINGTON (Reuters) - Mexican police arrested a drug lord in Sinaloa on Monday."
    assert {(s, c[:2]) for s, _, c in events(pipeline_all, text)} == {("MEX", "17")}


def test_headline_subject_of_noun_read_verb(pipeline_all: Pipeline) -> None:
    found = events(pipeline_all, "Turkey shells Kurdish positions in northern Syria")
    assert any(s == "TUR" and c.startswith("19") for s, _, c in found)


def test_reported_past_with_object_stays_active(pipeline_all: Pipeline) -> None:
    """ "Police say gunmen killed ...": the speaker is not the doer, the gunmen are."""
    found = events(pipeline_all, "Police say gunmen killed four villagers in Borno")
    assert any(c.startswith("18") for _, _, c in found)


# An act a speaker says another party must do is the speaker's appeal, not that act.
OBLIGED = [
    "The Malian defence minister said the rebels must lay down their arms.",
    '"The rebels must lay down their arms," the Malian defence minister told reporters.',
    ('"Russia must withdraw its troops from Ukraine," the Polish foreign minister said on '
    "Monday."),
]


@pytest.mark.parametrize("text", OBLIGED)
def test_obliged_act_is_an_appeal(pipeline_all: Pipeline, text: str) -> None:
    found = roots(pipeline_all, text)
    assert "02" in found and "08" not in found


def test_obliged_act_targets_the_party(pipeline_all: Pipeline) -> None:
    text = "The Polish foreign minister said Russia must withdraw its troops from Ukraine."
    assert ("POL", "RUS", "020") in events(pipeline_all, text)


def test_speakers_own_obligation_is_not_an_appeal(pipeline_all: Pipeline) -> None:
    text = '"We must release the prisoners," the Malian president said.'
    assert "02" not in roots(pipeline_all, text)


def test_time_noun_before_after_is_not_the_agent(pipeline_all: Pipeline) -> None:
    text = "The mayor was freed by kidnappers days after his abduction."
    assert "08" in roots(pipeline_all, text)


# A state that protests something complains officially (114); people demonstrate (14).
@pytest.mark.parametrize("text,code", [
    ("China protests Japanese minister's shrine visit", "114"),
    ("Japan protested the Chinese naval exercise near its islands.", "114"),
    ("Chinese students protest the visit", "140"),
    ("Farmers protest new tax in Paris", "140"),
])
def test_state_protest_is_a_complaint(pipeline_all: Pipeline, text: str, code: str) -> None:
    assert code in {c for _, _, c in events(pipeline_all, text)}


@pytest.mark.parametrize("text", [
    "Erdogan: Turkey will respond to any attack",
    "The minister said the army would repel any attack on the border.",
])
def test_supposed_attack_is_not_coded(pipeline_all: Pipeline, text: str) -> None:
    assert not roots(pipeline_all, text) & {"18", "19"}


def test_break_up_is_not_always_repression(pipeline_all: Pipeline) -> None:
    assert not events(pipeline_all, "The band will break up after its final tour.")


def test_a_sentence_before_a_paragraph_break_is_no_headline(pipeline: Pipeline) -> None:
    text = ("Students rally outside French embassy in Bamako\n\n"
            "Hundreds of students gathered outside the French embassy in Bamako on Monday.\n\n"
            "Police later dispersed the crowd.")
    doc = pipeline.code(text)
    lead = [e for e in doc.events if e.evidence.text.startswith("Hundreds")]
    assert lead and lead[0].source.country == "MLI", doc.events
    assert lead[0].target is not None and lead[0].target.country == "FRA"


def test_a_question_before_a_paragraph_break_is_still_a_question(pipeline: Pipeline) -> None:
    doc = pipeline.code("Will Mali expel the French ambassador?\n\nOfficials declined to say.")
    assert not any(e.cameo_root == "16" for e in doc.events), doc.events
