"""Direct quotations that run over more than one sentence, in full-article coding: an
opening quoted sentence takes the speaker named where the quotation closes, and what the
quotation says is read over all its sentences."""

from __future__ import annotations

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE, digits=2)


def test_opening_sentence_takes_closing_speaker(pipeline: Pipeline) -> None:
    text = ("Chile's foreign minister Ana Rojas spoke in the capital on Wednesday. “We "
            "wanted to end our quarrel over fishing rights with Peru through patient talks. "
            "Sadly, those talks have collapsed and the quarrel is getting worse,” Rojas said.")
    found = events(pipeline, text)
    assert any(s == "CHL" and t == "PER" for s, t, _c in found), found


def test_culprit_in_a_later_quoted_sentence(pipeline: Pipeline) -> None:
    text = ("Estonia's prime minister Mart Kask met farmers in Tartu on Tuesday. He said, "
            "“Our harvest is rotting at the border. Someone is to blame for this blockade. "
            "It is the government of Latvia.”")
    found = events(pipeline, text)
    assert any(s == "EST" and t == "LVA" and c == "11" for s, t, c in found), found


def test_one_sentence_quotation_is_not_read_across(pipeline: Pipeline) -> None:
    text = ("“Our fishermen deserve better,” the Chilean minister said on Wednesday. "
            "The weather was calm across the coast of Peru.")
    found = events(pipeline, text)
    assert not any(s == "CHL" and t == "PER" for s, t, _c in found), found
