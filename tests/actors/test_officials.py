"""Officials news quotes most, 2015-2026 (people/officials_2015_2026.yaml), resolve by date."""

from __future__ import annotations

from summitry import Document, Pipeline
from summitry.actors.kb import KnowledgeBase
from tests.helpers import coded


def person(doc: Document, pid: str):  # type: ignore[no-untyped-def]
    return next((a for a in doc.actors if a.id == pid), None)


def test_un_ambassador_surname_alone_resolves_to_the_country(pipeline: Pipeline) -> None:
    doc = pipeline.code("Churkin accused Ukraine of shelling civilian districts.",
                        date="2016-05-12")
    churkin = person(doc, "vitaly-churkin")
    assert churkin is not None and churkin.country == "RUS"
    assert ("RUS", "UKR", "11") in coded(
        pipeline, "Churkin accused Ukraine of shelling civilian districts.", "2016-05-12",
        digits=2)
    # after his death in 2017 the bare surname names nobody
    later = pipeline.code("Churkin accused Ukraine of shelling civilian districts.",
                          date="2019-05-12")
    assert person(later, "vitaly-churkin") is None


def test_un_ambassadors_by_full_name(pipeline: Pipeline) -> None:
    doc = pipeline.code("Indian envoy Syed Akbaruddin criticized Pakistan at the United "
                        "Nations.", date="2019-03-01")
    assert person(doc, "syed-akbaruddin").country == "IND"
    assert ("IND", "PAK", "11") in coded(
        pipeline, "Syed Akbaruddin criticized Pakistan at the United Nations.", "2019-03-01",
        digits=2)


def test_spokesperson_statement_is_coded_for_the_country(pipeline: Pipeline) -> None:
    text = "Baghaei condemned Israel over the strike on the port."
    assert ("IRN", "ISR", "11") in coded(pipeline, text, "2025-02-10", digits=2)
    text = "Seibert said Germany welcomed the agreement with France."
    doc = pipeline.code(text, date="2018-06-20")
    assert person(doc, "steffen-seibert").country == "DEU"


def test_intelligence_chief_and_security_adviser(pipeline: Pipeline) -> None:
    doc = pipeline.code("Naryshkin accused Britain of staging provocations.",
                        date="2023-04-03")
    assert person(doc, "sergei-naryshkin").country == "RUS"
    doc = pipeline.code("Doval met Wang Yi in Beijing.", date="2019-12-21")
    assert person(doc, "ajit-doval").country == "IND"


def test_head_of_state_keeps_a_surname_shared_with_an_official(pipeline: Pipeline) -> None:
    # Finland's President Sauli Niinistö and its defence minister Jussi Niinistö (2015-2019)
    doc = pipeline.code("Niinisto met Macron in Paris.", date="2017-08-30")
    assert person(doc, "sauli-niinisto") is not None
    assert person(doc, "jussi-niinisto") is None
    # named in full, the minister is the minister
    doc = pipeline.code("Defence Minister Jussi Niinisto visited Estonia.", date="2017-08-30")
    assert person(doc, "jussi-niinisto") is not None
    # North Korea's UN ambassador Kim Song does not take Kim Jong Un's bare surname
    doc = pipeline.code("Kim warned South Korea against the drills.", date="2022-08-20")
    assert person(doc, "kim-jong-un") is not None and person(doc, "kim-song") is None


def test_chinese_officials_are_named_by_family_name(pipeline: Pipeline) -> None:
    kb = KnowledgeBase.load()
    assert kb.people["lu-kang"].surname == "Lu"
    assert kb.people["zhang-jun"].surname == "Zhang"
    # "Kang" alone is South Korea's foreign minister, not China's spokesman Lu Kang
    doc = pipeline.code("Kang met Pompeo in Washington.", date="2018-11-14")
    assert person(doc, "lu-kang") is None
    assert person(doc, "kang-kyung-wha") is not None


def test_word_surnames_are_not_matched_alone(pipeline: Pipeline) -> None:
    doc = pipeline.code("Power shortages hit Lebanon as coats sold out.", date="2016-01-10")
    assert person(doc, "samantha-power") is None
    doc = pipeline.code("U.S. Ambassador Samantha Power criticized Russia.", date="2016-01-10")
    assert person(doc, "samantha-power").country == "USA"
