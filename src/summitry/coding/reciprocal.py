"""Reciprocal and joint acts: "A and B accused each other", "each side blamed the other",
"A and B agreed to withdraw their troops".

The object of such an act is its subjects themselves, each acting on the others, so the
act is one event from every party to every other (not a symmetric event: each accusation
has its own author). The object words alone do not name anybody, which left these acts
with no target at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref

# the object's slots: "accused each other", "hurled insults at one another"
OBJECT_DEPS = ("dobj", "dative")


def reciprocal(token: Token) -> bool:
    """Whether the act of ``token`` is aimed back at its own subjects."""
    each_subject = any(c.dep_ in ("nsubj", "nsubjpass") and any(
        d.dep_ == "det" and d.lower_ == "each" for d in c.children) for c in token.children)
    for obj in _objects(token):
        dets = {d.lower_ for d in obj.children if d.dep_ == "det"}
        if obj.lower_ == "other" and ("each" in dets or ("the" in dets and each_subject)):
            return True
        if obj.lower_ == "one" and "another" in dets:
            return True
        if obj.lower_ == "another" and obj.i > 0 and obj.doc[obj.i - 1].lower_ == "one":
            return True
    return False


def reciprocal_pairs(sources: list[Ref]) -> list[tuple[Ref, Ref]]:
    """Every party with every other, each way; nothing when fewer than two parties."""
    seen: dict[str, Ref] = {}
    for ref in sources:
        seen.setdefault(ref.country or ref.actor, ref)
    parties = list(seen.values())
    return [(a, b) for a in parties for b in parties if a is not b]


def joint_pairs(sources: list[Ref]) -> list[tuple[Ref, Ref]]:
    """The first party with each other one (an act the parties agreed on together, as the
    protocol pairs the focal actor with each other participant); nothing for one party."""
    seen: dict[str, Ref] = {}
    for ref in sources:
        if ref.country:
            seen.setdefault(ref.country, ref)
    parties = list(seen.values())
    return [(parties[0], b) for b in parties[1:]]


def _objects(token: Token) -> list[Token]:
    found = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    for prep in (c for c in token.children if c.dep_ == "prep"):
        found += [c for c in prep.children if c.dep_ == "pobj"]
    return found
