"""PETRARCH/TABARI dictionaries as an overlay on our knowledge base, and back to codes.

A PETRARCH actor code is a concatenation of 3-letter blocks: a country block and agent
blocks (``GONGOV``, ``OSGMIL``), or a prefix agent before the country (``NGOARN``). Our
actors have a ``country`` and a ``sector``; the mapping is:

* a name our knowledge base already knows is **not** added again: the country of a
  country name is translated to the dictionary's country block (Egypt coded UAR: our EGY
  is written UAR), an organisation, group or person to the dictionary's whole code
  (the United Nations: UNO); a name our base holds as a place only cannot be an actor
  and is listed in ``Overlay.unmatched``;
* a new name with a plain 3-letter code becomes a **country** of that code (``NORDLAND_ [NRD]``:
  NRD), merged with a country of ours that has the same code;
* any other new name becomes a **group** whose country is the first block and whose
  sector is the rest (``NORDLAND_ARMY [NRDMIL]``: NRD, MIL); date-limited codes
  become dated periods of the group, with their own country when it changes;
  ``A/B`` codes (several actors at once) are kept whole as the country and split back;
* an agent word becomes an agent of our base with the agent code as its sector
  (``~GOVMED``: GOVMED), a prefix agent with a trailing ``~`` (``NGO~``); a phrase of
  several words becomes a title, keeping the office of our title of the same phrase.

``Overlay.codes`` writes a coded party back as the dictionary's codes. Sectors of ours
that the dictionaries do not have (``CVL``) are dropped, and an actor whose country
the dictionaries do not know yields no code, as a dictionary coder would not code it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .kb import KnowledgeBase, norm
from .tabari import ActorEntry, AgentEntry, CodePeriod

COUNTRY_KINDS = ("country", "adj", "dem", "cap")
ACTOR_KINDS = ("org", "group", "person")
UNKNOWN = "---"
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "de"}
# TABARI matches a name without a trailing "_" as a stem; we list the usual endings.
STEM_ENDINGS = ("", "S", "N", "NS", "A", "AN", "ANS", "IA", "IAN", "IANS", "I", "E", "ES",
                "ESE", "ISH")


@dataclass(frozen=True)
class Overlay:
    """The dictionaries in our knowledge base format, with the way back to their codes."""

    data: dict[str, Any]  # an actor file's content: countries, groups, agents, titles
    countries: dict[str, tuple[CodePeriod, ...]] = field(default_factory=dict)  # ours -> theirs
    actors: dict[str, tuple[CodePeriod, ...]] = field(default_factory=dict)  # actor id -> codes
    names: dict[str, tuple[CodePeriod, ...]] = field(default_factory=dict)  # norm(text) -> codes
    blocks: frozenset[str] = frozenset()  # country blocks the overlay itself introduces
    sectors: frozenset[str] = frozenset()  # agent codes the dictionaries know
    unmatched: tuple[str, ...] = ()  # names held by our base as places only

    def codes(self, actor: str | None, country: str | None, sector: str | None,
              day: str | None, *, text: str = "") -> list[str]:
        """The dictionary codes of a coded party (several for ``A/B`` codes; none when
        the dictionaries cannot name it). A party named by exactly a dictionary name our
        base also knows ("Seoul") takes that name's code (KOR, where we say KOR GOV)."""
        whole = self.names.get(norm(text)) if text else None
        if whole is None and actor and actor in self.actors:
            whole = self.actors[actor]
        if whole is not None:
            code = _on(whole, day)
            return code.split("/") if code else []
        if country in self.countries:
            code = _on(self.countries[country], day)
            if not code:
                return []
            blocks = code[:3].split("/") if "/" not in code else code.split("/")
        elif country and country in self.blocks:
            blocks = country.split("/")
        elif country is None and sector in self.sectors:
            blocks = [UNKNOWN]
        else:
            return []
        agent = sector if sector in self.sectors else ""
        if agent.endswith("~"):
            return [agent[:-1] + b for b in blocks]
        return [b + agent for b in blocks]


def _on(periods: tuple[CodePeriod, ...], day: str | None) -> str | None:
    for period in periods:
        if period.dated and period.holds(day):
            return period.code
    defaults = [p.code for p in periods if not p.dated]
    return defaults[0] if defaults else None


def surface_forms(name: str, *, stems: bool = True) -> list[str]:
    """How a dictionary name may be written in text: ``PRINCE_OF_DOL_AMROTH`` gives
    "PRINCE OF DOL AMROTH", "Prince of Dol Amroth"; a stem (a name without a trailing
    ``_``, last word of 4 letters or more) also gets the usual endings unless ``stems``
    is false."""
    exact = name.endswith("_") or not stems
    words = name.strip("_ ").replace("_", " ").split()
    if not words:
        return []
    endings = [""] if exact or len(words[-1]) < 4 else list(STEM_ENDINGS)
    out: list[str] = []
    for ending in endings:
        upper = words[:-1] + [words[-1] + ending]
        titled = [w.lower() if w.lower() in SMALL_WORDS else _title(w) for w in upper]
        for form in (" ".join(upper), " ".join(titled), " ".join([_title(titled[0]),
                                                                  *titled[1:]])):
            if form not in out:
                out.append(form)
    return out


def _title(word: str) -> str:
    if "." in word:  # "U.N.", "K.U."
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def build_overlay(actors: list[ActorEntry], agents: list[AgentEntry],
                  kb: KnowledgeBase) -> Overlay:
    """The overlay for ``kb`` (the base it will be added to; only read here)."""
    known: dict[str, str] = {}
    for text, _label, ent_id in kb.surface_forms():
        known.setdefault(norm(text), ent_id)
    countries: dict[str, dict[str, Any]] = {}
    groups: list[dict[str, Any]] = []
    translated: dict[str, tuple[int, tuple[CodePeriod, ...]]] = {}  # iso -> (rank, codes)
    actor_codes: dict[str, tuple[CodePeriod, ...]] = {}
    by_name: dict[str, tuple[CodePeriod, ...]] = {}
    unmatched: list[str] = []
    sectors: set[str] = set()
    for entry in actors:
        new_forms: list[str] = []
        for name in entry.names:
            hit = next((known[norm(f)] for f in surface_forms(name, stems=False)
                        if norm(f) in known), None)
            kind, _, key = (hit or "").partition(":")
            if kind not in (*COUNTRY_KINDS, *ACTOR_KINDS, "place"):  # not known, or a surname
                new_forms += [f for f in surface_forms(name)
                              if f not in new_forms and norm(f) not in known]
                continue
            for form in surface_forms(name, stems=False):
                by_name.setdefault(norm(form), entry.codes)
            if kind in COUNTRY_KINDS:
                rank = COUNTRY_KINDS.index(kind)  # a country's own name beats its adjective
                if key not in translated or rank < translated[key][0]:
                    translated[key] = (rank, entry.codes)
                sectors.update(p.code[3:] for p in entry.codes if "/" not in p.code)
            elif kind in ACTOR_KINDS:
                actor_codes.setdefault(key, entry.codes)
            else:
                unmatched.append(name)
        if new_forms:
            _add_new(entry, new_forms, kb, countries, groups, sectors)
    data: dict[str, Any] = {"version": 1, "countries": list(countries.values()),
                            "groups": groups}
    agent_rows, titles = _agents(agents, kb)
    data["agents"] = agent_rows
    data["titles"] = titles
    sectors.update(agent_rows)
    sectors.update(t["sector"] for t in titles)
    blocks = {c["iso3"] for c in countries.values()} | {g["country"] for g in groups}
    blocks |= {p["country"] for g in groups for p in g["sectors"] if p.get("country")}
    sectors.discard("")
    return Overlay(data, {k: v for k, (_, v) in translated.items()}, actor_codes, by_name,
                   frozenset(blocks), frozenset(sectors), tuple(unmatched))


def _add_new(entry: ActorEntry, forms: list[str], kb: KnowledgeBase,
             countries: dict[str, dict[str, Any]], groups: list[dict[str, Any]],
             sectors: set[str]) -> None:
    codes = entry.codes
    plain = len(codes) == 1 and not codes[0].dated and len(codes[0].code) == 3 \
        and codes[0].code.isalpha()
    if plain:
        code = codes[0].code
        if code not in countries:
            mine = kb.countries.get(code)
            countries[code] = {
                "iso3": code, "name": mine.name if mine else forms[min(1, len(forms) - 1)],
                "names": list(mine.names) if mine else [],
                "adjectives": list(mine.adjectives) if mine else [],
                "demonyms": list(mine.demonyms) if mine else [],
                "capital": mine.capital if mine else None,
                "metonyms": list(mine.metonyms) if mine else [],
                "region": mine.region if mine else None}
        names = countries[code]["names"]
        names += [f for f in forms if f not in names]
        return
    default = next((p.code for p in codes if not p.dated), codes[-1].code)
    country, sector = _split(default)
    periods = []
    for p in codes:
        if not p.dated:
            continue
        c, s = _split(p.code)
        periods.append({"sector": s, "start": p.start, "end": p.end,
                        "country": c if c != country else None})
        sectors.add(s)
    sectors.add(sector)
    groups.append({"id": f"petrarch:{entry.line}", "name": _title(entry.names[0]),
                   "names": forms, "country": country, "sector": sector,
                   "sectors": periods})


def _split(code: str) -> tuple[str, str]:
    """A code as (country block, agent blocks); ``A/B`` codes stay whole."""
    if "/" in code:
        return code, ""
    return code[:3], code[3:]


def _agents(agents: list[AgentEntry], kb: KnowledgeBase
            ) -> tuple[dict[str, list[str]], list[dict[str, Any]]]:
    offices = {norm(t.phrase): t.office for t in kb.titles}
    words: dict[str, list[str]] = {}
    titles: list[dict[str, Any]] = []
    for entry in agents:
        sector = entry.code + "~" if entry.prefix else entry.code
        for phrase in entry.phrases:
            text = phrase.replace("_", " ").lower()
            if " " in text:
                titles.append({"phrase": text, "office": offices.get(text, "other"),
                               "sector": sector})
            else:
                words.setdefault(sector, []).append(text)
    return words, titles
