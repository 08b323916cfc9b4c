"""Wire datelines ("BAGHDAD, April 9 (Xinhua) --") are metadata, not prose.

They are blanked (replaced by spaces, so every character offset stays the same) in the
text given to the parser; otherwise "WELLINGTON" parses as the subject of the lead
sentence. The article text itself is left untouched.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"^\s*"
    r"(?:(?P<city>[A-Z][A-Z'’.\-]+(?:[\s/][A-Z][A-Z'’.\-]+){0,3})"  # EAST CLEVELAND, A/B
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"  # , Ohio / , Pakistan
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*)?"  # , April 9 / , Dec. 9
    r"(?:\((?P<agency>[A-Za-z][\w .&]{1,24})\)\s*)?"  # (AP) (Reuters) (Xinhua) (wire)
    r"(?:--|—|–|-|:)\s+")


def dateline_span(text: str) -> tuple[int, int] | None:
    """Character span of a leading dateline, or None."""
    m = _DATELINE.match(text)
    if m is None or not (m.group("city") or m.group("agency")):
        return None
    if m.group("city") and len(m.group("city")) < 3:
        return None
    return m.start(), m.end()


def dateline_city(text: str) -> str | None:
    """The first place of a leading dateline, in title case ("WASHINGTON/BEIJING" ->
    "Washington"), or None."""
    m = _DATELINE.match(text)
    if m is None or not m.group("city") or dateline_span(text) is None:
        return None
    first = m.group("city").split("/")[0]
    return " ".join(w.capitalize() for w in first.split())


def mask_dateline(text: str) -> str:
    span = dateline_span(text)
    if span is None:
        return text
    start, end = span
    return text[:start] + " " * (end - start) + text[end:]
