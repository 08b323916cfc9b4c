"""CAMEO code table with Goldstein scores, quad classes and the PLOVER mapping."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources

from ..errors import DataError

# The code of an act announced but not yet done: cooperation becomes an intention (03x:
# "will provide aid" -> 033, "will meet" -> 036), force or punishment a threat (13x:
# "will keep targeting Israel" -> 138). The longest prefix wins.
INTENT_CODES = {
    "04": "036", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313",
    "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "083": "034", "084": "0353", "085": "0354", "086": "0355",
    "087": "0356",
    # announcing force, sanctions or a break in relations is a threat (CAMEO 13)
    "15": "138", "16": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135",
    "166": "136", "17": "130", "18": "138", "19": "138",
    "20": "138",
}


def intent_code(code: str) -> str:
    """The 03x code announcing ``code`` (unchanged when CAMEO has none)."""
    best = max((p for p in INTENT_CODES if code.startswith(p)), key=len, default=None)
    return INTENT_CODES[best] if best else code


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


class Ontology:
    """Look-ups in the CAMEO table (``summitry/data/ontologies/cameo.csv``)."""

    def __init__(self, codes: dict[str, Code]) -> None:
        self.codes = codes

    @classmethod
    def load(cls) -> Ontology:
        label = "summitry/data/ontologies/cameo.csv"
        text = (resources.files("summitry") / "data" / "ontologies" / "cameo.csv").read_text(
            encoding="utf-8")
        codes: dict[str, Code] = {}
        for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
            try:
                code = Code(code=row["code"].strip(), name=row["name"].strip(),
                            goldstein=float(row["goldstein"]), quad_class=int(row["quad_class"]),
                            plover_type=(row.get("plover_type") or "").strip() or None,
                            plover_mode=(row.get("plover_mode") or "").strip() or None)
            except (KeyError, ValueError, AttributeError) as exc:
                raise DataError(f"invalid CAMEO row: {exc}", path=label, line=line) from exc
            codes[code.code] = code
        return cls(codes)

    def get(self, code: str) -> Code:
        """The entry for ``code``, falling back to its parent (0311 -> 031 -> 03)."""
        probe = code
        while probe:
            if probe in self.codes:
                found = self.codes[probe]
                if probe == code:
                    return found
                return Code(code, found.name, found.goldstein, found.quad_class,
                            found.plover_type, found.plover_mode)
            probe = probe[:-1]
        raise DataError(f"unknown CAMEO code {code!r}", field="code")

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def root_code(self, code: str) -> str:
        """The base code of the root ("0311" -> "030")."""
        base = code[:2] + "0"
        return base if base in self.codes else code[:2]
