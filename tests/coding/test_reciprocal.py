"""Reciprocal and joint acts: each party acts on the other, one event each way; parties
that agree on an act do it together."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-06-05"


@pytest.mark.parametrize("text, code", [
    ("Armenia and Azerbaijan accused each other of violating the truce.", "112"),
    ("Ethiopia and Eritrea condemned one another over the border incident.", "111"),
])
def test_named_parties_act_on_each_other(pipeline: Pipeline, text: str, code: str) -> None:
    events = coded(pipeline, text, DATE)
    first, second = ("ARM", "AZE") if "Armenia" in text else ("ETH", "ERI")
    assert (first, second, code) in events
    assert (second, first, code) in events


def test_each_side_and_the_other_take_the_group_just_named(pipeline: Pipeline) -> None:
    text = ("Indian and Pakistani troops exchanged fire along the frontier on Tuesday. "
            "Each side accused the other of starting the clash.")
    events = coded(pipeline, text, DATE)
    assert {("IND", "PAK", "112"), ("PAK", "IND", "112")} <= events


def test_a_single_party_has_nobody_to_act_on(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Armenia accused each other of lying.", DATE)
    assert not any(code.startswith("11") for _, _, code in events)


def test_an_ordinary_object_is_not_reciprocal(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Armenia and Azerbaijan accused Russia of inaction.", DATE)
    assert {("ARM", "RUS", "112"), ("AZE", "RUS", "112")} <= events
    assert ("ARM", "AZE", "112") not in events


def test_parties_that_agree_on_an_act_do_it_together(pipeline: Pipeline) -> None:
    events = coded(pipeline, "Serbia and Kosovo agreed to remove roadblocks from the "
                   "northern crossings.", DATE, negated=True)
    assert any({s, t} == {"SRB", "XKX"} for s, t, _ in events), events
    alone = coded(pipeline, "Serbia agreed to remove roadblocks from the northern crossings.",
                  DATE, negated=True)
    assert not any(t is not None for _, t, _ in alone), alone
