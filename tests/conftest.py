"""Shared fixtures: one pipeline per test session, and the ../shared folder."""

from __future__ import annotations

import pytest

from summitry import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()
