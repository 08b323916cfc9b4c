"""Resolve mentions and noun phrases to article actors, with in-article coreference.

The resolver walks an article sentence by sentence. It keeps a small discourse
state: the persons named so far (for "he", "Lee", "President Lee"), the latest
group of parties acting together (for "they", "the two leaders", "both sides")
and the speaker of the paragraph being quoted (for "I", "we", "our").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .kb import KnowledgeBase
from .mentions import Mention, MentionFinder, token_mention_map
from .people import PeopleLookup
from .registry import ActorRegistry, Ref, _Entry

logger = logging.getLogger(__name__)

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
FIRST_SINGULAR = {"i", "me", "my", "mine", "myself"}
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
PERSON_GROUP_NOUNS = {"leaders", "presidents", "ministers", "counterparts", "premiers",
                      "heads", "delegations", "men", "women", "officials", "diplomats"}
COUNTRY_GROUP_NOUNS = {"sides", "countries", "nations", "governments", "parties", "neighbors",
                       "neighbours", "allies", "states", "capitals", "partners"}
GROUP_NOUNS = PERSON_GROUP_NOUNS | COUNTRY_GROUP_NOUNS
# one member of the group at a time: "each side", "each country"
EACH_NOUNS = {"side", "country", "nation", "government", "party"}
GROUP_DETS = {"two", "both", "three", "the"}
LEADER_NOUNS = {"leader", "leaders", "head", "heads"}
OCCASION_WORDS = {"summit", "summits", "meeting", "meetings", "conference", "forum", "session",
                  "sessions", "gathering", "ministerial", "leaders'", "sidelines", "talks"}
PRONOUN_REACH = 2  # sentences over which "they" still means the group that last acted
GROUP_REACH = 6  # the same for "the two leaders", "both countries"
QUANTITY_NOUNS = {"hundreds", "thousands", "dozens", "scores", "tens", "millions", "crowds",
                  "groups", "handful"}
ANAPHORIC_GROUPS = {"group", "movement", "militia", "organization", "organisation", "rebels",
                    "militants", "insurgents", "bloc", "alliance", "grouping", "body"}
LOCAL_SECTORS = {"CVL", "OPP", "REB", "BUS", "MED", "LEG"}


@dataclass
class Discourse:
    persons: list[tuple[str, bool]] = field(default_factory=list)  # (actor id, was subject)
    group: list[Ref] = field(default_factory=list)
    person_group: list[Ref] = field(default_factory=list)
    group_sentence: int = -99  # where the group last acted: "they" does not reach far
    sentence: int = 0
    speaker: Ref | None = None
    place: str | None = None  # the country the current sentence says it happens in
    context_place: str | None = None  # the same, or where the article's meetings are held
    last_government: str | None = None  # the country of the last "X government" named
    last_military: str | None = None  # the same for "X's military", "the X army"
    acts: list[tuple[str, Ref]] = field(default_factory=list)  # (CAMEO code, who did it)
    last_collective: Ref | None = None  # the last country or body that acted ("it")
    titles: dict[str, Ref] = field(default_factory=dict)  # title head -> who last bore it
    collective_sentence: int = -99  # where last_collective last acted
    last_speaker: Ref | None = None  # who spoke the last attributed quotation
    last_speaker_sentence: int = -99
    mentioned: list[tuple[int, list[Ref]]] = field(default_factory=list)  # parties per sentence
    targeted: list[tuple[int, str, Ref, Ref]] = field(default_factory=list)  # acts with targets
    claims: dict[str, Ref] = field(default_factory=dict)  # claim noun -> its author
    commentators: set[str] = field(default_factory=set)  # names of analysts and experts


class Resolver(PeopleLookup):
    """Turns tokens into ``Ref``s for one article."""

    def __init__(self, kb: KnowledgeBase, registry: ActorRegistry, doc: Doc,
                 finder: MentionFinder) -> None:
        self.kb = kb
        self.reg = registry
        self.doc = doc
        self.text = doc.text  # Doc.text rebuilds the string on every call: keep one copy
        self.mentions = finder.find(doc)
        self.by_token = token_mention_map(self.mentions)
        self.by_sentence: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_sentence.setdefault(doc[m.start].sent.start, []).append(m)
        self.state = Discourse()
        self.full_article = False  # set by the coder: implicit parties in full articles only
        self._cache: dict[int, Ref | None] = {}

    # ---- mentions ------------------------------------------------------
    def resolve_mention(self, m: Mention) -> Ref | None:
        key = id(m)
        if key in self._cache:
            return self._cache[key]
        ref = self._resolve_mention(m)
        head = _title_head(m)
        if ref is None and head and m.kind == "title" and m.country is None and (
                m.start > 0 and self.doc[m.start - 1].lower_ == "the"):
            # "the spokesperson added": the last spokesperson named in the article
            prev = self.state.titles.get(head)
            if prev is not None:
                span = m.span(self.doc)
                ref = Ref(prev.actor, prev.country, prev.sector, span.text, span.start_char,
                          span.end_char, via="title")
        elif ref is not None and head and ref.country:
            self.state.titles[head] = ref
        self._cache[key] = ref
        if ref is not None and ref.country in self.kb.countries and ref.sector in ("GOV", None) \
                and m.kind in ("person", "title", "capital"):
            self.state.last_government = ref.country
        return ref

    def _resolve_mention(self, m: Mention) -> Ref | None:
        span = m.span(self.doc)
        text, start, end = span.text, span.start_char, span.end_char
        kb, reg = self.kb, self.reg
        if m.kind == "country" and m.key:
            return reg.ref(reg.country(m.key), text, start, end, via="name")
        if m.kind == "capital" and m.key:
            return reg.ref(reg.country(m.key, "GOV"), text, start, end, via="metonym")
        if m.kind == "demonym" and m.key:
            return reg.ref(reg.country(m.key), text, start, end, via="name")
        if m.kind == "org" and m.key:
            return reg.ref(reg.organisation(m.key), text, start, end, via="name")
        if m.kind == "place" and m.key:
            place = kb.place(m.key)
            if place.kind == "venue":
                return None  # "at Camp David" is where, not who
            # "strikes on Kharkiv", "aid to Gaza": the place stands for its country
            return reg.ref(reg.country(place.country), text, start, end, via="place")
        if m.kind == "group" and m.key:
            return reg.ref(reg.group(self._branch(m.key)), text, start, end, via="name")
        if m.kind == "adjective":
            return None
        if m.kind == "person":
            entry = self._person_entry(m)
            if entry is None:
                return None
            return reg.ref(entry, text, start, end, via="name")
        if m.kind == "title":
            entry = self._office_entry(m)
            if entry is None:
                return None
            return reg.ref(entry, text, start, end, via="title")
        return None

    # ---- tokens and noun phrases ----------------------------------------
    def unresolved(self) -> list[str]:
        """Names of people or titles met in the text that no actor could be found for."""
        out = []
        for m in self.mentions:
            if m.kind in ("person", "title") and id(m) in self._cache and self._cache[id(m)] is None:
                out.append(m.span(self.doc).text)
        return out

    def mention_at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def refs_for(self, token: Token, *, expand_conj: bool = True) -> list[Ref]:
        """Actors a noun-phrase head denotes (with its conjuncts)."""
        refs = self._refs_single(token)
        if not refs and token.pos_ in ("NOUN", "PROPN"):
            # "The tribunal's president, Judge X, turned down ...": the apposed name
            for c in token.children:
                if c.dep_ == "appos" and c.i > token.i:
                    refs = [r for r in self._refs_single(c) if r.via != "pronoun"]
                    if refs:
                        break
        if expand_conj:
            # "Brazil's President Lula and Mexican President Claudia Sheinbaum": the
            # parser may hang the second name on the appositive name
            mine = self.mention_at(token)
            apposed = [c for c in token.children if c.dep_ == "appos"
                       and self.mention_at(c) is not None and mine is not None
                       and self.mention_at(c) is mine]
            # "Greece, Panama and South Korea" parsed as Greece (appos Panama (conj Korea))
            listed = [c for c in token.children if c.dep_ == "appos" and mine is not None
                      and mine.kind == "country" and self.mention_at(c) is not None
                      and self.mention_at(c).kind == "country"
                      and any(g.dep_ == "conj" for g in c.children)]
            for conj in [*token.conjuncts, *(c for a in apposed for c in a.conjuncts),
                         *(c for a in listed for c in (a, *a.conjuncts))]:
                if conj.i > token.i:
                    for r in self._refs_single(conj):
                        if r not in refs:
                            refs.append(r)
        return refs

    def _refs_single(self, token: Token) -> list[Ref]:
        m = self.mention_at(token)
        if m is not None and m.kind == "org" and self._is_occasion(m):
            return []  # "the G20 summit" is a setting, not an actor
        if m is not None and m.kind != "adjective":
            ref = self.resolve_mention(m)
            if ref is not None:
                return [ref]
        low = token.lower_
        if m is None:
            ref = self._surname_ref(token)
            if ref is not None:
                return [ref]
        if token.pos_ == "PRON" or low in MALE | FEMALE | PLURAL | FIRST_SINGULAR | FIRST_PLURAL:
            return self._pronoun(token)
        if low in GROUP_NOUNS and self._is_group_phrase(token):
            return self._group_refs(token, countries=low in COUNTRY_GROUP_NOUNS)
        if low in EACH_NOUNS and any(c.dep_ == "det" and c.lower_ == "each"
                                     for c in token.children):
            return self._group_refs(token, countries=True)  # "each side blamed the other"
        if low in QUANTITY_NOUNS:  # "hundreds of protesters"
            for c in token.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            return self.refs_for(g, expand_conj=False)
        if low in ANAPHORIC_GROUPS and any(c.lower_ == "the" for c in token.children):
            armed = any(c.dep_ in ("amod", "compound") and c.lower_ in ARMED_WORDS
                        for c in token.children)  # "the rebel group" is no IGO
            kinds = ("group",) if armed or low in ("militia", "rebels", "militants",
                                                   "insurgents", "movement") else ("group", "igo")
            entry = next((e for e in reversed(list(self.reg.entries.values()))
                          if e.kind in kinds and e.mentions), None)
            if entry is not None:  # "the group" after "the Houthis"
                return [self.reg.ref(entry, token.text, token.idx, token.idx + len(token.text),
                                     via="group")]
        agent = self._agent(token)
        if agent:
            return agent
        return []

    def _branch(self, group_id: str) -> str:
        """The branch of a core organisation for this article (see ``kb.branch_for``)."""
        places = {"country", "adjective", "demonym", "capital"}
        return self.kb.branch_for(group_id, (
            m.key if m.kind in places else self.kb.place(m.key).country
            for m in self.mentions if m.key and (m.kind in places or m.kind == "place")))

    def _group_refs(self, token: Token, *, countries: bool) -> list[Ref]:
        """ "the two leaders" -> the persons acting together last; "both countries" -> theirs."""
        counted = any(c.lower_ in ("two", "both", "three", "four", "five")
                      for c in token.children)
        if not counted and self.state.sentence - self.state.group_sentence > GROUP_REACH:
            return []  # "the leaders" far from any group; "the two leaders" always has one
        group = self.state.group if countries else (self.state.person_group or self.state.group)
        start, end = token.left_edge.idx, token.idx + len(token.text)
        text = self.text[start:end]
        out: list[Ref] = []
        for r in group:
            if countries and r.country and r.actor != r.country:
                entry = self.reg.country(r.country)
                ref = self.reg.ref(entry, text, start, end, via="group", record=False)
            else:
                ref = Ref(r.actor, r.country, r.sector, text, start, end, via="group")
            if all(o.actor != ref.actor for o in out):
                out.append(ref)
        return out

    def _is_occasion(self, m: Mention) -> bool:
        """ "the G20 summit", "a summit of the Weimar Triangle": a setting."""
        after = self.doc[m.end:m.end + 2]
        before = self.doc[max(m.start - 3, 0):m.start]
        # "a meeting of the Security Council" is the Council acting; "a summit of the
        # Weimar Triangle" is a setting
        return any(t.lower_ in OCCASION_WORDS for t in after) or (
            any(t.lower_ in ("summit", "summits", "sidelines", "margins") for t in before)
            and any(t.lower_ == "of" for t in before))

    def _is_group_phrase(self, token: Token) -> bool:
        dets = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet")}
        if not dets & GROUP_DETS:
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return False  # "the leaders of the UK and Canada"
        return True

    def _pronoun(self, token: Token) -> list[Ref]:
        low = token.lower_
        s = token.idx, token.idx + len(token.text)
        if low in FIRST_SINGULAR and self.state.speaker is not None:
            sp = self.state.speaker
            return [Ref(sp.actor, sp.country, sp.sector, token.text, *s, via="pronoun")]
        if low in FIRST_PLURAL and self.state.speaker is not None:
            sp = self.state.speaker
            if sp.country:
                entry = self.reg.country(sp.country, "GOV")
                return [self.reg.ref(entry, token.text, *s, via="pronoun", record=False)]
        if low in PLURAL and self.full_article and token.dep_ == "nsubj":
            bound = self._clause_subject(token)  # "the junta announced that they had ..."
            if bound is not None:
                return [Ref(bound.actor, bound.country, bound.sector, token.text, *s,
                            via="pronoun")]
        if low in PLURAL:
            if self.state.sentence - self.state.group_sentence > PRONOUN_REACH:
                # "The G7 statement said ... They called on China": an organisation of
                # several members that acted in the sentence before
                r = self.state.last_collective
                if r is not None and self.state.sentence - self.state.collective_sentence <= 1 \
                        and token.dep_ == "nsubj" and token.head.dep_ == "ROOT":
                    entry = self.reg.get(r.actor)
                    if entry is not None and entry.kind == "igo":
                        return [Ref(r.actor, r.country, r.sector, token.text, *s, via="pronoun")]
                return []
            return [Ref(r.actor, r.country, r.sector, token.text, *s, via="group")
                    for r in self.state.group]
        if low == "it" and token.dep_ in ("dobj", "pobj") and any(
                t.lower_ in THING_NOUNS for t in self.doc[token.sent.start:token.i]):
            return []  # "participated in the meeting, but criticized it": the meeting
        if low in ("it", "its"):
            bound = self._clause_subject(token)
            if bound is not None:  # "Beijing hinted that it could retaliate"
                return [Ref(bound.actor, bound.country, bound.sector, token.text, *s,
                            via="pronoun")]
        if low in ("it", "its") and self.state.last_collective is not None:
            r = self.state.last_collective  # "Britain ... officials it accused"
            return [Ref(r.actor, r.country, r.sector, token.text, *s, via="pronoun")]
        if low in MALE | FEMALE:
            want = "m" if low in MALE else "f"
            entry = self._parallel_subject(token, want) or self._last_person(want, before=token.i)
            if entry is not None:
                return [self.reg.ref(entry, token.text, *s, via="pronoun")]
        return []

    def _clause_subject(self, token: Token) -> Ref | None:
        """The body or country that is the subject of the clause governing the one "it"
        is the subject (or possessor of the subject) of: "Mexico signalled that it might
        retaliate", "China said its forces would ..."."""
        t = token
        if t.dep_ == "poss" and t.head.dep_ in ("nsubj", "nsubjpass"):
            t = t.head
        if t.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = t.head
        for _ in range(3):
            if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or verb.head is verb:
                return None
            verb = verb.head
            subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj:
                continue
            if subj[0].pos_ == "PRON":
                return None
            m = self.mention_at(subj[0])
            ref = self.resolve_mention(m) if m is not None else None
            if ref is None:
                return None
            entry = self.reg.get(ref.actor)
            return ref if entry is not None and entry.kind != "person" else None
        return None

    def _parallel_subject(self, token: Token, gender: str) -> _Entry | None:
        """The person "he" or "she" continues as subject of a coordinated clause: in "A told
        B that ..., and he asked ...", "he" is A, not B, the person named last."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ != "conj":
            return None
        for c in verb.head.children:
            if c.dep_ == "nsubj" and c.i < token.i and c.pos_ != "PRON":
                m = self.mention_at(c)
                ref = self.resolve_mention(m) if m is not None else None
                entry = self.reg.get(ref.actor) if ref is not None else None
                if entry is not None and entry.kind == "person" and entry.gender in (gender, None):
                    return entry
        return None

    def _last_person(self, gender: str, *, before: int) -> _Entry | None:
        sent_start = self.doc[before].sent.start
        # persons named earlier in this sentence first, then earlier subjects
        for m in reversed([m for m in self.by_sentence.get(sent_start, []) if m.start < before]):
            if m.kind in ("person", "title"):
                ref = self.resolve_mention(m)
                entry = self.reg.get(ref.actor) if ref else None
                if entry is not None and entry.kind == "person" and entry.gender in (gender, None):
                    return entry
                if entry is not None and m.kind == "title" and m.country and \
                        entry.kind == "state" and entry.country == m.country:
                    # "Iran's U.N. ambassador attended, but his mission criticized it":
                    # an unnamed official named earlier in the sentence
                    return entry
        candidates = [self.reg.get(a) for a, _ in self.state.persons]
        subjects = [self.reg.get(a) for a, subj in self.state.persons if subj]
        for pool in (subjects, candidates):
            for entry in reversed(pool):
                if entry is not None and entry.gender in (gender, None):
                    return entry
        return None

    def _agent(self, token: Token) -> list[Ref]:
        """ "the Japanese government", "Russian troops", "the leaders of the UK and Canada"."""
        low = token.lower_
        lemma = token.lemma_.lower()
        sector = self.kb.agents.get(low) or self.kb.agents.get(lemma)
        is_leader = low in LEADER_NOUNS
        if sector is None and not is_leader and lemma != "office":
            return []
        countries: list[tuple[str, Token]] = []
        for child in token.children:
            cm = self.mention_at(child)
            if child.dep_ in ("amod", "compound", "nmod", "poss") and cm is not None \
                    and cm.kind == "group":
                ref = self.resolve_mention(cm)
                if ref is not None:  # "the Houthi leadership" is the group
                    return [ref]
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                # "the Japanese government", "the Trump administration", "Putin's government",
                # "Japanese and Philippine coast guard vessels"
                for m in (child, *child.conjuncts):
                    countries += self._countries_of(m, allow_person=True)
                if child.dep_ == "poss" and child.lower_ in GROUP_NOUNS:
                    # "the two countries' defence ministers"
                    countries += [(r.country, child) for r in self._refs_single(child)
                                  if r.country]
            if child.dep_ == "prep" and child.lower_ == "in" and sector == "GOV":
                # "the Foreign Ministry in Seoul", "officials in charge of trade in the EU,
                # Belgium and Germany"
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    places = [pobj]
                    if pobj.lower_ == "charge":
                        places = [g for p in pobj.children if p.dep_ == "prep"
                                  and p.lower_ == "in" for g in p.children if g.dep_ == "pobj"]
                    for t in places:
                        for c in (t, *(t.conjuncts if self.full_article else ())):
                            countries += self._countries_of(c)
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        for t in [pobj, *pobj.conjuncts]:
                            countries += self._countries_of(t, allow_person=True)
                            if not countries and t is not token:  # "officers of Myanmar's military"
                                countries += [(r.country, t) for r in self._agent(t)
                                              if r.country]
                        if pobj.lower_ in GROUP_NOUNS and self._is_group_phrase(pobj):
                            # "negotiators from the two countries"
                            countries += [(r.country, pobj) for r in self.state.group if r.country]
            if child.dep_ == "poss" and not countries:  # "his office", "her government"
                countries += [(r.country, child) for r in self.refs_for(child, expand_conj=False)
                              if r.country]
        out: list[Ref] = []
        start, end = token.left_edge.idx, token.idx + len(token.text)
        text = self.text[start:end]
        if not countries and sector in LOCAL_SECTORS and self.state.place:
            # "protesters rallied ... in Ankara": people take the country they are in
            countries = [(self.state.place, token)]
        if not countries and sector in ("GOV", "MIL") and not is_leader \
                and any(c.lower_ == "the" for c in token.children):
            # "The Foreign Office also summoned ...", "the junta": the one last named
            last = self.state.last_government if sector == "GOV" else self.state.last_military
            if last:
                countries = [(last, token)]
        for iso3, _tok in countries:
            if is_leader:
                entry = self._leader_of(iso3)
                if entry is not None:
                    out.append(self.reg.ref(entry, text, start, end, via="office", record=False))
                    continue
            entry = self.reg.country(iso3, sector or "GOV")
            out.append(self.reg.ref(entry, text, start, end, via="agent"))
            if (sector or "GOV") == "GOV" and iso3 in self.kb.countries:
                self.state.last_government = iso3
            if sector == "MIL" and iso3 in self.kb.countries:
                self.state.last_military = iso3
        return out

    def _countries_of(self, token: Token, *, allow_person: bool = False) -> list[tuple[str, Token]]:
        m = self.mention_at(token)
        if m is None:
            return []
        if m.kind in ("country", "adjective", "capital", "demonym") and m.key:
            return [(m.key, token)]
        if m.kind == "org" and m.key:
            return [(self.kb.organisations[m.key].code, token)]
        if allow_person and m.kind in ("person", "title"):
            ref = self.resolve_mention(m)
            if ref and ref.country:
                return [(ref.country, token)]
        return []

    def _leader_of(self, iso3: str) -> _Entry | None:
        for office in ("head_of_government", "head_of_state"):
            entry = self.reg.by_office(iso3, office)
            if entry is not None:
                return entry
        for office in ("head_of_government", "head_of_state"):
            holders = self.kb.office_holders(iso3, office, self.reg.date)
            if len(holders) == 1:
                return self.reg.kb_person(holders[0])
        return None

    # ---- discourse updates ---------------------------------------------
    def start_sentence(self, sent: Span) -> None:
        """Resolve every name mention of the sentence (so later pronouns see them)."""
        self.state.sentence += 1
        mentions = self.by_sentence.get(sent.start, [])
        for m in mentions:
            if m.kind in ("person", "title"):
                ref = self.resolve_mention(m)
                if ref is None:
                    continue
                entry = self.reg.get(ref.actor)
                if entry is None or entry.kind != "person":
                    continue
                head = self.doc[m.head] if m.head >= 0 else None
                is_subj = head is not None and head.dep_ in ("nsubj", "nsubjpass")
                self.state.persons.append((ref.actor, is_subj))
            elif m.kind not in ("capital", "place"):  # a place named is not an actor acting
                self.resolve_mention(m)
        refs = [self._cache.get(id(m)) for m in mentions if m.kind not in ("capital", "place")]
        self.state.mentioned.append((self.state.sentence, [r for r in refs if r is not None
                                                           and r.country]))
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for token in sent:
            if token.i not in covered:
                self._surname_ref(token)  # records the mention

    def _surname_ref(self, token: Token) -> Ref | None:
        """A surname of someone named earlier in the article ("Makolo also urged")."""
        if token.pos_ != "PROPN" or not token.is_title:
            return None
        entry = self.reg.by_surname(token.text)
        if entry is None:
            return None
        return self.reg.ref(entry, token.text, token.idx, token.idx + len(token.text),
                            via="surname")

    def set_group(self, refs: list[Ref]) -> None:
        unique: list[Ref] = []
        for r in refs:
            if all(u.actor != r.actor for u in unique):
                unique.append(r)
        if len(unique) >= 2:
            self.state.group = unique
            self.state.group_sentence = self.state.sentence
            if all(self.reg.get(r.actor) is not None and self.reg.get(r.actor).kind == "person"  # type: ignore[union-attr]
                   for r in unique):
                self.state.person_group = unique

    def remember_act(self, code: str, source: Ref) -> None:
        self.state.acts.append((code, source))
        entry = self.reg.get(source.actor)
        if entry is not None and entry.kind != "person" and source.via != "pronoun":
            self.state.last_collective = source
            self.state.collective_sentence = self.state.sentence

    def actor_of_act(self, roots: tuple[str, ...], *, exclude_countries: set[str]) -> Ref | None:
        """Who did the latest reported act with one of these CAMEO roots (another
        country's: one does not condemn one's own launch)."""
        for code, source in reversed(self.state.acts):
            if code.startswith(roots) and source.country not in exclude_countries:
                return source
        return None

    def remember_target(self, code: str, source: Ref, target: Ref) -> None:
        self.state.targeted.append((self.state.sentence, code, source, target))

    def implicit_target(self, exclude_countries: set[str], *, reach: int = 2) -> Ref | None:
        """The party the last sentences were about, when that is unambiguous: the target of
        the acts reported there, or else the one other country they name."""
        here = self.state.sentence
        recent = [t for n, _, s, t in self.state.targeted if here - reach <= n < here
                  and t.country and t.country not in exclude_countries]
        if recent:
            return recent[-1] if len({t.country for t in recent}) == 1 else None
        named = [r for n, refs in self.state.mentioned if here - reach <= n < here
                 for r in refs if r.country and r.country not in exclude_countries]
        if named and len({r.country for r in named}) == 1:
            return named[-1]
        return None

    def set_place(self, country: str | None) -> None:
        self.state.place = country

    def set_speaker(self, ref: Ref | None) -> None:
        self.state.speaker = ref
        if ref is not None:
            self.state.last_speaker = ref
            self.state.last_speaker_sentence = self.state.sentence


# Modifiers that make "the group" an armed group, not an intergovernmental body.
ARMED_WORDS = frozenset({"rebel", "armed", "militant", "terrorist", "insurgent", "jihadist",
                         "separatist", "extremist", "paramilitary", "militia", "guerrilla"})

# Things an object "it" refers to rather than a country, when named earlier in the sentence.
THING_NOUNS = frozenset({"meeting", "session", "talks", "decision", "move", "resolution",
                         "vote", "plan", "deal", "agreement", "proposal", "report", "law",
                         "bill", "measure", "measures", "statement", "call", "request"})

# Titles that name the same job ("the spokesman" after "a State Department spokeswoman").
TITLE_SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson",
                  "ambassador": "envoy", "representative": "envoy"}


def _title_head(m: Mention) -> str | None:
    """The head word of a mention's title ("spokesperson" of "State Department
    spokesperson"), for later bare references ("the spokesperson said")."""
    if m.title is None or not m.title.phrase:
        return None
    word = m.title.phrase.split()[-1].lower()
    return TITLE_SYNONYMS.get(word, word)
