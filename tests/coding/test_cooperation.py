"""Cooperative acts in full-article coding: meetings of a body one takes part in, offers
whose addressee is named in the offered act, submissions to a body, agreements pursued."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE)


# (text, an event that must be coded: source, target, code)
CASES = [
    # taking part in a meeting of a body is a meeting with the body (CAMEO 040)
    ("Japan's ambassador attended a session of the U.N. Security Council on Monday.",
     ("JPN", "UNO", "040")),
    ("Japan's ambassador took part in a session of the U.N. Security Council on Monday.",
     ("JPN", "UNO", "040")),
    # "the session": the one body the last sentences named
    (("The U.N. Security Council gathered on Monday to weigh the rocket launches. Norway's "
      "envoy participated in the session."), ("NOR", "UNO", "040")),
    # an offer with nothing coded inside, made to the party the offered act names (030)
    ("Chile offered on Friday to rebuild schools in Haiti.", ("CHL", "HTI", "030")),
    # submitting a claim to a body appeals to it (020)
    ("Vietnam has submitted a dossier to the U.N. Human Rights Council.",
     ("VNM", "UNO", "020")),
    # pursuing an agreement with a party (030)
    ("Ankara is eyeing a fishing agreement with Libya.", ("TUR", "LBY", "030")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_cooperation_coded(pipeline: Pipeline, text: str,
                           expected: tuple[str, str, str]) -> None:
    assert expected in events(pipeline, text)


# (text, a source -> target pair that must not be coded)
NOT_CODED = [
    # an offer whose act names nobody is not guessed from the last sentences
    (("Sudan expelled thirty aid workers on Monday. Kenya offered to shelter the workers."),
     ("KEN", "SDN")),
    # attending a meeting of no body named
    ("Japan's ambassador attended a session in Geneva on Monday.", ("JPN", "CHE")),
]


@pytest.mark.parametrize("text,pair", NOT_CODED)
def test_cooperation_not_coded(pipeline: Pipeline, text: str,
                               pair: tuple[str, str]) -> None:
    assert pair not in {(s, t) for s, t, _ in events(pipeline, text)}
