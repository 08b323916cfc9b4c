"""An entity ruler built from the knowledge base, placed before ``ner``.

spaCy's own ``entity_ruler`` keeps every phrase pattern as a parsed ``Doc`` besides its
matcher: for the 30,000 surface forms of the knowledge base that is about 200 MB held for
nothing. This ruler keeps only the phrase matcher (token hashes) and a table from match
key to (label, entity id), and sets entities the way ``entity_ruler`` does with
``overwrite_ents``: the longest match first, then the earliest; a match replaces any
entity it overlaps.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..actors.kb import KnowledgeBase

RULER_NAME = "summitry_entity_ruler"


class KbEntityRuler:
    """Phrase patterns of the knowledge base, matched on the exact token text (ORTH)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, str]] = {}  # match key -> (label, entity id)

    def add(self, forms: Iterable[tuple[str, str, str]]) -> None:
        """Add (text, label, entity id) phrase patterns; the pattern docs are not kept."""
        by_key: dict[str, list[str]] = {}
        for text, label, ent_id in forms:
            by_key.setdefault(f"{label}\x1f{ent_id}", []).append(text)
        for key, texts in by_key.items():
            label, ent_id = key.split("\x1f", 1)
            self.keys[self.nlp.vocab.strings.add(key)] = (label, ent_id)
            self.matcher.add(key, list(self.nlp.tokenizer.pipe(texts)))

    def __call__(self, doc: Doc) -> Doc:
        matches = {(m, s, e) for m, s, e in self.matcher(doc) if s != e}
        entities = list(doc.ents)
        new: list[Span] = []
        seen: set[int] = set()
        for key, start, end in sorted(matches, key=lambda m: (m[2] - m[1], -m[1]),
                                      reverse=True):
            if start in seen or end - 1 in seen:
                continue
            label, ent_id = self.keys[key]
            new.append(Span(doc, start, end, label=label, span_id=ent_id))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new
        return doc


@Language.factory(RULER_NAME)
def make_kb_entity_ruler(nlp: Language, name: str) -> KbEntityRuler:
    return KbEntityRuler(nlp)


def add_entity_ruler(nlp: Language, kb: KnowledgeBase) -> None:
    ruler = nlp.add_pipe(RULER_NAME, before="ner")
    forms: list[tuple[str, str, str]] = []
    for text, label, ent_id in kb.surface_forms():
        forms.append((text, label, ent_id))
        # all-caps headlines and wire slugs: "NORTH KOREA"
        if len(text) > 4 and text.upper() != text:
            forms.append((text.upper(), label, ent_id))
    ruler.add(forms)
