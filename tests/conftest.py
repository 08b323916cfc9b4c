"""Shared fixtures: one pipeline per test session, and the ../shared folder."""

from __future__ import annotations

import pytest

from summitry import Pipeline, Settings


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def pipeline_all() -> Pipeline:
    """Sentence-level coding (scope "all"), one per test session."""
    return Pipeline(Settings(scope="all"))
