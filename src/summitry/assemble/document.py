"""Code one parsed article into a Document: the article-level pass.

Walks the sentences in order (so coreference sees what came before), codes the
events of each, dates and places them, then groups meetings, finds quotes and
numbers everything.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..actors.kb import KnowledgeBase
from ..actors.mentions import MentionFinder
from ..actors.registry import ActorRegistry
from ..actors.resolve import Resolver
from ..coding.coder import EventCoder, RawEvent
from ..coding.ontology import Ontology
from ..enrich.dates import DateMatch, find_dates
from ..enrich.places import Occasion, occasion_location, sentence_locations, sentence_occasion
from ..nlp.dateline import dateline_city
from ..errors import W_LONG_SENTENCE, W_NO_DATE, W_NO_EVENTS, W_UNRESOLVED, warning
from ..types import Article, Document, Event, Evidence, Location, Plover
from .meetings import build_meetings, group_meetings, is_meeting
from .quotes import SPEECH_VERBS, find_quotes, sentence_speaker, soundbite_speaker, to_quotes


@dataclass
class Coded:
    event: Event
    raw: RawEvent
    occasion: Occasion | None


class DocumentBuilder:
    """Everything needed to turn (Article, Doc) into a Document; shared by a pipeline."""

    def __init__(self, kb: KnowledgeBase, coder: EventCoder, ontology: Ontology, *,
                 everything: bool = False) -> None:
        self.kb = kb
        self.everything = everything  # keep domestic and country-less events (scope "all")
        self.coder = coder
        self.ontology = ontology
        self.finder = MentionFinder(kb)

    def build(self, article: Article, doc: Doc) -> Document:
        registry = ActorRegistry(self.kb, article.date)
        resolver = Resolver(self.kb, registry, doc, self.finder)
        bites = []
        for sb in article.soundbites:
            ref = soundbite_speaker(sb.speaker, sb.title, resolver, self.kb)
            bites.append((ref, sb.speaker, sb.title, sb.start, sb.end))
        coded: list[Coded] = []
        dateline = self._dateline_location(article.text)
        context_occasion: Occasion | None = None
        context_location: Location | None = None
        lines = [(sb.line_start, sb.line_end) for sb in article.soundbites if sb.line_start >= 0]
        for n, sent in enumerate(doc.sents):
            speaker = next((r for r, _n, _t, s, e in bites if s <= sent.start_char < e), None)
            resolver.start_sentence(sent)
            resolver.set_speaker(speaker or sentence_speaker(sent, resolver))
            if any(s <= sent.start_char < e for s, e in lines):
                continue  # an attribution line names the speaker; it reports no act
            occasion = sentence_occasion(sent, resolver, self.kb, article.date)
            location, topic = sentence_locations(sent, resolver, self.kb)
            resolver.set_place(topic.country if topic else None)
            resolver.state.context_place = (topic.country if topic else None) or (
                context_location.country if context_location else None)
            raws = self.coder.code_sentence(sent, resolver)
            if occasion is not None:
                context_occasion = occasion
                context_location = occasion_location(occasion) or context_location
            if location is not None and location.country and any(
                    r.code.startswith("04") for r in raws):
                context_location = location
            for raw in raws:
                ev = self._event(raw, n, article, location, occasion, context_location,
                                 dateline)
                if ev is not None:
                    coded.append(Coded(ev, raw, occasion or (
                        context_occasion if raw.code.startswith("04") else None)))
        return self._finish(article, doc, coded, bites, resolver, registry)

    # ---- one event -----------------------------------------------------
    def _dateline_location(self, text: str) -> Location | None:
        """Where a wire story is filed from ("RABAT --"), when the knowledge base knows it."""
        city = dateline_city(text)
        if city is None:
            return None
        iso3 = self.kb.capital_of(city)
        if iso3 is None:
            iso3 = next((p.country for p in self.kb.places
                         if city in (p.name, *p.names) and p.kind == "city"), None)
        return Location(country=iso3, place=city) if iso3 else None

    def _event(self, raw: RawEvent, n: int, article: Article, location: Location | None,
               occasion: Occasion | None, context: Location | None,
               dateline: Location | None = None) -> Event | None:
        src, tgt = raw.source, raw.target
        if tgt is not None and tgt.actor == src.actor:
            return None  # reflexive
        if raw.code.startswith(("042", "043")) and tgt is not None and src.country \
                and tgt.country == src.country:
            return None  # travel at home is not a visit
        if not self.everything:
            if tgt is not None and src.country and tgt.country == src.country:
                return None  # domestic: not an event (protocol)
            if src.country is None or (tgt is not None and tgt.country is None):
                return None  # dyadic data needs both sides' countries
        sent = raw.sent
        future = raw.modality == "planned"
        dates = find_dates(sent.text, article.date, future=future)
        # the date expression nearest the trigger ("..., Oct. 3 -- X met Y on Thursday")
        at = raw.trigger.idx - sent.start_char
        nearest = min(dates, key=lambda d: min(abs(d.start - at), abs(d.end - at)), default=None)
        if future and nearest is not None and _speech_day(sent, nearest):
            # "said on Friday it plans to restart aid": the intent is dated by its saying
            said = {(d.start, d.end): d for d in find_dates(sent.text, article.date)}
            nearest = said.get((nearest.start, nearest.end), nearest)
        date = nearest.date if nearest else None
        precision = "day" if date else None
        loc = location
        if raw.code == "042" and loc is None and tgt is not None and tgt.country \
                and tgt.via in ("metonym", "name") and tgt.actor in (tgt.country,
                                                                     f"{tgt.country}:GOV"):
            loc = Location(country=tgt.country)  # "visited Beijing": the visit is there
        if raw.code.startswith("04") and loc is None:
            loc = occasion_location(occasion) if occasion else context
        if loc is None and dateline is not None and raw.code.startswith(("04", "05")) \
                and not raw.code.startswith("041") \
                and dateline.country in (src.country, tgt.country if tgt else None):
            loc = dateline  # a meeting or signing of the dateline's country, filed from there
        code = raw.code
        if code in ("040", "04") and loc is not None and loc.country and tgt is not None \
                and raw.modality == "asserted":
            if loc.country == src.country:
                code = "043"
            elif loc.country == tgt.country:
                code = "042"
            else:
                code = "044"
        entry = self.ontology.get(code)
        text = article.text[sent.start_char:sent.end_char].rstrip()  # the text, not the parse's
        evidence = Evidence(text=text, start=sent.start_char, end=sent.start_char + len(text),
                            sentence=n)
        return Event(id="", source=src.party(), target=tgt.party() if tgt else None, cameo=code,
                     cameo_root=code[:2], quad_class=entry.quad_class,
                     goldstein=entry.goldstein,
                     plover=Plover(entry.plover_type, entry.plover_mode),
                     symmetric=raw.symmetric, modality=raw.modality,  # type: ignore[arg-type]
                     evidence=evidence, rule=raw.pattern.id + (
                         f"+{raw.governor.id}" if raw.governor else ""),
                     confidence=raw.confidence, date=date,
                     date_precision=precision,  # type: ignore[arg-type]
                     location=loc or Location())

    # ---- the article ---------------------------------------------------
    def _finish(self, article: Article, doc: Doc, coded: list[Coded], bites, resolver: Resolver,  # type: ignore[no-untyped-def]
                registry: ActorRegistry) -> Document:
        coded = _dedupe(coded)
        coded = _date_from_occasion(coded, article.date)
        events = [replace(c.event, id=f"e{i}") for i, c in enumerate(coded, start=1)]
        quotes = to_quotes(find_quotes(doc, article, resolver, bites))
        meeting_items: list[tuple[Event, Token, str | None]] = []
        for ev, c in zip(events, coded):
            if is_meeting(ev):
                meeting_items.append((ev, c.raw.trigger, c.occasion.name if c.occasion else None))
        drafts = group_meetings(meeting_items)
        meetings = build_meetings(drafts, events, quotes, registry)
        events = _inherit_meeting_context(events, meetings)
        # one event per meeting and dyad: later reports of the same meeting are folded in
        folded: set[str] = set()
        for d in drafts:
            seen_pairs: set[frozenset] = set()
            for e in d.events:
                pair = frozenset((e.source.country, e.target.country if e.target else None))
                if pair in seen_pairs:
                    folded.add(e.id)
                seen_pairs.add(pair)
        events = [e for e in events if e.id not in folded]
        warnings: list[str] = []
        split = doc.user_data.get("summitry_split_sentences", 0)
        if split:
            warnings.append(warning(W_LONG_SENTENCE, f"{split} over-long sentence(s) were cut "
                                    "into pieces before parsing"))
        undated = sum(1 for e in events if e.date is None)
        if undated:
            warnings.append(warning(W_NO_DATE, f"{undated} event(s) could not be dated"
                                    + ("" if article.date else " (the article has no date)")))
        if not events:
            warnings.append(warning(W_NO_EVENTS, "no events were coded in this article"))
        unresolved = sorted(set(resolver.unresolved()))
        if unresolved:
            shown = ", ".join(repr(u) for u in unresolved[:5])
            more = f" and {len(unresolved) - 5} more" if len(unresolved) > 5 else ""
            warnings.append(warning(W_UNRESOLVED, f"no actor found for {shown}{more}: add them "
                                    "with --actors, with their country"))
        return Document(id=article.id or _text_id(article.text), title=article.title,
                        date=article.date, source=article.source, programme=article.programme,
                        text=article.text, actors=registry.actors(), events=tuple(events),
                        meetings=tuple(meetings), quotes=tuple(quotes), warnings=tuple(warnings))


def _dedupe(coded: list[Coded]) -> list[Coded]:
    """The same act coded twice in one sentence (two triggers, one dyad) is one event."""
    seen: set[tuple] = set()
    out = []
    for c in coded:
        e = c.event
        pair: tuple = (e.source.country, e.target.country if e.target else None)
        if e.symmetric:
            pair = tuple(sorted(x or "" for x in pair))
        key = (e.evidence.sentence, e.cameo, pair)
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def _date_from_occasion(coded: list[Coded], article_date: str | None) -> list[Coded]:
    """A meeting at a known summit, reported without a day, falls inside the summit's dates."""
    if article_date is None:
        return coded
    out = []
    for c in coded:
        e = c.event
        s = c.occasion.summit if c.occasion else None
        if e.date is None and s is not None and s.start <= article_date:
            last = min(s.end, article_date)
            precision = "day" if s.start == last else "approx"
            e = replace(e, date=last, date_precision=precision)
        out.append(Coded(e, c.raw, c.occasion))
    return out


def _inherit_meeting_context(events: list[Event], meetings) -> list[Event]:  # type: ignore[no-untyped-def]
    """Statements and agreements made at a meeting take its date (protocol); agreements
    also take its place. An act belongs to the latest meeting reported before it that
    its source took part in."""
    ordered = sorted(meetings, key=lambda m: m.evidence.start)
    outcome_of = {oid: m for m in meetings for oid in m.outcomes}
    out = []
    for e in events:
        m = outcome_of.get(e.id)
        if m is None and e.date is None and e.cameo_root != "04":
            fits = [x for x in ordered if x.evidence.start <= e.evidence.start
                    and e.source.country in {p.country for p in x.participants}]
            m = fits[-1] if fits and fits[-1].date else None
        if m is not None:
            precision = e.date_precision
            if e.date is None and m.date:
                precision = next((x.date_precision for x in events
                                  if x.evidence == m.evidence and x.date), "day")
            e = replace(e, date=e.date or m.date, date_precision=precision,
                        location=e.location if (e.location.country or e.id not in outcome_of)
                        else m.location)
        out.append(e)
    return out


def _speech_day(sent, match: DateMatch) -> bool:  # type: ignore[no-untyped-def]
    """The date expression dates a verb of saying ("said Tuesday", "speaking on Monday",
    "telling journalists on Wednesday that ...")."""
    span = sent.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    for _ in range(3):
        if t.dep_ not in ("npadvmod", "pobj", "prep", "tmod", "nmod", "compound", "appos"):
            break
        t = t.head
    return t.lemma_.lower() in SPEECH_VERBS or t.lemma_.lower() == "speak"


def _text_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]

