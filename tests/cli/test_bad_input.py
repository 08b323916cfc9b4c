"""Bad input on the command line: no crash, a message on stderr naming the file (and line),
and the right exit code (0: something was coded, 1: nothing was coded, 2: usage error)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from .conftest import JSONL, NO_EVENTS, PLAIN, TRANSCRIPT, Invoker, Writer, run_summitry

LATIN1 = ("Paris talks\n\nFrench President Emmanuel Macron met German Chancellor Friedrich "
          "Merz at the Élysée Palace in Paris on Monday, said a café owner.\n").encode("latin-1")


def _no_traceback(result: object) -> None:
    exc = getattr(result, "exception", None)
    assert exc is None or isinstance(exc, SystemExit), f"crashed: {exc!r}"


def test_empty_file(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("empty.txt", b""), "-f", "json")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert "E011" in result.stderr
    assert "coded 0 article(s), skipped 1" in result.stderr


def test_blank_file(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("blank.txt", "  \n\t\n\n"), "-f", "jsonl")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "blank.txt" in result.stderr
    assert result.stdout == ""


def test_binary_file(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01"), "-f",
                    "jsonl")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "photo.txt" in result.stderr
    assert "E012" in result.stderr
    assert "binary" in result.stderr


def test_binary_file_next_to_a_good_one(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
                    write("paris.txt", PLAIN), "-f", "jsonl")
    _no_traceback(result)
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["paris"]
    assert "photo.jpg" in result.stderr
    assert "coded 1 article(s), skipped 1" in result.stderr


def test_latin1_text_is_coded_with_a_warning(invoke: Invoker, write: Writer,
                                             caplog: pytest.LogCaptureFixture) -> None:
    # In-process the CLI's logging.basicConfig is a no-op (pytest owns the root logger), so
    # the warning is checked through caplog here and on real stderr in the subprocess test.
    with caplog.at_level(logging.WARNING, logger="summitry"):
        result = invoke(write("legacy.txt", LATIN1), "-f", "json", "--date", "2025-07-02")
    _no_traceback(result)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"emmanuel-macron", "friedrich-merz"} <= {a["id"] for a in doc["actors"]}
    assert any("legacy.txt" in r.getMessage() and "cp1252" in r.getMessage()
               for r in caplog.records)


def test_latin1_text_warning_on_real_stderr(tmp_path: Path) -> None:
    (tmp_path / "legacy.txt").write_bytes(LATIN1)
    proc = run_summitry("legacy.txt", "-f", "jsonl", cwd=tmp_path)
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 0, stderr
    assert "legacy.txt" in stderr and "not valid UTF-8" in stderr and "cp1252" in stderr
    (doc,) = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert doc["title"] == "Paris talks"
    assert "Élysée" not in doc["title"]

    quiet = run_summitry("legacy.txt", "-f", "jsonl", "--quiet", cwd=tmp_path)
    assert quiet.returncode == 0
    assert quiet.stderr.decode("utf-8") == ""


def test_malformed_jsonl_line_among_good_ones(invoke: Invoker, write: Writer) -> None:
    good = JSONL.splitlines()
    write("batch.jsonl", "\n".join([good[0], '{"id": "w-x", "text": ', "", good[1],
                                    '["an", "array"]']) + "\n")
    result = invoke("batch.jsonl", "-f", "jsonl")
    _no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["w-1", "w-2"]
    assert "batch.jsonl:2" in result.stderr  # the broken object
    assert "batch.jsonl:5" in result.stderr  # an array, not an object (line 3 is blank)
    assert "E014" in result.stderr
    assert "coded 2 article(s), skipped 2" in result.stderr


def test_jsonl_record_with_a_bad_field(invoke: Invoker, write: Writer) -> None:
    good = JSONL.splitlines()
    write("batch.jsonl", "\n".join([
        good[0], '{"id": "w-3", "date": "02/07/2025", "text": "Merz met Macron."}',
        '{"id": "w-4", "title": "no text"}']) + "\n")
    result = invoke("batch.jsonl", "-f", "jsonl")
    _no_traceback(result)
    assert result.exit_code == 0, result.stderr
    err = " ".join(result.stderr.split())
    assert "batch.jsonl:2: field 'date'" in err
    assert "batch.jsonl:3: field 'text'" in err
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["w-1"]


def test_article_without_a_date(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("undated.txt", PLAIN), "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["date"] is None
    assert doc["events"], "the article is still coded"
    assert all(e["date"] is None and e["date_precision"] is None for e in doc["events"])
    assert all(m["date"] is None for m in doc["meetings"])
    assert any(w.startswith("[W001]") and "no date" in w for w in doc["warnings"])


def test_jsonl_record_without_a_date(invoke: Invoker, write: Writer) -> None:
    write("undated.jsonl", JSONL.replace('"date": "2025-07-02", ', ""))
    result = invoke("undated.jsonl", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["date"] for d in docs] == [None, None]
    for doc in docs:
        assert all(e["date"] is None for e in doc["events"])
        assert any(w.startswith("[W001]") for w in doc["warnings"])


def test_text_without_events(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("weather.txt", NO_EVENTS), "--date", "2025-07-02", "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["events"] == [] and doc["meetings"] == []
    assert any(w.startswith("[W004]") for w in doc["warnings"])


def test_long_single_sentence(invoke: Invoker, write: Writer) -> None:
    words = ("the minister met the ambassador and discussed trade and security with "
             "officials").split()
    sentence = ("French President Emmanuel Macron met German Chancellor Friedrich Merz "
                + " ".join(words[i % len(words)] for i in range(5000)) + ".")
    assert len(sentence.split()) > 5000
    result = invoke(write("long.txt", sentence), "--date", "2025-07-02", "-f", "json")
    _no_traceback(result)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"emmanuel-macron", "friedrich-merz"} <= {a["id"] for a in doc["actors"]}


def test_all_inputs_bad(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("empty.txt", b""), write("photo.txt", b"\x00\x01\x02"),
                    "missing.txt", "-f", "json")
    _no_traceback(result)
    assert result.exit_code == 1
    for name in ("empty.txt", "photo.txt", "missing.txt"):
        assert name in result.stderr
    assert "coded 0 article(s), skipped 3" in result.stderr
    assert json.loads(result.stdout) == []  # json of nothing is still valid JSON


def test_unknown_output_format(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "xml" in result.stderr
    assert "table, json, jsonl, csv" in result.stderr


def test_unknown_input_format(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "--input-format", "docx")
    _no_traceback(result)
    assert result.exit_code == 2
    assert "docx" in result.stderr and "E016" in result.stderr


def test_bad_date_option(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "--date", "2025-13-40")
    _no_traceback(result)
    assert result.exit_code == 2
    assert "2025-13-40" in result.stderr and "YYYY-MM-DD" in result.stderr


def test_no_paths_is_a_usage_error(invoke: Invoker) -> None:
    result = invoke()
    assert result.exit_code == 2


def test_missing_file_alone(invoke: Invoker) -> None:
    result = invoke("missing.txt", "-f", "jsonl")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
    assert "E010" in result.stderr
    assert result.stdout == ""


def test_missing_file_next_to_a_good_one(invoke: Invoker, write: Writer) -> None:
    result = invoke("missing.txt", write("kananaskis.txt", TRANSCRIPT), "-f", "jsonl")
    _no_traceback(result)
    assert result.exit_code == 0
    assert "missing.txt" in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["kananaskis"]


def test_empty_stdin(invoke: Invoker) -> None:
    result = invoke("-", "-f", "json", input="")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "<stdin>" in result.stderr


def test_transcript_with_an_impossible_date(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("bad-date.txt", TRANSCRIPT.replace("2025-06-17", "2025-02-30")),
                    "-f", "json")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "bad-date.txt:1" in result.stderr


def test_csv_without_a_text_column(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("bad.csv", "id,body\n1,Merz met Macron.\n"), "-f", "jsonl")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "bad.csv:1" in result.stderr and "text" in result.stderr


# ---- messages: whole, and exactly the file's name ---------------------------------------

def test_message_keeps_a_long_path_on_one_line(invoke: Invoker, write: Writer) -> None:
    path = write("a_fairly_long_directory_name/with_another_level_of_nesting/"
                 "and_a_long_file_name_too.txt", b"")
    assert len(str(path)) > 80
    result = invoke(path)
    assert result.exit_code == 1
    assert str(path) in result.stderr


def test_message_names_a_file_with_brackets(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("notes [draft].txt", b""))
    assert result.exit_code == 1
    assert "notes [draft].txt" in result.stderr


def test_path_that_looks_like_a_closing_markup_tag(invoke: Invoker, write: Writer) -> None:
    write("x[/y].txt", b"")
    result = invoke("x[/y].txt")
    _no_traceback(result)
    assert result.exit_code == 1
    assert "x[/y].txt" in result.stderr


def test_bad_actor_file_with_brackets_in_its_path(invoke: Invoker, write: Writer) -> None:
    bad = write("x[/actors].yaml", "people: [\n  - id: x\n   bad: : :\n")
    result = invoke(write("paris.txt", PLAIN), "--actors", bad)
    _no_traceback(result)
    assert result.exit_code == 2
    assert "x[/actors].yaml" in result.stderr
