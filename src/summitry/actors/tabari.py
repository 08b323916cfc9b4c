"""Read PETRARCH/TABARI dictionaries (actors, agents, discards) as far as scoring needs.

The formats, as the PETRARCH2 validation dictionaries use them:

* **actors**: ``NAME [CODE]`` lines. Words are joined by ``_`` or spaces; a trailing
  ``_`` ends the word, otherwise the last word is a stem ("NORDLAND"). A name may stand
  alone on its line, followed by ``+SYNONYM`` lines and indented ``[CODE ...]`` lines.
  A code may be date-limited: ``[CODE <YYMMDD]`` (before), ``[CODE >YYMMDD]`` (after),
  ``[CODE YYYYMMDD-YYYYMMDD]`` (inclusive); the first matching restriction wins and a
  code without a date is the default. ``A/B`` codes name several actors at once.
* **agents**: ``WORD {PLURAL} [~CODE]``: ``~CODE`` follows the country (``GONGOV``),
  ``CODE~`` precedes it (``NGOARN``). ``{}`` means "no plural"; without braces the plural
  is formed by the usual English rules. ``!NAME! = A, B`` defines a substitution set used
  as ``COUNCIL!PERSON!``.
* **discards**: one phrase a line; ``+PHRASE`` discards the story, ``PHRASE`` the sentence.

``#`` starts a comment; ``<!-- ... -->`` blocks and lines starting with ``<`` are skipped.
The readers take text and return frozen records; they raise ``DataError`` on lines they
cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from datetime import timedelta

from ..errors import DataError

_CODE = re.compile(r"\[([^\]]*)\]")
_SUBST = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")


@dataclass(frozen=True)
class CodePeriod:
    """An actor code and the dates (inclusive, ``YYYY-MM-DD``) it holds; None: open."""

    code: str
    start: str | None = None
    end: str | None = None
    dated: bool = False  # False: the entry's default code

    def holds(self, day: str | None) -> bool:
        if not self.dated:
            return True
        if day is None:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One actors-dictionary entry: its names (as written) and its codes."""

    names: tuple[str, ...]
    codes: tuple[CodePeriod, ...]
    line: int

    def code_on(self, day: str | None) -> str | None:
        """The code in force on ``day``: the first dated code holding it, else the default."""
        for period in self.codes:
            if period.dated and period.holds(day):
                return period.code
        defaults = [p.code for p in self.codes if not p.dated]
        return defaults[0] if defaults else None


@dataclass(frozen=True)
class AgentEntry:
    """One agents-dictionary entry: its phrases (plurals included) and its code."""

    phrases: tuple[str, ...]
    code: str  # the agent blocks, without the ~
    prefix: bool  # True for CODE~: the code goes before the country
    line: int


@dataclass(frozen=True)
class Discard:
    phrase: str
    story: bool  # True: the whole story is discarded; False: the sentence


def _lines(text: str, label: str) -> list[tuple[int, str]]:
    """(line number, content) with comments and markup removed; blank lines kept as ''."""
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.DOTALL)
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        if raw.lstrip().startswith("<"):
            raw = ""
        out.append((number, raw.split("#", 1)[0].rstrip()))
    return out


def parse_day(value: str, *, label: str = "<actors>", line: int = 0) -> str:
    """``YYMMDD`` or ``YYYYMMDD`` as ``YYYY-MM-DD`` (two-digit years: 30-99 are 19xx)."""
    digits = value.strip()
    if re.fullmatch(r"\d{6}", digits):
        century = "19" if int(digits[:2]) >= 30 else "20"
        digits = century + digits
    if not re.fullmatch(r"\d{8}", digits):
        raise DataError(f"bad date {value!r} in a code restriction", path=label, line=line)
    try:
        return _date(int(digits[:4]), int(digits[4:6]), int(digits[6:])).isoformat()
    except ValueError as exc:
        raise DataError(f"bad date {value!r}: {exc}", path=label, line=line) from exc


def _shift(day: str, days: int) -> str:
    return (_date.fromisoformat(day) + timedelta(days=days)).isoformat()


def parse_code(block: str, *, label: str = "<actors>", line: int = 0) -> CodePeriod:
    """The inside of ``[...]``: a code, optionally followed by a date restriction."""
    parts = block.split(None, 1)
    if not parts:
        raise DataError("empty code block []", path=label, line=line)
    code, rest = parts[0].upper(), (parts[1].strip() if len(parts) > 1 else "")
    if not rest:
        return CodePeriod(code)
    if rest[0] == "<":  # strictly before
        return CodePeriod(code, None, _shift(parse_day(rest[1:], label=label, line=line), -1),
                          True)
    if rest[0] == ">":  # strictly after
        return CodePeriod(code, _shift(parse_day(rest[1:], label=label, line=line), 1), None,
                          True)
    span = re.fullmatch(r"(\d{6,8})\s*-\s*(\d{6,8})", rest)
    if span is None:
        raise DataError(f"bad code restriction {rest!r}", path=label, line=line)
    return CodePeriod(code, parse_day(span.group(1), label=label, line=line),
                      parse_day(span.group(2), label=label, line=line), True)


def read_actors(text: str, *, label: str = "<actors>") -> list[ActorEntry]:
    """The entries of an actors dictionary, in file order."""
    entries: list[ActorEntry] = []
    names: list[str] = []
    codes: list[CodePeriod] = []
    start = 0

    def flush() -> None:
        nonlocal names, codes
        if names and codes:
            entries.append(ActorEntry(tuple(names), tuple(codes), start))
        names, codes = [], []

    for number, line in _lines(text, label):
        if not line.strip():
            continue
        blocks = [parse_code(b, label=label, line=number) for b in _CODE.findall(line)]
        head = _CODE.sub("", line).strip()
        if head.startswith("+"):  # a synonym of the current entry
            if not names:
                raise DataError(f"synonym {head!r} before any actor", path=label, line=number)
            names.append(head[1:].strip())
        elif head:  # a new entry (a name with its code, or a name whose codes follow)
            flush()
            start = number
            names.append(head)
        elif not names:
            raise DataError("code block before any actor", path=label, line=number)
        codes.extend(blocks)
    flush()
    return entries


_PLURAL_ES = ("S", "SH", "CH", "X", "Z")


def plural(word: str) -> str:
    """English plural of the last word of a dictionary phrase (``_`` separated)."""
    head, _, last = word.rpartition("_")
    if re.search(r"[^AEIOU]Y$", last):
        last = last[:-1] + "IES"
    elif last.endswith(_PLURAL_ES):
        last += "ES"
    elif last.endswith("MAN"):
        last = last[:-3] + "MEN"
    else:
        last += "S"
    return f"{head}_{last}" if head else last


def read_agents(text: str, *, label: str = "<agents>") -> list[AgentEntry]:
    """The entries of an agents dictionary, in file order, substitution sets expanded."""
    sets: dict[str, list[str]] = {}
    entries = []
    for number, line in _lines(text, label):
        line = line.strip()
        if not line:
            continue
        subst = _SUBST.match(line)
        if subst:
            sets[subst.group(1)] = [w.strip().upper() for w in subst.group(2).split(",")
                                    if w.strip()]
            continue
        blocks = _CODE.findall(line)
        if len(blocks) != 1:
            raise DataError("an agent line needs one [code]", path=label, line=number)
        code = blocks[0].replace(" ", "").upper()
        if code.startswith("~") == code.endswith("~"):
            raise DataError(f"agent code {code!r} needs one ~, before or after", path=label,
                            line=number)
        head = _CODE.sub("", line).strip()
        braces = re.search(r"\{([^}]*)\}", head)
        word = re.sub(r"\{[^}]*\}", "", head).strip().upper().replace(" ", "_")
        forms = _expand(word, sets, label=label, line=number)
        phrases = list(forms)
        if braces is None and not re.search(r"![A-Z]+!", word):
            phrases += [plural(f) for f in forms]
        elif braces is not None and braces.group(1).strip():
            phrases += [p.strip().upper().replace(" ", "_")
                        for p in braces.group(1).split(",") if p.strip()]
        entries.append(AgentEntry(tuple(dict.fromkeys(phrases)), code.strip("~"),
                                  code.endswith("~"), number))
    return entries


def _expand(word: str, sets: dict[str, list[str]], *, label: str, line: int) -> list[str]:
    marker = re.search(r"!([A-Z]+)!", word)
    if marker is None:
        return [word]
    if marker.group(1) not in sets:
        raise DataError(f"unknown substitution set !{marker.group(1)}!", path=label, line=line)
    out = []
    for value in sets[marker.group(1)]:
        out += _expand(word[:marker.start()] + value + word[marker.end():], sets,
                       label=label, line=line)
    return out


def read_discards(text: str, *, label: str = "<discards>") -> list[Discard]:
    """The phrases of a discards dictionary."""
    out = []
    for _number, line in _lines(text, label):
        line = line.split(";", 1)[0].strip()
        if line:
            story = line.startswith("+")
            out.append(Discard(line.lstrip("+").strip().replace("_", " "), story))
    return out
