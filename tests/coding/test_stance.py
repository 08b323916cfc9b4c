"""Stances toward another party in full-article coding: copular stance adjectives and what
they are about, rejections of remembered claims, readiness, withheld comments, commentators."""

from __future__ import annotations

import pytest

from summitry import Pipeline

DATE = "2025-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    doc = pipeline.code(text, date=DATE)
    return {(e.source.country, e.target.country if e.target else None, e.cameo)
            for e in doc.events if e.modality != "negated"}


# (text, an event that must be coded: source, target, code)
CASES = [
    # the stance is about the party the report is about, not the report's author
    (('Britain\'s ambassador said: "We are seriously concerned about the new IAEA report on '
      'Iran\'s nuclear program."'), ("GBR", "IRN", "111")),
    # the subject of the copula holds the stance; "by" names what it is about
    (("Blinken issued a statement saying the United States is deeply disappointed by the "
      "approval of the bill by Somalia's parliament."), ("USA", "SOM", "111")),
    # an act noun with no owner: the party the last sentences were about
    (("Somalia's parliament approved a bill extending the president's term. Blinken issued a "
      "statement saying the United States is deeply disappointed by the approval of the bill."),
     ("USA", "SOM", "111")),
    # a rejected claim is the remembered author's
    (("A resolution in the U.S. Congress called for a probe into Pakistan's elections. "
      "Pakistan's government rejected the resolution on Wednesday."), ("PAK", "USA", "120")),
    # "X proposed ..., but Y refused": Y rejects X's proposal
    ("China proposed a minimum import price, but the European Union refused.",
     ("EU", "CHN", "120")),
    # readiness is an intention (CAMEO 03)
    ("Canada is ready to work with Mexico.", ("CAN", "MEX", "030")),
    ("The UNHCR said it was ready to support Kenya's government in its efforts.",
     ("UNO", "KEN", "032")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_stance_coded(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(pipeline, text)


# (text, a source -> target pair that must not be coded)
NOT_CODED = [
    # the author of the report is not the target of the concern
    (('Britain\'s ambassador said: "We are seriously concerned about the new IAEA report on '
      'Iran\'s nuclear program."'), ("GBR", "UNO")),
    # a third party's stance reported by someone else is nobody's statement
    (("A think-tank director said that although India and Japan are both concerned about "
      "China's threats, India is reluctant to join an alliance."), ("JPN", "CHN")),
    # statements not made
    ("Canadian officials have yet to comment on China's claims.", ("CAN", "CHN")),
    ("Egypt has refrained from commenting on Turkey's overtures.", ("EGY", "TUR")),
    # an analyst's view is commentary
    (('"Egypt is acting against Turkey," said Cem Doe, a Turkish admiral who is now a '
      'regional analyst.'), ("TUR", "EGY")),
    (('"The two leaders will meet this year," said Joshua Doe, a Korea expert at an institute '
      'in California. "Trump and Kim will meet in Hanoi," Doe said.'), ("USA", "PRK")),
]


@pytest.mark.parametrize("text,pair", NOT_CODED)
def test_stance_not_coded(pipeline: Pipeline, text: str, pair: tuple[str, str]) -> None:
    assert pair not in {(s, t) for s, t, _ in events(pipeline, text)}


def test_unwilling_is_negated(pipeline: Pipeline) -> None:
    doc = pipeline.code("Japan is not willing to meet China.", date=DATE)
    assert all(e.modality == "negated" for e in doc.events)
