"""P/R/F1, one-to-one matching, symmetric events, the confusion matrix, worst cases."""

from __future__ import annotations

import pytest

from summitry.evaluation.gate import round_down
from summitry.evaluation.metrics import (
    PRF,
    ScoredEvent,
    count,
    match,
    quad_of,
    root_confusion,
    score_documents,
)


def ev(source: str | None, target: str | None, cameo: str, symmetric: bool = False,
       **kw: object) -> ScoredEvent:
    return ScoredEvent(source, target, cameo, symmetric, **kw)  # type: ignore[arg-type]


def test_prf_rates_and_zero_division() -> None:
    prf = PRF(tp=2, fp=1, fn=3)
    assert prf.precision == pytest.approx(2 / 3)
    assert prf.recall == pytest.approx(2 / 5)
    assert prf.f1 == pytest.approx(4 / 8)
    empty = PRF()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    assert PRF(0, 0, 4).precision == 0.0 and PRF(0, 4, 0).recall == 0.0
    assert PRF(1, 2, 3) + PRF(4, 5, 6) == PRF(5, 7, 9)
    assert PRF.of_sets({"01", "18"}, ["18", "19", "19"]) == PRF(1, 1, 1)
    assert PRF(1, 1, 0).to_dict() == {"precision": 0.5, "recall": 1.0, "f1": 0.6667,
                                      "tp": 1, "fp": 1, "fn": 0}


def test_empty_sets() -> None:
    assert count([], []) == PRF()
    assert count([ev("USA", "CHN", "042")], []) == PRF(0, 1, 0)
    assert count([], [ev("USA", "CHN", "042")]) == PRF(0, 0, 1)
    scores = score_documents([])
    assert scores.fields["root"] == PRF() and scores.confusion == {} and scores.worst(5) == []


def test_matching_is_one_to_one() -> None:
    gold = [ev("USA", "CHN", "042"), ev("USA", "CHN", "043")]
    predicted = [ev("USA", "CHN", "040")] * 3
    assert count(predicted, gold, "root") == PRF(2, 1, 0)  # two gold 04s, three predicted
    assert count(predicted, gold, "code") == PRF(0, 3, 2)
    assert count(predicted[:1], gold, "dyad") == PRF(1, 0, 1)
    assert count(predicted, gold, "source") == PRF(2, 1, 0)


def test_direction_matters_for_asymmetric_events() -> None:
    assert count([ev("CHN", "USA", "111")], [ev("USA", "CHN", "111")]) == PRF(0, 1, 1)
    assert count([ev("CHN", "USA", "111")], [ev("USA", "CHN", "111")], "source") == PRF(0, 1, 1)


@pytest.mark.parametrize("gold_sym,pred_sym", [(True, False), (False, True), (True, True)])
def test_symmetric_events_match_either_way(gold_sym: bool, pred_sym: bool) -> None:
    gold = [ev("KOR", "JPN", "042", gold_sym)]
    predicted = [ev("JPN", "KOR", "040", pred_sym)]
    for field in ("root", "quad", "dyad", "source", "target"):
        assert count(predicted, gold, field) == PRF(1, 0, 0), field
    assert count(predicted, gold, "code") == PRF(0, 1, 1)


def test_matching_is_maximal_with_symmetric_events() -> None:
    # A greedy pass that gave the symmetric prediction to the direct gold would find 1.
    gold = [ev("A", "B", "040"), ev("B", "A", "040")]
    predicted = [ev("A", "B", "040", True), ev("A", "B", "040")]
    assert count(predicted, gold) == PRF(2, 0, 0)
    assert sorted(match(predicted, gold)) == [(0, 1), (1, 0)]


def test_date_and_location_fields() -> None:
    gold = [ev("KOR", "JPN", "042", True, date="2025-06-17", location="CAN")]
    predicted = [ev("JPN", "KOR", "044", True, date="2025-06-18", location="CAN")]
    assert count(predicted, gold, "location") == PRF(1, 0, 0)
    assert count(predicted, gold, "date") == PRF(0, 1, 1)


def test_quad_of_roots() -> None:
    assert [quad_of(r) for r in ("01", "05", "06", "08", "09", "13", "14", "20")] == \
        [1, 1, 2, 2, 3, 3, 4, 4]


def test_root_confusion_prefers_agreeing_pairs() -> None:
    gold = [ev("USA", "CHN", "111"), ev("USA", "CHN", "042"), ev("RUS", "UKR", "190")]
    predicted = [ev("USA", "CHN", "043"), ev("USA", "CHN", "120"), ev("FRA", "DEU", "040")]
    assert root_confusion(predicted, gold) == {("04", "04"): 1, ("11", "12"): 1}


def test_score_documents_pools_and_ranks_worst() -> None:
    items = [
        ("a", [ev("USA", "CHN", "042")], [ev("USA", "CHN", "042")]),
        ("b", [ev("USA", "CHN", "111"), ev("RUS", "UKR", "190")], [ev("IND", "PAK", "111")]),
        ("c", [], [ev("FRA", "DEU", "040")]),
    ]
    scores = score_documents(items, fields=("root", "dyad"), failures={"c": "boom"})
    assert scores.fields["root"] == PRF(1, 2, 2)
    assert set(scores.fields) == {"root", "dyad"}
    worst = scores.worst(5)
    assert [d.id for d in worst] == ["b", "c"]
    assert [e.cameo for e in worst[0].spurious] == ["111", "190"]
    assert worst[1].failed == "boom" and len(worst[1].missed) == 1
    assert scores.worst(1)[0].id == "b"


def test_tolerated_extras_are_not_false_positives() -> None:
    items = [("seed", [ev("KOR", "JPN", "042", True), ev("KOR", "G7", "040"),
                       ev("KOR", "G7", "040"), ev("KOR", "USA", "040")],
              [ev("KOR", "JPN", "040", True)])]
    scores = score_documents(items, tolerate={"seed": [ev("KOR", "G7", "043")]})
    assert scores.fields["root"] == PRF(1, 2, 0)  # one KOR→G7 tolerated, one still spurious
    assert scores.tolerated == 1
    assert [e.target for e in scores.documents[0].spurious] == ["G7", "USA"]


def test_round_down() -> None:
    assert round_down(0.4417) == 0.441
    assert round_down(0.29) == 0.29
    assert round_down(1.0) == 1.0
    assert round_down(0.9999) == 0.999
    assert round_down(17) == 17
