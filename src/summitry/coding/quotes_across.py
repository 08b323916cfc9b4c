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
