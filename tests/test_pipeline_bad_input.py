"""The Python API under bad input: ``Pipeline.code``, ``Pipeline.pipe`` and
``Pipeline.code_paths`` must not crash on odd text, must report bad arguments clearly,
and must keep a stream going past a bad item."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from summitry import Article, Document, Failure, Pipeline, Settings, SummitryError
from summitry.errors import FormatError, InputError
from summitry.readers import ReadProblem
from summitry.types import Soundbite

MEETING = ("German Chancellor Friedrich Merz met French President Emmanuel Macron in Paris on "
           "Monday. The two leaders agreed to deepen defence cooperation.")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def short_pipeline() -> Pipeline:
    """A pipeline that cuts articles after 2,000 characters."""
    return Pipeline(Settings(max_chars=2000))


def _warning_codes(doc: Document) -> list[str]:
    return [w[1:5] for w in doc.warnings]


# ---- odd text: coded, never a crash -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "",
    "   \n\n\t  ",
    "?!?! ... ;;; --- ***",
    "Merz\x00 met\x07 Macron\x1b in Paris.",
    "\ufeff\u200b\u200b\u2028\u2029",
    "🙂" * 200,
    "ÉÉÉ " * 300,
    "Paris.\n" * 500,
    "a" * 20_000,  # one 20,000-character "word"
], ids=["empty", "blank", "punctuation", "control-chars", "invisible", "emoji", "accents",
        "many-short-lines", "one-long-token"])
def test_odd_text_is_coded_without_events(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.code(text, date="2025-07-02")
    assert isinstance(doc, Document)
    assert doc.events == ()
    assert "W004" in _warning_codes(doc)


def test_article_without_a_date(pipeline: Pipeline) -> None:
    doc = pipeline.code(MEETING)
    assert doc.date is None
    assert doc.events
    assert all(e.date is None and e.date_precision is None for e in doc.events)
    (w001,) = [w for w in doc.warnings if w.startswith("[W001]")]
    assert "no date" in w001


def test_text_without_events(pipeline: Pipeline) -> None:
    doc = pipeline.code("The weather was mild and the markets were calm all week.",
                        date="2025-07-02")
    assert doc.events == () and doc.meetings == ()
    assert _warning_codes(doc) == ["W004"]
    assert doc.to_dict()["events"] == []


def test_long_single_sentence(pipeline: Pipeline) -> None:
    words = "the minister met the ambassador and discussed trade with officials".split()
    text = (MEETING.split(".")[0] + " " + " ".join(words[i % len(words)] for i in range(5000))
            + ".")
    started = time.monotonic()
    doc = pipeline.code(text, date="2025-07-02")
    assert time.monotonic() - started < 30
    assert {"friedrich-merz", "emmanuel-macron"} <= {a.id for a in doc.actors}


def test_text_longer_than_max_chars_is_cut_with_a_warning(short_pipeline: Pipeline) -> None:
    text = (MEETING + "\n\n") * 400  # about 50 KB
    assert len(text) > 50_000
    doc = short_pipeline.code(text, date="2025-07-02")
    assert doc.warnings[0] == f"[W002] text cut from {len(text)} to 2000 characters"
    assert len(doc.text) == 2000
    assert doc.events, "the first 2,000 characters are still coded"
    assert all(e.evidence.end <= 2000 for e in doc.events)
    assert {"friedrich-merz", "emmanuel-macron"} <= {a.id for a in doc.actors}


def test_cut_drops_soundbites_past_the_limit(short_pipeline: Pipeline) -> None:
    body = MEETING + "\n\n" + "We will work together for peace in Europe. " * 100
    start = len(MEETING) + 2
    article = Article(text=body, id="t", date="2025-07-02", soundbites=(
        Soundbite("Emmanuel Macron", "President", start, start + 43),
        Soundbite("Emmanuel Macron", "President", 2500, 2543)))
    doc = short_pipeline.code(article)
    assert "W002" in _warning_codes(doc)
    assert all(q.end <= 2000 for q in doc.quotes)


def test_text_at_max_chars_is_not_cut(short_pipeline: Pipeline) -> None:
    text = (MEETING + " ") * 20
    text = text[:2000]
    doc = short_pipeline.code(text, date="2025-07-02")
    assert "W002" not in _warning_codes(doc)


# ---- bad arguments: a clear SummitryError ------------------------------------------------

@pytest.mark.parametrize("text", [MEETING.encode("utf-8"), None, 42],
                         ids=["bytes", "none", "int"])
def test_text_that_is_not_a_string(pipeline: Pipeline, text: object) -> None:
    with pytest.raises(SummitryError, match="str"):
        pipeline.code(text)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [MEETING, "The weather was mild all week."],
                         ids=["with-events", "without-events"])
@pytest.mark.parametrize("date", ["2025-13-01", "2025-02-30", "yesterday", "02/07/2025"])
def test_invalid_date_is_an_input_error(pipeline: Pipeline, text: str, date: str) -> None:
    with pytest.raises(InputError, match="date"):
        pipeline.code(text, date=date)


def test_date_object_is_accepted_or_clearly_refused(pipeline: Pipeline) -> None:
    try:
        doc = pipeline.code(MEETING, date=dt.date(2025, 7, 2))  # type: ignore[arg-type]
    except SummitryError:
        return
    assert doc.date == "2025-07-02"


# ---- streams: a bad item never stops the stream -----------------------------------------

def test_pipe_bad_date_becomes_a_failure(pipeline: Pipeline) -> None:
    articles = [Article(text=MEETING, id="a", date="2025-07-02"),
                Article(text=MEETING, id="b", date="2025/07/02"),
                Article(text="", id="c", date="2025-07-02"),
                Article(text=MEETING, id="d", date="2025-07-02")]
    results = list(pipeline.pipe(articles))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Document",
                                                   "Document"]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert failure.article_id == "b"
    assert "2025/07/02" in str(failure)
    assert [r.id for r in results if isinstance(r, Document)] == ["a", "c", "d"]


def test_pipe_article_without_text_becomes_a_failure(pipeline: Pipeline) -> None:
    articles = [Article(text=MEETING, id="a", date="2025-07-02"),
                Article(text=None, id="b"),  # type: ignore[arg-type]
                Article(text=MEETING, id="c", date="2025-07-02")]
    results = list(pipeline.pipe(articles))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Document"]


def test_pipe_of_nothing(pipeline: Pipeline) -> None:
    assert list(pipeline.pipe([])) == []


def _files(tmp_path: Path) -> list[str]:
    (tmp_path / "a.txt").write_text(MEETING, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "d.jsonl").write_text(
        '{"id": "d1", "text": "Merz met Macron."}\n{broken\n', encoding="utf-8")
    (tmp_path / "e.txt").write_text(MEETING, encoding="utf-8")
    return [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt", "d.jsonl", "missing.txt",
                                        "e.txt")]


def test_code_paths_reports_every_problem_and_codes_the_rest(pipeline: Pipeline,
                                                             tmp_path: Path) -> None:
    results = list(pipeline.code_paths(_files(tmp_path), date="2025-07-02"))
    docs = [r for r in results if isinstance(r, Document)]
    problems = [r for r in results if isinstance(r, ReadProblem)]
    assert sorted(d.id for d in docs) == ["a", "d1", "e"]
    by_source = {(Path(p.source).name, p.line): p.code for p in problems}
    assert by_source == {("b.txt", None): "E011", ("c.txt", None): "E012",
                         ("d.jsonl", 2): "E014", ("missing.txt", None): "E010"}


def test_code_paths_keeps_input_order(pipeline: Pipeline, tmp_path: Path) -> None:
    results = list(pipeline.code_paths(_files(tmp_path), date="2025-07-02"))
    order = [r.id if isinstance(r, Document) else Path(r.source).name  # type: ignore[union-attr]
             for r in results]
    assert order == ["a", "b.txt", "c.txt", "d1", "d.jsonl", "missing.txt", "e"]


def test_code_paths_bad_options(pipeline: Pipeline, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(MEETING, encoding="utf-8")
    with pytest.raises(FormatError):
        list(pipeline.code_paths([str(tmp_path / "a.txt")], fmt="docx"))
    with pytest.raises(InputError, match="date"):
        list(pipeline.code_paths([str(tmp_path / "a.txt")], date="2025-13-01"))


def test_code_paths_latin1_file(pipeline: Pipeline, tmp_path: Path,
                                caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(("Café talks\n\n" + MEETING).encode("latin-1"))
    with caplog.at_level("WARNING", logger="summitry"):
        (doc,) = list(pipeline.code_paths([str(path)], date="2025-07-02"))
    assert isinstance(doc, Document)
    assert doc.title == "Café talks"
    assert doc.events
    assert any("legacy.txt" in r.getMessage() and "cp1252" in r.getMessage()
               for r in caplog.records)
