"""``--output FILE`` (atomic writes) and ``--actors FILE`` (user knowledge-base files)."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from summitry.pipeline import Pipeline

from .conftest import JSONL, PLAIN, TRANSCRIPT, Invoker, Writer


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".summitry-"))


# ---- --output ---------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_output_file_is_written_and_stdout_stays_empty(invoke: Invoker, write: Writer,
                                                        tmp_path: Path, fmt: str) -> None:
    write("out/.keep", "")
    result = invoke(write("batch.jsonl", JSONL), "-f", fmt, "--output", "out/result.dat")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    written = (tmp_path / "out" / "result.dat").read_text(encoding="utf-8")
    if fmt == "json":
        assert [d["id"] for d in json.loads(written)] == ["w-1", "w-2"]
    elif fmt == "jsonl":
        assert [json.loads(line)["id"] for line in written.splitlines()] == ["w-1", "w-2"]
    elif fmt == "csv":
        assert written.startswith("article_id,article_date,event_id,")
    else:
        assert "Donald Tusk" in written
    assert _leftovers(tmp_path / "out") == []


def test_output_replaces_an_existing_file(invoke: Invoker, write: Writer, tmp_path: Path) -> None:
    write("result.json", "old content")
    result = invoke(write("paris.txt", PLAIN), "-f", "json", "-o", "result.json")
    assert result.exit_code == 0, result.stderr
    assert json.loads((tmp_path / "result.json").read_text("utf-8"))["id"] == "paris"
    assert _leftovers(tmp_path) == []


def test_output_not_created_when_nothing_is_coded(invoke: Invoker, write: Writer,
                                                  tmp_path: Path) -> None:
    result = invoke(write("empty.txt", b""), "-f", "json", "-o", "result.json")
    assert result.exit_code == 1
    assert not (tmp_path / "result.json").exists()
    assert _leftovers(tmp_path) == []


def test_existing_output_untouched_when_nothing_is_coded(invoke: Invoker, write: Writer,
                                                         tmp_path: Path) -> None:
    write("result.jsonl", "old content\n")
    result = invoke(write("empty.txt", b""), "-f", "jsonl", "-o", "result.jsonl")
    assert result.exit_code == 1
    assert (tmp_path / "result.jsonl").read_text("utf-8") == "old content\n"
    assert _leftovers(tmp_path) == []


def test_output_with_a_partly_bad_batch(invoke: Invoker, write: Writer, tmp_path: Path) -> None:
    lines = JSONL.splitlines()
    write("mixed.jsonl", "\n".join([lines[0], "{not json", lines[1]]) + "\n")
    result = invoke("mixed.jsonl", "-f", "jsonl", "-o", "result.jsonl")
    assert result.exit_code == 0, result.stderr
    written = (tmp_path / "result.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in written] == ["w-1", "w-2"]
    assert "mixed.jsonl:2" in result.stderr


def test_output_into_a_missing_directory_is_a_clear_error(invoke: Invoker,
                                                          write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "-f", "json", "-o", "no/such/dir/result.json")
    assert result.exit_code in (1, 2)
    assert not Path("no").exists()
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "no/such/dir/result.json" in result.stderr


def test_output_that_is_a_directory(invoke: Invoker, write: Writer, tmp_path: Path) -> None:
    write("outdir/.keep", "")
    result = invoke(write("paris.txt", PLAIN), "-f", "json", "-o", "outdir")
    assert result.exit_code != 0
    assert _leftovers(tmp_path) == []
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "outdir" in result.stderr


def test_output_untouched_when_the_run_crashes_midway(
        invoke: Invoker, write: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write("result.json", '{"old": true}\n')
    write("paris.txt", PLAIN)
    real = Pipeline.code_paths

    def crashing(self: Pipeline, *args: object, **kwargs: object) -> Iterator[object]:
        stream = real(self, *args, **kwargs)
        yield next(stream)  # one article coded ...
        raise RuntimeError("unexpected failure")  # ... then something breaks

    monkeypatch.setattr(Pipeline, "code_paths", crashing)
    result = invoke("paris.txt", "-f", "json", "-o", "result.json")
    assert result.exit_code != 0
    assert (tmp_path / "result.json").read_text("utf-8") == '{"old": true}\n'
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_output_file_mode_follows_the_umask(invoke: Invoker, write: Writer,
                                           tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        result = invoke(write("paris.txt", PLAIN), "-f", "jsonl", "-o", "result.jsonl")
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "result.jsonl").stat().st_mode) == 0o644


# ---- --actors ---------------------------------------------------------------------------

USER_ACTORS = """\
people:
  - id: aurelien-vasseret
    name: Aurélien Vasseret
    surname: Vasseret
    gender: m
    roles:
      - title: President
        country: FRA
        office: head_of_state
        start: "2031-01-01"
        end: null
"""

FUTURE = ("President Vasseret met Japanese Prime Minister Sanae Takaichi in Paris on "
          "Monday.\n")


def test_user_actor_file_resolves_a_new_person(invoke: Invoker, write: Writer) -> None:
    actors = write("my-actors.yaml", USER_ACTORS)
    result = invoke(write("future.txt", FUTURE), "--date", "2031-05-01", "--actors", actors,
                    "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    person = next(a for a in doc["actors"] if a["id"] == "aurelien-vasseret")
    assert person["name"] == "Aurélien Vasseret"
    assert person["kind"] == "person"
    assert (person["country"], person["sector"], person["role"]) == ("FRA", "GOV", "President")
    event = next(e for e in doc["events"] if "aurelien-vasseret" in
                 (e["source"]["actor"], (e["target"] or {}).get("actor")))
    other = event["target"] if event["source"]["actor"] == "aurelien-vasseret" \
        else event["source"]
    assert other["country"] == "JPN"
    assert event["cameo_root"] == "04"
    assert event["date"] == "2031-04-28"
    (meeting,) = doc["meetings"]
    by_actor = {p["actor"]: p for p in meeting["participants"]}
    assert by_actor["aurelien-vasseret"]["role"] == "President"
    assert by_actor["aurelien-vasseret"]["country"] == "FRA"


def test_without_the_user_file_the_person_is_unknown(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("future.txt", FUTURE), "--date", "2031-05-01", "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert "aurelien-vasseret" not in {a["id"] for a in doc["actors"]}
    assert not any(a["name"] == "Aurélien Vasseret" for a in doc["actors"])


def test_user_role_is_bounded_by_its_dates(invoke: Invoker, write: Writer) -> None:
    # In 2030 Vasseret holds no office yet: "President Vasseret" is not resolved to him.
    actors = write("my-actors.yaml", USER_ACTORS)
    result = invoke(write("past.txt", FUTURE), "--date", "2030-05-01", "--actors", actors,
                    "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert not any(a["id"] == "aurelien-vasseret" and a["role"] == "President"
                   for a in doc["actors"])
    assert not any(p["actor"] == "aurelien-vasseret" and p["role"] == "President"
                   for m in doc["meetings"] for p in m["participants"])


def test_invalid_yaml_actor_file_is_a_usage_error(invoke: Invoker, write: Writer) -> None:
    bad = write("broken-actors.yaml", "people: [\n  - id: x\n   bad: : :\n")
    result = invoke(write("paris.txt", PLAIN), "--actors", bad, "-f", "json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "broken-actors.yaml" in result.stderr
    assert "E020" in result.stderr


def test_actor_file_with_a_bad_entry_names_the_field(invoke: Invoker, write: Writer) -> None:
    bad = write("bad-entry.yaml", "people:\n  - id: x\n    name: X Y\n"
                                  "    roles: [{title: P, country: FRA, bogus: 1}]\n")
    result = invoke(write("paris.txt", PLAIN), "--actors", bad)
    assert result.exit_code == 2
    err = " ".join(result.stderr.split())  # messages may wrap at 80 columns
    assert "bad-entry.yaml" in err
    assert "people[0].roles[0]" in err


def test_missing_actor_file_is_a_usage_error(invoke: Invoker, write: Writer) -> None:
    result = invoke(write("paris.txt", PLAIN), "--actors", "nowhere.yaml")
    assert result.exit_code == 2
    assert "nowhere.yaml" in result.stderr


def test_actor_file_that_is_not_a_mapping(invoke: Invoker, write: Writer) -> None:
    bad = write("list.yaml", "- just\n- a list\n")
    result = invoke(write("kananaskis.txt", TRANSCRIPT), "--actors", bad)
    assert result.exit_code == 2
    assert "list.yaml" in result.stderr
