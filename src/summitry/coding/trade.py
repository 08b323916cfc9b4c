"""Trade measures: who a tariff, duty or sanction is aimed at, and who lays it (helpers of
the coder, full-article coding only).

The text often names the target only through the goods taxed ("a duty on Chinese
exports", "wines coming out of France"), through the trade war the measure belongs to
("escalated his trade war with Mexico, tripling the levy ..."), through an earlier
act ("delayed the tariffs": those imposed just before) or through the condition of a
threat ("if the tariffs are not dropped by Canada, I will increase ...").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .clauses import _object_nouns
from .parties import _adjective_country, _dedupe, _owner_refs, _subject_refs
from .patterns import PatternSet
from .raw import RawEvent
from .triggers import NOUN_POS
from .vocabulary import SANCTION_WORDS

# Words that name a trade measure (with the sanctions of SANCTION_WORDS).
TRADE_WORDS = SANCTION_WORDS | frozenset({"duty", "duties", "levy", "levies", "surcharge"})

# Patterns whose acts are trade measures or their easing.
TRADE_PATTERNS = frozenset({"sanction.noun", "sanction.raise_tariffs", "sanction.tariff_hike",
                            "sanction.ban_imports", "yield.pause_tariffs",
                            "yield.ease_sanctions", "threaten.sanctions_threat",
                            "sanction.travel_ban"})

# "wines coming out of France", "cars made in China", "steel imported from Brazil": verbs
# whose phrase names where goods come from (not "exported to", "coming into": where to).
ORIGIN_VERBS = frozenset({"come", "originate", "make", "produce", "manufacture", "import",
                          "ship", "source", "grow"})
ORIGIN_PREPS = frozenset({"from", "in", "of"})

# "the trade war with Canada", "a tariff dispute with China": the other side of the conflict.
CONFLICT_NOUNS = frozenset({"war", "wars", "dispute", "disputes", "feud", "spat", "standoff",
                            "fight", "battle", "row", "conflict"})

# "Europe retaliated", "European products": the bloc in trade prose.
BLOC_WORDS = frozenset({"europe", "european"})

CONDITIONALS = frozenset({"if", "unless"})
RELATIVES = frozenset({"which", "who", "whom"})


def trade_act(token: Token, pattern_id: str) -> bool:
    """The act is a tariff, duty, levy, embargo or sanction, or their easing."""
    return pattern_id in TRADE_PATTERNS or token.lemma_.lower() in TRADE_WORDS or any(
        c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in TRADE_WORDS for c in token.children)


# Verbs that ease a measure named before ("before delaying it") and that lay one named
# after ("by imposing and then pausing a tariff").
EASE_VERBS = frozenset({"pause", "suspend", "delay", "postpone", "lift", "remove", "scrap",
                        "drop", "waive", "exempt"})
LAY_VERBS = frozenset({"impose", "slap", "levy"})
MEASURE_PRONOUNS = frozenset({"it", "them"})
TAKE_EFFECT = frozenset({"take", "come", "go", "begin", "start"})


def borrowed_events(sent: Span, coded: list[RawEvent], patterns: PatternSet) -> list[RawEvent]:
    """Acts on a measure coded in the same sentence: "hit Mexico with a levy before
    delaying it" eases that levy (085); "by imposing and then pausing a tariff" also
    lays the tariff (163). The new events take the parties of the coded ones."""
    by_id = {p.id: p for p in patterns.patterns}
    by_trigger: dict[int, list[RawEvent]] = {}
    for e in coded:
        by_trigger.setdefault(e.trigger.i, []).append(e)
    out: list[RawEvent] = []
    for t in sent:
        if t.pos_ != "VERB" or t.i in by_trigger:
            continue
        lemma = t.lemma_.lower()
        objs = [c for c in t.children if c.dep_ == "dobj"]
        if lemma in EASE_VERBS and objs and objs[0].lower_ in MEASURE_PRONOUNS:
            laid = [i for i, es in by_trigger.items() if i < t.i and any(
                e.code.startswith("163") and trade_act(e.trigger, e.pattern.id) for e in es)]
            if laid and "yield.pause_tariffs" in by_id:
                out += [replace(e, code="085", trigger=t, pattern=by_id["yield.pause_tariffs"],
                                governor=None) for e in by_trigger[max(laid)]
                        if e.code.startswith("163")]
        elif lemma in LAY_VERBS and not objs and "sanction.raise_tariffs" in by_id:
            # the next verb, joined by "and" (read off the words: parses of this vary)
            nxt = next((w for w in sent.doc[t.i + 1:sent.end] if w.pos_ == "VERB"), None)
            if nxt is not None and nxt.i in by_trigger and any(
                    w.lower_ == "and" for w in sent.doc[t.i + 1:nxt.i]):
                out += [replace(e, code="163", trigger=t, pattern=by_id["sanction.raise_tariffs"],
                                governor=None) for e in by_trigger[nxt.i]
                        if e.code.startswith("085")]
    return out


def described_measure(token: Token) -> bool:
    """ "Trump's tariffs targeting Canada ... are aimed at ...": a measure already laid, the
    owned subject of a clause about it, is described, not reported as laid."""
    return token.pos_ in NOUN_POS and token.lemma_.lower() in TRADE_WORDS and \
        token.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "poss" for c in token.children) \
        and token.head.lemma_.lower() not in TAKE_EFFECT  # ("China's sanctions took effect")


def trade_sources(token: Token, resolver: Resolver, found: list[Ref], code: str) -> list[Ref]:
    """Who lays the measure when the usual reading fails or misleads: "Europe retaliated
    with its own tariffs" (the clause's subject, not the last country that acted),
    "Trump's tariffs ..., along with doubling a duty" (the owner of the noun the act is
    joined to), "the official said sanctions could follow" (the speaker). ``found`` is what
    the usual reading gave."""
    if token.pos_ in NOUN_POS and any(
            c.dep_ == "poss" and c.lower_ == "its" and any(
                g.lower_ == "own" for g in token.children) for c in token.children):
        verb = _clause_verb(token)
        if verb is not None:
            for s in (c for c in verb.children if c.dep_ == "nsubj"):
                refs = resolver.refs_for(s) or _bloc(s, resolver)
                if refs:
                    return refs
    if found:
        return found
    if code.startswith("13") and token.pos_ in NOUN_POS and token.dep_ in ("nsubj", "nsubjpass") \
            and token.head.dep_ == "ccomp" and token.head.head.pos_ == "VERB":
        # "an official said sanctions may follow if ...": the speaker's side
        # holds the measure out
        return [r for r in _subject_refs(token.head.head, resolver) if r.country]
    if token.pos_ not in NOUN_POS and any(c.dep_ == "auxpass" for c in token.children) \
            and not any(c.dep_ == "agent" for c in token.children):
        # "are banned from entering Britain": the country they may not enter
        return [r for p in token.children if p.dep_ == "prep" and p.lower_ == "from"
                for g in p.children if g.dep_ in ("pobj", "pcomp")
                for q in g.children if q.dep_ in ("prep", "dobj")
                for o in ([q] if q.dep_ == "dobj" else [w for w in q.children
                                                         if w.dep_ == "pobj" and q.lower_ == "to"])
                for r in resolver.refs_for(o) if r.country]
    t = token
    for _ in range(4):
        # "Trump at first imposed tariffs ..., then exempted the duties": the parser read
        # the name as the main verb and hung the acts off it
        if t.pos_ in NOUN_POS or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                or t.dep_ not in ("dep", "conj", "ccomp") or t.head is t:
            break
        t = t.head
        if t.dep_ == "ROOT" and resolver.mention_at(t) is not None:
            return resolver.refs_for(t)
    t = token if token.pos_ not in NOUN_POS else token.head
    if t.dep_ == "pcomp":
        head = t.head
        while head.dep_ == "prep" and head.head is not head:
            head = head.head
        if head.pos_ in NOUN_POS and head.lemma_.lower() in TRADE_WORDS:
            return [r for r in _owner_refs(head, resolver) if r.country]
    return []


def trade_targets(token: Token, code: str, resolver: Resolver, own: set[str]) -> list[Ref]:
    """Whom a trade measure with no named target is aimed at: the origin of the goods it
    taxes; for easing, the target of the measure eased; the other side of the trade war
    it belongs to; for a threat, the party its condition names."""
    def other(refs: list[Ref]) -> list[Ref]:
        return _dedupe([r for r in refs if r.country and r.country not in own])

    found = goods_targets(token, resolver, own)
    if not found and code.startswith("08"):
        found = other(_eased(resolver, own))
    if not found:
        found = other(_relative_antecedent(token, resolver) or _war_partner(token, resolver))
    if not found and code.startswith("13"):
        found = other(_condition_party(token, resolver))
    return found


def goods_targets(token: Token, resolver: Resolver, own: set[str]) -> list[Ref]:
    """The countries the taxed goods come from ("on German vehicles and on European
    products"), other than the measure's own."""
    return _dedupe([r for g in _goods(token) for r in _origin(g, resolver)
                    if r.country and r.country not in own])


def _clause_verb(token: Token) -> Token | None:
    t = token
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head is t:
            return None
        t = t.head
    return None


def _bloc(token: Token, resolver: Resolver) -> list[Ref]:
    if token.lower_ not in BLOC_WORDS or "EU" not in resolver.kb.organisations:
        return []
    entry = resolver.reg.organisation("EU")
    return [resolver.reg.ref(entry, token.text, token.idx, token.idx + len(token.text),
                             via="name")]


def _goods(token: Token) -> list[Token]:
    """The nouns after "on"/"against" that say what the measure taxes, coordinated
    phrases included ("on German vehicles and on European products")."""
    out: list[Token] = []
    for host in _object_nouns(token):
        for c in host.children:
            # ("imposed sanctions on X and on Y": the parser may join the second to the verb)
            if c.dep_ != "prep" and not (c.dep_ == "conj" and c.pos_ == "ADP"):
                continue
            for prep in (c, *c.conjuncts):
                if prep.lower_ in ("on", "against"):
                    for g in prep.children:
                        if g.dep_ == "pobj":
                            out += [g, *g.conjuncts]
                            out += [w for q in g.children if q.dep_ == "prep" and q.lower_ == "of"
                                    for w in q.children if w.dep_ == "pobj"]  # "$28 billion worth of"
    return out


def _origin(goods: Token, resolver: Resolver) -> list[Ref]:
    """Where the goods come from: a country adjective or name before them ("Mexican- and
    Canadian-made vehicles", "European products"), or a phrase after them ("coming out of
    France", "imported from Brazil", "imports from China")."""
    if goods.pos_ not in NOUN_POS or resolver.mention_at(goods) is not None:
        return []
    refs: list[Ref] = []
    for t in goods.doc[goods.left_edge.i:goods.i]:
        if t.dep_ == "poss" or t.head.dep_ == "poss":
            continue  # "its northern neighbor's steel": an owner, read elsewhere
        refs += _adjective_country(t, resolver) or _bloc(t, resolver)
        m = resolver.mention_at(t)
        if m is not None and m.kind in ("country", "org") and not refs:
            refs += resolver.refs_for(t, expand_conj=False)
    for clause in [c for c in (*goods.children, *goods.head.head.children)
                   if c.dep_ in ("relcl", "acl") and c.i > goods.i]:
        # "70 tankers it says belong to Russia's fleet": the owner named
        for v in (clause, *[g for g in clause.children if g.dep_ == "ccomp"]):
            if v.lemma_.lower() == "belong":
                refs += [r for p in v.children if p.dep_ == "prep" and p.lower_ == "to"
                         for g in p.children if g.dep_ == "pobj"
                         for r in (resolver.refs_for(g) or _owner_refs(g, resolver))]
    for c in goods.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            refs += [r for g in c.children if g.dep_ == "pobj" for r in resolver.refs_for(g)]
        elif c.dep_ == "acl" and c.lemma_.lower() in ORIGIN_VERBS:
            for p in c.children:
                preps = [p, *[q for q in p.children if q.dep_ == "prep"]] \
                    if p.dep_ == "prep" else []  # "out" -> "of"
                for q in preps:
                    if q.lower_ in ORIGIN_PREPS:
                        for g in q.children:
                            if g.dep_ == "pobj":
                                refs += [r for x in (g, *g.conjuncts)
                                         for r in resolver.refs_for(x, expand_conj=False)]
    return refs


def _eased(resolver: Resolver, own: set[str], reach: int = 2) -> list[Ref]:
    """ "delayed the tariffs", "before delaying it": the targets of the latest measure the
    same party imposed (this sentence or the last ``reach``)."""
    here = resolver.state.sentence
    laid = [(n, t) for n, code, s, t in resolver.state.targeted
            if code.startswith("16") and s.country in own and here - reach <= n <= here]
    if not laid:
        return []
    last = laid[-1][0]
    return [t for n, t in laid if n == last]


def _relative_antecedent(token: Token, resolver: Resolver) -> list[Ref]:
    """ "disputes with Brazil and India, which he also taxed": the relative pronoun
    stands for the name right before its comma, wherever the parser hung the clause."""
    for t in (token, *token.ancestors):
        if t.dep_ != "relcl":
            continue
        rel = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVES]
        if not rel:
            return []
        i = rel[0].i - 1
        if i > 0 and token.doc[i].text == ",":
            return [r for r in resolver.refs_for(token.doc[i - 1], expand_conj=False)
                    if r.country]
        return []
    return []


def _war_partner(token: Token, resolver: Resolver) -> list[Ref]:
    """ "escalated his trade war with Mexico, tripling the levy", "started the war with
    Korea by imposing a tariff": the other side of the conflict the measure belongs to."""
    for t in token.ancestors:
        nouns = [t] if t.pos_ in NOUN_POS else [c for c in t.children if c.dep_ == "dobj"]
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass")
                                             for c in t.children) and not any(
                n.lower_ in CONFLICT_NOUNS for n in nouns):
            break  # a clause of its own ("he is adding a levy"): not the war's act
        for n in nouns:
            if n.lower_ not in CONFLICT_NOUNS:
                continue
            withs = [c for c in (*n.children, *(t.children if n is not t else ()))
                     if c.dep_ == "prep" and c.lower_ == "with"]
            refs = [r for w in withs for g in w.children if g.dep_ == "pobj"
                    for r in resolver.refs_for(g)]
            if refs:
                return refs
    return []


def _condition_party(token: Token, resolver: Resolver) -> list[Ref]:
    """ "If the tariffs are not dropped by Canada, I will increase ...": a threat is aimed
    at the party its condition names (the condition's agent or subject)."""
    verb = _clause_verb(token)
    if verb is None:
        return []
    for c in verb.children:
        if c.dep_ != "advcl" or not any(g.dep_ == "mark" and g.lower_ in CONDITIONALS
                                        for g in c.children):
            continue
        refs: list[Ref] = []
        for g in c.children:
            if g.dep_ in ("agent", "prep") and g.lower_ == "by":
                refs += [r for o in g.children if o.dep_ == "pobj" for r in resolver.refs_for(o)]
            elif g.dep_ in ("nsubj", "nsubjpass"):
                refs += resolver.refs_for(g) or _bloc(g, resolver)
        if refs:
            return refs
    return []
