"""Group-wide views that one member reports (full-article coding).

'The Dutch minister said, "All EU trade ministers back Chile's offer"': a person speaking for
an organisation is the organisation, but a member's official telling what every member
thinks speaks for their own country, which holds the view as one of them."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .parties import _subject_refs
from .triggers import clause_verb

# Determiners that spread a statement over every member of a group ("all", "every").
ALL_WORDS = frozenset({"all", "every", "each"})
SPEECH_VERBS = frozenset({"say", "tell", "add", "state", "note", "stress", "declare"})


def member_voice(token: Token, sources: list[Ref], resolver: Resolver) -> list[Ref]:
    """The speaker's own country when the act's subject is every member of a body the
    speaker's country belongs to and a state official reports it; else ``sources``."""
    if not sources or not all(_is_body(r, resolver) for r in sources):
        return sources
    verb = clause_verb(token)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(_spread(s) for s in subjects):
        return sources
    speech = verb.head
    for _ in range(3):
        if speech.lemma_.lower() in SPEECH_VERBS and verb.dep_ in ("ccomp", "parataxis"):
            break
        if speech.head is speech:
            return sources
        verb, speech = speech, speech.head
    else:
        return sources
    speakers = [r for r in _subject_refs(speech, resolver)
                if r.country and not _is_body(r, resolver)]
    return speakers[:1] or sources


def _spread(subject: Token) -> bool:
    """ "All NATO members", "every member of the bloc"."""
    return any(c.dep_ in ("det", "predet", "amod") and c.lower_ in ALL_WORDS
               for c in subject.children) or subject.lower_ in ALL_WORDS


def _is_body(ref: Ref, resolver: Resolver) -> bool:
    kb = resolver.reg.kb
    return bool(ref.country) and ref.country not in kb.countries and any(
        o.code == ref.country for o in kb.organisations.values())
