"""Scale-out on Dask distributed: the same pipeline over a laptop, Kubernetes or Slurm.

    >>> from summitry.scale import ingest_dask, load_parquet
    >>> report = ingest_dask("postgresql+psycopg://user@db/summitry", ["news/"],
    ...                      cluster="tcp://scheduler:8786", partition_size=32)
    >>> report = ingest_dask(None, ["news/"], cluster="local:4", output="parquet:out/")
    >>> with Store("postgresql+psycopg://user@db/summitry") as store:
    ...     load_parquet(store, "out/")

Every worker builds the pipeline once (``PipelinePlugin``), codes whole partitions and
writes them itself; content-hash keys make a retried partition harmless. See
docs/scaling.md for deployment and sizing.
"""

from __future__ import annotations

from .bag import (
           articles_bag,
           code_bag,
           document_record,
           document_records,
           event_records,
)
from .cluster import ClusterSpec, connect, parse_cluster
from .parquet import load_parquet, parquet_files, write_partition
from .records import document_from_dict
from .runner import DaskReport, ingest_dask, parse_output
from .worker import PipelinePlugin, worker_pipeline

__all__ = ["ClusterSpec", "DaskReport", "PipelinePlugin", "articles_bag", "code_bag",
           "connect", "document_from_dict", "document_record", "document_records",
           "event_records", "ingest_dask", "load_parquet", "parquet_files", "parse_cluster",
           "parse_output", "worker_pipeline", "write_partition"]
