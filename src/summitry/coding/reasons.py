"""Whom a protest is aimed at when only its reason names them (full-article coding).

"Japan lodged a protest after Chinese ships entered its waters", "Poland recalled its
envoy following Russia's missile strike": a protest, criticism, rejection, threat or cut
in relations with no addressee is aimed at the party whose act gave the reason, named as
the subject of an "after"/"because" clause or as the actor of a "after"/"over"/"following"
act noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .parties import _adjective_country, _owner_refs
from .triggers import NOUN_POS

# Roots of acts that answer another party's act: disapprove, reject, threaten, protest,
# cutting diplomatic ties (not trade measures, which trade.py aims).
ANSWER_ROOTS = ("11", "12", "13", "14", "161")
REASON_MARKS = frozenset({"after", "because", "as", "since", "when"})
REASON_PREPS = frozenset({"after", "over", "following", "because"})


def reason_targets(token: Token, own: set[str], resolver: Resolver) -> list[Ref]:
    """The other party named in the reason for the act of ``token`` (its verb's, when the
    trigger is a noun carried by a verb)."""
    hosts = [token]
    if token.pos_ in NOUN_POS and token.head.pos_ == "VERB":
        hosts.append(token.head)  # "lodged a protest after ..."
    # "recalled its ambassador following ...": the phrase hung on the object
    hosts += [c for h in list(hosts) for c in h.children if c.dep_ == "dobj"]
    for host in hosts:
        for c in host.children:
            refs: list[Ref] = []
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in REASON_MARKS
                                         for m in c.children):
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        refs += _phrase_refs(s, resolver)
            elif c.dep_ == "prep" and c.lower_ in REASON_PREPS:
                for g in c.children:
                    if g.dep_ in ("pobj", "dobj") and g.pos_ in NOUN_POS:  # ("following" read as a verb)
                        refs += _owner_refs(g, resolver)
                    elif g.dep_ == "pcomp":  # "after Chinese ships entered ..."
                        for s in g.children:
                            if s.dep_ in ("nsubj", "nsubjpass"):
                                refs += _phrase_refs(s, resolver)
            foreign = [r for r in refs if r.country and r.country not in own
                       and r.via not in ("pronoun", "group")]
            if foreign:
                return foreign[:1]
    return []


def _phrase_refs(subject: Token, resolver: Resolver) -> list[Ref]:
    """The parties a subject phrase names, down to its modifiers ("Chinese coast guard
    ships": China), the head first."""
    refs = resolver.refs_for(subject) or _owner_refs(subject, resolver)
    if refs:
        return refs
    return [r for t in subject.subtree if t.i < subject.i
            for r in (resolver.refs_for(t, expand_conj=False) or _adjective_country(t, resolver))]
