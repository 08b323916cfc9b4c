"""Paths, directories, globs, stdin, size limits, binary files and encodings."""

from __future__ import annotations

import io
import logging
import sys
from pathlib import Path

import pytest

from summitry.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
)
from summitry.readers import ReadProblem, read_path, read_paths
from summitry.readers.files import decode

from .conftest import Writer, split

STORY = "Two delegations met in Nairobi on Wednesday and agreed to reopen the border.\n"
TRANSCRIPT = ("date 2024-07-01 [Noon News] Border reopens\n\nThe border reopened.\n\n"
              "Amina Odhiambo/ Interior Minister\n\nTrade will resume today.\n")


def only_problem(path: Path, **options: object) -> ReadProblem:
    articles, problems = split(read_path(path, **options))
    assert articles == []
    (problem,) = problems
    return problem


def test_empty_file(write: Writer) -> None:
    problem = only_problem(write("empty.txt", b""))
    assert isinstance(problem.error, EmptyInputError)
    assert isinstance(only_problem(write("blank.txt", " \n\t\n")).error, EmptyInputError)


def test_binary_file(write: Writer) -> None:
    problem = only_problem(write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert isinstance(problem.error, BinaryInputError)


def test_utf8_with_bom(write: Writer) -> None:
    (article,) = list(read_path(write("bom.txt", b"\xef\xbb\xbf" + STORY.encode())))
    assert article.text == STORY.strip()


def test_utf16_with_bom(write: Writer) -> None:
    (article,) = list(read_path(write("wide.txt", STORY.encode("utf-16"))))
    assert article.text == STORY.strip()


def test_cp1252_fallback_logs_a_warning(write: Writer, caplog: pytest.LogCaptureFixture) -> None:
    data = "The minister\u2019s visit to S\u00e3o Tom\u00e9 \u2013 a first.".encode("cp1252")
    with caplog.at_level(logging.WARNING, logger="summitry.readers"):
        (article,) = list(read_path(write("legacy.txt", data)))
    assert article.text == "The minister\u2019s visit to S\u00e3o Tom\u00e9 \u2013 a first."
    assert "cp1252" in caplog.text


def test_undecodable_bytes(write: Writer) -> None:
    # 0x81 and 0x8d are neither UTF-8 nor defined in cp1252.
    problem = only_problem(write("broken.txt", b"Talks \x81\x8d ended."))
    assert isinstance(problem.error, EncodingError)


def test_explicit_encoding(write: Writer) -> None:
    path = write("latin.txt", "Caf\u00e9 talks in Montr\u00e9al".encode("latin-1"))
    (article,) = list(read_path(path, encoding="latin-1"))
    assert article.text == "Caf\u00e9 talks in Montr\u00e9al"
    assert isinstance(only_problem(path, encoding="utf-8").error, EncodingError)
    with pytest.raises(EncodingError):
        read_path(path, encoding="no-such-codec")


def test_max_bytes(write: Writer) -> None:
    path = write("big.txt", STORY * 10)
    problem = only_problem(path, max_bytes=100)
    assert isinstance(problem.error, InputTooLargeError)
    assert "100" in str(problem)
    (article,) = list(read_path(path, max_bytes=len(STORY) * 10))
    assert article.text.count("Nairobi") == 10


@pytest.mark.slow
def test_fifty_megabyte_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = ("Delegates from many states met in Vienna and agreed to continue talks. " * 10
                 + "\n\n")
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(50 * 1024 * 1024 // len(paragraph) + 1):
            handle.write(paragraph)
    assert path.stat().st_size > 50 * 1024 * 1024
    (article,) = list(read_path(path))
    assert article.text.startswith("Delegates from many states")
    assert len(article.text) > 50_000_000


def test_missing_file_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    problem = only_problem(missing)
    assert type(problem.error) is InputError
    assert str(missing) in str(problem)
    assert problem.source == str(missing)


def test_directory_with_mixed_formats(write: Writer, tmp_path: Path) -> None:
    write("in/b_story.txt", STORY)
    write("in/a_wire.jsonl", '{"text": "Wire one."}\n{"text": ""}\n{"text": "Wire three."}\n')
    write("in/sub/c_table.csv", "id,text\nrow1,Table row one.\n")
    write("in/sub/d_show.txt", TRANSCRIPT)
    write("in/sub/e_page.html", "<html><body><article><p>Page text about a summit in "
          "Accra where leaders agreed to cooperate.</p></article></body></html>")
    write("in/.hidden.txt", "hidden")
    write("in/notes.md", "not an input suffix")
    write("in/zz_empty.txt", b"")
    articles, problems = split(read_paths([str(tmp_path / "in")]))
    assert [a.id for a in articles] == [
        "a_wire:1", "a_wire:3", "b_story", "row1", "d_show", "e_page"]
    assert articles[4].programme == "Noon News" and len(articles[4].soundbites) == 1
    assert [(Path(p.source).name, p.line) for p in problems] == [
        ("a_wire.jsonl", 2), ("zz_empty.txt", None)]


def test_globs_and_missing_paths_keep_going(write: Writer, tmp_path: Path) -> None:
    write("g/one.txt", STORY)
    write("g/two.txt", STORY)
    write("g/three.jsonl", '{"text": "x"}\n')
    paths = [str(tmp_path / "g" / "*.txt"), str(tmp_path / "none*.csv"),
             str(tmp_path / "gone.txt"), str(tmp_path / "g" / "three.jsonl")]
    articles, problems = split(read_paths(paths))
    assert [a.id for a in articles] == ["one", "two", "three:1"]
    assert len(problems) == 2
    assert "no files match" in str(problems[0]) and "gone.txt" in str(problems[1])


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"text": "From a pipe."}\n{"text": "Second."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    articles, problems = split(read_paths(["-"]))
    assert problems == []
    assert [a.text for a in articles] == ["From a pipe.", "Second."]
    assert all(a.source == "<stdin>" and len(a.id or "") == 12 for a in articles)


def test_stdin_transcript(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TRANSCRIPT.encode())))
    (article,) = list(read_path("-"))
    assert article.date == "2024-07-01" and article.soundbites[0].speaker == "Amina Odhiambo"


def test_bad_options_raise_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_paths([str(tmp_path)], fmt="pdf")
    with pytest.raises(InputError):
        read_paths([str(tmp_path)], max_bytes=0)


def test_decode_normalises_newlines() -> None:
    assert decode(b"a\r\nb\rc", source="x") == "a\nb\nc"
