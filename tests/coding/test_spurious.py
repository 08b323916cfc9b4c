"""Sentences that are no event in full-article coding: the view of a person introduced
by a research body, an interviewee's answer in a question-and-answer transcript, a
relation grown over time told in the perfect, and what a cost does in a country."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE)


# (text, a source -> target pair that must not be coded)
NOT_CODED = [
    # a person named with a research body comments; she is no party's actor
    ("Iran's expanding business ties with Armenia make the small republic open to "
     "pressure from Tehran, noted Lena Ortiz of the Caucasus Security Alliance.",
     ("IRN", "ARM")),
    # the interviewee's answer right after the interviewer's question
    ("VOA: Has Moscow changed its posture toward Georgia? Sokolov: Certainly Russia "
     "threatened Georgia with new sanctions last week. It is a pattern.", ("RUS", "GEO")),
    # the state a relation has reached, not an act of the day
    ("Croatia's president has developed a warm relationship with the French president, "
     "despite recent quarrels.", ("HRV", "FRA")),
    ("Croatia and France have built close ties over the past decade.", ("HRV", "FRA")),
    # where a cost falls is no addressee
    ("Swedish gas prices would go up sharply, the Norwegian energy minister said.",
     ("NOR", "SWE")),
]


@pytest.mark.parametrize("text,pair", NOT_CODED)
def test_not_coded(pipeline: Pipeline, text: str, pair: tuple[str, str]) -> None:
    assert not any((s, t) == pair for s, t, _ in events(pipeline, text))


# (text, an event that must still be coded)
CODED = [
    # a fact the interviewer's own sentence reports stays coded
    ("VOA: Russia imposed new sanctions on Georgia last week. What does it mean? "
     "Sokolov: It means Russia will keep pushing.", ("RUS", "GEO", "163")),
    # a ministry is an actor, not a research body
    ("Iran has sharply criticized Armenia over the new border road, said Lena Ortiz of "
     "the Iranian Foreign Ministry.", ("IRN", "ARM", "111")),
    # a relation built on a given day is an act
    ("Croatia and France have built closer ties this week with a new defense accord.",
     ("HRV", "FRA", "030")),
]


@pytest.mark.parametrize("text,expected", CODED)
def test_coded(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(pipeline, text)
