"""Sentence-level coding (scope "all"): unnamed actors, plain futures, words as targets."""

from __future__ import annotations

import pytest

from summitry import Pipeline

DATE = "2024-03-12"


def roots(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline.code(text, date=DATE)
    return {e.cameo_root for e in doc.events if e.modality != "negated"}


def codes(pipeline: Pipeline, text: str) -> set[str]:
    return {e.cameo for e in pipeline.code(text, date=DATE).events}


# (sentence, roots that must be coded)
CASES = [
    # the subject of a coordinated or governing verb acts in the verb without one
    ("The chief justice of the province dismissed a registrar and opened a probe on Monday.",
     {"09"}),
    # a plain future is coded as the act itself
    ("The city council will provide subsidies to low-income families next year.", {"07"}),
    ("Members of the ruling coalition will donate their salaries to the flood relief fund.",
     {"07"}),
    ("The rebel group announced that it will withdraw from the peace talks.", {"16"}),
    # people named only by their words are the target of a release
    ("Kidnappers freed three missionaries on Sunday, church officials said.", {"08"}),
    ("Coast guard crews rescued twelve of the stranded fishermen.", {"07"}),
    ("The senator took a parting shot at her rival in her farewell speech.", {"11"}),
    ("A teacher who was accused of stealing exam papers has been arrested.", {"11", "17"}),
    # a state's forces killing armed men fight (19); killing others is assault (18)
    ("The army said it had killed 14 rebels in a raid on their camp.", {"19"}),
    # a crowd counted but not named protests
    ("Hundreds marched through the capital on Saturday against the new fuel tax.", {"14"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sentence_level_roots(pipeline_all: Pipeline, text: str, expected: set[str]) -> None:
    assert expected <= roots(pipeline_all, text)


def test_speaker_is_not_the_agent_of_a_passive(pipeline_all: Pipeline) -> None:
    text = "Four hikers were killed when a landslide hit the trail, local authorities said."
    assert "18" not in roots(pipeline_all, text)


def test_reported_would_stays_an_intention(pipeline_all: Pipeline) -> None:
    text = "The prime minister said he would send more aid to the flooded region."
    assert not any(c.startswith("07") for c in codes(pipeline_all, text))


def test_international_scope_keeps_intentions(pipeline: Pipeline) -> None:
    doc = pipeline.code("Japan will provide humanitarian aid to Sudan.", date=DATE)
    assert {e.cameo for e in doc.events} == {"0333"}


def test_tourists_received_are_no_meeting(pipeline_all: Pipeline) -> None:
    assert "04" not in roots(pipeline_all, "Spain received record numbers of tourists in 2019.")


def test_unnamed_police_reporting_no_act_is_attribution(pipeline_all: Pipeline) -> None:
    text = "A driver died after his truck overturned on the highway, police said."
    assert roots(pipeline_all, text) == set()


def test_police_reporting_an_act_keeps_the_statement(pipeline_all: Pipeline) -> None:
    text = "Gunmen abducted three engineers near the border, police said."
    assert {"01", "18"} <= roots(pipeline_all, text)


def test_named_officials_keep_their_statement(pipeline_all: Pipeline) -> None:
    text = "The rocket exploded shortly after launch, Japanese officials said."
    assert "01" in roots(pipeline_all, text)


def test_act_noun_modified_by_its_actor(pipeline_all: Pipeline) -> None:
    text = "The missile tests prompted new EU sanctions."
    assert "16" in roots(pipeline_all, text)


def test_eviction_is_expulsion(pipeline_all: Pipeline) -> None:
    doc = pipeline_all.code("Police evicted forty squatters from the building on Monday.",
                            date=DATE)
    assert "174" in {e.cameo for e in doc.events}


def test_passive_conviction_by_an_unnamed_court(pipeline_all: Pipeline) -> None:
    assert "11" in roots(pipeline_all, "A former mayor was convicted of fraud on Friday.")


def test_unknown_doer(pipeline_all: Pipeline) -> None:
    text = "Police are still searching for whoever planted the bombs near the stadium."
    assert "18" in roots(pipeline_all, text)


@pytest.mark.parametrize("text,expected", [
    ("Jailed blogger released after six years", "08"),
    ("Two hostages were released on Friday.", "08"),
    ("Opposition leader arrested in capital", "17"),
])
def test_headline_and_agentless_passives(pipeline_all: Pipeline, text: str,
                                         expected: str) -> None:
    assert expected in roots(pipeline_all, text)


def test_unknown_people_modifying_an_act_noun(pipeline_all: Pipeline) -> None:
    text = "Ministers met in Vienna despite a Soviet refusal to attend."
    assert "12" in roots(pipeline_all, text)


def test_killing_of_people_named_by_their_words(pipeline_all: Pipeline) -> None:
    text = "The commission ordered an inquiry into the murder of a student."
    assert {"09", "18"} <= roots(pipeline_all, text)


def test_a_report_speaks_for_its_authors(pipeline_all: Pipeline) -> None:
    text = "A new study says most rivers in the region are polluted."
    assert "01" in roots(pipeline_all, text)


def test_a_written_document_is_not_a_statement(pipeline_all: Pipeline) -> None:
    text = "Voters read the letter written by the mayor before the election."
    assert "01" not in roots(pipeline_all, text)


def test_file_photo_caption_is_not_news(pipeline: Pipeline, pipeline_all: Pipeline) -> None:
    text = ("In this March 3, 2015 file photo, German Chancellor Angela Merkel meets "
            "French President Francois Hollande in Paris.")
    assert roots(pipeline_all, text) == set()
    assert pipeline.code(text, date=DATE).events == ()


def test_private_agent_of_a_passive_is_no_political_actor(pipeline_all: Pipeline) -> None:
    text = "A young woman was stabbed by her former husband outside a shop."
    assert "18" not in roots(pipeline_all, text)
    assert "18" in roots(pipeline_all, "Two shopkeepers were stabbed in the market on Monday.")


@pytest.mark.parametrize("text,expected", [
    ("Thousands of people protested in the capital against the new law.", "14"),
    ("Workers went on strike over unpaid wages.", "14"),
    ("Doctors went on a hunger strike.", "14"),
    ("Gunmen opened fire on a bus carrying pilgrims.", "18"),
    ("A car bomb exploded near a market, killing 12 people.", "18"),
])
def test_protests_and_violence_in_plain_words(pipeline_all: Pipeline, text: str,
                                              expected: str) -> None:
    assert expected in roots(pipeline_all, text)


def test_labour_strike_is_no_air_strike(pipeline_all: Pipeline) -> None:
    assert "19" not in roots(pipeline_all, "Workers went on strike over unpaid wages.")


def test_speaker_is_not_the_doer_when_the_clause_has_a_subject(pipeline_all: Pipeline) -> None:
    text = "The storm killed at least 20 people, officials said."
    assert "18" not in roots(pipeline_all, text)


def test_armed_forces_named_by_their_words_fight(pipeline_all: Pipeline) -> None:
    text = "The army launched an offensive against rebels in the north."
    assert "19" in roots(pipeline_all, text)
    assert "18" in roots(pipeline_all, "Rebels ambushed a convoy near the border.")


def test_agentless_criticism_and_verbal_retort(pipeline_all: Pipeline) -> None:
    assert "11" in roots(pipeline_all, "The mayor was criticized for his handling of the crisis.")
    found = roots(pipeline_all, "The minister hit back at his critics.")
    assert "11" in found and "18" not in found


@pytest.mark.parametrize("text,expected", [
    ("The suspect was taken into custody on Monday.", "173"),
    ("The man was handed a 10-year prison sentence.", "173"),
    ("Authorities shut down the newspaper.", "172"),
])
def test_coercion_vocabulary(pipeline_all: Pipeline, text: str, expected: str) -> None:
    assert expected in {e.cameo for e in pipeline_all.code(text, date=DATE).events}


def test_hosting_a_body_named_by_its_words(pipeline_all: Pipeline) -> None:
    assert "04" in roots(pipeline_all, "The prime minister hosted the visiting delegation.")


def test_forces_killing_unarmed_people_is_assault(pipeline_all: Pipeline) -> None:
    assert "18" in roots(pipeline_all, "Soldiers killed three farmers near the border.")
    assert "19" not in roots(pipeline_all, "Soldiers killed three farmers near the border.")


def test_meeting_a_thing_is_no_meeting(pipeline_all: Pipeline) -> None:
    assert "04" not in roots(pipeline_all, "The utility met its emissions targets last year.")
    assert "04" in roots(pipeline_all, "The governor met the visiting delegation on Monday.")
