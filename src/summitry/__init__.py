"""summitry: news about diplomacy in, structured event data out.

    >>> import summitry
    >>> doc = summitry.code("President Lee met Japanese Prime Minister Ishiba.", date="2025-06-17")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .config import Settings
from .errors import SummitryError
from .pipeline import Failure, Pipeline, code
from .types import Actor, Article, Document, Event, Meeting, Quote

try:
    __version__ = version("summitry")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0+unknown"

__all__ = ["Actor", "Article", "Document", "Event", "Failure", "Meeting", "Pipeline", "Quote",
           "Settings", "SummitryError", "code", "__version__"]
