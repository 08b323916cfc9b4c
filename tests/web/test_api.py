"""The REST API over a store of the bundled example articles."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from summitry.store import Store

from .conftest import TOKEN


def items(client: TestClient, url: str) -> list[dict[str, Any]]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/meetings", "/api/actors",
                 "/api/actors/{actor_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/quotes", "/api/dyad/{a}/{b}", "/api/network", "/api/search",
                 "/api/code", "/api/ingest"):
        assert path in paths, path
    params = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"since", "until", "country", "with", "actor", "root", "cameo", "quad", "plover",
            "text", "limit", "offset"} <= params
    assert "/" not in paths and "/timeline" not in paths  # pages stay out of the API doc


def test_events_pagination(client: TestClient, store: Store) -> None:
    first = client.get("/api/events?limit=5").json()
    assert first["count"] == 5 and first["has_more"] is True
    assert first["total"] == store.counts()["events"]
    second = client.get("/api/events?limit=5&offset=5").json()
    assert not {r["id"] for r in first["items"]} & {r["id"] for r in second["items"]}
    everything = client.get("/api/events?limit=1000").json()
    assert everything["has_more"] is False and everything["count"] == first["total"]


def test_event_filters(client: TestClient) -> None:
    rows = items(client, "/api/events?country=KOR&with=JPN")
    assert rows and all({r["source_country"], r["target_country"]} == {"KOR", "JPN"}
                        for r in rows)
    assert rows == items(client, "/api/events?country=South%20Korea&counterpart=Japan")
    assert all(r["cameo_root"] in ("03", "06") for r in items(client, "/api/events?root=03,06"))
    assert items(client, "/api/events?root=03&root=06") == items(client, "/api/events?root=03,06")
    assert all(r["cameo"].startswith("057") for r in items(client, "/api/events?cameo=057"))
    assert all(r["quad_class"] == 4 for r in items(client, "/api/events?quad=4"))
    dated = items(client, "/api/events?since=2025-07&until=2025-07-31")
    assert dated and all("2025-07-01" <= (r["date"] or r["first_seen"]) <= "2025-07-31"
                         for r in dated)
    assert items(client, "/api/events?plover=consult")
    modi = items(client, "/api/events?actor=narendra-modi")
    assert modi and all("narendra-modi" in (r["source_actor"], r["target_actor"]) for r in modi)
    reports = items(client, "/api/events?text=memorandum&reports=true")
    assert reports and all("memorandum" in r["evidence"].lower() for r in reports)
    assert all(r["article_id"] for r in reports)


@pytest.mark.parametrize("query, field", [
    ("since=yesterday", "since"), ("until=2025-13", "until"), ("quad=7", "quad"),
    ("cameo=abc", "cameo"), ("root=33", "root"), ("country=Atlantis", "country"),
    ("actor=Nobody%20Atall", "actor"), ("limit=0", "limit"), ("limit=5000", "limit"),
    ("limit=many", "limit"), ("offset=-1", "offset")])
def test_bad_event_filters_are_422_naming_the_parameter(client: TestClient, query: str,
                                                       field: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422
    body = response.json()
    assert body["message"].startswith(field)
    assert body["detail"][0]["loc"][-1] == field


@pytest.mark.parametrize("url", ["/api/meetings?since=soon", "/api/actors?on=today",
                                 "/api/quotes?until=x", "/api/articles?since=2025-02-30",
                                 "/api/dyad/KOR/JPN?since=never", "/api/network?min_count=0",
                                 "/api/search?q=a", "/api/dyad/JPN/Japan"])
def test_bad_parameters_elsewhere_are_422(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 422, response.text
    assert response.json()["message"]


@pytest.mark.parametrize("url", ["/api/articles/99999", "/api/events/99999",
                                 "/api/actors/nobody-at-all", "/api/dyad/XXQ/JPN",
                                 "/api/dyad/KOR/Atlantis", "/api/nothing-here"])
def test_unknown_ids_are_404(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["detail"]


def test_meetings(client: TestClient) -> None:
    rows = items(client, "/api/meetings?leader=narendra-modi")
    assert rows and all(any(p["actor"] == "narendra-modi" for p in r["participants"])
                        for r in rows)
    assert all(r["articles"] for r in rows)
    g20 = items(client, "/api/meetings?occasion=G20")
    assert g20 and all("g20" in r["occasion"].lower() for r in g20)
    pair = items(client, "/api/meetings?country=KOR&with=JPN")
    assert pair and all({"KOR", "JPN"} <= {p["country"] for p in r["participants"]}
                        for r in pair)


def test_actors_and_profile(client: TestClient) -> None:
    people = items(client, "/api/actors?kind=person&name=modi")
    assert any(a["id"] == "narendra-modi" for a in people)
    heads = items(client, "/api/actors?on=2025-08-30&country=JPN")
    assert any(a["id"] == "shigeru-ishiba" for a in heads)
    profile = client.get("/api/actors/narendra-modi").json()
    assert profile["roles"] and profile["meetings"] and profile["quotes"]
    assert any(c["actor"] == "shigeru-ishiba" for c in profile["counterparts"])


def test_article_with_everything_coded(client: TestClient) -> None:
    listed = items(client, "/api/articles?text=Tokyo")
    assert listed and "text" not in listed[0]
    doc = client.get(f"/api/articles/{listed[0]['id']}").json()
    text = doc["text"]
    assert doc["actors"] and doc["events"] and doc["quotes"] and doc["meetings"]
    for event in doc["events"]:
        assert text[event["start"]:event["end"]] == event["evidence"]
        assert event["rule"]
    for quote in doc["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    for actor in doc["actors"]:
        assert all(0 <= s < e <= len(text) for s, e in actor["mentions"])


def test_quotes_and_search(client: TestClient) -> None:
    said = items(client, "/api/quotes?speaker=Modi")
    assert said and all(q["speaker_name"] == "Narendra Modi" for q in said)
    found = client.get("/api/search?q=Ishiba").json()
    assert found["actors"] and found["articles"] and found["events"]


def test_dyad_series_and_network(client: TestClient) -> None:
    body = client.get("/api/dyad/India/United%20Kingdom").json()
    assert (body["a"], body["b"]) == ("IND", "GBR")
    assert body["summary"]["events"] == sum(r["events"] for r in body["series"]) > 0
    assert body["summary"]["mean_goldstein"] > 0
    agreements = client.get("/api/dyad/GBR/IND/agreements").json()["items"]
    assert any(r["cameo"].startswith("057") for r in agreements)
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["a"] in ids and e["b"] in ids and e["a"] < e["b"]
                                for e in net["edges"])
    assert any({e["a"], e["b"]} == {"GBR", "IND"} for e in net["edges"])
    later = client.get("/api/network?since=2025-09").json()
    assert 0 < len(later["edges"]) < len(net["edges"])


def test_code_posted_text(client: TestClient, store: Store) -> None:
    before = store.counts()
    response = client.post("/api/code", json={
        "text": "Japanese Prime Minister Shigeru Ishiba met South Korean President Lee "
                "Jae-myung in Tokyo on Monday. The two leaders agreed to deepen cooperation.",
        "date": "2025-06-17"})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["events"] and doc["actors"]
    assert {"KOR", "JPN"} <= {e["source"]["country"] for e in doc["events"]} | {
        (e["target"] or {}).get("country") for e in doc["events"]}
    assert store.counts() == before  # nothing stored


def test_code_limits(client: TestClient) -> None:
    too_long = client.post("/api/code", json={"text": "Talks. " * 400})
    assert too_long.status_code == 413 and "2000" in too_long.json()["detail"]
    huge = client.post("/api/code", content=b'{"text": "' + b"x" * 200_000 + b'"}',
                       headers={"content-type": "application/json"})
    assert huge.status_code == 413
    assert client.post("/api/code", json={"text": "   "}).status_code == 422
    bad_date = client.post("/api/code", json={"text": "Macron met Merz.", "date": "2025-13-45"})
    assert bad_date.status_code == 422 and "date" in bad_date.json()["detail"]
    assert client.post("/api/code", json={"words": "x"}).status_code == 422


ARTICLE = {"id": "api-1", "date": "2025-10-01", "title": "Carney meets Sheinbaum",
           "text": "Canadian Prime Minister Mark Carney met Mexican President Claudia "
                   "Sheinbaum in Ottawa on Tuesday. The two leaders signed a trade agreement."}


def test_ingest_is_refused_on_a_read_only_server(client: TestClient) -> None:
    response = client.post("/api/ingest", json={"articles": [ARTICLE]},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403 and "read-only" in response.json()["detail"]


def test_ingest_needs_the_token(writable: TestClient) -> None:
    assert writable.post("/api/ingest", json={"articles": [ARTICLE]}).status_code == 401
    wrong = writable.post("/api/ingest", json={"articles": [ARTICLE]},
                          headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert writable.get("/api/articles").json()["count"] == 0


def test_ingest_stores_articles_once(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = writable.post("/api/ingest", json={"articles": [ARTICLE]}, headers=auth).json()
    assert first["stored"] == 1 and first["results"][0]["events_new"] > 0
    again = writable.post("/api/ingest", json={"articles": [ARTICLE]},
                          headers={"X-Summitry-Token": TOKEN}).json()
    assert again["stored"] == 0 and again["duplicates"] == 1
    stored = writable.get("/api/articles").json()["items"]
    assert [a["ext_id"] for a in stored] == ["api-1"]
    assert writable.get("/api/meetings?leader=mark-carney").json()["count"] == 1
    empty = writable.post("/api/ingest", json={"articles": [{"text": " "}]}, headers=auth)
    assert empty.json()["failed"] == 1
    assert writable.post("/api/ingest", json={"articles": []}, headers=auth).status_code == 422


def test_the_network_is_cached_until_articles_are_added(writable: TestClient) -> None:
    empty = writable.get("/api/network")
    assert empty.status_code == 200 and empty.json()["edges"] == []
    assert writable.get("/api/network").json() == empty.json()  # served from the cache
    posted = writable.post("/api/ingest", headers={"Authorization": f"Bearer {TOKEN}"},
                           json={"articles": [{
                               "id": "net-1", "date": "2025-04-30",
                               "text": "Japanese Prime Minister Shigeru Ishiba met Philippine "
                                       "President Ferdinand Marcos Jr. in Manila on Tuesday."}]})
    assert posted.status_code == 200 and posted.json()["stored"] == 1
    edges = writable.get("/api/network").json()["edges"]
    assert [(e["a"], e["b"]) for e in edges] == [("JPN", "PHL")]
    page = writable.get("/network")
    assert page.status_code == 200 and "JPN" in page.text
