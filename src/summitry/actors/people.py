"""Which known person or office holder a name or a title means, on the article's date.

``PeopleLookup`` is the part of the ``Resolver`` that asks the knowledge base:
a name (with its title and nationality as the text gives them) becomes a known
person, an unknown person of a country, or nobody (a namesake); "the Japanese
prime minister" becomes whoever held that office that day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Role
from .kb import _OFFICE_RANK, KnowledgeBase
from .mentions import HONORIFICS, Mention
from .registry import ActorRegistry, _Entry

if TYPE_CHECKING:
    from .resolve import Discourse

_NO_ROLE = Role(title="", country="", office=None)


class PeopleLookup:
    """Knowledge-base lookups of the ``Resolver`` (it provides the attributes below)."""

    kb: KnowledgeBase
    reg: ActorRegistry
    mentions: list[Mention]
    state: Discourse

    def _person_entry(self, m: Mention) -> _Entry | None:
        kb, reg = self.kb, self.reg
        if m.key and m.key in kb.people:
            return reg.kb_person(kb.people[m.key], country=m.country)
        name = m.name or ""
        parts = name.split()
        if len(parts) >= 2 and parts[0].rstrip(".").lower() in HONORIFICS:
            name = " ".join(parts[1:])  # "Mr. Putin", "Dr. Lai"
            parts = parts[1:]
        if not name:
            return None
        # already in the article: full name in any order, or surname
        entry = reg.by_name(name)
        if entry is None and len(parts) == 1:
            entry = reg.by_surname(name)
            if entry is not None and m.country and entry.country and entry.country != m.country:
                entry = None
        if entry is not None:
            return entry
        if len(parts) == 1 and self._unknown_namesake(m, name):
            return None  # "Jimmy Lai ... Lai's trial": not the Lai of the knowledge base
        # the knowledge base: full name (any order) or surname + office/country at the date
        people = kb.people_by_name(name)
        if not people and len(parts) == 1:
            # a bare surname names someone in office on the date, or nobody we know
            people = [p for p in kb.people_by_surname(name) if p.roles_on(reg.date)]
        people = [p for p in people if self._fits(p, m)]
        if len(people) > 1:
            people = self._disambiguate(people)
        if len(people) == 1:
            return reg.kb_person(people[0], country=m.country)
        if len(parts) == 1 and m.title is None:
            return None  # a bare unknown surname is not enough to code an actor
        country = m.country
        if country is None and m.title is not None and m.title.countries:
            country = m.title.countries[0]
        if country is None and m.title is not None and "government" in m.title.phrase:
            # "Government spokesperson Yolande Makolo" after "The Rwandan government ..."
            country = self.state.last_government
        if country is None:
            return None  # "People not in the base are coded from title and nationality"
        title = m.title
        sector = m.sector or (title.sector if title else None)
        return reg.new_person(name, country=country, sector=sector,
                              role=_role_text(title), office=title.office if title else None)

    def _unknown_namesake(self, m: Mention, surname: str) -> bool:
        """An earlier full name in the article with this surname (or this given name) that
        the knowledge base does not know: the bare name is that person."""
        for other in self.mentions:
            if other.start >= m.start or other.kind != "person" or not other.name:
                continue
            words = [w for w in other.name.split() if w.rstrip(".").lower() not in HONORIFICS]
            if len(words) >= 2 and words[0] == surname and not self.kb.people_by_name(
                    " ".join(words)):
                return True  # "Dan Smith ... Dan said": his given name, not President Dan
            if len(words) >= 2 and words[-1] == surname and not self.kb.people_by_name(
                    " ".join(words)) and not any(
                    p.name.split()[0] == words[0] or any(a.split()[0] == words[0]
                                                         for a in p.aliases)
                    for p in self.kb.people_by_surname(surname)):
                return True  # (not "Donald J. Trump": a variant of a known name)
        return False

    def _disambiguate(self, people: list) -> list:  # type: ignore[type-arg]
        """Several people share a name: keep those in office on the date, then those of a
        country the article already mentions, then the most senior office."""
        date = self.reg.date
        active = [p for p in people if p.roles_on(date)]
        people = active or people
        if len(people) > 1:
            seen = {e.country for e in self.reg.entries.values() if e.mentions}
            local = [p for p in people if (r := p.role_on(date)) and r.country in seen]
            people = local or people
        if len(people) > 1:
            ranks = {p.id: _OFFICE_RANK.get((p.role_on(date) or _NO_ROLE).office or "", 9)
                     for p in people}
            best = min(ranks.values())
            top = [p for p in people if ranks[p.id] == best]
            if best <= 1 and len(top) == 1:
                people = top
        return people

    def _fits(self, person, m: Mention) -> bool:  # type: ignore[no-untyped-def]
        role = person.role_on(self.reg.date)
        if m.country and role and role.country != m.country:
            return False
        if m.title is not None and role is not None and m.title.office not in ("other", "leader"):
            if role.office != m.title.office and not any(
                    r.office == m.title.office for r in person.roles_on(self.reg.date)):
                return False
        return True

    def _office_entry(self, m: Mention) -> _Entry | None:
        """ "the Korean president": whoever held that office on the date."""
        title = m.title
        if title is None:
            return None
        offices = ("head_of_government", "head_of_state") if title.office == "leader" else (
            title.office,)
        if title.office == "other":
            # "the Russian ambassador": an official of that country, coded by sector
            return self.reg.country(m.country, title.sector or "GOV") if m.country else None
        if m.country is None:
            # "the President" in an article about one president
            for office in offices:
                entry = self.reg.by_office(None, office)
                if entry is not None:
                    return entry
            return None
        for office in offices:
            entry = self.reg.by_office(m.country, office)
            if entry is not None:
                return entry
            holders = self.kb.office_holders(m.country, office, self.reg.date)
            if len(holders) == 1:
                return self.reg.kb_person(holders[0])
        if title.office == "igo_head" and m.country in self.kb.countries:
            # "India's acting high commissioner": a country's envoy, not an IGO head
            return self.reg.country(m.country, title.sector or "GOV")
        return None


def _role_text(title) -> str | None:  # type: ignore[no-untyped-def]
    if title is None:
        return None
    return title.display or title.phrase.title()
