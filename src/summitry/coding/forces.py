"""Material acts told through who moves: troops, ships and crowds (full-article coding).

A travel verb or a visit is a meeting (CAMEO 042) only when officials travel. Who travels
decides the act: peacekeepers arriving in a country are a security deployment (074), a
warship's port call is military cooperation (062), and migrants or refugees arriving
somewhere meet nobody. Deployments told in the passive ("forces of the U.N. mission have
been deployed") are the deployed forces' act on the country they are sent to.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from .parties import _owner_refs
from .triggers import NOUN_POS, clause_verb

# Peacekeepers and the missions they serve in (CAMEO 074, peacekeeping).
PEACEKEEPING = frozenset({"peacekeeper", "peacekeepers", "peacekeeping", "blue"})

# Naval units whose visit to a port is a military port call (CAMEO 062).
NAVAL = frozenset({"warship", "warships", "frigate", "frigates", "destroyer", "destroyers",
                   "corvette", "corvettes", "submarine", "submarines", "navy", "fleet",
                   "flotilla", "carrier", "cruiser", "vessel", "vessels", "ship", "ships"})

# Armed forces and police sent abroad; with a mission named, their arrival deploys it (074).
FORCES = frozenset({"troops", "soldiers", "officers", "police", "policemen", "personnel",
                    "contingent", "forces", "gendarmes", "marines"})

# Words that name the security mission forces are sent to reinforce.
MISSION_WORDS = frozenset({"mission", "peacekeeping", "peacekeepers", "peacekeeper"})

# People who travel for themselves, not for a government: no visit.
MIGRANTS = frozenset({"refugee", "refugees", "migrant", "migrants", "asylum", "tourist",
                      "tourists", "immigrant", "immigrants", "people", "civilian", "civilians",
                      "family", "families", "worker", "workers", "student", "students",
                      "pilgrim", "pilgrims", "resident", "residents", "evacuee", "evacuees"})

# Nouns of number or flow before an "of" phrase ("a wave of Somalis").
FLOW_NOUNS = frozenset({"wave", "waves", "influx", "flow", "flood", "stream", "group",
                        "groups", "hundreds", "thousands", "dozens", "millions", "tens",
                        "number", "numbers", "scores"})

# Crowds: when they mass somewhere, they demonstrate (CAMEO 141), not mobilise (152).
CROWDS = frozenset({"people", "protester", "protesters", "demonstrator", "demonstrators",
                    "crowd", "crowds", "resident", "residents", "student", "students",
                    "supporter", "supporters", "activist", "activists", "citizen", "citizens",
                    "worshipper", "worshippers", "worshiper", "worshipers"})

# Verbs that deploy forces (passive: "have been deployed to shield civilians").
DEPLOY_VERBS = frozenset({"deploy", "send", "dispatch", "station", "redeploy"})

# The mission patterns a passive deployment is coded by.
DEPLOY_CODES = ("074", "152")


def traveller(token: Token) -> Token | None:
    """Who travels: the subject of a travel verb ("peacekeepers arrived"), the subject of
    the light verb that carries a visit ("a warship paid a visit"), or the visit's owner."""
    if token.pos_ in NOUN_POS:
        for c in token.children:
            if c.dep_ == "poss":
                return c
        verb = clause_verb(token)
        if verb is token:
            return None
        token = verb
    for c in token.children:
        if c.dep_ == "nsubj":
            return _through_flow(c)
    return None


def _through_flow(noun: Token) -> Token:
    """ "another wave of Somalis", "thousands of refugees": the people counted."""
    if noun.lower_ in FLOW_NOUNS:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    return noun


def travel_code(token: Token) -> str | None:
    """How a travel or visit trigger is coded by who travels: "074" for peacekeepers, "062"
    for a warship or navy, "" for migrants, refugees or a people ("Somalis"), who meet
    nobody; None to keep the visit."""
    who = traveller(token)
    if who is None:
        return None
    words = {who.lower_, who.lemma_.lower()} | {
        c.lower_ for c in who.children if c.dep_ in ("compound", "amod")}
    if words & PEACEKEEPING:
        return "074"
    if who.lower_ in FORCES and token.pos_ == "VERB" and any(
            t.lower_ in MISSION_WORDS for t in token.subtree if t.i > who.i):
        return "074"  # "police officers arrived in Haiti to reinforce the security mission"
    if who.lower_ in NAVAL or who.lemma_.lower() in NAVAL:
        return "062"
    if who.lower_ in MIGRANTS or (who.tag_ == "NNPS" and who.ent_type_ == "NORP") or (
            who.tag_ == "NNS" and who.ent_type_ == "NORP"):
        return ""
    return None


def crowd_code(token: Token) -> str | None:
    """ "Hundreds of people massed outside the embassy": a crowd that gathers demonstrates
    (141); None when the subject is no crowd (troops that mass mobilise, 152)."""
    if token.pos_ != "VERB":
        return None
    who = traveller(token)
    if who is None and token.dep_ == "acl":  # "Hundreds of people massed ..." read as a
        who = _through_flow(token.head)      # reduced relative clause
    if who is None:
        return None
    return "141" if who.lower_ in CROWDS or who.lemma_.lower() in CROWDS else None


def deployed_parties(token: Token, resolver: Resolver) -> tuple[list[Ref], list[Ref]] | None:
    """ "troops of the U.N. mission have been deployed to guard the camps": a passive
    deployment is the act of the forces' owner on the country they are deployed in (the
    place named with them, else the place the sentence is about)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in DEPLOY_VERBS or not any(
            c.dep_ == "auxpass" for c in token.children):
        return None
    if any(c.dep_ == "agent" for c in token.children):
        return None  # "deployed by Kenya": the parser's own reading holds
    forces = [c for c in token.children if c.dep_ == "nsubjpass"]
    if not forces:
        return None
    sources: list[Ref] = []
    for f in forces:
        for t in f.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == f.i:
                sources += resolver.refs_for(t) or _owner_refs(t, resolver)  # "forces of
                # the U.N. mission"
        sources += [r for c in f.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                    for r in resolver.refs_for(c, expand_conj=False)]
    if not sources:
        return None
    own = {r.actor for r in sources}
    targets: list[Ref] = []
    places = [t for f in forces for t in f.subtree if t.dep_ == "pobj" and t.head.lower_ == "in"]
    places += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
               for g in c.children if g.dep_ == "pobj"]
    for p in places:
        targets += [r for r in resolver.refs_for(p) if r.actor not in own and r.country]
    place = resolver.state.place or resolver.state.context_place
    if not targets and place and place not in {r.country for r in sources}:
        entry = resolver.reg.country(place)
        targets = [resolver.reg.ref(entry, token.text, token.idx, token.idx + len(token.text),
                                    via="place", record=False)]
    if not targets:  # the party the last sentences were about
        implicit = resolver.implicit_target({r.country for r in sources if r.country}, reach=3)
        targets = [implicit] if implicit is not None else []
    if not targets and token.dep_ == "ccomp":
        # "Chad says that ... troops have been deployed": a state that reports
        # foreign forces deployed, with no place named, reports them on its own soil
        speaker = [r for c in token.head.children if c.dep_ == "nsubj"
                   for r in resolver.refs_for(c) if r.country and r.actor == r.country]
        targets = speaker[:1]
    return sources, [t for t in targets if t.actor not in own]


# Roots of attacks: an attack on a site hits the country the site is in.
ATTACK_ROOTS = ("18", "19", "20")


def struck_site(token: Token, resolver: Resolver, sources: list[Ref]) -> list[Ref]:
    """ "Ukrainian drones struck an oil refinery in Russia's Samara region": an armed force's
    attack on a site that names no party hits the country the site is in (its "in"/"near"
    phrase)."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
        # (an act noun's site may be anyone's: "linking the attack on a train", which the
        # parser may also read as a bare verb)
        return []
    if not sources or any(r.sector not in ("MIL", "REB") for r in sources):
        return []  # only armed forces and armed groups are read as striking a place
    sites = [c for c in token.children if c.dep_ == "dobj"]
    own = {r.country for r in sources if r.country}
    out: list[Ref] = []
    for site in sites:
        if site.pos_ != "NOUN" or not site.is_lower or resolver.refs_for(site):
            continue  # a party, named or unknown ("IS in Syria"): not a site
        # the site's own phrase, or the verb's when the parser hung it there
        hosts = [site, token] if site.head.i == token.i else [site]
        for c in (c for h in hosts for c in h.children):
            if c.dep_ == "prep" and c.lower_ in ("in", "near"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        out += [r for r in (resolver.refs_for(g) or _owner_refs(g, resolver))
                                if r.country and r.country not in own]
    return out


# Aerial weapons and the craft that fire them (CAMEO 195, employ aerial weapons).
AERIAL = frozenset({"drone", "drones", "aircraft", "jet", "jets", "warplane", "warplanes",
                    "plane", "planes", "helicopter", "helicopters", "bomber", "bombers",
                    "missile", "missiles", "airstrike", "airstrikes"})


def aerial_code(token: Token, code: str) -> str:
    """ "Ukrainian drones struck a refinery", "Israeli jets bombed a depot": an attack or a
    bombing whose doer is an aircraft, drone or missile is an air strike (195)."""
    if not code.startswith(("190", "183", "180")) or token.pos_ != "VERB":
        return code
    who = traveller(token)
    if who is not None and who.lower_ in AERIAL:
        return "195"
    return code


# Armed parties named by their words: killing them in an operation is fighting.
ARMED_SECTORS = frozenset({"MIL", "REB"})


def armed_victims(token: Token, resolver: Resolver) -> bool:
    """Whether the people ``token`` kills are combatants ("the army killed 20 insurgents",
    "militants were killed by troops"): a state's forces fighting armed men is CAMEO 19,
    not assault (18)."""
    passive = any(c.dep_ == "auxpass" for c in token.children)
    slots = ("nsubjpass",) if passive else ("dobj",)
    for c in token.children:
        if c.dep_ in slots:
            for noun in (c, *c.conjuncts):
                sector = resolver.kb.agents.get(noun.lower_) or resolver.kb.agents.get(
                    noun.lemma_.lower())
                if sector in ARMED_SECTORS:
                    return True
    return False
