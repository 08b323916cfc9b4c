"""``summitry code``: every input format, paths/dirs/globs/stdin, and every output format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from summitry.output.formats import CSV_COLUMNS

from .conftest import (
    CSV,
    DOCUMENT_KEYS,
    HTML,
    JSONL,
    PLAIN,
    TRANSCRIPT,
    Invoker,
    Writer,
    run_summitry,
)


def _json(stdout: str) -> object:
    return json.loads(stdout)


def _jsonl(stdout: str) -> list[dict[str, object]]:
    lines = stdout.splitlines()
    assert all(line.strip() for line in lines), "no blank lines in JSONL output"
    return [json.loads(line) for line in lines]


def _actor_ids(doc: dict[str, object]) -> set[str]:
    return {a["id"] for a in doc["actors"]}  # type: ignore[index, union-attr]


# ---- input formats ---------------------------------------------------------------------

def test_transcript_file(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("kananaskis.txt", TRANSCRIPT), "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = _json(result.stdout)
    assert isinstance(doc, dict)
    assert set(doc) == DOCUMENT_KEYS
    assert doc["id"] == "kananaskis"
    assert doc["date"] == "2025-06-17"
    assert doc["programme"] == "Evening News"
    assert doc["title"] == "Leaders meet in Kananaskis"
    assert doc["source"] == "kananaskis.txt"
    assert {"lee-jae-myung", "shigeru-ishiba"} <= _actor_ids(doc)
    (meeting,) = doc["meetings"]
    assert {p["actor"] for p in meeting["participants"]} == {"lee-jae-myung", "shigeru-ishiba"}
    assert [q["kind"] for q in doc["quotes"]] == ["soundbite"]
    assert doc["quotes"][0]["speaker"]["actor"] == "lee-jae-myung"
    assert all(e["date"] == "2025-06-17" for e in doc["events"])
    assert "coded 1 article(s)" in result.stderr


def test_plain_text_file_with_date(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "--date", "2025-07-02", "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = _json(result.stdout)
    assert doc["date"] == "2025-07-02"
    assert doc["title"] == "Merz and Macron meet in Paris"
    assert {"friedrich-merz", "emmanuel-macron"} <= _actor_ids(doc)
    meet = [e for e in doc["events"] if e["cameo_root"] == "04"]
    assert meet, doc["events"]
    assert meet[0]["date"] == "2025-06-30"  # "on Monday" before Wednesday 2 July
    assert not any(w.startswith("[W001]") for w in doc["warnings"])


def test_plain_text_without_date_option_is_undated(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = _json(result.stdout)
    assert doc["date"] is None
    assert doc["events"] and all(e["date"] is None for e in doc["events"])


def test_jsonl_file_keeps_ids(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("batch.jsonl", JSONL), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    docs = _jsonl(result.stdout)
    assert [d["id"] for d in docs] == ["w-1", "w-2"]
    assert [d["title"] for d in docs] == ["Warsaw talks", "Paris talks"]
    assert docs[0]["source"] == "https://example.org/w-1"
    assert docs[1]["source"] == "batch.jsonl"
    assert "donald-tusk" in _actor_ids(docs[0])
    assert "friedrich-merz" in _actor_ids(docs[1])
    assert "coded 2 article(s)" in result.stderr


def test_csv_file(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("batch.csv", CSV), "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    docs = _jsonl(result.stdout)
    assert [d["id"] for d in docs] == ["c-1", "c-2"]
    assert all(d["date"] == "2025-07-02" for d in docs)
    assert all(d["events"] for d in docs)


def test_html_file(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("page.html", HTML), "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = _json(result.stdout)
    assert doc["id"] == "page"
    assert doc["title"] == "Tusk hosts Macron"
    assert doc["date"] == "2025-07-02"
    assert {"donald-tusk", "emmanuel-macron"} <= _actor_ids(doc)
    assert any(e["cameo_root"] == "04" and e["location"]["country"] == "POL"
               for e in doc["events"])


def test_input_format_option_forces_the_reader(invoke: Invoker, write: Writer) -> None:
    # a .dat suffix says nothing; --input-format jsonl reads it as records
    result = invoke(write("batch.dat", JSONL), "--input-format", "jsonl", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [d["id"] for d in _jsonl(result.stdout)] == ["w-1", "w-2"]


def test_directory_with_mixed_files(invoke: Invoker, write: Writer) -> None:
    write("news/a_transcript.txt", TRANSCRIPT)
    write("news/b_plain.txt", PLAIN)
    write("news/c_batch.jsonl", JSONL)
    write("news/sub/d_batch.csv", CSV)
    write("news/sub/e_page.html", HTML)
    write("news/notes.md", PLAIN)  # unknown suffix: skipped in a directory walk
    write("news/.hidden.txt", PLAIN)  # hidden: skipped
    result = invoke("news", "--date", "2025-07-02", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    docs = _jsonl(result.stdout)
    assert sorted(d["id"] for d in docs) == sorted(
        ["a_transcript", "b_plain", "w-1", "w-2", "c-1", "c-2", "e_page"])
    sources = {d["source"] for d in docs}
    assert not any(str(s).endswith(("notes.md", ".hidden.txt")) for s in sources)
    assert "coded 7 article(s)" in result.stderr
    assert "skipped" not in result.stderr


def test_glob(invoke: Invoker, write: Writer) -> None:
    write("in/one.txt", TRANSCRIPT)
    write("in/two.txt", PLAIN)
    write("in/three.jsonl", JSONL)
    result = invoke("in/*.txt", "-f", "jsonl")  # quoted: the CLI expands it, not a shell
    assert result.exit_code == 0, result.stderr
    assert sorted(d["id"] for d in _jsonl(result.stdout)) == ["one", "two"]


def test_glob_matching_nothing_is_reported(invoke: Invoker, write: Writer) -> None:
    write("one.txt", PLAIN)
    result = invoke("one.txt", "nothing/*.txt", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert len(_jsonl(result.stdout)) == 1
    assert "nothing/*.txt" in result.stderr
    assert "skipped 1" in result.stderr


def test_stdin(invoke: Invoker) -> None:
    result = invoke("-", "-f", "json", input=TRANSCRIPT)
    assert result.exit_code == 0, result.stderr
    doc = _json(result.stdout)
    assert doc["source"] == "<stdin>"
    assert doc["date"] == "2025-06-17"
    assert {"lee-jae-myung", "shigeru-ishiba"} <= _actor_ids(doc)


def test_stdin_jsonl_with_date(invoke: Invoker) -> None:
    records = JSONL.replace('"date": "2025-07-02", ', "")
    result = invoke("-", "--date", "2025-07-02", "-f", "jsonl", input=records)
    assert result.exit_code == 0, result.stderr
    docs = _jsonl(result.stdout)
    assert [d["id"] for d in docs] == ["w-1", "w-2"]
    assert [d["date"] for d in docs] == ["2025-07-02", "2025-07-02"]


# ---- output formats ---------------------------------------------------------------------

def test_table_is_the_default(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("kananaskis.txt", TRANSCRIPT))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Lee Jae-myung" in out and "Shigeru Ishiba" in out
    assert "Meetings" in out and "Events" in out and "Quotes" in out
    assert "bilateral" in out
    assert "Leaders meet in Kananaskis" in out


def test_table_for_an_article_without_events(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("quiet.txt", "The weather was mild and the markets were calm.\n"),
                    "--format", "table", "--date", "2025-01-01")
    assert result.exit_code == 0, result.stderr
    assert "no events, meetings or quotes coded" in result.stdout
    assert "[W004]" in result.stdout


def test_json_single_article_is_an_object(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "--format", "json", "--date", "2025-07-02")
    doc = _json(result.stdout)
    assert isinstance(doc, dict)
    assert set(doc) == DOCUMENT_KEYS  # no "text" unless --text
    for event in doc["events"]:
        assert {"id", "source", "target", "cameo", "cameo_root", "quad_class", "goldstein",
                "plover", "symmetric", "modality", "evidence", "rule", "confidence", "date",
                "date_precision", "location"} <= set(event)


def test_json_several_articles_is_an_array(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("batch.jsonl", JSONL), write("paris.txt", PLAIN), "-f", "json")
    assert result.exit_code == 0, result.stderr
    docs = _json(result.stdout)
    assert isinstance(docs, list)
    assert [d["id"] for d in docs] == ["w-1", "w-2", "paris"]
    for doc in docs:
        assert set(doc) == DOCUMENT_KEYS


def test_json_text_option_adds_the_text(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "-f", "json", "--text")
    doc = _json(result.stdout)
    assert doc["text"].startswith("German Chancellor Friedrich Merz met")


def test_jsonl_one_line_per_article(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("batch.jsonl", JSONL), write("kananaskis.txt", TRANSCRIPT),
                    "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("\n")
    docs = _jsonl(result.stdout)
    assert len(docs) == len(result.stdout.splitlines()) == 3
    assert [d["id"] for d in docs] == ["w-1", "w-2", "kananaskis"]
    for doc in docs:
        assert set(doc) == DOCUMENT_KEYS


def test_csv_header_and_rows(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("batch.jsonl", JSONL), "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert body, "at least one event row"
    assert {r["article_id"] for r in body} == {"w-1", "w-2"}
    assert all(r["article_date"] == "2025-07-02" for r in body)
    tusk = [r for r in body if r["article_id"] == "w-1"]
    assert any(r["source_country"] == "POL" and r["target_country"] == "FRA" for r in tusk)
    for r in body:
        start, end = int(r["evidence_start"]), int(r["evidence_end"])
        assert 0 <= start < end


def test_csv_without_events_is_only_the_header(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("quiet.txt", "The weather was mild and the markets were calm.\n"),
                    "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert [tuple(r) for r in rows] == [CSV_COLUMNS]


def test_quiet_drops_the_summary(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "-f", "jsonl", "--quiet")
    assert result.exit_code == 0
    assert "coded" not in result.stderr
    assert len(_jsonl(result.stdout)) == 1


def test_version() -> None:
    from typer.testing import CliRunner

    from summitry import __version__
    from summitry.cli import app

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == __version__


# ---- the real command in a child process ------------------------------------------------

def test_subprocess_file_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "kananaskis.txt").write_text(TRANSCRIPT, encoding="utf-8")
    proc = run_summitry("kananaskis.txt", "-", "-f", "jsonl", cwd=tmp_path,
                        input=JSONL.encode("utf-8"))
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 0, stderr
    docs = _jsonl(proc.stdout.decode("utf-8"))
    assert [d["id"] for d in docs] == ["kananaskis", "w-1", "w-2"]
    assert "coded 3 article(s)" in stderr


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_every_format_writes_utf8(invoke: Invoker, write: Writer, fmt: str) -> None:
    text = ("Président Macron\n\nFrench President Emmanuel Macron met German Chancellor "
            "Friedrich Merz in Paris on Monday.\n")
    result = invoke(write("accents.txt", text), "-f", fmt, "--date", "2025-07-02")
    assert result.exit_code == 0, result.stderr
    if fmt in ("table", "json", "jsonl"):
        assert "Président Macron" in result.stdout  # the title, unescaped
