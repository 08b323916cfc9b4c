"""Parse repairs: a clause the parser reads as one noun phrase gets its verb back."""

from __future__ import annotations

from summitry import Pipeline
from summitry.coding.repairs import speaker_conjunct, verb_between_names
from tests.helpers import coded

DATE = "2025-05-20"
HOSTED = "Late last month, Trump hosted Ramaphosa at Mar-a-Lago for trade talks."


def test_verb_between_two_names_is_the_clause_verb(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(HOSTED)
    sent = next(iter(doc.sents))
    verb_between_names(sent)
    hosted = next(t for t in sent if t.text == "hosted")
    assert hosted.dep_ == "ROOT"
    assert {(c.text, c.dep_) for c in hosted.children} >= {("Trump", "nsubj"),
                                                           ("Ramaphosa", "dobj")}
    assert next(t for t in sent if t.text == "at").head == hosted


def test_repaired_clause_is_coded_in_both_scopes(pipeline: Pipeline,
                                                 pipeline_all: Pipeline) -> None:
    assert ("USA", "ZAF", "043") in coded(pipeline, HOSTED, DATE)
    assert ("USA", "ZAF", "043") in coded(pipeline_all, HOSTED, DATE)


def test_well_parsed_and_hyphenated_phrases_are_left_alone(pipeline: Pipeline) -> None:
    for text in ("Macron received Scholz in Paris on Monday.",
                 "The Russia-backed Assad stayed in Damascus."):
        doc = pipeline.nlp(text)
        before = [(t.dep_, t.head.i) for t in doc]
        for sent in doc.sents:
            verb_between_names(sent)
        assert [(t.dep_, t.head.i) for t in doc] == before


def test_appeal_conjoined_to_what_was_said_is_the_speakers(pipeline: Pipeline) -> None:
    text = ("Japan's foreign ministry said Russia's patrols only raised tensions and urged "
            "Moscow to show restraint.")
    assert ("JPN", "RUS", "020") in coded(pipeline, text, DATE)


def test_conjunct_with_its_own_subject_stays_in_the_clause(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Officials said the rebels seized the town and they warned residents "
                       "to leave.")
    warned = next(t for t in doc if t.text == "warned")
    head_before = warned.head.i
    assert speaker_conjunct(warned) is None
    assert warned.head.i == head_before


def test_repairs_apply_at_sentence_level_too(pipeline_all: Pipeline) -> None:
    text = ("Japan's foreign ministry said Russia's patrols only raised tensions and urged "
            "Moscow to show restraint.")
    assert ("JPN", "RUS", "020") in coded(pipeline_all, text, DATE)


def test_possessive_names_around_the_verb(pipeline: Pipeline) -> None:
    text = "Chile's Boric hosted Peru's Boluarte in Santiago for the first time."
    doc = pipeline.nlp(text)
    sent = next(iter(doc.sents))
    verb_between_names(sent)
    hosted = next(t for t in sent if t.text == "hosted")
    heads = {t.text: (t.dep_, t.head.text) for t in sent}
    assert hosted.dep_ == "ROOT"
    assert heads["Boric"] == ("nsubj", "hosted") and heads["Chile"][1] == "Boric"
    assert heads["Boluarte"] == ("dobj", "hosted")
    assert ("CHL", "PER", "043") in coded(pipeline, text, "2023-05-10")
