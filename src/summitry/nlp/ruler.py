"""An entity ruler built from the knowledge base, placed before ``ner``."""

from __future__ import annotations

from spacy.language import Language

from ..actors.kb import KnowledgeBase


def add_entity_ruler(nlp: Language, kb: KnowledgeBase) -> None:
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={
        "overwrite_ents": True, "validate": False, "phrase_matcher_attr": "ORTH"})
    patterns = []
    for text, label, ent_id in kb.surface_forms():
        patterns.append({"label": label, "pattern": text, "id": ent_id})
        # all-caps headlines and wire slugs: "NORTH KOREA"
        if len(text) > 4 and text.upper() != text:
            patterns.append({"label": label, "pattern": text.upper(), "id": ent_id})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
