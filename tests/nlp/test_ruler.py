"""The knowledge-base entity ruler (summitry.nlp.ruler)."""

from __future__ import annotations

import spacy

from summitry import Pipeline
from summitry.nlp.ruler import RULER_NAME, KbEntityRuler


def test_knowledge_base_forms_become_entities_with_ids(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("South Korean President Lee Jae-myung flew to NORTH KOREA's rival Japan.")
    ents = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Japan", "GPE", "country:JPN") in ents
    assert ("NORTH KOREA", "GPE", "country:PRK") in ents
    assert any(e.text == "South Korean" and e.ent_id_ == "adj:KOR" for e in doc.ents)


def test_longest_match_wins_and_replaces_overlaps() -> None:
    nlp = spacy.blank("en")
    ruler = KbEntityRuler(nlp)
    ruler.add([("New York", "GPE", "place:1"), ("New York Times", "ORG", "org:nyt"),
               ("York", "GPE", "place:2")])
    doc = ruler(nlp.make_doc("She wrote for the New York Times in New York."))
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("New York Times", "ORG", "org:nyt"), ("New York", "GPE", "place:1")]


def test_the_ruler_sits_before_ner(pipeline: Pipeline) -> None:
    names = pipeline.nlp.pipe_names
    assert names.index(RULER_NAME) < names.index("ner")
