"""Evaluation: scorers for the gold formats and the acceptance checks."""
