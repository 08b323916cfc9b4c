"""Trade measures in full-article coding: targets named through the goods taxed, the trade
war, the measure eased or the threat's condition; who lays the measure."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-04-08"


def triples(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE)


# (text, an event that must be coded as (source, target, code))
CASES = [
    # the goods name the target: an adjective, a phrase of origin
    ("Japan raised its duty on Brazilian beef to 40% on Monday.", ("JPN", "BRA", "163")),
    ("Trump said he will impose a 100% tariff on all cheese made in Italy.",
     ("USA", "ITA", "1312")),
    (("Beijing warned that it could also retaliate with tariffs on Dutch flowers and on "
     "European machinery."), ("CHN", "EU", "1312")),
    # the trade war the measure belongs to
    (("U.S. President Donald Trump escalated his trade war with Mexico on Monday, tripling "
     "the levy on its southern neighbor's cement."), ("USA", "MEX", "163")),
    # easing takes the target of the measure eased
    (("Trump imposed 20% tariffs on Indian exports last week, then delayed the tariffs on most "
     "items for a month."), ("USA", "IND", "085")),
    # "its own" is the clause's subject, "Europe" the bloc
    (("Australia imposed tariffs on Japanese cars. Europe then retaliated with its own new "
     "tariffs on American exports."), ("EU", "USA", "163")),
    # a threat's condition names its target
    (("\"If the duties are not dropped by Vietnam, I will increase the tariffs on shoes coming "
     "into the U.S.,\" Trump said."), ("USA", "VNM", "1312")),
    # "from" after the goods names where they come from
    ("India imposed duties on steel imports from China.", ("IND", "CHN", "163")),
    # things sanctioned name their owner
    ("Canada on Monday imposed sanctions on 12 ships it says belong to Iran's oil fleet.",
     ("CAN", "IRN", "163")),
    ("France imposed an embargo on vessels that belong to North Korea.", ("FRA", "PRK", "163")),
    # a measure held out in a reported clause: the speaker's side threatens the condition's party
    ("A State Department official said sanctions may follow if Delhi deployed the radar.",
     ("USA", "IND", "1312")),
    # a bill passed against a country holds sanctions out
    ("A U.S. Senate panel approved legislation on Thursday targeting Venezuela.",
     ("USA", "VEN", "1312")),
    # acts on a measure coded in the same sentence
    ("Trump slapped a new tariff on Mexican cement last week before delaying it.",
     ("USA", "MEX", "085")),
    (("Trump started a trade war with Korea by imposing and then pausing for six weeks a 15% "
     "tariff on all products shipped to the United States."), ("USA", "KOR", "163")),
    (("Trump started a trade war with Korea by imposing and then pausing for six weeks a 15% "
     "tariff on all products shipped to the United States."), ("USA", "KOR", "085")),
    # barring someone from a country is a sanction
    ("The Taliban said that they had barred the British envoy from the country.",
     ("AFG", "GBR", "163")),
]


@pytest.mark.parametrize(("text", "event"), CASES)
def test_trade_measure(pipeline: Pipeline, text: str, event: tuple[str, str, str]) -> None:
    assert event in triples(pipeline, text)


def test_owned_measure_as_subject_is_described(pipeline: Pipeline) -> None:
    # "X's tariffs ... are aimed at ...": the tariffs described, not laid anew
    found = triples(pipeline, "Trump's tariffs on Chinese steel are aimed at protecting jobs.")
    assert ("USA", "CHN", "163") not in found


def test_levy_in_another_clause_is_not_the_war(pipeline: Pipeline) -> None:
    # the levy is laid by the speaker of the other clause, not in the trade war
    found = triples(pipeline, "Trump widened his trade war with Mexico on Friday after a "
                              "Mexican governor said he was adding a levy on gas.")
    assert ("USA", "MEX", "163") not in found


def test_measure_taking_effect_is_reported(pipeline: Pipeline) -> None:
    found = triples(pipeline, "China's sanctions on Lithuania took effect on Monday.")
    assert ("CHN", "LTU", "163") in found
