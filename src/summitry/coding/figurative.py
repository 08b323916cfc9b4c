"""Words of force used in a sense that is no political act, and the violence of crowds.

"Inspectors are looking into the ferry crash": an inquiry into a mishap is no political
investigation (CAMEO 09 is for crime, abuses and military action).

"Our side attacked all afternoon", "she lost a long battle with leukaemia", "the bank fired
its finance director", "nurses fought to keep him alive": force words (CAMEO 15, 17-20)
in sport (a sport word, or a score such as "won 3-1"), in illness, in business, in a
dismissal or in a struggle; and crowds that take to the streets to celebrate. None of
these is coded.

"Marchers fought with riot police", "a mob set cars alight": a crowd that turns violent
protests violently (CAMEO 145), whatever word names the violence."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref

FORCE = ("15", "17", "18", "19", "20")

# Words that set a sentence in sport.
SPORT_WORDS = frozenset({
    "match", "matches", "final", "finals", "semifinal", "semifinals", "quarterfinal",
    "tournament", "championship", "championships", "league", "cup", "goalkeeper", "striker",
    "midfielder", "innings", "touchdown", "playoff", "playoffs", "olympics", "scoreline",
    "halftime", "nil", "derby", "fixture", "rematch",
})

# Actors that only play games.
SPORT_ACTORS = frozenset({
    "team", "teams", "squad", "club", "player", "players", "striker", "goalkeeper",
    "champion", "champions", "challenger", "coach", "athlete", "athletes", "boxer",
})

# What people fight against when they struggle with no enemy.
STRUGGLES = frozenset({
    "cancer", "disease", "diseases", "illness", "virus", "covid", "malaria", "tuberculosis",
    "addiction", "obesity", "poverty", "hunger", "inflation", "unemployment", "fire", "fires",
    "flames", "blaze", "wildfire", "wildfires", "flood", "floods", "drought", "pandemic",
    "epidemic", "odds", "injury", "injuries", "depression", "leukaemia", "leukemia",
    "dementia", "infection", "infections", "disinformation", "misinformation", "locusts",
    "locust", "swarm", "swarms", "plague", "pests", "erosion", "desertification",
})

# Businesses, which wage price wars and hostile bids, not armed attacks.
FIRMS = frozenset({"text:company", "text:firm", "text:bank", "text:corporation",
                   "text:business", "text:retailer", "text:carmaker", "text:airline"})

STRUGGLE_VERBS = frozenset({"fight", "battle", "struggle", "combat", "attack"})

# Crowds whose violence is violent protest (CAMEO 145).
CROWDS = frozenset({
    "text:protester", "text:protestor", "text:demonstrator", "text:rioter", "text:crowd",
    "text:marcher", "text:looter",
})

# Codes that a violent crowd turns into 145: clashes, attacks, property destroyed.
CROWD_CODES = ("180", "190", "171")

# Roles a company or a government fires from a job (not with a gun).
JOBS = frozenset({
    "ceo", "executive", "executives", "director", "directors", "manager", "managers", "coach",
    "employee", "employees", "staff", "aide", "aides", "minister", "ministers", "chief",
    "head", "official", "officials", "secretary", "adviser", "advisers", "advisor",
    "advisors", "editor", "spokesman", "spokeswoman", "commissioner", "worker", "workers",
})


def figurative(token: Token, code: str, sources: list[Ref]) -> bool:
    """Whether the force word ``token`` (coded ``code``) names no political act: a game,
    an illness or a disaster fought, a dismissal, or a struggle to do something; or whether
    an investigation (09) looks only into a mishap."""
    if code.startswith("09"):
        return any(o.lemma_.lower() in MISHAPS for o in _objects(token, ("into", "of")))
    if code.startswith("14"):  # "fans took to the streets to celebrate the title"
        return any(c.lemma_.lower() in CELEBRATE for c in token.children
                   if c.dep_ in ("xcomp", "advcl", "conj"))
    if not code.startswith(FORCE):
        return False
    if sources and all(s.actor == "text:?" for s in sources) and _tally(token):
        return True  # "a total of 40 were shot between 2015 and 2019": a statistic
    armed = any(s.actor == "text:?" or s.actor[5:] in ARMED or s.sector in ("MIL", "REB")
                for s in sources)  # ("gunmen opened fire on the crowd at a match")
    if _score(token) or (not armed and any(t.lower_ in SPORT_WORDS and t.pos_ == "NOUN"
                                           for t in token.sent)) \
            or any(s.actor.startswith("text:") and s.actor[5:] in SPORT_ACTORS for s in sources):
        return True  # "the visitors attacked down the left in the cup final"
    if not code.startswith("17") and all(s.actor in FIRMS for s in sources) and sources:
        return True  # "the retailer launched an attack on its rivals"
    lemma = token.lemma_.lower()
    objects = _objects(token, ("against", "on") if lemma == "attack" else (
        "against", "with", "on"))  # ("attacked the post with fire" is an attack)
    if (lemma in STRUGGLE_VERBS or token.lower_ in STRUGGLE_VERBS) and \
            any(o.lemma_.lower() in STRUGGLES or o.lower_ in STRUGGLES for o in objects):
        return True  # "fought the blaze", "a battle against malaria"
    if lemma == "fire" and any(
            c.dep_ == "dobj" and (c.lower_ in JOBS or c.lemma_.lower() in JOBS
                                  or c.ent_type_ == "PERSON") for c in token.children):
        return True  # "fired its finance director": a dismissal
    # "nurses fought to keep him alive": a struggle, when no armed party fights
    return lemma in ("fight", "struggle", "battle") and token.pos_ == "VERB" and any(
        c.dep_ == "xcomp" for c in token.children) and not objects and bool(sources) and all(
        s.actor.startswith("text:") and s.sector is None and s.actor[5:] not in ARMED
        for s in sources)


def _score(token: Token) -> bool:
    """Whether the sentence gives a game's score ("won 2-1", "a 4-0 defeat")."""
    return any(t.like_num and len(t.text) <= 2 and t.i + 2 < t.sent.end
               and t.ent_type_ not in ("DATE", "TIME")  # ("on 10-12 May")
               and t.doc[t.i + 1].text in ("-", "–") and t.doc[t.i + 2].like_num
               and len(t.doc[t.i + 2].text) <= 2 for t in token.sent)


def _tally(token: Token) -> bool:
    """Whether the sentence counts acts over a span of years ("a total of", "between 2015
    and 2019", "since 2012"): crime figures, not an event."""
    sent = token.sent
    if "a total of" in sent.text.lower():
        return True
    return any(t.lower_ in ("between", "since") and any(
        g.ent_type_ == "DATE" and any(x.like_num and len(x.text) == 4 for x in g.subtree)
        for g in t.children if g.dep_ == "pobj") for t in sent)


def _objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The direct object of ``token`` and the objects of its ``preps``."""
    return [g for c in token.children if c.dep_ == "dobj" or (
        c.dep_ == "prep" and c.lower_ in preps)
            for g in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])]


# Joy that takes people into the streets without protest.
CELEBRATE = frozenset({"celebrate", "cheer", "rejoice", "dance", "party", "mark"})


# Mishaps an inquiry looks into that are no political matter ("probed the crash").
MISHAPS = frozenset({
    "fire", "blaze", "crash", "accident", "collapse", "derailment", "spill",
    "outbreak", "flood", "flooding", "landslide", "stampede", "blackout", "malfunction",
})


# Unnamed people who do fight ("gunmen fought to hold the bridge").
ARMED = frozenset({
    "gunman", "gunmen", "attacker", "assailant", "militant", "insurgent", "rebel", "fighter",
    "terrorist", "extremist", "jihadist", "separatist", "guerrilla", "soldier", "troop",
    "force", "army", "militia", "police", "pirate", "bomber",
})


def crowd_violence(code: str, sources: list[Ref]) -> str:
    """145 for a clash, an attack or property destroyed by a protesting crowd, else
    ``code``."""
    if sources and code.startswith(CROWD_CODES) and all(s.actor in CROWDS for s in sources):
        return "145"
    return code


def clash_code(token: Token, code: str, sources: list[Ref], agents: dict[str, str]) -> str:
    """The code of a clash whose doer is unnamed or named only after "between", by those parties:
    armed forces on one side make it fighting (190), a protesting crowd makes it a violent
    protest (145); else ``code``. ``agents`` maps nouns to sectors (the knowledge base)."""
    if not code.startswith("180") or not sources:
        return code
    hosts = (token, token.head) if token.dep_ == "nsubj" else (token,)  # ("broke out between")
    sides = [t for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
             for g in p.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]
    spans = [(t.left_edge.idx, t.idx + len(t.text)) for t in sides]
    if any(s.actor != "text:?" and not any(a <= s.start < b for a, b in spans)
           for s in sources):
        return code  # a doer named outside the "between" phrase
    if any("text:" + t.lemma_.lower() in CROWDS for t in sides):
        return "145"  # "clashes between marchers and riot police"
    if any(agents.get(t.lower_) == "MIL" or agents.get(t.lemma_.lower()) == "MIL"
           for t in sides):
        return "190"  # "fighting between the army and the militia"
    return code
