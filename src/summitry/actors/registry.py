"""The actors of one article, with their mentions, and references to them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..types import Actor, Party
from .kb import KnowledgeBase, Person, name_key, norm


@dataclass(frozen=True)
class Ref:
    """A resolved reference from a stretch of text to an article actor."""

    actor: str
    country: str | None
    sector: str | None
    text: str
    start: int  # character offsets
    end: int
    via: str = "name"  # name | title | surname | pronoun | group | agent | metonym | office

    def party(self) -> Party:
        return Party(actor=self.actor, country=self.country, sector=self.sector, text=self.text)


@dataclass
class _Entry:
    id: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None
    gender: str | None = None
    surname: str | None = None
    office: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


class ActorRegistry:
    """Collects the actors an article mentions; answers name and office look-ups."""

    def __init__(self, kb: KnowledgeBase, date: str | None) -> None:
        self.kb = kb
        self.date = date
        self.entries: dict[str, _Entry] = {}

    # ---- registration --------------------------------------------------
    def country(self, iso3: str, sector: str | None = None) -> _Entry:
        c = self.kb.countries.get(iso3)
        if sector:
            aid = f"{iso3}:{sector}"
            name = f"{c.name if c else iso3} ({sector})"
            kind = "state" if sector in ("GOV", "MIL", "LEG") else (
                "org" if sector in ("BUS", "MED") else "group")
        else:
            aid, name, kind = iso3, (c.name if c else iso3), "state"
        return self._entry(aid, name, kind, iso3, sector, None)

    def organisation(self, org_id: str) -> _Entry:
        o = self.kb.organisations[org_id]
        return self._entry(org_id, o.name, "igo", o.code, None, None)

    def group(self, group_id: str) -> _Entry:
        g = self.kb.groups[group_id]
        sector = g.sector_on(self.date)
        kind = "state" if sector in ("GOV", "MIL") else ("org" if sector in ("BUS", "MED")
                                                        else "group")
        return self._entry(g.id, g.name, kind, g.country_on(self.date), sector, None)

    def kb_person(self, person: Person, *, country: str | None = None) -> _Entry:
        """A known person, with the role held on the article's date. Out of office, the
        person keeps the nationality the text gives, else that of their latest role."""
        role = person.role_on(self.date)
        if role is None and country is None and person.roles:
            country = max(person.roles, key=lambda r: r.start or "").country
        entry = self._entry(person.id, person.name, "person",
                            role.country if role else country,
                            role.sector if role else "GOV",
                            role.title if role else None)
        entry.gender = person.gender
        entry.surname = person.surname
        entry.office = role.office if role else None
        return entry

    def new_person(self, name: str, *, country: str | None, sector: str | None,
                   role: str | None, office: str | None) -> _Entry:
        aid = "p:" + re.sub(r"[^a-z0-9]+", "-", norm(name)).strip("-")
        entry = self._entry(aid, name, "person", country, sector, role)
        entry.surname = name.split()[-1] if name.split() else name
        entry.office = entry.office or office
        if country and not entry.country:
            entry.country = country
        return entry

    def _entry(self, aid: str, name: str, kind: str, country: str | None, sector: str | None,
               role: str | None) -> _Entry:
        entry = self.entries.get(aid)
        if entry is None:
            entry = _Entry(aid, name, kind, country, sector, role)
            self.entries[aid] = entry
        return entry

    def ref(self, entry: _Entry, text: str, start: int, end: int, *, via: str,
            record: bool = True) -> Ref:
        if record and (start, end) not in entry.mentions:
            entry.mentions.append((start, end))
        return Ref(entry.id, entry.country, entry.sector, text, start, end, via)

    # ---- look-ups within the article -----------------------------------
    def persons(self) -> list[_Entry]:
        return [e for e in self.entries.values() if e.kind == "person"]

    def by_surname(self, surname: str) -> _Entry | None:
        key = norm(surname)
        for e in self.persons():
            if e.surname and norm(e.surname) == key:
                return e
            parts = [norm(p) for p in re.split(r"[\s]+", e.name)]
            if key in parts:
                return e
        return None

    def by_name(self, name: str) -> _Entry | None:
        """The article's person with this name, in any order, or whose name contains it
        ("Kayikwamba Wagner" after "Therese Kayikwamba Wagner")."""
        key = name_key(name)
        for e in self.persons():
            if name_key(e.name) == key:
                return e
        parts = set(key.split())
        partial = [e for e in self.persons() if parts and parts < set(name_key(e.name).split())]
        return partial[0] if len(partial) == 1 else None

    def by_office(self, country: str | None, office: str | None) -> _Entry | None:
        for e in self.persons():
            if (country is None or e.country == country) and office and e.office == office:
                return e
        return None

    def actors(self) -> tuple[Actor, ...]:
        out = []
        for e in self.entries.values():
            if not e.mentions:
                continue
            out.append(Actor(id=e.id, name=e.name, kind=e.kind, country=e.country,  # type: ignore[arg-type]
                             sector=e.sector, role=e.role,
                             mentions=tuple(sorted(set(e.mentions)))))
        return tuple(out)

    def get(self, aid: str) -> _Entry | None:
        return self.entries.get(aid)
