"""CSV: header with a text column, one article per row, bad rows reported."""

from __future__ import annotations

from summitry.errors import EmptyInputError, FormatError, RecordError
from summitry.readers import read_path

from .conftest import Writer, split


def test_rows_and_line_numbers(write: Writer) -> None:
    content = (
        "ID,Title,Date,URL,text\n"
        "c1,Port deal,2024-03-04,https://news.example/c1,\"The two ports signed a deal.\"\n"
        ",,,,\"A story\n\nthat spans lines.\"\n"
        ",,2024-03-05,,Last one.\n"
    )
    path = write("stories.csv", content)
    articles, problems = split(read_path(path))
    assert problems == []
    assert [(a.id, a.line, a.date) for a in articles] == [
        ("c1", 2, "2024-03-04"), ("stories:3", 3, None), ("stories:6", 6, "2024-03-05")]
    assert articles[0].source == "https://news.example/c1"
    assert articles[0].title == "Port deal"
    assert articles[1].text == "A story\n\nthat spans lines."
    assert articles[1].title is None


def test_bad_rows_are_reported_and_skipped(write: Writer) -> None:
    content = ("id,text,date\n"
               "a,Good row.,2024-01-01\n"
               "b,,2024-01-01\n"
               "c,Bad date,01/01/2024\n"
               "d,Too,many,fields\n"
               "e,Fine again.,\n")
    articles, problems = split(read_path(write("rows.csv", content)))
    assert [a.id for a in articles] == ["a", "e"]
    assert [(p.line, p.error.field) for p in problems] == [(3, "text"), (4, "date"), (5, None)]
    assert all(isinstance(p.error, RecordError) for p in problems)


def test_missing_text_column(write: Writer) -> None:
    articles, problems = split(read_path(write("x.csv", "id,body\n1,hello\n")))
    assert articles == []
    (problem,) = problems
    assert isinstance(problem.error, FormatError) and problem.line == 1


def test_header_only(write: Writer) -> None:
    articles, problems = split(read_path(write("h.csv", "id,text\n")))
    assert articles == [] and isinstance(problems[0].error, EmptyInputError)


def test_unterminated_quote_ends_the_file(write: Writer) -> None:
    content = 'id,text\na,Fine.\nb,"never closed\n'
    articles, problems = split(read_path(write("q.csv", content)))
    assert [a.id for a in articles] == ["a"]
    (problem,) = problems
    assert problem.line == 3 and "malformed CSV" in str(problem)


def test_field_longer_than_csv_default_limit(write: Writer) -> None:
    long_text = "word " * 40_000  # 200,000 characters, over the csv module's 131,072
    (article,) = list(read_path(write("long.csv", f"id,text\nz,{long_text}\n")))
    assert len(article.text) == len(long_text.strip())
