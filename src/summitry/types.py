"""The records passed between pipeline stages.

Every stage takes and returns these frozen dataclasses; nothing travels as a loose
dict. ``Document.to_dict()`` produces the JSON document contract published in
``src/summitry/data/schema/document.schema.json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "state", "igo", "org", "group"]
Modality = Literal["asserted", "agreed", "planned", "hoped", "refused", "negated"]
DatePrecision = Literal["day", "approx", "month", "year"]  # approx: inside a known window
MeetingFormat = Literal["bilateral", "trilateral", "multilateral"]
QuoteKind = Literal["soundbite", "direct", "partial", "statement"]


@dataclass(frozen=True)
class Article:
    """One input article, as read from any format."""

    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    source: str | None = None  # url or path
    programme: str | None = None
    # Soundbites found by the transcript reader.
    soundbites: tuple[Soundbite, ...] = ()
    line: int | None = None  # line number of the record in its file (JSONL/CSV)


@dataclass(frozen=True)
class Soundbite:
    """A broadcast soundbite: the attribution line and the quoted paragraph after it."""

    speaker: str
    title: str | None
    start: int  # the quoted paragraph, character offsets into Article.text
    end: int
    line_start: int = -1  # the attribution line ("Name/ Title"), -1 when not in the text
    line_end: int = -1


@dataclass(frozen=True)
class Role:
    """An office held by a person, bounded in time (ISO dates; None is open)."""

    title: str
    country: str
    sector: str = "GOV"
    office: str | None = None  # head_of_state, head_of_government, foreign_minister, ...
    start: str | None = None
    end: str | None = None

    def active_on(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        if self.start and date < self.start:
            return False
        if self.end and date > self.end:
            return False
        return True


@dataclass(frozen=True)
class Actor:
    """An actor coded in one article."""

    id: str
    name: str
    kind: ActorKind
    country: str | None
    sector: str | None = None
    role: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["mentions"] = [list(m) for m in self.mentions]
        return data


@dataclass(frozen=True)
class Party:
    """One side of an event: the actor id, its country and sector, the text naming it."""

    actor: str
    country: str | None
    sector: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Location:
    country: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Plover:
    type: str | None
    mode: str | None = None


@dataclass(frozen=True)
class Event:
    id: str
    source: Party
    target: Party | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover: Plover
    symmetric: bool
    modality: Modality
    evidence: Evidence
    rule: str
    confidence: float = 0.5
    date: str | None = None
    date_precision: DatePrecision | None = None
    location: Location = field(default_factory=Location)


@dataclass(frozen=True)
class Participant:
    actor: str
    country: str | None
    name: str
    role: str | None = None


@dataclass(frozen=True)
class Meeting:
    id: str
    participants: tuple[Participant, ...]
    format: MeetingFormat
    date: str | None
    location: Location
    occasion: str | None
    duration_minutes: int | None
    first_meeting: bool
    outcomes: tuple[str, ...]
    quotes: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True)
class Speaker:
    actor: str | None
    name: str
    role: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Quote:
    id: str
    speaker: Speaker
    text: str
    kind: QuoteKind
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """Everything coded from one article: the unit of output."""

    id: str
    title: str | None
    date: str | None
    source: str | None
    programme: str | None
    text: str
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The JSON document contract (see DESIGN.md and the JSON Schema)."""
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "source": self.source,
            "programme": self.programme,
            "actors": [a.to_dict() for a in self.actors],
            "events": [_plain(asdict(e)) for e in self.events],
            "meetings": [_plain(asdict(m)) for m in self.meetings],
            "quotes": [_plain(asdict(q)) for q in self.quotes],
            "warnings": list(self.warnings),
        }
        if include_text:
            data["text"] = self.text
        return data


def _plain(value: Any) -> Any:
    """Turn tuples (frozen containers) into lists for JSON."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
