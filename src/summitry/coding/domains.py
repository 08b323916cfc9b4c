"""Words whose act depends on the news domain they stand in (scope "all").

"The unions called a strike", "a strike by train drivers shut the ports": a strike by
workers, or over pay, is a labour strike (CAMEO 143), not an air strike (195); a strike in
a bowling alley is no act at all.

"The governor lifted the curfew", "martial law was lifted": a measure named as the thing
lifted, ended or eased is the easing (CAMEO 0813, 0814, 0812), not its imposition.

"Students occupied the campus": a crowd that occupies a square or a building demonstrates
(CAMEO 141); it does not occupy territory (192)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from .figurative import ARMED, CROWDS

# Verbs that end a measure.
LIFT_VERBS = frozenset({
    "lift", "end", "ease", "relax", "revoke", "rescind", "scrap", "remove", "suspend",
    "loosen", "withdraw", "cancel", "abolish",
})

# What easing a measure of each kind is coded (CAMEO 081x).
EASED = {"1723": "0813", "1724": "0814", "1722": "0812", "1721": "0811", "172": "081"}

# People who go on labour strikes.
LABOUR = frozenset({
    "worker", "workers", "union", "unions", "driver", "drivers", "teacher", "teachers",
    "doctor", "doctors", "nurse", "nurses", "miner", "miners", "employee", "employees",
    "staff", "trucker", "truckers", "docker", "dockers", "pilot", "pilots", "farmer",
    "farmers", "trader", "traders", "shopkeeper", "shopkeepers", "merchant", "merchants",
    "student", "students", "lawyer", "lawyers", "journalist", "journalists", "porter",
    "porters", "cleaner", "cleaners", "staffer", "staffers", "conductor", "conductors",
    "striker", "strikers", "labourer", "labourers", "laborer", "laborers", "civil",
    "servant", "servants", "transporter", "transporters", "operator", "operators",
})

# Words that set a strike in a workplace quarrel.
LABOUR_CUES = frozenset({
    "wage", "wages", "pay", "salary", "salaries", "pension", "pensions", "bonus",
    "bonuses", "overtime", "contract", "contracts", "layoffs", "union", "unions",
    "paralyse", "paralyze", "paralysed", "paralyzed", "cripple", "crippled", "shut",
    "general", "nationwide", "indefinite", "strikers",
})

# Words that make a strike an armed one.
ARMED_CUES = frozenset({
    "air", "missile", "missiles", "drone", "drones", "aerial", "rocket", "rockets",
    "artillery", "military", "precision", "retaliatory", "preemptive", "jets", "warplanes",
    "bombers", "aircraft", "targets", "positions", "bases", "nuclear", "surgical",
})

# What a ban on which is a ban on parties (1722) or on gatherings (1721).
PARTIES = frozenset({"party", "opposition", "politician", "candidate", "movement"})
GATHERINGS = frozenset({"rally", "protest", "gathering", "demonstration", "march", "assembly",
                        "meeting", "strike", "newspaper", "media", "broadcast"})

# Things charged with power, not with crimes.
DEVICES = frozenset({"phone", "battery", "car", "vehicle", "device", "laptop", "charger"})
ENERGY = frozenset({"energy", "electricity", "power", "emotion", "excitement", "tension"})

# Forces of a state that strike from the air or the sea.
STATE_FORCES = frozenset({"coalition", "navy", "military", "army", "force", "forces",
                          "government", "regime", "alliance", "troop", "troops"})

# People who flee, whom a state shelters (CAMEO 075).
DISPLACED = frozenset({"refugee", "refugees", "migrant", "migrants", "evacuee", "evacuees",
                       "asylum", "seeker", "seekers", "exile", "exiles"})

# Verbs that set captives free.
FREEING = frozenset({"release", "free", "swap", "exchange", "rescue", "return", "liberate"})

# Words that set a strike in a game.
GAME_CUES = frozenset({"bowling", "frame", "pins", "lane", "alley", "inning", "innings",
                       "pitch", "pitcher", "batter", "umpire"})


def domain_code(token: Token, code: str, sources: list[Ref], targets: list[Ref]) -> str | None:
    """The code of the act ``token`` names once its domain is read: ``code`` unchanged,
    another code, or None when it names no political act."""
    lemma = token.lemma_.lower()
    if code.startswith("14") and token.pos_ == "VERB" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "off" for c in token.children):
        return "082"  # "called off their strike": dissent eased, not staged
    if code == "143" and any(c.dep_ == "dobj" and any(
            m.lower_ == "hunger" for m in c.children) for c in token.children):
        return "142"  # "staged a hunger strike"
    if code.startswith("14") and token.pos_ == "NOUN" and _in_context_phrase(token):
        return None  # "stepped down amid weeks of rallies": the rallies are not the doer's
    if code.startswith("181") and token.pos_ in ("NOUN", "PROPN") and token.dep_ in (
            "dobj", "nsubjpass") and token.head.lemma_.lower() in FREEING:
        return None  # "released the hostages": the taking is background, the release the act
    if code == "085" and lemma in LIFT_VERBS:  # "lifted the ban on the party"
        bans = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                and c.lemma_.lower() == "ban"]
        hosts = bans + [token] if bans else []  # ("on the party" may hang on the verb)
        banned = {g.lemma_.lower() for b in hosts for p in b.children
                  if p.dep_ == "prep" and p.lower_ == "on" for g in p.children}
        if banned & PARTIES:
            return "0812"
        if banned & GATHERINGS:
            return "0811"
    if lemma in ("host", "receive", "shelter") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in DISPLACED for c in token.children):
        return "075"  # "agreed to host more refugees": shelter, not a meeting
    if code.startswith("074") and not targets:
        return "154"  # "sent troops to the restive province": forces at home, no aid to anyone
    if code.startswith("054") and not targets:
        return None  # "the club recognised its volunteers": no state is recognised
    if code == "180" and lemma == "raid" and sources and all(
            s.actor in ("text:police", "text:policeman", "text:policemen") or s.sector == "GOV"
            for s in sources):
        return "170"  # a police raid is coercion, not an armed assault
    if lemma == "charge" and code[:2] in ("11", "17") and (any(
            c.dep_ in ("nsubjpass", "nsubj", "dobj") and c.lemma_.lower() in DEVICES
            for c in token.children) or any(
            g.lemma_.lower() in ENERGY for c in token.children
            if c.dep_ == "prep" and c.lower_ == "with" for g in c.children)):
        return None  # "phones are charged", "charged with energy"
    if code.startswith("172") and token.dep_ in ("dobj", "nsubjpass", "nsubj") and (
            token.head.lemma_.lower() in LIFT_VERBS or token.head.lower_ in LIFT_VERBS):
        return EASED.get(code, "081")  # "lifted the curfew", "curfew lifted"
    if code == "192" and sources and all(s.actor in CROWDS for s in sources):
        return "141"  # "protesters occupied the square"
    if code == "195" and token.lemma_.lower() in ("strike", "strikes"):
        words = {t.lower_ for t in token.sent} | {t.lemma_.lower() for t in token.sent}
        if words & ARMED_CUES:
            return code
        if words & GAME_CUES or any(c.lower_ in ("lightning", "thunder") for c in token.children):
            return None  # "bowled a strike in the last frame", "a lightning strike"
        doers = {s.actor[5:] for s in sources if s.actor.startswith("text:")}
        if doers & LABOUR or words & LABOUR_CUES or _civil_doer(token) or any(
                w in LABOUR for w in _by_words(token)):
            return "143"  # "a strike by bus drivers", "a strike over unpaid wages"
    return code


def _by_words(token: Token) -> list[str]:
    """The words that name who strikes: the "by" phrase, the owner or a modifier ("a strike
    by dockers", "the teachers' strike")."""
    return [g.lemma_.lower() for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj"] + [
        c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "nmod", "poss")]


def _civil_doer(token: Token) -> bool:
    """Whether the strike's doer is named by a plain word for people who bear no arms
    ("a strike by refuse collectors"): no state, no armed group, no aircraft."""
    doers = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
             for g in c.children if g.dep_ == "pobj"] + [
        c for c in token.children if c.dep_ == "poss"]
    return bool(doers) and all(
        d.pos_ == "NOUN" and not d.ent_type_ and d.lemma_.lower() not in ARMED
        and d.lemma_.lower() not in ARMED_CUES and d.lemma_.lower() not in STATE_FORCES
        for d in doers)


# Prepositions that set an act as the background of another ("amid protests").
CONTEXT_PREPS = frozenset({"amid", "amidst", "after", "following", "despite", "during"})


def _in_context_phrase(token: Token) -> bool:
    """Whether the noun ``token`` stands in a phrase of background ("amid weeks of
    protests", "after the rally"), within three steps up the parse."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep", "compound") or node.head is node:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in CONTEXT_PREPS:
            return True
    return False
