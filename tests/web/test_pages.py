"""The dashboard pages as HTML: they render, they escape, they fail clearly."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

PAGES = ["/", "/timeline", "/timeline?leader=narendra-modi&since=2025", "/timeline?occasion=G20",
         "/network", "/network?since=2025-07&until=2025-09", "/leaders/narendra-modi",
         "/actors/JPN", "/dyad", "/dyad/KOR/JPN", "/dyad/GBR/IND?since=2025", "/articles",
         "/articles?text=Tokyo", "/articles/1", "/search", "/search?q=Tokyo", "/code", "/docs"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert "summitry" in html
    # nothing loaded from elsewhere, and no inline scripts
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert re.findall(r"<script[^>]*>", html) in (
        ['<script src="/static/app.js" defer>'],
        ['<script src="/static/app.js" defer>',
         '<script type="application/json" id="network-data">'])
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_static_files_are_served(client: TestClient) -> None:
    for name in ("app.js", "style.css", "favicon.svg"):
        assert client.get(f"/static/{name}").status_code == 200


def test_article_markup_is_shown_as_text(client: TestClient, xss_id: int) -> None:
    html = client.get(f"/articles/{xss_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<script>alert" not in html and "<b>an agreement" not in html
    assert "<img src=x" not in html and "<b>meets" not in html
    assert "Macron &lt;b&gt;meets&lt;/b&gt; Merz" in html  # the title too
    # the highlighted text still has its actor spans
    assert 'class="hl-actor' in html or 'hl-actor"' in html


def test_markup_is_escaped_in_search_and_lists(client: TestClient) -> None:
    for url in ("/search?q=alert", "/articles", "/", "/timeline", "/leaders/emmanuel-macron"):
        text = client.get(url).text
        assert "<script>alert" not in text and "<b>meets" not in text
    data = client.get("/api/articles?text=alert")  # data stays data, never sniffed as HTML
    assert data.headers["content-type"] == "application/json"
    assert data.headers["x-content-type-options"] == "nosniff"


def test_article_page_highlights_from_offsets(client: TestClient) -> None:
    html = client.get("/articles/12").text
    for kind in ("actor", "event", "quote"):
        assert f"hl-{kind}" in html
    assert 'data-refs="actor:narendra-modi' in html
    assert html.count('<tr data-ref="event:') >= 5


def test_timeline_filters(client: TestClient) -> None:
    html = client.get("/timeline?leader=narendra-modi").text
    assert "Shigeru Ishiba" in html and "Claudia Sheinbaum" not in html.split("<table")[1]
    assert '<option value="narendra-modi" selected>' in html


def test_dyad_page_shows_agreements(client: TestClient) -> None:
    html = client.get("/dyad/GBR/IND").text
    assert "United Kingdom – India" in html
    assert 'id="dyad-agreements"' in html and "<code>057</code>" in html
    assert 'id="dyad-chart"' in html


def test_dyad_form_redirects(client: TestClient) -> None:
    response = client.get("/dyad?a=KOR&b=Japan&since=2025", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/dyad/KOR/Japan?since=2025"


@pytest.mark.parametrize("url, status, words", [
    ("/articles/99999", 404, "no article"), ("/leaders/nobody-at-all", 404, "no actor"),
    ("/dyad/KOR/Atlantis", 404, "unknown country"), ("/nowhere", 404, "Not Found"),
    ("/timeline?since=someday", 422, "since"), ("/network?until=2025-99", 422, "until"),
    ("/articles/abc", 422, "article_id"), ("/search?q=x", 422, "at least 2")])
def test_error_pages(client: TestClient, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert words in response.text


def test_code_page(client: TestClient) -> None:
    text = ("Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba "
            "in Tokyo. <script>alert(3)</script>")
    response = client.post("/code", data={"text": text, "date": "2025-08-29", "title": ""})
    assert response.status_code == 200
    html = response.text
    assert 'id="code-result"' in html and "hl-actor" in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html and "<script>alert" not in html
    too_long = client.post("/code", data={"text": "Talks. " * 400})
    assert too_long.status_code == 413 and "at most 2000" in too_long.text
    bad = client.post("/code", data={"text": "Macron met Merz.", "date": "tomorrow"})
    assert bad.status_code == 422 and 'id="error-message"' in bad.text
