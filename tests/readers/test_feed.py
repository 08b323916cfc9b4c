"""RSS 2.0, Atom and RDF feeds: one article per entry, problems for bad entries and feeds."""

from __future__ import annotations

import pytest

from summitry.errors import EmptyInputError, FormatError
from summitry.readers import read_path, read_paths, read_text
from summitry.readers.feed import local_date, read_feed
from summitry.readers.records import safe_id

from .conftest import Writer, split

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Post: World</title>
  <link>https://harbour-post.example/world</link>
  <description>Diplomacy and world news</description>
  <item>
    <title>Baltic ministers agree on joint cable patrols</title>
    <link>https://harbour-post.example/world/2025/06/baltic-cable-patrols</link>
    <guid isPermaLink="false">harbour-post:world:48213</guid>
    <pubDate>Wed, 18 Jun 2025 08:15:00 +0900</pubDate>
    <dc:creator>Desk reporter</dc:creator>
    <description>Ministers from four Baltic states met in Tallinn.</description>
    <content:encoded><![CDATA[
      <p>Foreign ministers from four Baltic states agreed in Tallinn on Tuesday to patrol
         their undersea cables together.</p>
      <figure><img src="/cable.jpg" alt="A cable ship">
        <figcaption>A repair ship.</figcaption></figure>
      <p>The ministers said the <b>patrols</b> would begin in the autumn &amp; would be
         reviewed after a year.</p>
      <script>trackVisit();</script>
    ]]></content:encoded>
  </item>
  <item>
    <title>Envoy recalled after border incident</title>
    <link>https://harbour-post.example/world/2025/06/envoy-recalled</link>
    <pubDate>Tue, 17 Jun 2025 22:40:00 GMT</pubDate>
    <description>&lt;p&gt;The government recalled its ambassador for consultations on
      Tuesday evening.&lt;/p&gt;&lt;p&gt;A statement called the incident unacceptable.&lt;/p&gt;
    </description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Ridgeline Wire</title>
  <id>tag:ridgeline.example,2025:feed</id>
  <updated>2025-06-19T06:00:00+10:00</updated>
  <entry>
    <title type="html">Pacific leaders &lt;em&gt;sign&lt;/em&gt; fisheries accord</title>
    <id>tag:ridgeline.example,2025:story/7781</id>
    <link rel="alternate" href="https://ridgeline.example/story/7781"/>
    <published>2025-06-19T00:30:00+10:00</published>
    <updated>2025-06-19T05:00:00+10:00</updated>
    <summary>Leaders signed an accord.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>Leaders of six Pacific island states signed a fisheries accord in Suva.</p>
      <p>The accord sets shared quotas for tuna.</p></div></content>
  </entry>
  <entry>
    <title>Talks on the grain corridor resume</title>
    <id>urn:uuid:5d1f0b3e-2c43-4b61-9d0e-7a1f3c2b9e10</id>
    <updated>2025-06-18T23:10:00-05:00</updated>
    <content type="text">Negotiators resumed talks on the grain corridor late on Wednesday.

Officials expect a draft text next week.</content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://capital-ledger.example/rss">
    <title>Capital Ledger</title>
    <link>https://capital-ledger.example/</link>
    <description>Headlines</description>
  </channel>
  <item rdf:about="https://capital-ledger.example/2025/03/trade-envoys">
    <title>Trade envoys open new round in Geneva</title>
    <link>https://capital-ledger.example/2025/03/trade-envoys</link>
    <description>Trade envoys from both blocs opened a new round of talks in Geneva.</description>
    <dc:date>2025-03-01T23:30:00-08:00</dc:date>
  </item>
</rdf:RDF>
"""

NO_TEXT = """<rss version="2.0"><channel><title>Wire</title>
<item><title>Summit ends with joint statement</title><guid>wire-1</guid>
<description>The summit ended with a joint statement on maritime security.</description></item>
<item><title>Photo: delegates arrive</title><guid>wire-2</guid>
<description><![CDATA[<img src="/delegates.jpg">]]></description></item>
</channel></rss>
"""

BROKEN = """<?xml version="1.0"?>
<rss version="2.0">
<channel>
<title>Wire</title>
<item><title>Half an ite
"""


def test_rss_with_content_encoded(write: Writer) -> None:
    path = write("world.rss", RSS)
    articles, problems = split(read_path(path))
    assert problems == []
    first, second = articles
    assert first.title == "Baltic ministers agree on joint cable patrols"
    assert first.date == "2025-06-18"  # 08:15 +0900: still the 17th in UTC
    assert first.id == safe_id("harbour-post:world:48213")
    assert first.source == "https://harbour-post.example/world/2025/06/baltic-cable-patrols"
    paragraphs = first.text.split("\n\n")
    assert paragraphs[0].startswith("Foreign ministers from four Baltic states agreed")
    assert "The ministers said the patrols would begin in the autumn & would be" in first.text
    assert "A repair ship." in paragraphs
    assert "<" not in first.text and "trackVisit" not in first.text
    assert second.id == safe_id("https://harbour-post.example/world/2025/06/envoy-recalled")
    assert second.date == "2025-06-17"
    assert second.text == ("The government recalled its ambassador for consultations on "
                           "Tuesday evening.\n\nA statement called the incident unacceptable.")


def test_atom_dates_keep_their_offset() -> None:
    articles, problems = split(read_text(ATOM))
    assert problems == []
    accord, talks = articles
    assert accord.title == "Pacific leaders sign fisheries accord"
    assert accord.date == "2025-06-19"  # published 00:30 +10:00, 06-18 in UTC
    assert accord.text == ("Leaders of six Pacific island states signed a fisheries accord "
                           "in Suva.\n\nThe accord sets shared quotas for tuna.")
    assert accord.source == "https://ridgeline.example/story/7781"
    assert talks.date == "2025-06-18"  # updated 23:10 -05:00, 06-19 in UTC
    assert talks.source is None  # read_text without a source: no link, no file
    assert talks.text.split("\n\n") == [
        "Negotiators resumed talks on the grain corridor late on Wednesday.",
        "Officials expect a draft text next week."]
    assert talks.id is not None and "/" not in talks.id and ":" not in talks.id


def test_rdf_feed(write: Writer) -> None:
    (article,) = list(read_path(write("ledger.xml", RDF)))
    assert article.title == "Trade envoys open new round in Geneva"
    assert article.date == "2025-03-01"
    assert article.source == "https://capital-ledger.example/2025/03/trade-envoys"
    assert article.text.startswith("Trade envoys from both blocs")


def test_entry_without_text_is_a_problem(write: Writer) -> None:
    path = write("wire.rss", NO_TEXT)
    articles, problems = split(read_path(path))
    assert [a.id for a in articles] == ["wire-1"]
    (problem,) = problems
    assert isinstance(problem.error, EmptyInputError)
    assert problem.source == str(path)
    assert "entry 2 (wire-2)" in str(problem) and "Photo: delegates arrive" in str(problem)


def test_broken_feed_is_one_problem(write: Writer) -> None:
    path = write("broken.rss", BROKEN)
    articles, problems = split(read_path(path))
    assert articles == []
    (problem,) = problems
    assert isinstance(problem.error, FormatError)
    assert problem.source == str(path)
    assert problem.line == 6
    assert "not a readable RSS or Atom feed" in str(problem)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('<rss version="2.0"><channel><title>Quiet day</title></channel></rss>',
         "no entries"),
        ("<?xml version='1.0'?><catalogue><book>Atlas</book></catalogue>",
         "not an RSS or Atom feed"),
    ],
)
def test_empty_or_foreign_xml(content: str, message: str) -> None:
    (problem,) = list(read_feed(content, source="in.rss"))
    assert message in str(problem) and problem.source == "in.rss"


def test_ill_formed_feed_with_entries_is_read_leniently(
        caplog: pytest.LogCaptureFixture) -> None:
    feed = NO_TEXT.replace("maritime security.", "maritime security & trade.")
    articles, problems = split(read_feed(feed, source="wire.rss"))
    assert [a.id for a in articles] == ["wire-1"] and len(problems) == 1
    assert "maritime security & trade." in articles[0].text
    assert "not well-formed" in caplog.text


def test_bytes_with_declared_encoding() -> None:
    data = RDF.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="iso-8859-1"?>')
    data = data.replace("Geneva</title>", "Genève</title>")
    (article,) = list(read_feed(data.encode("iso-8859-1"), source="ledger.rdf"))
    assert article.title == "Trade envoys open new round in Genève"


def test_latin1_feed_file(write: Writer) -> None:
    data = RSS.replace('encoding="utf-8"', 'encoding="iso-8859-1"')
    data = data.replace("Tallinn on", "Tallínn on")
    (first, _) = list(read_path(write("latin.rss", data.encode("iso-8859-1"))))
    assert "Tallínn on Tuesday" in first.text


def test_feed_file_in_the_encoding_it_declares(write: Writer) -> None:
    feed = NO_TEXT.replace("<rss", '<?xml version="1.0" encoding="windows-1251"?>\n<rss', 1)
    feed = feed.replace("Summit ends with joint statement", "Саммит завершился заявлением")
    articles, _ = split(read_path(write("wire.rss", feed.encode("windows-1251"))))
    assert articles[0].title == "Саммит завершился заявлением"


def test_feed_uses_default_date_for_undated_entries() -> None:
    (article, _) = list(read_text(NO_TEXT, date="2025-05-05", fmt="feed"))
    assert article.date == "2025-05-05"


def test_directory_walk_reads_feeds(write: Writer) -> None:
    write("in/world.rss", RSS)
    write("in/wire.atom", ATOM)
    write("in/notes.md", "skipped")
    articles, problems = split(read_paths([str(write("in/world.rss", RSS).parent)]))
    assert problems == []
    assert len(articles) == 4


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Wed, 18 Jun 2025 08:15:00 +0900", "2025-06-18"),
        ("Tue, 17 Jun 2025 23:30:00 -0700", "2025-06-17"),
        ("2025-06-19T00:30:00+10:00", "2025-06-19"),
        ("2025-06-18", "2025-06-18"),
        ("18 Jun 2025 08:15 EST", "2025-06-18"),
        ("sometime in June", None),
        ("2025-02-30T10:00:00Z", None),
    ],
)
def test_local_date(raw: str, expected: str | None) -> None:
    assert local_date(raw) == expected


def test_safe_id() -> None:
    assert safe_id("wire-1") == "wire-1"
    made = safe_id("https://news.example/world/a?b=1")
    assert made.startswith("news.example-world-a-b-1-") and len(made) == 33
    assert safe_id("https://news.example/world/a?b=1") == made  # stable
    assert safe_id("https://news.example/world/a/b=1") != made
    assert len(safe_id("x" * 300)) <= 80
    assert safe_id("???") == safe_id("???") and "?" not in safe_id("???")
