"""URLs as inputs and fetch_links, against a local server (no test reaches the internet)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitry.errors import EmptyInputError, InputError, InputTooLargeError
from summitry.readers import read_path, read_paths, read_text
from summitry.readers.detect import detect_remote_format
from summitry.readers.records import safe_id
from summitry.readers.web import fetch, is_url, url_stem

from .conftest import Writer, split
from .test_feed import ATOM, RSS
from .webserver import Site, closed_port_url

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Baltic ministers agree on cable patrols | Harbour Post</title>
<meta property="og:title" content="Baltic ministers agree on cable patrols">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Baltic ministers agree on cable patrols</h1>
<p>Foreign ministers from four Baltic states agreed in Tallinn on Tuesday to patrol their
   undersea cables together, after two cables were damaged this winter.</p>
<p>The patrols will use navy ships and coast guard aircraft, the ministers said in a joint
   statement, and will be reviewed after a year.</p>
</article>
<footer>Harbour Post, all rights reserved</footer>
</body></html>
"""

LINKED_FEED = """<rss version="2.0"><channel><title>Harbour Post</title>
<item><title>Baltic ministers agree on cable patrols</title>
<link>{link}</link><guid>hp-48213</guid><pubDate>Wed, 18 Jun 2025 08:15:00 +0900</pubDate>
<description>Ministers met in Tallinn.</description></item>
<item><title>No summary here</title><link>{missing}</link><guid>hp-48214</guid></item>
</channel></rss>
"""

JSONL = ('{"id": "r-1", "text": "The two foreign ministers met in Ankara on Friday."}\n'
         '{"id": "r-2", "text": "Envoys agreed to resume talks next month."}\n')


def test_fetch_sends_a_user_agent(site: Site) -> None:
    url = site.add("/page.html", PAGE)
    response = fetch(url)
    assert response.status == 200
    assert response.media_type == "text/html" and response.charset == "utf-8"
    assert response.data.startswith(b"<!DOCTYPE html>")
    ((path, agent),) = site.requests
    assert path == "/page.html" and agent is not None and agent.startswith("summitry/")


def test_fetch_errors_name_the_url(site: Site) -> None:
    with pytest.raises(InputError, match="HTTP error 404") as caught:
        fetch(site.url("/gone"))
    assert caught.value.path == site.url("/gone")
    with pytest.raises(InputError, match="cannot fetch"):
        fetch(closed_port_url())
    slow = site.add("/slow", PAGE, delay=1.0)
    with pytest.raises(InputError, match=r"timed out after 0\.2 s"):
        fetch(slow, timeout=0.2)
    big = site.add("/big", "x" * 5000, "text/plain")
    with pytest.raises(InputTooLargeError, match="over the limit of 1,000"):
        fetch(big, max_bytes=1000)
    with pytest.raises(InputError, match="cannot fetch ftp URLs"):
        fetch("ftp://files.example/feed.rss")
    with pytest.raises(InputError, match="cannot fetch file URLs"):
        fetch("file:///etc/hostname", schemes=("http", "https"))


def test_feed_read_from_a_url(site: Site) -> None:
    url = site.add("/world.rss", RSS, "application/rss+xml")
    articles, problems = split(read_paths([url]))
    assert problems == []
    assert [a.title for a in articles] == ["Baltic ministers agree on joint cable patrols",
                                           "Envoy recalled after border incident"]
    assert articles[0].source.startswith("https://harbour-post.example/")


def test_feed_served_as_html_is_still_a_feed(site: Site) -> None:
    url = site.add("/latest", ATOM, "text/html")
    articles, problems = split(read_path(url))
    assert problems == [] and len(articles) == 2


def test_html_and_jsonl_urls(site: Site) -> None:
    page = site.add("/world/cable-patrols", PAGE)
    records = site.add("/data/records.jsonl", JSONL, "text/plain; charset=utf-8")
    articles, problems = split(read_paths([page, records]))
    assert problems == []
    html_article, *jsonl_articles = articles
    assert html_article.id == safe_id(page)
    assert html_article.source == page
    assert html_article.text.startswith("Foreign ministers from four Baltic states")
    assert [a.id for a in jsonl_articles] == ["r-1", "r-2"]


def test_http_errors_and_unreachable_hosts_are_problems(site: Site, write: Writer) -> None:
    missing = site.url("/no-such-feed.rss")
    refused = closed_port_url()
    path = write("world.rss", RSS)
    items = list(read_paths([missing, str(path), refused]))
    articles, problems = split(items)
    assert len(articles) == 2
    assert [p.source for p in problems] == [missing, refused]
    assert "HTTP error 404" in str(problems[0])
    assert isinstance(items[0], type(problems[0]))  # order kept: problem, articles, problem


def test_url_over_the_size_limit(site: Site) -> None:
    url = site.add("/huge.rss", RSS, "application/rss+xml")
    (problem,) = list(read_paths([url], max_bytes=200))
    assert isinstance(problem.error, InputTooLargeError) and problem.source == url


def test_empty_response_is_a_problem(site: Site) -> None:
    url = site.add("/empty", b"", "text/plain")
    (problem,) = list(read_paths([url]))
    assert isinstance(problem.error, EmptyInputError)


def test_file_url(write: Writer) -> None:
    path = write("desk/world.rss", RSS)
    url = Path(path).resolve().as_uri()
    articles, problems = split(read_paths([url]))
    assert problems == [] and len(articles) == 2
    (problem,) = list(read_paths([url + ".missing"]))
    assert problem.source == url + ".missing"
    assert url_stem(url) == "world"


def test_fetch_links_reads_the_linked_page(site: Site) -> None:
    link = site.add("/world/cable-patrols", PAGE)
    feed = site.add("/feed.rss", LINKED_FEED.format(link=link, missing=site.url("/missing")),
                    "application/rss+xml")
    articles, problems = split(read_paths([feed], fetch_links=True))
    article = articles[0]
    assert article.id == "hp-48213"
    assert article.title == "Baltic ministers agree on cable patrols"
    assert article.date == "2025-06-18"
    assert article.source == link
    assert article.text.startswith("Foreign ministers from four Baltic states")
    assert "coast guard aircraft" in article.text and "Home" not in article.text
    # the second entry has no text of its own and its link is a 404
    (problem,) = problems
    assert "entry 2 (hp-48214)" in str(problem)


def test_fetch_links_falls_back_to_the_feed_text(site: Site,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    feed = LINKED_FEED.format(link=closed_port_url("/story"), missing=site.url("/missing"))
    articles, _ = split(read_text(feed, fetch_links=True, source="hp.rss"))
    assert articles[0].text == "Ministers met in Tallinn."
    assert "cannot use the linked page" in caplog.text
    assert "keeping the feed text" in caplog.text


def test_fetch_links_refuses_non_html_pages(site: Site,
                                            caplog: pytest.LogCaptureFixture) -> None:
    link = site.add("/story.pdf", b"%PDF-1.4", "application/pdf")
    feed = LINKED_FEED.format(link=link, missing=site.url("/missing"))
    articles, _ = split(read_text(feed, fetch_links=True))
    assert articles[0].text == "Ministers met in Tallinn."
    assert "application/pdf, not HTML" in caplog.text


def test_no_download_without_fetch_links(site: Site) -> None:
    link = site.add("/world/cable-patrols", PAGE)
    feed = LINKED_FEED.format(link=link, missing=site.url("/missing"))
    articles, _ = split(read_text(feed))
    assert articles[0].text == "Ministers met in Tallinn." and site.requests == []


def test_is_url() -> None:
    assert is_url("https://news.example/feed") and is_url("HTTP://news.example/")
    assert is_url("file:///tmp/world.rss")
    assert not is_url("world.rss") and not is_url("ftp://x/y") and not is_url("-")


@pytest.mark.parametrize(
    ("url", "media_type", "head", "expected"),
    [
        ("https://x.example/a", "application/rss+xml", "<rss version='2.0'>", "feed"),
        ("https://x.example/a", "text/html", "<?xml version='1.0'?><rss>", "feed"),
        ("https://x.example/a", "text/html", "<p>Envoys met.</p>", "html"),
        ("https://x.example/a", "application/xhtml+xml", "<?xml version='1.0'?>", "html"),
        ("https://x.example/a.jsonl", "text/plain", '{"text": "x"}', "jsonl"),
        ("https://x.example/a?page=2", None, '{"text": "x"}', "jsonl"),
        ("https://x.example/", "text/plain", "Envoys met on Monday.", "text"),
        ("https://x.example/a.csv", "application/octet-stream", "id,text", "csv"),
        ("https://x.example/feed", "application/xml",
         '<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    ],
)
def test_detect_remote_format(url: str, media_type: str | None, head: str,
                              expected: str) -> None:
    assert detect_remote_format(url, media_type, head) == expected
