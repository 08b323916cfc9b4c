"""When two reports describe the same event or meeting.

Two event reports are one event when they have the same dyad (either direction
if either is symmetric), the same CAMEO family (root by default, or the full
code, or the quad class), dates no further apart than the window, and places that
do not contradict each other (a missing place fits any). Meetings match on the
same set of parties, the window, compatible places and occasions. Undated
reports take their article's date; a report with no date at all is never merged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Mapping

from ..errors import ConfigError

FAMILIES = ("root", "code", "quad")


@dataclass(frozen=True)
class DedupRules:
    """How reports are merged into events and meetings (``--dedup-window`` etc.)."""

    window_days: int = 2  # dates at most this many days apart
    family: str = "root"  # "root": same CAMEO root; "code": same full code; "quad": quad class
    require_place: bool = False  # True: both places must be known and equal
    enabled: bool = True

    def __post_init__(self) -> None:
        if self.window_days < 0:
            raise ConfigError("the dedup window must be 0 days or more", field="window_days")
        if self.family not in FAMILIES:
            raise ConfigError(f"dedup family must be one of {FAMILIES}, not {self.family!r}",
                              field="family")

    # ---- keys ----------------------------------------------------------
    def family_value(self, cameo: str, root: str, quad: int) -> str:
        return {"root": root, "code": cameo, "quad": str(quad)}[self.family]

    def window(self, date: str | None) -> tuple[str, str] | None:
        """The first and last date a matching report may carry."""
        if not self.enabled or not date:
            return None
        day = dt.date.fromisoformat(date[:10])
        delta = dt.timedelta(days=self.window_days)
        return (day - delta).isoformat(), (day + delta).isoformat()

    # ---- tests ---------------------------------------------------------
    def places_fit(self, a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
        """Whether two locations (``location_country``/``location_place``) can be one place.

        Places are compared by country (place names vary: "Seoul", "the presidential
        office"); names only decide when neither side has a country.
        """
        ca, cb = a.get("location_country"), b.get("location_country")
        if self.require_place:
            return bool(ca) and ca == cb
        if ca and cb:
            return bool(ca == cb)
        pa, pb = _lower(a.get("location_place")), _lower(b.get("location_place"))
        return not (pa and pb) or pa == pb or ca is not None or cb is not None

    def directions_fit(self, new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
        if new["symmetric"] or old["symmetric"]:
            return True
        return (new["source_key"], new["target_key"]) == (old["source_key"], old["target_key"])


def side_key(actor: str | None, country: str | None) -> str:
    """One side of a dyad: its country, else its actor id, else "-"."""
    return country or actor or "-"


def pair_key(a: str, b: str) -> str:
    return "|".join(sorted((a, b)))


def parties_key(keys: list[str]) -> str:
    return "|".join(sorted(set(keys)))[:400]


def distance(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 10**6
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


def _lower(value: Any) -> str | None:
    return value.strip().lower() if isinstance(value, str) and value.strip() else None
