"""Sentence-level coding (scope "all") by news domain: breadth and precision.

News sentences written for these tests, grouped by domain: domestic politics, justice,
labour and protest, humanitarian acts, diplomacy beyond meetings, and security at home.
Active and passive, noun triggers, headlines, reported speech; states, officials by title,
bodies and actors known only by their words. Then uses of the same words that are no
political act (a strike in bowling, a trial of a drug, a march as a month)."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded_codes

DATE = "2024-03-12"


def roots(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE, digits=2)


def codes(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE)


# Domestic politics: votes, laws, resignations, coups, emergencies, curfews, pardons, bans.
POLITICS = [
    ("The senate rejected the president's nominee for the supreme court.", "12"),
    ("The government declared a state of emergency in three provinces.", "17"),
    ("Authorities lifted the curfew in the northern city.", "08"),
    ("The army imposed a dusk-to-dawn curfew on the port town.", "17"),
    ("The president pardoned forty political prisoners.", "05"),
    ("The junta freed the detained opposition leader.", "08"),
    ("The government lifted the ban on the main opposition party.", "08"),
    ("The interior ministry banned the opposition party.", "17"),
    ("The government granted amnesty to hundreds of rebel fighters.", "05"),
    ("The election commission disqualified two opposition candidates.", "17"),
    ("The army lifted martial law in the southern region.", "08"),
    ("Curfew lifted in capital after week of unrest", "08"),
    ("State of emergency declared after deadly riots", "17"),
    ("Opposition leader released from prison after three years", "08"),
    ("The ruling party blocked a bill to limit presidential terms.", "12"),
    ("The generals handed power back to a civilian government.", "08"),
    ("The government unbanned the opposition party.", "08"),
    ("Authorities relaxed the curfew in the capital.", "08"),
    ("Authorities extended the curfew for another week.", "17"),
    ("The president vetoed a bill passed by parliament.", "12"),
    ("Voters rejected the new constitution in a referendum.", "12"),
    ("The prime minister quit amid protests over fuel prices.", "08"),
    ("The health minister resigned under pressure from protesters.", "08"),
]

# Justice: charges, trials, verdicts, sentences, acquittals, extraditions, inquiries.
JUSTICE = [
    ("Prosecutors charged the former minister with corruption.", "17"),
    ("The former governor was indicted on fraud charges.", "17"),
    ("A court sentenced the opposition leader to seven years in prison.", "17"),
    ("The journalist was sentenced to two years in jail for defamation.", "17"),
    ("Spain extradited the suspect to Argentina.", "06"),
    ("The government ordered an inquiry into the shooting of protesters.", "09"),
    ("The supreme court ordered the release of the jailed activists.", "08"),
    ("The court convicted three police officers of torture.", "11"),
    ("Prosecutors accused the mayor of taking bribes.", "11"),
    ("A judge ordered the arrest of the former army chief.", "17"),
    ("The court sentenced two rebels to death.", "11"),
    ("Former president charged with treason", "17"),
    ("The attorney general filed charges against the police chief.", "17"),
    ("Ecuador refused to extradite the banker to the United States.", "12"),
    ("The former minister was jailed for ten years for embezzlement.", "17"),
    ("Interpol issued an arrest warrant for the former minister.", "17"),
    ("Prosecutors indicted the former president.", "17"),
    ("The police opened an investigation into the killing.", "09"),
    ("The judge jailed the protest leader for six months.", "17"),
    ("The court banned the newspaper.", "17"),
]

# Labour and protest: strikes, sit-ins, hunger strikes, marches, petitions, boycotts.
PROTEST = [
    ("Dock workers went on strike on Monday.", "14"),
    ("Unions called a general strike against the pension reform.", "14"),
    ("A strike by bus drivers paralysed the capital.", "14"),
    ("Teachers staged a sit-in outside the education ministry.", "14"),
    ("Detained activists began a hunger strike.", "14"),
    ("Thousands joined a march against corruption in the capital.", "14"),
    ("Students boycotted classes to protest the arrest of their leader.", "14"),
    ("Nurses walked out over unpaid wages.", "14"),
    ("Protesters occupied the main square for a third day.", "14"),
    ("Farmers blocked roads with tractors to protest new taxes.", "14"),
    ("Residents protested against the new dam.", "14"),
    ("Truckers launched a nationwide strike over fuel prices.", "14"),
    ("Rail workers strike for a second day", "14"),
    ("The opposition staged a walkout from parliament.", "14"),
    ("Protesters burned tyres and blocked the highway.", "14"),
    ("Hundreds of lawyers marched to the supreme court.", "14"),
    ("The strike by garbage collectors entered its second week.", "14"),
    ("The teachers' strike closed schools across the country.", "14"),
    ("Doctors staged a strike to demand better pay.", "14"),
    ("Thousands signed a petition against the new dam.", "14"),
    ("Students marched on the parliament.", "14"),
]

# Humanitarian: refugees, evacuations, rescue, aid convoys, access.
HUMANITARIAN = [
    ("Greece turned back a boat carrying migrants.", "17"),
    ("The government denied aid agencies access to the region.", "12"),
    ("The army allowed aid trucks into the besieged town.", "08"),
    ("The Red Cross delivered food to the displaced families.", "07"),
    ("The government expelled foreign aid workers from the country.", "16"),
    ("The navy rescued dozens of migrants off the coast.", "07"),
    ("Japan sent emergency aid to the flood victims.", "07"),
    ("Lebanon deported dozens of Syrian refugees.", "17"),
    ("Kenya agreed to host more refugees from Somalia.", "07"),
    ("Kidnappers freed the aid worker after a ransom was paid.", "08"),
    ("The two sides exchanged prisoners on the border.", "08"),
    ("The militia looted a warehouse of food aid.", "17"),
]

# Diplomacy beyond meetings: recognition, ties, envoys, asylum, visa bans.
DIPLOMACY = [
    ("Sweden recognised Palestine as a state.", "05"),
    ("Oman established diplomatic relations with Bhutan.", "05"),
    ("Bolivia cut diplomatic ties with Israel.", "16"),
    ("Canada expelled two Russian diplomats.", "16"),
    ("Peru recalled its ambassador from Mexico.", "16"),
    ("Ecuador granted asylum to the fugitive journalist.", "07"),
    ("The United States imposed visa bans on Nigerian officials.", "16"),
    ("Kenya restored diplomatic relations with Somalia.", "05"),
    ("Australia closed its embassy in Kabul.", "16"),
    ("Mexico summoned the Spanish ambassador over the remarks.", "11"),
    ("Poland expelled a Belarusian diplomat for spying.", "16"),
    ("Argentina withdrew its ambassador from Caracas.", "16"),
    ("Brazil gave political asylum to the Bolivian senator.", "07"),
    ("Chile recognised the new government of Bolivia.", "05"),
    ("Venezuela expelled the German ambassador.", "16"),
    ("Britain granted asylum to the defector.", "07"),
    ("Washington revoked the visas of several officials.", "16"),
    ("Russia closed the US consulate in Yekaterinburg.", "16"),
    ("Beijing downgraded diplomatic relations with Lithuania.", "16"),
    ("Iran recalled its ambassador to Azerbaijan for consultations.", "16"),
]

# Security at home: deployments, checkpoints, sieges, raids, seizures, hostages, swaps.
SECURITY = [
    ("The government deployed troops to the restive province.", "15"),
    ("Troops besieged the rebel town for a month.", "19"),
    ("Police raided a mosque in the capital.", "17"),
    ("The navy seized an Iranian ship carrying weapons.", "17"),
    ("Customs officers seized a cache of weapons at the port.", "17"),
    ("Iran arrested two British nationals on spying charges.", "17"),
    ("The militants released the kidnapped engineers.", "08"),
    ("Israel and Hamas swapped prisoners.", "08"),
    ("Rebels freed twenty hostages after talks.", "08"),
    ("Police seized the passports of the opposition leaders.", "17"),
    ("Russia detained a US citizen on espionage charges.", "17"),
    ("The coast guard seized a Chinese fishing boat.", "17"),
    ("The government sent soldiers to guard polling stations.", "15"),
    ("The army encircled the rebel-held town.", "19"),
    ("Rebels seized a cargo ship off the coast.", "17"),
    ("The army deployed tanks in the capital.", "15"),
    ("Police arrested a French journalist in the capital.", "17"),
    ("Gunmen seized control of the police station.", "19"),
]

ROOT_CASES = POLITICS + JUSTICE + PROTEST + HUMANITARIAN + DIPLOMACY + SECURITY


@pytest.mark.parametrize("text,root", ROOT_CASES)
def test_root_is_coded(pipeline_all: Pipeline, text: str, root: str) -> None:
    assert root in roots(pipeline_all, text)


# (sentence, the code a word decides)
CODE_CASES = [
    ("The prime minister quit amid protests over fuel prices.", "0831"),
    ("The government unbanned the opposition party.", "0812"),
    ("Authorities relaxed the curfew in the capital.", "0813"),
    ("Interpol issued an arrest warrant for the former minister.", "173"),
    ("The strike by garbage collectors entered its second week.", "143"),
    ("The teachers' strike closed schools across the country.", "143"),
    ("Doctors staged a strike to demand better pay.", "143"),
    ("Thousands signed a petition against the new dam.", "140"),
    ("Kenya agreed to host more refugees from Somalia.", "075"),
    ("Chile recognised the new government of Bolivia.", "054"),
    ("Venezuela expelled the German ambassador.", "161"),
    ("Authorities lifted the curfew in the northern city.", "0813"),
    ("The army imposed a dusk-to-dawn curfew on the port town.", "1723"),
    ("The government declared a state of emergency in three provinces.", "1724"),
    ("The army lifted martial law in the southern region.", "0814"),
    ("The government lifted the ban on the main opposition party.", "0812"),
    ("The interior ministry banned the opposition party.", "1722"),
    ("The president pardoned forty political prisoners.", "056"),
    ("Dock workers went on strike on Monday.", "143"),
    ("Unions called a general strike against the pension reform.", "143"),
    ("A strike by bus drivers paralysed the capital.", "143"),
    ("Detained activists began a hunger strike.", "142"),
    ("Rail workers strike for a second day", "143"),
    ("Thousands joined a march against corruption in the capital.", "141"),
    ("Canada expelled two Russian diplomats.", "161"),
    ("Ecuador granted asylum to the fugitive journalist.", "075"),
    ("Sweden recognised Palestine as a state.", "054"),
    ("The United States imposed visa bans on Nigerian officials.", "163"),
    ("Iran arrested two British nationals on spying charges.", "173"),
    ("The court convicted three police officers of torture.", "116"),
    ("Prosecutors charged the former minister with corruption.", "173"),
    ("Spain extradited the suspect to Argentina.", "063"),
    ("Mexico summoned the Spanish ambassador over the remarks.", "114"),
    ("The government expelled foreign aid workers from the country.", "1663"),
]


@pytest.mark.parametrize("text,code", CODE_CASES)
def test_code_is_coded(pipeline_all: Pipeline, text: str, code: str) -> None:
    assert code in codes(pipeline_all, text)


# The same words with no political act in them.
NOT_CODED = [
    "The coach resigned after the defeat.",
    "The chairman resigned amid a row over bonuses.",
    "The bowler needed a strike in the final frame.",
    "The pitcher threw a strike on the first pitch.",
    "The lightning strike set a barn on fire.",
    "The museum will host an exhibition of refugee art.",
    "The charity recognised its longest-serving volunteers.",
    "The coach called a timeout with two minutes left.",
    "The phone was charged overnight.",
    "The festival will be held in March.",
    "The band marched onto the stage to loud applause.",
    "The hotel hosted hundreds of guests over the holiday.",
    "She rolled a strike in the last frame of the bowling match.",
    "The striker hit the post twice in the first half.",
    "The drug performed well in a clinical trial.",
    "Sales rose sharply in March.",
    "The band will march in the holiday parade.",
    "The bank recalled thousands of faulty credit cards.",
    "The carmaker recalled half a million vehicles.",
    "The company released its quarterly earnings on Tuesday.",
    "The studio released a new film about the war.",
    "The singer was charged with energy after the show.",
    "Phones are charged in about an hour.",
    "The boat carried tourists around the bay.",
    "The court was packed with fans for the tennis final.",
    "The airline cut ties with its catering supplier.",
    "The team recognised the volunteers at a dinner.",
    "The museum seized the chance to buy the painting.",
    "The hikers were rescued from the mountain by a helicopter.",
    "The zoo released two eagles into the wild.",
    "Lightning struck twice in the same field.",
    "The fans boycotted the club's merchandise after the transfer.",
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_not_coded(pipeline_all: Pipeline, text: str) -> None:
    assert roots(pipeline_all, text) == set()


def test_a_labour_strike_is_no_air_strike(pipeline_all: Pipeline) -> None:
    found = codes(pipeline_all, "A strike by port workers halted exports for a week.")
    assert "143" in found and "195" not in found


def test_an_air_strike_stays_an_air_strike(pipeline_all: Pipeline) -> None:
    found = codes(pipeline_all, "Coalition jets carried out a strike on a rebel depot.")
    assert "143" not in found


def test_lifting_a_measure_is_not_imposing_it(pipeline_all: Pipeline) -> None:
    found = codes(pipeline_all, "The junta lifted martial law in the eastern provinces.")
    assert "0814" in found and "1724" not in found


def test_calling_off_a_strike_eases_dissent(pipeline_all: Pipeline) -> None:
    found = codes(pipeline_all, "Bakery workers called off their strike after the pay offer.")
    assert "082" in found and "143" not in found


def test_a_hunger_strike_is_no_labour_strike(pipeline_all: Pipeline) -> None:
    found = codes(pipeline_all, "Jailed activists staged a hunger strike over visiting rights.")
    assert "142" in found and "143" not in found


def test_freeing_hostages_is_no_hostage_taking(pipeline_all: Pipeline) -> None:
    found = roots(pipeline_all, "Insurgents released nine hostages on the highway.")
    assert "08" in found and "18" not in found


def test_protests_in_the_background_are_not_the_subject_s(pipeline_all: Pipeline) -> None:
    found = roots(pipeline_all, "The governor stepped down amid weeks of demonstrations.")
    assert "14" not in found
