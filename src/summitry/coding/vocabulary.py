"""Closed word lists the coder's logic relies on (kept apart from the logic).

Open vocabularies (trigger words and their codes) are data, in
``summitry/data/patterns``; these lists are grammatical, not lexical choices.
"""

from __future__ import annotations

# Verbs that carry a nominal trigger without adding meaning of their own:
# "held talks", "imposed sanctions", "paid a visit", "launched strikes".
LIGHT_VERBS = frozenset({
    "hold", "have", "conduct", "attend", "host", "make", "pay", "give", "provide", "deliver",
    "send", "impose", "launch", "carry", "stage", "announce", "express", "voice", "issue", "sign",
    "reach", "begin", "start", "resume", "continue", "open", "join", "take", "sit", "lead",
    "offer", "extend", "level", "lodge", "file", "seal", "conclude", "strike", "wrap", "kick",
    "mount", "step", "order", "approve", "adopt", "enter", "agree", "finalize", "finalise",
    "pledge", "promise", "plan", "schedule", "convene", "organize", "organise", "unveil",
    "renew", "restore", "raise", "deepen", "strengthen", "expand", "enhance", "boost", "bolster",
    "promote", "develop", "build", "improve", "upgrade", "advance", "broaden", "intensify",
    "tighten", "lift", "ease", "slap", "introduce", "expel", "recall", "close", "cut", "sever",
    "retaliate", "respond", "hit", "ramp",
})

# Participles that direct an act at a party: "drills aimed at Taiwan", "drills encircling
# Taiwan", "legislation targeting Turkey" (the `aimed` and `targeting` target slots).
DIRECTING_VERBS = frozenset({"aim", "target", "encircle", "surround", "direct", "simulate"})

# Nouns of quantity whose "of" phrase names what is measured: "duties on $5 billion worth
# of Brazilian coffee" (the exports' owner is the target).
QUANTITY_NOUNS = frozenset({
    "worth", "value", "billion", "million", "trillion", "percent", "share", "portion", "range",
    "all", "most", "some", "much", "part", "bulk", "half", "majority",
})

# Nouns of a standing relationship or attitude ("cooperation", "partnership", "support"):
# an act only when a verb does something with them ("resume cooperation", "pledged
# cooperation", "expressed support"); as a subject or a modifier they describe a state of
# affairs ("Japan's security cooperation with India will develop slowly", "concerns about
# China's support for Russia").
STATE_NOUNS = frozenset({
    "cooperation", "coordination", "collaboration", "partnership", "relationship",
    "relations", "ties", "friendship", "alliance", "support", "backing", "solidarity",
    "commitment", "endorsement",
})

# Auxiliaries and adverbs that mark future or hypothetical acts.
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "would"})
HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "should", "can"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "seldom", "rarely", "hardly", "barely"})

# Quote introducers that mark a phrase as a name, not as speech ("so-called").
NAMING_WORDS = frozenset({"so-called", "called", "dubbed", "named", "termed", "known",
                          "nicknamed", "labelled", "labeled", "titled", "entitled"})

# Words that mark a meeting as a first one.
FIRST_WORDS = frozenset({"first", "first-ever", "inaugural", "maiden"})

# Words for the margins of a summit.
SIDELINES_WORDS = frozenset({"sidelines", "sideline", "margins", "margin"})

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
    "ninety": 90, "half": 0.5,
}

# Dependency labels through which a clause inherits its subject.
INHERIT_SUBJECT = frozenset({"xcomp", "advcl", "conj", "pcomp"})

# Nouns that refer back to an act reported earlier ("condemned the launch", "rejected the
# demand"): the act's CAMEO roots. The actor who did that act is the target.
ACT_NOUNS = {
    "launch": ("15", "19"), "launches": ("15", "19"), "test": ("15",), "tests": ("15",),
    "demand": ("10",), "demands": ("10",), "ultimatum": ("10", "13"),
    "accusation": ("11",), "accusations": ("11",), "allegation": ("11",),
    "allegations": ("11",), "charges": ("11",), "criticism": ("11",),
    "strike": ("19", "18"), "strikes": ("19", "18"), "airstrike": ("19",),
    "airstrikes": ("19",), "attack": ("19", "18"), "attacks": ("19", "18"),
    "bombing": ("18", "19"), "shelling": ("19",), "incursion": ("19",),
    "proposal": ("03", "02"), "offer": ("03",), "request": ("02",), "appeal": ("02",),
    "sanctions": ("16",), "expulsion": ("16",), "expulsions": ("16",), "threat": ("13",),
    "threats": ("13",), "warning": ("13",), "remarks": ("01", "11"), "comments": ("01", "11"),
    "exercises": ("15",), "drills": ("15",), "maneuvers": ("15",), "listings": ("16",),
    "designations": ("16",), "decision": ("0", "1"), "move": ("0", "1"), "step": ("0", "1"),
    "measures": ("1",), "statement": ("01", "11", "13"), "call": ("02",), "calls": ("02",),
    "appeals": ("02",), "plea": ("02",),
}

# Act nouns whose actor is the party the last sentences were about when no act of theirs was
# coded ("denounced the delay", "welcomed the approval"); full-article coding only.
IMPLICIT_ACT_NOUNS = frozenset({"delay", "approval", "extension", "postponement", "ruling",
                                "announcement", "withdrawal", "refusal", "suspension"})

# What a threat of sanctions names: "threatened sanctions", "is considering sanctions".
SANCTION_WORDS = frozenset({"sanction", "sanctions", "tariff", "tariffs", "embargo",
                            "penalty", "penalties"})

# People named by what they are, who can act in a sentence-level coding (scope "all")
# though they belong to no known country or sector: "a suicide bomber killed five".
ACTOR_NOUNS = frozenset({
    "bomber", "bombers", "gunman", "gunmen", "attacker", "attackers", "assailant",
    "assailants", "kidnapper", "kidnappers", "hijacker", "hijackers", "terrorist",
    "terrorists", "extremist", "extremists", "man", "men", "woman", "women", "suspect",
    "suspects", "youth", "youths", "mob", "leader", "leaders", "president", "minister",
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "commander",
    "chief", "judge", "court", "prosecutor", "prosecutors", "lawmaker", "lawmakers",
    "senator", "mayor", "governor", "party", "parties", "union", "unions", "group",
    "groups", "committee", "council", "commission", "agency", "board", "administration",
    "department", "ministry", "company", "bank", "activists", "residents", "villagers",
    "member", "members", "crew", "crews", "team", "teams", "volunteers", "justice",
    "magistrate", "senators", "councillor", "councillors", "councilman", "councilwoman",
    "doctors", "nurses", "teachers", "drivers", "miners", "employees", "staff",
    "executive", "executives", "director", "chairman", "chairwoman", "ceo", "founder",
    "envoy", "envoys", "ambassador", "ambassadors", "mediator", "mediators", "negotiator",
    "negotiators", "pope", "cleric", "clerics", "bishop", "bishops", "king", "queen", "prince",
    "monarch", "premier", "chancellor", "countries", "nations", "faction", "factions",
    "families", "victims", "elders",
    # crowds, armed men and investigators named only by their role
    "supporters", "followers", "rioters", "looters", "protester", "demonstrator",
    "militant", "insurgent", "hackers", "pirates", "policeman", "policemen", "guards",
    "investigators", "inspectors", "ombudsman", "regulator", "regulators", "tribunal",
    "prisoners", "inmates", "lawyers", "lawyer", "militiamen", "militiaman", "relatives",
    "donors", "captors", "abductors", "agents", "officers",
    # guards, generals and law officers named by their office
    "guard", "coastguard", "general", "generals", "attorney", "attorneys", "sheriff",
})

# People an act can be done to, named only by what they are (scope "all"): the target of
# an act that needs one ("gunmen released two priests").
PERSON_NOUNS = frozenset({
    "person", "persons", "people", "priest", "priests", "hostage", "hostages", "prisoner",
    "prisoners", "detainee", "detainees", "captive", "captives", "activist", "activists",
    "journalist", "journalists", "civilian", "civilians", "worker", "workers", "student",
    "students", "child", "children", "refugee", "refugees", "migrant", "migrants",
    "soldier", "soldiers", "sailor", "sailors", "fisherman", "fishermen", "citizen",
    "citizens", "national", "nationals", "victim", "victims",
    "missionary", "missionaries", "crew", "dissident", "dissidents", "opponent", "opponents",
    "blogger", "bloggers", "lawyer", "lawyers", "reporter", "reporters", "photographer",
    "engineer", "engineers", "tourist", "tourists", "passenger", "passengers", "pilgrim",
    "pilgrims", "seafarer", "seafarers",
})

# People who comment on events without being party to them: what they say or expect is
# analysis, not a report of acts ("Experts think Cairo could also be cautious ...").
COMMENTATORS = frozenset({
    "analyst", "analysts", "expert", "experts", "observer", "observers", "researcher",
    "researchers", "scholar", "scholars", "commentator", "commentators", "critic",
    "critics", "academic", "academics", "pundit", "pundits", "economist", "economists",
})

# What a reported statement says about another party (CAMEO 01, 02, 11): cue words read
# in the reported clause of a speech verb that has no coded act inside ("Canada said
# Venezuela is openly defying the OAS" -> 112). Lemmas or lower-case forms.
# Accusations of wrongdoing (CAMEO 112 Accuse).
ACCUSE_CUES = frozenset({
    "violate", "violation", "violations", "aggressor", "orchestrate", "sponsor", "harbor",
    "harbour", "defy", "weaponize", "weaponise", "coerce", "coercion", "persecute",
    "persecution", "interfere", "interference", "meddle", "meddling", "suppress", "repress",
    "repression", "genocide", "atrocity", "atrocities", "crime", "crimes", "invade", "invasion",
    "occupation", "lie", "lies", "steal", "cheat", "exploit", "blame", "culprit", "provocation",
    "provocations", "provoke", "destabilize", "destabilise", "corrupt", "corruption",
    "misappropriation", "rip", "abuse", "abuses", "responsible", "mastermind", "masterminds",
    "terrorist", "terrorists", "espionage", "spy", "smuggle", "bully", "plunder", "loot",
    "arm", "fuel", "incite", "violence", "sabotage", "mislead", "misrepresent", "deceive",
    "terrorism", "piracy", "theft", "extortion", "massacre", "cleansing", "apartheid",
    "bribery", "fraud", "smuggling", "trafficking",
})
# Disapproval and criticism (CAMEO 111 Criticize or denounce).
DISAPPROVE_CUES = frozenset({
    "concern", "concerns", "concerned", "concerning", "worry", "worried", "alarm", "alarming",
    "alarmed", "dangerous", "illegal", "illegitimate", "unlawful", "unacceptable", "hostile",
    "abusive", "egregious", "insulting", "threat", "threats", "disappointing", "disappointed",
    "regret", "regrets", "regrettable", "brazen", "irresponsible", "reckless", "unjust",
    "unfair", "deplorable", "reprehensible", "outrageous", "baseless", "propaganda",
    "prejudice", "prejudices", "backwards", "backward", "unbearable", "harmful", "flagrant",
    "flagrantly", "unprovoked", "aggressive", "aggression", "blackmail", "intimidation",
    "hypocrisy", "shameful", "disgrace", "disgraceful", "condemn", "wrong", "failed", "fail",
    "failing", "failure",
    "unwarranted", "unjustified", "absurd", "nonsense", "ridiculous", "destructive",
    "worst", "terrible", "horrible", "disaster", "disastrous", "shocking", "appalling",
    "hostility", "enemy", "enemies", "adversary", "tyrant", "dictator", "thug",
    "rogue", "pariah", "shame", "troubling", "unhelpful", "unfriendly", "arrogance",
    "heinous", "cruel", "savage", "brutal", "barbaric", "inhumane",
    "arrogant", "provocative", "russophobic", "hegemony", "hegemonic", "imperialism",
    "imperialist", "bullying",
    # misconduct told by its effect on others ("cheap imports are harming our industry")
    # (verb forms only: "a war would do more harm than good" criticises nobody)
    "harming", "harmed", "harms", "hurting", "damaging", "undermine", "undermining",
    "undermined", "undermines",
})
# Praise (CAMEO 051) in what a party is called or described as: "described the donation
# as a gesture of friendship", "called him a great friend".
PRAISE_CUES = frozenset({
    "friend", "friends", "friendship", "ally", "partner", "great", "excellent", "wonderful",
    "fantastic", "outstanding", "brilliant", "historic", "exemplary", "admirable", "generous",
    "solidarity", "model", "reliable", "trustworthy", "brave", "courageous", "hallmark",
})
# What a party said or proposed: calling it "baseless" or "false" rejects it (CAMEO 12).
CLAIM_NOUNS = frozenset({
    "claim", "claims", "assertion", "assertions", "allegation", "allegations", "accusation",
    "accusations", "charge", "charges", "report", "reports", "finding", "findings",
    "proposal", "proposals", "demand", "demands", "statement", "statements", "remarks",
    "comments", "suggestion", "suggestions", "plan", "offer", "request",
})
# Words that reject what a party said as untrue: "called the claims baseless".
REJECT_CUES = frozenset({"baseless", "false", "unfounded", "groundless", "untrue", "lie", "lies",
                         "fabrication", "fabricated", "nonsense", "absurd", "ridiculous",
                         "propaganda", "fiction", "fake", "misleading"})
# Verbs that characterise a party with a complement: "called Canada one of the worst",
# "described the vote as interference", "branded them terrorists". Coded only with the
# complement, by what it says (the cue lists above); the plain verbs are not statements.
CHARACTERIZE_VERBS = frozenset({
    "call", "describe", "brand", "label", "term", "dub", "characterize", "characterise",
    "portray", "depict", "paint", "decry", "denounce", "condemn", "criticize", "criticise",
    "slam", "blast", "deride", "dismiss",
})
# Pessimistic forecasts (CAMEO 012) and optimistic comments (CAMEO 013).
PESSIMISM_CUES = frozenset({
    "worse", "worsen", "deteriorate", "deteriorating", "impossible", "unlikely", "bleak",
    "grim", "collapse", "spiral", "fear", "fears", "unfortunately", "doubt", "doubts",
})
OPTIMISM_CUES = frozenset({
    "optimistic", "optimism", "hopeful", "positive", "progress", "progressing", "promising",
    "constructive", "breakthrough", "confident", "encouraging",
})
# Modal verbs that make a reported clause an appeal to its subject (CAMEO 020): "said
# Russia must accept it", "said both sides need to do difficult things".
OBLIGATION_AUX = frozenset({"must", "should", "ought"})
OBLIGATION_VERBS = frozenset({"need", "have"})
# Patterns of stance adjectives ("is concerned about", "is optimistic about") whose holder is
# the subject of their copular clause and whose target is what the stance is about, and the
# prepositions that introduce it ("disappointed by the approval", "concerned over X").
STANCE_PATTERNS = frozenset({"statement.concern", "statement.optimistic"})
STANCE_PREPS = frozenset({"about", "over", "at", "on", "with", "by", "regarding", "for"})
# Verbs that keep a party from saying something ("refrained from commenting", "avoided
# commenting"): the statement was not made.
WITHHOLD_VERBS = frozenset({"refrain", "abstain", "avoid", "decline", "refuse"})
# What a party puts forward that another can reject ("rejected the resolution", "dismissed
# the findings"): the author is remembered where the article first names it with one.
CLAIM_AUTHOR_NOUNS = frozenset({
    "claim", "allegation", "accusation", "charge", "report", "finding", "proposal",
    "demand", "statement", "remark", "comment", "suggestion", "plan", "offer", "request",
    "resolution", "assertion", "ultimatum", "criticism",
})
# Verbs of putting something forward: "X proposed ..., but Y refused" rejects X's proposal.
PROPOSE_VERBS = frozenset({"propose", "offer", "suggest", "demand", "ask", "request",
                           "insist", "seek"})


# Nouns that report an act; a that-clause after them says whose act it is.
CONTENT_NOUNS = frozenset({"announcement", "news", "decision", "report", "reports", "claim",
                           "claims", "statement", "move", "declaration", "confirmation"})


# Documents through which a body acts: "The statement accused Washington ...".
ISSUED_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration",
                          "resolution", "letter"})


# Notices a body issues that may carry an appeal or demand ("issued warnings demanding").
NOTICE_NOUNS = frozenset({"warning", "warnings", "appeal", "appeals", "message", "notice",
                          "ultimatum"})
SERIES_NOUNS = frozenset({"series", "string", "number", "flurry", "barrage"})
ISSUE_VERBS = frozenset({"issue", "release", "publish", "send", "deliver"})
