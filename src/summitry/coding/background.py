"""Background and unasserted acts in full articles: acts the article dates well before its
own day ("last year", "three years ago", "in October" in a March article), acts that only
date or describe something else ("the 2018 accord X signed with Y", "talks that collapsed
last year"), an earlier episode told after "There," and questions nobody answers ("whether
X will meet Y remains unclear"). The protocol codes none of these; recent context ("last
week", "on Monday", "earlier this month") stays news."""

from __future__ import annotations

from spacy.tokens import Token

from ..enrich.dates import MONTHS as DATE_MONTHS
from ..enrich.modality import carrier_verb
from .clauses import CLAUSE_DEPS

# Month names and abbreviations, as the parser tokenises them ("Sept." keeps its dot)
MONTHS = {**DATE_MONTHS, "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "oct.": 10, "nov.": 11,
          "dec.": 12}

# Units of "... ago" that put an act well before the article
AGO_UNITS = frozenset({"year", "years", "decade", "decades"})

# Subordinators of a clause that dates another
TIME_MARKS = frozenset({"after", "since", "before", "when", "until"})

# Participles that place something ahead ("a vote scheduled in October")
PLAN_VERBS = frozenset({"expect", "schedule", "plan", "set", "slate", "due", "propose"})

# Wh-words that open an embedded question
QUESTION_WORDS = frozenset({"whether", "how", "what", "when", "where", "why", "which", "who"})

# Predicates that leave an embedded question open ("remains unclear", "hard to predict")
OPEN_WORDS = frozenset({"unclear", "uncertain", "unknown", "hard", "difficult", "impossible",
                        "early", "premature"})
KNOWING_WORDS = frozenset({"clear", "known", "certain", "predict", "know", "say", "tell",
                           "determine", "see", "decide", "decided", "confirm"})

# Openers of a sentence that goes on with the episode the sentence before told
EPISODE_OPENERS = (("there", ","), ("at", "that"), ("at", "the", "time"), ("back", "then"))


def _months_back(month: int, date: str) -> int:
    """How many months before the article's month a month name without a year lies."""
    return (int(date[5:7]) - month) % 12


def _time_word(t: Token, date: str, past: bool, months: int = 3) -> bool:
    """A time expression that places its clause well before the article: "last year",
    "years ago", an earlier year, or a month name three or more months back in a past
    clause ("in October" in a March article)."""
    low = t.lower_
    year = int(date[:4])
    if low == "year" and any(c.dep_ == "amod" and c.lower_ == "last" for c in t.children):
        late = any(c.lower_ in ("late", "end") for c in (*t.children, t.head))
        return int(date[5:7]) >= 3 or not late  # "late last year" in January is recent
    if low == "ago" and any(c.lower_ in AGO_UNITS for c in t.children):
        return True
    if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) < year:
        return t.dep_ in ("pobj", "nummod", "compound", "nmod", "npadvmod") and (
            t.dep_ != "pobj" or t.head.lower_ in ("in", "of"))
    month = MONTHS.get(low)
    if month and past and t.dep_ in ("pobj", "npadvmod", "nmod") and (
            t.dep_ != "pobj" or t.head.lower_ in ("in", "during", "by")):
        years = [c for c in t.children if c.like_num and len(c.text) == 4]
        if years and years[0].text != date[:4]:
            return False  # another year: that is the earlier-year rule's business
        return _months_back(month, date) >= months
    return False


def _past(verb: Token) -> bool:
    """The clause tells something done: a past verb with no future or modal auxiliary."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False
    if verb.tag_ == "VBN" and not aux:  # "the summit held in ...", "based on ..."
        return verb.lemma_.lower() not in PLAN_VERBS
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        a.lower_ in ("had", "was", "were", "has", "have") for a in aux)) or any(
        a.tag_ == "VBD" for a in aux)


def _dated_clause(verb: Token, date: str) -> bool:
    """The verb's own clause (not the clauses inside it) carries a background time. A clause
    that only dates another ("after X did Y in February") counts from two months back."""
    past = _past(verb)
    months = 2 if any(c.dep_ == "mark" and c.lower_ in TIME_MARKS
                      for c in verb.children) else 3
    stack = list(verb.children)
    while stack:
        t = stack.pop()
        if t.dep_ in CLAUSE_DEPS or t.pos_ in ("VERB", "AUX"):
            continue
        if _time_word(t, date, past, months):
            return True
        stack += list(t.children)
    return False


def _record(verb: Token, date: str) -> bool:
    """ "X has made several trips to Y since the envoy took office in 2022": a record over a
    period that began well before the article, not an event."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                     for c in verb.children):
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                         for m in c.children) and _dated_clause(c, date)
               for h in heads for c in h.children)  # ("... to study X since ...")


def _dated_noun(noun: Token, date: str) -> bool:
    """A noun dated by its own words ("the 2018 accord", "last year's summit") or by a
    clause that describes it ("the summit held in October", "talks that collapsed last
    year")."""
    for c in noun.children:
        if c.dep_ in ("nummod", "compound", "nmod", "amod", "poss") and any(
                _time_word(t, date, True) for t in c.subtree):
            return True
        if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX"):
            verbs = [c] + [x for x in c.children if x.dep_ == "xcomp"]
            if any(_dated_clause(v, date) for v in verbs):
                return True
    return False


def _open_question(verb: Token) -> bool:
    """ "Whether X will meet Y remains unclear", "it is hard to predict how X will react",
    "To what extent X will help Y was not made clear": a question nobody answers."""
    for _ in range(3):
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            break
        verb = verb.head
    left = [t for t in verb.subtree if t.i < verb.i]
    if not any(t.lower_ in QUESTION_WORDS for t in left[:4]):
        return False
    if verb.dep_ == "ROOT":  # "To what extent X will help Y, was not made clear"
        govs = [c for c in verb.children if c.dep_ == "conj" and not any(
            s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
        return any(_open_predicate(g) for g in govs)
    if verb.dep_ not in ("csubj", "csubjpass", "ccomp", "advcl", "pcomp", "xcomp"):
        return False
    return _open_predicate(verb.head)


def _open_predicate(gov: Token) -> bool:
    """ "remains unclear", "was not made clear", "hard to predict": the predicate of an
    embedded question leaves it open."""
    words = {gov.lower_} | {c.lower_ for c in gov.children if c.dep_ in ("acomp", "oprd")}
    if gov.dep_ == "xcomp":  # "hard to predict how ..."
        words |= {c.lower_ for c in gov.head.children if c.dep_ in ("acomp", "oprd")}
    negated = any(c.dep_ == "neg" for c in gov.children)
    return bool(words & OPEN_WORDS) or (negated and bool(words & KNOWING_WORDS))


def _episode_sentence(token: Token, date: str) -> bool:
    """ "There, X asked Y ..." after a sentence about a summit long ago: the sentence goes
    on with that earlier episode."""
    sent = token.sent
    words = [t.lower_ for t in sent[:4]]
    if not any(tuple(words[:len(o)]) == o for o in EPISODE_OPENERS):
        return False
    if sent.start == 0:
        return False
    before = token.doc[sent.start - 1].sent
    return any(_time_word(t, date, True) for t in before)


def background_time(token: Token, date: str | None) -> bool:
    """The act is background by its time: its clause, the clause that reports it, the
    noun that names it or the sentence it goes on from dates it well before the article."""
    if not date or len(date) < 7 or not date[:4].isdigit() or not date[5:7].isdigit():
        return False
    verb = carrier_verb(token)
    if _record(verb, date):
        return True
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if _dated_clause(verb, date):
        return True
    if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX") and _dated_clause(
            verb.head, date):
        return True  # "In October, X announced it was cutting ties with Y"
    if token.pos_ in ("NOUN", "PROPN") and _dated_noun(token, date):
        return True
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and \
            _dated_noun(verb.head, date):
        return True  # "the 2018 accord X signed with Y"
    return _episode_sentence(token, date)


def unasserted(token: Token) -> bool:
    """The act stands in an embedded question the sentence leaves open, or is a standing
    relation told in the perfect."""
    verb = carrier_verb(token)
    return _open_question(verb) or _standing_relation(verb)


# "has built close ties with X": the verbs and nouns of a relation grown over time.
GROWN_VERBS = frozenset({"develop", "build", "cultivate", "forge", "nurture"})
RELATION_NOUNS = frozenset({"relationship", "tie", "ties", "rapport", "friendship", "bond",
                            "relation", "relations"})


def _standing_relation(verb: Token) -> bool:
    """ "X has developed a warm rapport with Y", "A and B have built close ties over the
    years": the state a relation has reached, not an act of the day (no date of its own)."""
    if verb.lemma_.lower() not in GROWN_VERBS or verb.tag_ != "VBN" or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in RELATION_NOUNS for c in verb.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") and (
        t.lower_ in DAY_WORDS or t.lower_ in MONTHS) for t in verb.subtree)


# Date words that place an act on a day ("this week", "on Monday", "in March").
DAY_WORDS = frozenset({"today", "yesterday", "week", "weekend", "month", "monday", "tuesday",
                       "wednesday", "thursday", "friday", "saturday", "sunday"})
