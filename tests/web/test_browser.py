"""The dashboard in headless Chromium (Debian's, via Playwright), over a live server.

Each test loads a page, uses its filters and links, checks what appears, and saves a
full-page screenshot under tests/artifacts/. The ``page`` fixture fails a test on any
script error, console error or dialog (an ``alert`` from injected markup would be one).
"""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import shot

pytestmark = pytest.mark.slow


def test_home_and_navigation(page: Any) -> None:
    page.goto("/")
    assert page.locator("#counts").inner_text().count("articles") == 1
    assert page.locator("#latest-meetings tbody tr").count() >= 5
    assert page.locator("#top-dyads tbody tr").count() == 10
    shot(page, "home")
    page.click("header nav >> text=Timeline")
    page.wait_for_url("**/timeline")
    assert page.locator("h1").inner_text() == "Summit timeline"


def test_timeline_filters(page: Any) -> None:
    page.goto("/timeline")
    everything = page.locator("#timeline-table tbody tr").count()
    assert everything >= 9
    assert page.locator("#timeline-chart circle.dot").count() == everything
    shot(page, "timeline")
    page.select_option("#f-leader", "narendra-modi")
    page.click("#timeline-filters button[type=submit]")
    page.wait_for_url("**leader=narendra-modi**")
    rows = page.locator("#timeline-table tbody tr")
    assert 0 < rows.count() < everything
    for i in range(rows.count()):
        assert "Narendra Modi" in rows.nth(i).inner_text()
    assert "matching the filters" in page.locator("#result-count").inner_text()
    shot(page, "timeline-modi")
    page.goto("/timeline")
    page.fill("#f-occasion", "G20")
    page.fill("input[name=since]", "2024")
    page.fill("input[name=until]", "2024-12")
    page.click("#timeline-filters button[type=submit]")
    page.wait_for_url("**occasion=G20**")
    g20 = page.locator("#timeline-table tbody tr")
    assert g20.count() >= 1 and all("G20" in g20.nth(i).inner_text() for i in range(g20.count()))
    page.goto("/timeline")
    page.fill("input.table-filter", "Sheinbaum")  # filter the rows in place
    visible = page.locator("#timeline-table tbody tr:visible")
    assert visible.count() == 1 and "Mark Carney" in visible.first.inner_text()
    page.select_option("#f-country", "KOR")
    page.click("#timeline-filters button[type=submit]")
    page.wait_for_url("**country=KOR**")
    assert "Cho Hyun" in page.locator("#timeline-table").inner_text()


def test_network(page: Any) -> None:
    page.goto("/network")
    nodes = page.locator("#network g.node")
    edges = page.locator("#network line.edge")
    all_nodes = nodes.count()
    assert all_nodes >= 20 and edges.count() == page.locator(
        "#network-edges tbody tr").count()
    colours = {edges.nth(i).get_attribute("stroke") for i in range(edges.count())}
    assert len(colours) > 3  # coloured by mean Goldstein
    shot(page, "network")
    page.click("#network g.node[data-id=IND]")
    panel = page.locator("#network-panel")
    assert panel.is_visible() and "India" in panel.inner_text()
    assert "Japan" in panel.inner_text()
    rows = page.locator("#network-edges tbody tr:visible")
    assert rows.count() >= 3 and all("India" in rows.nth(i).inner_text()
                                     for i in range(rows.count()))
    assert page.locator("#network line.edge.dim").count() > 0
    shot(page, "network-india")
    page.fill("input[name=since]", "2025-09")
    page.click("#network-filters button[type=submit]")
    page.wait_for_url("**since=2025-09**")
    assert 0 < page.locator("#network g.node").count() < all_nodes
    later = page.locator("#network-edges tbody tr").count()
    assert 0 < later < 30
    page.click("#network-edges tbody tr >> nth=0 >> a")
    page.wait_for_url("**/dyad/**")
    assert "since=2025-09" in page.url
    assert page.locator("#dyad-summary").is_visible()


def test_leader_page(page: Any) -> None:
    page.goto("/leaders/narendra-modi")
    assert page.locator("#actor-name").inner_text() == "Narendra Modi"
    assert "Prime Minister" in page.locator("#roles").inner_text()
    assert page.locator("#roles-chart rect.role-bar").count() >= 1
    assert page.locator("#leader-meetings tbody tr").count() >= 2
    assert page.locator("#quotes li").count() >= 1
    counterparts = page.locator("#counterparts").inner_text()
    assert "Shigeru Ishiba" in counterparts and "Anthony Albanese" in counterparts
    shot(page, "leader-modi")
    page.click("#counterparts >> text=Shigeru Ishiba")
    page.wait_for_url("**/leaders/shigeru-ishiba")
    assert page.locator("#actor-name").inner_text() == "Shigeru Ishiba"


def test_country_pair_page(page: Any) -> None:
    page.goto("/dyad")
    page.fill("input[name=a]", "United Kingdom")
    page.fill("input[name=b]", "IND")
    page.click("#dyad-form button[type=submit]")
    page.wait_for_url("**/dyad/United%20Kingdom/IND**")
    assert page.locator("#dyad-title").inner_text() == "United Kingdom – India"
    assert page.locator("#dyad-chart rect.bar").count() >= 1
    assert float(page.locator("#coop-score").inner_text()) > 0
    assert "057" in page.locator("#dyad-agreements").inner_text()
    assert page.locator("#dyad-meetings tbody tr").count() >= 1
    shot(page, "dyad-gbr-ind")
    page.fill("input[name=since]", "2026")
    page.click("#dyad-filters button[type=submit]")
    page.wait_for_url("**since=2026**")
    assert page.locator("#no-series").is_visible()


def test_article_page_highlights(page: Any) -> None:
    page.goto("/articles?text=Tokyo")
    page.click("#articles >> text=Modi and Ishiba agree chip partnership in Tokyo")
    page.wait_for_url("**/articles/*")
    text = page.locator("#article-text")
    for kind in ("actor", "event", "quote"):
        assert text.locator(f"span.hl-{kind}").count() > 0, kind
    assert page.locator("#article-events tbody tr").count() >= 5
    assert "consult" in page.locator("#article-events").inner_text()  # the rule column
    shot(page, "article")
    page.uncheck("input[data-toggle=actor]")
    assert "hide-actor" in (text.get_attribute("class") or "")
    page.check("input[data-toggle=actor]")
    assert "hide-actor" not in (text.get_attribute("class") or "")
    page.click("#article-events tbody tr >> nth=0 >> td >> nth=0")
    assert text.locator("span.focus").count() >= 1
    shot(page, "article-focus")


def test_article_markup_never_runs(page: Any, xss_id: int) -> None:
    page.goto(f"/articles/{xss_id}")
    body = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in body and "<b>an agreement</b>" in body
    assert "<img src=x onerror=alert(2)>" in body
    assert page.locator("#article-text script, #article-text b, #article-text img").count() == 0
    assert "<b>meets</b>" in page.locator("#article-title").inner_text()
    shot(page, "article-markup")
    assert not page.problems  # no alert() dialog, no script error


def test_search(page: Any) -> None:
    page.goto("/")
    page.fill("header form.quick input[name=q]", "Ishiba")
    page.press("header form.quick input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Ishiba")
    assert "Shigeru Ishiba" in page.locator("#search-actors").inner_text()
    assert page.locator("#search-articles li a").count() >= 1
    assert page.locator("#search-events tbody tr").count() >= 1
    shot(page, "search")
    page.click("#search-actors >> text=Shigeru Ishiba")
    page.wait_for_url("**/leaders/shigeru-ishiba")


def test_code_this_text(page: Any) -> None:
    page.goto("/code")
    page.fill("#code-text", "Japanese Prime Minister Shigeru Ishiba met South Korean "
                            "President Lee Jae-myung in Tokyo on Monday. The two leaders "
                            "agreed to deepen cooperation. <script>alert(9)</script>")
    page.fill("input[name=date]", "2025-06-17")
    page.click("#code-submit")
    page.wait_for_selector("#code-result")
    assert page.locator("#code-events tbody tr").count() >= 1
    assert page.locator("#article-text span.hl-actor").count() >= 2
    assert "<script>alert(9)</script>" in page.locator("#article-text").inner_text()
    shot(page, "code")


def test_error_page(page: Any) -> None:
    response = page.goto("/articles/99999")
    assert response.status == 404
    assert "no article with id 99999" in page.locator("#error-message").inner_text()
    page.problems.clear()  # the browser logs the 404 itself
    response = page.goto("/timeline?since=someday")
    assert response.status == 422
    assert "since" in page.locator("#error-message").inner_text()
    page.problems.clear()
    shot(page, "error")


def test_api_docs_page(page: Any) -> None:
    page.goto("/docs")
    assert "GET /api/events" in page.locator("#endpoints").inner_text()
    page.click("text=/openapi.json")
    assert "openapi" in page.content()
