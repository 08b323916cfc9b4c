"""Phrasal verbs: prepositions and objects that the parser hangs on a verb's particle
("pulled out of the talks", "pushed back against the plan", "wound down the offensive"), and
the talks, agreements or help such a phrase names, whose own phrase names the other party."""

from __future__ import annotations

from spacy.tokens import Token

# Particles that the parser often makes the head of the preposition after them.
PHRASAL_PARTICLES = frozenset({"out", "away", "off", "back", "down", "along", "up", "in"})

# Paths a "down" or "up" leads along when it is a plain preposition ("ran down the field").
PATH_NOUNS = frozenset({"field", "street", "streets", "road", "hill", "stairs", "steps", "river",
                        "path", "lane", "slope", "mountain", "aisle", "corridor", "pitch",
                        "track", "ladder", "runway", "ramp", "line", "coast", "valley"})

# Things left, joined or taken up that name the other party in their own phrase
# ("pulled out of talks with X", "withdrew from a pact with Y", "came to the aid of Z").
PARTNERED_THINGS = frozenset({"talks", "talk", "negotiations", "negotiation", "dialogue",
                              "deal", "agreement", "treaty", "accord", "pact", "process",
                              "alliance", "arrangement", "partnership", "truce", "ceasefire",
                              "defence", "defense", "aid", "rescue", "assistance"})

# Prepositions that lead to such a thing: on the verb itself, or on a phrasal verb or its
# particle ("went along with the deal").
DIRECT_PREPS = ("from", "on", "to")
PARTICLE_PREPS = ("of", "from", "with", "to", "on")


def particle_preps(token: Token) -> list[Token]:
    """Prepositions under the verb's particle: "of" in "pulled out of the talks"."""
    return [g for c in token.children
            if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in PHRASAL_PARTICLES
            for g in c.children if g.dep_ == "prep"]


def left_things(token: Token) -> list[Token]:
    """The talks or agreement a verb leaves, joins or settles ("pulled out of the talks",
    "withdrew from the pact", "signed up to the accord", "went along with the deal"): where
    that thing's partner is named."""
    phrasal = any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in PHRASAL_PARTICLES
                  for c in token.children)
    preps = [c for c in token.children if c.dep_ == "prep" and (
        c.lower_ in DIRECT_PREPS or (phrasal and c.lower_ in PARTICLE_PREPS))]
    preps += [p for p in particle_preps(token) if p.lower_ in PARTICLE_PREPS]
    return [g for p in preps for g in p.children
            if g.dep_ == "pobj" and (g.lower_ in PARTNERED_THINGS
                                     or g.lemma_.lower() in PARTNERED_THINGS)]


def particle_hosts(token: Token) -> list[Token]:
    """The verb's particles that carry a preposition ("back" in "pushed back against X"):
    where a target phrase may hang."""
    return [c for c in token.children
            if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in PHRASAL_PARTICLES
            and any(g.dep_ == "prep" for g in c.children)]


def path_preposition(particle: Token) -> bool:
    """The word is a plain preposition with its own object, not the particle of a phrasal
    verb: movement along a path ("backed down the field"), or "in" before a noun ("given
    the changes in the law")."""
    return particle.dep_ == "prep" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in PATH_NOUNS or particle.lower_ == "in")
        for g in particle.children)


def particle_objects(token: Token) -> list[Token]:
    """The verb's object when the parser hung it on the particle ("wound down the offensive"
    read as "down" and its object)."""
    return [g for c in token.children
            if c.dep_ == "prt" and (c.lower_ in PHRASAL_PARTICLES or c.lower_ == "over")
            for g in c.children if g.dep_ == "pobj"]
