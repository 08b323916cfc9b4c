"""Acts reported as nouns: who does the act a noun names, and nouns that report no act.

News names acts as nouns as often as verbs ("the expulsion of two envoys by Ruritania",
"condemnation from Osterlich", "the visit of the Ruritanian premier to Osterlich"). The
noun's own phrases name the doer: its "by" phrase (also when the parser hangs it on the
object of "of"), a "from" phrase for what one party says to or about another, and the "of"
phrase of a visit, which names the visitor. A noun act that is only feared, rumoured or
threatened ("fears of an attack", "rumours of a coup") is not reported as done."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .patterns import Pattern

# Roots whose acts are things said to or about a party: "criticism from X", "an apology
# from X", "threats from X" name the speaker in a "from" phrase.
SAYING_ROOTS = ("01", "02", "05", "10", "11", "12", "13")

# Nouns whose "of" phrase names the doer, not the one acted on: "the visit of X to Y".
DOER_OF_NOUNS = frozenset({"visit", "visits", "trip", "tour", "stopover"})

# Heads that make an act inside their "of" phrase only feared, rumoured or threatened.
UNREAL_HEADS = frozenset({
    "fear", "fears", "rumour", "rumours", "rumor", "rumors", "risk", "risks", "possibility",
    "prospect", "prospects", "spectre", "specter", "danger", "likelihood", "threat", "threats",
    "speculation", "talk", "warning", "warnings", "fear-mongering",
})

# Heads that undo the act in their "of" phrase: "the lifting of sanctions" eases them
# (its own pattern, 085) and reports no new sanctions.
UNDOING_HEADS = frozenset({"lifting", "easing", "removal", "suspension", "relaxation",
                           "loosening", "waiver", "repeal", "end"})

# Modifiers that make a noun act a possibility only: "a possible ban", "a proposed ban".
UNREAL_MODIFIERS = frozenset({"possible", "potential", "proposed", "planned", "hypothetical",
                              "imminent", "looming", "future", "would-be"})

# Verbs whose object act is a topic, not a reported act: "discussed a ban", "feared a raid".
TOPIC_VERBS = frozenset({"discuss", "debate", "consider", "weigh", "mull", "fear", "rule",
                         "contemplate", "study", "examine", "rumour", "rumor"})


def _objects(prep: Token, resolver: Resolver) -> list[Ref]:
    return [r for g in prep.children if g.dep_ in ("pobj", "pcomp")
            for r in resolver.refs_for(g) if r.via != "place"]


def noun_doer(noun: Token, pattern: Pattern, resolver: Resolver) -> list[Ref]:
    """The doer a noun act names in its own phrases, or an empty list.

    "the expulsion of two envoys by Ruritania" (the "by" phrase, on the noun or on the
    object of its "of" phrase), "praise from Osterlich" (a "from" phrase on a saying act),
    "the visit of the Ruritanian premier to Osterlich" (a visit's "of" phrase)."""
    code = pattern.code or ""
    out: list[Ref] = []
    for c in noun.children:
        if c.dep_ not in ("prep", "agent") or c.i < noun.i:
            continue
        word = c.lower_
        if word == "by":
            out += _objects(c, resolver)
        elif word == "of":
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                for p in g.children:  # "the release of two sailors by Ruritania"
                    if p.dep_ in ("prep", "agent") and p.lower_ == "by":
                        out += _objects(p, resolver)
                if not out and noun.lower_ in DOER_OF_NOUNS:
                    out += [r for r in resolver.refs_for(g) if r.via != "place"]
        elif word == "from" and code.startswith(SAYING_ROOTS) and \
                noun.lower_ not in DOER_OF_NOUNS:
            out += _objects(c, resolver)
    seen: set[str] = set()
    return [r for r in out if not (r.actor in seen or seen.add(r.actor))]


def unreal_act(noun: Token) -> bool:
    """Whether a noun act is only feared, rumoured, possible or discussed, or is undone,
    not reported: "fears of an attack", "a possible ban", "discussed a ban on rallies",
    "the lifting of sanctions"."""
    if noun.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in UNREAL_MODIFIERS for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in (
            UNREAL_HEADS | UNDOING_HEADS):
        return True
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in TOPIC_VERBS
