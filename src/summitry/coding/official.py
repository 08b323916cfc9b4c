"""A state that "protests" something complains officially (both scopes).

"Ruritania protests Osterlich's border fence": a government does not march; its protest
is a formal complaint (CAMEO 114), while people and groups who protest demonstrate (14)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver

OFFICIAL_COMPLAINT = "114"


def official_protest(token: Token, code: str, sources: list[Ref], resolver: Resolver) -> str:
    """114 for a demonstration code (140) whose doers are all states or their governments
    and whose verb has a direct object ("protests the visit"), else ``code``."""
    if code != "140" or token.pos_ != "VERB" or not sources or not any(
            c.dep_ == "dobj" for c in token.children):
        return code
    for s in sources:
        entry = resolver.reg.get(s.actor)
        if entry is None or entry.kind != "state" or s.sector not in (None, "GOV"):
            return code
    return OFFICIAL_COMPLAINT
