"""The NLP stage: spaCy loading, tokenizer fixes, sentence fixes, the entity ruler."""

from .loader import build_nlp

__all__ = ["build_nlp"]
