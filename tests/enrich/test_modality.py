"""The modality of an act read off the verbs that carry it (summitry.enrich.modality)."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from summitry.enrich.modality import clause_modality


@pytest.mark.parametrize("text, word, expected", [
    ("Uganda denied backing the rebels.", "backing", "negated"),
    ("Uganda rejected sending troops to the border.", "sending", "negated"),
    ("Uganda admitted backing the rebels.", "backing", "asserted"),
    ("Uganda did not send troops.", "send", "negated"),
    ("Uganda will send troops.", "send", "planned"),
    ("Uganda could send troops.", "send", "hoped"),
])
def test_clause_modality(pipeline: Pipeline, text: str, word: str, expected: str) -> None:
    doc = pipeline.nlp(text)
    token = next(t for t in doc if t.text == word)
    assert clause_modality(token) == expected
