"""Office holders of 1990-2014 (people/leaders_1990_2014_*.yaml) resolve by the article's date."""

from __future__ import annotations

from summitry import Document, Pipeline
from summitry.actors.kb import KnowledgeBase
from tests.helpers import coded


def person(doc: Document, pid: str):  # type: ignore[no-untyped-def]
    return next((a for a in doc.actors if a.id == pid), None)


def test_surnames_resolve_to_leaders_in_office_on_the_date(pipeline: Pipeline) -> None:
    assert ("FRA", "DEU", "04") in coded(pipeline, "Sarkozy met Merkel in Berlin.", "2010-03-15",
                                         digits=2)
    assert ("GBR", "USA", "04") in coded(pipeline, "Blair met Clinton at the White House.",
                                         "1998-02-05", digits=2)
    doc = pipeline.code("Mubarak hosted Olmert in Sharm el-Sheikh.", date="2007-06-25")
    assert person(doc, "hosni-mubarak").country == "EGY"
    assert person(doc, "ehud-olmert").country == "ISR"


def test_a_bare_surname_outside_any_term_is_nobody(pipeline: Pipeline) -> None:
    # 1985: before Sarkozy's presidency, so the bare surname names no known person
    doc = pipeline.code("Sarkozy met Merkel in Berlin.", date="1985-06-01")
    assert person(doc, "nicolas-sarkozy") is None


def test_full_name_of_a_former_leader_keeps_his_country(pipeline: Pipeline) -> None:
    doc = pipeline.code("Former Brazilian President Fernando Henrique Cardoso criticized "
                        "Venezuela on Tuesday.", date="2018-04-10")
    cardoso = person(doc, "fernando-henrique-cardoso")
    assert cardoso is not None and cardoso.country == "BRA"


def test_earlier_roles_added_to_people_of_other_files(pipeline: Pipeline) -> None:
    doc = pipeline.code("Putin met Schroeder in Moscow.", date="2003-04-11")
    assert person(doc, "vladimir-putin").country == "RUS"
    assert person(doc, "gerhard-schroder").country == "DEU"
    assert ("RUS", "DEU", "04") in coded(pipeline, "Putin met Schroeder in Moscow.",
                                         "2003-04-11", digits=2)
    kb = KnowledgeBase.load()
    lula = kb.people["luiz-inacio-lula-da-silva"]
    assert lula.role_on("2008-05-01").country == "BRA"  # type: ignore[union-attr]


def test_shared_surname_goes_to_whoever_holds_office_on_the_date(pipeline: Pipeline) -> None:
    # Paul Martin (Canada, 2003-2006) and Micheál Martin (Ireland, in office in 2025)
    early = pipeline.code("Martin travelled to Mexico City for talks.", date="2004-09-20")
    late = pipeline.code("Martin travelled to Mexico City for talks.", date="2025-09-20")
    assert person(early, "paul-martin") is not None
    assert person(late, "micheal-martin") is not None and person(late, "paul-martin") is None
    # Gustavo Noboa (2000-2003) and the current president Daniel Noboa
    doc = pipeline.code("Noboa criticized Colombia.", date="2024-03-01")
    assert person(doc, "gustavo-noboa") is None
    assert ("ECU", "COL", "11") in coded(pipeline, "Noboa criticized Colombia.", "2024-03-01",
                                         digits=2)


def test_common_words_are_not_surnames_alone(pipeline: Pipeline) -> None:
    doc = pipeline.code("Ministers met in the Hague and discussed the Horn of Africa.",
                        date="2012-05-02")
    assert person(doc, "william-hague") is None
    assert person(doc, "gyula-horn") is None
    kb = KnowledgeBase.load()
    assert kb.people_by_surname("Hague")  # still known as his surname once named in full
