"""Stances toward another party in full-article coding: copular stance adjectives and what
they are about, rejections of remembered claims, readiness, withheld comments, commentators."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE)


# (text, an event that must be coded: source, target, code)
CASES = [
    # the stance is about the party the report is about, not the report's author
    (('Britain\'s ambassador said: "We are seriously concerned about the new IAEA report on '
      'Iran\'s nuclear program."'), ("GBR", "IRN", "111")),
    # the subject of the copula holds the stance; "by" names what it is about
    (("Lammy issued a statement saying the United Kingdom is deeply disappointed by the "
      "passage of the law by Togo's parliament."), ("GBR", "TGO", "111")),
    # an act noun with no owner: the party the last sentences were about
    (("Togo's parliament approved an amendment lengthening the president's mandate. Lammy "
      "issued a statement saying the United Kingdom is deeply disappointed by the extension."),
     ("GBR", "TGO", "111")),
    # a rejected claim is the remembered author's
    (("A resolution in the British Parliament called for an inquiry into Azerbaijan's "
      "election. Azerbaijan's government rejected the resolution on Thursday."),
     ("AZE", "GBR", "120")),
    # "X proposed ..., but Y refused": Y rejects X's proposal
    ("India proposed a quota on rice exports, but Bangladesh refused.",
     ("BGD", "IND", "120")),
    # readiness is an intention (CAMEO 03)
    ("Canada is ready to work with Mexico.", ("CAN", "MEX", "030")),
    ("UNICEF said it was ready to support Malawi's government in its relief work.",
     ("UNO", "MWI", "032")),
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
    (("A think-tank director said that while Vietnam and the Philippines are both worried "
      "about China's claims, Vietnam is hesitant to sign a pact."), ("PHL", "CHN")),
    # statements not made
    ("Mexican diplomats have yet to comment on Guatemala's claims.", ("MEX", "GTM")),
    ("Egypt has refrained from commenting on Turkey's overtures.", ("EGY", "TUR")),
    # an analyst's view is commentary
    (('"Morocco is working against Algeria," said Karim Doe, an Algerian general who is now '
      'a security analyst.'), ("DZA", "MAR")),
    (('"The two presidents should meet before winter," said Joshua Doe, a Korea expert at a '
      'university in Texas. "Trump and Kim will meet in Singapore," Doe said.'), ("USA", "PRK")),
]


@pytest.mark.parametrize("text,pair", NOT_CODED)
def test_stance_not_coded(pipeline: Pipeline, text: str, pair: tuple[str, str]) -> None:
    assert pair not in {(s, t) for s, t, _ in events(pipeline, text)}


def test_unwilling_is_negated(pipeline: Pipeline) -> None:
    doc = pipeline.code("Japan is not willing to meet China.", date=DATE)
    assert all(e.modality == "negated" for e in doc.events)
