"""Threats (CAMEO 13) in full articles: a warning of turning to another party is aimed at
the party warned, not at the alternative; a warning set into "with" keeps its clause."""

from __future__ import annotations

from summitry import Pipeline
from tests.helpers import coded

DATE = "2024-03-12"


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE, digits=2)


def test_turning_elsewhere_threatens_the_refusing_party(pipeline: Pipeline) -> None:
    text = ("Germany halted the delivery of tanks to Poland last week. "
            "Warsaw is warning it may turn to South Korea's armour makers instead.")
    found = dyads(pipeline, text)
    assert ("POL", "DEU", "13") in found
    assert ("POL", "KOR", "13") not in found


def test_warning_with_addressee_keeps_its_target(pipeline: Pipeline) -> None:
    text = ("Germany halted the delivery of tanks to Poland last week. "
            "Warsaw warned Berlin it could turn to South Korea instead.")
    found = dyads(pipeline, text)
    assert ("POL", "DEU", "13") in found
    assert ("POL", "KOR", "13") not in found


def test_warning_set_into_with_reads_its_clause(pipeline: Pipeline) -> None:
    text = ("Egyptian Foreign Minister Sameh Shoukry spoke on Monday. Ties may worsen with "
            "Shoukry warning that Israeli ports are now at risk if Egypt is punished.")
    assert ("EGY", "ISR", "13") in dyads(pipeline, text)


def test_warning_that_the_speakers_side_will_act_is_aimed_at_the_inner_target(
        pipeline: Pipeline) -> None:
    text = "Venezuela's president warned that Caracas would retaliate against any Guyanese attack."
    found = coded(pipeline, text, "2023-12-05")
    assert any(s == "VEN" and t == "GUY" and c.startswith("13") for s, t, c in found), found
