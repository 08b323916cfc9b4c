"""Datelines are blanked for the parser (offsets kept) and give the filing city."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from summitry.nlp.dateline import dateline_city, dateline_span, mask_dateline


@pytest.mark.parametrize("text,city", [
    ("NORTH LITTLE ROCK, Ark. (AP) -- A bridge closed.", "North Little Rock"),
    ("WELLINGTON, June 19 -- New Zealand's prime minister", "Wellington"),
    ("WASHINGTON/BEIJING, Oct. 3 -- The ministers", "Washington"),
    ("RABAT -- Spain and Morocco", "Rabat"),
    ("CUTTACK: The commission", "Cuttack"),
])
def test_datelines(text: str, city: str) -> None:
    assert dateline_city(text) == city
    masked = mask_dateline(text)
    assert len(masked) == len(text)
    start, end = dateline_span(text)  # type: ignore[misc]
    assert masked[start:end].strip() == "" and masked[end:] == text[end:]


@pytest.mark.parametrize("text", ["NATO said on Monday - that", "President Lee met Ishiba.",
                                  "UN: talks"])
def test_not_datelines(text: str) -> None:
    assert dateline_span(text) is None and mask_dateline(text) == text


def test_dateline_is_not_the_subject_and_gives_the_date_of_the_body(pipeline: Pipeline) -> None:
    text = ("WELLINGTON, June 19 -- New Zealand Prime Minister Christopher Luxon hosted Fijian "
            "Prime Minister Sitiveni Rabuka in Wellington on Thursday.")
    doc = pipeline.code(text, date="2025-06-19")
    (event,) = doc.events
    assert event.source.actor == "christopher-luxon" and event.cameo == "043"
    assert event.date == "2025-06-19"  # "Thursday", not the dateline
    assert event.evidence.text.startswith("WELLINGTON")  # evidence is the original text
