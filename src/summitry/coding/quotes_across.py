"""Direct quotations that run over more than one sentence.

'"We wanted to end the quarrel with Norland by talks. Sadly, that failed," the envoy
said': the opening sentence has no attribution of its own; its speaker is the one named
where the quotation closes (or opens: 'She added, "... It is Norland's fault."'), and
what the quotation says is read over all its sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actors.registry import Ref
from ..actors.resolve import Resolver
from ..enrich.modality import clause_modality
from .outlook import outlook_reading
from .patterns import PatternSet
from .raw import RawEvent

# Quotation marks that open or close a sentence of direct speech.
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_OPEN = "“"
_CLOSE = "”"
SPEECH = frozenset({"say", "add", "tell", "state", "stress", "note", "warn", "write",
                    "insist", "explain", "declare", "argue", "continue", "remark"})


def _regions(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted passages: curly marks, and straight ones paired in turn
    within a paragraph that holds an even number of them and no curly ones."""
    out: list[tuple[int, int]] = []
    start = -1
    for i, ch in enumerate(text):
        if ch == _OPEN:
            start = i
        elif ch == _CLOSE and start >= 0:
            out.append((start, i + 1))
            start = -1
    offset = 0
    for line in text.split("\n"):
        marks = [offset + i for i, ch in enumerate(line) if ch == '"']
        if len(marks) % 2 == 0 and _OPEN not in line and _CLOSE not in line:
            out += [(marks[k], marks[k + 1] + 1) for k in range(0, len(marks), 2)]
        offset += len(line) + 1
    return sorted(out)


def _cached(doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int, int, int]]]:
    """The quoted passages and the sentences of ``doc`` (token start and end, first and
    last token's character offset), computed once per document: the coder asks for them
    sentence by sentence. Plain numbers, so that the cache holds no reference to the doc."""
    key = "summitry_quotes_across"
    if key not in doc.user_data:
        doc.user_data[key] = (_regions(doc.text), [(s.start, s.end, s.start_char, s[-1].idx)
                                                   for s in doc.sents])
    return doc.user_data[key]


def _attributed(sent: Span, lo: int, hi: int, resolver: Resolver) -> Ref | None:
    """The subject of a speech verb of a sentence, outside the quoted passage."""
    for token in sent:
        if lo <= token.idx < hi or token.lemma_.lower() not in SPEECH or token.pos_ != "VERB":
            continue
        for c in token.children:
            if c.dep_ == "nsubj" and not (lo <= c.idx < hi):
                refs = resolver.refs_for(c, expand_conj=False)
                if refs and refs[0].country:
                    return refs[0]
    return None


def quotation_across(sent: Span, resolver: Resolver) -> tuple[Ref, list[Token]] | None:
    """For a sentence wholly inside a quotation that spans several sentences and that has
    no attribution of its own: the speaker named in another sentence of the quotation and
    the roots of the quotation's sentences (what it says, read together)."""
    doc = sent.doc
    s0, s1 = sent.start_char, sent.end_char
    regions, bounds = _cached(doc)
    for lo, hi in regions:
        if not (lo <= s0 + 1 and s1 <= hi + 2) and not (lo < s1 and hi > s0):
            continue
        sents = [doc[a:b] for a, b, first, last in bounds if first < hi and last >= lo]
        if len(sents) < 2 or sent.start not in {s.start for s in sents}:
            continue
        first = next((s for s in sents if _attributed(s, lo, hi, resolver) is None), None)
        if first is None or first.start != sent.start:
            return None  # read once per quotation, in its first unattributed sentence
        for other in (sents[-1], sents[0]):
            if other.start == sent.start:
                continue
            speaker = _attributed(other, lo, hi, resolver)
            if speaker is not None:
                return speaker, [s.root for s in sents]
        return None
    return None


def continued_quote(sent: Span, resolver: Resolver, patterns: PatternSet) -> list[RawEvent]:
    """A sentence that is all quotation, right after an attributed one ('"...," the
    spokesman told reporters. "The army continues to ignore demands ..."'), or inside a
    quotation over several sentences: the same speaker's statement, coded only by a cue in
    what it says (020, 11x, 012/013)."""
    text = sent.text.strip()
    st = resolver.state
    heads = [sent.root]
    if len(text) < 2 or text[0] not in QUOTES or text.rstrip(".!?")[-1:] not in QUOTES \
            or st.last_speaker is None or st.speaker is not None \
            or st.sentence - st.last_speaker_sentence != 1:
        across = quotation_across(sent, resolver) if st.speaker is None else None
        if across is None:
            return []
        sp, heads = across  # the quotation runs over several sentences
    else:
        sp = st.last_speaker
    if not sp.country:
        return []
    held = st.speaker
    if len(heads) > 1:
        st.speaker = sp  # "we" inside the quotation is the speaker
    try:
        cue, about = outlook_reading(heads, resolver, {sp.country})
    finally:
        st.speaker = held
    pattern = next((p for p in patterns.patterns if p.id == "statement.say"), None)
    if cue is None or not about or pattern is None:
        return []
    source = Ref(sp.actor, sp.country, sp.sector, sp.text, sp.start, sp.end, via="pronoun")
    return [RawEvent(source, t, cue, pattern, None, clause_modality(sent.root), False,
                     sent.root, sent, 0.4) for t in about]
