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
        ("a.xhtml", "html"),
        ("world.rss", "feed"),
        ("wire.ATOM", "feed"),
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


XML = '<?xml version="1.0" encoding="utf-8"?>\n'
ATOM_NS = 'xmlns="http://www.w3.org/2005/Atom"'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<rss version="2.0"><channel>', "feed"),
        (XML + '<rss version="2.0">', "feed"),
        ("\ufeff\n" + XML + "<!-- generated nightly -->\n<?xml-stylesheet href='s.xsl'?>"
         '\n<rss version="2.0">', "feed"),
        (XML + f"<feed {ATOM_NS} xml:lang='en'><title>Wire</title>", "feed"),
        (XML + '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">', "feed"),
        (XML + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "feed"),
        (XML + '<feed xmlns="http://example.org/not-atom">', "text"),
        (XML + "<!-- " + "x" * 1100 + " -->\n<rss>", "text"),  # past the first KB
        (XML + '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
         '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
         '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>rss</p></body></html>', "html"),
        ("<!DOCTYPE html><html><body><p>&lt;rss&gt; in text</p></body></html>", "html"),
        ("<p>An RSS feed, <rss> mentioned in passing.</p>", "text"),
    ],
)
def test_feed_sniffing(head: str, expected: str) -> None:
    assert sniff_format(head) == expected
    assert detect_format("feed.xml", head) == expected
    assert detect_format("-", head) == expected


def test_date_line_shapes() -> None:
    assert is_date_line("date 2025-01-01 [Morning] Headline")
    assert is_date_line("   date 2025-01-01 [Morning News]")
    assert not is_date_line("date 2025-01-01 Headline without programme")
    assert not is_date_line("The date 2025-01-01 [x] y")
    assert not is_date_line("date 25-01-01 [Morning] Headline")


def test_check_format() -> None:
    assert check_format(None) is None
    assert check_format("JSONL") == "jsonl"
    assert set(FORMATS) == {"transcript", "text", "jsonl", "csv", "html", "feed"}
    with pytest.raises(FormatError, match="unknown input format"):
        check_format("docx")
