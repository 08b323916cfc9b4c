"""Where an act took place: "in/at X" phrases that place the act, not ones that describe
a noun (enrich/places.py)."""

from __future__ import annotations

from summitry import Pipeline


def _located(pipeline: Pipeline, text: str, cameo_root: str) -> list[str | None]:
    doc = pipeline.code(text, date="2025-05-02")
    return [e.location.country for e in doc.events if e.cameo_root == cameo_root]


def test_a_place_on_the_verb_or_its_object_locates_the_act(pipeline: Pipeline) -> None:
    located = _located(pipeline, "Japan's foreign minister Takeshi Iwaya met South Korean "
                       "Foreign Minister Cho Hyun in Singapore on Friday.", "04")
    assert located and set(located) == {"SGP"}


def test_a_place_describing_the_object_of_a_preposition_does_not(pipeline: Pipeline) -> None:
    # the phone call has no stated venue; "in Lebanon" describes the fighting
    located = _located(pipeline, "French President Emmanuel Macron spoke by phone with "
                       "Egyptian President Abdel Fattah el-Sisi on Thursday about the fighting "
                       "in Lebanon.", "04")
    assert located == [None]
