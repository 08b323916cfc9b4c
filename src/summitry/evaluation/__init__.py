"""Evaluation: scorers for the gold formats, the acceptance checks and the gate.

    >>> from summitry import Pipeline
    >>> from summitry.evaluation import evaluate
    >>> report = evaluate("seed", pipeline=Pipeline())  # doctest: +SKIP
    >>> report.figures()["must_passed"]  # doctest: +SKIP

See docs/evaluation.md.
"""

from .gold import GoldDocument, load_gold
from .metrics import PRF, ScoredEvent
from .report import Report
from .runner import evaluate

__all__ = ["GoldDocument", "PRF", "Report", "ScoredEvent", "evaluate", "load_gold"]
