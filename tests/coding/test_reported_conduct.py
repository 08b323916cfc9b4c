"""What a speaker says about another party's conduct in full-article coding: misconduct told
by its effect, criticised things that come from a party, refusals to take part in a body's
proceeding, characterisations with a displaced complement, warnings of what is at risk."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE)


# (text, an event that must be coded: source, target, code)
CASES = [
    # a verb of misconduct whose subject another party owns (CAMEO 111)
    (("\"We have to deal with the sectors where cheap Brazilian steel is harming our "
      "factories,\" Argentina's president said."), ("ARG", "BRA", "111")),
    ("Argentina's president said cheap Brazilian steel is harming Argentine factories.",
     ("ARG", "BRA", "111")),
    # a criticised thing that comes "from" a party
    ("Trump said the new rules will help the U.S. to stop this reckless threat from Mexico.",
     ("USA", "MEX", "111")),
    # refusing to take part in a body's proceeding rejects the body (CAMEO 120)
    ("Chile refused to attend a hearing by the International Court of Justice.",
     ("CHL", "UNO", "120")),
    # "dismissed X as biased": the complement is an adjective under "as"
    ("Trump dismissed the European Union's findings as biased.", ("USA", "EU", "120")),
    # a warning that another party's things are at risk is a threat (CAMEO 130)
    (("Turkey's foreign minister warned that American bases would be in danger if Turkey "
      "is sanctioned."), ("TUR", "USA", "130")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_conduct_coded(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(pipeline, text)


# (text, a source -> target pair that must not be coded as criticism, rejection or threat)
NOT_CODED = [
    # "harm" as a noun in a hypothetical: no criticism of the other side (a pessimistic
    # comment, 012, is what it is)
    ("Argentina's president said a trade war with Brazil would do more harm than good.",
     ("ARG", "BRA")),
    # a criticised thing in an adjunct is not said of its origin
    ("Venezuela's foreign minister said Caracas would never bargain under threats from Bogota.",
     ("VEN", "COL")),
    # a refusal with nothing refused names nobody
    ("Peru has refused to attend.", ("PER", None)),
    # the speaker's own things at risk threaten nobody
    ("Turkey's foreign minister warned that Turkish farms are at risk.", ("TUR", "TUR")),
]


@pytest.mark.parametrize("text,pair", NOT_CODED)
def test_conduct_not_coded(pipeline: Pipeline, text: str, pair: tuple[str, str]) -> None:
    assert not any((s, t) == pair and c[:2] in ("11", "12", "13")
                   for s, t, c in events(pipeline, text))
