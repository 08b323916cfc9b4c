"""What a clause is: questions, conditions, reported and own clauses, negation,
complements, raising and occasions, captions and commentary (helpers of the coder)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from ..enrich.modality import carrier_verb, clause_modality
from .phrasal import left_things, particle_hosts
from .triggers import NOUN_POS, Trigger, _stems, clause_verb
from .vocabulary import (
    COMMENTATORS,
    LIGHT_VERBS,
    OBLIGATION_AUX,
    OBLIGATION_VERBS,
    STATE_NOUNS,
    WITHHOLD_VERBS,
)

# Prepositions of place and pairing: an actor named after them in a reported clause is
# where something happens or who is paired, not whom the statement is about.
LOCATIVE_PREPS = frozenset({"in", "across", "at", "throughout", "within", "inside", "outside",
                            "near", "around", "into", "from", "between", "beyond", "among", "to"})


# Subordinators of a condition: acts in their clauses are not reported as done.
CONDITIONALS = frozenset({"if", "whether", "unless"})


# Words that stand for something else than a party as the object of "called"
PLACEHOLDERS = frozenset({"it", "this", "that", "what", "which", "these", "those", "them"})


def _question(sent: Span) -> bool:
    """A question asks; it reports no act ("Where does that leave Canada?")."""
    words = [t for t in sent if (not t.is_punct or t.text == "?") and not t.is_space]
    return bool(words) and words[-1].text == "?"


def last_token(sent: Span) -> Token:
    """The sentence's last token that is not white space (a sentence before a paragraph
    break ends with the break)."""
    return next((t for t in reversed(sent) if not t.is_space), sent[-1])


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
    if not objs and len(oprds) == 1:
        # 'termed the bloc's plan to levy cheese "regrettable"': the complement read as the
        # predicate of the object's infinitive
        late = [g for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > oprds[0].i
                for g in c.children if g.dep_ == "oprd" and g.pos_ == "ADJ"]
        if late:
            objs, oprds = oprds, late[:1]
    comps = oprds + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for g in c.children if g.dep_ in ("pobj", "pcomp") or (
                         g.dep_ == "amod" and g.pos_ == "ADJ")]  # "dismissed X as biased"
    if not comps:
        # "described the donation as a gesture": "as" hangs on the object
        comps = [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and len(objs) + len(oprds) == 1 \
            and verb.head.head.pos_ in ("ADJ", "NOUN") and verb.head.head.i > verb.i:
        # 'the minister called Russian strikes "unacceptable."' parsed as "the minister
        # [called Russian strikes] (is) unacceptable"
        objs, comps = (objs or oprds)[:1], [verb.head.head]
    if objs and objs[0].lower_ in ("which", "that") and verb.dep_ == "relcl" \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        objs = [verb.head]  # "claims that Ruritania brushed aside as false"
    if not objs or not comps or objs[0].lower_ in PLACEHOLDERS:
        return None
    return objs[0], comps[0]


def _own_clause(verb: Token, sources: list[Ref], resolver: Resolver) -> bool:
    """ "warned that it will keep up pressure on X": the clause is about the
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


def _negated_word(token: Token) -> bool:
    """ "poses no threat", "is not illegal", "no cause for anyone to be worried": the cue
    word is denied."""
    for t in (token, token.head):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children):
            return True
    # "there is no cause at all to be worried", "no need to worry"
    t = token
    for _ in range(3):
        if t.dep_ in ("relcl", "acl") and t.head.lower_ in ("reason", "need", "cause") and any(
                c.dep_ == "det" and c.lower_ == "no" for c in t.head.children):
            return True
        t = t.head
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
        if verb == clause:
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
    return out + left_things(token) + particle_hosts(token)


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


def _will(token: Token) -> bool:
    """The act's own clause is a plain future ("will withdraw from the talks")."""
    verb = carrier_verb(token)
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll")
               for c in verb.children)


def _file_photo(sent: Span) -> bool:
    """ "In this 2009 file photo, X addresses reporters": a caption of an old
    picture, not news."""
    words = [t.lower_ for t in sent[:12]]
    return bool(words) and words[0] == "in" and "file" in words and any(
        w in ("photo", "picture", "image") for w in words)


def _habitual(token: Token) -> bool:
    """ "We keep asking X whether ...", "China always says ...": a standing practice,
    not an act the article reports."""
    verb = carrier_verb(token)
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ == "always" for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            break
        verb = verb.head
    return False


def _earlier_year(token: Token, date: str | None) -> bool:
    """ "In 2019, China signed an agreement with X", "arrived in Kenya in 2011", "met at the
    Hanoi summit in 2019": an act dated to a year before the article's, background
    rather than news (protocol). Only the act's own clause counts, not the clauses inside
    it ("a pact that took effect in 2021")."""
    if not date or not date[:4].isdigit():
        return False
    verb = carrier_verb(token)
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head  # "In 2019, X praised ... and announced ..."
    stack = list(verb.children)
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSE_DEPS or t.pos_ in ("VERB", "AUX"):
            continue  # ("blamed X for withdrawing in 2017": the withdrawal's time)
        if t.dep_ == "pobj" and t.head.lower_ == "in" and any(
                len(y.text) == 4 and y.text.isdigit() and 1900 < int(y.text) < int(date[:4])
                for y in (t, *t.children)):
            return True  # "in 2019", "in June 2018"
        stack += list(t.children)
    return False


# Dependencies that open a clause of its own (with its own time).
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "conj", "parataxis",
                         "pcomp"})


def _commentary(sent: Span) -> bool:
    """A sentence whose main clause is an analyst's or expert's view reports no act."""
    root = sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in COMMENTATORS
               for c in root.children)


# Verbs that attribute a headline ("..., police say").
HEADLINE_SAY = frozenset({"say", "claim", "report", "confirm", "tell"})


def _headline_passive(verb: Token) -> bool:
    """A headline's passive without its auxiliary: "Egypt activist released in case",
    "Journalist arrested in Moscow"."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    if last_token(verb.sent).text in (".", "!", "?"):  # a headline has no full stop (the tagger
        return False                           # also reads "people protested." as VBN)
    if verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.i < verb.head.i
                               and verb.head.lemma_.lower() in HEADLINE_SAY):
        return any(c.dep_ == "nsubj" for c in verb.children)  # ("..., police say")
    return verb.dep_ == "acl" and verb.head.pos_ in NOUN_POS and (verb.head.dep_ == "ROOT" or (
        verb.head.dep_ == "nsubj" and verb.head.head.dep_ == "ROOT"
        and verb.head.head.lemma_.lower() in HEADLINE_SAY
        and verb.head.head.i > verb.i))  # "Envoy expelled from X, ministry says"


def _light_verb(noun: Token) -> Token | None:
    """The verb that carries a noun trigger ("held talks", "a series of summits")."""
    verb = clause_verb(noun)
    if verb is noun:
        return None
    if verb.pos_ == "VERB" and verb.lemma_.lower() not in LIGHT_VERBS and not any(
            s in LIGHT_VERBS for s in _stems(verb.lower_)):  # ("staged" read as "stag")
        return None  # the noun hangs on a verb with meaning of its own ("violate an embargo")
    return verb


# Full-article coding (scope "international") only: meetings reported as nouns and
# occasions, and meetings announced by a raising head ("is due to meet").
RAISING_ADJ = frozenset({"due", "set", "slated", "scheduled", "expected", "poised",
                         # readiness: "said it stood ready to help Malawi" (CAMEO 03 intent)
                         "ready", "willing", "prepared", "eager", "keen", "inclined"})


RAISING_VERBS = frozenset({"expect", "schedule", "set", "slate"})


OCCASION_PREPS = frozenset({"during", "in", "on"})


def _raised(token: Token) -> Token | None:
    """The raising head a verb is the complement of: "due" in "Macron is due to meet",
    "expected" in "Wang is expected to hold a meeting" (a scheduled act)."""
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


def _occasion_verb(noun: Token) -> Token | None:
    """The verb whose clause a meeting noun is the occasion of: "said during a visit to
    Madrid", "told Erdogan in phone conversations" (not "At the meeting of ...")."""
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


# Verbs whose object is what was talked about, not who was talked to ("discussed Gaza").
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "address", "raise", "consider",
                         "examine", "mention", "explore"})
# Nouns of a call, with the words that make "call" or "conversation" one.
CALL_NOUNS = frozenset({"phonecall", "teleconference", "videoconference"})
CALL_MARKS = frozenset({"phone", "telephone", "video", "virtual"})


def phoned(verb: Token) -> bool:
    """Whether a meeting verb's clause happened in a call ("discussed trade with X in a
    phone call", "spoke during a telephone conversation"): the meeting is the call (041)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and (noun.lower_ in CALL_NOUNS or (
                    noun.lemma_.lower() in ("call", "conversation") and any(
                        c.dep_ in ("compound", "amod") and c.lower_ in CALL_MARKS
                        for c in noun.children))):
                return True
    return False


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


def _withheld(verb: Token) -> bool:
    """ "have yet to comment", "refrained from commenting", "declined to comment": a
    statement not made (full-article coding)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "from":
        head = head.head
    elif verb.dep_ != "xcomp":
        return False
    return head.lemma_.lower() in WITHHOLD_VERBS or any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


# What is weighed, not investigated: "examine Russia's position", "study the proposal".
WEIGHED_NOUNS = frozenset({"position", "positions", "proposal", "proposals", "plan", "plans",
                           "offer", "offers", "request", "requests", "bid", "draft", "text",
                           "option", "options", "idea", "ideas", "terms", "response", "reply"})


def weighs_proposal(token: Token) -> bool:
    """An investigating verb whose object is a proposal or a position: the proposal is
    being considered, which CAMEO's investigations (09: crimes, abuses, military action)
    are not."""
    return any(c.dep_ == "dobj" and c.lower_ in WEIGHED_NOUNS for c in token.children)
