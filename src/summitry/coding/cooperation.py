"""Cooperative acts whose other party is not in the act's own slots (full-article coding).

"Chile offered to rebuild schools in Haiti": an offer (CAMEO 030) made to the party the
offered act names. "Norway's envoy took part in a
session of the U.N. Human Rights Council": a meeting (040) with the body that holds it,
named after "of", or for "the session" the one body the last sentences named."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver

# Verbs that say a party takes part in a meeting (its object, or its "in" phrase).
ATTEND_VERBS = frozenset({"attend", "participate", "join"})


def offer_targets(token: Token, sources: list[Ref], resolver: Resolver) -> list[Ref]:
    """Whom an offer with nothing coded inside ("offered to shelter refugees from Chad") is
    made to: a party named in the offered act's clause. Not the party the last sentences
    were about: an offer to take in people is made to whoever holds them, not to the
    country they were sent to."""
    acts = [c for c in token.children if c.pos_ == "VERB" and (c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)))]
    if not acts:
        return []  # "proposed a plan": the plan is the thing offered, named elsewhere
    own = {s.country for s in sources if s.country}
    for c in acts:
        found = [r for t in c.subtree if t.dep_ in ("dobj", "pobj", "dative")
                 for r in resolver.refs_for(t) if r.country and r.country not in own]
        if found:
            return found[:1]
    return []


def attended_meeting(token: Token, resolver: Resolver) -> tuple[list[Ref], list[Ref]] | None:
    """Who takes part in a meeting noun and the body holding it: "X's envoy attended a
    meeting of the Council", "participated in the session". None when the noun is not
    the object of a verb of taking part, or no body is found."""
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "in":
        verb = verb.head
        if not (verb.lemma_ in ("participate", "join") or (verb.lemma_ == "take" and any(
                c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))):
            return None
    elif token.dep_ != "dobj" or verb.lemma_ not in ATTEND_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    sources = [r for s in subjects for r in resolver.refs_for(s)]
    if not sources:
        return None
    own = {s.actor for s in sources}
    bodies = [r for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj" for r in resolver.refs_for(g)]
    if not bodies and any(c.lower_ == "the" for c in token.children):
        bodies = _recent_body(resolver, own)
    bodies = [b for b in bodies if b.actor not in own and _is_body(b, resolver)]
    return (sources, bodies) if bodies else None


def _is_body(ref: Ref, resolver: Resolver) -> bool:
    entry = resolver.reg.get(ref.actor)
    return entry is not None and entry.kind == "igo"


def _recent_body(resolver: Resolver, own: set[str]) -> list[Ref]:
    """The one formal body the last two sentences named ("the meeting" it held)."""
    st = resolver.state
    named = [r for n, refs in st.mentioned if st.sentence - 2 <= n < st.sentence
             for r in refs if r.actor not in own and _is_body(r, resolver)]
    return named[-1:] if len({r.actor for r in named}) == 1 else []
