"""HTML fragments to plain paragraphs: blocks split, scripts dropped, never any markup."""

from __future__ import annotations

import pytest

from summitry.readers.markup import html_line, html_paragraphs, plain_paragraphs


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Envoys met <b>in Oslo</b>.</p><p>Talks resume in May.</p>",
         ["Envoys met in Oslo.", "Talks resume in May."]),
        ("Line one<br>Line two<br/><br/>Line three", ["Line one", "Line two", "Line three"]),
        ("<ul><li>Ceasefire</li><li>Prisoner swap</li></ul>After the list.",
         ["Ceasefire", "Prisoner swap", "After the list."]),
        ("<p>Before<!-- ad slot -->after<script>track()</script> the break.</p>"
         "<style>p {}</style>", ["Beforeafter the break."]),
        ("<p>An unclosed <i>tag", ["An unclosed tag"]),
        ("Plain text &amp; entities.\n\nA second paragraph.",
         ["Plain text & entities.", "A second paragraph."]),
        ("<div><iframe src='x'>frame text</iframe></div>", []),
        ("   ", []),
    ],
)
def test_html_paragraphs(markup: str, expected: list[str]) -> None:
    assert html_paragraphs(markup) == expected


def test_plain_paragraphs_and_lines() -> None:
    assert plain_paragraphs("One\nstill one.\n \nTwo.") == ["One still one.", "Two."]
    assert html_line("Leaders <em>sign</em>\n accord") == "Leaders sign accord"
