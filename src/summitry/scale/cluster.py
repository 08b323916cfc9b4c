"""Which Dask cluster to run on: ``local[:N]`` or the address of a running scheduler.

``local``      a LocalCluster on this machine, one single-threaded worker process per core
``local:N``    the same with N worker processes
``tcp://host:8786`` (or ``tls://``, ``ws://``, ``wss://``) an existing scheduler, started
               by ``dask scheduler``, dask-kubernetes, dask-jobqueue, a cloud service, ...

Worker processes run one thread each: spaCy parsing holds the GIL, so threads within
a process add nothing but memory contention.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError

logger = logging.getLogger(__name__)

SCHEMES = ("tcp://", "tls://", "ws://", "wss://", "inproc://")
DEFAULT_MEMORY_LIMIT = "4GiB"  # per worker; a worker with the sm model uses ~0.3 GB


@dataclass(frozen=True)
class ClusterSpec:
    """A parsed ``--dask`` value: a local cluster of ``workers``, or a scheduler address."""

    address: str | None = None  # None: start a LocalCluster
    workers: int = 1

    @property
    def local(self) -> bool:
        return self.address is None

    def describe(self) -> str:
        return f"local:{self.workers}" if self.local else str(self.address)


def parse_cluster(value: str) -> ClusterSpec:
    """Parse ``local``, ``local:N`` or a scheduler address; ConfigError otherwise."""
    text = value.strip()
    if text == "local":
        return ClusterSpec(None, max(1, os.cpu_count() or 1))
    if text.startswith("local:"):
        count = text.split(":", 1)[1]
        if not count.isdigit() or int(count) < 1:
            raise ConfigError(f"expected local:N with N a positive number, not {value!r}",
                              field="dask")
        return ClusterSpec(None, int(count))
    if text.startswith(SCHEMES) and len(text) > text.index("://") + 3:
        return ClusterSpec(text, 0)
    raise ConfigError(f"expected local, local:N or a scheduler address such as "
                      f"tcp://host:8786, not {value!r}", field="dask")


@contextlib.contextmanager
def connect(cluster: str | ClusterSpec | Any, *, memory_limit: str = DEFAULT_MEMORY_LIMIT,
            timeout: float = 60.0) -> Iterator[Any]:
    """A ``distributed.Client`` for ``cluster``, closed (with any cluster it started) on exit.

    ``cluster`` may also be a ``distributed.Client`` already connected: it is used as is
    and left open.
    """
    from distributed import Client, LocalCluster

    if isinstance(cluster, Client):
        yield cluster
        return
    spec = cluster if isinstance(cluster, ClusterSpec) else parse_cluster(str(cluster))
    if spec.local:
        logger.info("starting a local Dask cluster of %d worker(s)", spec.workers)
        with _quiet("distributed"), LocalCluster(
                n_workers=spec.workers, threads_per_worker=1, processes=True,
                dashboard_address=None, host="127.0.0.1", memory_limit=memory_limit,
                silence_logs=logging.WARNING) as local, Client(local) as client:
            yield client
        return
    try:
        client = Client(spec.address, timeout=timeout)
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {spec.address} ({exc})",
                          field="dask") from exc
    with client:
        yield client


def worker_slots(client: Any, *, wait: float = 0.0) -> int:
    """How many task slots (worker threads) the cluster has now; waits up to ``wait`` s
    for the first worker (an autoscaling cluster may start with none)."""
    if wait:
        with contextlib.suppress(Exception):
            client.wait_for_workers(1, timeout=wait)
    return int(sum(client.nthreads().values()))


@contextlib.contextmanager
def _quiet(name: str) -> Iterator[None]:
    """Keep a library's INFO chatter (a local cluster's start and stop) out of the logs."""
    target = logging.getLogger(name)
    level = target.level
    target.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        target.setLevel(level)
