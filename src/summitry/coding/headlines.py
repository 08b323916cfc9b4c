"""Repairs of headline grammar and of time phrases that hide who acts (both scopes).

Headlines drop articles and auxiliaries and put past acts in the present tense, and the
tagger often reads the bare or "-s" verb as a noun:

- "Dockers strike at three ports": "strike" tagged as a noun, yet it is the root with a
  subject; the repair makes it a verb (`noun_read_verb`).
- "Ruritania bombs rebel camps" can come out with the country as a compound of the verb
  and no subject; the repair makes it the subject (`compound_subject`). With the verb
  read as a noun and the country as its modifier ("Ruritania summons Osterlich envoy"),
  `noun_read_verb` makes the verb, its subject and its object.
- "Ruritania vows support to ...": the "-s" verb read as a compound noun before the real
  object, which is made the root; the repair puts the verb back on top (`verb_in_compound`).
- "Guerrillas raid border post": the whole headline one noun phrase; a verb form between a
  plural or proper subject and a noun with no verb elsewhere becomes the clause's verb
  (`verbless_headline`).
- "Ruritania, Osterlich sign border pact": two names joined by a comma, the verb read as a
  noun and the rest as an apposition; the names become the subject (`comma_pair`).
- "Hostages freed after siege", "Editor detained, police say": a past form with a
  subject and no object is a passive without its auxiliary (`past_as_passive`).

In "was seized by soldiers days after landing" the parser makes the time noun the object of
"by" and the doer its compound; the repair gives "by" its doer back (`time_noun_agent`).

A verb form only counts where the pattern dictionary knows the word as a verb and where it
agrees with its subject: a plural or a mass noun with the bare form, a singular name with
the "-s" form ("Ruritania bombs", "rebels bomb"), which keeps "rebel attack" a noun.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span, Token

from .clauses import last_token
from .repairs import make_clause

# Nouns of time that the parser takes for the doer they precede ("police hours after").
TIME_NOUNS = frozenset({"seconds", "minutes", "moments", "hours", "days", "weeks", "months",
                        "years", "minute", "hour", "day", "week", "month", "year"})
TIME_LINKS = frozenset({"after", "before", "later", "earlier", "ago"})

# Nouns that take a plural verb though not plural in form ("police raid", "staff walk out").
PLURAL_MASS = frozenset({"police", "people", "staff"})


def repair_headline(sent: Span, verbs: Container[str]) -> None:
    """Apply the headline and time-noun repairs to ``sent`` (in place); ``verbs`` holds the
    words the pattern dictionary knows as verbs."""
    time_noun_agent(sent)
    past_as_passive(sent, verbs)
    compound_subject(sent)
    noun_read_verb(sent, verbs)
    verb_in_compound(sent, verbs)
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        verbless_headline(sent, verbs)
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        comma_pair(sent, verbs)


def _base(word: str) -> str:
    """The bare form of a present-tense verb ("bombs" -> "bomb", "marches" -> "march")."""
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _agrees(subject: Token, verb: Token) -> bool:
    """Whether a present-tense ``verb`` read as a noun agrees with ``subject`` as a verb."""
    third = verb.lower_.endswith("s") and not verb.lower_.endswith("ss")
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PLURAL_MASS
    if (subject.tag_ in ("NNP", "NN") or (_name(subject) and not plural)) \
            and subject.lower_ not in PLURAL_MASS:
        return third  # "Ruritania bombs", "Opposition boycotts"
    return plural and not third


def _verb_known(token: Token, verbs: Container[str]) -> bool:
    base = _base(token.lower_)
    return base in verbs or token.lemma_.lower() in verbs


def _make_verb(token: Token) -> None:
    third = token.lower_.endswith("s") and not token.lower_.endswith("ss")
    token.lemma_ = _base(token.lower_)
    token.pos_ = "VERB"
    token.tag_ = "VBZ" if third else "VBP"


def _headline(sent: Span) -> bool:
    """A headline has no final full stop."""
    return last_token(sent).text not in (".", "!", "?", '"', "'", "”")


def noun_read_verb(sent: Span, verbs: Container[str]) -> None:
    """A root noun with a subject before it and a verb form ("Dockers strike at ...")."""
    root = sent.root
    if root.tag_ not in ("NN", "NNS") or root.i == sent.start or not _headline(sent):
        return
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    named = [c for c in root.children if c.i == root.i - 1 and _name(c)
             and c.dep_ in ("compound", "amod", "npadvmod", "nmod")]
    objects = [c for c in root.children if c.i > root.i and c.dep_ in ("appos", "dobj")
               and c.pos_ in ("NOUN", "PROPN")]
    if not subjects and named and objects:  # "Ruritania summons Osterlich envoy ..."
        subjects = named
    if not subjects or not _verb_known(root, verbs) or not _agrees(subjects[-1], root):
        return
    if any(c.dep_ == "det" for c in root.children):
        return  # "the march", "a strike"
    _make_verb(root)
    subjects[-1].dep_ = "nsubj"
    for obj in objects[:1]:
        obj.dep_ = "dobj"


def _name(token: Token) -> bool:
    """A country, a body or a person named (the tagger may read "Ruritania" as an
    adjective before a verb it takes for a noun)."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")


def compound_subject(sent: Span) -> None:
    """A root verb with no subject but a compound name before it ("Ruritania bombs ...")."""
    root = sent.root
    if root.pos_ != "VERB" or root.tag_ not in ("VBZ", "VBD", "VBP"):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return
    left = [c for c in root.children if c.i < root.i and c.pos_ in ("PROPN", "NOUN") and (
        c.dep_ == "compound" or (c.dep_ == "npadvmod" and c.pos_ == "PROPN"))]
    if left and left[-1].i == root.i - 1:
        left[-1].dep_ = "nsubj"


def verb_in_compound(sent: Span, verbs: Container[str]) -> None:
    """A verb read as a compound of the object the parser made the root ("Ruritania vows
    support to ...": "vows" a compound of "support", tagged as a bare verb)."""
    root = sent.root
    if root.tag_ != "VB" or not _headline(sent) or root.i == sent.start:
        return
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in root.children):
        return
    verb = root.doc[root.i - 1]
    if verb.dep_ != "compound" or verb.head != root or verb.tag_ != "NNS" \
            or not _verb_known(verb, verbs):
        return
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or not _agrees(subjects[-1], verb):
        return
    _make_verb(verb)
    root.pos_, root.tag_, root.lemma_ = "NOUN", "NN", root.lower_
    for child in list(root.children):
        if child.i < verb.i or child.dep_ in ("prep", "punct", "npadvmod", "advmod",
                                              "advcl", "conj", "cc"):
            child.head = verb
    make_clause(verb, subjects[-1], root)


def verbless_headline(sent: Span, verbs: Container[str]) -> None:
    """A headline with no verb read as one noun phrase: "Guerrillas raid border post"."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or not _headline(sent):
        return
    doc = root.doc
    span = [t for t in doc[max(root.left_edge.i, sent.start):root.i]]
    # the verb is the first compound that has a subject before it and agrees with it
    for verb in span:
        if verb.dep_ != "compound" or verb.tag_ not in ("NN", "NNS") or verb.i == sent.start:
            continue
        subject = doc[verb.i - 1]
        if subject.dep_ != "compound" or subject.tag_ not in ("NNS", "NNPS", "NNP", "NN"):
            continue
        if not _verb_known(verb, verbs) or not _agrees(subject, verb):
            continue
        _make_verb(verb)
        for tok in span:
            if tok.i < subject.i and not subject.left_edge.i <= tok.head.i <= subject.i:
                tok.head = subject
            elif verb.i < tok.i and tok.head.i <= verb.i:
                tok.head = root
        for child in list(root.children):
            if child.dep_ == "prep":
                child.head = verb
        make_clause(verb, subject, root)
        return


def comma_pair(sent: Span, verbs: Container[str]) -> None:
    """Two names joined by a comma before a bare verb read as a noun ("Ruritania, Osterlich
    sign border pact" parsed as the first name with the rest in apposition): the names
    are the subject, the verb the root and the last noun its object."""
    root = sent.root
    if root.pos_ != "PROPN" or root.i + 1 >= sent.end or root.doc[root.i + 1].text != "," \
            or not _headline(sent):
        return
    phrase = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
    if phrase is None or phrase.pos_ != "NOUN":
        return
    doc = root.doc
    for verb in doc[root.i + 2:phrase.i]:
        second = doc[verb.i - 1]
        if verb.dep_ != "compound" or verb.tag_ != "NN" or second.pos_ != "PROPN":
            continue
        if verb.lower_.endswith("s") or not _verb_known(verb, verbs):
            return
        _make_verb(verb)
        for tok in doc[root.i + 2:phrase.i]:
            if tok.i < second.i and tok.head.i > second.i:
                tok.head = second
            elif verb.i < tok.i and tok.head.i <= verb.i:
                tok.head = phrase
        for child in list(phrase.children) + list(root.children):
            if child.dep_ == "prep":
                child.head = verb
        make_clause(verb, root, phrase)
        second.head = root
        second.dep_ = "conj"
        return


# Prepositions after which a headline's past verb is an act of its subject ("Rebels
# withdrew from the town", "Police clashed with strikers"), not a passive.
ACTIVE_PREPS = frozenset({"with", "from", "against", "into", "out", "toward", "towards",
                          "across", "through"})


def past_as_passive(sent: Span, verbs: Container[str]) -> None:
    """A headline tells past acts in the present, so a past form with a subject and no
    object is a passive without its auxiliary ("Hostages freed after siege", "Editor
    detained, police say"): it is tagged as the participle it is."""
    if not _headline(sent):
        return
    for verb in sent:
        if verb.tag_ != "VBD" or verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "ccomp") \
                or not _verb_known(verb, verbs):
            continue
        if verb.dep_ == "ccomp" and verb.i > verb.head.i:
            continue  # "Police say gunmen killed ...": the reported clause follows
        kids = list(verb.children)
        if any(c.dep_ in ("dobj", "dative", "attr", "acomp", "ccomp", "xcomp", "prt", "aux",
                          "auxpass", "nsubjpass", "oprd") for c in kids):
            continue
        if any((c.dep_ == "prep" and c.lower_ in ACTIVE_PREPS) or (
                c.dep_ == "npadvmod" and c.pos_ == "PROPN") for c in kids):
            continue
        if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in kids):
            continue
        verb.tag_ = "VBN"


def time_noun_agent(sent: Span) -> None:
    """Give back the doer a following time noun swallowed ("by police hours after"): the
    doer takes the time noun's place, which then measures the "after" phrase."""
    for noun in sent:
        if noun.lower_ not in TIME_NOUNS or noun.dep_ not in ("pobj", "nsubj", "dobj"):
            continue
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < sent.end else None
        if nxt is None or nxt.lower_ not in TIME_LINKS:
            continue
        doers = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1
                 and c.pos_ in ("NOUN", "PROPN") and not c.like_num]
        if not doers:
            continue
        doer = doers[0]
        for child in list(noun.children):
            if child.i < doer.i:
                child.head = doer
        doer.head = noun.head
        doer.dep_ = noun.dep_
        noun.head = nxt if nxt.head is not noun else doer.head
        noun.dep_ = "npadvmod"
