"""What a speaker says about another party's conduct (CAMEO 111, 112, 120): the party
behind a criticised thing ("an abusive threat from Ruritania"), and the body behind a thing
a party refuses to take part in ("refused to attend a hearing of the court"). Full-article
coding only."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .triggers import NOUN_POS

# Nouns of a proceeding or gathering run by a body: refusing to take part in one rejects
# that body (CAMEO 120).
PROCEEDING_NOUNS = frozenset({
    "hearing", "hearings", "proceedings", "proceeding", "session", "sessions", "inquiry",
    "investigation", "trial", "case", "talks", "meeting", "conference", "summit", "vote",
    "ruling", "process", "mission", "review", "probe",
})
# Verbs of taking part in, or complying with, such a thing.
TAKE_PART_VERBS = frozenset({
    "attend", "join", "participate", "appear", "recognize", "recognise", "accept",
    "cooperate", "comply", "abide", "take",
})


def cue_noun(token: Token) -> Token | None:
    """The thing a criticism cue is said of: the cue noun itself ("Ruritania's
    aggression"), the noun an adjective cue describes ("Ruritanian reckless moves"), or the
    subject of a verb of misconduct ("cheap Ruritanian goods are harming our farms")."""
    if token.pos_ in NOUN_POS:
        return token
    if token.dep_ == "amod":
        return token.head
    if token.pos_ == "VERB":
        return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.pos_ in NOUN_POS), None)
    return None


def cue_owners(token: Token, resolver: Resolver) -> list[Ref]:
    """The parties a criticism cue word is said of: the owner of the thing it names or
    describes, or the party that thing comes from."""
    from .parties import _owner_refs  # (parties reads this module's helpers)

    noun = cue_noun(token)
    if noun is None:
        return []
    return _owner_refs(noun, resolver) or source_refs(noun, resolver)


def source_refs(noun: Token, resolver: Resolver) -> list[Ref]:
    """ "an abusive threat from Ruritania", "interference from abroad": the party a
    criticised thing comes from (the "from" phrase of the noun)."""
    if noun.pos_ not in NOUN_POS or noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return []  # (not "would never talk under threats from Ruritania")
    refs: list[Ref] = []
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i:
            for g in c.children:
                if g.dep_ == "pobj":
                    refs += resolver.refs_for(g)
    return refs


def refused_targets(verb: Token, resolver: Resolver, own: set[str]) -> list[Ref]:
    """ "Ruritania refused to attend a hearing by the tribunal", "declined to join the talks
    of the council": the body that holds the proceeding (its "by"/"of" phrase or owner) is
    the one rejected, when the refusal's own clause names nobody else."""
    out: list[Ref] = []
    for x in verb.children:
        if x.dep_ != "xcomp" or x.lemma_.lower() not in TAKE_PART_VERBS:
            continue
        nouns = [c for c in x.children if c.dep_ == "dobj"]
        nouns += [g for c in x.children if c.dep_ == "prep" and c.lower_ in ("in", "with", "to")
                  for g in c.children if g.dep_ == "pobj"]
        for n in nouns:
            if n.lemma_.lower() not in PROCEEDING_NOUNS and n.lower_ not in PROCEEDING_NOUNS:
                continue
            for c in n.children:
                if c.dep_ == "poss":
                    out += resolver.refs_for(c)
                elif c.dep_ == "prep" and c.lower_ in ("by", "of"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            out += resolver.refs_for(g) or [
                                r for p in g.children if p.dep_ in ("poss", "compound")
                                for r in resolver.refs_for(p)]
    return [r for r in out if r.country and r.country not in own]


# "at risk", "in danger", "in jeopardy": what a warning says another party stands to lose.
RISK_NOUNS = frozenset({"risk", "danger", "jeopardy"})


def risk_targets(verb: Token, resolver: Resolver, own: set[str]) -> list[Ref]:
    """ "warned that Ruritanian bases would be at risk if ...": a warning of consequences
    (CAMEO 130) to the party whose things its that-clause puts at risk."""
    from .parties import _owner_refs  # (parties reads this module's helpers)
    from .threats import warned_clauses

    out: list[Ref] = []
    if any(c.dep_ == "dobj" for c in verb.children):
        return []  # "warned Ruritania that ...": the addressee is the one warned
    for clause in warned_clauses(verb):
        risky = any(c.dep_ == "prep" and c.lower_ in ("at", "in") and any(
            g.dep_ == "pobj" and g.lower_ in RISK_NOUNS for g in c.children)
            for c in clause.children)
        if not risky:
            continue
        for s in clause.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                out += resolver.refs_for(s) or _owner_refs(s, resolver)
    return [r for r in out if r.country and r.country not in own]
