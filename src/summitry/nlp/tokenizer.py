"""Tokenizer fixes for news text."""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# "Korea-U.S.-Japan": split a hyphen that follows an abbreviation's final period
# when a capital letter comes next (spaCy's default only splits letter-hyphen-letter).
EXTRA_INFIXES = (r"(?<=[A-Z]\.)-(?=[A-Z])",)


# Soundbite attribution lines: "Ishiba Shigeru /Japanese Prime Minister", "Lee/ President".
EXTRA_PREFIXES = (r"/(?=[A-Z])",)
EXTRA_SUFFIXES = (r"(?<=[a-z])/",)


def fix_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + list(EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = list(nlp.Defaults.prefixes) + list(EXTRA_PREFIXES)
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = list(nlp.Defaults.suffixes) + list(EXTRA_SUFFIXES)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
