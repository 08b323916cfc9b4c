"""Endorsement (CAMEO 051): siding with a party's proposal, and group-wide views that one
member reports (full-article coding)."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from summitry.config import Settings

DATE = "2024-03-12"


@pytest.fixture(scope="module")
def article() -> Pipeline:
    return Pipeline(Settings())


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    doc = pipeline.code(text, date=DATE)
    return {(e.source.country if e.source else None, e.target.country if e.target else None,
             e.cameo[:2]) for e in doc.events if e.modality != "negated"}


def test_member_reports_group_view(article: Pipeline) -> None:
    text = ('On Tuesday, Danish Foreign Minister Lars Holm said, "All NATO defence ministers '
            'agree with the French plan for a truce," and the attention now turns elsewhere.')
    found = dyads(article, text)
    assert ("DNK", "FRA", "05") in found
    assert not any(s == "NATO" for s, _, _ in found)  # not the alliance's own act
    assert not any(code == "08" for _, _, code in found)  # the truce is only proposed


def test_agree_with_plan_is_endorsement(article: Pipeline) -> None:
    found = dyads(article, "Chile agreed with Peru's plan to clean up the coastline.")
    assert ("CHL", "PER", "05") in found
    assert not any(code == "03" for _, _, code in found)


def test_agree_with_party_is_not_endorsement(article: Pipeline) -> None:
    found = dyads(article, "Chile agreed with Peru to reopen the border crossing.")
    assert not any(code == "05" for _, _, code in found)


def test_group_itself_speaking_stays_group(article: Pipeline) -> None:
    text = 'On Tuesday, Danish Foreign Minister Lars Holm said, "NATO backs the French plan."'
    found = dyads(article, text)
    assert ("NATO", "FRA", "05") in found
    assert ("DNK", "FRA", "05") not in found
