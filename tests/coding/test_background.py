"""Background and unasserted acts in full articles: acts dated well before the article,
acts that only describe something else, earlier episodes and open questions."""

from __future__ import annotations

import pytest

from summitry import Pipeline

DATE = "2024-06-10"


def roots(pipeline: Pipeline, text: str) -> set[str]:
    doc = pipeline.code(text, date=DATE)
    return {e.cameo_root for e in doc.events if e.modality != "negated"}


# sentences whose acts are background or left open: no event
BACKGROUND = [
    # "last year", "years ago" on the act's own clause
    "Last year Chile and Peru signed a deal to build a port.",
    "Three years ago, Chile signed an agreement with Peru.",
    # a month name well before the article's month, on the clause that reports the act
    "In October, Chile announced it was cutting ties with Peru.",
    # a relative clause that only describes a dated accord
    "The Chilean president was referring to the 2018 accord Chile negotiated with Peru in Lima.",
    # an earlier episode told after "There,"
    ("Santiago has been cold toward Lima since talks failed at a summit held in January. "
    "There, the Chilean president asked Peru for compensation."),
    # an embedded question the sentence leaves open
    "To what extent Chile will support Peru was not made clear.",
    # the same, with the parser taking the question for the main clause
    ("How far and in which form Chile will back Peru in its quarrel with Bolivia, "
    "was not immediately made clear."),
    # a noun dated by the relative clause that describes it
    "Chile is putting less emphasis on talks with Peru that failed last year.",
    # a temporal clause that only dates another act, two months back
    "Lima ordered more doses after China donated medicines to Peru in April.",
    # a record over a period that began long ago
    ("The Chilean envoy reports to the council and has conducted several trips to Peru to "
    "study the situation since he assumed his duties in 2019."),
]

# recent context stays news
NEWS = [
    ("Last week, Chile announced it was cutting ties with Peru.", "16"),
    ("On Monday, Chile signed an agreement with Peru.", "05"),
    ("Chile signed an accord with Peru in May.", "05"),
    ("Chile and Peru held talks in Lima last month.", "04"),
    ("Chile said it will support Peru.", "03"),
    # a month ahead of a planning participle is the future, not the past
    ("Chile will meet Peru at a summit scheduled in December.", "03"),
    ("The Chilean envoy has made several trips to Peru since he took office in May.", "04"),
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_background_is_not_coded(pipeline: Pipeline, text: str) -> None:
    assert roots(pipeline, text) == set()


@pytest.mark.parametrize("text,root", NEWS)
def test_recent_context_is_coded(pipeline: Pipeline, text: str, root: str) -> None:
    assert root in roots(pipeline, text)
