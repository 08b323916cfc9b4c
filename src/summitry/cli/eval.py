"""``summitry eval NAME|PATH``: score the coder on a gold set; ``--pin`` re-pins the gate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import SummitryError
from ..evaluation.confli import ConfliScores
from ..evaluation.metrics import FIELDS
from ..evaluation.petrarch import PetrarchReport
from ..evaluation.report import Report

EXIT_USAGE = 2


def eval_command(
    name: Optional[str] = typer.Argument(
        None, help="seed, confli-cameo, petrarch2, voa, own, or the path of a gold file."),
    split: Optional[str] = typer.Option(None, "--split",
                                        help="confli-cameo only: dev (default), test or all."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Write the report here."),
    worst: int = typer.Option(10, "--worst", min=0, help="How many worst cases to list."),
    shared: Optional[Path] = typer.Option(None, "--shared", help="The shared benchmark folder "
                                          "(default: $SUMMITRY_SHARED, else ../shared)."),
    scope: Optional[str] = typer.Option(None, "--scope", help="Pipeline scope, international "
                                        "or all (default: the one the gold set is coded for)."),
    do_pin: bool = typer.Option(False, "--pin", help="Recompute every gold set present and "
                                "write eval/floors.json."),
    allow_lower: bool = typer.Option(False, "--allow-lower",
                                     help="With --pin: allow floors to fall (on purpose)."),
) -> None:
    """Evaluate the coder against a gold set (docs/evaluation.md)."""
    out = Console(soft_wrap=False, highlight=False)
    err = Console(stderr=True, soft_wrap=True, highlight=False)
    try:
        if do_pin:
            if name or split or scope or json_path:
                raise typer.BadParameter("--pin takes no gold set, --split, --scope or --json")
            _pin(err, shared=shared, allow_lower=allow_lower)
            return
        if name is None:
            raise typer.BadParameter("give a gold set (seed, confli-cameo, petrarch2, voa, own) "
                                     "or a path")
        report = _evaluate(name, split=split, shared=shared, scope=scope)
    except (SummitryError, typer.BadParameter) as exc:
        err.print(Text.assemble(("error: ", "red"), str(exc)))
        raise typer.Exit(EXIT_USAGE) from exc
    _print_report(out, report, worst=worst)
    if json_path is not None:
        try:
            json_path.write_text(json.dumps(report.to_dict(worst=worst), indent=1,
                                            ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as exc:
            err.print(Text.assemble(("error: ", "red"),
                                    f"cannot write --json {json_path}: {exc.strerror or exc}"))
            raise typer.Exit(EXIT_USAGE) from exc


def _evaluate(name: str, *, split: str | None, shared: Path | None, scope: str | None) -> Report:
    from ..config import Settings
    from ..evaluation.runner import NAMES, evaluate, gold_paths, scope_for
    from ..pipeline import Pipeline

    if name in NAMES:  # fail on absent data before the pipeline loads
        for label, path in gold_paths(name, split, shared=shared).items():
            if not path.is_file():
                raise typer.BadParameter(f"gold file {label} ({path}) does not exist")
    elif not Path(name).is_file():
        if Path(name).suffix:
            raise typer.BadParameter(f"gold file {name} does not exist")
        raise typer.BadParameter(f"unknown gold set {name!r}: give one of {', '.join(NAMES)} "
                                 "or the path of a gold file")
    pipeline = Pipeline(Settings.load(scope=scope or scope_for(name)))
    return evaluate(name, pipeline=pipeline, split=split, shared=shared)


def _pin(err: Console, *, shared: Path | None, allow_lower: bool) -> None:
    from ..config import Settings
    from ..evaluation import gate
    from ..pipeline import Pipeline

    pipelines: dict[str, Any] = {}

    def pipeline_for(scope: str) -> Any:  # packaged defaults only, as the gate test uses
        if scope not in pipelines:
            pipelines[scope] = Pipeline(Settings(scope=scope))
        return pipelines[scope]

    path = gate.floors_path()
    floors = gate.load_floors(path)
    reports = {}
    for gate_set in gate.SETS:
        reason = gate.missing(gate_set, shared=shared)
        if reason:
            err.print(f"{gate_set.key}: not pinned ({reason})")
            continue
        reports[gate_set.key] = gate.evaluate_set(gate_set, pipeline_for, shared=shared)
    data, changes = gate.pin(floors, reports, allow_lower=allow_lower)
    gate.write_floors(path, data)
    for line in changes or ["no change"]:
        err.print(line)
    err.print(f"wrote {path}")


def _print_report(out: Console, report: Report, *, worst: int) -> None:
    head = f"{report.name}" + (f" ({report.split})" if report.split else "")
    out.print(Text(f"{head}: {report.documents} document(s), scope {report.scope}", "bold"))
    for label, digest in report.gold_files.items():
        out.print(f"gold {label} sha256 {digest[:16]}…")
    if report.failures:
        out.print(Text(f"{len(report.failures)} document(s) could not be coded", "yellow"))
    if report.acceptance:
        a = report.acceptance
        out.print(f"acceptance: must items passed {a.must_passed}/{a.must_total}, "
                  f"must_not violations {a.must_not_violations}/{a.must_not_total}")
        for line in a.failed:
            out.print(Text(f"  failed {line}", "red"))
    if report.events:
        table = _prf_table("events (matched one to one; symmetric events either way)")
        for name in FIELDS:
            if name in report.events.fields:
                _prf_row(table, name + (" (event F1)" if name == "root" else ""),
                         report.events.fields[name])
        out.print(table)
        if report.events.tolerated:
            out.print(f"{report.events.tolerated} predicted event(s) matched 'may' items "
                      "(not counted as false positives)")
        out.print(Text("root confusion over events matched on their dyad "
                       "(rows gold root, columns predicted root):"))
        # at its natural width: a matrix of many roots may be wider than the terminal
        out.print(_confusion(report.events.confusion), width=max(out.width, 200))
    if report.confli:
        _print_confli(out, report.confli)
    if report.petrarch:
        _print_petrarch(out, report.petrarch)
    cases = report.worst(worst)
    if cases:
        out.print(Text(f"worst {len(cases)} case(s) (missed + spurious):", "bold"))
        for case in cases:
            out.print(Text(f"{case.id}: {len(case.missed)} missed, {len(case.spurious)} "
                           "spurious" + (f" [not coded: {case.failed}]" if case.failed else ""),
                           "bold"))
            for line in case.missed:
                out.print(Text("  - missed   " + line))
            for line in case.spurious:
                out.print(Text("  + spurious " + line))


def _prf_table(title: str, first: str = "field") -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first)
    for column in ("P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right")
    return table


def _prf_row(table: Table, label: str, prf: Any) -> None:
    table.add_row(label, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                  str(prf.tp), str(prf.fp), str(prf.fn))


def _confusion(cells: dict[tuple[str, str], int]) -> Table | Text:
    if not cells:
        return Text("root confusion: no events matched on their dyad")
    gold = sorted({g for g, _ in cells})
    predicted = sorted({p for _, p in cells})
    table = Table(box=box.SIMPLE_HEAD, padding=(0, 0, 0, 1))  # 20 roots fit in 80 columns
    table.add_column("gold", no_wrap=True)
    for root in predicted:
        table.add_column(root, justify="right", no_wrap=True)
    for g in gold:
        table.add_row(g, *(str(cells.get((g, p), "")) for p in predicted))
    return table


def _print_confli(out: Console, c: ConfliScores) -> None:
    table = _prf_table("confli-cameo vs gold (sentence level, micro)", "measure")
    _prf_row(table, "roots", c.roots)
    _prf_row(table, "roots without 01", c.roots_excl_01)
    _prf_row(table, "quad classes", c.quad)
    _prf_row(table, "relevance", c.relevance)
    out.print(table)
    out.print(f"roots exact set match {c.exact_set_match:.3f}, relevance accuracy "
              f"{c.relevance_accuracy:.3f} ({c.predicted}/{c.sentences} sentences coded)")
    loo = Table(title="like for like: machine vs held-out human on the same leave-one-out "
                      "references", title_justify="left")
    loo.add_column("measure", no_wrap=True)
    loo.add_column("machine F1 (P / R)", justify="right")
    loo.add_column("human F1 (P / R)", justify="right")
    for name, label in (("roots", "roots"), ("roots_excluding_01", "roots without 01"),
                        ("quad", "quad classes")):
        m, h = c.loo_machine[name], c.loo_human[name]
        loo.add_row(label, *(f"{x.f1:.3f} ({x.precision:.3f} / {x.recall:.3f})" for x in (m, h)))
    loo.add_row("relevance accuracy", f"{c.loo_relevance_accuracy('machine'):.3f}",
                f"{c.loo_relevance_accuracy('human'):.3f}")
    out.print(loo)


def _print_petrarch(out: Console, p: PetrarchReport) -> None:
    ours, ref = p.ours, p.reference
    table = Table(title="PETRARCH2 validation suite (score.py: scored records, micro over "
                        "triples)", title_justify="left")
    table.add_column("measure", no_wrap=True)
    table.add_column("summitry", justify="right")
    table.add_column("PETRARCH2", justify="right")

    def prf(x: Any) -> str:
        return f"{x.f1:.3f} ({x.precision:.3f} / {x.recall:.3f})"

    def exact(n: int, of: int) -> str:
        return f"{n}/{of} = {100 * n / of:.1f} %" if of else "0/0"

    table.add_row("exact records", exact(ours.exact, ours.records),
                  exact(ref.exact, ref.records) if ref else "-")
    table.add_row("triples F1 (P / R)", prf(ours.triples), prf(ref.triples) if ref else "-")
    table.add_row("root F1 (P / R)", prf(ours.root), prf(ref.root) if ref else "-")
    table.add_row("dyads, any code (extra)", prf(ours.dyads), prf(ref.dyads) if ref else "-")
    for label, mine, theirs in (
            *((f"  category {k}", v, ref.by_category.get(k) if ref else None)
              for k, v in sorted(ours.by_category.items())),
            *((f"  expect {k}", v, ref.by_expect.get(k) if ref else None)
              for k, v in sorted(ours.by_expect.items()))):
        table.add_row(label, f"{mine[0]}/{mine[1]}", f"{theirs[0]}/{theirs[1]}" if theirs else "-")
    out.print(table)
    if ours.missing:
        out.print(f"{ours.missing} scored record(s) have no prediction (counted as nothing)")
    if p.unmatched:
        out.print("dictionary names our knowledge base holds as places only (not actors): "
                  + ", ".join(p.unmatched))
