"""Warnings of turning elsewhere (full-article coding).

"Ruritania warned it could turn to Borduria for its jets": the party named in the clause is
the alternative the speaker would go to, not the party warned. The threat (CAMEO 13) is
aimed at the party the article is about, the one whose refusal prompts it."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .clauses import _own_clause

# Verbs of going over to another supplier or partner ("turn to", "look to", "switch to").
TURN_VERBS = frozenset({"turn", "look", "switch", "shift", "pivot"})


def alternative_target(token: Token, sources: list[Ref], targets: list[Ref],
                       resolver: Resolver) -> list[Ref] | None:
    """The party warned when a warning says the speaker could turn to another party (the
    addressee when named, else the party the article is about); None when the warning is
    not of that shape."""
    if not _own_clause(token, sources, resolver):
        return None
    addressed = any(c.dep_ == "dobj" for c in token.children)
    own = {s.country for s in sources if s.country}
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if clause.lemma_.lower() not in TURN_VERBS:
            continue
        turned = [r for p in clause.children if p.dep_ == "prep" and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj" for t in o.subtree
                  for r in resolver.refs_for(t, expand_conj=False) if r.country]
        if not turned:
            continue
        if addressed:
            return [t for t in targets if all(t.country != r.country for r in turned)]
        implicit = resolver.implicit_target(own | {r.country for r in turned if r.country},
                                            reach=3)
        return [implicit] if implicit is not None else []
    return None


def warned_clauses(verb: Token) -> list[Token]:
    """The that-clauses a warning verb reports. "..., with Ruritania warning that its bases
    are at risk": the parser often hangs the clause on the main verb instead of on the
    warning set into "with"; a clause after the warning that opens with "that" is taken."""
    own = [c for c in verb.children if c.dep_ == "ccomp"]
    if own or verb.dep_ != "pcomp" or verb.head.lower_ != "with":
        return own
    main = verb.head.head
    return [c for c in main.children if c.dep_ == "ccomp" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i for m in c.children)]
