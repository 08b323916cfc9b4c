"""Appeals and demands with implicit addressees, ultimatums, issued notices, habitual
practices and indirectly reported meetings (full-article coding)."""

from __future__ import annotations

import pytest

from summitry import Pipeline

DATE = "2025-06-18"


def found(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    doc = pipeline.code(text, date=DATE)
    return {(e.source.country, e.target.country if e.target else None, e.cameo_root)
            for e in doc.events}


# (text, an event that must be coded: source, target, root)
@pytest.mark.parametrize("text,expected", [
    # the one other country the sentence names
    (("The U.N. special envoy for Yemen is calling for a halt to the shelling and for the "
     "release of detainees."), ("UNO", "YEM", "02")),
    ("Brazil's foreign minister said Argentina had requested the repatriation of six citizens.",
     ("ARG", "BRA", "02")),
    # the party the last sentences were about
    (("Sudan's army extended its curfew on the capital this week. U.N. Secretary-General "
     "Antonio Guterres condemned the curfew. He demanded an end to the detentions."),
     ("UNO", "SDN", "10")),
    (("Georgia held a disputed parliamentary election last month. On Tuesday the U.S. Senate "
     "voted 90-4, urging a full investigation of the irregularities."), ("USA", "GEO", "02")),
    # a deadline given to a party is a demand
    ("Uganda has given the World Food Programme 21 days to relocate its depots.",
     ("UGA", "UNO", "10")),
    ("Pakistan gave Afghanistan 14 days to expel the militants.", ("PAK", "AFG", "10")),
    # a notice acts for whoever issued it
    ("Algeria issued a string of warnings demanding that Mali free its soldiers.",
     ("DZA", "MLI", "10")),
    # lobbying is an appeal
    ("The Chinese commerce minister travelled to Brussels to lobby the EU to drop the tariffs.",
     ("CHN", "EU", "02")),
    # meetings reported indirectly
    (("There have been some Serbian and Croatian border officers talking together, the adviser "
     "said."), ("SRB", "HRV", "04")),
    (("The Indian trade minister met with officials in charge of commerce in Germany and "
     "Italy."), ("IND", "ITA", "04")),
])
def test_implicit_appeal_targets(pipeline: Pipeline, text: str,
                                 expected: tuple[str, str, str]) -> None:
    events = found(pipeline, text)
    source, target, root = expected
    assert expected in events or (root == "04" and (target, source, root) in events), events


@pytest.mark.parametrize("text", [
    # an addressee given in words that name no country is not replaced by a guess
    ("Canada condemned the attack on Ukraine. Ottawa urged other countries to send air "
    "defence systems."),
    "Ukraine was shelled overnight. Zelenskyy called on allies to deliver more weapons.",
    # asked, not asking
    ("Vietnam and the Philippines signed a maritime deal. Asked about the deal, a Chinese "
    "spokesperson said countries in the region should stay calm."),
    # two other countries in the sentences before: ambiguous
    ("Sudan and Chad traded accusations over the border on Monday. The Swiss foreign "
     "minister called for an end to the fighting."),
])
def test_no_guessed_addressee(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in found(pipeline, text) if e[2] == "02"], found(pipeline, text)


def test_a_standing_practice_is_not_an_event(pipeline: Pipeline) -> None:
    text = "Thailand is always asking the United States and Canada to take the refugees."
    assert not [e for e in found(pipeline, text) if e[2] == "02"]


def test_implicit_addressees_leave_sentence_level_coding_alone(pipeline_all: Pipeline) -> None:
    doc = pipeline_all.code("Sudan's army extended its curfew on the capital. U.N. Secretary-"
                          "General Antonio Guterres demanded an end to the detentions.",
                          date=DATE)
    assert not [e for e in doc.events if e.target is not None
                and e.target.country == "SDN" and e.cameo_root == "10"], doc.events


@pytest.mark.parametrize("text", [
    "In 2019, Japan signed a trade agreement with Kenya that took effect in 2021.",
    "The Indian prime minister met the Thai king at a summit in March 2017.",
])
def test_an_act_dated_to_an_earlier_year_is_background(pipeline: Pipeline, text: str) -> None:
    assert not found(pipeline, text)


def test_an_earlier_year_inside_another_clause_does_not_matter(pipeline: Pipeline) -> None:
    text = "China on Monday blamed the United States for withdrawing from the deal in 2018."
    assert ("CHN", "USA", "11") in found(pipeline, text)


def test_what_a_body_should_do_told_to_it_is_an_appeal(pipeline: Pipeline) -> None:
    text = ('"The tribunal should exercise restraint when handling these claims," Indian '
            "Foreign Minister Subrahmanyam Jaishankar told the U.N. General Assembly.")
    assert ("IND", "UNO", "02") in found(pipeline, text)
