"""The broadcast transcript format: date line, paragraphs, soundbites."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.errors import EmptyInputError, FormatError, RecordError
from summitry.readers import read_path, read_text
from summitry.readers.transcript import parse_attribution

from .conftest import Writer, split

TRANSCRIPT = """  date 2024-11-05 [World Tonight] Nordic ministers meet in Helsinki

The foreign ministers of Finland and Norway met   in Helsinki on Monday
and agreed to expand energy cooperation.


Anna Virtanen/ Finnish Foreign Minister

We want our two countries to work even more closely together.

Officials said a follow-up meeting would take place in the spring.

Lars Berg /Norwegian Foreign Minister

This is a good day for our region.

Erik Dahl / Spokesperson

The talks were constructive.
"""

SEED = Path(__file__).resolve().parents[3] / "shared" / "acceptance" / "seed.txt"


def read_one(text: str) -> object:
    (item,) = list(read_text(text, fmt="transcript"))
    return item


def test_transcript_fields_and_soundbites(write: Writer) -> None:
    path = write("helsinki.txt", TRANSCRIPT)
    articles, problems = split(read_path(path))
    assert problems == []
    (article,) = articles
    assert article.id == "helsinki"
    assert article.date == "2024-11-05"
    assert article.programme == "World Tonight"
    assert article.title == "Nordic ministers meet in Helsinki"
    assert article.source == str(path)
    assert article.line is None
    speakers = [(s.speaker, s.title) for s in article.soundbites]
    assert speakers == [
        ("Anna Virtanen", "Finnish Foreign Minister"),
        ("Lars Berg", "Norwegian Foreign Minister"),
        ("Erik Dahl", "Spokesperson"),
    ]
    quotes = [article.text[s.start:s.end] for s in article.soundbites]
    assert quotes == [
        "We want our two countries to work even more closely together.",
        "This is a good day for our region.",
        "The talks were constructive.",
    ]


def test_attribution_lines_kept_as_own_paragraphs_and_whitespace_normalised() -> None:
    article = read_one(TRANSCRIPT)
    lines = [article.text[s.line_start:s.line_end] for s in article.soundbites]
    assert lines == ["Anna Virtanen/ Finnish Foreign Minister",
                     "Lars Berg /Norwegian Foreign Minister", "Erik Dahl / Spokesperson"]
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 8
    assert [p for p in paragraphs if "/" in p] == lines
    assert paragraphs[0] == ("The foreign ministers of Finland and Norway met in Helsinki "
                             "on Monday and agreed to expand energy cooperation.")
    assert all(p == " ".join(p.split()) for p in paragraphs)


def test_attribution_followed_by_quote_in_same_paragraph() -> None:
    text = ("date 2024-01-01 [Brief] Talks\n\nTalks were held.\n\n"
            "Mara Lind/ Trade Minister\nWe  reached   a deal.\n")
    article = read_one(text)
    (bite,) = article.soundbites
    assert article.text == "Talks were held.\n\nMara Lind/ Trade Minister\n\nWe reached a deal."
    assert article.text[bite.start:bite.end] == "We reached a deal."
    assert article.text[bite.line_start:bite.line_end] == "Mara Lind/ Trade Minister"


def test_attribution_without_a_quote_is_kept_as_text() -> None:
    article = read_one("date 2024-01-01 [Brief] Talks\n\nTalks were held.\n\nMara Lind/ Minister\n")
    assert article.soundbites == ()
    assert article.text.endswith("Mara Lind/ Minister")


def test_missing_programme_or_headline() -> None:
    article = read_one("date 2024-01-01 [] \n\nBody text.")
    assert (article.programme, article.title, article.text) == (None, None, "Body text.")


def test_read_text_id_is_sha1_of_body() -> None:
    article = read_one(TRANSCRIPT)
    assert len(article.id) == 12 and int(article.id, 16) >= 0
    assert read_one(TRANSCRIPT).id == article.id


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("No date line here.\n\nJust prose.", FormatError),
        ("date 2024-02-30 [Brief] Impossible day\n\nBody.", RecordError),
        ("date 2024-02-03 [Brief] Only a header\n\n\n", EmptyInputError),
    ],
)
def test_bad_transcripts_are_problems(write: Writer, text: str, error: type) -> None:
    path = write("bad.tr", text)
    articles, problems = split(read_path(path, fmt="transcript"))
    assert articles == []
    (problem,) = problems
    assert isinstance(problem.error, error)
    assert problem.source == str(path)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lee Jae-myung/ President", ("Lee Jae-myung", "President")),
        ("Anwar Ibrahim /Malaysian Prime Minister", ("Anwar Ibrahim", "Malaysian Prime Minister")),
        ("Antonio Costa / European Council President",
         ("Antonio Costa", "European Council President")),
        ("Sean O'Neill / Reporter", ("Sean O'Neill", "Reporter")),
        ("  Kim   Min-ji /  Seoul resident ", ("Kim Min-ji", "Seoul resident")),
    ],
)
def test_attribution_lines(line: str, expected: tuple[str, str]) -> None:
    assert parse_attribution(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "KBS/Yonhap",
        "Lee Jae-myung/",
        "/ President",
        "The deal covers trade and/or investment / services",
        "He said 30 percent / year",
        "talks resumed / officials",
        'Lee said "yes" / President',
        "One Two Three Four Five Six / Title",
        "Lee Jae-myung / President / Korea",
    ],
)
def test_not_attribution_lines(line: str) -> None:
    assert parse_attribution(line) is None


@pytest.mark.shared
def test_acceptance_seed() -> None:
    if not SEED.is_file():
        pytest.skip(f"shared acceptance seed not found at {SEED}")
    articles, problems = split(read_path(SEED))
    assert problems == []
    (article,) = articles
    assert article.date == "2025-06-18"
    assert article.programme == "News Today"
    assert [s.speaker for s in article.soundbites] == ["Lee Jae-myung", "Ishiba Shigeru"]
    lines = [article.text[s.line_start:s.line_end] for s in article.soundbites]
    assert lines == ["Lee Jae-myung/ President", "Ishiba Shigeru /Japanese Prime Minister"]
    for bite in article.soundbites:  # the line is not part of the quote
        assert "/" not in article.text[bite.start:bite.end]
    for bite in article.soundbites:
        quote = article.text[bite.start:bite.end]
        assert quote.startswith("I ") and quote.endswith(".")
