"""Actors: the knowledge base, mention finding, resolution and coreference."""

from .kb import KnowledgeBase

__all__ = ["KnowledgeBase"]
