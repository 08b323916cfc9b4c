"""Sentence-level coding (scope "all") of CAMEO roots 09-20: breadth and precision.

Everyday news sentences written for these tests: active and passive, noun triggers,
headlines without articles, reported speech; states, leaders, bodies and actors known only
by their words (police, rebels, protesters, gunmen). Then sentences whose words of force are
no political act (sport, illness, disasters, business, dismissals)."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded_codes

DATE = "2024-03-12"


def roots(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE, digits=2)


def codes(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE)


# (sentence, a root that must be coded)
ROOT_CASES = [
    ("Prosecutors opened an investigation into the mayor's finances on Tuesday.", "09"),
    ("The anti-graft agency is investigating the transport minister over bribes.", "09"),
    ("A UN panel launched an inquiry into abuses by security forces in the north.", "09"),
    ("The army is investigating an airstrike that hit a wedding party.", "09"),
    ("War crimes investigators began examining mass graves near the river.", "09"),
    ("The customs office was investigated by the ombudsman last month.", "09"),
    ("Protesters demanded the resignation of the interior minister.", "10"),
    ("The union demanded higher wages for hospital staff.", "10"),
    ("Rebels demanded the release of their jailed commander.", "10"),
    ("The opposition demanded that the election be held on schedule.", "10"),
    ("France demanded an explanation from Iran over the detention of its citizens.", "10"),
    ("Striking miners are demanding better safety rules.", "10"),
    ("The foreign ministry condemned the shelling of the refugee camp.", "11"),
    ("Rights groups criticized police for using excessive force against students.", "11"),
    ("The opposition accused the government of rigging the election.", "11"),
    ("Police blamed the rebels for the bombing of the market.", "11"),
    ("Germany lodged a formal complaint with Russia over the hacking of its parliament.", "11"),
    ("A court convicted the former governor of embezzlement.", "11"),
    ("Activists denounced the new media law as an attack on free speech.", "11"),
    ("The senator was sharply criticized by teachers' unions.", "11"),
    ("Residents blamed local officials for the delayed relief effort.", "11"),
    ("The government rejected the rebels' demands for autonomy.", "12"),
    ("The junta refused to hand over power to a civilian government.", "12"),
    ("Israel rejected calls for a ceasefire.", "12"),
    ("The opposition rejected the peace plan proposed by the president.", "12"),
    ("Russia vetoed the draft resolution at the Security Council.", "12"),
    ("The ruling party ruled out talks with the opposition.", "12"),
    ("The president turned down an offer of mediation from the African Union.", "12"),
    ("The rebels threatened to attack the capital.", "13"),
    ("Militants threatened to kill the hostages unless a ransom is paid.", "13"),
    ("The union threatened a nationwide strike over pension cuts.", "13"),
    ("Washington threatened Beijing with new sanctions.", "13"),
    ("The president warned protesters that troops would be used to restore order.", "13"),
    ("The government gave the rebels an ultimatum to lay down their arms.", "13"),
    ("North Korea threatened to strike American bases.", "13"),
    ("Thousands of protesters marched through the capital against the new tax.", "14"),
    ("Students staged a protest outside the parliament.", "14"),
    ("Opposition supporters rallied in the main square on Saturday.", "14"),
    ("Farmers blocked highways in protest against falling prices.", "14"),
    ("Prisoners went on a hunger strike to protest their conditions.", "14"),
    ("Rioters torched cars and looted shops after the verdict.", "14"),
    ("Dock workers went on strike over unpaid wages.", "14"),
    ("Demonstrators clashed with police in the city centre.", "14"),
    ("Hundreds of women demonstrated against the ban on abortion.", "14"),
    ("The army put its troops on high alert along the border.", "15"),
    ("China held military drills near Taiwan on Monday.", "15"),
    ("Russia massed tanks near the Ukrainian border.", "15"),
    ("Morocco severed diplomatic ties with Iran.", "16"),
    ("The United States cut military aid to Egypt.", "16"),
    ("The European Union imposed sanctions on Belarus.", "16"),
    ("Mali expelled the French ambassador.", "16"),
    ("Washington suspended aid to the military government.", "16"),
    ("Police arrested dozens of protesters in the capital.", "17"),
    ("Security forces detained three opposition leaders overnight.", "17"),
    ("An opposition lawmaker was arrested by police at his home.", "17"),
    ("The arrest of the journalist sparked outrage.", "17"),
    ("Authorities imposed a curfew in the city after the riots.", "17"),
    ("Police fired tear gas to disperse the crowd.", "17"),
    ("The government deported hundreds of migrants to Mali.", "17"),
    ("Soldiers seized the state broadcaster.", "17"),
    ("The military junta banned all political parties.", "17"),
    ("Police raided the offices of an opposition newspaper.", "17"),
    ("Security forces cracked down on protesters.", "17"),
    ("Riot police used water cannon on demonstrators.", "17"),
    ("The authorities confiscated the land of the ousted leader.", "17"),
    ("Gunmen killed five villagers in an overnight raid.", "18"),
    ("A car bomb exploded near a police station, killing four officers.", "18"),
    ("A suicide bomber blew himself up at a checkpoint.", "18"),
    ("Militants kidnapped two aid workers in the north.", "18"),
    ("The journalist was abducted by unidentified gunmen.", "18"),
    ("A roadside bomb killed three soldiers on patrol.", "18"),
    ("Police beat protesters with batons.", "18"),
    ("The governor survived an assassination attempt on Sunday.", "18"),
    ("Unknown assailants shot dead a local politician.", "18"),
    ("Insurgents used villagers as human shields.", "18"),
    ("A grenade attack on a bus killed six passengers.", "18"),
    ("Gunmen stormed a church and opened fire on worshippers.", "18"),
    ("Government forces clashed with rebels near the border town.", "19"),
    ("Troops exchanged fire with militants for several hours.", "19"),
    ("Israeli jets struck targets in Gaza.", "19"),
    ("The army shelled rebel positions in the hills.", "19"),
    ("Rebels captured the town after a week of fighting.", "19"),
    ("Government troops laid siege to the rebel stronghold.", "19"),
    ("Russian forces launched a missile strike on the city.", "19"),
    ("Soldiers massacred hundreds of villagers.", "20"),
    ("The militia carried out ethnic cleansing in the valley.", "20"),
    ("The regime used chemical weapons against civilians.", "20"),
    ("North Korea tested a ballistic missile on Sunday.", "15"),
    ("The military put its forces on high alert after the border incident.", "15"),
    ("Police tightened security around the parliament ahead of the vote.", "15"),
    ("Police rounded up dozens of suspected gang members.", "17"),
    ("The opposition leader was placed under house arrest.", "17"),
    ("Security forces clamped down on dissent after the coup.", "17"),
    ("Police raided the homes of several opposition activists.", "17"),
    ("Hackers attacked the websites of three ministries.", "17"),
    ("The authorities imposed a ban on public gatherings.", "17"),
    ("A prisoner was beaten to death by guards.", "18"),
    ("Three tourists were taken hostage by pirates.", "18"),
    ("Gunmen held twenty passengers hostage for two days.", "18"),
    ("A mob stoned a man to death in the market.", "18"),
    ("Israeli jets bombed a weapons depot near the border.", "19"),
    ("Government forces laid siege to the rebel-held town.", "19"),
    ("Troops retook the airport from the rebels.", "19"),
    ("A drone strike killed two militant commanders.", "19"),
    ("The opposition announced a boycott of the parliamentary elections.", "14"),
    ("Rioters set fire to police vehicles.", "14"),
    ("Demonstrators clashed with riot police outside the ministry.", "14"),
    ("Protesters pelted the police with stones.", "14"),
    ("The militants threatened to blow up the bridge.", "13"),
    ("The president warned of a tough response if the attacks continue.", "13"),
    ("The rebels refused to lay down their weapons.", "12"),
    ("Parliament voted down the budget proposal.", "12"),
    ("Rights groups condemned the execution of the activists.", "11"),
    ("Lawyers filed a lawsuit against the interior ministry.", "11"),
    ("The protesters demanded that the president step down.", "10"),
    ("Police are questioning two suspects over the bombing.", "09"),
    ("Opposition leader arrested in dawn raid", "17"),
    ("Aid worker kidnapped in northern province", "18"),
    ("Two policemen shot dead in ambush", "18"),
    ("Journalist killed in car bomb attack", "18"),
    ("Hundreds detained after anti-government protests", "17"),
    ("Teachers strike over unpaid salaries", "14"),
    ("Minister slams opposition over budget delays", "11"),
    ("Rebels threaten to resume attacks", "13"),
    ("Police detained the editor of an independent weekly on charges of sedition.", "17"),
    ("The detention of the two activists drew criticism from rights groups.", "17"),
    ("Authorities shut down mobile internet in the restive region.", "17"),
    ("Riot police dispersed the protesters with batons and tear gas.", "17"),
    ("Masked men abducted the village chief and his two sons.", "18"),
    ("A suicide attack on a mosque killed at least twenty worshippers.", "18"),
    ("The air force carried out strikes on militant hideouts.", "19"),
    ("The government broke off diplomatic relations with its neighbour.", "16"),
    ("The United States imposed new sanctions on Russian banks.", "16"),
    ("The navy deployed warships near the disputed islands.", "15"),
    ("The government threatened to expel the foreign journalists.", "13"),
    ("The army warned protesters that it would use force.", "13"),
    ("Hamas rejected the Egyptian proposal for a truce.", "12"),
    ("The workers demanded the reinstatement of their sacked colleagues.", "10"),
    ("Rights groups accused the army of torturing detainees.", "11"),
    ("The opposition lodged a complaint with the electoral commission.", "11"),
    ("Opposition supporters marched to the presidential palace.", "14"),
    ("Angry villagers blocked the main road to protest the killing.", "14"),
    ("Militiamen massacred dozens of villagers in the east.", "20"),
    ("Heavy fighting broke out between government troops and rebels.", "19"),
    ("Clashes between police and protesters left ten people injured.", "14"),
    ("The ministry ordered an inquiry into the deaths of three detainees.", "09"),
    ("An independent commission is investigating allegations of torture by the police.", "09"),
    ("Relatives of the missing men demanded answers from the army.", "10"),
    ("The bishop denounced the killings as a crime against humanity.", "11"),
    ("The union accused the company of intimidating striking workers.", "11"),
    ("The military government rejected the findings of the UN report.", "12"),
    ("The rebel commander threatened to shoot down any aircraft entering the zone.", "13"),
    ("Kenya warned Somalia of consequences if the border raids continue.", "13"),
    ("Hundreds of nurses walked off the job to demand better pay.", "14"),
    ("Taxi drivers blocked the airport road for a second day.", "14"),
    ("Sudan ordered UN peacekeepers to leave the country.", "16"),
    ("The donors froze aid to the government after the coup.", "16"),
    ("The army detained the prime minister and dissolved parliament.", "17"),
    ("Soldiers confiscated the villagers' cattle.", "17"),
    ("Authorities demolished dozens of homes in the settlement.", "17"),
    ("The regime jailed the opposition leader for five years.", "17"),
    ("Dozens of migrants were deported to their home countries.", "17"),
    ("Unidentified gunmen killed a judge outside his home.", "18"),
    ("Gunmen abducted a police officer and demanded a ransom.", "18"),
    ("Rebels fired mortars at the presidential palace.", "19"),
    ("Insurgents overran a military base in the desert.", "19"),
    ("The opposition attacked the government's budget plan.", "11"),
    ("Prosecutors said they would investigate the leak of classified documents.", "09"),
    ("The insurgents vowed to carry out more attacks on foreign troops.", "13"),
    ("Police arrested a man suspected of planning an attack on a synagogue.", "17"),
    ("Police said a gunman shot three people at a shopping centre before fleeing.", "18"),
    ("Thousands of people took to the streets to protest the fuel price rise.", "14"),
    ("Iran tested a new long-range missile.", "15"),
    ("Police searched the house of the suspected bomber.", "17"),
    ("Two shopkeepers were abducted in the region on Monday.", "18"),
    ("Gunmen have abducted more than 200 shopkeepers since 2012.", "18"),
]


@pytest.mark.parametrize("text,root", ROOT_CASES)
def test_root_is_coded(pipeline_all: Pipeline, text: str, root: str) -> None:
    assert root in roots(pipeline_all, text)


# (sentence, the code a word decides)
CODE_CASES = [
    ("The army put its troops on high alert along the border.", "152"),
    ("North Korea tested a ballistic missile on Sunday.", "150"),
    ("Police tightened security around the parliament ahead of the vote.", "153"),
    ("Police rounded up dozens of suspected gang members.", "173"),
    ("Security forces clamped down on dissent after the coup.", "175"),
    ("Police raided the homes of several opposition activists.", "170"),
    ("Hackers attacked the websites of three ministries.", "176"),
    ("The authorities imposed a ban on public gatherings.", "172"),
    ("A prisoner was beaten to death by guards.", "1823"),
    ("Israeli jets bombed a weapons depot near the border.", "195"),
    ("Government forces laid siege to the rebel-held town.", "191"),
    ("Troops retook the airport from the rebels.", "192"),
    ("The opposition announced a boycott of the parliamentary elections.", "143"),
    ("Rioters set fire to police vehicles.", "145"),
    ("Demonstrators clashed with riot police outside the ministry.", "145"),
    ("Teachers strike over unpaid salaries", "143"),
    ("Parliament voted down the budget proposal.", "120"),
    ("Police are questioning two suspects over the bombing.", "090"),
    ("Dock workers went on strike over unpaid wages.", "143"),
    ("Heavy fighting broke out between government troops and rebels.", "190"),
    ("Clashes between police and protesters left ten people injured.", "145"),
    ("Hundreds of nurses walked off the job to demand better pay.", "143"),
]


@pytest.mark.parametrize("text,code", CODE_CASES)
def test_code_is_coded(pipeline_all: Pipeline, text: str, code: str) -> None:
    assert code in codes(pipeline_all, text)


# Sentences that report no political event.
NOT_CODED = [
    "A bus crashed into a truck on the highway, killing twelve people.",
    "Floods killed at least thirty people in the south.",
    "An earthquake destroyed hundreds of homes.",
    "The virus has killed more than two thousand people.",
    "The team attacked relentlessly in the second half.",
    "Brazil beat Argentina two to nil in the final.",
    "The company fired its chief executive.",
    "The tech giant faced a storm of criticism over its privacy policy.",
    "Supermarkets are locked in a price war.",
    "She lost her battle against cancer.",
    "Crime rose by ten percent last year.",
    "The striker shot the ball into the net.",
    "The fire destroyed a warehouse in the port.",
    "Stocks fell sharply amid fears of a trade war.",
    "The champion defended his title against the challenger.",
    "The storm battered the coast, cutting power to thousands.",
    "Investors fled emerging markets.",
    "The plane crashed shortly after takeoff.",
    "A heat wave killed hundreds of elderly people.",
    "The drug attacks cancer cells.",
    "The smartphone maker launched its new model.",
    "Lightning struck a church tower.",
    "Doctors are fighting to save his life.",
    "The goalkeeper blocked the shot.",
    "Fans celebrated the victory in the streets.",
    "The fire killed five people in an apartment building.",
    "Heavy rains triggered landslides that killed twenty villagers.",
    "The central bank raised interest rates to fight inflation.",
    "Firefighters battled the blaze for hours.",
    "The minister fired his chief of staff on Monday.",
    "The army chief inspected the troops at a parade.",
    "The coach attacked the referee's decision after the match.",
    "The hurricane hit the coast on Tuesday.",
    "The new vaccine targets the virus.",
    "Shares of the carmaker were hit by weak sales.",
    "The boxer knocked out his opponent in the third round.",
    "The new law will fight fraud in public procurement.",
    "The company launched an aggressive attack on its competitors' prices.",
    "A gas explosion destroyed a block of flats.",
    "Rescuers pulled survivors from the rubble.",
    "Police said crime fell by a fifth last year.",
    "The singer stormed off the stage.",
    "Prices shot up after the harvest failed.",
    "Shoppers stormed the store when the doors opened.",
    "The hospital is fighting a measles outbreak.",
    "A fire broke out at a textile factory, killing nine workers.",
    "The two finalists clashed in a tense match.",
    "Thieves stole copper cables from the railway.",
    "The mayor launched a war on litter.",
    "Police recorded fewer burglaries this year than last.",
    "The number of murders in the city fell for the third year running.",
    "Two cars collided on the bridge, injuring five.",
    "Wolves attacked sheep on several farms.",
    "The virus attacks the immune system.",
    "Thousands of people took to the streets to celebrate the title.",
    "The space company tested a new rocket on Tuesday.",
    "A total of 56 farmers were shot dead in the province between 2015 and 2019.",
    "More than 200 shopkeepers have been abducted in the region since 2012.",
]


@pytest.mark.parametrize("text", NOT_CODED)
def test_not_coded(pipeline_all: Pipeline, text: str) -> None:
    assert roots(pipeline_all, text) == set()


def test_armed_men_at_a_match_still_attack(pipeline_all: Pipeline) -> None:
    text = "Gunmen opened fire on fans at a football match, killing ten."
    assert "18" in roots(pipeline_all, text)


def test_an_attack_with_fire_is_no_struggle_with_fire(pipeline_all: Pipeline) -> None:
    assert "19" in roots(pipeline_all, "Troops attacked the outpost with heavy fire.")


def test_feared_attacks_by_nobody_are_not_coded(pipeline_all: Pipeline) -> None:
    text = "Villagers fear that the harvest season could bring more raids on their farms."
    assert not roots(pipeline_all, text) & {"13", "18", "19"}


def test_inquiry_into_a_mishap_is_no_investigation(pipeline_all: Pipeline) -> None:
    assert "09" not in roots(pipeline_all, "Inspectors began looking into the ferry crash.")
    assert "09" in roots(pipeline_all, "Inspectors began looking into the bribery claims.")


def test_attacking_a_policy_is_criticism(pipeline_all: Pipeline) -> None:
    found = roots(pipeline_all, "The opposition attacked the government's budget plan.")
    assert "11" in found and not found & {"18", "19"}
