"""The actor knowledge base: countries, organisations, people with dated roles, summits.

Loaded from the YAML files under ``summitry/data/actors`` (see the README there),
plus any user files given with ``--actors``. A ``KnowledgeBase`` is an ordinary
object: two pipelines may hold different ones in one process.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml

from ..errors import DataError
from ..types import Role

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available

logger = logging.getLogger(__name__)

# Offices that make a person the "leader" of a country.
LEADER_OFFICES = ("head_of_government", "head_of_state")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    metonyms: tuple[str, ...]
    region: str | None = None


@dataclass(frozen=True)
class Organisation:
    id: str
    code: str
    name: str
    names: tuple[str, ...]
    kind: str
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupPeriod:
    sector: str
    start: str | None = None
    end: str | None = None
    country: str | None = None  # when the group's country also changed (default: the group's)


@dataclass(frozen=True)
class Group:
    """A non-state actor (armed movement, agency, militia) tied to a country."""

    id: str
    name: str
    names: tuple[str, ...]
    country: str
    sector: str
    sectors: tuple[GroupPeriod, ...] = ()
    branches: tuple[str, ...] = ()  # ids of regional branches ("Islamic State" -> ISWAP, ISKP)

    def period_on(self, date: str | None) -> GroupPeriod | None:
        """The first period holding ``date`` (the last period when undated), else None."""
        if date is None:
            return self.sectors[-1] if self.sectors else None
        for period in self.sectors:
            if (period.start is None or period.start <= date) and (
                    period.end is None or date <= period.end):
                return period
        return None

    def sector_on(self, date: str | None) -> str:
        period = self.period_on(date)
        return period.sector if period else self.sector

    def country_on(self, date: str | None) -> str:
        period = self.period_on(date)
        return period.country or self.country if period else self.country


@dataclass(frozen=True)
class Place:
    """A city, region, venue or territory and the country it lies in."""

    name: str
    country: str
    kind: str
    names: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    surname: str
    gender: str | None
    roles: tuple[Role, ...]

    def roles_on(self, date: str | None) -> list[Role]:
        return [r for r in self.roles if r.active_on(date)]

    def role_on(self, date: str | None) -> Role | None:
        """The most senior role held on ``date`` (or the latest role when undated)."""
        active = self.roles_on(date)
        if not active and date is None:
            active = sorted(self.roles, key=lambda r: r.start or "", reverse=True)[:1]
        if not active:
            return None
        return min(active, key=lambda r: _OFFICE_RANK.get(r.office or "other", 9))


_OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "igo_head": 2,
                "deputy_head_of_government": 3, "foreign_minister": 4, "defence_minister": 5}


@dataclass(frozen=True)
class Summit:
    grouping: str
    name: str
    start: str
    end: str
    host: str
    place: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Title:
    """A title vocabulary entry: "prime minister" -> head_of_government, GOV."""

    phrase: str
    office: str
    sector: str = "GOV"
    display: str | None = None
    countries: tuple[str, ...] = ()  # restricts a title to countries ("secretary of state": USA)


@dataclass
class KnowledgeBase:
    """All actor data, indexed for lookup."""

    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)
    summits: list[Summit] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    agents: dict[str, str] = field(default_factory=dict)  # noun -> sector
    sources: list[str] = field(default_factory=list)

    # ---- loading -------------------------------------------------------
    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> "KnowledgeBase":
        """The packaged knowledge base, extended by user files (later files win)."""
        kb = cls()
        root = resources.files("summitry") / "data" / "actors"
        for name in ("countries.yaml", "organisations.yaml", "groups.yaml", "places.yaml",
                     "summits.yaml", "titles.yaml", "agents.yaml"):
            res = root / name
            if res.is_file():
                kb.add_file(res, label=f"summitry/data/actors/{name}")
        people_dir = root / "people"
        if people_dir.is_dir():
            for res in sorted(people_dir.iterdir(), key=lambda r: r.name):
                if res.name.endswith(".yaml"):
                    kb.add_file(res, label=f"summitry/data/actors/people/{res.name}")
        for path in extra_files:
            kb.add_file(Path(path), label=str(path))
        return kb

    def add_file(self, res: Any, *, label: str) -> None:
        try:
            data = yaml.load(res.read_text(encoding="utf-8"), Loader=_LOADER)
        except (OSError, yaml.YAMLError) as exc:
            raise DataError(f"cannot read actor file: {exc}", path=label) from exc
        if not isinstance(data, dict):
            raise DataError("an actor file must be a mapping with a 'countries', "
                            "'organisations', 'groups', 'people', 'summits', 'titles' or "
                            "'agents' key",
                            path=label)
        self.add_data(data, label=label)
        self.sources.append(label)

    def add_data(self, data: dict[str, Any], *, label: str = "<data>") -> None:
        known = {"version", "countries", "organisations", "groups", "places", "people",
                 "summits", "titles", "agents"}
        unknown = set(data) - known
        if unknown:
            raise DataError(f"unknown top-level keys {sorted(unknown)}", path=label)
        for i, row in enumerate(data.get("countries") or []):
            c = _build(Country, row, label, f"countries[{i}]", tuples=(
                "names", "adjectives", "demonyms", "metonyms"))
            self.countries[c.iso3] = c
        for i, row in enumerate(data.get("organisations") or []):
            o = _build(Organisation, row, label, f"organisations[{i}]",
                       tuples=("names", "members"))
            self.organisations[o.id] = o
        for i, row in enumerate(data.get("places") or []):
            self.places.append(_build(Place, row, label, f"places[{i}]", tuples=("names",)))
        for i, row in enumerate(data.get("groups") or []):
            row = dict(row) if isinstance(row, dict) else row
            if isinstance(row, dict):
                row["sectors"] = tuple(_build(GroupPeriod, r, label, f"groups[{i}].sectors")
                                       for r in row.get("sectors") or ())
            g = _build(Group, row, label, f"groups[{i}]", tuples=("names", "branches"))
            self.groups[g.id] = g
        for i, row in enumerate(data.get("people") or []):
            self.add_person(row, label=label, where=f"people[{i}]")
        for i, row in enumerate(data.get("summits") or []):
            self.summits.append(_build(Summit, row, label, f"summits[{i}]", tuples=("aliases",)))
        for i, row in enumerate(data.get("titles") or []):
            self.titles.append(_build(Title, row, label, f"titles[{i}]", tuples=("countries",)))
        for sector, words in (data.get("agents") or {}).items():
            for word in words:
                self.agents[str(word).lower()] = str(sector)
        self._index = None

    def add_person(self, row: dict[str, Any], *, label: str, where: str) -> None:
        if not isinstance(row, dict) or "roles" not in row:
            raise DataError("a person needs 'id', 'name', 'surname' and 'roles'", path=label,
                            field=where)
        roles = []
        for j, r in enumerate(row.get("roles") or []):
            r = {k: (str(v) if k in ("start", "end") and v is not None else v)
                 for k, v in r.items() if k != "approx"}
            roles.append(_build(Role, r, label, f"{where}.roles[{j}]"))
        row = {k: v for k, v in row.items() if k != "roles"}
        row.setdefault("surname", str(row.get("name", "")).split()[-1] if row.get("name") else "")
        row.setdefault("gender", None)
        row.setdefault("aliases", [])
        person = _build(Person, {**row, "roles": tuple(roles)}, label, where, tuples=("aliases",))
        self.people[person.id] = person

    # ---- indexes -------------------------------------------------------
    _index: dict[str, Any] | None = None

    def index(self) -> dict[str, Any]:
        if self._index is None:
            self._index = _build_index(self)
        return self._index

    def surface_forms(self) -> list[tuple[str, str, str]]:
        """(text, label, id) for the entity ruler: every name the base knows."""
        return self.index()["surface"]

    def lookup(self, ent_id: str) -> tuple[str, str]:
        """Split a ruler id "person:lee-jae-myung" into (kind, key)."""
        kind, _, key = ent_id.partition(":")
        return kind, key

    def people_by_surname(self, surname: str) -> list[Person]:
        return self.index()["surname"].get(norm(surname), [])

    def people_by_name(self, name: str) -> list[Person]:
        return self.index()["fullname"].get(name_key(name), [])

    def office_holders(self, country: str, office: str, date: str | None) -> list[Person]:
        out = []
        for person in self.index()["office"].get((country, office), []):
            if any(r.country == country and r.office == office and r.active_on(date)
                   for r in person.roles):
                out.append(person)
        return out

    def branch_for(self, group_id: str, countries: Iterable[str]) -> str:
        """A core organisation named bare ("Islamic State") in an article about a country
        where one of its branches acts is that branch: the first of ``countries`` (the
        article's, in text order) that is the core's own or a branch's decides."""
        core = self.groups[group_id]
        where = {self.groups[b].country: b for b in core.branches if b in self.groups}
        for country in countries if where else ():
            if country == core.country:
                break
            if country in where:
                return where[country]
        return group_id

    def summit_for(self, grouping: str, date: str | None) -> Summit | None:
        """The summit of ``grouping`` nearest before (or at) ``date`` within 45 days."""
        if date is None:
            return None
        best = None
        for s in self.summits:
            if s.grouping != grouping or s.start > date:
                continue
            if _days_between(s.end, date) > 45:
                continue
            if best is None or s.start > best.start:
                best = s
        return best

    def capital_of(self, place: str) -> str | None:
        return self.index()["capital"].get(norm(place))

    def place(self, index: str) -> Place:
        return self.places[int(index)]


def _build(cls: type, row: Any, label: str, where: str, *, tuples: tuple[str, ...] = ()) -> Any:
    if not isinstance(row, dict):
        raise DataError("expected a mapping", path=label, field=where)
    row = dict(row)
    for key in tuples:
        if key in row:
            row[key] = tuple(str(x) for x in (row[key] or ()))
    for key in ("start", "end"):
        if key in row and row[key] is not None:
            row[key] = str(row[key])
    try:
        return cls(**row)
    except TypeError as exc:
        raise DataError(f"invalid entry: {exc}", path=label, field=where) from exc


def norm(text: str) -> str:
    """Lower-case, strip accents and punctuation differences for matching names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").lower()
    return re.sub(r"\s+", " ", text).strip()


def name_key(name: str) -> str:
    """An order-free key for a person name: "Ishiba Shigeru" == "Shigeru Ishiba"."""
    parts = re.split(r"[\s\-]+", norm(name).replace(".", ""))
    return " ".join(sorted(p for p in parts if p))


def _days_between(a: str, b: str) -> int:
    from datetime import date as _date

    return abs((_date.fromisoformat(b) - _date.fromisoformat(a)).days)


_NOT_SURNAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "will", "mark", "rice", "price", "young", "king", "brown", "bush",
    "white", "black", "green", "long", "little", "love", "hope", "chance", "rich", "best",
    "hill", "wood", "field", "church", "street", "bell", "ward", "cook", "baker", "mason",
    # surnames of earlier office holders that are also words, first names or parts of
    # place names ("Major General", "the Hague", "the Horn of Africa", "Fox News")
    "major", "christopher", "fox", "straw", "hague", "horn", "mesa", "toledo", "cannon",
    # officials of 2015-2026 whose surnames are also words ("Power", "Coats")
    "power", "coats", "younger", "earnest",
}


def _usable_surname(surname: str) -> bool:
    """A surname safe to match alone: capitalised, not a common word or a date word."""
    return (len(surname) >= 3 and surname[:1].isupper() and " " not in surname
            and norm(surname) not in _NOT_SURNAMES)


def _build_index(kb: KnowledgeBase) -> dict[str, Any]:
    surface: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(text: str, label: str, ent_id: str) -> None:
        text = text.strip()
        if not text or (text, ent_id) in seen:
            return
        seen.add((text, ent_id))
        surface.append((text, label, ent_id))

    capital: dict[str, str] = {}
    for c in kb.countries.values():
        for n in (c.name, *c.names):
            add(n, "GPE", f"country:{c.iso3}")
            if n.startswith("the "):
                add(n[4:], "GPE", f"country:{c.iso3}")
        for n in c.adjectives:
            add(n, "NORP", f"adj:{c.iso3}")
        for n in c.demonyms:
            if n not in c.adjectives:  # "Japanese" is read as the adjective
                add(n, "NORP", f"dem:{c.iso3}")
        for n in c.metonyms:
            add(n, "GPE", f"cap:{c.iso3}")
        if c.capital:
            capital[norm(c.capital)] = c.iso3
    for o in kb.organisations.values():
        for n in (o.name, *o.names):
            add(n, "ORG", f"org:{o.id}")
    for n, place in enumerate(kb.places):
        for text in (place.name, *place.names):
            add(text, "GPE" if place.kind != "venue" else "FAC", f"place:{n}")
    for g in kb.groups.values():
        for n in (g.name, *g.names):
            add(n, "ORG", f"group:{g.id}")
            if n.startswith("the "):
                add(n[4:], "ORG", f"group:{g.id}")
    surname: dict[str, list[Person]] = defaultdict(list)
    fullname: dict[str, list[Person]] = defaultdict(list)
    office: dict[tuple[str, str], list[Person]] = defaultdict(list)
    for p in kb.people.values():
        names = (p.name, *p.aliases)
        for n in names:
            add(n, "PERSON", f"person:{p.id}")
            parts = n.split()
            if len(parts) >= 2:  # reversed order: "Ishiba Shigeru"
                add(" ".join([parts[-1], *parts[:-1]]), "PERSON", f"person:{p.id}")
            if p not in fullname[name_key(n)]:
                fullname[name_key(n)].append(p)
        if p.surname:
            variants = [p.surname]
            # a spelling variant of the surname in an alias ("Volodymyr Zelenskyy")
            first = p.name.split()[:-1]
            for a in p.aliases:
                ap = a.split()
                if len(ap) >= 2 and ap[:-1] == first and ap[-1] not in variants:
                    variants.append(ap[-1])
            for sn in variants:
                if p not in surname[norm(sn)]:
                    surname[norm(sn)].append(p)
                if _usable_surname(sn):
                    add(sn, "PERSON", f"surname:{norm(sn)}")
        for r in p.roles:
            if r.office and p not in office[(r.country, r.office)]:
                office[(r.country, r.office)].append(p)
    return {"surface": surface, "surname": surname, "fullname": fullname, "office": office,
            "capital": capital}
