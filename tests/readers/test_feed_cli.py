"""``summitry code`` on feed files, end to end (the model loads once per invocation)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitry.cli import app
from summitry.readers.records import safe_id

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Vistula Courier: Europe</title>
  <link>https://vistula-courier.example/europe</link>
  <description>European diplomacy</description>
  <item>
    <title>Tusk hosts Macron in Warsaw</title>
    <link>https://vistula-courier.example/europe/tusk-macron-warsaw</link>
    <guid isPermaLink="true">https://vistula-courier.example/europe/tusk-macron-warsaw</guid>
    <pubDate>Wed, 02 Jul 2025 00:40:00 +0200</pubDate>
    <content:encoded><![CDATA[
      <p>Polish Prime Minister Donald Tusk met French President Emmanuel Macron in Warsaw
         on Tuesday for talks on defence.</p>
      <p>The two leaders agreed to coordinate their purchases of air defence systems.</p>
    ]]></content:encoded>
  </item>
  <item>
    <title>Merz and Macron meet in Paris</title>
    <link>https://vistula-courier.example/europe/merz-macron-paris</link>
    <guid isPermaLink="false">vc-2025-0630-merz</guid>
    <pubDate>Mon, 30 Jun 2025 18:05:00 +0200</pubDate>
    <description>&lt;p&gt;German Chancellor Friedrich Merz met French President Emmanuel
      Macron in Paris on Monday.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Gallery: the summit in pictures</title>
    <guid isPermaLink="false">vc-2025-0630-gallery</guid>
  </item>
</channel>
</rss>
"""


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    return CliRunner()


def test_code_feed_file(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "europe.rss").write_text(FEED, encoding="utf-8")
    (tmp_path / "europe-copy.dat").write_text(FEED, encoding="utf-8")
    result = runner.invoke(app, ["code", "europe.rss", "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == [
        safe_id("https://vistula-courier.example/europe/tusk-macron-warsaw"),
        "vc-2025-0630-merz"]
    warsaw, paris = docs
    assert warsaw["title"] == "Tusk hosts Macron in Warsaw"
    assert warsaw["date"] == "2025-07-02"  # 00:40 +0200, still 1 July in UTC
    assert warsaw["source"] == "https://vistula-courier.example/europe/tusk-macron-warsaw"
    assert {"donald-tusk", "emmanuel-macron"} <= {a["id"] for a in warsaw["actors"]}
    assert any(e["cameo_root"] == "04" for e in warsaw["events"])
    assert {"friedrich-merz", "emmanuel-macron"} <= {a["id"] for a in paris["actors"]}
    assert "entry 3 (vc-2025-0630-gallery)" in result.stderr
    assert "coded 2 article(s), skipped 1" in result.stderr

    forced = runner.invoke(app, ["code", "europe-copy.dat", "--input-format", "feed",
                                 "-f", "json"])
    assert forced.exit_code == 0, forced.stderr
    assert [d["id"] for d in json.loads(forced.stdout)] == [d["id"] for d in docs]
