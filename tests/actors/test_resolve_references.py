"""References to people: honorifics, spelling variants of surnames, namesakes."""

from __future__ import annotations

import pytest

from summitry import Pipeline

DATE = "2025-03-13"


@pytest.mark.parametrize("text,source", [
    ("Mr. Putin criticized Ukraine.", "RUS"),
    ("Zelenskyy criticized Russia.", "UKR"),
    ("President Zelenskyy criticized Russia.", "UKR"),
])
def test_honorifics_and_surname_variants(pipeline: Pipeline, text: str, source: str) -> None:
    doc = pipeline.code(text, date=DATE)
    assert any(e.source.country == source for e in doc.events), doc.events


def test_the_spokesperson_is_the_last_one_named(pipeline: Pipeline) -> None:
    doc = pipeline.code('A State Department spokesperson spoke on Monday. "China uses vague '
                        'security laws to suppress freedoms," the spokesperson added.',
                        date=DATE)
    assert ("USA", "CHN") in {(e.source.country, e.target.country if e.target else None)
                              for e in doc.events}, doc.events


def test_unknown_namesake_is_not_the_known_office_holder(pipeline: Pipeline) -> None:
    doc = pipeline.code("Jimmy Lai was sentenced. The United States condemned Lai's trial.",
                        date=DATE)
    assert not [e for e in doc.events if "TWN" in (e.source.country, e.target
                                                   and e.target.country)], doc.events


def test_a_variant_of_a_known_name_keeps_the_surname(pipeline: Pipeline) -> None:
    doc = pipeline.code("Donald J. Trump arrived. Trump criticized Canada.", date=DATE)
    assert any(e.source.country == "USA" for e in doc.events), doc.events


def test_his_is_the_unnamed_official_of_the_sentence(pipeline: Pipeline) -> None:
    doc = pipeline.code("British Deputy Ambassador James Kariuki spoke first. Iran's U.N. "
                        "ambassador attended the meeting, but his mission criticized it, "
                        "saying Washington seeks to weaponize the council.", date=DATE)
    pairs = {(e.source.country, e.target.country if e.target else None) for e in doc.events}
    assert ("GBR", "USA") not in pairs and ("IRN", "USA") in pairs, pairs
    assert not [p for p in pairs if p[1] in ("GBR", "GRC")], pairs


def test_the_rebel_group_is_not_the_un(pipeline: Pipeline) -> None:
    doc = pipeline.code("U.N. peacekeepers have been deployed in the Central African Republic. "
                        "The government accuses the rebel group of looting villages.",
                        date=DATE)
    assert not [e for e in doc.events if e.target is not None
                and e.target.country == "UNO"], doc.events


def test_a_given_name_that_is_a_leaders_surname_is_not_the_leader(pipeline: Pipeline) -> None:
    # Nicusor Dan is Romania's president from 2025-05-26; "Dan Smith" is somebody else
    doc = pipeline.code("Dan Smith, a trade researcher, met Japanese officials in Tokyo. "
                        "Dan said the talks went well.", date="2025-06-02")
    assert not [a for a in doc.actors if a.country == "ROU"], doc.actors
    doc = pipeline.code("Romanian President Nicusor Dan met Emmanuel Macron in Paris on "
                        "Monday. Dan said the talks went well.", date="2025-06-02")
    assert any(a.id == "nicusor-dan" for a in doc.actors), doc.actors
