"""Assembly: meetings, quotes and the Document of an article."""

from .document import DocumentBuilder

__all__ = ["DocumentBuilder"]
