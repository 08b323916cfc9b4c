"""Enrichment: event dates, places and occasions, modality."""
