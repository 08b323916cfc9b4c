"""Match pattern-dictionary entries to tokens of a parsed sentence."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .patterns import Pattern, PatternSet
from .phrasal import particle_objects, particle_preps, path_preposition
from .vocabulary import LIGHT_VERBS

VERB_POS = {"VERB"}
GENERIC_HEADS = {"process", "efforts", "effort", "initiative", "mechanism", "framework", "track",
                 "channel", "format", "programme", "program", "campaign", "operation"}
NOUN_POS = {"NOUN", "PROPN"}
# How far up the tree a trigger looks for the verb that governs it.
MAX_CLIMB = 5
GOVERNOR_PREPS = {"to", "on", "for", "upon", "about", "of", "against"}
GOVERNOR_EDGES = {"xcomp", "ccomp", "conj", "dobj", "pobj", "prep", "pcomp", "attr", "oprd",
                  "csubj"}


@dataclass
class Trigger:
    token: Token
    pattern: Pattern
    governor: Trigger | None = None
    consumed: bool = False  # the trigger word is part of another pattern's object



def match_token(token: Token, patterns: PatternSet) -> Pattern | None:
    """The most specific pattern whose word and constraints fit ``token``."""
    if token.pos_ in VERB_POS or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
        table = patterns.by_verb
        keys = (token.lemma_.lower(), token.lower_, *_stems(token.lower_))
        if any(c.dep_ == "prt" for c in token.children) and keys[0] not in keys[1:]:
            keys = keys[:1]  # an irregular phrasal verb's lemma ("wound down" is "wind")
    elif (token.pos_ in NOUN_POS and (token.dep_ != "compound"
                                      or token.head.lemma_.lower() in GENERIC_HEADS)) or (
            token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT", "conj")):
        # a trigger noun names the act even before a generic head ("the dialogue process")
        table = patterns.by_noun  # "remains concerned about", "is optimistic about"
        keys = (token.lower_, token.lemma_.lower())
    else:
        return None
    for key in keys:
        for pattern in table.get(key, ()):
            if _fits(token, pattern):
                return pattern
    return None


def _stems(word: str) -> tuple[str, ...]:
    """Plain de-inflections, for when the lemmatizer errs ("hopes" -> "hop")."""
    out: list[str] = []
    for suffix, repl in (("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"),
                         ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: len(word) - len(suffix)] + repl)
    return tuple(out)


def _fits(token: Token, p: Pattern) -> bool:
    children = list(token.children)
    if p.particle and not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == p.particle
                              and not path_preposition(c) for c in children):
        return False
    # the preposition follows the verb ("called on X"; not "On Wednesday, X called ...")
    if p.prep and not any(c.dep_ in ("prep", "prt", "agent") and c.lower_ == p.prep
                          and c.i > token.i for c in [*children, *particle_preps(token)]):
        return False
    for prep, lemmas in p.prep_object.items():
        if not any(c.dep_ in ("prep", "agent") and c.lower_ == prep and any(
                g.dep_ == "pobj" and (g.lemma_.lower() in lemmas or g.lower_ in lemmas)
                for g in c.children) for c in _prep_hosts(token)):
            return False
    if p.object:
        # ("gave Kenya 30 days to ...": the parser may read a period as npadvmod)
        objs = [c for c in children if c.dep_ in ("dobj", "nsubjpass", "attr", "npadvmod")]
        objs += particle_objects(token)  # "wound down the offensive" read as down + pobj
        if not any(_lemma_in(o, p.object) or any(_lemma_in(c, p.object) for c in o.conjuncts)
                   for o in objs):
            return False
    if p.compound and not any(c.dep_ in ("compound", "amod", "nmod") and _lemma_in(c, p.compound)
                              for c in children):
        return False
    if not p.passive_ok and any(c.dep_ == "auxpass" for c in children):
        return False
    return True


def _prep_hosts(token: Token) -> list[Token]:
    """The preposition's attachment may be the trigger or its object."""
    hosts = [token]
    hosts += [c for c in token.children if c.dep_ in ("dobj",)]
    # "pulled out of the talks": the preposition hangs on the particle
    return [c for h in hosts for c in h.children] + particle_preps(token)


def _lemma_in(token: Token, words: tuple[str, ...]) -> bool:
    return token.lemma_.lower() in words or token.lower_ in words


def find_triggers(sent: Span, patterns: PatternSet) -> list[Trigger]:
    """Every trigger in the sentence, with governors linked and consumed words marked."""
    found: dict[int, Trigger] = {}
    for token in sent:
        pattern = match_token(token, patterns)
        if pattern is not None:
            found[token.i] = Trigger(token, pattern)
    for trig in found.values():
        # "strengthen cooperation": the object word is part of the verb's pattern
        if trig.pattern.object:
            for c in [*trig.token.children, *particle_objects(trig.token)]:
                if c.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
                    for t in (c, *c.conjuncts):
                        if t.i in found and found[t.i].pattern.kind == "event" \
                                and found[t.i].pattern.specificity == 0:
                            found[t.i].consumed = True
        # "a round of talks": the word inside the pattern's prepositional object is its part
        for prep, words in trig.pattern.prep_object.items():
            for c in [*trig.token.children, *particle_preps(trig.token)]:
                if c.dep_ == "prep" and c.lower_ == prep:
                    for g in c.children:
                        if g.i in found and _lemma_in(g, words):
                            found[g.i].consumed = True
                        if trig.pattern.code == "051" and _lemma_in(g, words):
                            _consume_inside(g, found)  # "agreed with X's plan for a truce"
        trig.governor = _governor(trig, found)
    return sorted(found.values(), key=lambda t: t.token.i)


def _consume_inside(thing: Token, found: dict[int, Trigger]) -> None:
    """The acts a proposal someone endorses names ("a plan for a truce") are that proposal's
    content, not events of their own."""
    for t in thing.subtree:
        if t is not thing and t.i in found and found[t.i].pattern.kind == "event" \
                and t.pos_ in NOUN_POS:
            found[t.i].consumed = True


def _governor(trig: Trigger, found: dict[int, Trigger]) -> Trigger | None:
    token = trig.token
    for _ in range(MAX_CLIMB):
        if token.dep_ not in GOVERNOR_EDGES or token.head is token:
            return None
        if token.dep_ == "prep" and token.lower_ not in GOVERNOR_PREPS:
            return None  # "At his meeting with X, they agreed": an adjunct, not a complement
        head = token.head
        other = found.get(head.i)
        if token.dep_ == "conj":
            # a coordinated verb is a sibling, not a governor: "called on X ... and pledged
            # to Y" -- share the sibling's governor instead
            token = head
            continue
        if other is not None and other is not trig:
            if other.pattern.kind != "event":
                return other
            if other.pattern.object and _lemma_in(trig.token, other.pattern.object):
                token = head
                continue
            if token.dep_ == "conj":  # "agreed to strengthen X and to resume Y"
                token = head
                continue
            return None
        if head.pos_ in VERB_POS and head.lemma_.lower() not in LIGHT_VERBS \
                and token.dep_ in ("dobj", "pobj", "attr"):
            return None
        token = head
    return None


def clause_verb(token: Token) -> Token:
    """The verb a trigger's clause hangs on ("held" for "held talks")."""
    t = token
    for _ in range(MAX_CLIMB):
        if t.pos_ in VERB_POS or t.dep_ == "ROOT":
            return t
        if t.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass", "conj", "appos", "oprd",
                      "npadvmod", "nsubj"):
            t = t.head
            continue
        return t
    return t
