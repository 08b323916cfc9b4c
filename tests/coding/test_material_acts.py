"""Material acts in full-article coding told through who acts and how the clause is built:
misparsed drills, armed groups' attacks, peacekeepers and warships that travel, migrants
who meet nobody, crowds that mass, deployments told in the passive, attacks on sites and
from the air."""

from __future__ import annotations

import pytest

from summitry import Pipeline
from tests.helpers import coded

DATE = "2025-03-12"


def events(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None, str]]:
    return coded(pipeline, text, DATE)


# (text, an event that must be coded: source, target, code)
CASES = [
    # the parser reads "drills" as the subject of "encircling": repaired
    ("Russia conducted the naval drills encircling Japan on Monday.", ("RUS", "JPN", "150")),
    # "the militants" is the armed group named before; an armed group's attack is
    # fighting (19), on both owners of a joint base
    (("Al-Shabab fighters ambushed a convoy in 2019. The militants launched an attack on "
      "Sunday on a joint Djibouti-France airfield in Djibouti."), ("SOM", "DJI", "190")),
    (("Al-Shabab fighters ambushed a convoy in 2019. The militants launched an attack on "
      "Sunday on a joint Djibouti-France airfield in Djibouti."), ("SOM", "FRA", "190")),
    # peacekeepers who arrive are a security deployment, not a visit
    ("U.N. peacekeepers arrived in Haiti on Friday.", ("UNO", "HTI", "074")),
    # a warship's port call is military cooperation
    ("A Japanese navy destroyer arrived in Manila on Monday.", ("JPN", "PHL", "062")),
    ("An Indian warship paid a visit to Mauritius.", ("IND", "MUS", "062")),
    # a crowd that masses demonstrates; troops that mass mobilise
    (("Hundreds of students massed in front of China's embassy in Manila in protest of "
      "Chinese coast guard actions."), ("PHL", "CHN", "141")),
    ("Russia massed troops near Ukraine's border.", ("RUS", "UKR", "152")),
    # forces that arrive to reinforce a security mission deploy it
    (("A further 150 Rwandan police officers arrived in Mozambique on Sunday to reinforce the "
      "regional security mission."), ("RWA", "MOZ", "074")),
    # an attack on a site hits the country it is in; drones and jets strike from the air
    ("Ukrainian drones struck a fuel depot in Russia's Bryansk region on Tuesday.",
     ("UKR", "RUS", "195")),
    ("Israeli jets bombed a weapons depot in southern Lebanon.", ("ISR", "LBN", "195")),
    ("Russian troops attacked Ukrainian positions near Bakhmut.", ("RUS", "UKR", "190")),
    # a passive deployment: the forces' owner acts on the country they are deployed in
    (("Ghana said that troops of the United Nations mission in South Sudan have been "
      "deployed to guard the camps."), ("UNO", "SSD", "074")),
    (("Chad says that soldiers of the African Union mission have been deployed to shield "
      "civilians."), ("AU", "TCD", "074")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_material_act_coded(pipeline: Pipeline, text: str,
                            expected: tuple[str, str, str]) -> None:
    assert expected in events(pipeline, text)


# (text, a source -> target pair that must not be coded)
NOT_CODED = [
    # migrants and refugees meet nobody
    ("Thousands of Sudanese refugees arrived in Chad last year.", ("SDN", "TCD")),
    ("Another wave of Haitians arrived in the Dominican Republic in 2010.", ("HTI", "DOM")),
    # the host that reports a deployment is not its author
    (("Ghana said that troops of the United Nations mission in South Sudan have been "
      "deployed to guard the camps."), ("GHA", "UNO")),
]


@pytest.mark.parametrize("text,pair", NOT_CODED)
def test_material_act_not_coded(pipeline: Pipeline, text: str, pair: tuple[str, str]) -> None:
    assert pair not in {(s, t) for s, t, _ in events(pipeline, text)}


def test_peacekeepers_arriving_are_no_visit(pipeline: Pipeline) -> None:
    found = events(pipeline, "U.N. peacekeepers arrived in Haiti on Friday.")
    assert not any(code.startswith("04") for _, _, code in found)
