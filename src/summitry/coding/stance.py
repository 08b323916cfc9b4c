"""Stance words in a copular clause and what they are about (full-article coding only).

"The United Kingdom is deeply disappointed by the passage of the law", '"We are seriously
concerned about the latest report on Iran's programme," the envoy said': an adjective of
concern or hope (the `statement.concern` and `statement.optimistic` patterns) is said by the
subject of its clause, within the statement of the speech verb that reports the clause, and
it is about the party whose thing or act it names (CAMEO 111 and 013).

Also: the discourse memory of who put forward each claim or proposal, for rejections that
name none ("rejected the resolution", CAMEO 12), and the people an article introduces as
analysts or experts, whose views are commentary, not statements.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .clauses import _reported
from .parties import _dedupe, _owner_refs, _subject_refs
from .triggers import NOUN_POS, Trigger
from .vocabulary import (
    ACT_NOUNS,
    CLAIM_AUTHOR_NOUNS,
    CLAIM_NOUNS,
    COMMENTATORS,
    IMPLICIT_ACT_NOUNS,
    PROPOSE_VERBS,
    STANCE_PATTERNS,
    STANCE_PREPS,
)

# Nouns whose topic ("a report on Iran's programme", "findings about X") is what a stance
# toward them is about, rather than their author.
TOPIC_PREPS = frozenset({"about", "on", "into", "over", "regarding", "concerning"})


def stance_trigger(trig: Trigger) -> bool:
    """An adjective of stance in a copular clause ("is concerned", "are optimistic")."""
    return trig.pattern.id in STANCE_PATTERNS and trig.token.pos_ == "ADJ" \
        and trig.token.dep_ == "acomp"


def stance_governor(trig: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The speech verb that reports the stance's clause ('"We are concerned ...," he said',
    "a statement saying the United States is disappointed")."""
    copula = trig.token.head
    for other in triggers:
        if other.pattern.kind == "speech" and other is not trig and \
                copula in _reported(other.token):
            return other
    return None


def stance_sources(token: Token, resolver: Resolver, gov: Trigger | None) -> list[Ref] | None:
    """Who holds the stance: the subject of the copula ("the United States is disappointed"),
    when that is the speaker of the statement that reports it or the article states it
    itself; a stance someone else reports of a third party ("although India and Japan are
    concerned") is nobody's statement (an empty list). None: the speaker ("we") holds it."""
    copula = token.head
    subj = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    refs = _dedupe([r for s in subj for r in resolver.refs_for(s) or _owner_refs(s, resolver)])
    if gov is None:
        return refs if copula.dep_ == "ROOT" else []
    speakers = {r.country for r in _subject_refs(gov.token, resolver) if r.country}
    if refs and all(r.via != "pronoun" for r in refs):
        # (a speaker the knowledge base does not place speaks for the subject it names)
        return refs if not speakers or all(r.country in speakers for r in refs) else []
    return None


def stance_targets(token: Token, resolver: Resolver, own: set[str]) -> list[Ref]:
    """Whom the stance is about: the party named after its preposition, the party a report
    or claim is about, the owner of the thing ("the recent actions of X", "Iran's
    production"), or who did the act it names ("the approval", "the launch")."""
    for prep in token.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in STANCE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ in ("pobj", "pcomp"):
                found = [r for r in _about(obj, resolver, own, depth=2)
                         if r.country and r.country not in own]
                if found:
                    return _dedupe(found)
    return []


def _about(noun: Token, resolver: Resolver, own: set[str], *, depth: int) -> list[Ref]:
    refs = resolver.refs_for(noun)
    if refs:
        return refs
    if noun.pos_ not in NOUN_POS:
        return []
    lower, lemma = noun.lower_, noun.lemma_.lower()
    if depth > 0 and (lower in CLAIM_NOUNS or lemma in CLAIM_NOUNS):
        # "the new IAEA report on Iran's programme": about Iran, not the IAEA
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found = [r for r in _about(obj, resolver, own, depth=depth - 1)
                                 if r.country and r.country not in own]
                        if found:
                            return found
    owners = _owner_refs(noun, resolver)
    if owners:
        return owners
    if lower in ACT_NOUNS:
        ref = resolver.actor_of_act(ACT_NOUNS[lower], exclude_countries=own)
        if ref is not None:
            return [ref]
    if lower in IMPLICIT_ACT_NOUNS:
        # "disappointed by that approval": the party the last sentences were about
        ref = resolver.implicit_target(own)
        if ref is not None:
            return [ref]
    return []


def remember_claims(sent: Span, resolver: Resolver) -> None:
    """Remember who put forward each claim, report or proposal named with its author ("a
    resolution in the British Parliament", "accusations by Finland", "India's proposal"), for a
    later "rejected the resolution" that names none."""
    for t in sent:
        lemma = t.lemma_.lower()
        if t.pos_ != "NOUN" or lemma not in CLAIM_AUTHOR_NOUNS:
            continue
        authors = [r for r in _owner_refs(t, resolver) if r.country]
        if not authors:
            # "a resolution in the British Parliament", "a proposal from Beijing"
            authors = [r for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "from")
                       for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                       for r in resolver.refs_for(o) if r.country and r.via != "place"]
        if len({r.country for r in authors}) == 1:
            resolver.state.claims[lemma] = authors[0]


def rejected_refs(verb: Token, resolver: Resolver, own: set[str]) -> list[Ref]:
    """Whose claim or proposal a rejection rejects when the object names nobody: the
    remembered author of "the resolution"; or, with no object, the party whose proposal the
    clause it is coordinated with reports ("X proposed ..., but Y refused")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for obj in objs:
        if any(resolver.mention_at(g) is not None for g in obj.subtree):
            return []
        author = resolver.state.claims.get(obj.lemma_.lower())
        if author is not None and author.country not in own:
            start, end = obj.left_edge.idx, obj.idx + len(obj.text)
            return [Ref(author.actor, author.country, author.sector,
                        resolver.text[start:end], start, end, via="act")]
    if not objs and verb.dep_ == "conj" and verb.head.lemma_.lower() in PROPOSE_VERBS:
        return [r for r in _subject_refs(verb.head, resolver)
                if r.country and r.country not in own]
    return []


def commentator_speaker(sent: Span, resolver: Resolver) -> bool:
    """A sentence whose main clause is the view of a person the article introduces as an
    analyst or expert ('..., said Joshua Doe, a North Korea expert at ...', '... said
    X, who is now a regional analyst', and later '..., Doe said'): commentary, not an
    actor's statement or a report of acts (the protocol's actors). Remembers such people."""
    if interview_answer(sent):
        return True
    root = sent.root
    for subj in (c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
        # (the name's head word, read without resolving it: resolving has side effects)
        if _introduced_as_commentator(subj) or _research_affiliation(subj):
            resolver.state.commentators.add(subj.text)
            return True
        if subj.text in resolver.state.commentators:
            return True
    return False


def _introduced_as_commentator(person: Token, *, depth: int = 1) -> bool:
    """ "Joshua Doe, a North Korea expert", "X, who is now a security analyst", "X, a retired
    admiral who is now an analyst"."""
    for c in person.children:
        if c.dep_ == "appos" and (c.lemma_.lower() in COMMENTATORS or (
                depth > 0 and _introduced_as_commentator(c, depth=depth - 1))):
            return True
        if c.dep_ == "relcl" and c.lemma_ == "be" and any(
                a.dep_ == "attr" and a.lemma_.lower() in COMMENTATORS for a in c.children):
            return True
    return False


# Head words of a research body's proper name ("Lena Ortiz of the Baltic Policy
# Institute"): a person introduced by such a body comments; she is no state's actor.
RESEARCH_BODIES = frozenset({
    "institute", "institution", "center", "centre", "foundation", "university", "school",
    "college", "initiative", "alliance", "project",
})


def _research_affiliation(person: Token) -> bool:
    """ "Lena Ortiz of the Baltic Policy Institute", "X at the Harbour Centre": a person
    named with a research body (a proper name whose head word is in RESEARCH_BODIES) and
    with no role before the name ("Presidential Adviser X of Y University" holds office)."""
    if sum(1 for c in person.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")) > 1:
        return False
    for prep in (c for c in person.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
        for body in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            if body.lower_ in RESEARCH_BODIES:
                return True
    return False


def interview_answer(sent: Span) -> bool:
    """A transcript answer: the sentence opens with a name and a colon right after a
    question ('... of the dispute? Ortiz: Mostly the border closures ...'). The
    interviewee's view, not a report of acts (the question's own facts stay coded)."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or sent.start == 0:
        return False
    colon = next((i for i, t in enumerate(words[:4]) if t.text == ":"), None)
    if colon is None or colon == 0 or not all(
            t.pos_ == "PROPN" or t.is_title for t in words[:colon]):
        return False
    before = [t for t in sent.doc[:sent.start] if not t.is_space and t.text not in QUOTE_MARKS]
    return bool(before) and before[-1].text == "?"


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
