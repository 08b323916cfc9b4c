"""Sentence-level coding (scope "all") of roots 01-08: varied wording and actors.

Sentences are written for these tests; each asserts the CAMEO root, or the code where a
word decides it. The near misses at the end use the same verbs outside politics."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded_codes

DATE = "2024-03-12"


def codes(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE)


def roots(pipeline: Pipeline, text: str) -> set[str]:
    return coded_codes(pipeline, text, DATE, digits=2)


# (sentence, root that must be coded)
ROOT_CASES = [
    # 01 statements
    ("The interior ministry told reporters that the border crossings would stay open.", "01"),
    ("Opposition leaders briefed foreign diplomats on the disputed vote count.", "01"),
    ("The insurgent group claimed responsibility for the bombing of the pipeline.", "01"),
    ("The militia denied any involvement in the killing of the journalist.", "01"),
    ("The president laid a wreath at the memorial to the war dead.", "01"),
    ("The prime minister offered condolences to the families of the miners.", "01"),
    ("Union leaders were pessimistic about the wage talks with the government.", "01"),
    # 02 appeals
    ("Protesters urged the government to resign.", "02"),
    ("The opposition appealed to voters to stay calm.", "02"),
    ("Rights groups called on police to show restraint.", "02"),
    ("Families of the hostages called for the release of their relatives.", "02"),
    ("The pope called for a ceasefire in Sudan.", "02"),
    ("Church leaders urged the rebels and the government to hold talks.", "02"),
    # 03 intent to cooperate
    ("The two ministries pledged to cooperate in fighting drug trafficking.", "03"),
    ("Nigeria said it was ready to work with Ghana on border security.", "03"),
    ("Japan promised to send aid to the typhoon victims in the Philippines.", "03"),
    ("The kidnappers agreed to free the aid workers.", "03"),
    ("The two presidents agreed to meet next month.", "03"),
    # 04 consult
    ("Police chiefs held talks with community leaders after the riots.", "04"),
    ("Opposition leaders sat down with the ruling party to discuss the electoral law.", "04"),
    ("The Chinese foreign minister arrived in Cairo for a two-day visit.", "04"),
    ("Kenya hosted a delegation from Somalia on Wednesday.", "04"),
    ("Norway brokered talks between the government and the rebels.", "04"),
    ("The government is negotiating with the striking teachers' union.", "04"),
    ("Talks between the union and the mining company resumed on Monday.", "04"),
    ("Union leaders consulted with the labor ministry on the new rules.", "04"),
    # 05 diplomatic cooperation
    ("The president praised the police for their handling of the crisis.", "05"),
    ("The opposition voiced support for the striking workers.", "05"),
    ("Russia defended Iran against criticism at the United Nations.", "05"),
    ("The Japanese government apologized to South Korea for its wartime actions.", "05"),
    ("The rebels and the government signed a ceasefire deal.", "05"),
    # 06 material cooperation
    ("The Philippines and Japan conducted joint military exercises.", "06"),
    ("Spain extradited the suspect to the United States.", "06"),
    ("The two intelligence agencies exchanged information on the bombing.", "06"),
    # 07 provide aid
    ("The World Bank provided 100 million dollars to Ghana.", "07"),
    ("Aid workers distributed blankets to displaced families.", "07"),
    ("The African Union deployed peacekeepers to Somalia.", "07"),
    ("Germany granted asylum to the dissident.", "07"),
    # 08 yield
    ("The government bowed to the demands of the protesters.", "08"),
    ("Police released the detained journalists.", "08"),
    ("The European Union eased sanctions on Belarus.", "08"),
    ("The army declared a unilateral truce.", "08"),
    ("The rebels surrendered to the army.", "08"),
    ("The government backed down on the fuel price increase.", "08"),
    ("Rebel fighters retreated to the hills after the offensive.", "08"),
    ("The ministry met the demands of the striking nurses.", "08"),
    ("Rebel fighters withdrew from the town after the talks.", "08"),
    ("The militia laid down their arms.", "08"),
]


@pytest.mark.parametrize("text,root", ROOT_CASES)
def test_root_is_coded(pipeline_all: Pipeline, text: str, root: str) -> None:
    assert root in roots(pipeline_all, text)


# (sentence, code that must be coded): a word in the sentence picks the code
CODE_CASES = [
    ("A spokesman for the army declined to comment on the reported shelling.", "011"),
    ("The embassy refused to comment on the arrest of its citizen.", "011"),
    ("Union leaders were pessimistic about the wage talks with the government.", "012"),
    ("Rebel commanders expressed hope that the truce with the army would hold.", "013"),
    ("The insurgent group claimed responsibility for the bombing of the pipeline.", "015"),
    ("Beijing denied responsibility for the cyberattack on the ministry.", "016"),
    ("The Pope expressed sympathy for the victims of the earthquake in Turkey.", "018"),
    ("Flood victims appealed for food and medicine.", "023"),
    ("The Red Cross called for humanitarian aid for refugees in Chad.", "0233"),
    ("The exiled leader asked European governments to back his bid for recognition.", "022"),
    ("The tribal elders asked the United Nations to send peacekeepers to the region.", "0234"),
    ("Iran called on Washington to lift sanctions.", "0254"),
    ("The pope called for a ceasefire in Sudan.", "0256"),
    ("The African Union urged Ethiopia and Eritrea to settle their border row.", "027"),
    ("Brazil and Argentina vowed to boost trade between them.", "0311"),
    ("Poland and Lithuania agreed to deepen military cooperation.", "0312"),
    ("The two agencies agreed to share intelligence on extremist groups.", "0314"),
    ("The European Union pledged humanitarian aid to Gaza.", "0333"),
    ("The ministry announced compensation for families of the victims.", "0331"),
    ("The United States said it would ease sanctions on Venezuela.", "0354"),
    ("The two countries agreed to resolve the maritime dispute through dialogue.", "037"),
    ("The government said it would accept mediation by Qatar.", "038"),
    ("Turkey offered to mediate between Russia and Ukraine.", "039"),
    ("The Indian prime minister spoke by phone with his Japanese counterpart.", "041"),
    ("The German chancellor paid a visit to the troops in Lithuania.", "042"),
    ("Qatar mediated between Hamas and Israel.", "045"),
    ("Negotiations between Ethiopia and Egypt over the dam stalled.", "046"),
    ("Biden thanked Japan for its help.", "051"),
    ("The prime minister rallied support for Ukraine among European leaders.", "053"),
    ("Brazil recognized Palestine as a state.", "054"),
    ("The president pardoned the jailed opposition leader.", "056"),
    ("Israel and the UAE signed a peace agreement in Washington.", "057"),
    ("The American and South Korean navies held joint drills.", "062"),
    ("Britain supplied Kyiv with long-range missiles.", "072"),
    ("The Red Cross delivered food to the flood victims.", "073"),
    ("The government lifted the curfew in the capital.", "0813"),
    ("The government backed down on the fuel price increase.", "080"),
    ("The ministry met the demands of the striking nurses.", "083"),
    ("The rebels freed 20 hostages.", "0841"),
    ("Iran allowed UN inspectors into its nuclear sites.", "0862"),
    ("The army lifted the siege of the city.", "0872"),
]


@pytest.mark.parametrize("text,code", CODE_CASES)
def test_code_is_coded(pipeline_all: Pipeline, text: str, code: str) -> None:
    assert code in codes(pipeline_all, text)


# (sentence, root that must NOT be coded): the same words outside politics
NEAR_MISSES = [
    ("The striker retreated into his own half to defend.", "08"),
    ("The shop owners backed the new parking rules.", "05"),
    ("The bakery delivered fresh bread to the market every morning.", "07"),
    ("The coach asked the players for more effort in training.", "02"),
    ("The cook was ready to serve dinner at eight.", "03"),
    ("The river was pessimistic.", "01"),
    ("Stocks backed down from their record highs.", "08"),
    ("The hikers returned to the table after a short walk.", "04"),
    ("The printer sent the documents to the office.", "07"),
    ("The hospital resolved the billing dispute with its cleaner.", "03"),
    ("The opposition withdrew from the talks.", "08"),
]


@pytest.mark.parametrize("text,root", NEAR_MISSES)
def test_near_miss_is_not_coded(pipeline_all: Pipeline, text: str, root: str) -> None:
    assert root not in roots(pipeline_all, text)


def test_backing_down_is_no_support(pipeline_all: Pipeline) -> None:
    assert "05" not in roots(pipeline_all,
                             "The cabinet backed down on the planned tax on bread.")
