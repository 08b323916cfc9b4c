"""Implicit addressees of appeals and demands (full-article coding only).

An appeal or demand often names no addressee: "The envoy for Yemen called for a halt to
the shelling", "he demanded an end to the detentions", "insisting they be undone".
It is addressed to the party the sentence, or else the last sentences, are about. What
someone should do, told to a body, is an appeal to that body."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import COUNTRY_GROUP_NOUNS, Resolver
from .clauses import _obliged
from .sentence_level import _actor_words

# Roots of appeals (02) and demands (10): the acts whose addressee may go unnamed.
APPEAL_ROOTS = ("02", "10")

# Plural nouns for parties that address an appeal ("urged nations", "asked allies").
GROUP_WORDS = COUNTRY_GROUP_NOUNS | {"nation", "country", "government", "ally", "partner"}


def addressed(token: Token, slots: tuple[str, ...], resolver: Resolver) -> bool:
    """An addressee slot of the appeal is filled, by whatever words ("urged other countries
    to send troops", "called on allies to ..."): its addressee is not implicit. A direct
    object is the addressee when an infinitive follows or it names people or a body, not
    what is asked for ("urged an end to the fighting")."""
    infinitive = any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
    for c in token.children:
        if c.dep_ in ("dobj", "dative") and ("dobj" in slots or "to" in slots) and (
                infinitive or _actor_words(c, resolver) or c.lemma_.lower() in GROUP_WORDS):
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ in slots and any(
                g.dep_ in ("pobj", "pcomp") for g in c.children):
            return True
        if c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in
                                                 c.children) and any(
                g.dep_ == "nsubj" and g.pos_ != "PRON" for g in c.children):
            return True  # "requesting Mr. X to adhere": the infinitive's subject is addressed
        if c.dep_ == "ccomp" and "that" in slots and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON" for g in c.children):
            return True  # "demanded that the council act" (not "demanding they be reversed")
    return False


def appeal_target(token: Token, sources: list[Ref], resolver: Resolver) -> list[Ref]:
    """The addressee of an appeal or demand that names none: the one other country the
    sentence names (outside the speaker's own name and title); when the sentence names
    none, the party the last two sentences were about. Nothing when that is ambiguous."""
    own = {s.country for s in sources if s.country}
    if not own or (token.tag_ == "VBN" and not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)):
        # ("Asked about the deal, the spokesperson said": asked, not asking)
        return []
    st = resolver.state
    spans = [(s.start, s.end) for s in sources]
    named = [r for n, refs in st.mentioned if n == st.sentence for r in refs
             if r.country and not any(a <= r.start and r.end <= b for a, b in spans)]
    others = [r for r in named if r.country not in own]
    if others:
        return [others[0]] if len({r.country for r in others}) == 1 else []
    implicit = resolver.implicit_target(own, reach=2)
    return [implicit] if implicit is not None else []


def addressee_appeal(content: list[Token], addressees: list[Ref],
                     resolver: Resolver) -> list[Ref]:
    """ '"The commission should exercise prudence," the ambassador told the U.N. assembly':
    what someone should or must do, told to a body, is an appeal to that body (CAMEO 020),
    when the one who should act is named by words no actor stands for."""
    heads = [h for h in content if _obliged(h) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
        and not resolver.refs_for(c) for c in h.children)]
    if not heads:
        return []
    return [r for r in addressees if r.sector not in ("MED", "CVL")]
