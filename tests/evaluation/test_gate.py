"""The evaluation gate: every gold set present scores at or above its pinned floors.

A failure here means accuracy fell (fix the coder, or lower the floor on purpose with
``summitry eval --pin --allow-lower``) or a gold file changed (re-pin with
``summitry eval --pin``). See docs/evaluation.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from summitry.errors import ConfigError
from summitry.evaluation import gate
from summitry.evaluation.metrics import PRF, EventScores
from summitry.evaluation.report import Acceptance, Report

from tests.helpers import REPO


def _param(gate_set: gate.GateSet) -> Any:
    marks = [pytest.mark.shared] if gate_set.name in ("seed", "confli-cameo", "petrarch2") else []
    return pytest.param(gate_set, id=gate_set.key, marks=marks)


@pytest.mark.parametrize("gate_set", [_param(s) for s in gate.SETS])
def test_gate(gate_set: gate.GateSet, pipeline_for: Callable[[str], Any]) -> None:
    reason = gate.missing(gate_set, repo=REPO)
    if reason:
        pytest.skip(f"gate {gate_set.key} skipped: {reason}")
    floors = gate.load_floors(REPO / gate.FLOORS)
    report = gate.evaluate_set(gate_set, pipeline_for, repo=REPO)
    problems = gate.judge(gate_set, report, floors["sets"].get(gate_set.key))
    assert not problems, "\n".join(problems)


# ---- the gate's own logic, on made-up reports ----------------------------------------

SEED = gate.SETS[0]
VOA = next(s for s in gate.SETS if s.key == "voa")


def voa_report(tp: int, digest: str = "abc") -> Report:
    fields = {name: PRF(tp, 10 - tp, 10 - tp) for name in ("root", "code", "dyad")}
    return Report("voa", None, "international", {"eval/gold/voa.jsonl": digest}, 5,
                  events=EventScores(fields, {}))


def test_judge_passes_at_the_floor_and_fails_below() -> None:
    entry = gate.entry_for(VOA, voa_report(6))
    assert entry["floors"] == {"event_f1": 0.6, "code_f1": 0.6, "dyad_f1": 0.6}
    assert gate.judge(VOA, voa_report(6), entry) == []
    problems = gate.judge(VOA, voa_report(5), entry)
    assert "voa: event_f1 = 0.5000 is below its floor 0.6 by 0.1000" in problems
    assert len(problems) == 3


def test_judge_digest_scope_and_unpinned() -> None:
    entry = gate.entry_for(VOA, voa_report(6))
    (problem,) = gate.judge(VOA, voa_report(6, digest="def"), entry)
    assert "gold file eval/gold/voa.jsonl changed" in problem and "--pin" in problem
    assert gate.judge(VOA, voa_report(6), entry | {"scope": "all"})[0].startswith(
        "voa: scored with scope 'international'")
    assert "not pinned" in gate.judge(VOA, voa_report(6), None)[0]


def test_seed_ceiling() -> None:
    def seed(violations: int) -> Report:
        return Report("seed", None, "international", {"s": "1"}, 1,
                      acceptance=Acceptance(17, 17, violations, 5))

    entry = gate.entry_for(SEED, seed(0))
    assert (entry["floors"], entry["ceilings"]) == ({"must_passed": 17},
                                                    {"must_not_violations": 0})
    assert gate.judge(SEED, seed(1), entry) == [
        "seed: must_not_violations = 1 is above its ceiling 0 by 1"]


def test_pin_only_lowers_on_purpose() -> None:
    data, changes = gate.pin({"sets": {}}, {"voa": voa_report(7)})
    assert data["sets"]["voa"]["floors"]["event_f1"] == 0.7 and "about" in data
    assert "voa: event_f1 unpinned → 0.7" in changes
    higher, _ = gate.pin(data, {"voa": voa_report(8)})
    assert higher["sets"]["voa"]["floors"]["code_f1"] == 0.8
    with pytest.raises(ConfigError, match="would lower.*voa: event_f1 0.8 → 0.6"):
        gate.pin(higher, {"voa": voa_report(6)})
    lowered, _ = gate.pin(higher, {"voa": voa_report(6)}, allow_lower=True)
    assert lowered["sets"]["voa"]["floors"]["dyad_f1"] == 0.6
    kept, changes = gate.pin(higher, {})
    assert kept["sets"] == higher["sets"] and changes == []
