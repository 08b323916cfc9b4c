"""The evaluation API: ``evaluate(name_or_path, pipeline=...) -> Report``.

Named gold sets:

* ``seed``: the acceptance checks of ``../shared/acceptance/seed.gold.json`` on
  ``seed.txt``, and event scores against its ``must`` events (its ``may`` events are
  tolerated extras, not false positives);
* ``confli-cameo``: the sentence benchmark, split ``dev`` (default), ``test`` or ``all``;
* ``petrarch2``: the PETRARCH2 validation suite, ``../shared/benchmarks/petrarch2/
  validation.jsonl``, coded with the suite's actor and agent dictionaries as an overlay
  and scored as its ``score.py`` (see ``petrarch.py``);
* ``voa`` and ``own``: ``eval/gold/voa.jsonl`` and ``eval/gold/own.jsonl`` of the
  repository (VOA texts come from ``../shared/benchmarks/ngec-voa/stories.jsonl``);
* anything else is the path of a gold file (see ``gold.py`` for the formats).

``../shared`` is found beside the repository (the folder holding ``pyproject.toml``,
searched upward from the current directory); ``shared=`` or the environment variable
``SUMMITRY_SHARED`` overrides it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..errors import ConfigError, DataError
from ..types import Article, Document, Event
from . import confli, petrarch
from .acceptance import check
from .gold import GoldDocument, load_gold
from .metrics import ScoredEvent, score_documents
from .report import Acceptance, Report

logger = logging.getLogger(__name__)

NAMES = ("seed", "confli-cameo", "petrarch2", "voa", "own")
SHARED_ENV = "SUMMITRY_SHARED"
# The coding scope each benchmark is annotated for (see Settings.scope): confli-cameo
# codes every CAMEO event of a sentence, domestic and actor-less ones included.
# The PETRARCH2 suite codes every event of a sentence between dictionary actors.
SCOPES = {"confli-cameo": "all", "petrarch2": "all"}
SEED_FIELDS = ("root", "quad", "source", "target", "dyad")  # the seed gold has no full codes
STORIES = ("benchmarks", "ngec-voa", "stories.jsonl")


def scope_for(name: str) -> str:
    """The pipeline scope a gold set is meant to be coded with."""
    return SCOPES.get(name, "international")


def find_repo(start: str | Path | None = None) -> Path | None:
    """The nearest folder holding ``pyproject.toml``, from ``start`` (default: the
    current directory) upward; failing that, from this package's own location."""
    for origin in (Path(start or Path.cwd()).resolve(), Path(__file__).resolve().parent):
        for folder in (origin, *origin.parents):
            if (folder / "pyproject.toml").is_file():
                return folder
    return None


def find_shared(shared: str | Path | None = None, *, repo: str | Path | None = None) -> Path:
    """The shared benchmark folder: ``shared``, else ``$SUMMITRY_SHARED``, else ../shared."""
    chosen = shared or os.environ.get(SHARED_ENV)
    if chosen:
        path = Path(chosen)
        if not path.is_dir():
            raise ConfigError(f"the shared data folder {path} does not exist", field="shared")
        return path
    root = Path(repo) if repo else find_repo()
    if root is None or not (root.parent / "shared").is_dir():
        where = f"{root.parent / 'shared'}" if root else "../shared (no pyproject.toml found)"
        raise ConfigError(f"the shared data folder {where} does not exist; give --shared DIR "
                          f"or set {SHARED_ENV}", field="shared")
    return root.parent / "shared"


def gold_paths(name: str, split: str | None = None, *, shared: str | Path | None = None,
               repo: str | Path | None = None) -> dict[str, Path]:
    """The gold file(s) of a named set, labelled as ``../shared/...`` or ``eval/gold/...``."""
    if name == "seed":
        return {"../shared/acceptance/seed.gold.json":
                find_shared(shared, repo=repo) / "acceptance" / "seed.gold.json"}
    if name == "confli-cameo":
        split = split or "dev"
        if split not in confli.SPLITS:
            raise ConfigError(f"split must be one of {', '.join(confli.SPLITS)}, not {split!r}",
                              field="split")
        label = f"benchmarks/confli-cameo/{confli.SPLITS[split]}"
        return {f"../shared/{label}": find_shared(shared, repo=repo) / label}
    if name == "petrarch2":
        label = "/".join((*petrarch.FOLDER, petrarch.GOLD))
        return {f"../shared/{label}": find_shared(shared, repo=repo) / label}
    if name in ("voa", "own"):
        root = Path(repo) if repo else find_repo()
        if root is None:
            raise ConfigError(f"no repository (pyproject.toml) above {Path.cwd()} to find "
                              f"eval/gold/{name}.jsonl in")
        return {f"eval/gold/{name}.jsonl": root / "eval" / "gold" / f"{name}.jsonl"}
    raise _unknown(name)


def _unknown(name: str) -> ConfigError:
    return ConfigError(f"unknown gold set {name!r}: give one of {', '.join(NAMES)} or the path "
                       "of a gold file")


def sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def evaluate(name_or_path: str | Path, *, pipeline: Any, split: str | None = None,
             shared: str | Path | None = None, repo: str | Path | None = None) -> Report:
    """Code a gold set with ``pipeline`` and score it (see the module docstring)."""
    name = str(name_or_path)
    if split is not None and name != "confli-cameo":
        raise ConfigError("--split applies to confli-cameo only", field="split")
    scope = getattr(getattr(pipeline, "settings", None), "scope", None)
    if name in NAMES:
        files = gold_paths(name, split, shared=shared, repo=repo)
    elif Path(name).is_file():
        files = {name: Path(name)}
    else:
        raise _unknown(name)
    for label, path in files.items():
        if not path.is_file():
            raise DataError(f"gold file {label} does not exist", path=str(path))
    digests = {label: sha256(path) for label, path in files.items()}
    (path,) = files.values()
    if name == "seed":
        return _seed(pipeline, path, digests, scope)
    if name == "confli-cameo":
        records = confli.load_sentences(path)
        predictions, failures = confli.predict(pipeline, records)
        return Report(name, split or "dev", scope, digests, len(records), failures,
                      confli=confli.score(records, predictions))
    if name == "petrarch2":
        records, scores, failures = petrarch.evaluate_suite(pipeline, path, path.parent)
        return Report(name, None, scope, digests, len(records), failures, petrarch=scores)
    documents = load_gold(path, stories=stories_path(shared, repo))
    return _events_report(name, pipeline, documents, digests, scope)


def stories_path(shared: str | Path | None, repo: str | Path | None) -> Path | None:
    """The VOA stories file for gold records without text, when ../shared is there."""
    try:
        path = find_shared(shared, repo=repo).joinpath(*STORIES)
    except ConfigError:
        return None
    return path if path.is_file() else None


def scored(event: Event) -> ScoredEvent:
    """The country-level view of a coded event that scoring compares."""
    return ScoredEvent(event.source.country, event.target.country if event.target else None,
                       event.cameo, event.symmetric, event.date, event.location.country,
                       event.modality, event.evidence.text)


def countable(events: Iterable[ScoredEvent]) -> list[ScoredEvent]:
    """Events that count: a negated event ("did not meet") is not an event."""
    return [e for e in events if e.modality != "negated"]


def _events_report(name: str, pipeline: Any, documents: Sequence[GoldDocument],
                   digests: dict[str, str], scope: str | None) -> Report:
    articles = [Article(text=d.text, id=d.id, date=d.date, title=d.title) for d in documents]
    failures: dict[str, str] = {}
    items = []
    for gold, result in zip(documents, pipeline.pipe(articles)):
        if isinstance(result, Document):
            predicted = countable(scored(e) for e in result.events)
        else:
            failures[gold.id] = str(result)
            logger.warning("gold document %s could not be coded: %s", gold.id, result)
            predicted = []
        items.append((gold.id, predicted, countable(gold.events)))
    events = score_documents(items, failures=failures)
    return Report(name, None, scope, digests, len(documents), failures, events=events)


def _seed(pipeline: Any, gold_path: Path, digests: dict[str, str], scope: str | None) -> Report:
    from ..readers import read_path

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot read the seed gold: {exc}", path=str(gold_path)) from exc
    text_path = gold_path.with_name("seed.txt")
    articles = list(read_path(text_path))
    if len(articles) != 1 or not isinstance(articles[0], Article):
        raise DataError(f"expected one article, read {articles!r}", path=str(text_path))
    document = pipeline.code(articles[0])
    findings = check(document, gold)
    must = [f for f in findings if f.section != "must_not"]
    must_not = [f for f in findings if f.section == "must_not"]
    acceptance = Acceptance(
        sum(f.passed for f in must), len(must), sum(not f.passed for f in must_not),
        len(must_not), tuple(f"{f.section}: {f.item}: {f.detail}".rstrip(": ")
                             for f in findings if not f.passed))
    must_events = [_seed_event(e, gold_path) for e in gold.get("must", {}).get("events", [])]
    may_events = [_seed_event(e, gold_path) for e in gold.get("may", {}).get("events", [])]
    predicted = countable(scored(e) for e in document.events)
    events = score_documents([(document.id, predicted, must_events)], fields=SEED_FIELDS,
                             tolerate={document.id: may_events})
    return Report("seed", None, scope, digests, 1, {}, events=events, acceptance=acceptance)


def _seed_event(item: dict[str, Any], path: Path) -> ScoredEvent:
    """A seed gold item as an event: its countries and root (no full code, no date)."""
    root = item.get("cameo_root")
    if not (isinstance(root, str) and confli.root_of(root) == root):
        raise DataError(f"seed event {item.get('id') or item} has no cameo_root",
                        path=str(path), field="cameo_root")
    evidence = item.get("evidence_contains") or " / ".join(item.get("evidence_contains_any", []))
    return ScoredEvent(item.get("source"), item.get("target"), root,
                       bool(item.get("symmetric")), evidence=evidence or item.get("note", ""))
