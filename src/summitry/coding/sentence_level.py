"""Steps of sentence-level coding (scope "all") that full-article coding does not take.

In sentence-level coding an act is coded even when its doer is known only by its words
("gunmen", "a suicide bomber", `_words_ref`) and done to people named only by their words
("two priests", `_words_target`), so the doer is looked for in the act noun's modifiers and in
the words of the clause, and the code is checked against what the words are about:
figurative force (sport, illness), crowds that clash, labour strikes and lifted curfews
(`domains`), a state's protest, and meetings with a thing ("met its targets").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .clauses import _headline_passive, _light_verb
from .domains import domain_code
from .figurative import clash_code, crowd_violence, figurative
from .official import official_protest
from .parties import _dedupe
from .triggers import NOUN_POS, Trigger
from .vocabulary import ACTOR_NOUNS, PERSON_NOUNS

MEETING_ROOT = "04"

# "thousands of people": the people act
QUANTITY_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})

# Documents that speak for their authors ("a new report says ...").
REPORT_NOUNS = frozenset({"report", "study", "survey", "statement", "communique"})

# Subjects that say the doer is unknown ("information on who placed the bombs").
UNKNOWN_DOERS = frozenset({"who", "whoever", "someone", "somebody", "unknown"})


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


def _words_ref(trig: Trigger, gov: Trigger | None, resolver: Resolver) -> list[Ref]:
    """An actor known only by its words ("a suicide bomber", "gunmen"), for scope "all".

    Only nouns that name people or bodies qualify: "the virus killed six" has no actor."""
    verb = trig.token if trig.token.pos_ not in NOUN_POS else (_light_verb(trig.token) or trig.token)
    passive = any(c.dep_ == "auxpass" for c in verb.children) or _headline_passive(verb)
    chain = [verb] if not _headline_passive(verb) else []
    while chain and chain[-1].dep_ in ("xcomp", "conj", "acomp") and len(chain) < 4 and not any(
            c.dep_ in ("nsubj", "nsubjpass", "agent") for c in chain[-1].children):
        chain.append(chain[-1].head)  # "X fired an aide and opened an inquiry"
    if gov is not None and not (passive and gov.pattern.kind == "speech") and not any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" for t in chain for c in t.children):
        # (not the speaker of "were killed, authorities said" or "the storm killed 20,
        # officials said")
        chain.append(gov.token)
    for t in chain + ([trig.token] if trig.pattern.symmetric else []):
        for c in t.children:
            if c.dep_ in ("nsubj", "agent") or (c.dep_ == "prep" and (c.lower_ == "by" or (
                    c.lower_ == "between" and trig.pattern.symmetric))):  # "talks between"
                head = c if c.dep_ == "nsubj" else next(
                    (g for g in c.children if g.dep_ == "pobj"), None)
                if head is None or not (_actor_words(head, resolver) or (
                        trig.pattern.kind == "speech" and head.lower_ in REPORT_NOUNS) or (
                        (trig.pattern.code or "")[:2] == "14" and head.lower_ in QUANTITY_WORDS)):
                    continue  # ("a new report says": its authors make a statement; "thousands
                    # marched": a crowd protests)
                start, end = head.left_edge.idx, head.idx + len(head.text)
                text = resolver.text[start:end] if end - start < 200 else head.text
                # "the army launched an offensive": armed forces fight (19), others assault
                sector = "MIL" if resolver.kb.agents.get(head.lower_) == "MIL" else None
                return [Ref("text:" + head.lemma_.lower(), None, sector, text, start, end,
                            via="words")]
    # "were abducted", "a rocket attack"; but "were killed" may be an accident or a storm
    unnamed = (passive and trig.token.lemma_.lower() not in ("kill", "injure", "wound", "die")) \
        or trig.token.pos_ in NOUN_POS or (verb.dep_ != "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ in UNKNOWN_DOERS for c in verb.children))
    if any(c.dep_ == "agent" for c in verb.children):
        unnamed = False  # "stabbed by her boyfriend": named, but no political actor
    code = trig.pattern.code or ""
    # (and, passive only: "was accused of", "was sentenced", "activist released")
    if unnamed and (code[:2] in ("17", "18", "19", "20")
                    or (passive and (code[:2] == "11" or code == "0841"))):
        # "journalists who were abducted": an unnamed actor did it
        return [Ref("text:?", None, None, "", verb.idx, verb.idx, via="words")]
    return []


def _words_target(verb: Token, resolver: Resolver, *, people: bool = True) -> list[Ref]:
    """The people an act is done to, known only by their words (scope "all")."""
    headline = _headline_passive(verb)
    nouns = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
             for g in p.children if g.dep_ == "pobj"] if verb.pos_ in NOUN_POS else []
    for c in [*verb.children, *([verb.head] if headline and verb.dep_ == "acl" else []), *nouns]:
        if c.dep_ not in ("dobj", "nsubjpass") and not (headline and c.dep_ in ("nsubj", "ROOT")) \
                and c not in nouns:  # ("the murder of a prisoner")
            continue
        head = c
        if c.pos_ == "NUM":  # "rescued 80 of the hostages"
            head = next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), c)
        if (people and (head.lemma_.lower() in PERSON_NOUNS or head.lower_ in PERSON_NOUNS)) \
                or (head.pos_ != "PRON" and _actor_words(head, resolver)):
            start, end = c.left_edge.idx, head.idx + len(head.text)
            return [Ref("text:" + head.lemma_.lower(), None, None, resolver.text[start:end],
                        start, end, via="words")]
    return []


def _actor_words(token: Token, resolver: Resolver) -> bool:
    if token.pos_ == "PRON":
        return False
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.pos_ == "PROPN":
        return True  # a named person or body ("Bishop Paul Verryn said")
    lemma = token.lemma_.lower()
    if token.lower_ in QUANTITY_WORDS:  # "thousands of people protested"
        return any(_actor_words(g, resolver) or g.lower_ in PERSON_NOUNS
                   for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj")
    return lemma in resolver.kb.agents or token.lower_ in resolver.kb.agents \
        or lemma in ACTOR_NOUNS or token.lower_ in ACTOR_NOUNS
