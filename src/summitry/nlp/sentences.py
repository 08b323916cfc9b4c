"""A pre-parser component that fixes sentence boundaries.

Transcripts put stray periods inside sentences ("Korea-U.S.-Japan. cooperation"):
a lower-case word right after a period does not start a sentence. Paragraph
breaks always start one. A dotted abbreviation ends its sentence when the next word can
only open a new one ("... into the U.S. The talks ...", "... against the U.N. Wong said
..."): the tokenizer keeps the period inside "U.S.", so the parser sees no boundary. A run of more tokens than ``max_tokens`` with no
boundary (a 5,000-word "sentence") is cut into pieces the parser can handle.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


class SentenceFix:
    def __init__(self, max_tokens: int) -> None:
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        run = 0
        for token in doc[1:]:
            prev = doc[token.i - 1]
            run += 1
            if "\n\n" in prev.whitespace_ or (prev.is_space and "\n\n" in prev.text):
                token.is_sent_start = True
                run = 0
            elif prev.text == "." and token.is_lower and token.is_alpha:
                token.is_sent_start = False
            elif prev.text in (".", "!", "?", ";"):
                run = 0
            elif _ends_with_abbreviation(doc, token):
                token.is_sent_start = True
                run = 0
            if run >= self.max_tokens and not token.is_punct:
                token.is_sent_start = True
                doc.user_data["summitry_split_sentences"] = \
                    doc.user_data.get("summitry_split_sentences", 0) + 1
                run = 0
        return doc


# Capitalised words of these parts of speech never continue a name ("U.S. The", "U.N. In").
OPENER_TAGS = frozenset({"DT", "CC", "PRP", "PRP$", "IN", "WRB", "WDT", "WP", "EX", "RB"})
# Nouns that go on a dotted country or body's name ("the U.S. Congress passed ...").
NAME_NOUNS = frozenset({
    "congress", "senate", "house", "army", "navy", "marines", "government", "administration",
    "embassy", "mission", "military", "forces", "command", "treasury", "department",
    "court", "president", "secretary", "envoy", "ambassador", "official", "officials",
    "troops", "delegation", "council", "assembly", "agency", "office", "team", "officers",
    "police", "authorities"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _ends_with_abbreviation(doc: Doc, token: Token) -> bool:
    """``token`` opens a sentence after a dotted abbreviation that ends the last one: a
    capitalised word of a closed class ("U.S. But ..."), or a name right after "the U.S."
    that is itself followed by its verb ("into the U.S. Kim sent ...")."""
    prev = doc[token.i - 1]
    if not (len(prev.text) > 2 and prev.text.endswith(".") and prev.text.count(".") >= 2
            and prev.text.replace(".", "").isupper()):
        return False
    if not token.text[:1].isupper() or not token.is_alpha:
        return False
    if token.tag_ in OPENER_TAGS:
        return True
    if token.tag_ != "NNP" or token.lower_ in NAME_NOUNS or token.i + 1 >= len(doc):
        return False
    if token.i < 3 or doc[token.i - 2].lower_ != "the" or doc[token.i - 3].tag_ != "IN":
        return False
    return doc[token.i + 1].tag_ in FINITE_TAGS


@Language.factory("summitry_sentence_fix", default_config={"max_tokens": 400})
def make_sentence_fix(nlp: Language, name: str, max_tokens: int) -> SentenceFix:
    return SentenceFix(max_tokens)
