"""The coder's event before enrichment (shared by the coder and its helper modules)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..actors.registry import Ref
from .patterns import Pattern


@dataclass
class RawEvent:
    """An event before enrichment: parties as Refs plus the tokens that coded it."""

    source: Ref
    target: Ref | None
    code: str
    pattern: Pattern
    governor: Pattern | None
    modality: str
    symmetric: bool
    trigger: Token
    sent: Span
    confidence: float
