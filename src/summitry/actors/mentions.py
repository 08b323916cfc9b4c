"""Find actor mentions in a parsed document.

A mention is a span of tokens that names an actor: a country, a capital used for
its government, an organisation, a person (with title and nationality when the
text gives them), or a title with a nationality and no name ("the Korean
president"). Mentions are found once per document; resolution to article actors
happens in ``resolve``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .kb import KnowledgeBase, Title

TITLE_MAX_WORDS = 4
PORTFOLIO_HEADS = {"minister", "secretary", "commissioner"}
# Courtesy titles before a name: not part of it.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame",
                        "madam", "madame", "mister"})


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index (exclusive)
    kind: str  # country | capital | adjective | demonym | org | person | title
    key: str | None  # ISO3, org id or KB person id
    name: str | None = None  # person name as written
    title: Title | None = None
    country: str | None = None  # nationality given by the text
    head: int = -1  # token index of the mention's syntactic head
    sector: str | None = None  # set when an affiliation gives it ("Houthi spokesman": REB)

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


class MentionFinder:
    """Finds mentions using the ruler's entities, spaCy's NER and the title vocabulary."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.titles: dict[tuple[str, ...], Title] = {}
        for t in kb.titles:
            # spaCy splits hyphens: "secretary-general" is three tokens
            self.titles[tuple(t.phrase.replace("-", " - ").split())] = t
        self.max_title = max((len(k) for k in self.titles), default=1)
        self.first_words = {k[0] for k in self.titles}

    def find(self, doc: Doc) -> list[Mention]:
        out: list[Mention] = []
        ent_at: dict[int, Span] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                ent_at[i] = ent
        used: set[int] = set()
        for ent in doc.ents:
            m = self._from_entity(ent)
            if m is not None:
                out.append(m)
        out = _join_adjacent_persons(doc, out)
        # titles, attached to the person or nationality around them
        i = 0
        while i < len(doc):
            title, n = self._title_at(doc, i)
            if title is None:
                i += 1
                continue
            m = self._title_mention(doc, i, i + n, title, ent_at, out)
            if all(m is not o for o in out):
                out.append(m)
            used.update(range(i, i + n))
            i += n
        out = _merge(out)
        _appositive_titles(doc, out)
        for m in out:
            m.head = _head_of(doc, m.start, m.end)
        return out

    def _from_entity(self, ent: Span) -> Mention | None:
        ent_id = ent.ent_id_
        if ent_id:
            kind, key = self.kb.lookup(ent_id)
            kinds = {"country": "country", "cap": "capital", "adj": "adjective",
                     "dem": "demonym", "org": "org", "person": "person", "surname": "person",
                     "group": "group", "place": "place"}
            if kind not in kinds:
                return None
            if kind in ("adj", "dem") and _regional(ent):
                return None  # "Latin American countries", "South American leaders"
            if kind == "surname":  # resolved by the article's people, then date and office
                start = ent.start
                # "Therese Kayikwamba Wagner": the surname ends a longer, unknown name
                while start > 0 and ent.doc[start - 1].is_title and \
                        ent.doc[start - 1].pos_ == "PROPN" and not ent.doc[start - 1].ent_id_ \
                        and ent.doc[start - 1].ent_type_ != "PERSON" \
                        and ent.doc[start - 1].lower_ not in self.first_words \
                        and ent.doc[start - 1].lower_ not in PORTFOLIO_HEADS:
                    start -= 1
                end = ent.end
                # "Dan Smith": a known surname that begins a longer, unknown name
                while end < len(ent.doc) and ent.doc[end].is_title \
                        and ent.doc[end].pos_ == "PROPN" and not ent.doc[end].ent_id_ \
                        and ent.doc[end].ent_type_ in ("", "PERSON") \
                        and ent.doc[end].lower_ not in self.first_words \
                        and ent.doc[end].lower_ not in PORTFOLIO_HEADS:
                    end += 1
                name = ent.doc[start:end].text
                return Mention(start, end, "person", None, name=_clean_name(name))
            return Mention(ent.start, ent.end, kinds[kind], key,
                           name=ent.text if kind == "person" else None)
        if ent.label_ == "PERSON":
            text = ent.text.strip()
            tokens = [t for t in ent if t.text.lower() not in HONORIFICS]
            if not tokens or not text[:1].isupper():
                return None
            if text.endswith("'s") or text.endswith("’s"):
                text = text[:-2]
            return Mention(tokens[0].i, ent.end, "person", None, name=_clean_name(text))
        return None

    def _title_at(self, doc: Doc, i: int) -> tuple[Title | None, int]:
        if doc[i].lower_ not in self.first_words:
            return self._portfolio_title(doc, i) if doc[i].is_title else (None, 0)
        for n in range(min(self.max_title, len(doc) - i), 0, -1):
            words = tuple(t.lower_ for t in doc[i:i + n])
            title = self.titles.get(words)
            if title is not None:
                return title, n
        return self._portfolio_title(doc, i)

    def _portfolio_title(self, doc: Doc, i: int) -> tuple[Title | None, int]:
        """A capitalised portfolio before Minister/Secretary: "Commerce and Industry
        Minister", "Business and Trade Secretary" (an official of office 'other')."""
        k = i
        while k < len(doc) and k - i < 6 and (doc[k].is_title or doc[k].lower_ in ("and", "&")) \
                and doc[k].ent_type_ not in ("PERSON", "GPE", "NORP"):
            if doc[k].lower_ in PORTFOLIO_HEADS and k > i:
                words = " ".join(t.text for t in doc[i:k + 1])
                return Title(phrase=words.lower(), office="other", display=words), k + 1 - i
            k += 1
        return None, 0

    def _title_mention(self, doc: Doc, start: int, end: int, title: Title,
                       ent_at: dict[int, Span], all_found: list[Mention]) -> Mention:
        """A title, with the nationality before it and the name after it."""
        found = [m for m in all_found if start - 6 <= m.start <= end + 6]  # only neighbours
        country = None
        sector = None
        # nationality: "Japanese Prime Minister", "Japan's foreign minister", "U.S. President"
        j = _skip_back(doc, start - 1)
        if j >= 0:
            for m in found:
                if m.start <= j < m.end and m.kind in ("country", "adjective", "capital",
                                                       "demonym"):
                    country = m.key
                    start = min(start, m.start) if m.kind != "capital" else start
                elif m.start <= j < m.end and m.kind in ("org", "group") and m.key:
                    # "WFP Executive Director", "Houthi military spokesman"
                    if m.kind == "org":
                        country = self.kb.organisations[m.key].code
                        # "China's U.N. ambassador", "British Deputy U.N. Ambassador": a
                        # country's envoy to the organisation
                        k = _skip_back(doc, m.start - 1)
                        for n in found:
                            if k >= 0 and n.start <= k < n.end and n.kind in (
                                    "country", "adjective", "demonym") and n.key:
                                country = n.key
                                start = min(start, n.start)
                    else:
                        group = self.kb.groups[m.key]
                        country, sector = group.country, group.sector
        # "the president of France"
        if country is None and end + 1 < len(doc) and doc[end].lower_ == "of":
            for m in found:
                if m.start == end + 1 or (m.start == end + 2 and doc[end + 1].lower_ == "the"):
                    if m.kind in ("country", "org"):
                        country = m.key if m.kind == "country" else self.kb.organisations[m.key].code
        if country is None and title.countries and len(title.countries) == 1:
            country = title.countries[0]
        # name after the title: a person entity, or capitalised words; an appositive
        # comma may come between ("Congo's foreign minister, Therese Wagner,")
        name_start = end
        if name_start < len(doc) and doc[name_start].text == "," and any(
                m.kind == "person" and m.start == name_start + 1 for m in found):
            name_start += 1
        while name_start < len(doc) and doc[name_start].lower_ in HONORIFICS:
            name_start += 1
        person = None
        for m in found:
            if m.kind == "person" and m.start == name_start:
                person = m
        if person is not None:
            person.title = title
            person.country = person.country or country
            person.sector = person.sector or sector
            person.start = min(person.start, start)
            return person
        k = name_start
        # NER often calls an unknown name after a title an ORG: the title says it is a person
        while k < len(doc) and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN") \
                and k - name_start < 4 and not doc[k].ent_id_ \
                and doc[k].ent_type_ not in ("GPE", "NORP", "DATE", "LOC"):
            k += 1
        if k > name_start:
            return Mention(start, k, "person", None, name=_clean_name(doc[name_start:k].text),
                           title=title, country=country, sector=sector)
        return Mention(start, end, "title", None, title=title, country=country, sector=sector)


SKIP_BEFORE_TITLE = {"'s", "’s", "the", "then", "former", "new", "incoming", "outgoing", "acting",
                     "deputy", "vice"}


def _skip_back(doc: Doc, j: int) -> int:
    while j >= 0 and doc[j].lower_ in SKIP_BEFORE_TITLE:
        j -= 1
    return j


def _join_adjacent_persons(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Therese Kayikwamba" (NER) + "Wagner" (a known surname) is one unknown name."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "person" and m.kind == "person" \
                and prev.end == m.start and (prev.key is None or m.key is None):
            key = prev.key if m.key is None and prev.key else None
            if key is None:
                out[-1] = Mention(prev.start, m.end, "person", None,
                                  name=_clean_name(doc[prev.start:m.end].text))
                continue
        out.append(m)
    return out


def _appositive_titles(doc: Doc, mentions: list[Mention]) -> None:
    """ "Andrei Kelin, Russia's ambassador," : the title after a name describes it."""
    for n, m in enumerate(mentions[:-1]):
        nxt = mentions[n + 1]
        if m.kind != "person" or m.title is not None or nxt.kind != "title":
            continue
        if m.end < len(doc) and doc[m.end].text == "," and nxt.start <= m.end + 3:
            m.title = nxt.title
            m.country = m.country or nxt.country


def _clean_name(text: str) -> str:
    text = text.strip().strip(",.;:")
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return " ".join(text.split())


def _merge(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions wholly inside a longer person/title mention, keep the rest sorted."""
    keep: list[Mention] = []
    cover: Mention | None = None  # the person/title mention reaching furthest so far
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if cover is not None and cover is not m and cover.start <= m.start \
                and m.end <= cover.end and m.kind in ("adjective", "country", "person", "title"):
            continue
        keep.append(m)
        if m.kind in ("person", "title") and (cover is None or m.end > cover.end):
            cover = m
    return keep


def _head_of(doc: Doc, start: int, end: int) -> int:
    span = doc[start:end]
    return span.root.i


def token_mention_map(mentions: list[Mention]) -> dict[int, Mention]:
    """Token index -> the mention covering it."""
    out: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            out.setdefault(i, m)
    return out


# Words that make "American" a region's adjective, not the United States'.
REGION_PREFIXES = frozenset({"latin", "south", "central", "north", "native", "pan", "meso",
                             "afro", "anglo", "ibero", "hispano"})


def _regional(ent: Span) -> bool:
    """ "Latin American", "South-American", "Pan-American": a region, not a country."""
    if ent[0].lower_ not in ("american", "americans") or ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    if prev.text in ("-", "‑") and ent.start >= 2:
        prev = ent.doc[ent.start - 2]
    return prev.lower_ in REGION_PREFIXES
