"""Cut an article's text into segments for highlighting actors, events and quotes.

The text is never turned into markup here: each segment carries its raw text and
the marks that cover it, and the template escapes the text when it renders a
``<span>`` per segment. Spans may overlap (an actor inside an event's evidence
inside a quote); a segment lies between two consecutive span boundaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``kind`` is actor, event or quote; ``ref`` its id."""

    start: int
    end: int
    kind: str
    ref: str
    label: str


@dataclass
class Segment:
    """A stretch of text and the marks that cover all of it."""

    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks})

    @property
    def css(self) -> str:
        return " ".join(f"hl-{k}" for k in self.kinds)

    @property
    def title(self) -> str:
        return "; ".join(dict.fromkeys(m.label for m in self.marks))

    @property
    def refs(self) -> str:
        return " ".join(dict.fromkeys(f"{m.kind}:{m.ref}" for m in self.marks))


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """The text cut at every mark boundary; marks outside the text are clipped or dropped."""
    n = len(text)
    marks = [Mark(max(0, m.start), min(n, m.end), m.kind, m.ref, m.label)
             for m in marks if m.end > m.start and m.start < n and m.end > 0]
    cuts = sorted({0, n, *(m.start for m in marks), *(m.end for m in marks)})
    out: list[Segment] = []
    for lo, hi in pairwise(cuts):
        if hi <= lo:
            continue
        covering = [m for m in marks if m.start <= lo and m.end >= hi]
        out.append(Segment(text[lo:hi], covering))
    return out


def stored_marks(doc: dict[str, Any]) -> list[Mark]:
    """Marks from a stored article (``store.article``): mentions, evidence, quotes."""
    marks: list[Mark] = []
    for actor in doc.get("actors", []):
        label = f"{actor['name']} ({actor['actor_id']})"
        for start, end in actor.get("mentions") or []:
            marks.append(Mark(int(start), int(end), "actor", str(actor["actor_id"]), label))
    for ev in doc.get("events", []):
        label = f"event {ev['event_id']}: CAMEO {ev['cameo']} {ev['source_country'] or '?'}"
        label += f" → {ev['target_country'] or '-'} ({ev['rule']})"
        marks.append(Mark(int(ev["start"]), int(ev["end"]), "event", str(ev["event_id"]),
                          label))
    for q in doc.get("quotes", []):
        marks.append(Mark(int(q["start"]), int(q["end"]), "quote", str(q["id"]),
                          f"quote by {q['speaker_name']}"))
    return marks


def coded_marks(doc: dict[str, Any]) -> list[Mark]:
    """Marks from a freshly coded Document's ``to_dict()`` (the "code this text" page)."""
    marks: list[Mark] = []
    for actor in doc.get("actors", []):
        label = f"{actor['name']} ({actor['id']})"
        for start, end in actor.get("mentions") or []:
            marks.append(Mark(int(start), int(end), "actor", str(actor["id"]), label))
    for ev in doc.get("events", []):
        evidence = ev.get("evidence") or {}
        if evidence.get("start") is None:
            continue
        target = (ev.get("target") or {}).get("country") or "-"
        label = (f"{ev['id']}: CAMEO {ev['cameo']} {ev['source'].get('country') or '?'} → "
                 f"{target} ({ev.get('rule')})")
        marks.append(Mark(int(evidence["start"]), int(evidence["end"]), "event", str(ev["id"]),
                          label))
    for q in doc.get("quotes", []):
        if q.get("start") is None:
            continue
        speaker = (q.get("speaker") or {}).get("name") or "?"
        marks.append(Mark(int(q["start"]), int(q["end"]), "quote", str(q["id"]),
                          f"quote by {speaker}"))
    return marks
