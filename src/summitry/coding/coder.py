"""The event coder: triggers + arguments over the dependency parse -> raw events.

For each trigger found by ``triggers.find_triggers`` the coder finds who acts
(subject, possessor, modifiers, or the subject inherited from a governing
clause), who is acted on (the pattern's target slots), applies the governor
(modal verbs wrap the code: "agreed to meet" -> 036; appeals and threats take
the inner act as their content), and pairs the parties into dyads.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from ..enrich.modality import carrier_verb, clause_modality, is_background
from .ontology import intent_code
from .vocabulary import PERSON_NOUNS  # sentence-level coding (scope "all")
from .patterns import Pattern, PatternSet
from .triggers import NOUN_POS, Trigger, _lemma_in, clause_verb, find_triggers
from .vocabulary import (ACCUSE_CUES, ACT_NOUNS, IMPLICIT_ACT_NOUNS, SANCTION_WORDS, ACTOR_NOUNS, CHARACTERIZE_VERBS, CLAIM_NOUNS, COMMENTATORS,
                         DISAPPROVE_CUES, INHERIT_SUBJECT, LIGHT_VERBS, OBLIGATION_AUX,
                         OBLIGATION_VERBS, OPTIMISM_CUES, PESSIMISM_CUES, PRAISE_CUES,
                         QUANTITY_NOUNS, REJECT_CUES, STATE_NOUNS,
                         DIRECTING_VERBS)

# Nouns that report an act; a that-clause after them says whose act it is.
CONTENT_NOUNS = frozenset({"announcement", "news", "decision", "report", "reports", "claim",
                           "claims", "statement", "move", "declaration", "confirmation"})

# Prepositions of place and pairing: an actor named after them in a reported clause is
# where something happens or who is paired, not whom the statement is about.
LOCATIVE_PREPS = frozenset({"in", "across", "at", "throughout", "within", "inside", "outside",
                            "near", "around", "into", "from", "between", "beyond", "among", "to"})

logger = logging.getLogger(__name__)

# Roots of force, sanctions and punishment: announced or held out as possible ("will",
# "could"), they are threats (CAMEO 13).
FORCE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})

# Quotation marks that open or close a sentence of direct speech.
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})

# Documents through which a body acts: "The statement accused Washington ...".
ISSUED_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration",
                          "resolution", "letter"})

# Subordinators of a condition: acts in their clauses are not reported as done.
CONDITIONALS = frozenset({"if", "whether", "unless"})

# Codes whose events are meetings (for the discourse group and for meetings).
MEETING_ROOT = "04"

# "called Canada one of the worst", "described the vote as interference": a party
# characterised with a complement, coded by what the complement says (see _characterized).
CHARACTERIZE = Pattern(id="statement.characterize", code="010", verbs=tuple(
    sorted(CHARACTERIZE_VERBS)), target=("dobj",), confidence=0.5, file="coder",
    note="characterising a party: 112/111 for accusing or critical words, 051 for praise")
# Words that stand for something else than a party as the object of "called"
PLACEHOLDERS = frozenset({"it", "this", "that", "what", "which", "these", "those", "them"})


@dataclass
class RawEvent:
    """An event before enrichment: parties as Refs plus the tokens that coded it."""

    source: Ref
    target: Ref | None
    code: str
    pattern: Pattern
    governor: Pattern | None
    modality: str
    symmetric: bool
    trigger: Token
    sent: Span
    confidence: float


class EventCoder:
    def __init__(self, patterns: PatternSet, *, everything: bool = False) -> None:
        self.patterns = patterns
        # scope "all": unknown actors are coded by their words, addressees are optional,
        # and every statement is an event (sentence-level CAMEO coding)
        self.everything = everything

    def code_sentence(self, sent: Span, resolver: Resolver) -> list[RawEvent]:
        out: list[RawEvent] = []
        resolver.full_article = not self.everything  # implicit parties (full articles only)
        if _commentary(sent) or _file_photo(sent) or (not self.everything and _question(sent)):
            return out
        triggers = find_triggers(sent, self.patterns)
        inner_of: dict[int, list[Trigger]] = {}
        for trig in triggers:
            if trig.governor is not None:
                inner_of.setdefault(trig.governor.token.i, []).append(trig)
        # a governor with no code and nothing coded inside ("have failed to address the
        # threat") frames nothing: the speech verb above it reads its clause itself
        hollow = {t.token.i for t in triggers if t.pattern.kind == "modal"
                  and not t.pattern.code and not any(
                      it.pattern.code for it in inner_of.get(t.token.i, []))}
        for key in list(inner_of):
            inner_of[key] = [t for t in inner_of[key] if t.token.i not in hollow]
            if not inner_of[key]:
                del inner_of[key]
        by_token = {t.token.i: t for t in triggers}
        for trig in triggers:
            # "retaliated with tariffs", "hit Mexico with a levy": the act named after "with"
            # is what the verb did
            verb = trig.token.head.head
            if trig.token.pos_ in NOUN_POS and trig.pattern.kind == "event" and \
                    trig.token.dep_ == "pobj" and trig.token.head.lower_ == "with" and \
                    verb.i in by_token and by_token[verb.i].pattern.kind == "event" and \
                    by_token[verb.i].pattern.specificity == 0 and verb.pos_ == "VERB":
                by_token[verb.i].consumed = True
        for trig in triggers:
            if trig.consumed:
                continue
            kind = trig.pattern.kind
            gov = trig.governor
            if kind == "event" and not self.everything and gov is None and _state_of_affairs(
                    trig.token, by_token):
                continue  # "Japan's cooperation with India will develop slowly"
            if not self.everything and _conditional(trig.token):
                continue  # "whether they agree or not", "if hit by sanctions": not reported
            if kind == "event":
                if gov is not None and (gov.pattern.kind == "appeal" or (
                        gov.governor is not None and gov.governor.pattern.kind == "appeal")):
                    continue  # the content of an appeal, demand or threat: not an act
                out += self._code(trig, resolver, gov)
            elif kind == "speech" and self.everything and trig.pattern.code \
                    and inner_of.get(trig.token.i):
                out += self._code(trig, resolver, gov)
            elif not inner_of.get(trig.token.i) and trig.pattern.code:
                # a governor with nothing inside: "agreed", "urged Japan", "said ... Korea"
                if gov is not None and gov.pattern.kind == "appeal":
                    continue
                if kind == "speech":
                    out += self._statement(trig, resolver, gov)
                else:
                    out += self._code(trig, resolver, gov)
            elif kind == "appeal" and trig.pattern.code:
                inner = [it for it in inner_of.get(trig.token.i, []) if it.pattern.code]
                # "urged X to agree to a ceasefire": the innermost act says what is asked
                while inner and inner[0].pattern.kind == "modal" and any(
                        it.pattern.code for it in inner_of.get(inner[0].token.i, [])):
                    inner = [it for it in inner_of[inner[0].token.i] if it.pattern.code]
                code = trig.pattern.code
                if inner and trig.pattern.clause_code and not _slot_refs(
                        trig.token, ("dobj",), resolver) and trig.pattern.wrapped(
                        _refined(inner[0]) or "", default="") == "":
                    # (not "warned Britain that ...", nor "warned that Iran will be bombed")
                    others = _others_clause(trig.token, inner[0].token, resolver)
                    if others:
                        # "warned that cooperation between Russia and North Korea is
                        # dangerous": disapproval of them, not a threat (clause_code)
                        out += self._code(trig, resolver, gov, code=trig.pattern.clause_code,
                                          targets=others)
                        continue
                if inner:
                    code = trig.pattern.wrapped(_refined(inner[0]) or code, default=code)
                out += self._code(trig, resolver, gov, code=code,
                                  inner=inner[0] if inner else None)
        if not self.everything:
            # "said China uses laws to suppress freedoms": the act inside ("suppress")
            # coded nothing (no party acted on), so the statement is read by its clause
            produced = {e.trigger.i for e in out}

            def silent(t: Trigger) -> bool:
                return t.token.i not in produced and all(
                    silent(it) for it in inner_of.get(t.token.i, []))

            for trig in triggers:
                inner = inner_of.get(trig.token.i)
                if trig.pattern.kind == "speech" and inner and trig.pattern.code and \
                        not trig.consumed and all(silent(it) for it in inner) and (
                        trig.governor is None or trig.governor.pattern.kind != "appeal"):
                    # only what the clause says about a party (020, 11x, 012/013)
                    out += [e for e in self._statement(trig, resolver, trig.governor)
                            if e.code != trig.pattern.code]
        out += self._characterized(sent, resolver, triggers, out)
        if not self.everything and not out and not any(
                t.pattern.kind == "speech" for t in triggers):
            out += self._continued_quote(sent, resolver)
        if self.everything and out and all(_attribution(e) for e in out):
            return []  # "A man died in a shooting, police said": the source of a report
        return out

    def _continued_quote(self, sent: Span, resolver: Resolver) -> list[RawEvent]:
        """A sentence that is all quotation, right after an attributed one ('"...," the
        spokesman told reporters. "The military continues to defy calls ..."'): the same
        speaker's statement, coded only by a cue in what it says (020, 11x, 012/013)."""
        text = sent.text.strip()
        st = resolver.state
        if len(text) < 2 or text[0] not in QUOTES or text.rstrip(".!?")[-1:] not in QUOTES \
                or st.last_speaker is None or st.speaker is not None \
                or st.sentence - st.last_speaker_sentence != 1:
            return []
        sp = st.last_speaker
        if not sp.country:
            return []
        cue, about = _content_reading([sent.root], resolver, {sp.country})
        pattern = self.patterns.by_id.get("statement.say") if hasattr(
            self.patterns, "by_id") else next(
            (p for p in self.patterns.patterns if p.id == "statement.say"), None)
        if cue is None or not about or pattern is None:
            return []
        source = Ref(sp.actor, sp.country, sp.sector, sp.text, sp.start, sp.end, via="pronoun")
        return [RawEvent(source, t, cue, pattern, None, clause_modality(sent.root), False,
                         sent.root, sent, 0.4) for t in about]

    def _characterized(self, sent: Span, resolver: Resolver, triggers: list[Trigger],
                       coded: list[RawEvent]) -> list[RawEvent]:
        """ "Trump called Canada 'one of the worst'", "decrying the vote as interference",
        "described the donation as a gesture of friendship": a verb that characterises a
        party with a complement is criticism (111), an accusation (112) or praise (051)
        of that party, by the words of the complement (CAMEO 111/112/051)."""
        out: list[RawEvent] = []
        by_token = {t.token.i: t for t in triggers}
        done = {e.trigger.i for e in coded}  # the verb's own act already coded
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() not in CHARACTERIZE_VERBS:
                continue
            found = _complement(token)
            if found is None:
                continue
            obj, comp = found
            skip = {t.i for t in token.head.subtree} if comp is token.head.head else set()
            words = {w for t in comp.subtree if t.i not in skip and not _negated_word(t)
                     for w in (t.lemma_.lower(), t.lower_)}
            cue = ("112" if words & ACCUSE_CUES else "111" if words & DISAPPROVE_CUES
                   else "051" if words & PRAISE_CUES else None)
            if cue in ("111", "112", None) and obj.lemma_.lower() in CLAIM_NOUNS | {
                    "comment", "remark"} and words & REJECT_CUES:
                cue = "120"  # "called Pakistan's assertions baseless": rejects them
            trig = by_token.get(token.i)
            if trig is not None and trig.pattern.kind == "event" and trig.pattern.code \
                    and not trig.pattern.code.startswith("01"):
                cue = trig.pattern.code  # "decried X as ...", "dismissed X as ...": its own act
            if cue is None:
                continue
            own = {r.country for r in _subject_refs(token, resolver) if r.country}
            targets = [r for r in (resolver.refs_for(obj) or _owner_refs(obj, resolver)
                                   or _act_refs(token, resolver, own)) if r.country]
            if not targets:
                continue
            if token.i in done:
                continue
            out += self._code(Trigger(token, CHARACTERIZE), resolver, None, code=cue,
                              targets=targets)
        return out

    # ---- one trigger ---------------------------------------------------
    def _statement(self, trig: Trigger, resolver: Resolver,
                   gov: Trigger | None) -> list[RawEvent]:
        """A speech verb with no coded act inside: a statement to its addressee, or about
        the party its reported clause is about, coded by what the clause says (appeal 020,
        accusation 112, criticism 111, pessimism 012, optimism 013, else the verb's code)."""
        if self.everything:  # sentence-level coding: a statement is 01 (annotators' usage)
            if trig.token.dep_ == "acl" and trig.token.tag_ == "VBN":
                return []  # "the op-ed written by a senior official": a document, not an act
            return self._code(trig, resolver, gov)
        content = _reported(trig.token) if trig.token.dep_ != "relcl" else []
        sources, slot_targets = self._arguments(trig, resolver, gov) if content else ([], [])
        own = {s.country for s in sources if s.country}
        if not own:  # "tankers it says belong to Russia", "police said": no reading
            return self._code(trig, resolver, gov)
        cue, about = _content_reading(content, resolver, own)
        code = trig.pattern.code
        if about and (cue or not slot_targets):
            if cue and code == "010":
                code = cue
            return self._code(trig, resolver, gov, code=code, targets=about)
        return self._code(trig, resolver, gov)

    def _code(self, trig: Trigger, resolver: Resolver, gov: Trigger | None, *,
              code: str | None = None, inner: Trigger | None = None,
              targets: list[Ref] | None = None) -> list[RawEvent]:
        p = trig.pattern
        token = trig.token
        code = code or _refined(trig)
        if code is None or is_background(token):
            return []
        given = targets
        modality = clause_modality(token)
        # sentence-level coding: "the government will provide subsidies" is the act itself,
        # as the annotators of confli-cameo code it (a reported "would" stays 03x)
        act, plain_future = code, self.everything and modality == "planned" and _will(
            token) and (gov is None or gov.pattern.kind == "speech")
        if not self.everything and code.startswith("042") and _raised(token) is not None \
                and _errand(token):
            return []  # "is scheduled to travel to X to tour a plant": a travel plan
        if gov is not None and gov.pattern.kind == "modal":
            code = gov.pattern.wrapped(code)
            gov_mod = gov.pattern.modality or "agreed"
            modality = "negated" if clause_modality(gov.token) == "negated" else gov_mod
        elif not self.everything and modality == "asserted" and _raised(token) is not None:
            # "is due to meet", "is expected to have a meeting": scheduled, not done (036)
            modality = "planned"
            code = intent_code(code)
        elif modality == "planned" or (modality == "hoped" and code[:2] in FORCE_ROOTS):
            code = intent_code(code)  # "could retaliate with tariffs": a threat (1312)
        sources, targets = self._arguments(trig, resolver, gov)
        if given is not None:
            targets = [t for t in given if all(t.actor != s.actor for s in sources)]
        if plain_future:
            code = act
        if self.everything and not sources and token.pos_ in NOUN_POS:
            # "extra UN sanctions": an actor that modifies the act noun directly
            mods = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                    and c.i < token.i]
            sources = _dedupe([r for c in mods for r in resolver.refs_for(c, expand_conj=False)])
            if not sources:  # "a Soviet refusal": a people or body the KB does not know
                sources = [Ref("text:" + c.lower_, None, None, c.text, c.idx,
                               c.idx + len(c.text), via="words")
                           for c in mods if c.ent_type_ in ("NORP", "ORG", "GPE")][:1]
        if self.everything and not sources:
            sources = _words_ref(trig, gov, resolver)
        if self.everything and p.needs_target and not targets and given is None:
            # "gunmen released two priests"; a meeting only with a body or its officials
            # ("hosted the visiting delegation", not "received 90 million tourists")
            targets = _words_target(token, resolver,
                                    people=not code.startswith(MEETING_ROOT))
        if code == "190" and not _state_force(sources, resolver):
            code = "180"  # violence by others than a state's forces is assault, not war (CAMEO)
        if p.clause_code and inner is None and targets and not _slot_refs(
                token, tuple(x for x in p.target if x != "clause"), resolver) and not \
                _own_clause(token, sources, resolver):
            code = p.clause_code  # "warned that X ...": disapproval of X, not a threat
        if inner is not None and not targets:
            # "threatened to attack South Korea": the threat is aimed at the inner target
            _, inner_targets = self._arguments(inner, resolver, None)
            targets = [t for t in inner_targets if all(t.actor != s.actor for s in sources)]
        if not self.everything and not targets and given is None and code.startswith("13") \
                and _sanction_words(token) and (token.lemma_ in THREAT_VERBS or (
                    gov is not None and gov.token.lemma_ in THREAT_VERBS)):
            # "is also considering sanctions": aimed at the party the article is about
            implicit = resolver.implicit_target({s.country for s in sources if s.country}, reach=3)
            targets = [implicit] if implicit is not None else []
        events: list[RawEvent] = []
        symmetric = p.symmetric
        if symmetric:
            pairs = _symmetric_pairs(sources, targets,
                                     host=resolver.state.place or resolver.state.context_place)
            if not pairs and self.everything and sources:
                pairs = [(sources[0], None)]
            if not self.everything and token.pos_ in NOUN_POS and targets and len(
                    sources) > 1 and _occasion_verb(token) is not None and not _slot_refs(
                    token, p.target, resolver):
                # "A and B told C in phone conversations": each speaker with C
                pairs = [(s, t) for s in sources for t in targets]
        else:
            pairs = [(s, t) for s in sources for t in targets] or (
                [(s, None) for s in sources]
                if p.target_optional or (self.everything and not p.needs_target) else [])
        for src in reversed(sources):  # the first-mentioned party last: the act's focus
            resolver.remember_act(code, src)
        if not self.everything:
            for src, tgt in pairs:
                if tgt is not None:
                    resolver.remember_target(code, src, tgt)
        conf = p.confidence
        for src, tgt in pairs:
            c = conf - (0.1 if src.via in ("pronoun", "group") else 0) - (
                0.1 if tgt is not None and tgt.via in ("pronoun", "group") else 0)
            events.append(RawEvent(src, tgt, code, p, gov.pattern if gov else None, modality,
                                   symmetric, token, token.sent, round(max(c, 0.1), 2)))
        if code.startswith(MEETING_ROOT) and modality == "asserted" and events:
            resolver.set_group([*sources, *targets])  # "the two leaders", "they" next
        elif token.pos_ not in NOUN_POS and len(sources) >= 2 and all(
                s.via in ("name", "title", "group", "office") for s in sources):
            resolver.set_group(sources)  # "President Lee and Prime Minister Carney agreed"
        return events

    def _arguments(self, trig: Trigger, resolver: Resolver,
                   gov: Trigger | None) -> tuple[list[Ref], list[Ref]]:
        token, p = trig.token, trig.pattern
        sources: list[Ref] = []
        targets: list[Ref] = []
        if token.pos_ in NOUN_POS:
            for c in token.children:
                if c.dep_ == "poss":
                    sources += resolver.refs_for(c)
            mods = _modifier_refs(token, resolver)
            if p.symmetric or not sources:
                sources += mods
            verb = _light_verb(token)
            if verb is not None and sources and all(r.via == "pronoun" for r in sources):
                # "Lee held his first summit": the named subject rather than "his"
                named = _subject_refs(verb, resolver)
                if named and {r.actor for r in named} == {r.actor for r in sources}:
                    sources = named
            if not sources and verb is not None:
                sources += _subject_refs(verb, resolver) or _agent_refs(verb, resolver)
            if not self.everything and not sources:
                # full-article coding: "a visit by X to Y" (the noun's "by" agent), "X said
                # during a visit to Y", "A told B in phone conversations" (the occasion of
                # the clause: its subject, with its addressee)
                sources, occasion = _noun_agent(token, resolver), None
                if not sources and p.code and p.code.startswith(MEETING_ROOT):
                    occasion = _occasion_verb(token)
                    if occasion is not None:
                        sources = _subject_refs(occasion, resolver)
                if occasion is not None and sources and p.symmetric and not _slot_refs(
                        token, p.target, resolver):
                    targets += _slot_refs(occasion, ("dobj", "dative"), resolver)
            if not self.everything and not sources and verb is not None:
                sources += _raised_subject_refs(verb, resolver)  # "is expected to have talks"
            if verb is not None and verb is not token:
                targets += _slot_refs(verb, tuple(s for s in p.target if s != "dobj"), resolver)
        elif any(c.dep_ == "auxpass" for c in token.children) or _headline_passive(token):
            # passive: the agent ("by X") acts on the grammatical subject
            sources = _agent_refs(token, resolver)
            for c in token.children:
                if c.dep_ in ("nsubjpass", "nsubj"):
                    targets += resolver.refs_for(c)
            if token.dep_ == "acl":
                targets += resolver.refs_for(token.head)
        elif token.dep_ == "acl" and token.tag_ == "VBN" and _agent_refs(token, resolver):
            # "a meeting of the Security Council requested by the United States": a passive
            # participle; its agent acts on the noun it describes (or that noun's owner)
            sources = _agent_refs(token, resolver)
            head = token.head
            targets += resolver.refs_for(head) or _owner_refs(head, resolver)
        else:
            sources = _subject_refs(token, resolver)
            if not sources and not self.everything:
                sources = _raised_subject_refs(token, resolver)  # "is due to meet"
            if p.object and p.symmetric:
                # "strengthen Korea-U.S.-Japan cooperation": the object names the parties
                for c in token.children:
                    if c.dep_ in ("dobj", "attr") and _lemma_in(c, p.object):
                        sources = _dedupe(_modifier_refs(c, resolver) + sources) \
                            if not sources else sources + _modifier_refs(c, resolver)
        if not sources and gov is not None:
            sources = _subject_refs(gov.token, resolver)
        targets += _slot_refs(token, p.target, resolver)
        if gov is not None and gov.pattern.kind == "appeal" and not targets:
            targets = _slot_refs(gov.token, gov.pattern.target, resolver)
        if not targets and token.pos_ not in NOUN_POS:
            targets = _act_refs(token, resolver, {s.country for s in sources if s.country})
            if not targets and not self.everything and (p.code or "")[:2] in ("11", "05"):
                targets = _implicit_act_refs(token, resolver,
                                             {s.country for s in sources if s.country})
        sources = _dedupe(sources)
        return sources, _dedupe([t for t in targets if all(t.actor != s.actor for s in sources)])


def _question(sent: Span) -> bool:
    """A question asks; it reports no act ("What position does it put the U.S. in?")."""
    words = [t for t in sent if not t.is_punct or t.text == "?"]
    return bool(words) and words[-1].text == "?"


def _conditional(token: Token) -> bool:
    """An act inside an "if", "whether" or "unless" clause is a condition, not a report."""
    t = token
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in CONDITIONALS
                                              for c in t.children):
            return True
        if t.dep_ == "ROOT" or t.head is t:
            return False
        t = t.head
    return False


def _state_of_affairs(noun: Token, triggers: dict[int, Trigger]) -> bool:
    """A relationship noun that no verb acts on: a state, not an act (protocol: only acts,
    agreements and announcements are events)."""
    if noun.pos_ not in NOUN_POS or noun.lower_ not in STATE_NOUNS:
        return False
    t = noun
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    head = t.head
    if t.dep_ == "pobj" and head.lower_ in ("on", "for", "to", "in"):
        head = head.head  # "agreed on cooperation", "called for cooperation"
    elif t.dep_ not in ("dobj", "nsubjpass"):
        return True
    return not (head.pos_ in ("VERB", "AUX") and (
        head.lemma_.lower() in LIGHT_VERBS or head.i in triggers))


def _complement(verb: Token) -> tuple[Token, Token] | None:
    """The object and its complement of a characterising verb: "called [Canada] ["one of
    the worst"]", "described [the vote] as [interference]", "[X] was branded [a threat]"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    oprds = [c for c in verb.children if c.dep_ == "oprd"]
    if not objs and len(oprds) >= 2:  # "called Canada "one of ..."": both read as oprd
        objs, oprds = oprds[:1], oprds[1:]
    comps = oprds + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if not comps:
        # "described the donation as a gesture": "as" hangs on the object
        comps = [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and len(objs) + len(oprds) == 1 \
            and verb.head.head.pos_ in ("ADJ", "NOUN") and verb.head.head.i > verb.i:
        # 'the minister called Russian strikes "unacceptable."' parsed as "the minister
        # [called Russian strikes] (is) unacceptable"
        objs, comps = (objs or oprds)[:1], [verb.head.head]
    if not objs or not comps or objs[0].lower_ in PLACEHOLDERS:
        return None
    return objs[0], comps[0]


def _own_clause(verb: Token, sources: list[Ref], resolver: Resolver) -> bool:
    """ "warned that it will continue to exert pressure on Iran": the clause is about the
    speaker's own act (its subject is a pronoun or the speaker's country)."""
    own = {s.country for s in sources if s.country}
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for s in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            if s.lower_ in ("it", "we", "i", "they") and s.pos_ == "PRON":
                refs = resolver.refs_for(s)
                if not refs or any(r.country in own for r in refs):
                    return True
            elif own and any(r.country in own for r in resolver.refs_for(s)):
                return True
    return False


def _others_clause(verb: Token, inner: Token, resolver: Resolver) -> list[Ref]:
    """The parties a that-clause under ``verb`` is about, when its act is not the speaker's
    own ("warned that X's cooperation with Y ..." rather than "warned it would ...")."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not (clause.left_edge.i <= inner.i <= clause.right_edge.i):
            continue
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if any(s.pos_ == "PRON" for s in subj):
            return []  # "warned it would retaliate": the speaker's own act
        speaker = {r.country for c in verb.children if c.dep_ == "nsubj"
                   for r in resolver.refs_for(c)}
        if not speaker or any(r.country in speaker for s in subj for r in resolver.refs_for(s)):
            return []  # no speaker, or "warned that Tehran would end ...": its own act
        refs = _clause_refs(clause, resolver, skip_places=False)
        return _dedupe([r for r in refs if r.country and r.country not in speaker])
    return []


def _reported(verb: Token) -> list[Token]:
    """The clause heads a speech verb reports: its ``ccomp`` children ("said Iran is
    defying ..."), or the quotation it is set into ('"...," Rubio said')."""
    heads = [c for c in verb.children if c.dep_ == "ccomp"]
    if not heads and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        heads = [verb.head]
    out: list[Token] = []
    for h in heads:
        out.append(h)
        out += [c for c in h.conjuncts if c.pos_ in ("VERB", "AUX")]
    return out


def _content_reading(heads: list[Token], resolver: Resolver,
                     own: set[str]) -> tuple[str | None, list[Ref]]:
    """What a reported clause says, and about whom: (cue code or None, the parties).

    The parties are the clause's subject when it names another country's actor ("said
    Iran is defying ..."), else the first other actor named in the clause."""
    def foreign(refs: list[Ref]) -> list[Ref]:
        # not pronouns (the speaker's own "we"), nor people known only by where they are
        return [r for r in refs if r.country and r.country not in own
                and r.via not in ("pronoun", "group") and r.sector != "CVL"]

    subjects: list[Ref] = []
    appeal: list[Ref] = []
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                refs = foreign(resolver.refs_for(c) or _owner_refs(c, resolver))
                subjects += refs
                if refs and _obliged(h):
                    appeal += refs
    if appeal:
        return "020", _dedupe(appeal)
    tokens = [t for h in heads for t in h.subtree]
    words = {w for t in tokens if not _negated_word(t) for w in (t.lemma_.lower(), t.lower_)}
    cue = ("112" if words & ACCUSE_CUES else "111" if words & DISAPPROVE_CUES
           else "012" if words & PESSIMISM_CUES else "013" if words & OPTIMISM_CUES else None)
    if subjects:
        return cue, _dedupe(subjects)
    if cue is not None:
        # "support Ukraine in the face of Russia's illegal aggression": the owner of the
        # criticised thing is whom the remark is about
        cues = ACCUSE_CUES | DISAPPROVE_CUES
        for t in tokens:
            if t.lemma_.lower() in cues or t.lower_ in cues:
                noun = t if t.pos_ in NOUN_POS else t.head if t.dep_ == "amod" else None
                owners = foreign(_owner_refs(noun, resolver)) if noun is not None else []
                if owners:
                    return cue, _dedupe(owners)[:1]
    named: list[Ref] = []
    for h in heads:
        named += foreign(_clause_refs(h, resolver, skip_places=True, core=cue is None))
    return cue, named[:1]


def _negated_word(token: Token) -> bool:
    """ "poses no threat", "is not illegal": the cue word is denied."""
    for t in (token, token.head):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
            return True
    return False


def _core_argument(token: Token, clause: Token) -> bool:
    """A subject, object or possessor of a clause ("Russia's court", "U.S. protection"),
    not a name in a modifier ("trade with China")."""
    t = token
    while t.dep_ in ("conj", "appos", "compound", "poss") and t.head is not t:
        t = t.head
    if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "dative"):
        return False
    # an argument of the reported clause, or of a verb it governs through complements
    # (not through adjuncts: "since leaving the European Union")
    verb = t.head
    for _ in range(6):
        if verb is clause:
            return True
        if verb.dep_ not in ("xcomp", "conj", "ccomp", "relcl", "attr", "dobj", "nsubj"):
            return False
        verb = verb.head
    return False


def _locative(token: Token) -> bool:
    """ "displaced people in Syria", "a deal between Mauritius and Britain": a place or a
    pair named in passing, not the party a statement is about."""
    t = token
    while t.dep_ in ("conj", "appos", "compound") and t.head is not t:
        t = t.head
    if t.dep_ in ("npadvmod", "compound") and t.head.pos_ in ("ADJ", "VERB"):
        return True  # "the Washington-based body"
    return t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS


def _obliged(verb: Token) -> bool:
    """ "Russia must accept it", "both sides need to do difficult things"."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children):
        return True
    return verb.lemma_.lower() in OBLIGATION_VERBS and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children)


def _object_nouns(token: Token) -> list[Token]:
    """The trigger, its object, and a noun the object introduces ("40 million euros in
    humanitarian funding for Sudan"): where target phrases and modifiers attach."""
    out = [token]
    for c in token.children:
        if c.dep_ in ("dobj", "attr", "nsubjpass"):
            out.append(c)
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                    out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def _refined(trig: Trigger) -> str | None:
    """The pattern's code, made specific by a modifier ("humanitarian aid" -> 073)."""
    p = trig.pattern
    if not p.refine:
        return p.code
    words = _object_nouns(trig.token)
    for w in words:
        for c in [w, *w.children]:
            if c.dep_ in ("amod", "compound", "nmod") or c is w:
                code = p.refine.get(c.lemma_.lower()) or p.refine.get(c.lower_)
                if code:
                    return code
    return p.code


def _dedupe(refs: list[Ref]) -> list[Ref]:
    out: list[Ref] = []
    for r in refs:
        if all(o.actor != r.actor for o in out):
            out.append(r)
    return out


def _symmetric_pairs(sources: list[Ref], targets: list[Ref], *,
                     host: str | None = None) -> list[tuple[Ref, Ref | None]]:
    """Pair the parties of a symmetric act: the first-mentioned with each other party; in
    a meeting of more than three, the host (the country it takes place in) with each."""
    parties = _dedupe([*sources, *targets])
    if len(parties) < 2:
        return []
    if len(parties) > 3 and host is not None:
        hosts = [p for p in parties if p.country == host]
        if hosts:
            return [(hosts[0], other) for other in parties if other is not hosts[0]]
    if len(sources) >= 1 and targets and not all(t.country in {s.country for s in sources}
                                                 for t in targets):
        return [(s, t) for s in sources[:1] for t in parties if t is not s] + [
            (s, t) for s in sources[1:] for t in targets if t.country != s.country]
    focal = parties[0]
    return [(focal, other) for other in parties[1:]]


def _subject_refs(verb: Token, resolver: Resolver) -> list[Ref]:
    t = verb
    for _ in range(6):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            refs: list[Ref] = []
            for s in subj:
                if t.dep_ == "relcl" and s.lower_ in ("that", "which") and s.pos_ == "PRON":
                    # "a joint statement that condemned ...": the statement's issuer
                    refs += resolver.refs_for(t.head) or _issuer(t.head, resolver)
                    continue
                # "Israeli airstrikes hit ...": a thing's owner acts through it
                refs += resolver.refs_for(s) or _owner_refs(s, resolver) or _issuer(
                    s, resolver)
            if refs and t is verb:  # (not for acts the subject's clause governs)
                refs += _co_actors(t, subj[0], resolver)
            return refs
        if t.dep_ in INHERIT_SUBJECT or (t.dep_ == "ccomp" and t.head.pos_ == "VERB"):
            t = t.head
            if t.dep_ == "ROOT" and resolver.mention_at(t) is not None:
                # "Trump at first imposed tariffs": the parser read the name as the main verb
                return resolver.refs_for(t)
            continue
        if t.dep_ in ("relcl", "acl"):
            return resolver.refs_for(t.head) or _issuer(t.head, resolver)
        if t.dep_ in ("pobj", "prep", "dobj"):
            t = t.head
            if t.dep_ == "ROOT" and t.pos_ != "AUX" and resolver.mention_at(t) is not None:
                # "Trump at first imposed ...": the name read as the main verb, "imposed"
                # hanging on "at"
                return resolver.refs_for(t)
            continue
        break
    return []


def _co_actors(verb: Token, subj: Token, resolver: Resolver) -> list[Ref]:
    """ "The United States, along with Britain and France, called ...", "Japan, together
    with Australia, ...": the parties named with the subject act with it."""
    out: list[Ref] = []
    for host in (verb, subj):
        for c in host.children:
            if host is verb and not subj.i < c.i < verb.i:
                continue  # only between the subject and its verb
            withs: list[Token] = []
            if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together"):
                withs = [w for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]
            elif c.dep_ == "prep" and c.lower_ == "with" and any(
                    g.dep_ == "advmod" and g.lower_ in ("along", "together") for g in c.children):
                withs = [c]  # "Japan, together with Australia,"
            for w in withs:
                for g in w.children:
                    if g.dep_ == "pobj":
                        out += resolver.refs_for(g)
    return out


def _issuer(noun: Token, resolver: Resolver) -> list[Ref]:
    """Who issued a statement that acts ("The statement accused Washington ...", "wrapped up
    the meeting with a joint statement that condemned ..."): the subject of the clause the
    statement comes with, else the body that acted just before."""
    if noun.lower_ not in ISSUED_NOUNS or any(c.dep_ == "poss" for c in noun.children):
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "in", "through", "via"):
        verb = noun.head.head
        if verb.pos_ in ("VERB", "AUX"):
            return _subject_refs(verb, resolver)
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT"):
        r = resolver.state.last_collective
        if r is not None and resolver.state.sentence - resolver.state.collective_sentence <= 2:
            return [Ref(r.actor, r.country, r.sector, noun.text, noun.idx,
                        noun.idx + len(noun.text), via="pronoun")]
        start = noun.sent.start
        if resolver.full_article and start > 0:
            # "X issued a statement saying ... The statement threatened sanctions": X's
            for t in noun.doc[start - 1].sent:
                if t.lower_ == noun.lower_ and t.dep_ == "dobj" and t.head.lemma_ in (
                        "issue", "release", "publish"):
                    refs = [r for r in _subject_refs(t.head, resolver) if r.country]
                    if refs:
                        return [Ref(r.actor, r.country, r.sector, noun.text, noun.idx,
                                    noun.idx + len(noun.text), via="pronoun") for r in refs[:1]]
    return []


def _agent_refs(verb: Token, resolver: Resolver) -> list[Ref]:
    out: list[Ref] = []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in c.children:
                if g.dep_ == "pobj":
                    out += resolver.refs_for(g)
    return out


def _slot_refs(token: Token, slots: tuple[str, ...], resolver: Resolver) -> list[Ref]:
    out: list[Ref] = []
    hosts = _object_nouns(token)
    for slot in slots:
        if slot in ("dobj", "dative", "attr"):
            found = False
            for c in token.children:
                if c.dep_ == slot or (slot == "dobj" and c.dep_ in ("dobj", "attr")):
                    found = True
                    refs = resolver.refs_for(c) or _owner_refs(c, resolver)
                    if not refs and slot == "dobj" and c.pos_ in NOUN_POS and not any(
                            g.dep_ == "auxpass" for g in token.children):
                        # "criticised the patrols by the Japanese navy": the parser hung
                        # the object's "by" phrase on the verb
                        refs = [r for p in token.children if p.dep_ == "prep"
                                and p.lower_ == "by" and p.i > c.i for g in p.children
                                if g.dep_ == "pobj"
                                for r in (resolver.refs_for(g) or _owner_refs(g, resolver))]
                    out += refs
            if slot == "dobj" and not found and token.dep_ == "relcl" and not any(
                    c.dep_ == "nsubjpass" or c.lower_ in ("where", "when", "which", "who")
                    for c in token.children):
                # "the officials it accused of sabotage": the clause's object is its head
                out += resolver.refs_for(token.head)
            continue
        if slot in ("subject", "poss", "modifier", "agent"):
            continue
        if slot == "clause":  # "warned that cooperation between Russia and North Korea ..."
            for c in token.children:
                if c.dep_ == "ccomp":
                    out += _clause_refs(c, resolver)
            continue
        if slot == "that":  # "demanded that Russia return ...": the clause's subject
            for c in token.children:
                if c.dep_ == "ccomp":
                    for g in c.children:
                        if g.dep_ in ("nsubj", "nsubjpass"):
                            out += resolver.refs_for(g)
            continue
        if slot in ("aimed", "targeting"):
            # "drills aimed at Taiwan", "drills encircling Taiwan": a participle that
            # directs the act at a party (parsed as a verb, not a preposition)
            for host in hosts:
                for v in host.children:
                    if v.dep_ == "acl" and v.pos_ == "VERB" and v.lemma_.lower() in \
                            DIRECTING_VERBS:
                        for g in v.children:
                            if g.dep_ == "dobj":
                                out += resolver.refs_for(g) or _owner_refs(g, resolver)
                            elif g.dep_ == "prep" and g.lower_ in ("at", "against"):
                                for o in g.children:
                                    if o.dep_ == "pobj":
                                        out += resolver.refs_for(o) or _owner_refs(o, resolver)
        for host in hosts:
            # "tariffs on German vehicles and on European products": coordinated phrases too
            preps = [x for c in host.children if c.dep_ in ("prep", "agent", "dative")
                     for x in (c, *c.conjuncts)]
            for c in preps:
                if c.lower_ == slot:
                    objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    for g in objs:
                        out += resolver.refs_for(g) or _owner_refs(g, resolver)
                    if not objs:
                        out += _next_mention(c, resolver)
    return out


# Sentence-level coding (scope "all"):
# "thousands of people": the people act
QUANTITY_WORDS = frozenset({"hundreds", "thousands", "dozens", "scores", "tens", "millions"})
# Documents that speak for their authors ("a new report says ...").
REPORT_NOUNS = frozenset({"report", "study", "survey", "statement", "communique"})
# Subjects that say the doer is unknown ("information on who placed the bombs").
UNKNOWN_DOERS = frozenset({"who", "whoever", "someone", "somebody", "unknown"})
# Unnamed sources of a news report ("..., police said"), known only by their words.
ATTRIBUTION_SOURCES = frozenset({"text:police", "text:authority", "text:official"})


def _attribution(event: RawEvent) -> bool:
    """A statement by unnamed police, authorities or officials that reports no coded act:
    the source of a news report, not a political statement (sentence-level coding)."""
    if event.pattern.kind != "speech" or event.source.actor not in ATTRIBUTION_SOURCES:
        return False
    doc = event.sent.doc
    span = doc.char_span(event.source.start, event.source.end, alignment_mode="expand")
    return span is not None and not any(t.ent_type_ for t in span)


def _will(token: Token) -> bool:
    """The act's own clause is a plain future ("will withdraw from the talks")."""
    verb = carrier_verb(token)
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll")
               for c in verb.children)


def _file_photo(sent: Span) -> bool:
    """ "In this April 25, 2006 file photo, X speaks to reporters": a caption of an old
    picture, not news."""
    words = [t.lower_ for t in sent[:12]]
    return bool(words) and words[0] == "in" and "file" in words and any(
        w in ("photo", "picture", "image") for w in words)


def _commentary(sent: Span) -> bool:
    """A sentence whose main clause is an analyst's or expert's view reports no act."""
    root = sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in COMMENTATORS
               for c in root.children)


def _state_force(sources: list[Ref], resolver: Resolver) -> bool:
    """Conventional fighting (CAMEO 19) is done by states' forces; the rest is assault."""
    for s in sources:
        entry = resolver.reg.get(s.actor)
        if s.sector in ("MIL", "GOV") or (entry is not None and entry.kind == "state"):
            return True
    return False


def _words_ref(trig: Trigger, gov: Trigger | None, resolver: Resolver) -> list[Ref]:
    """An actor known only by its words ("a suicide bomber", "gunmen"), for scope "all".

    Only nouns that name people or bodies qualify: "the virus killed six" has no actor."""
    verb = trig.token if trig.token.pos_ not in NOUN_POS else (_light_verb(trig.token) or trig.token)
    passive = any(c.dep_ == "auxpass" for c in verb.children) or _headline_passive(verb)
    chain = [verb] if not _headline_passive(verb) else []
    while chain and chain[-1].dep_ in ("xcomp", "conj") and len(chain) < 4 and not any(
            c.dep_ in ("nsubj", "nsubjpass", "agent") for c in chain[-1].children):
        chain.append(chain[-1].head)  # "X suspended a clerk and launched a probe"
    if gov is not None and not (passive and gov.pattern.kind == "speech") and not any(
            c.dep_ == "nsubj" and c.pos_ != "PRON" for t in chain for c in t.children):
        # (not the speaker of "were killed, authorities said" or "the storm killed 20,
        # officials said")
        chain.append(gov.token)
    for t in chain:
        for c in t.children:
            if c.dep_ in ("nsubj", "agent") or (c.dep_ == "prep" and c.lower_ == "by"):
                head = c if c.dep_ == "nsubj" else next(
                    (g for g in c.children if g.dep_ == "pobj"), None)
                if head is None or not (_actor_words(head, resolver) or (
                        trig.pattern.kind == "speech" and head.lower_ in REPORT_NOUNS)):
                    continue  # ("a new report says": its authors make a statement)
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


def _headline_passive(verb: Token) -> bool:
    """A headline's passive without its auxiliary: "Egypt activist released in case",
    "Journalist arrested in Moscow"."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    if verb.sent[-1].text in (".", "!", "?"):  # a headline has no full stop (the tagger
        return False                           # also reads "people protested." as VBN)
    if verb.dep_ == "ROOT":
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in NOUN_POS


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


def _act_refs(verb: Token, resolver: Resolver, exclude: set[str]) -> list[Ref]:
    """ "condemned the launch", "rejected the demand": the object is an act reported
    before; its actor is the target."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ACT_NOUNS:
            ref = resolver.actor_of_act(ACT_NOUNS[c.lower_], exclude_countries=exclude)
            if ref is not None:
                start, end = c.left_edge.idx, c.idx + len(c.text)
                return [Ref(ref.actor, ref.country, ref.sector, resolver.text[start:end], start,
                            end, via="act")]
    return []


def _implicit_act_refs(verb: Token, resolver: Resolver, exclude: set[str]) -> list[Ref]:
    """ "criticised the decision", "denounced the delay" when no act of that kind was
    reported: the decision was taken by the party the last sentences were about (full
    articles only)."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in IMPLICIT_ACT_NOUNS and not any(
                resolver.mention_at(g) is not None for g in c.subtree):
            ref = resolver.implicit_target(exclude)
            if ref is not None:
                start, end = c.left_edge.idx, c.idx + len(c.text)
                return [Ref(ref.actor, ref.country, ref.sector, resolver.text[start:end], start,
                            end, via="act")]
    return []


THREAT_VERBS = frozenset({"threaten", "consider", "weigh", "mull", "contemplate"})


def _sanction_words(token: Token) -> bool:
    """The threat is of sanctions, tariffs or an embargo (named by the trigger or its object)."""
    return token.lemma_.lower() in SANCTION_WORDS or any(
        c.dep_ in ("dobj", "pobj", "conj") and c.lemma_.lower() in SANCTION_WORDS
        for c in token.children)


def _clause_refs(clause: Token, resolver: Resolver, *, skip_places: bool = False,
                 core: bool = False) -> list[Ref]:
    """The actors a reported clause names (countries, people, organisations, groups)."""
    out: list[Ref] = []
    seen: set[int] = set()
    for t in clause.subtree:
        m = resolver.mention_at(t)
        if m is None and t.pos_ == "NOUN" and (t.lower_ in resolver.kb.agents
                                               or t.lemma_.lower() in resolver.kb.agents):
            # "the Somali government's actions": an agent noun with its nationality
            if (skip_places and _locative(t)) or (core and not _core_argument(t, clause)):
                continue
            out += [r for r in resolver.refs_for(t, expand_conj=False)
                    if r.country and r.via not in ("pronoun", "group")]
            continue
        if m is None or id(m) in seen or m.kind in ("adjective", "place", "title"):
            continue
        seen.add(id(m))
        head = t.doc[m.head] if m.head >= 0 else t
        if skip_places and _locative(head):
            continue
        if core and not _core_argument(head, clause):
            continue
        ref = resolver.resolve_mention(m)
        if ref is not None:
            out.append(ref)
    return out


def _next_mention(prep: Token, resolver: Resolver) -> list[Ref]:
    """A preposition the parser left without its object ("spoke with Sri Lankan President
    Anura Kumara Dissanayake, ..." read as a new clause): the actor named right after it."""
    m = resolver.mention_at(prep.doc[prep.i + 1]) if prep.i + 1 < len(prep.doc) else None
    if m is None or m.kind == "adjective":
        return []
    ref = resolver.resolve_mention(m)
    return [ref] if ref is not None else []


def _owner_refs(token: Token, resolver: Resolver) -> list[Ref]:
    """A non-actor noun phrase names its owner: "North Korea's missile launch"."""
    if token.pos_ not in NOUN_POS:
        return []
    refs: list[Ref] = []
    for c in token.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            for m in (c, *c.conjuncts):  # "Canadian and Mexican exports"
                refs += resolver.refs_for(m, expand_conj=False) or _adjective_country(m, resolver)
        elif c.dep_ == "prep" and c.lower_ == "by":  # "the launch by North Korea"
            for g in c.children:
                if g.dep_ == "pobj":
                    # "patrols by Japanese and Philippine coast guard vessels"
                    refs += resolver.refs_for(g) or (
                        _owner_refs(g, resolver) if g is not token else [])
        elif c.dep_ == "prep" and c.lower_ in ("including", "especially", "notably") \
                and token.lemma_.lower() in ("country", "nation", "state", "partner", "ally"):
            # "35 countries, including the EU bloc": the members named
            for g in c.children:
                if g.dep_ == "pobj":
                    refs += resolver.refs_for(g) or _owner_refs(g, resolver)
        elif c.dep_ == "prep" and c.lower_ == "of":
            # "the port of Hodeidah", "the withdrawal of US and NATO troops"
            for g in c.children:
                if g.dep_ == "pobj":
                    refs += resolver.refs_for(g) or (
                        _owner_refs(g, resolver) if token.lower_ in QUANTITY_NOUNS else [])
    if not refs and token.lower_ in CONTENT_NOUNS:
        # "welcomed the announcement that Ukraine had agreed": whose act the news is
        for c in token.children:
            if c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" for g in c.children):
                for g in c.children:
                    if g.dep_ in ("nsubj", "nsubjpass"):
                        refs += [r for r in resolver.refs_for(g) if r.via != "pronoun"]
    # "Yemen's Houthi movement": the group is the actor, not the country it is in
    specific = [r for r in refs if r.actor != r.country]
    return specific if specific and len({r.country for r in refs}) == 1 else refs


def _modifier_refs(token: Token, resolver: Resolver) -> list[Ref]:
    """Actors named inside the noun phrase before its head: "Korea-U.S.-Japan cooperation"."""
    refs: list[Ref] = _hyphen_chain(token, resolver)
    for t in token.doc[token.left_edge.i:token.i]:
        if t.dep_ in ("det", "poss", "case", "punct") and t.head is token:
            continue
        if t.head is not token and t.head.head is not token and t.head.i >= token.i:
            continue
        refs += resolver.refs_for(t, expand_conj=False) or _adjective_country(t, resolver)
    return _dedupe(refs)


HYPHENS = {"-", "–", "—", "/"}
MAX_GAP_WORDS = 2


def _hyphen_chain(token: Token, resolver: Resolver) -> list[Ref]:
    """A run of hyphen-joined actors just before a noun ("U.S.-China trade talks"),
    read off the token sequence, which survives parses that a stray period breaks."""
    doc = token.doc
    i = token.i - 1
    gap = 0
    while i >= 0 and gap < MAX_GAP_WORDS and doc[i].is_lower and doc[i].is_alpha \
            and resolver.mention_at(doc[i]) is None:
        i -= 1
        gap += 1
    if i >= 0 and doc[i].text == "." and i > 0 and resolver.mention_at(doc[i - 1]) is not None:
        i -= 1  # "Korea-U.S.-Japan. cooperation"
    chain: list[Token] = []
    while i >= 0:
        m = resolver.mention_at(doc[i])
        if m is None or m.kind not in ("country", "adjective", "capital", "org"):
            break
        chain.append(doc[m.start])
        i = m.start - 1
        if i < 0 or doc[i].text not in HYPHENS:
            break
        i -= 1
    if len(chain) < 2:
        return []
    refs: list[Ref] = []
    for t in reversed(chain):
        refs += resolver.refs_for(t, expand_conj=False) or _adjective_country(t, resolver)
    return refs


def _adjective_country(token: Token, resolver: Resolver) -> list[Ref]:
    m = resolver.mention_at(token)
    if m is None or m.kind != "adjective" or not m.key:
        return []
    span = m.span(token.doc)
    entry = resolver.reg.country(m.key)
    return [resolver.reg.ref(entry, span.text, span.start_char, span.end_char, via="name")]


def _light_verb(noun: Token) -> Token | None:
    """The verb that carries a noun trigger ("held talks", "a series of summits")."""
    verb = clause_verb(noun)
    if verb is noun:
        return None
    if verb.pos_ == "VERB" and verb.lemma_.lower() not in LIGHT_VERBS:
        # the noun hangs on a verb with meaning of its own: only through a preposition
        # of place or occasion does the verb's subject act ("At his meeting, they agreed")
        if noun.dep_ == "dobj" and noun.head is verb:
            return verb
        return None
    return verb


# Full-article coding (scope "international") only: meetings reported as nouns and
# occasions, and meetings announced by a raising head ("is due to meet").
RAISING_ADJ = frozenset({"due", "set", "slated", "scheduled", "expected", "poised"})
RAISING_VERBS = frozenset({"expect", "schedule", "set", "slate"})
OCCASION_PREPS = frozenset({"during", "in", "on"})


def _raised(token: Token) -> Token | None:
    """The raising head a verb is the complement of: "due" in "Putin is due to meet",
    "expected" in "Rubio is expected to have a meeting" (a scheduled act)."""
    verb = carrier_verb(token)
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in verb.children):
        return None
    head = verb.head
    if head.pos_ == "ADJ" and head.lower_ in RAISING_ADJ and head.dep_ == "acomp":
        return head
    if head.pos_ == "VERB" and head.lemma_.lower() in RAISING_VERBS and head.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" for c in head.children):
        return head
    return None


def _raised_subject_refs(verb: Token, resolver: Resolver) -> list[Ref]:
    head = _raised(verb)
    if head is None:
        return []
    holder = head.head if head.dep_ == "acomp" else head
    subj = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _dedupe([r for s in subj for r in resolver.refs_for(s)])


def _noun_agent(noun: Token, resolver: Resolver) -> list[Ref]:
    """ "a visit by Modi to Japan": the noun's "by" phrase names who acts."""
    out: list[Ref] = []
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > noun.i:
            for o in c.children:
                if o.dep_ == "pobj":
                    out += resolver.refs_for(o)
    return _dedupe(out)


def _occasion_verb(noun: Token) -> Token | None:
    """The verb whose clause a meeting noun is the occasion of: "said during a visit to
    Beijing", "told Trump in phone conversations" (not "At the meeting of ...")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in LIGHT_VERBS:
        return None
    if verb.dep_ == "xcomp" or clause_modality(verb) != "asserted":
        return None  # "hopes to resolve it during talks Tuesday": the talks are not reported
    if any(c.dep_ in ("det", "poss") and c.lower_ in ("this", "that", "these", "those")
           for c in noun.children):
        return None
    return verb


def _errand(verb: Token) -> bool:
    """A trip with a purpose other than meeting ("travel to Sendai to tour a plant"): an
    itinerary, not an intention to meet (the protocol's travel plans)."""
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and \
                c.lemma_.lower() not in ("meet", "talk", "hold", "attend", "discuss",
                                         "negotiate", "confer", "sign"):
            return True
    return False
