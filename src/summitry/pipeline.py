"""Assemble the stages; code one article or a stream of them."""

from __future__ import annotations

import datetime as _dt
import functools
import logging
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from .actors.kb import KnowledgeBase
from .assemble.document import DocumentBuilder
from .coding.coder import EventCoder
from .coding.ontology import Ontology
from .coding.patterns import PatternSet
from .config import Settings
from .errors import W_TRUNCATED, InputError, SummitryError, warning
from .nlp.dateline import mask_dateline
from .nlp.loader import build_nlp
from .readers.problems import ReadProblem
from .readers.records import valid_date
from .types import Article, Document

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    """An article that could not be coded (the batch goes on without it)."""

    article_id: str | None
    source: str | None
    line: int | None
    error: Exception

    def __str__(self) -> str:
        where = self.source or self.article_id or "<article>"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.error}"


class Pipeline:
    """The whole coder: knowledge base, patterns, spaCy pipeline and assembly.

    Build one per set of dictionaries; it holds no global state, so several may
    live in one process.
    """

    def __init__(self, settings: Settings | None = None, *,
                 actor_files: Iterable[str] = (), pattern_files: Iterable[str] = ()) -> None:
        settings = settings or Settings()
        settings = settings.with_(actor_files=settings.actor_files + tuple(actor_files),
                                  pattern_files=settings.pattern_files + tuple(pattern_files))
        self.settings = settings
        self.kb = KnowledgeBase.load(settings.actor_files)
        self.patterns = PatternSet.load(settings.pattern_files)
        self.ontology = Ontology.load()
        self._check_codes()
        self.nlp = build_nlp(self.kb, model=settings.model,
                             max_length=settings.max_chars + 1000,
                             max_sentence_tokens=settings.max_sentence_tokens)
        everything = settings.scope == "all"
        self.builder = DocumentBuilder(self.kb, EventCoder(self.patterns, everything=everything),
                                       self.ontology, everything=everything)

    def _check_codes(self) -> None:
        from .errors import DataError

        for p in self.patterns.patterns:
            codes = [p.code] if p.code else []
            codes += list(p.wrap.values()) + list(p.refine.values())
            for code in codes:
                if code not in self.ontology:
                    raise DataError(f"pattern {p.id} uses unknown CAMEO code {code!r}",
                                    path=p.file, field="code")

    # ---- one article ---------------------------------------------------
    def code(self, text: str | Article, *, date: str | None = None, title: str | None = None,
             id: str | None = None, source: str | None = None) -> Document:
        """Code one article given as text (with its date) or as an Article."""
        article = text if isinstance(text, Article) else Article(
            text=text, id=id, title=title, date=date, source=source)  # type: ignore[arg-type]
        article, notes = self._prepare(article)
        doc = self.nlp(mask_dateline(article.text))
        return self._with_notes(self.builder.build(article, doc), notes)

    # ---- streams -------------------------------------------------------
    def pipe(self, articles: Iterable[Article], *, batch_size: int | None = None,
             n_process: int = 1) -> Iterator[Document | Failure]:
        """Code a stream with ``nlp.pipe``; a failing article yields a ``Failure``."""
        for item in self._pipe(articles, batch_size=batch_size, n_process=n_process):
            if not isinstance(item, ReadProblem):
                yield item

    def _pipe(self, items: Iterable[Article | ReadProblem], *, batch_size: int | None,
              n_process: int = 1) -> Iterator[Document | Failure | ReadProblem]:
        """The stream in input order; read problems travel through it untouched."""
        def tuples() -> Iterator[tuple[str, object]]:
            for item in items:
                if isinstance(item, ReadProblem):
                    yield "", item
                    continue
                try:
                    article, notes = self._prepare(item)
                except SummitryError as exc:
                    yield "", Failure(getattr(item, "id", None), getattr(item, "source", None),
                                      getattr(item, "line", None), exc)
                    continue
                yield mask_dateline(article.text), (article, notes)

        stream = self.nlp.pipe(tuples(), as_tuples=True,
                               batch_size=batch_size or self.settings.batch_size,
                               n_process=n_process)
        for doc, ctx in stream:
            if isinstance(ctx, (ReadProblem, Failure)):
                yield ctx
                continue
            article, notes = ctx  # type: ignore[misc]
            try:
                yield self._with_notes(self.builder.build(article, doc), notes)
            except (SummitryError, ValueError, KeyError, IndexError, AttributeError,
                    TypeError) as exc:
                logger.warning("could not code %s: %s", article.id or article.source, exc)
                yield Failure(article.id, article.source, article.line, exc)

    def code_paths(self, paths: Iterable[str], *, fmt: str | None = None,
                   date: str | None = None, batch_size: int | None = None
                   ) -> Iterator[Document | Failure | ReadProblem]:
        """Read files, globs, directories or "-" and code every article in them.

        Bad files and records come back as ``ReadProblem``s and articles that fail
        to code as ``Failure``s, in input order; the stream always goes on.
        """
        from .readers import read_paths

        items = read_paths(paths, fmt=fmt, date=date, max_bytes=self.settings.max_bytes)
        yield from self._pipe(items, batch_size=batch_size)

    def _prepare(self, article: Article) -> tuple[Article, tuple[str, ...]]:
        """Check an article's fields and cut an over-long text (with a warning)."""
        where = article.source or article.id
        if not isinstance(article.text, str):
            raise InputError(f"text must be a string, not {type(article.text).__name__}",
                             path=where, line=article.line, field="text")
        if isinstance(article.date, _dt.date):
            article = replace(article, date=article.date.isoformat())
        if article.date is not None and not valid_date(article.date):
            raise InputError(f"date must be YYYY-MM-DD, not {article.date!r}", path=where,
                             line=article.line, field="date")
        notes: tuple[str, ...] = ()
        if len(article.text) > self.settings.max_chars:
            cut = self.settings.max_chars
            notes = (warning(W_TRUNCATED, f"text cut from {len(article.text)} to {cut} "
                                          "characters"),)
            soundbites = tuple(s for s in article.soundbites if s.end <= cut)
            article = replace(article, text=article.text[:cut], soundbites=soundbites)
        return article, notes

    @staticmethod
    def _with_notes(document: Document, notes: tuple[str, ...]) -> Document:
        if not notes:
            return document
        return replace(document, warnings=notes + document.warnings)


def code(text: str, *, date: str | None = None, title: str | None = None,
         pipeline: Pipeline | None = None) -> Document:
    """Code one article with a default pipeline (built on first use, per call site)."""
    return (pipeline or default_pipeline()).code(text, date=date, title=title)


@functools.cache
def default_pipeline() -> Pipeline:
    """A pipeline with the packaged dictionaries, built on first use and reused."""
    return Pipeline()
