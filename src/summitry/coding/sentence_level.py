"""Steps of sentence-level coding (scope "all") that full-article coding does not take.

In sentence-level coding an act is coded even when its doer is known only by its words,
so the doer is looked for in the act noun's modifiers and in the words of the clause, and
the code is checked against what the words are about: figurative force (sport, illness),
crowds that clash, labour strikes and lifted curfews (`domains`), a state's protest,
and meetings with a thing ("met its targets").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .domains import domain_code
from .figurative import clash_code, crowd_violence, figurative
from .official import official_protest
from .parties import _actor_words, _dedupe, _words_ref
from .triggers import NOUN_POS, Trigger
from .vocabulary import PERSON_NOUNS

MEETING_ROOT = "04"


def unnamed_sources(trig: Trigger, gov: Trigger | None, resolver: Resolver) -> list[Ref]:
    """The doer of an act whose subject names no known actor: a word that modifies the
    act noun ("extra UN sanctions", "a Soviet refusal"), else the doer's own words
    ("gunmen", "a suicide bomber")."""
    token = trig.token
    if token.pos_ in NOUN_POS:
        mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                and c.i < token.i]
        sources = _dedupe([r for c in mods for r in resolver.refs_for(c, expand_conj=False)])
        if not sources:  # a people or body the knowledge base does not know
            sources = [Ref("text:" + c.lower_, None, None, c.text, c.idx,
                           c.idx + len(c.text), via="words")
                       for c in mods if c.ent_type_ in ("NORP", "ORG", "GPE")][:1]
        if sources:
            return sources
    return _words_ref(trig, gov, resolver)


def sentence_code(token: Token, code: str, sources: list[Ref], targets: list[Ref],
                  modality: str, resolver: Resolver) -> str | None:
    """The code of the act at sentence level, or None when the words report no act."""
    if code.startswith(MEETING_ROOT) and not targets and token.lemma_.lower() in (
            "meet", "receive") and _thing_object(token, resolver):
        return None  # "the company met its targets": nobody was met
    if figurative(token, code, sources) or (modality in ("hoped", "planned") and sources and all(
            s.actor == "text:?" for s in sources)):
        return None  # "the visitors attacked all game"; "feared attacks could follow"
    # rioters: 145; "clashes between troops and rebels": 190
    code = clash_code(token, crowd_violence(code, sources), sources, resolver.kb.agents)
    domain = domain_code(token, code, sources, targets)  # lifted curfews, labour strikes
    if domain is None:
        return None  # "bowled a strike in the last frame"
    return official_protest(token, domain, sources, resolver)  # "X protests the visit"


def _thing_object(verb: Token, resolver: Resolver) -> bool:
    """Whether the verb's direct object is a thing, not a party ("met its targets")."""
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not _actor_words(c, resolver)
               and c.lower_ not in PERSON_NOUNS and c.lemma_.lower() not in PERSON_NOUNS
               for c in verb.children)
