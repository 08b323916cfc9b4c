"""HTML fragments (feed summaries and content) to plain-text paragraphs.

Block elements (``p``, ``div``, ``li``, headings, ``br`` ...) end a paragraph;
scripts, styles, forms and embedded objects are dropped with their content; inline
markup is dropped and its text kept. Whitespace inside a paragraph is collapsed.
"""

from __future__ import annotations

import html
import logging
import re

from lxml import etree
from lxml import html as lxml_html

logger = logging.getLogger(__name__)

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})
SKIP_TAGS = frozenset({
    "button", "embed", "form", "iframe", "math", "noscript", "object", "script", "select",
    "style", "svg", "template", "textarea",
})
_TAG = re.compile(r"<[A-Za-z!/?]")
_ANY_TAG = re.compile(r"<[^>]*>")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def looks_like_html(value: str) -> bool:
    """Whether ``value`` contains something that looks like a tag."""
    return _TAG.search(value) is not None


def plain_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: split at blank lines, whitespace collapsed."""
    paragraphs = (" ".join(chunk.split()) for chunk in _BLANK_LINE.split(text))
    return [p for p in paragraphs if p]


def html_paragraphs(markup: str) -> list[str]:
    """The plain-text paragraphs of an HTML fragment (never any markup).

    A value without tags is taken as plain text (entities unescaped) so that its
    blank lines still separate paragraphs.
    """
    if not markup.strip():
        return []
    if not looks_like_html(markup):
        return plain_paragraphs(html.unescape(markup))
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        logger.debug("cannot parse an HTML fragment (%s); stripping tags", err)
        return plain_paragraphs(html.unescape(_ANY_TAG.sub(" ", markup)))
    etree.strip_elements(root, *SKIP_TAGS, with_tail=False)
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    return _walk(root)


def html_line(markup: str) -> str:
    """An HTML (or plain) fragment as one line of text, e.g. a title."""
    return " ".join(html_paragraphs(markup))


def _walk(root: etree._Element) -> list[str]:
    paragraphs: list[str] = []
    pieces: list[str] = []

    def flush() -> None:
        text = " ".join("".join(pieces).split())
        pieces.clear()
        if text:
            paragraphs.append(text)

    for event, element in etree.iterwalk(root, events=("start", "end")):
        block = isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS
        if event == "start":
            if block:
                flush()
            if element.text:
                pieces.append(element.text)
        else:
            if block:
                flush()
            if element is not root and element.tail:
                pieces.append(element.tail)
    flush()
    return paragraphs
