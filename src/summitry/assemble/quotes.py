"""Quotes: soundbites from transcripts, direct and partial quotations in prose."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..actors.kb import KnowledgeBase
from ..actors.mentions import Mention
from ..actors.registry import Ref
from ..actors.resolve import Resolver
from ..coding.vocabulary import NAMING_WORDS
from ..types import Article, Quote, Speaker

SPEECH_VERBS = frozenset({
    "say", "tell", "add", "stress", "assess", "note", "state", "declare", "warn", "insist",
    "emphasize", "emphasise", "underline", "underscore", "remark", "write", "announce",
    "describe", "call", "claim", "argue", "explain", "reply", "respond", "affirm", "pledge",
    "vow", "promise", "urge", "accuse", "deny", "admit", "conclude", "comment", "tweet", "post",
    "caution", "suggest", "ask", "predict", "acknowledge", "contend", "maintain", "reiterate",
})
_OPEN = "\"“„«"
_CLOSE = "\"”“»"
_QUOTE_RE = re.compile(r"[\"“„«]([^\"“”„«»\n]{2,1500}?)[\"”“»]")
MIN_PARTIAL_WORDS = 2


@dataclass
class QuoteDraft:
    speaker: Ref | None
    name: str
    role: str | None
    text: str
    kind: str
    start: int
    end: int


def soundbite_speaker(name: str, title: str | None, resolver: Resolver,
                      kb: KnowledgeBase) -> Ref | None:
    """Resolve a transcript attribution line ("Ishiba Shigeru /Japanese Prime Minister")."""
    title_obj, country = None, None
    if title:
        low = title.lower()
        best = None
        for t in kb.titles:
            if re.search(r"\b" + re.escape(t.phrase) + r"\b", low):
                if best is None or len(t.phrase) > len(best.phrase):
                    best = t
        title_obj = best
        for text, _label, ent_id in kb.surface_forms():
            kind, key = kb.lookup(ent_id)
            if kind in ("adj", "country") and re.search(r"\b" + re.escape(text) + r"\b", title):
                country = key
                break
    m = Mention(0, 0, "person", None, name=name, title=title_obj, country=country)
    entry = resolver._person_entry(m)
    if entry is None:
        return None
    return resolver.reg.ref(entry, name, -1, -1, via="name", record=False)


def find_quotes(doc: Doc, article: Article, resolver: Resolver,
                soundbites: list[tuple[Ref | None, str, str | None, int, int]]) -> list[QuoteDraft]:
    out: list[QuoteDraft] = []
    for ref, name, title, start, end in soundbites:
        entry = resolver.reg.get(ref.actor) if ref else None
        out.append(QuoteDraft(ref, entry.name if entry else name,
                              (entry.role if entry else None) or title,
                              article.text[start:end], "soundbite", start, end))
    in_soundbite = [(s, e) for _r, _n, _t, s, e in soundbites]
    text = doc.text  # (a property that joins every token: read it once)
    for m in _QUOTE_RE.finditer(text):
        start, end = m.start(1), m.end(1)
        if any(s <= start < e for s, e in in_soundbite):
            continue
        words = m.group(1).split()
        if len(words) < MIN_PARTIAL_WORDS:
            continue
        before = text[max(0, m.start() - 12):m.start()].lower().split()
        if before and before[-1].strip(",:") in NAMING_WORDS:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        speaker = _speaker(sent, span, resolver)
        if speaker is None:
            continue
        entry = resolver.reg.get(speaker.actor)
        kind = "direct" if len(words) >= 6 and (end - start) >= 0.5 * len(sent.text) else "partial"
        out.append(QuoteDraft(speaker, entry.name if entry else speaker.text,
                              entry.role if entry else None, m.group(1).strip(), kind, start, end))
    return out


def sentence_speaker(sent: Span, resolver: Resolver) -> Ref | None:
    """Who speaks the direct quotation that fills most of a sentence, so that "we" and "I"
    inside it refer to the speaker ('"We urge Pakistan to ...," the ministry said')."""
    text = sent.text
    for m in _QUOTE_RE.finditer(text):
        if len(m.group(1).split()) < 6 or (m.end() - m.start()) < 0.4 * len(text):
            continue
        span = sent.doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1),
                                  alignment_mode="expand")
        if span is not None:
            return _speaker(sent, span, resolver)
    return None


def _speaker(sent: Span, quote: Span, resolver: Resolver) -> Ref | None:
    """The subject of a speech verb outside the quotation, in the same sentence."""
    for token in sent:
        if quote.start <= token.i < quote.end:
            continue
        if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS:
            for c in token.children:
                if c.dep_ in ("nsubj",) and not (quote.start <= c.i < quote.end):
                    refs = resolver.refs_for(c, expand_conj=False)
                    if refs:
                        return refs[0]
    return None


def to_quotes(drafts: list[QuoteDraft]) -> list[Quote]:
    out = []
    for i, d in enumerate(sorted(drafts, key=lambda d: d.start), start=1):
        speaker = Speaker(actor=d.speaker.actor if d.speaker else None, name=d.name,
                          role=d.role, country=d.speaker.country if d.speaker else None)
        out.append(Quote(id=f"q{i}", speaker=speaker, text=d.text, kind=d.kind,  # type: ignore[arg-type]
                         start=d.start, end=d.end))
    return out
