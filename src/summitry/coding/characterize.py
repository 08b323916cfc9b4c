"""Parties characterised with a complement: "called X one of the worst", "decried the
vote as interference", "described the donation as a gesture of friendship".

A verb that characterises a party is criticism (111), an accusation (112) or praise (051)
of that party, by the words of the complement (CAMEO 111/112/051); a claim called
baseless is rejected (120); a verb that is an act of its own ("decried", "dismissed")
keeps its own code.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .clauses import _complement, _negated_word
from .parties import _act_refs, _owner_refs, _subject_refs
from .patterns import Pattern
from .triggers import Trigger
from .vocabulary import (
    ACCUSE_CUES,
    CHARACTERIZE_VERBS,
    CLAIM_NOUNS,
    DISAPPROVE_CUES,
    PRAISE_CUES,
    REJECT_CUES,
)

# The pattern such acts are coded under (its code is replaced by the complement's).
CHARACTERIZE = Pattern(id="statement.characterize", code="010", verbs=tuple(
    sorted(CHARACTERIZE_VERBS)), target=("dobj",), confidence=0.5, file="coder",
    note="characterising a party: 112/111 for accusing or critical words, 051 for praise")


def characterizations(sent: Span, resolver: Resolver, triggers: list[Trigger],
                      done: set[int]) -> list[tuple[Token, str, list[Ref]]]:
    """(verb, code, targets) for each characterising verb of the sentence whose own act
    was not coded already (``done``: token indices of coded triggers)."""
    out: list[tuple[Token, str, list[Ref]]] = []
    by_token = {t.token.i: t for t in triggers}
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in CHARACTERIZE_VERBS \
                or token.i in done:
            continue
        found = _complement(token)
        if found is None:
            continue
        obj, comp = found
        skip = {t.i for t in token.head.subtree} if comp == token.head.head else set()
        words = {w for t in comp.subtree if t.i not in skip and not _negated_word(t)
                 for w in (t.lemma_.lower(), t.lower_)}
        cue = ("112" if words & ACCUSE_CUES else "111" if words & DISAPPROVE_CUES
               else "051" if words & PRAISE_CUES else None)
        if cue in ("111", "112", None) and obj.lemma_.lower() in CLAIM_NOUNS | {
                "comment", "remark"} and words & REJECT_CUES:
            cue = "120"  # "called the ministry's assertions baseless": rejects them
        trig = by_token.get(token.i)
        if trig is not None and trig.pattern.kind == "event" and trig.pattern.code \
                and not trig.pattern.code.startswith("01"):
            cue = trig.pattern.code  # "decried X as ...", "dismissed X as ...": its own act
        if cue is None:
            continue
        own = {r.country for r in _subject_refs(token, resolver) if r.country}
        targets = [r for r in (resolver.refs_for(obj) or _owner_refs(obj, resolver)
                               or _act_refs(token, resolver, own)) if r.country]
        if targets:
            out.append((token, cue, targets))
    return out
