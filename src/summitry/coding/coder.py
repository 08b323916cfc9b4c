"""The event coder: triggers + arguments over the dependency parse -> raw events.

What kind of clause a trigger stands in lives in ``clauses``; who its parties are,
in ``parties``; this module puts them together.

For each trigger found by ``triggers.find_triggers`` the coder finds who acts
(subject, possessor, modifiers, or the subject inherited from a governing
clause), who is acted on (the pattern's target slots), applies the governor
(modal verbs wrap the code: "agreed to meet" -> 036; appeals and threats take
the inner act as their content), and pairs the parties into dyads.
"""

from __future__ import annotations

import logging

from spacy.tokens import Span

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from ..enrich.modality import clause_modality, is_background
from .act_nouns import noun_doer, unreal_act
from .background import background_time, unasserted
from .characterize import CHARACTERIZE, characterizations
from .clauses import (
    TOPIC_VERBS,
    _commentary,
    _conditional,
    _earlier_year,
    _errand,
    _file_photo,
    _habitual,
    _headline_passive,
    _light_verb,
    _occasion_verb,
    _own_clause,
    _question,
    _raised,
    _refined,
    _reported,
    _state_of_affairs,
    _will,
    _withheld,
    phoned,
    weighs_proposal,
)
from .conduct import refused_targets, risk_targets
from .cooperation import attended_meeting, offer_targets
from .endorsement import member_voice
from .forces import (
    ATTACK_ROOTS,
    DEPLOY_CODES,
    aerial_code,
    armed_victims,
    crowd_code,
    deployed_parties,
    struck_site,
    travel_code,
)
from .headlines import repair_headline
from .implicit import APPEAL_ROOTS, addressed, addressee_appeal, appeal_target
from .obliged import APPEAL_CODE, obliged_party, supposed_act
from .official import official_protest
from .ontology import intent_code
from .outlook import audience_only, hoped_outlook, outlook_reading, recollection
from .parties import (
    _act_refs,
    _agent_refs,
    _dedupe,
    _implicit_act_refs,
    _modifier_refs,
    _noun_agent,
    _others_clause,
    _owner_refs,
    _raised_subject_refs,
    _sanction_words,
    _slot_refs,
    _state_force,
    _subject_refs,
    _symmetric_pairs,
)
from .patterns import PatternSet
from .quotes_across import continued_quote
from .raw import RawEvent
from .reasons import ANSWER_ROOTS, reason_targets
from .reciprocal import joint_pairs, reciprocal, reciprocal_pairs
from .repairs import repair_sentence
from .sentence_level import _words_target, sentence_code, unnamed_sources
from .stance import (
    commentator_speaker,
    rejected_refs,
    remember_claims,
    stance_governor,
    stance_sources,
    stance_targets,
    stance_trigger,
)
from .threats import alternative_target
from .trade import (
    borrowed_events,
    described_measure,
    goods_targets,
    trade_act,
    trade_sources,
    trade_targets,
)
from .triggers import NOUN_POS, Trigger, _lemma_in, find_triggers

logger = logging.getLogger(__name__)

# Roots of force, sanctions and punishment: announced or held out as possible ("will",
# "could"), they are threats (CAMEO 13).
FORCE_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})

# Codes whose events are meetings (for the discourse group and for meetings).
MEETING_ROOT = "04"

# light verbs whose subject is the one a symmetric act comes to ("received a call from X")
RECEIVING_VERBS = frozenset({"receive", "get", "accept", "answer"})


class EventCoder:
    def __init__(self, patterns: PatternSet, *, everything: bool = False) -> None:
        self.patterns = patterns
        # scope "all": unknown actors are coded by their words, addressees are optional,
        # and every statement is an event (sentence-level CAMEO coding)
        self.everything = everything

    def code_sentence(self, sent: Span, resolver: Resolver) -> list[RawEvent]:
        out: list[RawEvent] = []
        resolver.full_article = not self.everything  # implicit parties (full articles only)
        repair_sentence(sent)  # "conducted the drills encircling Taiwan", "X hosted Y"
        repair_headline(sent, self.patterns.by_verb)  # "Dockers strike at three ports"
        if _commentary(sent) or _file_photo(sent) or _question(sent) or (
                not self.everything and commentator_speaker(sent, resolver)):
            return out
        triggers = find_triggers(sent, self.patterns)
        if not self.everything:
            for trig in triggers:  # '"We are concerned about ...," he said'
                if trig.governor is None and stance_trigger(trig):
                    trig.governor = stance_governor(trig, triggers)
        inner_of: dict[int, list[Trigger]] = {}
        for trig in triggers:
            if trig.governor is not None:
                inner_of.setdefault(trig.governor.token.i, []).append(trig)
        # a governor with no code and nothing coded inside ("has failed to rein in the
        # militants") frames nothing: the speech verb above it reads its clause itself
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
                if (self.everything and supposed_act(trig.token)) or (
                        gov is None and unreal_act(trig.token)):
                    continue  # "will respond to any attack", "fears of a coup": not reported
                party = obliged_party(trig, gov) if self.everything else None
                if party is not None:  # "said Ruritania must withdraw": an appeal to it
                    out += self._code(gov, resolver, None, code=APPEAL_CODE,
                                      targets=resolver.refs_for(party) or None)
                    continue
                hoped = None if self.everything else hoped_outlook(
                    trig, gov, resolver, self._arguments(trig, resolver, gov), by_token)
                if hoped is not None:  # "hopes a truce between A and B could come soon"
                    out += self._code(hoped[0], resolver, None, code=hoped[1], targets=hoped[2])
                    continue
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
                        # "warned that military ties between Iran and Russia are
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
        if not self.everything:
            out += borrowed_events(sent, out, self.patterns)  # "before delaying it"
        out += self._characterized(sent, resolver, triggers, out)
        if not self.everything:
            remember_claims(sent, resolver)
        if not self.everything and not out and not any(
                t.pattern.kind == "speech" for t in triggers):
            out += continued_quote(sent, resolver, self.patterns)  # quoted, attributed before
        if self.everything and out and all(_attribution(e) for e in out):
            return []  # "A man died in a shooting, police said": the source of a report
        return out

    def _characterized(self, sent: Span, resolver: Resolver, triggers: list[Trigger],
                       coded: list[RawEvent]) -> list[RawEvent]:
        """Parties characterised with a complement (see characterize.py)."""
        done = {e.trigger.i for e in coded}  # the verb's own act already coded
        out: list[RawEvent] = []
        for token, cue, targets in characterizations(sent, resolver, triggers, done):
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
                return []  # "the column written by a former envoy": a document, not an act
            return self._code(trig, resolver, gov)
        if _withheld(trig.token) or recollection(trig.token, resolver.reg.date):
            return []  # "have yet to comment on X's claims": no statement was made
        content = _reported(trig.token) if trig.token.dep_ != "relcl" else []
        sources, slot_targets = self._arguments(trig, resolver, gov)
        own = {s.country for s in sources if s.country} if content else set()
        heard = audience_only(trig.token, slot_targets)  # "told reporters in X": nobody
        if not own:  # "tankers it says belong to Russia", "police said": no reading
            return self._code(trig, resolver, gov, targets=heard if heard != slot_targets else None)
        cue, about = outlook_reading(content, resolver, own)
        code = trig.pattern.code
        if about and (cue or not slot_targets):
            if cue and code == "010":
                code = cue
            return self._code(trig, resolver, gov, code=code, targets=about)
        if not about and code == "010" and slot_targets:
            appealed = addressee_appeal(content, slot_targets, resolver)
            if appealed:
                return self._code(trig, resolver, gov, code="020", targets=appealed)
        return self._code(trig, resolver, gov, targets=heard if heard != slot_targets else None)

    def _code(self, trig: Trigger, resolver: Resolver, gov: Trigger | None, *,
              code: str | None = None, inner: Trigger | None = None,
              targets: list[Ref] | None = None) -> list[RawEvent]:
        p = trig.pattern
        token = trig.token
        code = code or _refined(trig)
        if code is None or is_background(token) or (code.startswith("09") and weighs_proposal(
                token)):
            return []  # (not "examine Russia's position": weighed, not investigated)
        given = targets
        modality = clause_modality(token)
        # sentence-level coding: "the government will provide subsidies" is the act itself,
        # as the annotators of confli-cameo code it (a reported "would" stays 03x)
        act, plain_future = code, self.everything and modality == "planned" and _will(
            token) and (gov is None or gov.pattern.kind == "speech")
        if not self.everything and (_habitual(token) or (gov is not None and _habitual(
                gov.token))):
            return []  # "Always we asking X ...": a standing practice, not an act
        if not self.everything and (_earlier_year(token, resolver.reg.date) or background_time(
                token, resolver.reg.date) or unasserted(token)):
            return []  # "In 2019, China signed ...", "whether X will ...": background, open
        if not self.everything and code.startswith("042") and _raised(token) is not None \
                and _errand(token):
            return []  # "is scheduled to travel to X to tour a plant": a travel plan
        if gov is not None and gov.pattern.kind == "modal":
            code = gov.pattern.wrapped(code)
            gov_mod = gov.pattern.modality or "agreed"
            modality = "negated" if clause_modality(gov.token) == "negated" else gov_mod
        elif not self.everything and modality == "asserted" and _raised(token) is not None:
            # "is due to meet", "is expected to have a meeting": scheduled, not done (036);
            # "is not willing to meet": not even that
            raised = _raised(token)
            modality = "negated" if raised is not None and clause_modality(
                raised.head if raised.dep_ == "acomp" else raised) == "negated" else "planned"
            code = intent_code(code)
        elif modality == "planned" or (modality == "hoped" and code[:2] in FORCE_ROOTS):
            code = intent_code(code)  # "could retaliate with tariffs": a threat (1312)
        if not self.everything and code.startswith(MEETING_ROOT) and token.pos_ == "VERB" \
                and phoned(token):
            code = "041"  # "discussed trade with X in a phone call": the call
        if not self.everything and code.startswith("042"):
            moved = travel_code(token)  # peacekeepers, a warship, migrants
            if moved == "":
                return []
            code = moved or code
        if not self.everything and code.startswith("152"):
            code = crowd_code(token) or code  # "hundreds of people massed outside ..."
        sources, targets = self._arguments(trig, resolver, gov)
        if not self.everything and code.startswith("05"):
            sources = member_voice(token, sources, resolver)  # "all EU ministers back X"
        if not self.everything and code.startswith(DEPLOY_CODES):
            deployed = deployed_parties(token, resolver)  # "forces of X have been deployed"
            if deployed is not None:
                sources, targets = deployed
        if not self.everything and not targets and p.id == "consult.meeting.noun":
            met = attended_meeting(token, resolver)  # "took part in a session of the Council"
            sources, targets = met if met is not None else (sources, targets)
        if not self.everything and not targets and code.startswith(ATTACK_ROOTS):
            targets = struck_site(token, resolver, sources)  # "struck a refinery in Russia"
        if not self.everything or code.startswith("183"):  # ("jets bombed", not "a bomber")
            code = aerial_code(token, code)  # "drones struck ...": an air strike (195)
        if not self.everything and stance_trigger(trig):
            # "the United Kingdom is disappointed by the passage of the law"
            holders = stance_sources(token, resolver, gov)
            if holders is not None:
                sources = holders
            about = stance_targets(token, resolver, {s.country for s in sources if s.country})
            targets = [t for t in about if all(t.actor != s.actor for s in sources)] or targets
        if given is not None:
            targets = [t for t in given if all(t.actor != s.actor for s in sources)]
        if plain_future:
            code = act
        if self.everything and not sources:
            sources = unnamed_sources(trig, gov, resolver)  # "extra UN sanctions", "gunmen"
        if self.everything and p.needs_target and not targets and given is None:
            # "gunmen released two priests"; a meeting only with a body or its officials
            # ("hosted the visiting delegation", not "received 90 million tourists")
            targets = _words_target(token, resolver,
                                    people=not code.startswith(MEETING_ROOT))
        if code == "190" and not _state_force(sources, resolver) and (self.everything or not any(
                s.sector == "REB" for s in sources)):
            # (full articles: an armed group's attack is fighting, as the protocol codes it)
            code = "180"  # violence by others than a state's forces is assault, not war (CAMEO)
        elif code == "180" and p.id == "assault.kill" and _state_force(sources, resolver) and \
                armed_victims(token, resolver):
            code = "190"  # "the army killed 20 insurgents": forces fighting armed men
        if self.everything:  # figurative force, crowds, labour strikes, things met
            code = sentence_code(token, code, sources, targets, modality, resolver)
            if code is None:
                return []
        else:
            code = official_protest(token, code, sources, resolver)  # "X protests the visit"
        if p.clause_code and inner is None and targets and not _slot_refs(
                token, tuple(x for x in p.target if x != "clause"), resolver) and not \
                _own_clause(token, sources, resolver):
            code = p.clause_code  # "warned that X ...": disapproval of X, not a threat
        risk = [] if self.everything or p.id != "threat.warn" else risk_targets(
            token, resolver, {s.country for s in sources})
        if risk:  # "warned that Ruritanian bases are at risk if ...": a threat (130)
            code, targets = "130", risk
        turned = None if self.everything or p.id != "threat.warn" or not code.startswith("13") \
            else alternative_target(token, sources, targets, resolver)
        if turned is not None:  # "warned it could turn to Y": aimed at the one warned
            targets = turned
        own = {s.country for s in sources if s.country}
        if inner is not None and targets and all(t.country in own for t in targets):
            targets = []  # "warned that Iran would retaliate": the speaker's own side acts
        if inner is not None and not targets:
            # "threatened to attack South Korea": the threat is aimed at the inner target
            _, inner_targets = self._arguments(inner, resolver, None)
            targets = [t for t in inner_targets if all(t.actor != s.actor for s in sources)]
        if not self.everything and given is None and code[:2] in ("08", "13", "16") and \
                trade_act(token, p.id):
            # "Europe hit back with its own new tariffs on ...", "a duty on Chinese exports",
            # "delayed the tariffs": who lays the measure and whom it is aimed at
            if described_measure(token):
                return []
            sources = trade_sources(token, resolver, sources, code)
            own = {s.country for s in sources if s.country}
            targets = _dedupe(targets + goods_targets(token, resolver, own)) if targets \
                else trade_targets(token, code, resolver, own)
        if not self.everything and not targets and given is None and p.kind == "appeal" \
                and code[:2] in APPEAL_ROOTS and sources and not addressed(
                    token, p.target, resolver):
            # "the envoy for Syria called for an end to violence": the party it is about
            targets = appeal_target(token, sources, resolver)
        if not self.everything and given is None and code.startswith(ANSWER_ROOTS) and sources \
                and inner is None and all(t.country in {s.country for s in sources} for t in targets):
            # "lodged a protest after Chinese ships entered its waters": the reason's actor
            targets = reason_targets(token, {s.country for s in sources if s.country}, resolver)
        if not self.everything and not targets and given is None and p.id == "modal.offer" \
                and sources and inner is None:
            targets = offer_targets(token, sources, resolver)  # "offered to shelter them"
        if not self.everything and not targets and given is None and p.id == "modal.refuse":
            # "refused to attend a hearing by the court": the body holding it is rejected
            targets = refused_targets(token, resolver, {s.country for s in sources})
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
        elif not targets and given is None and reciprocal(token):
            pairs = reciprocal_pairs(sources)  # "A and B accused each other": both ways
        elif not targets and given is None and gov is not None and \
                gov.pattern.id == "modal.agree" and token.head == gov.token:
            pairs = joint_pairs(sources)  # "A and B agreed to withdraw": a joint act
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
        if (code.startswith(MEETING_ROOT) or symmetric) and modality == "asserted" and events:
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
            sources = sources or noun_doer(token, p, resolver)  # "the expulsion ... by X"
            verb = _light_verb(token)
            # a noun no light verb carries ("violate a U.N. embargo", "disagreed over U.S.
            # aid") names a standing thing: only a dyad chain ("U.S.-Japan talks") acts
            mods = _modifier_refs(token, resolver, direct=verb is not None)
            if p.symmetric or not sources:
                sources += mods
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
                        token, p.target, resolver) and occasion.lemma_.lower() not in TOPIC_VERBS:
                    targets += _slot_refs(occasion, ("dobj", "dative"), resolver)
            if not self.everything and not sources and verb is not None:
                sources += _raised_subject_refs(verb, resolver)  # "is expected to have talks"
            if verb is not None and verb is not token:
                targets += _slot_refs(verb, tuple(s for s in p.target if s != "dobj"), resolver)
            if verb is None and p.symmetric and token.dep_ == "dobj" and \
                    token.head.lemma_.lower() in RECEIVING_VERBS:
                # "received a phone call from X": the one called and the caller
                sources = sources or _subject_refs(token.head, resolver)
                targets += _slot_refs(token.head, ("from",), resolver)
        elif any(c.dep_ == "auxpass" for c in token.children) or _headline_passive(token):
            # passive: the agent ("by X") acts on the grammatical subject
            sources = _agent_refs(token, resolver)
            for c in token.children:
                if c.dep_ in ("nsubjpass", "nsubj"):
                    targets += resolver.refs_for(c)
            if token.dep_ == "acl":
                targets += resolver.refs_for(token.head)
        elif token.dep_ == "acl" and token.tag_ == "VBN" and _agent_refs(token, resolver):
            # "a Council session called for by France": a passive
            # participle; its agent acts on the noun it describes (or that noun's owner)
            sources = _agent_refs(token, resolver)
            head = token.head
            targets += resolver.refs_for(head) or _owner_refs(head, resolver)
        else:
            sources = _subject_refs(token, resolver)
            if not sources and not self.everything:
                sources = _raised_subject_refs(token, resolver)  # "is due to meet"
            if p.object and p.symmetric:
                # "deepen Japan-U.S.-Philippines cooperation": the object names the parties
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
            if not targets and not self.everything and (p.code or "")[:2] == "12":
                # "rejected the resolution", "proposed ..., but Y refused"
                targets = rejected_refs(token, resolver, {s.country for s in sources if s.country})
        sources = _dedupe(sources)
        return sources, _dedupe([t for t in targets if all(t.actor != s.actor for s in sources)])


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


THREAT_VERBS = frozenset({"threaten", "consider", "weigh", "mull", "contemplate"})


