"""Format detection by extension and by content."""

from __future__ import annotations

import pytest

from summitry.errors import FormatError
from summitry.readers import FORMATS, detect_format
from summitry.readers.detect import check_format, is_date_line, sniff_format

DATE_LINE = " date 2024-03-02 [Evening Bulletin] Ministers meet in Oslo\n\nBody."


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a.jsonl", "jsonl"),
        ("a.NDJSON", "jsonl"),
        ("a.csv", "csv"),
        ("a.html", "html"),
        ("a.htm", "html"),
    ],
)
def test_extension_decides(path: str, expected: str) -> None:
    assert detect_format(path, "whatever the content") == expected


def test_txt_is_transcript_only_with_a_date_line() -> None:
    assert detect_format("news.txt", DATE_LINE) == "transcript"
    assert detect_format("news.text", "\n\n" + DATE_LINE) == "transcript"
    assert detect_format("news.txt", "Ministers met in Oslo.") == "text"
    assert detect_format("news.txt", '{"text": "x"}') == "text"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('{"text": "hello"}', "jsonl"),
        ("  \n{\"text\": 1}", "jsonl"),
        ("<!DOCTYPE html><html><body></body></html>", "html"),
        ("<html lang='en'><body>x</body></html>", "html"),
        (DATE_LINE, "transcript"),
        ("Ministers met in Oslo on Monday.", "text"),
    ],
)
def test_sniffing_for_stdin_and_unknown_extensions(head: str, expected: str) -> None:
    assert detect_format("-", head) == expected
    assert detect_format("story.dat", head) == expected
    assert sniff_format(head) == expected


def test_date_line_shapes() -> None:
    assert is_date_line("date 2025-01-01 [Morning] Headline")
    assert is_date_line("   date 2025-01-01 [Morning News]")
    assert not is_date_line("date 2025-01-01 Headline without programme")
    assert not is_date_line("The date 2025-01-01 [x] y")
    assert not is_date_line("date 25-01-01 [Morning] Headline")


def test_check_format() -> None:
    assert check_format(None) is None
    assert check_format("JSONL") == "jsonl"
    assert set(FORMATS) == {"transcript", "text", "jsonl", "csv", "html"}
    with pytest.raises(FormatError, match="unknown input format"):
        check_format("docx")
