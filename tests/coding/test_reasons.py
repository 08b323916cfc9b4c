"""A protest, criticism or cut in ties aimed at the party whose act is its reason; a
proposal weighed is no investigation; a state that protests complains officially."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2024-06-12"


@pytest.mark.parametrize("text, expected", [
    ("Vietnam lodged a protest after Chinese survey ships entered its exclusive economic zone.",
     ("VNM", "CHN", "114")),
    ("Lithuania recalled its ambassador following Belarus's decision to expel two diplomats.",
     ("LTU", "BLR", "161")),
])
def test_the_reason_names_the_target(pipeline: Pipeline, text: str,
                                     expected: tuple[str, str, str]) -> None:
    assert expected in coded(pipeline, text, DATE)


def test_a_named_addressee_wins_over_the_reason(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Vietnam protested to China after Philippine ships entered the "
                  "area.", DATE)
    assert ("VNM", "CHN", "114") in found
    assert not any(t == "PHL" for _, t, _ in found), found


def test_sentence_level_coding_leaves_reasons_alone(pipeline_all: Pipeline) -> None:
    found = coded(pipeline_all, "Vietnam lodged a protest after Chinese survey ships entered "
                  "its waters.", DATE)
    assert not any(t == "CHN" and c == "114" for _, t, c in found), found


def test_weighing_a_proposal_is_no_investigation(pipeline: Pipeline,
                                                  pipeline_all: Pipeline) -> None:
    text = "French officials will meet on Sunday to examine Algeria's proposal closely."
    for p in (pipeline, pipeline_all):
        assert not any(c.startswith("09") for _, _, c in coded(p, text, DATE))
    assert any(c.startswith("09") for _, _, c in coded(
        pipeline, "The UN will examine Israel's conduct in Gaza.", DATE))


def test_a_state_that_protests_an_act_complains_officially(pipeline: Pipeline) -> None:
    found = coded(pipeline, "Malaysia protested China's survey of the disputed reef.", DATE)
    assert ("MYS", "CHN", "114") in found, found
    found = coded(pipeline, "Malaysian students protested outside China's embassy.", DATE)
    assert not any(c == "114" for _, _, c in found), found
