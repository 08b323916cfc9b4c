"""Modality of a clause from its auxiliaries and negation."""

from __future__ import annotations

from spacy.tokens import Token

from ..coding.vocabulary import FUTURE_AUX, HYPOTHETICAL_AUX, NEGATIONS


BACKGROUND_ADVERBS = frozenset({"last", "previously", "formerly"})


def carrier_verb(token: Token) -> Token:
    """The verb that carries a trigger: the trigger itself, or the verb a noun hangs on."""
    verb = token
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    return verb


def is_background(token: Token) -> bool:
    """ "The two leaders last met in June", "had met in 2019": context, not news
    (the protocol does not code background the article mentions only as context)."""
    verb = carrier_verb(token)
    children = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in children):
        return True
    # past perfect in a main clause ("had met in 2019"); in reported speech ("said Japan
    # had lodged a protest") it is the news itself
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return main and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                               for c in children)


# Verbs that deny the act in their "-ing" complement ("denied backing the rebels").
DENYING_VERBS = frozenset({"deny", "refute", "reject"})


def clause_modality(token: Token) -> str:
    """asserted, planned, hoped or negated, read off the verb that carries ``token``."""
    verb = carrier_verb(token)  # a noun trigger takes the modality of its verb
    children = list(verb.children)
    # "would keep targeting": the auxiliaries of the verbs it is the complement of
    head = verb
    for _ in range(2):
        if head.dep_ != "xcomp":
            break
        head = head.head
        children += [c for c in head.children if c.dep_ in ("aux", "neg")]
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod")
           for c in children):
        return "negated"
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return "negated"
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DENYING_VERBS:
        return "negated"  # "denied backing the rebels": the backing is denied
    aux = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX:
        return "planned"
    if "going" in aux or (verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in children)):
        return "planned"
    if aux & HYPOTHETICAL_AUX:
        return "hoped"
    return "asserted"
