"""The Document: ids, warnings, text offsets."""

from __future__ import annotations

from summitry import Pipeline, Settings


def test_ids_and_offsets(pipeline: Pipeline) -> None:
    text = "Japan condemned North Korea's missile launch. China urged restraint from Pyongyang."
    doc = pipeline.code(text, date="2025-06-18", title="Launch")
    assert [e.id for e in doc.events] == [f"e{i}" for i in range(1, len(doc.events) + 1)]
    for actor in doc.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text)
    assert doc.title == "Launch" and doc.date == "2025-06-18"


def test_undated_article_warns(pipeline: Pipeline) -> None:
    doc = pipeline.code("Japan condemned North Korea's missile launch.")
    assert doc.events and all(e.date is None for e in doc.events)
    assert any(w.startswith("[W001]") and "no date" in w for w in doc.warnings)


def test_unknown_names_warn(pipeline: Pipeline) -> None:
    doc = pipeline.code("Minister Ardo Vilkas met the press.", date="2025-06-18")
    assert any(w.startswith("[W005]") and "Ardo Vilkas" in w for w in doc.warnings)


def test_long_sentence_is_cut_with_a_warning() -> None:
    pipeline = Pipeline(Settings(max_sentence_tokens=50))
    text = " ".join(["Japan criticized China"] + ["and also talked at length"] * 40) + "."
    doc = pipeline.code(text, date="2025-06-18")
    assert any(w.startswith("[W003]") for w in doc.warnings)


def test_scope_all_keeps_domestic_and_unnamed_actors() -> None:
    text = "Police arrested two protesters in Lagos, officials said."
    international = Pipeline().code(text, date="2025-06-18")
    everything = Pipeline(Settings(scope="all")).code(text, date="2025-06-18")
    assert international.events == ()
    assert {e.cameo_root for e in everything.events} >= {"17"}


def test_a_planned_act_said_on_a_weekday_is_dated_by_its_saying(pipeline: Pipeline) -> None:
    # 2025-06-19 is a Thursday: "said Tuesday" is June 17, not the coming Tuesday
    doc = pipeline.code("Japan said Tuesday that it would hold talks with China on trade.",
                        date="2025-06-19")
    planned = [e for e in doc.events if e.modality == "planned"]
    assert planned and {e.date for e in planned} == {"2025-06-17"}


def test_a_planned_act_on_a_weekday_is_in_the_coming_days(pipeline: Pipeline) -> None:
    doc = pipeline.code("Japan's foreign minister will visit China on Tuesday.",
                        date="2025-06-19")
    planned = [e for e in doc.events if e.modality == "planned"]
    assert planned and {e.date for e in planned} == {"2025-06-24"}
