"""Plain text: one article per input, optional title line, date from the caller."""

from __future__ import annotations

import hashlib

import pytest

from summitry.errors import InputError
from summitry.readers import read_path, read_text
from summitry.readers.text import split_title

from .conftest import Writer, split

STORY = ("Envoys agree on water talks\n\n"
         "Envoys from two neighbouring states agreed on Friday to resume talks on water.\n"
         "A second round is planned for May.\n")


def test_plain_text_file(write: Writer) -> None:
    path = write("water-talks.txt", STORY)
    (article,) = list(read_path(path, date="2024-04-12"))
    assert article.id == "water-talks"
    assert article.title == "Envoys agree on water talks"
    assert article.text.startswith("Envoys from two")
    assert article.text.endswith("planned for May.")
    assert article.date == "2024-04-12"
    assert article.source == str(path)
    assert article.soundbites == ()


def test_no_date_argument_gives_none(write: Writer) -> None:
    (article,) = list(read_path(write("a.txt", STORY)))
    assert article.date is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (STORY, "Envoys agree on water talks"),
        ("A sentence that ends with a period.\n\nMore text.", None),
        ("Headline without blank line\nBody follows at once.", None),
        ("T" * 150 + "\n\nBody.", None),
        ("T" * 149 + "\n\nBody.", "T" * 149),
        ("Only one line", None),
        ("Title only\n\n\n", None),
    ],
)
def test_title_rule(text: str, title: str | None) -> None:
    found, body = split_title(text)
    assert found == title
    assert body
    if title is None:
        assert body == text.strip()


def test_read_text_ids_are_sha1_and_source_is_none() -> None:
    (article,) = list(read_text("Delegations met in Geneva on Tuesday.", fmt="text"))
    expected = hashlib.sha1(b"Delegations met in Geneva on Tuesday.").hexdigest()[:12]
    assert article.id == expected
    assert article.source is None
    (other,) = list(read_text("Delegations met in Geneva on Tuesday.", source="feed.txt"))
    assert other.id == expected and other.source == "feed.txt"


def test_windows_line_endings(write: Writer) -> None:
    path = write("crlf.txt", STORY.replace("\n", "\r\n").encode("utf-8"))
    (article,) = list(read_path(path))
    assert "\r" not in article.text
    assert article.title == "Envoys agree on water talks"


def test_forced_text_format_on_transcript(write: Writer) -> None:
    path = write("t.txt", "date 2024-01-01 [Brief] Talks\n\nTalks were held.")
    (article,) = list(read_path(path, fmt="text"))
    assert article.programme is None and article.soundbites == ()
    assert article.text == "Talks were held."


@pytest.mark.parametrize("bad", ["2024/01/02", "yesterday", "2024-02-30", ""])
def test_bad_date_argument_raises_at_once(write: Writer, bad: str) -> None:
    path = write("a.txt", STORY)
    with pytest.raises(InputError, match="date"):
        read_path(path, date=bad)


def test_empty_string_is_a_problem() -> None:
    articles, problems = split(read_text("  \n\n "))
    assert articles == [] and len(problems) == 1
