"""Sentence boundaries fixed before the parse (summitry.nlp.sentences)."""

from __future__ import annotations

import pytest

from summitry import Pipeline


def sentences(pipeline: Pipeline, text: str) -> list[str]:
    return [s.text for s in pipeline.nlp(text).sents]


@pytest.mark.parametrize("text, expected", [
    # a closed-class word after a dotted abbreviation opens a new sentence
    ("Prices rose in the U.S. But wages did not.",
     ["Prices rose in the U.S.", "But wages did not."]),
    ("The envoy spoke at the U.N. The council then adjourned.",
     ["The envoy spoke at the U.N.", "The council then adjourned."]),
    # a name right after "the U.S." followed by its own verb
    ("Migrants crossed into the U.S. Morales sent troops to the border.",
     ["Migrants crossed into the U.S.", "Morales sent troops to the border."]),
])
def test_abbreviation_can_end_a_sentence(pipeline: Pipeline, text: str,
                                         expected: list[str]) -> None:
    assert sentences(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Lawmakers in the U.S. Congress passed the bill on Friday.",
    "She met the U.S. President on Monday.",
    "A spokesperson for the U.N. Refugee Agency said the camp was full.",
    "Officials from the U.K. Foreign Office visited Kenya.",
])
def test_names_that_go_on_the_abbreviation_stay_in_the_sentence(pipeline: Pipeline,
                                                                 text: str) -> None:
    assert sentences(pipeline, text) == [text]


def test_lower_case_word_after_a_stray_period_continues_the_sentence(
        pipeline: Pipeline) -> None:
    text = "They discussed Korea-U.S.-Japan. cooperation on Monday."
    assert len(sentences(pipeline, text)) == 1
