"""What a reported clause says: cue words that are denied or only supposed."""

from __future__ import annotations

from summitry import Pipeline
from tests.helpers import coded

DATE = "2024-06-28"


def test_no_reason_to_be_concerned_is_no_disapproval(pipeline: Pipeline) -> None:
    text = ("Belarus's envoy said there was no reason at all for anyone to be concerned by "
            "the joint exercises with Russia.")
    found = coded(pipeline, text, DATE)
    assert not any(c[:2] == "11" for _, _, c in found), found


def test_what_a_condition_supposes_is_not_an_accusation(pipeline: Pipeline) -> None:
    text = ("\"Nobody needs to worry about our ties, unless someone plans an invasion of "
            "Belarus and Russia,\" the Belarusian envoy said.")
    found = coded(pipeline, text, DATE)
    assert not any(c == "112" and t == "RUS" for _, t, c in found), found


def test_a_plain_accusation_is_still_read(pipeline: Pipeline) -> None:
    text = "Belarus's envoy said Poland was responsible for the violations at the border."
    assert ("BLR", "POL", "112") in coded(pipeline, text, DATE)


def test_calling_a_measure_terrorism_accuses_its_author(pipeline: Pipeline) -> None:
    text = "Cuba's foreign minister described the U.S. embargo as economic terrorism."
    assert ("CUB", "USA", "112") in coded(pipeline, text, DATE)
