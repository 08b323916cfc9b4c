"""HTML pages through trafilatura: main text, title, date and url."""

from __future__ import annotations

from summitry.errors import EmptyInputError
from summitry.readers import read_path, read_text

from .conftest import Writer, split

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Coastal states sign fisheries pact | Example News</title>
<meta property="og:title" content="Coastal states sign fisheries pact">
<link rel="canonical" href="https://news.example/world/fisheries-pact">
<meta property="article:published_time" content="2024-09-14T07:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/2019/01/01/old">Old</a></nav>
<article>
<h1>Coastal states sign fisheries pact</h1>
<p>The fisheries ministers of three coastal states signed a pact on Saturday to share
   catch data and patrol their waters together.</p>
<p>The agreement follows two years of talks and takes effect next month, the ministers
   told reporters after the ceremony.</p>
</article>
<div class="comments"><p>Reader comment: great news!</p></div>
<footer>Copyright 2020 Example News</footer>
</body></html>
"""


def test_html_page(write: Writer) -> None:
    path = write("pact.html", PAGE)
    articles, problems = split(read_path(path))
    assert problems == []
    (article,) = articles
    assert article.title == "Coastal states sign fisheries pact"
    assert article.date == "2024-09-14"
    assert article.source == "https://news.example/world/fisheries-pact"
    assert article.id == "pact"
    assert article.text.startswith("The fisheries ministers of three coastal states")
    assert "catch data and patrol" in article.text
    assert "\n\n" in article.text
    assert "Home" not in article.text
    assert "Copyright" not in article.text


def test_page_without_date_uses_default(write: Writer) -> None:
    page = ("<html><head><title>Envoys meet</title></head><body><article>"
            "<p>Envoys of two states met on Thursday to discuss a border dispute and "
            "agreed to meet again.</p></article></body></html>")
    (article,) = list(read_path(write("envoys.htm", page), date="2024-02-02"))
    assert article.date == "2024-02-02"
    assert article.source.endswith("envoys.htm")


def test_page_with_no_text_is_a_problem(write: Writer) -> None:
    page = "<!doctype html><html><head><title>Empty</title></head><body></body></html>"
    path = write("empty.html", page)
    articles, problems = split(read_path(path))
    assert articles == []
    (problem,) = problems
    assert isinstance(problem.error, EmptyInputError)
    assert problem.source == str(path)


def test_html_sniffed_from_string() -> None:
    articles, problems = split(read_text(PAGE))
    assert problems == [] and articles[0].title == "Coastal states sign fisheries pact"
