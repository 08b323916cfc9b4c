"""Resolve the date expressions of a sentence against the article's date.

Follows the coding protocol: a date is given only when the text fixes the day
(weekday names, "yesterday", explicit dates); weekday names resolve to the most
recent such day on or before the publication date (the next one for planned
acts). Month-only dates, "last week" and undated articles give no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_RE_MD = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?", re.I)
_RE_DM = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)
_RE_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_RE_WEEKDAY = re.compile(r"\b(?:(?P<rel>last|next|this|on|late|early)\s+)?(?P<wd>"
                         + "|".join(WEEKDAYS) + r")\b", re.I)
_RE_RELATIVE = re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|this morning|"
                          r"this afternoon|this evening|earlier today)\b", re.I)
_RE_AGO = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six)\s+days?\s+ago\b", re.I)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class DateMatch:
    date: str
    precision: str  # day
    start: int  # character offsets within the searched text
    end: int
    text: str


def find_dates(text: str, article_date: str | None, *, future: bool = False) -> list[DateMatch]:
    """Every day-precise date expression in ``text`` (offsets relative to ``text``)."""
    if article_date is None:
        base = None
    else:
        base = Date.fromisoformat(article_date)
    out: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(d: Date | None, m: re.Match[str]) -> None:
        if d is None or any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        out.append(DateMatch(d.isoformat(), "day", m.start(), m.end(), m.group(0)))

    for rx in (_RE_ISO, _RE_MD, _RE_DM):
        for m in rx.finditer(text):
            add(_explicit(m, base), m)
    if base is not None:
        for m in _RE_RELATIVE.finditer(text):
            word = m.group("word").lower()
            delta = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
            add(base + timedelta(days=delta), m)
        for m in _RE_AGO.finditer(text):
            n = m.group("n").lower()
            days = int(n) if n.isdigit() else _SMALL[n]
            add(base - timedelta(days=days), m)
        for m in _RE_WEEKDAY.finditer(text):
            rel = (m.group("rel") or "").lower()
            add(_weekday(base, WEEKDAYS.index(m.group("wd").lower()), rel, future), m)
    return sorted(out, key=lambda d: d.start)


def _explicit(m: re.Match[str], base: Date | None) -> Date | None:
    month_text = m.group("month").lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text[:4] if month_text
                                                                     .startswith("sept") else
                                                                     month_text[:3])
    try:
        day = int(m.group("day"))
        year_text = m.group("year")
        if year_text:
            return Date(int(year_text), month or 0, day)
        if base is None:
            return None
        guess = Date(base.year, month or 0, day)
        if guess > base + timedelta(days=31):  # "December 30" in a January article
            guess = Date(base.year - 1, month or 0, day)
        return guess
    except (ValueError, TypeError):
        return None


def _weekday(base: Date, weekday: int, rel: str, future: bool) -> Date:
    if rel == "next" or (future and rel != "last"):
        delta = (weekday - base.weekday()) % 7
        if rel == "next" and delta == 0:
            delta = 7
        return base + timedelta(days=delta)
    delta = (base.weekday() - weekday) % 7
    if rel == "last" and delta == 0:
        delta = 7
    return base - timedelta(days=delta)
