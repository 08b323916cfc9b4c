"""Endorsement (CAMEO 051): siding with a party's proposal, and group-wide views that one
member reports (full-article coding)."""

from __future__ import annotations

from summitry import Pipeline
from tests.helpers import coded

DATE = "2024-03-12"


def dyads(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE, digits=2)


def test_member_reports_group_view(pipeline: Pipeline) -> None:
    text = ('On Tuesday, Danish Foreign Minister Lars Holm said, "All NATO defence ministers '
            'agree with the French plan for a truce," and the attention now turns elsewhere.')
    found = dyads(pipeline, text)
    assert ("DNK", "FRA", "05") in found
    assert not any(s == "NATO" for s, _, _ in found)  # not the alliance's own act
    assert not any(code == "08" for _, _, code in found)  # the truce is only proposed


def test_agree_with_plan_is_endorsement(pipeline: Pipeline) -> None:
    found = dyads(pipeline, "Chile agreed with Peru's plan to clean up the coastline.")
    assert ("CHL", "PER", "05") in found
    assert not any(code == "03" for _, _, code in found)


def test_agree_with_party_is_not_endorsement(pipeline: Pipeline) -> None:
    found = dyads(pipeline, "Chile agreed with Peru to reopen the border crossing.")
    assert not any(code == "05" for _, _, code in found)


def test_group_itself_speaking_stays_group(pipeline: Pipeline) -> None:
    text = 'On Tuesday, Danish Foreign Minister Lars Holm said, "NATO backs the French plan."'
    found = dyads(pipeline, text)
    assert ("NATO", "FRA", "05") in found
    assert ("DNK", "FRA", "05") not in found
