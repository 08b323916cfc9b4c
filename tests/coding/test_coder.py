"""The event coder: one sentence per event category, direction, symmetry, modality."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-06-18"

# (sentence, source country, target country, expected CAMEO code or root)
CASES = [
    ("Japanese Prime Minister Shigeru Ishiba met President Lee Jae-myung.", "JPN", "KOR", "04"),
    ("The Korean president spoke by phone with the Japanese prime minister.", "KOR", "JPN", "041"),
    ("Indian Prime Minister Narendra Modi visited Tokyo.", "IND", "JPN", "042"),
    ("Macron hosted Modi at the Elysee.", "FRA", "IND", "043"),
    ("Iran and the United States held negotiations in Oman.", "IRN", "USA", "046"),
    ("Qatar mediated between Israel and Hamas.", "QAT", "ISR", "045"),
    ("France and Germany agreed to cooperate on defence.", "FRA", "DEU", "03"),
    ("Britain and India signed a free trade agreement.", "GBR", "IND", "057"),
    ("Japan praised South Korea for its restraint.", "JPN", "KOR", "051"),
    ("China said it would support Pakistan.", "CHN", "PAK", "03"),
    ("The UN Secretary-General urged Russia to withdraw its troops.", "UNO", "RUS", "02"),
    ("Ukraine demanded that Russia return the children.", "UKR", "RUS", "10"),
    ("China condemned North Korea's missile launch.", "CHN", "PRK", "111"),
    ("Pakistan accused India of supporting militants.", "PAK", "IND", "112"),
    ("Poland summoned the Russian ambassador.", "POL", "RUS", "114"),
    ("Iran rejected the U.S. proposal.", "IRN", "USA", "12"),
    ("North Korea threatened to attack South Korea.", "PRK", "KOR", "13"),
    ("Trump threatened tariffs on Canada.", "USA", "CAN", "1312"),
    ("Protesters rallied outside the Israeli embassy in Ankara.", "TUR", "ISR", "14"),
    ("China held military drills near Taiwan.", "CHN", "TWN", "15"),
    ("Russia expelled two British diplomats.", "RUS", "GBR", "161"),
    ("Brazil recalled its ambassador from Israel.", "BRA", "ISR", "161"),
    ("The United States imposed sanctions on Iran.", "USA", "IRN", "163"),
    ("The European Union delivered humanitarian aid to Sudan.", "EU", "SDN", "073"),
    ("Israel agreed to a ceasefire with Hamas.", "ISR", None, "0871"),
    ("Russian forces attacked Ukrainian positions.", "RUS", "UKR", "19"),
    ("Israeli warplanes launched airstrikes on Lebanon.", "ISR", "LBN", "195"),
]


@pytest.mark.parametrize("text,source,target,code", CASES)
def test_category(pipeline: Pipeline, text: str, source: str, target: str | None,
                  code: str) -> None:
    doc = pipeline.code(text, date=DATE)
    found = [(e.source.country, e.target.country if e.target else None, e.cameo)
             for e in doc.events]
    assert any(s == source and (target is None or t == target) and c.startswith(code)
               for s, t, c in found), found


def test_several_events_in_one_sentence(pipeline: Pipeline) -> None:
    doc = pipeline.code("Lee met Ishiba in Tokyo and criticized North Korea's missile tests, "
                        "while Ishiba urged China to restrain Pyongyang.", date=DATE)
    roots = sorted(e.cameo_root for e in doc.events)
    assert {"04", "11", "02"} <= set(roots)


def test_symmetric_event_is_one_event(pipeline: Pipeline) -> None:
    doc = pipeline.code("Germany and France held talks.", date=DATE)
    (event,) = doc.events
    assert event.symmetric and {event.source.country, event.target.country} == {"DEU", "FRA"}  # type: ignore[union-attr]


def test_compound_actor_gives_the_focal_actor_with_each_other(pipeline: Pipeline) -> None:
    doc = pipeline.code("The defence chiefs agreed to deepen Japan-U.S.-Philippines cooperation.",
                        date=DATE)
    pairs = {(e.source.country, e.target.country) for e in doc.events}
    assert pairs == {("JPN", "USA"), ("JPN", "PHL")}


@pytest.mark.parametrize("text,modality,code", [
    ("Lee and Ishiba agreed to meet again.", "agreed", "036"),
    ("Lee will visit Japan next month.", "planned", "036"),
    ("Lee hopes to meet Ishiba soon.", "hoped", "036"),
    ("Japan refused to meet North Korean officials.", "refused", "125"),
    ("Lee did not meet Ishiba.", "negated", "04"),
    ("Lee met Ishiba.", "asserted", "04"),
])
def test_modality(pipeline: Pipeline, text: str, modality: str, code: str) -> None:
    doc = pipeline.code(text, date=DATE)
    assert [(e.modality, e.cameo[:len(code)]) for e in doc.events] == [(modality, code)]


def test_every_event_keeps_evidence_and_rule(pipeline: Pipeline) -> None:
    text = "Some background first. Japan condemned North Korea's missile launch."
    doc = pipeline.code(text, date=DATE)
    (event,) = doc.events
    assert event.evidence.text == "Japan condemned North Korea's missile launch."
    assert text[event.evidence.start:event.evidence.end] == event.evidence.text
    assert event.evidence.sentence == 1
    assert event.rule == "disapprove.criticize"
    assert event.goldstein < 0 and event.quad_class == 3 and event.plover.type


def test_domestic_interactions_are_not_events(pipeline: Pipeline) -> None:
    doc = pipeline.code("President Lee met South Korean Foreign Minister Cho Hyun.", date=DATE)
    assert doc.events == ()


def test_no_events_in_plain_text(pipeline: Pipeline) -> None:
    doc = pipeline.code("Rain is expected across the region on Tuesday.", date=DATE)
    assert doc.events == () and any(w.startswith("[W004]") for w in doc.warnings)


# Reported speech with no coded act inside: coded by what the reported clause says about
# another party (appeal, accusation, criticism, pessimism, optimism, else a statement).
@pytest.mark.parametrize("text,source,target,code", [
    ("Canada said Venezuela is openly defying the Organization of American States.",
     "CAN", "VEN", "112"),
    ("Japan said that North Korea's missile tests were dangerous and illegal.",
     "JPN", "PRK", "111"),
    ("German Chancellor Olaf Scholz said both Russia and Ukraine must stop the fighting.",
     "DEU", "RUS", "020"),
    ("Pakistan said talks with the International Monetary Fund were progressing well and "
     "were on track.", "PAK", "IGO", "013"),
    ("Irish Deputy U.N. Ambassador Fergal Mythen said Venezuela's conduct was reckless.",
     "IRL", "VEN", "111"),
])
def test_reported_statement(pipeline: Pipeline, text: str, source: str, target: str,
                            code: str) -> None:
    doc = pipeline.code(text, date=DATE)
    found = [(e.source.country, e.target.country if e.target else None, e.cameo)
             for e in doc.events]
    assert (source, target, code) in found, found


@pytest.mark.parametrize("text", [
    # a place or a pair named in passing is not whom the statement is about
    "Japan said thousands of people had been displaced in Sudan.",
    "Officials said trade between India and Japan had grown, though it trails Japan's "
    "trade with China.",
    # a denied cue is no criticism, and a relative clause is no statement of its own
    "Britain sanctioned tankers it says belong to a shadow fleet.",
])
def test_reported_statement_near_misses(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.code(text, date=DATE)
    assert not [e for e in doc.events if e.rule == "statement.say" and e.target is not None
                and e.target.country in ("SDN", "CHN")], doc.events


def test_multiparty_meeting_has_the_host_with_each(pipeline: Pipeline) -> None:
    doc = pipeline.code("The security talks in Krakow, Poland, brought together ministers from "
                        "Britain, France, Germany, Italy, Poland and Spain.",
                        date=DATE)
    pairs = {(e.source.country, e.target.country) for e in doc.events}  # type: ignore[union-attr]
    assert pairs == {("POL", c) for c in ("GBR", "FRA", "DEU", "ITA", "ESP")}
    assert {e.cameo for e in doc.events} == {"043"}


@pytest.mark.parametrize("text,expected", [
    ("Australia warned that deepening military cooperation between Iran and Russia is "
     "dangerous.", {("AUS", "IRN", "111"), ("AUS", "RUS", "111")}),
    ("North Korea warned that it would attack South Korea.", {("PRK", "KOR", "138")}),
    ("Canadian senators welcomed the news that Sudan had agreed to a truce.",
     {("CAN", "SDN", "051")}),
])
def test_warnings_and_welcomed_news(pipeline: Pipeline, text: str,
                                    expected: set[tuple[str, str, str]]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected <= found, found


# Characterising a party with a complement ("called X Y", "described X as Y"): coded by
# what the complement says; a claim called baseless is rejected.
@pytest.mark.parametrize("text,expected", [
    ("The Japanese prime minister called North Korea's behaviour \"reckless and dangerous.\"",
     ("JPN", "PRK", "111")),
    ("Australia's foreign minister described the Chinese tariffs as economic coercion.",
     ("AUS", "CHN", "112")),
    ("The Philippine president described Japan as a true friend and partner.",
     ("PHL", "JPN", "051")),
    ("India's foreign ministry called Pakistan's claims \"baseless.\"", ("IND", "PAK", "120")),
    ("On Monday, the Italian prime minister called Russian strikes \"unacceptable.\"",
     ("ITA", "RUS", "111")),
])
def test_characterization(pipeline: Pipeline, text: str,
                          expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "The Japanese prime minister called a meeting of his cabinet.",  # no complement
    "Brazil described the meeting with Argentina in detail.",
    "On Monday, Germany's chancellor called for calm.",  # "On Monday" is no "call on"
])
def test_characterization_near_misses(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.code(text, date=DATE)
    assert not [e for e in doc.events if e.rule == "statement.characterize"
                or e.cameo.startswith("02") and e.target is not None], doc.events


# Trade-war prose: the owner of the goods is the target; retaliating with a measure is the
# measure; held out as possible ("could") it is a threat; "it" is bound by the clause above.
@pytest.mark.parametrize("text,expected", [
    ("Canada retaliated with tariffs on $30 billion worth of American exports.",
     {("CAN", "USA", "163")}),
    ("Mexico hinted that it could also retaliate with tariffs on Chinese steel and on "
     "Vietnamese textiles.", {("MEX", "CHN", "1312"), ("MEX", "VNM", "1312")}),
    ("Iran is threatening retaliation against Israel.", {("IRN", "ISR", "130")}),
])
def test_tariffs_and_retaliation(pipeline: Pipeline, text: str,
                                 expected: set[tuple[str, str, str]]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected <= found, found
    assert not any(c.startswith("13") for _, _, c in found) or "could" in text \
        or "threatening" in text, found



# Relationships, conditions and questions are not reported acts (international scope).
@pytest.mark.parametrize("text", [
    "Australia's defence cooperation with Indonesia will probably grow slowly.",
    "The minister said the two countries' partnership with Vietnam is constructive.",
    "Whether they agree or not, Japan and China should communicate, the minister said.",
    "Turkey will retaliate if it is hit by American sanctions.",
    "What sort of position does Russia's naval build-up put Norway in?",
])
def test_states_conditions_and_questions_are_not_acts(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.code(text, date=DATE)
    assert not [e for e in doc.events if e.cameo.startswith(("03", "05", "16"))], doc.events


@pytest.mark.parametrize("text,expected", [
    ("Japan and India agreed to resume cooperation.", ("JPN", "IND", "03")),
    ("Britain pledged closer cooperation with Australia.", ("GBR", "AUS", "03")),
    ("Canada's prime minister will meet Brazil's President Luiz Inacio Lula da Silva and "
     "Mexican President Claudia Sheinbaum.", ("CAN", "MEX", "036")),
])
def test_acts_on_relationships_and_apposed_lists(pipeline: Pipeline, text: str,
                                                 expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert any(s == expected[0] and t == expected[1] and c.startswith(expected[2])
               for s, t, c in found), found


# Requests for a meeting of a body; co-actors named with the subject; listed members.
@pytest.mark.parametrize("text,expected", [
    ("China requested an urgent session of the U.N. Security Council.",
     {("CHN", "UNO", "020")}),
    ("Ireland, along with Norway and Mexico, called an urgent meeting of the Security "
     "Council.", {("IRL", "UNO", "020"), ("NOR", "UNO", "020"), ("MEX", "UNO", "020")}),
    ("Japan, together with Australia, condemned the North Korean missile launch.",
     {("JPN", "PRK", "111"), ("AUS", "PRK", "111")}),
    ("France called an urgent meeting of the Security Council. Council members Denmark, "
     "Algeria and Sierra Leone supported the request.",
     {("DNK", "FRA", "051"), ("DZA", "FRA", "051"), ("SLE", "FRA", "051")}),
])
def test_requests_and_joint_actors(pipeline: Pipeline, text: str,
                                   expected: set[tuple[str, str, str]]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected <= found, found


def test_co_actors_do_not_leak_into_purpose_clauses(pipeline: Pipeline) -> None:
    doc = pipeline.code("Ireland, along with Norway and Mexico, called an urgent meeting of "
                        "the Security Council on Thursday to discuss Sudan.", date=DATE)
    assert not [e for e in doc.events if e.cameo.startswith("04")], doc.events


# Statements of support; criticism framed by "failed to" in reported speech.
@pytest.mark.parametrize("text,expected", [
    ("Japan expressed solidarity with Ukraine.", ("JPN", "UKR", "051")),
    ("The G7 ministers reaffirmed their steadfast support for Moldova.", ("G7", "MDA", "051")),
    ('"Kabul has failed to rein in the militants," the Pakistani foreign minister said.',
     ("PAK", "AFG", "111")),
])
def test_support_and_failure_statements(pipeline: Pipeline, text: str,
                                        expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


def test_support_named_in_a_concern_is_not_an_act(pipeline: Pipeline) -> None:
    doc = pipeline.code("Britain raised concerns about China's support for Russia's defence "
                        "industry.", date=DATE)
    assert not [e for e in doc.events if e.cameo == "051"], doc.events


@pytest.mark.parametrize("text,expected", [
    ("The European Union is considering sanctions against Belarus.", ("EU", "BLR", "1312")),
    ("The United States warned that it will keep up pressure on Iran.", ("USA", "IRN", "130")),
])
def test_weighed_sanctions_and_own_warnings_are_threats(pipeline: Pipeline, text: str,
                                                        expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


@pytest.mark.parametrize("text,expected", [
    ("The tribunal's president, Judge Iwasawa Yuji, turned down Chile's request.",
     ("UNO", "CHL", "120")),
    ("China held drills aimed at Taiwan.", ("CHN", "TWN", "150")),
    ("China conducted military drills encircling Taiwan.", ("CHN", "TWN", "150")),
])
def test_apposed_names_and_directed_drills(pipeline: Pipeline, text: str,
                                           expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


def test_seldom_is_a_negation(pipeline: Pipeline) -> None:
    doc = pipeline.code("Malaysia's former prime minister seldom criticized China.", date=DATE)
    assert all(e.modality == "negated" for e in doc.events if e.cameo.startswith("11")), \
        doc.events



# A statement whose inner act codes nothing is read by its clause; the owner of the
# criticised thing is whom a remark is about.
@pytest.mark.parametrize("text,expected", [
    ('"China uses sweeping sedition laws to suppress dissent," the U.S. spokesperson '
     'added.', ("USA", "CHN", "112")),
    ('Canada\'s foreign minister said, "Security in the Arctic is our priority in the face '
     'of Russia\'s unlawful aggression."', ("CAN", "RUS", "111")),
])
def test_statements_read_by_their_clause(pipeline: Pipeline, text: str,
                                         expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


@pytest.mark.parametrize("text,expected", [
    ("Brazil requested WTO dispute consultations with Indonesia.", {("BRA", "IDN", "115")}),
    ("Washington imposed tariffs on steel from 20 countries, including Japan.",
     {("USA", "JPN", "163")}),
    ("The G7 communique said the members were troubled by Iran's enrichment. They called on "
     "Iran to restore inspections.", {("G7", "IRN", "020")}),
])
def test_trade_disputes_included_members_and_they(pipeline: Pipeline, text: str,
                                                  expected: set[tuple[str, str, str]]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected <= found, found


def test_they_in_a_subordinate_clause_is_not_the_organisation(pipeline: Pipeline) -> None:
    doc = pipeline.code("The U.N. criticized the Houthis. No state has recognized their "
                        "authorities since they seized control of Sanaa.", date=DATE)
    assert not [e for e in doc.events if e.source.country == "UNO"
                and e.cameo.startswith("19")], doc.events


@pytest.mark.parametrize("text,expected", [
    ("Pakistan summoned India's acting high commissioner.", ("PAK", "IND", "114")),
    ("Sudan recalled its ambassador to Kenya on Wednesday.", ("SDN", "KEN", "161")),
    ("China criticised the patrols by the Japanese navy.", ("CHN", "JPN", "111")),
    ("Lithuania expelled a Russian diplomat. Moscow called the expulsion a \"hostile step\".",
     ("RUS", "LTU", "111")),
    ("Finland accused Russia of espionage. The Russian embassy called the accusations "
     "\"absurd inventions.\"", ("RUS", "FIN", "120")),
])
def test_envoys_owners_and_characterised_acts(pipeline: Pipeline, text: str,
                                              expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


@pytest.mark.parametrize("text,expected", [
    ("North Korea's Defence Ministry warned the United States. The statement, carried by the "
     "state news agency, accused Washington of pushing the region toward war.",
     ("PRK", "USA", "112")),
    ("Leaders of the Group of Seven ended their summit on Sunday with a joint statement that "
     "denounced Russia's drone strikes.", ("G7", "RUS", "111")),
])
def test_statements_act_for_their_issuer(pipeline: Pipeline, text: str,
                                         expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


@pytest.mark.parametrize("text,expected", [
    ("The European Union warned that the Serbian government's moves would fracture the "
     "region.", ("EU", "SRB", "111")),
    ('Pakistan\'s information minister tweeted, "It is time to halt India\'s heinous and '
     'reckless strikes."', ("PAK", "IND", "111")),
])
def test_agent_nouns_in_clauses_and_harsh_words(pipeline: Pipeline, text: str,
                                                expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


def test_tracked_is_no_optimism(pipeline: Pipeline) -> None:
    doc = pipeline.code("Japan's Defence Ministry said it had tracked 14 Russian warships "
                        "near Hokkaido.", date=DATE)
    assert not [e for e in doc.events if e.cameo == "013"], doc.events


def test_a_continued_quotation_is_the_last_speaker_s(pipeline: Pipeline) -> None:
    doc = pipeline.code('"The shelling of villages is unacceptable," the U.N. spokesman told '
                        'reporters. "The Sudanese army continues to ignore demands to halt '
                        'abuses against civilians."', date=DATE)
    found = {(e.source.country, e.target.country if e.target else None, e.cameo)
             for e in doc.events}
    assert ("UNO", "SDN", "112") in found, found


def test_a_quotation_without_a_speaker_before_it_is_not_coded(pipeline: Pipeline) -> None:
    doc = pipeline.code('"The Sudanese army continues to ignore demands to halt abuses '
                        'against civilians."', date=DATE)
    assert not doc.events, doc.events


@pytest.mark.parametrize("text,expected", [
    ("Japan alleged that Chinese hackers had breached its networks.", ("JPN", "CHN", "112")),
    ('"The junta has escalated the bloodshed," the U.N. envoy for Sudan said. "The Sudanese '
     'army has escalated the violence over the past month."', ("UNO", "SDN", "112")),
])
def test_allegations_and_violence(pipeline: Pipeline, text: str,
                                  expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


# Meetings reported as nouns and occasions (full-article coding only)
@pytest.mark.parametrize("text,expected", [
    ("During a visit by Japanese Prime Minister Shigeru Ishiba to Seoul last week, Lee said "
     "he was pleased.", ("JPN", "KOR", "042")),
    ("The accord was unveiled during a two-day visit by Kenyan President William Ruto to "
     "Germany.", ("KEN", "DEU", "042")),
    ("South African President Cyril Ramaphosa said during a visit to Madrid that ties would "
     "deepen.", ("ZAF", "ESP", "042")),
    ("Merz told Erdogan in phone conversations that the fighting must end.", ("DEU", "TUR", "041")),
    ("Talks between Iran and the United States took place in Oman on Sunday.",
     ("IRN", "USA", "04")),
    ("Macron is due to meet Ramaphosa in Pretoria in March.", ("FRA", "ZAF", "036")),
    ("Wang Yi is expected to hold a meeting with the Indian foreign minister.",
     ("CHN", "IND", "036")),
    ("Albanese is due to travel to Fiji on Thursday.", ("AUS", "FJI", "036")),
    # the one called is the subject, the caller comes with "from"
    ("Egypt's president received a phone call on Monday from the Emir of Qatar.",
     ("EGY", "QAT", "041")),
])
def test_meetings_as_nouns_and_occasions(pipeline: Pipeline, text: str,
                                         expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert any(s == expected[0] and t == expected[1] and c.startswith(expected[2])
               for s, t, c in found), found


def test_each_caller_has_their_own_phone_conversation(pipeline: Pipeline) -> None:
    doc = pipeline.code("The Brazilian president and the Argentine foreign minister told Xi in "
                        "phone conversations that they had eased export curbs.", date=DATE)
    calls = {(e.source.country, e.target.country if e.target else None)
             for e in doc.events if e.cameo == "041"}
    assert {("BRA", "CHN"), ("ARG", "CHN")} <= calls, calls
    assert ("BRA", "ARG") not in calls and ("ARG", "BRA") not in calls, calls


def test_talks_that_are_hoped_for_are_not_reported_as_held(pipeline: Pipeline) -> None:
    doc = pipeline.code("Lammy said London hopes to settle the row during talks on Friday "
                        "with Indian officials in Geneva.", date=DATE)
    assert not [e for e in doc.events if e.cameo_root == "04"], doc.events


def test_meeting_occasions_leave_sentence_level_coding_alone(pipeline_all: Pipeline) -> None:
    doc = pipeline_all.code("South African President Cyril Ramaphosa said during a visit to "
                          "Madrid that ties would deepen.", date=DATE)
    assert not [e for e in doc.events if e.cameo == "042"], doc.events


def test_a_scheduled_trip_for_another_errand_is_a_travel_plan(pipeline: Pipeline) -> None:
    doc = pipeline.code("The Indian prime minister is scheduled to travel to Osaka on Sunday to "
                        "visit a car factory.", date=DATE)
    assert not [e for e in doc.events if e.cameo_root in ("03", "04")], doc.events


# Implicit targets of threats and reactions (full-article coding only)
@pytest.mark.parametrize("text,expected", [
    ("Tunisia's president dissolved parliament. Senegalese President Bassirou Diomaye Faye "
     "issued a statement Friday. The statement threatened sanctions and an aid freeze.",
     ("SEN", "TUN", "1312")),
    ("Hungary's parliament approved the sovereignty law. The United States threatened "
     "sanctions on Hungary. Britain is also weighing sanctions.",
     ("GBR", "HUN", "1312")),
    ("Rwandan President Paul Kagame postponed the troop deployment to Mozambique again. The "
     "Mozambican government condemned the delay.", ("MOZ", "RWA", "111")),
])
def test_implicit_targets_in_full_articles(pipeline: Pipeline, text: str,
                                           expected: tuple[str, str, str]) -> None:
    found = coded(pipeline, text, DATE, negated=True)
    assert expected in found, found


def test_implicit_targets_leave_sentence_level_coding_alone(pipeline_all: Pipeline) -> None:
    doc = pipeline_all.code("Hungary's parliament approved the sovereignty law. Britain is "
                          "also weighing sanctions.", date=DATE)
    assert not [e for e in doc.events if e.target is not None
                and e.target.country == "HUN"], doc.events


def test_a_meeting_held_in_a_call_is_the_call_and_its_topic_no_party(
        pipeline: Pipeline) -> None:
    found = coded(pipeline, "Ruto discussed Sudan with Museveni in a phone call on Monday.",
                  DATE)
    assert any(c == "041" and {s, t} == {"KEN", "UGA"} for s, t, c in found), found
    assert not any(t == "SDN" for _, t, _ in found), found
    assert not any(c == "040" for _, _, c in found), found
