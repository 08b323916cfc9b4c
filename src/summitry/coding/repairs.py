"""Repairs of parses that hide who acts on whom (both scopes: sentence and full article).

The parser sometimes reads a light verb's object as the subject of a participle that
describes it: in "Russia conducted the naval drills encircling Japan" it makes "drills"
the subject of "encircling", itself a complement of "conducted", so the noun trigger has
neither a doer (the light verb's subject) nor an aim (the participle's object). The
repair gives the sentence the reading it has without the article ("conducted military
drills encircling Taiwan"): the noun is the light verb's object and the participle
describes the noun.

In "hundreds of people, many waving flags, massed outside the embassy" the parser takes
the absolute phrase "many waving flags" for the clause and hangs the real verb on it as a
conjunct; the repair hangs the verb on the crowd, as it does without the phrase.

After a fronted time phrase, "Late last month, Trump hosted Ramaphosa for trade talks" can
come out as one noun phrase: "hosted" an adjective on "Ramaphosa", the root, and
"Trump" a modifier of it. A past-tense verb between two names is the clause's verb; the
repair makes the first name its subject and the second its object (`verb_between_names`).

In "the ministry said the drills only raised tensions and urged Beijing to show restraint"
the parser conjoins "urged" with "raised", inside what was said, so the drills seem to
urge. A past-tense verb of saying or appealing with no subject of its own, conjoined to
the reported clause of a speech verb, is the speaker's second act (`speaker_conjunct`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .triggers import NOUN_POS
from .vocabulary import LIGHT_VERBS


def repair_sentence(sent: Span) -> None:
    """Re-attach misparsed participle subjects in ``sent`` (the parse is changed in place)."""
    for token in sent:
        participle = _participle_head(token)
        if participle is not None:
            verb = participle.head
            token.head = verb
            token.dep_ = "dobj"
            participle.head = token
            participle.dep_ = "acl"
        crowd = _absolute_crowd(token)
        if crowd is not None:
            token.head = crowd
            token.dep_ = "acl"
    verb_between_names(sent)
    for token in sent:
        speech = speaker_conjunct(token)
        if speech is not None:
            token.head = speech


# Verbs of saying and of appealing a speaker goes on with ("said ... and urged ...").
SPEAKER_ACTS = frozenset({
    "urge", "call", "appeal", "ask", "demand", "press", "warn", "add", "insist", "stress",
    "vow", "pledge", "promise", "reiterate", "condemn", "criticize", "criticise", "welcome",
    "reject", "deny", "accuse", "threaten", "praise", "thank"})
SPEECH_HEADS = frozenset({"say", "tell", "state", "announce", "note", "write", "declare"})


def speaker_conjunct(verb: Token) -> Token | None:
    """The speech verb a conjoined "and urged ..." really belongs to, when the parser hangs
    it on the reported clause ("said X raised tensions and urged Y to ...")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ != "VBD" \
            or verb.lemma_.lower() not in SPEAKER_ACTS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    if clause.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass")
                                         for c in clause.children):
        return None
    speech = clause.head
    if speech.lemma_.lower() not in SPEECH_HEADS or speech.tag_ != "VBD" or not any(
            c.dep_ == "nsubj" for c in speech.children):
        return None
    return speech


def verb_between_names(sent: Span) -> None:
    """Give a past-tense verb (VBD or VBN) misread as a modifier inside the root name's
    phrase its clause back ("X hosted Y", "Brazil's Lula hosted Argentina's Milei" parsed as
    one noun phrase). The parse is changed in place."""
    root = sent.root
    if root.pos_ != "PROPN" or root.i == sent.start:
        return
    verb = next((t for t in sent if t.i < root.i and t.dep_ == "amod" and t.pos_ == "VERB"
                 and t.tag_ in ("VBD", "VBN") and _in_phrase(t.head, t.i, root)), None)
    if verb is None or verb.i == sent.start or any(c.i > verb.i for c in verb.children):
        return
    subject = root.doc[verb.i - 1]
    if subject.pos_ != "PROPN" or not (subject.head == verb or subject.head.i > verb.i):
        return
    if subject.dep_ not in ("nmod", "compound", "nsubj", "appos", "npadvmod"):
        return
    # words before the verb hung across it: the subject's own modifiers ("Brazil's") go
    # to the subject, the rest (time phrases, commas) to the verb
    crossing = [t for t in sent if t.i < verb.i and t != subject and t.head.i >= verb.i]
    after = [c for c in root.children if c.i > root.i and c.dep_ in (
        "prep", "punct", "npadvmod", "advcl", "advmod")]
    make_clause(verb, subject, root)
    for t in crossing:
        own = t.i < subject.i and t.dep_ in ("poss", "compound", "amod", "det", "nmod") and all(
            u.head.i >= t.i for u in sent[t.i + 1 - sent.start:subject.i - sent.start])
        t.head = subject if own else verb
    for child in after:
        child.head = verb


def make_clause(verb: Token, subject: Token, obj: Token) -> None:
    """Make ``verb`` the root of its sentence with ``subject`` and ``obj`` as its arguments
    (the common end of the repairs that give a misread verb its clause back)."""
    verb.head = verb
    verb.dep_ = "ROOT"
    subject.head = verb
    subject.dep_ = "nsubj"
    obj.head = verb
    obj.dep_ = "dobj"


def _in_phrase(token: Token, after: int, root: Token) -> bool:
    """Whether ``token`` lies in ``root``'s phrase between position ``after`` and the root
    (the root itself or a word that leads to it from the left)."""
    for _ in range(8):
        if token == root:
            return True
        if not after < token.i < root.i:
            return False
        token = token.head
    return False


def _participle_head(noun: Token) -> Token | None:
    """The participle ``noun`` is wrongly the subject of: a bare "-ing" form that is the
    complement of a light verb with no object of its own ("conducted the drills
    encircling ...", "staged exercises simulating ...")."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "nsubj":
        return None
    part = noun.head
    if part.tag_ != "VBG" or part.dep_ not in ("ccomp", "xcomp") or not noun.i < part.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in part.children):
        return None  # "said drills were encircling", "that the drills ..."
    verb = part.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in LIGHT_VERBS or not verb.i < noun.i:
        return None
    if any(c.dep_ in ("dobj", "attr") for c in verb.children):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.i != noun.i for t in part.children):
        return None
    return part


# Partitive subjects of an absolute phrase ("many waving flags", "some carrying banners").
PARTITIVES = frozenset({"many", "some", "most", "several", "others", "all", "few"})


def _absolute_crowd(verb: Token) -> Token | None:
    """The noun a verb is wrongly conjoined away from: "hundreds of people, many waving
    flags, massed ...", where "massed" hangs as a conjunct on "waving" (an absolute phrase
    whose subject is "many") and "hundreds" is left as the sentence's root."""
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN"):
        return None
    phrase = verb.head
    if phrase.dep_ != "acl" or phrase.tag_ != "VBG" or not any(
            c.dep_ == "nsubj" and c.lower_ in PARTITIVES for c in phrase.children):
        return None
    noun = phrase.head
    if noun.pos_ not in NOUN_POS or noun.dep_ != "ROOT":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    return noun
