"""Acts a speaker says another party must do (sentence-level coding, scope "all").

'"The junta must free the prisoners," the envoy said' reports no release: the envoy
demands one. An act under "must", "should" or "ought to" in the clause a speech verb
reports is the speaker's appeal (CAMEO 02) to the party that is to act, not that party's
act; the speaker's own obligations ("we must act") stay as they are.

"Ruritania will answer any attack": an act named with "any" is only supposed, and is not
coded as one that happened (`supposed_act`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..enrich.modality import carrier_verb
from .clauses import _obliged
from .triggers import Trigger

APPEAL_CODE = "020"


def obliged_party(trig: Trigger, gov: Trigger | None) -> Token | None:
    """The subject of an obliged act ``trig`` reported by the speech verb ``gov``, when
    that subject is someone other than the speaker ("said Ruritania must withdraw")."""
    if gov is None or gov.pattern.kind != "speech":
        return None
    verb = carrier_verb(trig.token)
    if verb.pos_ != "VERB" or not _obliged(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].pos_ == "PRON":
        return None  # "we must act", "it should be done": no other party named
    speakers = {c.i for c in gov.token.children if c.dep_ == "nsubj"}
    if subjects[0].i in speakers:
        return None
    return subjects[0]


# Determiners that make a noun act a supposition ("any attack", "any future strike").
SUPPOSING = frozenset({"any", "whatever", "whichever"})


def supposed_act(token: Token) -> bool:
    """Whether the noun trigger ``token`` names an act only supposed ("any attack")."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in SUPPOSING
                                        for c in token.children)
