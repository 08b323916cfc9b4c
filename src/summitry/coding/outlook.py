"""Outlook statements: what a speaker expects of relations or an outcome with another party
(CAMEO 013 optimistic comment, 012 pessimistic comment), and statements that are no
event at all (full-article coding only).

"The minister said Ruritania was close to a rapprochement with Borduria" (013 toward
Borduria), "a trade war with Borduria would hurt us more than it helps" (012), "he hopes
a truce between A and B could come soon" (013 toward A), "the general said he expects Y to
fire a missile" (012 toward Y). The outlook words are data (the tables below); the party
is the other party the reported clause names, in any of its phrases, not only its
subject or object (places named with "in", "at" ... do not count).

Guards: a denied cue ("no hope", "not possible") turns optimism into pessimism; a remark
on another country's domestic affairs ("X has a government under pressure at home")
names no counterpart; an audience of reporters is nobody's addressee; a statement
made in a clause dated to an earlier year ("If you recall, in 1990 ... said") is a
recollection.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .clauses import _negated_word
from .parties import _content_reading, _dedupe, _subject_refs
from .triggers import NOUN_POS, Trigger

# Words that make a reported clause an optimistic remark (013), by lemma or form.
OPTIMISTIC_WORDS = frozenset({
    "hope", "hopeful", "hopefully", "optimistic", "optimism", "possible", "rapprochement",
    "reset", "normalization", "normalisation", "normalize", "normalise", "thaw",
    "reconciliation", "realign", "realigning",
})
# Words that make it a pessimistic remark (012).
PESSIMISTIC_WORDS = frozenset({
    "impossible", "unfortunately", "harm", "pessimistic", "pessimism", "unlikely",
    "hopeless", "doubtful", "sadly", "regrettably",
})
# Adjectives whose "to" complement is an outcome near at hand: "close to a deal".
NEAR_ADJECTIVES = frozenset({"close", "closer", "near", "nearer"})
# Modal verbs of what can be: "we can have full relations by spring" (with a relation noun).
ABILITY_AUX = frozenset({"can", "could"})
# Nouns of relations or of an outcome between parties.
RELATION_NOUNS = frozenset({
    "relation", "relations", "tie", "ties", "relationship", "page", "rapprochement", "reset",
    "truce", "ceasefire", "peace", "deal", "agreement", "accord", "dispute", "war", "talks",
    "cooperation", "partnership", "contribution", "contributions", "normalization",
    "reconciliation", "settlement",
})
# Acts expected of another party that make the expectation a pessimistic one.
HOSTILE_WORDS = frozenset({
    "launch", "attack", "strike", "invade", "invasion", "missile", "test", "escalate",
    "provocation", "retaliate", "war", "bomb", "fire", "shoot",
})
# Words that place a clause's topic inside the country it names: its domestic affairs.
DOMESTIC_WORDS = frozenset({"home", "domestic", "domestically", "internal", "internally"})
# Addressees that are an audience, not a party ("told reporters in X").
AUDIENCE_NOUNS = frozenset({"reporter", "reporters", "journalist", "journalists", "press",
                            "media", "audience", "crowd", "crowds", "supporters"})
# Verbs of a hope or an expectation held by the speaker.
OUTLOOK_VERBS = frozenset({"hope", "expect"})


def _words(tokens: list[Token]) -> set[str]:
    return {w for t in tokens if not _negated_word(t) for w in (t.lemma_.lower(), t.lower_)}


def outlook_cue(tokens: list[Token]) -> str | None:
    """The outlook a clause states: "013", "012" or None."""
    words = _words(tokens)
    denied = {w for t in tokens if _negated_word(t) for w in (t.lemma_.lower(), t.lower_)}
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    if words & PESSIMISTIC_WORDS or denied & OPTIMISTIC_WORDS:
        return "012"  # "unfortunately", "not possible", "no hope"
    if words & OPTIMISTIC_WORDS:
        return "013"
    for t in tokens:
        if t.lower_ in NEAR_ADJECTIVES and t.pos_ == "ADJ" and not _negated_word(t) and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
            return "013"  # "was close to an agreement with X"
        if t.lower_ in ABILITY_AUX and t.dep_ == "aux" and not _negated_word(t.head) and \
                t.head.lemma_.lower() in ("have", "make", "open", "turn") and any(
                    c.lemma_.lower() in RELATION_NOUNS for c in t.head.subtree):
            return "013"  # "we can have full relations", "can make contributions"
    if "expect" in lemmas and lemmas & HOSTILE_WORDS:
        return "012"
    return None


def _outlook_parties(heads: list[Token], resolver: Resolver, own: set[str]) -> list[Ref]:
    """The other parties a clause names anywhere but in a place phrase; names with a
    nationality only as a word for a body ("the administration") do not count."""
    out: list[Ref] = []
    seen: set[int] = set()
    for h in heads:
        for t in h.subtree:
            m = resolver.mention_at(t)
            if m is None or id(m) in seen or m.kind in ("adjective", "place", "title"):
                continue
            seen.add(id(m))
            head = t.doc[m.head] if m.head >= 0 else t
            x = head
            while x.dep_ in ("conj", "appos", "compound") and x.head is not x:
                x = x.head
            if x.dep_ == "pobj" and x.head.lower_ in ("in", "at", "across", "throughout",
                                                       "inside", "near", "around", "from"):
                continue
            ref = resolver.resolve_mention(m)
            if ref is not None and ref.country and ref.country not in own and ref.via not in (
                    "pronoun", "group", "agent") and ref.sector != "CVL":
                out.append(ref)
    return _dedupe(out)


def _cue_parties(tokens: list[Token], resolver: Resolver, own: set[str]) -> list[Ref]:
    """The party an outlook noun names itself: "its Borduria rapprochement", "a reset
    with X" (before the other names of the clause)."""
    out: list[Ref] = []
    cues = [t for t in tokens if t.lemma_.lower() in OPTIMISTIC_WORDS | PESSIMISTIC_WORDS]
    for t in cues + [t for t in tokens if t.lemma_.lower() in RELATION_NOUNS]:
        if t.pos_ not in NOUN_POS:
            continue
        near = [*t.children, *(t.head.children if t.dep_ == "compound" else [])]
        for c in near:  # ("its Egyptian rapprochement efforts": the phrase's head)
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c is not t:
                out += resolver.refs_for(c)
            elif c.dep_ == "prep" and c.lower_ in ("with", "between"):
                out += [r for p in c.children if p.dep_ == "pobj" for r in resolver.refs_for(p)]
    return _dedupe([r for r in out if r.country and r.country not in own
                    and r.via not in ("pronoun", "group", "agent") and r.sector != "CVL"])


def _domestic(tokens: list[Token]) -> bool:
    """ "X has a government under siege at home", "Y's internal politics": a remark on the
    affairs inside the country named."""
    return any(t.lower_ in DOMESTIC_WORDS and not (t.lower_ == "home" and t.head.lower_ in (
        "return", "go", "come", "back")) for t in tokens)


# What people pay: a clause whose subject is one of these reports a cost, not a party's act.
PRICE_NOUNS = frozenset({"bill", "price", "cost", "fare", "premium", "rent"})


def _price_remark(heads: list[Token]) -> bool:
    """ "Dutch gas bills would rise by 40 euros a month": what a cost does, told with no
    cue (the country named is where the cost falls, not an addressee)."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in PRICE_NOUNS
               for h in heads for c in h.children)


def outlook_reading(heads: list[Token], resolver: Resolver,
                    own: set[str]) -> tuple[str | None, list[Ref]]:
    """What a reported clause says and about whom (``_content_reading``), with outlook
    remarks (012/013) about relations or an outcome with another party, and no party for
    a remark on another country's domestic affairs."""
    cue, about = _content_reading(heads, resolver, own)
    tokens = [t for h in heads for t in h.subtree]
    if cue is None:
        mood = outlook_cue(tokens)
        if mood is not None:
            parties = _cue_parties(tokens, resolver, own) or _outlook_parties(heads, resolver, own)
            if not parties and any(t.lower_ == "bilateral" for t in tokens):
                # "ties can still be reset": the party the article is about
                implicit = resolver.implicit_target(own, reach=2)
                parties = [implicit] if implicit is not None else []
            if parties:
                return mood, parties[:1]
        elif about and (_domestic(tokens) or _price_remark(heads)):
            return None, []
    return cue, about


def audience_only(token: Token, targets: list[Ref]) -> list[Ref]:
    """The addressees of a speech verb less an audience ("told reporters aboard a plane
    before landing in X") and less the speaker's own position ("reiterated their
    opposition")."""
    drop: set[int] = set()
    for c in token.children:
        if c.dep_ in ("dobj", "dative") and c.lemma_.lower() in AUDIENCE_NOUNS:
            drop.add(c.idx)
        if c.dep_ == "dobj" and any(p.dep_ == "poss" and p.pos_ == "PRON"
                                    for p in c.children):
            drop.update(p.idx for p in c.children if p.dep_ == "poss")
            drop.add(c.idx)
    return [t for t in targets if not any(t.start <= i < t.end or i == t.start for i in drop)]


def recollection(token: Token, date: str | None) -> bool:
    """ "If you remember, in 1990 the minister said ...": a statement placed by the clause
    that introduces it in a year before the article's (background)."""
    if not date or not date[:4].isdigit():
        return False
    for c in token.children:
        if c.dep_ != "advcl":
            continue
        for t in c.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "in" and len(t.text) == 4 and \
                    t.text.isdigit() and 1900 < int(t.text) < int(date[:4]):
                return True
    return False


def _outlook_verb(token: Token) -> bool:
    """ "hope", "hopes", "expecting" (the lemmatizer reads "hopes" as "hop")."""
    low = token.lower_
    return token.lemma_.lower() in OUTLOOK_VERBS or any(
        low.startswith(v) and low[len(v):] in ("", "s", "d", "ed", "ing") or
        low == v[:-1] + "ing" for v in OUTLOOK_VERBS)


def hoped_outlook(trig: Trigger, gov: Trigger | None, resolver: Resolver,
                  parties: tuple[list[Ref], list[Ref]],
                  by_token: dict[int, Trigger]) -> tuple[Trigger, str, list[Ref]] | None:
    """A speaker's hope or expectation of an act between others ("he hopes a truce
    between A and B could come soon if B agrees", "expects Y to fire a missile"): an
    outlook remark (013; 012 for a hostile act) by the hoper toward the party whose
    agreement it waits on, else the first party of the act. None when the hoper takes part
    in it. Returns the hope's trigger, the code and the target."""
    hope = gov if gov is not None and gov.pattern.kind == "modal" else None
    if hope is None:  # "hopes a truce ... could come": the act noun is a clause's subject
        t = trig.token
        for _ in range(3):
            if t.dep_ not in ("nsubj", "nsubjpass", "ccomp", "xcomp") or t.head is t:
                break
            t = t.head
            if t.i in by_token and _outlook_verb(t):
                hope = by_token[t.i]
                break
    if hope is None or not _outlook_verb(hope.token) or hope.token.pos_ in NOUN_POS:
        return None
    hopers = [r for r in _subject_refs(hope.token, resolver) if r.country]
    if not hopers:
        return None
    own = {r.country for r in hopers}
    sources, targets = parties
    acting = [r for r in [*sources, *targets] if r.country]
    if not acting or own & {r.country for r in acting}:
        return None
    others = [r for r in acting if r.via not in ("pronoun", "group")]
    if not others:
        return None
    for c in trig.token.head.subtree:  # "if the Kremlin agrees": the party it waits on
        if c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children):
            waited = [r for s in c.children if s.dep_ == "nsubj" for r in resolver.refs_for(s)]
            waited = [r for r in waited if r.country and r.country not in own]
            if waited:
                others = waited
                break
    hostile = (trig.pattern.code or "")[:2] in ("13", "14", "15", "17", "18", "19", "20")
    if not hostile and not hope.token.lower_.startswith("hop"):
        return None  # "expects X to uphold its duties": a demand, not an outlook
    code = "012" if hostile or _negated_word(hope.token) else "013"
    return hope, code, others[:1]
