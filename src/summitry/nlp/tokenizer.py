"""Tokenizer fixes for news text."""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

# "Korea-U.S.-Japan": split a hyphen that follows an abbreviation's final period
# when a capital letter comes next (spaCy's default only splits letter-hyphen-letter).
EXTRA_INFIXES = (r"(?<=[A-Z]\.)-(?=[A-Z])",)


def fix_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
