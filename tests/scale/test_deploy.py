"""The deployment files under deploy/: valid YAML, consistent with each other and with
how summitry wants its workers (one thread each), scripts that parse."""

from __future__ import annotations

import py_compile
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from dask.utils import parse_bytes

from tests.helpers import REPO

DEPLOY = REPO / "deploy"


def _docs(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]


def _containers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return list(spec["spec"]["containers"])


@pytest.mark.parametrize("path", sorted(DEPLOY.rglob("*.yaml")), ids=lambda p: p.name)
def test_yaml_parses(path: Path) -> None:
    assert _docs(path), f"{path} is empty"


def test_operator_resources() -> None:
    kinds: dict[str, dict[str, Any]] = {}
    for name in ("dask-cluster.yaml", "ingest-job.yaml"):
        for doc in _docs(DEPLOY / "kubernetes" / name):
            assert doc["apiVersion"] == "kubernetes.dask.org/v1"
            kinds[doc["kind"]] = doc
    assert set(kinds) == {"DaskCluster", "DaskAutoscaler", "DaskJob"}
    clusters = [(kinds["DaskCluster"]["metadata"]["name"], kinds["DaskCluster"]["spec"]),
                (kinds["DaskJob"]["metadata"]["name"], kinds["DaskJob"]["spec"]["cluster"]["spec"])]
    images = set()
    for name, spec in clusters:
        worker = _containers(spec["worker"])[0]
        args = worker["args"]
        assert args[:2] == ["dask", "worker"]
        assert args[args.index("--nthreads") + 1] == "1"  # spaCy holds the GIL
        limit = parse_bytes(args[args.index("--memory-limit") + 1])
        assert limit <= parse_bytes(worker["resources"]["limits"]["memory"].replace("Mi", "MiB"))
        assert worker["resources"]["limits"]["cpu"] == "1"
        scheduler = _containers(spec["scheduler"])[0]
        assert scheduler["args"] == ["dask", "scheduler"]
        service = spec["scheduler"]["service"]
        assert service["selector"]["dask.org/cluster-name"] == name
        assert 8786 in {p["port"] for p in service["ports"]}
        images |= {worker["image"], scheduler["image"]}
    job = _containers(kinds["DaskJob"]["spec"]["job"])[0]
    command = " ".join(job["args"])
    assert "summitry ingest" in command and '--dask "$DASK_SCHEDULER_ADDRESS"' in command
    images.add(job["image"])
    assert len(images) == 1, "scheduler, workers and job must run the same image"
    assert kinds["DaskAutoscaler"]["spec"]["cluster"] == kinds["DaskCluster"]["metadata"]["name"]


def test_helm_values() -> None:
    values = _docs(DEPLOY / "kubernetes" / "helm-values.yaml")[0]
    assert values["worker"]["resources"]["limits"]["cpu"] == "1"  # the chart's --nthreads
    assert values["worker"]["image"]["repository"] == values["scheduler"]["image"]["repository"]
    assert values["jupyter"]["enabled"] is False
    dockerfile = (DEPLOY / "docker" / "Dockerfile").read_text(encoding="utf-8")
    assert "/usr/local/bin/dask-worker" in dockerfile  # the command the chart runs


def test_jobqueue_config() -> None:
    slurm = _docs(DEPLOY / "slurm" / "jobqueue.yaml")[0]["jobqueue"]["slurm"]
    assert slurm["processes"] == slurm["cores"]  # one thread per worker process
    assert parse_bytes(slurm["memory"]) / slurm["processes"] >= parse_bytes("1GiB")


def test_slurm_scripts_parse() -> None:
    subprocess.run(["bash", "-n", str(DEPLOY / "slurm" / "summitry-ingest.sbatch")],
                   check=True)
    py_compile.compile(str(DEPLOY / "slurm" / "ingest_slurm.py"), doraise=True)
