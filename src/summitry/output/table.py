"""A readable terminal summary of a Document, with rich."""

from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..types import Document, Party


def _party(p: Party | None, names: dict[str, str]) -> str:
    """ "Lee Jae-myung [KOR:GOV]", with the words of the text when they differ ("his")."""
    if p is None:
        return "-"
    label = p.country or "?"
    if p.sector:
        label += f":{p.sector}"
    name = names.get(p.actor) or p.text
    shown = name if not p.text or p.text == name or name in p.text else f"{name} ({p.text})"
    return f"{shown} [{label}]" if shown else label


def render_document(document: Document) -> Panel:
    """Meetings, events and quotes of one article as rich renderables."""
    parts: list = []
    head = Text()
    head.append(document.title or document.id, style="bold")
    head.append(f"   {document.date or 'undated'}")
    if document.programme:
        head.append(f"   [{document.programme}]")
    if document.source:
        head.append(f"\n{document.source}", style="dim")
    parts.append(head)
    if document.meetings:
        t = Table(title="Meetings", title_justify="left", expand=True)
        for col in ("participants", "format", "date", "where", "occasion", "min", "1st",
                    "outcomes"):
            t.add_column(col)
        for m in document.meetings:
            names = "; ".join(f"{p.name} ({p.role + ', ' if p.role else ''}{p.country})"
                              for p in m.participants)
            where = ", ".join(x for x in (m.location.place, m.location.country) if x) or "-"
            t.add_row(names, m.format, m.date or "-", where, m.occasion or "-",
                      str(m.duration_minutes or "-"), "yes" if m.first_meeting else "",
                      ", ".join(m.outcomes) or "-")
        parts.append(t)
    names = {a.id: a.name for a in document.actors}
    if document.events:
        t = Table(title="Events", title_justify="left", expand=True)
        for col in ("id", "source", "target", "CAMEO", "quad", "Gold.", "modality", "date",
                    "where", "evidence"):
            t.add_column(col, overflow="fold")
        for e in document.events:
            ev = e.evidence.text
            t.add_row(e.id, _party(e.source, names), _party(e.target, names),
                      f"{e.cameo} {'<->' if e.symmetric else ''}", str(e.quad_class),
                      f"{e.goldstein:+.1f}", e.modality, e.date or "-",
                      e.location.country or "-", ev if len(ev) < 120 else ev[:117] + "...")
        parts.append(t)
    if document.quotes:
        t = Table(title="Quotes", title_justify="left", expand=True)
        for col in ("speaker", "kind", "quote"):
            t.add_column(col, overflow="fold")
        for q in document.quotes:
            who = q.speaker.name + (f" ({q.speaker.role}, {q.speaker.country})"
                                    if q.speaker.role else "")
            t.add_row(who, q.kind, q.text)
        parts.append(t)
    if not document.events and not document.meetings and not document.quotes:
        parts.append(Text("no events, meetings or quotes coded", style="italic"))
    for w in document.warnings:
        parts.append(Text(w, style="yellow"))
    return Panel(Group(*parts), expand=True)
