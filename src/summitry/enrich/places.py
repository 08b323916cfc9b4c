"""Where an act took place, and on what occasion.

A sentence states a place with "in/at <place>" ("in Canada", "in Tokyo"); a
summit occasion ("on the sidelines of the G7 Summit") gives the occasion and,
where the knowledge base knows that summit, its host country, venue and dates.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from ..actors.kb import KnowledgeBase, Summit
from ..actors.resolve import Resolver
from ..coding.vocabulary import SIDELINES_WORDS
from ..types import Location

MAIN_CODES = {"G7", "G20", "NATO", "ASEAN", "AU", "EU"}
PLACE_PREPS = {"in", "at", "to"}
OCCASION_WORDS = {"summit", "summits", "meeting", "conference", "forum", "session",
                  "gathering", "assembly", "talks"}


@dataclass(frozen=True)
class Occasion:
    name: str  # "G7 summit", with " sidelines" when on its margins
    grouping: str
    summit: Summit | None
    sidelines: bool


def sentence_locations(sent: Span, resolver: Resolver,
                       kb: KnowledgeBase) -> tuple[Location | None, Location | None]:
    """The places named by "in/at X" phrases of the sentence, in one pass: where its act
    took place (only phrases that place an act) and what country the sentence is about (any
    phrase, "the violence in Israel" included). Each is the first place named, in the first
    country named ("at the National Palace in Mexico City")."""
    acts: list[Location] = []
    topic: list[Location] = []
    for loc, places_act in _locations(sent, resolver, kb):
        for found in ((acts, topic) if places_act else (topic,)):
            if not found or not found[-1].country:
                found.append(loc)
        if acts and acts[-1].country:
            break
    return _first(acts), _first(topic)


def _first(found: list[Location]) -> Location | None:
    if not found:
        return None
    return Location(country=found[-1].country, place=found[0].place or found[-1].place)


def _locations(sent: Span, resolver: Resolver, kb: KnowledgeBase):  # type: ignore[no-untyped-def]
    """(place, whether the phrase places an act) for each "in/at X" phrase."""
    for token in sent:
        if token.dep_ != "prep" or token.lower_ not in PLACE_PREPS:
            continue
        if token.lower_ == "to" and token.head.lemma_.lower() not in ("visit", "trip", "travel",
                                                                       "arrive", "go", "fly"):
            continue
        # "the violence in Israel", "masterminds in Afghanistan": a description, not a place
        places_act = _where_of_an_act(token.head)
        for pobj in token.children:
            if pobj.dep_ != "pobj":
                continue
            loc = _place_of(pobj, resolver, kb)
            if loc is not None:
                yield loc, places_act


# Nouns whose "in/at X" is where something happened, not a description of the noun.
ACT_NOUNS = OCCASION_WORDS | {"visit", "visits", "trip", "tour", "ceremony", "rally", "protest",
                              "protests", "remarks", "speech", "interview", "briefing",
                              "attack", "attacks", "strike", "strikes", "raid", "bombing",
                              "parade", "drills", "exercise", "exercises", "signing", "event"}


SITE_PREPS = frozenset({"at", "in", "inside", "outside", "near", "before", "behind", "beside",
                        "opposite", "around", "from"})

SITE_NOUNS = frozenset({"town", "city", "village", "capital", "province", "region", "district",
                        "area", "camp", "base", "port", "embassy", "consulate", "headquarters",
                        "palace", "building", "compound", "border", "island", "airport",
                        "hotel", "site", "residence", "office", "ministry", "square"})


def _where_of_an_act(head) -> bool:  # type: ignore[no-untyped-def]
    """An "in/at X" phrase places an act when it hangs on a verb or on a noun that names
    an act or an occasion ("talks in Geneva", "a visit to Tokyo")."""
    if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT" or head.lower_ in ACT_NOUNS:
        return True
    # a noun that is the object of a preposition is described ("expressed alarm about the
    # fighting in Sudan"), unless that preposition places the act at a site ("gathered
    # outside the embassy in Kinshasa"); a subject or object keeps the parser's reading of
    # the clause's place ("met his counterpart in Singapore")
    # a place inside a place ("the town of Tawila in North Darfur") also places it
    return head.dep_ != "pobj" or head.head.lower_ in SITE_PREPS \
        or head.ent_type_ in ("GPE", "LOC", "FAC") or head.lemma_.lower() in SITE_NOUNS


def _place_of(token, resolver: Resolver, kb: KnowledgeBase) -> Location | None:  # type: ignore[no-untyped-def]
    m = resolver.mention_at(token)
    if m is not None and m.key:
        span = m.span(token.doc)
        if m.kind == "place":
            place = kb.place(m.key)
            return Location(country=place.country, place=place.name)
        if m.kind == "country":
            return Location(country=m.key, place=None)
        if m.kind == "capital":
            place = span.text
            return Location(country=m.key, place=place if kb.capital_of(place) else None)
    if token.ent_type_ in ("GPE", "LOC", "FAC") and token.pos_ == "PROPN":
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        text = ent.text if ent is not None else token.text
        country = kb.capital_of(text)
        # "in Kananaskis, Canada": the appositive or following country names it
        for t in token.doc[token.i + 1: token.i + 4]:
            tm = resolver.mention_at(t)
            if tm is not None and tm.kind in ("country", "capital") and tm.key:
                country = tm.key
                break
            if tm is not None and tm.kind == "place" and tm.key:
                country = kb.place(tm.key).country
                break
        return Location(country=country, place=text)
    return None


def sentence_occasion(sent: Span, resolver: Resolver, kb: KnowledgeBase,
                      date: str | None) -> Occasion | None:
    """A grouping's summit named in the sentence ("the Group of Seven Summit")."""
    sidelines = any(t.lower_ in SIDELINES_WORDS for t in sent)
    for m in resolver.by_sentence.get(sent.start, []):
        if m.kind != "org" or not m.key:
            continue
        after = sent.doc[m.end:min(m.end + 3, sent.end)]
        before = sent.doc[max(m.start - 3, sent.start):m.start]  # "summit of the X"
        words = {t.lower_ for t in after} | {t.lower_ for t in before}
        if not words & OCCASION_WORDS:
            continue
        org = kb.organisations[m.key]
        summit = kb.summit_for(m.key, date)
        short = org.code if org.code in MAIN_CODES else org.name
        label = summit.name if summit else f"{short} summit"
        return Occasion(name=label + (" sidelines" if sidelines else ""), grouping=m.key,
                        summit=summit, sidelines=sidelines)
    return None


def occasion_location(occasion: Occasion) -> Location | None:
    if occasion.summit is None:
        return None
    return Location(country=occasion.summit.host, place=occasion.summit.place)
