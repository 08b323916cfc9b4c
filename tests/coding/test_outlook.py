"""Outlook statements in full-article coding: optimistic and pessimistic remarks about
relations or an outcome with another party (CAMEO 013/012), hopes and expectations of acts
between others, and statements that are no event (an audience, a recollection, a
remark on another country's domestic affairs)."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE)


# (text, an event that must be coded: source, target, code)
CASES = [
    # an outcome near at hand with the party a phrase of the clause names
    ("Spain's foreign minister said on Monday that Madrid was close to a new fisheries "
     "accord with Morocco.", ("ESP", "MAR", "013")),
    # a hoped act between others: toward the party whose consent it waits on
    ("The Norwegian premier said he hopes a truce between Armenia and Azerbaijan could "
     "hold within weeks if Baku accepts the map.", ("NOR", "AZE", "013")),
    # an expected hostile act of another party: pessimism about it
    ("A senior Japanese admiral said he is expecting China to launch more drills near "
     "the islands.", ("JPN", "CHN", "012")),
    # a harmful outcome with another party
    ("The Dutch trade minister said a tariff war with Brazil would bring far more harm "
     "than benefit to Dutch farmers.", ("NLD", "BRA", "012")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_outlook_coded(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(pipeline, text)


# (text, a source -> target pair that must not be coded)
NOT_CODED = [
    # the hoped act itself is not coded between its parties
    ("The Norwegian premier said he hopes a truce between Armenia and Azerbaijan could "
     "hold within weeks if Baku accepts the map.", ("ARM", "AZE")),
    # reporters are an audience, not the country where they stand
    ("I believe the vote next week will settle it, the Polish president told reporters "
     "on his plane shortly before landing in Nairobi.", ("POL", "KEN")),
    # the speaker's own position, not the party that "their" might stand for
    ("Nordic ministers stressed the value of calm in the Arctic, restating their objection "
     "to any unilateral change of borders.", ("SWE", None)),
    # a recollection placed in an earlier year
    ("If you recall, in 1962 our foreign minister declared that Cuba lay inside the zone "
     "of concern.", ("USA", "CUB")),
    # another country's domestic affairs
    ('"Italy and Austria have cabinets at home that are weakened by fierce quarrels," the '
     'Portuguese premier added.', ("PRT", "ITA")),
]


@pytest.mark.parametrize("text,pair", NOT_CODED)
def test_not_coded(pipeline: Pipeline, text: str, pair: tuple[str, str | None]) -> None:
    got = events(pipeline, text)
    assert all((s, t) != pair for s, t, _ in got)
