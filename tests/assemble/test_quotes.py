"""Quotes: soundbites, direct and partial quotations, speakers resolved to actors."""

from __future__ import annotations

from summitry import Pipeline
from summitry.readers import read_text

DATE = "2025-06-18"


def test_direct_and_partial_quotes_with_speakers(pipeline: Pipeline) -> None:
    doc = pipeline.code(
        '"We will never accept these launches, and we will respond firmly," Japanese Prime '
        'Minister Shigeru Ishiba told reporters. The Foreign Ministry in Seoul called the '
        'launch "a grave provocation". The two sides held so-called "shuttle diplomacy".',
        date=DATE)
    quotes = {q.text: q for q in doc.quotes}
    direct = quotes["We will never accept these launches, and we will respond firmly,"]
    assert direct.kind == "direct" and direct.speaker.actor == "shigeru-ishiba"
    assert direct.speaker.role == "Prime Minister" and direct.speaker.country == "JPN"
    partial = quotes["a grave provocation"]
    assert partial.kind == "partial" and partial.speaker.country == "KOR"
    assert "shuttle diplomacy" not in quotes  # a name, not speech


def test_soundbite_speaker_and_first_person(pipeline: Pipeline) -> None:
    text = (" date 2025-06-18 [Evening News] Leaders meet\n\n"
            "President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba.\n\n"
            "Ishiba Shigeru /Japanese Prime Minister\n\n"
            "I hope that Korea and our country will work together more closely.\n")
    (article,) = list(read_text(text))
    doc = pipeline.code(article)  # type: ignore[arg-type]
    (quote,) = doc.quotes
    assert quote.kind == "soundbite" and quote.speaker.actor == "shigeru-ishiba"
    assert quote.text.startswith("I hope that Korea")
    # the attribution line is a mention of Ishiba, not a second actor
    persons = [a for a in doc.actors if a.kind == "person"]
    assert {a.id for a in persons} == {"lee-jae-myung", "shigeru-ishiba"}
    (meeting,) = doc.meetings
    assert quote.id in meeting.quotes
