"""Group an article's meeting events into Meeting records.

Reports of one meeting ("held talks with", "met with", "the two leaders
talked for 45 minutes") become one meeting with its participants
(their roles at that date), format, date, place, occasion, duration,
first-meeting flag, outcomes (the agreements between its participants that
follow it) and the quotes of its participants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors.registry import ActorRegistry
from ..coding.vocabulary import FIRST_WORDS, NUMBER_WORDS
from ..types import Event, Location, Meeting, Participant, Quote

OUTCOME_ROOTS = ("03", "05", "06", "07", "08")
_APPROX = r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|over\s+|almost\s+|more than\s+)?"
_DURATION = re.compile(
    r"\b(?:for|lasted|lasting|last)\s+" + _APPROX
    + r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?P<unit>minutes?|hours?|mins?)\b"
    r"|\b(?P<n2>\d+|[a-z]+(?:-[a-z]+)?)-(?P<unit2>minute|hour)\b", re.I)
MEETING_NOUNS = {"meeting", "summit", "talks", "encounter", "meetings", "summits"}


@dataclass
class MeetingDraft:
    countries: frozenset[str]
    events: list[Event] = field(default_factory=list)
    triggers: list[Token] = field(default_factory=list)
    occasion: str | None = None
    first_start: int = 0


def is_meeting(event: Event) -> bool:
    """Meetings, visits, calls and mediation make meetings; a negotiation (046) is often a
    process ("talks on updating their trade pact"), not a sitting."""
    return event.cameo_root == "04" and not event.cameo.startswith("046") \
        and event.modality == "asserted" and event.target is not None


def group_meetings(events: list[tuple[Event, Token, str | None]]) -> list[MeetingDraft]:
    """Group meeting events by the set of countries that took part."""
    drafts: list[MeetingDraft] = []
    by_trigger: dict[int, list[tuple[Event, Token, str | None]]] = {}
    for item in events:
        by_trigger.setdefault(item[1].i, []).append(item)
    for items in by_trigger.values():
        event, token, occasion = items[0]
        countries: set[str] = set()
        plural_noun = token.pos_ == "NOUN" and token.tag_ in ("NNS", "NNPS")
        groups = [[it] for it in items] if plural_noun else [items]
        for group in groups:
            countries = set()
            for ev, _tok, _occ in group:
                countries |= {c for c in (ev.source.country, ev.target.country if ev.target
                                          else None) if c}
            if len(countries) < 2:
                continue
            key = frozenset(countries)
            negotiation = group[0][0].cameo.startswith("046")
            date = group[0][0].date
            # one meeting per set of countries, unless the dates differ or one is a round of
            # negotiations and the other a meeting of leaders
            draft = next((d for d in drafts if d.countries == key
                          and d.events[0].cameo.startswith("046") == negotiation
                          and (date is None or d.events[0].date in (None, date))), None)
            if draft is None:
                draft = MeetingDraft(key, first_start=group[0][0].evidence.start)
                drafts.append(draft)
            for ev, tok, occ in group:
                draft.events.append(ev)
                draft.triggers.append(tok)
                draft.occasion = draft.occasion or occ
    return sorted(drafts, key=lambda d: d.first_start)


def build_meetings(drafts: list[MeetingDraft], all_events: list[Event], quotes: list[Quote],
                   registry: ActorRegistry) -> list[Meeting]:
    meetings: list[Meeting] = []
    people = [{p.actor for p in _participants(d, registry)} for d in drafts]
    # each agreement and quote goes to the latest meeting before it that it fits
    outcome_of: dict[str, int] = {}
    for e in all_events:
        if e.cameo_root in OUTCOME_ROOTS and e.target is not None:
            fits = [n for n, d in enumerate(drafts) if d.first_start <= e.evidence.start
                    and {e.source.country, e.target.country} <= d.countries]
            if fits:
                outcome_of[e.id] = fits[-1]
    quote_of: dict[str, int] = {}
    for q in quotes:
        fits = [n for n, d in enumerate(drafts) if d.first_start <= q.start
                and q.speaker.actor in people[n]]
        if fits:
            quote_of[q.id] = fits[-1]
    for n, draft in enumerate(drafts):
        participants = _participants(draft, registry)
        size = len(draft.countries)
        fmt = "bilateral" if size == 2 else "trilateral" if size == 3 else "multilateral"
        date = next((e.date for e in draft.events if e.date), None)
        location = next((e.location for e in draft.events if e.location.country), Location())
        outcomes = [eid for eid, m in outcome_of.items() if m == n]
        quote_ids = [qid for qid, m in quote_of.items() if m == n]
        meetings.append(Meeting(
            id=f"m{n + 1}", participants=tuple(participants), format=fmt, date=date,  # type: ignore[arg-type]
            location=location, occasion=draft.occasion or _visit(draft.triggers),
            duration_minutes=_duration(draft.triggers), first_meeting=_first(draft.triggers),
            outcomes=tuple(outcomes), quotes=tuple(quote_ids), evidence=draft.events[0].evidence))
    return meetings


def _participants(draft: MeetingDraft, registry: ActorRegistry) -> list[Participant]:
    """One participant per country, preferring a named person over the country."""
    best: dict[str, str] = {}
    order: list[str] = []
    for ev in draft.events:
        for party in (ev.source, ev.target):
            if party is None or not party.country:
                continue
            if party.country not in best:
                order.append(party.country)
                best[party.country] = party.actor
            entry = registry.get(party.actor)
            current = registry.get(best[party.country])
            if entry is not None and entry.kind == "person" and (
                    current is None or current.kind != "person"):
                best[party.country] = party.actor
    out = []
    for country in order:
        entry = registry.get(best[country])
        out.append(Participant(actor=best[country], country=country,
                               name=entry.name if entry else best[country],
                               role=entry.role if entry else None))
    return out


def _duration(triggers: list[Token]) -> int | None:
    """ "sat down for 30 minutes", "a twenty-minute call", "the talks lasted two hours": in
    a sentence that reports the meeting or one of the two after it."""
    sents = []
    for token in triggers:
        sent = token.sent
        sents.append(sent)
        nxt = sent
        for _ in range(2):
            if nxt.end >= len(token.doc):
                break
            nxt = token.doc[nxt.end].sent
            sents.append(nxt)
    for sent in sents:
        for m in _DURATION.finditer(sent.text):
            raw = (m.group("n") or m.group("n2")).lower()
            unit = (m.group("unit") or m.group("unit2")).lower()
            n = float(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
            if n is None:
                continue
            return int(n * 60 if unit.startswith("hour") else n)
    return None


VISIT_NOUNS = {"visit", "trip", "tour"}


def _visit(triggers: list[Token]) -> str | None:
    """A visit as the occasion: "two-day visit to Japan", "first official visit to Mexico"."""
    for token in triggers:
        for t in token.sent:
            if t.lower_ in VISIT_NOUNS and t.pos_ == "NOUN":
                words = [w for w in t.subtree if w.dep_ not in ("det", "poss", "case")
                         and not (w.dep_ == "prep" and w.lower_ not in ("to", "in"))
                         and w.i <= t.i + 4 and not w.is_punct]
                keep = [w for w in words if w.i >= t.i or w.head is t or w.head.head is t]
                text = " ".join(w.text for w in sorted(keep, key=lambda w: w.i)
                                if w.i < t.i or w.i <= t.i + 3)
                return text or t.text
    return None


def _first(triggers: list[Token]) -> bool:
    for token in triggers:
        if token.lower_ in MEETING_NOUNS and any(
                c.lower_ in FIRST_WORDS for c in token.children if c.dep_ in ("amod", "advmod")):
            return True
        sent_text = token.sent.text.lower()
        if "for the first time" in sent_text or "first meeting" in sent_text \
                or "first summit" in sent_text or "first talks" in sent_text:
            return True
    return False
