"""Make a worker process die in the middle of writing a partition (run on workers with
``client.run``). Lives in an importable module so that workers import it by name."""

from __future__ import annotations

import os
from typing import Any


def arm(marker: str, after: int) -> int:
    """On this worker, exit hard inside the ``after``-th article's write transaction,
    after the article's rows are written and before they are committed, once across the
    cluster (the first worker to get there creates ``marker``)."""
    import summitry.store.store as store_module

    real = getattr(store_module.write_document, "__wrapped__", store_module.write_document)
    calls = {"n": 0}

    def crashing(conn: Any, doc: Any, **options: Any) -> Any:
        result = real(conn, doc, **options)
        calls["n"] += 1
        if calls["n"] >= after and not result.duplicate:
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return result
            os.write(fd, f"{os.getpid()}\n".encode())
            os.close(fd)
            os._exit(17)  # no cleanup, no commit: as kill -9 would leave it
        return result

    crashing.__wrapped__ = real  # type: ignore[attr-defined]
    store_module.write_document = crashing
    return os.getpid()


def disarm() -> None:
    """Undo ``arm`` on this worker (a worker started since was never armed)."""
    import summitry.store.store as store_module

    store_module.write_document = getattr(store_module.write_document, "__wrapped__",
                                          store_module.write_document)
