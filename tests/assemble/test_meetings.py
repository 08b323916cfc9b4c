"""Meetings: grouping of reports, participants, format, duration, first meeting, outcomes."""

from __future__ import annotations

from summitry import Pipeline

DATE = "2025-06-18"


def test_reports_of_one_meeting_make_one_meeting(pipeline: Pipeline) -> None:
    doc = pipeline.code(
        "Prime Minister Anthony Albanese held his first summit with Indonesian President "
        "Prabowo Subianto in Jakarta on Tuesday. The two leaders talked for 45 minutes and "
        "agreed to expand trade. Albanese met Prabowo again over dinner.", date=DATE)
    (meeting,) = doc.meetings
    assert {p.actor for p in meeting.participants} == {"anthony-albanese", "prabowo-subianto"}
    assert {p.role for p in meeting.participants} == {"President", "Prime Minister"}
    assert meeting.format == "bilateral"
    assert meeting.duration_minutes == 45
    assert meeting.first_meeting is True
    assert meeting.date == "2025-06-17" and meeting.location.country == "IDN"
    outcome_codes = {e.cameo for e in doc.events if e.id in meeting.outcomes}
    assert outcome_codes == {"0311"}
    # one meeting event, not three
    assert len([e for e in doc.events if e.cameo_root == "04"]) == 1


def test_trilateral_format_and_hosted_visit(pipeline: Pipeline) -> None:
    doc = pipeline.code(
        "Polish Prime Minister Donald Tusk hosted French President Emmanuel Macron and German "
        "Chancellor Friedrich Merz in Warsaw on Tuesday.", date="2025-07-02")
    (meeting,) = doc.meetings
    assert meeting.format == "trilateral"
    assert {p.country for p in meeting.participants} == {"POL", "FRA", "DEU"}
    assert {e.cameo for e in doc.events} == {"043"}
    assert {e.target.country for e in doc.events} == {"FRA", "DEU"}  # type: ignore[union-attr]


def test_summit_occasion_gives_host_and_dates(pipeline: Pipeline) -> None:
    doc = pipeline.code("On the sidelines of the G7 summit, Carney met Starmer.", date=DATE)
    (meeting,) = doc.meetings
    assert meeting.occasion and "G7" in meeting.occasion
    assert meeting.location.country == "CAN"
    (event,) = [e for e in doc.events if e.cameo_root == "04"]
    assert event.date == "2025-06-17" and event.date_precision == "approx"
    assert event.cameo == "044" or event.cameo == "043" or event.cameo == "042"


def test_background_meetings_are_not_events(pipeline: Pipeline) -> None:
    doc = pipeline.code("The two presidents last met in June. Macron had met Xi in 2019.",
                        date=DATE)
    assert doc.events == () and doc.meetings == ()


def test_planned_meeting_is_an_intention_not_a_meeting(pipeline: Pipeline) -> None:
    doc = pipeline.code("Lee will visit Tokyo next month.", date=DATE)
    assert doc.meetings == ()
    assert [(e.cameo, e.modality) for e in doc.events] == [("036", "planned")]
