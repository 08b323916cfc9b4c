"""A pre-parser component that fixes sentence boundaries.

Transcripts put stray periods inside sentences ("Korea-U.S.-Japan. cooperation"):
a lower-case word right after a period does not start a sentence. Paragraph
breaks always start one. A run of more tokens than ``max_tokens`` with no
boundary (a 5,000-word "sentence") is cut into pieces the parser can handle.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


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
            if run >= self.max_tokens and not token.is_punct:
                token.is_sent_start = True
                doc.user_data["summitry_split_sentences"] = \
                    doc.user_data.get("summitry_split_sentences", 0) + 1
                run = 0
        return doc


@Language.factory("summitry_sentence_fix", default_config={"max_tokens": 400})
def make_sentence_fix(nlp: Language, name: str, max_tokens: int) -> SentenceFix:
    return SentenceFix(max_tokens)
