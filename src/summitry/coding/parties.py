"""Who the parties of an act are: subjects, agents, slots, owners, modifiers,
co-actors, issuers, implicit and remembered acts (helpers of the coder)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .clauses import (
    _core_argument,
    _locative,
    _negated_word,
    _object_nouns,
    _obliged,
    _raised,
)
from .conduct import cue_owners
from .triggers import NOUN_POS
from .vocabulary import (
    ACCUSE_CUES,
    ACT_NOUNS,
    CONTENT_NOUNS,
    DIRECTING_VERBS,
    DISAPPROVE_CUES,
    IMPLICIT_ACT_NOUNS,
    INHERIT_SUBJECT,
    ISSUE_VERBS,
    ISSUED_NOUNS,
    NOTICE_NOUNS,
    OPTIMISM_CUES,
    PESSIMISM_CUES,
    QUANTITY_NOUNS,
    SANCTION_WORDS,
    SERIES_NOUNS,
)


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
    # (not what a condition supposes: "no reason for concern unless they invade X")
    tokens = [t for h in heads for t in h.subtree if not _supposed(t, h)]
    words = {w for t in tokens if not _negated_word(t) for w in (t.lemma_.lower(), t.lower_)}
    cue = ("112" if words & ACCUSE_CUES else "111" if words & DISAPPROVE_CUES
           else "012" if words & PESSIMISM_CUES else "013" if words & OPTIMISM_CUES else None)
    if subjects:
        return cue, _dedupe(subjects)
    if cue is not None:
        # "our priority in the face of Russia's unlawful aggression": the owner of the
        # criticised thing is whom the remark is about
        cues = ACCUSE_CUES | DISAPPROVE_CUES
        for t in tokens:
            if t.lemma_.lower() in cues or t.lower_ in cues:
                owners = foreign(cue_owners(t, resolver))
                if owners:
                    return cue, _dedupe(owners)[:1]
    named: list[Ref] = []
    for h in heads:
        named += foreign(_clause_refs(h, resolver, skip_places=True, core=cue is None))
    return cue, named[:1]


def _supposed(token: Token, head: Token) -> bool:
    """Whether ``token`` lies in an "if"/"unless" clause below ``head``."""
    t = token
    while t != head and t.head != t:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                     for c in t.children):
            return True
        t = t.head
    return False


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
        if t.dep_ in INHERIT_SUBJECT or (t.dep_ == "ccomp" and t.head.pos_ == "VERB") or (
                t.dep_ == "acomp" and not resolver.full_article and t in map(_raised, t.children)):
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
    """ "Ireland, along with Norway and Mexico, called ...", "Japan, together
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
    if any(c.dep_ == "poss" for c in noun.children):
        return []
    if resolver.full_article and noun.lower_ in ISSUED_NOUNS | NOTICE_NOUNS:
        # "Algeria issued a string of warnings demanding ...", "X released a statement
        # urging ...": the subject of the verb that issued it
        held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lower_ in SERIES_NOUNS else noun
        if held.dep_ == "dobj" and held.head.lemma_.lower() in ISSUE_VERBS:
            refs = _subject_refs(held.head, resolver)
            if refs:
                return refs
    if noun.lower_ not in ISSUED_NOUNS:
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
        if slot == "clause":  # "warned that ties between Iran and Russia ..."
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


def _state_force(sources: list[Ref], resolver: Resolver) -> bool:
    """Conventional fighting (CAMEO 19) is done by states' forces; the rest is assault."""
    for s in sources:
        entry = resolver.reg.get(s.actor)
        if s.sector in ("MIL", "GOV") or (entry is not None and entry.kind == "state"):
            return True
    return False


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


# Participles that name a thing's owner in "X-flagged", "X-owned".
OWNING_WORDS = frozenset({"flagged", "owned", "registered", "operated"})


def _owner_refs(token: Token, resolver: Resolver) -> list[Ref]:
    """A non-actor noun phrase names its owner: "North Korea's missile launch"."""
    if token.pos_ not in NOUN_POS:
        return []
    refs: list[Ref] = []
    for c in token.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            owners = [c, *c.conjuncts]  # "Canadian and Mexican exports"
            if c.lower_ in OWNING_WORDS:  # "a Greek-flagged tanker", "Iranian-owned ships"
                owners += [g for g in c.children if g.dep_ in ("npadvmod", "amod", "compound")]
            for m in owners:
                refs += resolver.refs_for(m, expand_conj=False) or _adjective_country(m, resolver)
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "the sanctions imposed by the US"
            for a in c.children:
                if a.dep_ == "agent":
                    refs += [r for g in a.children if g.dep_ == "pobj"
                             for r in resolver.refs_for(g)]
        elif c.dep_ == "prep" and c.lower_ == "by":  # "the launch by North Korea"
            for g in c.children:
                if g.dep_ == "pobj":
                    # "patrols by Japanese and Philippine coast guard vessels"
                    refs += resolver.refs_for(g) or (
                        _owner_refs(g, resolver) if g is not token else [])
        elif c.dep_ == "prep" and c.lower_ in ("including", "especially", "notably") \
                and token.lemma_.lower() in ("country", "nation", "state", "partner", "ally"):
            # "20 states, including the EU bloc": the members named
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
    chain = _hyphen_chain(token, resolver)
    if chain:  # "a joint Djibouti-France airfield": both countries own it
        refs = _dedupe(chain + refs)
    if token.lower_ in ACCREDITED_NOUNS and any(r.country in resolver.kb.countries for r in refs):
        # "Iran's U.N. mission": Iran's envoys at the U.N., not the U.N.
        refs = [r for r in refs if r.country in resolver.kb.countries]
    # "Yemen's Houthi movement": the group is the actor, not the country it is in
    specific = [r for r in refs if r.actor != r.country]
    return specific if specific and len({r.country for r in refs}) == 1 else refs


# A state's envoys accredited to a body: "Iran's U.N. mission", "China's EU delegation".
ACCREDITED_NOUNS = frozenset({"mission", "missions", "delegation", "delegations", "envoy",
                              "envoys", "ambassador", "representative", "representatives"})


def _modifier_refs(token: Token, resolver: Resolver, *, direct: bool = True) -> list[Ref]:
    """Actors named inside the noun phrase before its head: "Korea-U.S.-Japan cooperation",
    "a U.S. strike". With ``direct=False`` only names nested inside another modifier
    ("the White House meeting", "South Korean-U.S. drills") count, not the noun's own
    adjective or compound ("a U.N. embargo", "U.S. aid")."""
    refs: list[Ref] = _hyphen_chain(token, resolver)
    for t in token.doc[token.left_edge.i:token.i]:
        if t.head.i >= token.i and not (direct and (
                t.head == token or t.head.head == token)):
            continue  # attached to the noun or after it: not inside a modifier
        if t.dep_ in ("det", "poss", "case", "punct") and t.head == token:
            continue
        refs += [r for r in resolver.refs_for(t, expand_conj=False) or
                 _adjective_country(t, resolver) if r.via != "place"]  # "the Jeddah talks"
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
