"""The columns of the Art. 33(5) register and how each one is typed.

Kept below both the register (:mod:`breachmodel.documents`) and the pandas adapter
(:mod:`breachmodel.frames`), so that neither has to import the other for them.
"""

from __future__ import annotations

__all__ = [
    "REGISTER_COLUMNS",
    "REGISTER_INSTANT_ENDINGS",
    "REGISTER_OUTCOMES",
    "REGISTER_YES_NO",
]

REGISTER_COLUMNS: tuple[str, ...] = (
    "incident_id",
    "controller_id",
    "controller",
    "processor",
    "title",
    "occurred_start",
    "occurred_end",
    "detected_at",
    "processor_aware_at",
    "processor_notified_controller_at",
    "controller_aware_at",
    "contained_at",
    "breach_types",
    "data_categories",
    "subject_categories",
    "people_count",
    "people_count_text",
    "consequences",
    "measures",
    "risk_level",
    "notify_authority",
    "authorities",
    "notification_due",
    "notified",
    "notified_at",
    "notified_by",
    "notification_late",
    "reasons_for_delay",
    "communicate_people",
    "public_communication",
    "communicated",
    "communicated_at",
    "decision_rationale",
    "ruleset",
)
"""The register's columns, in order."""

REGISTER_INSTANT_ENDINGS: tuple[str, ...] = ("_at", "_start", "_end", "_due")
"""Columns ending so hold instants."""

REGISTER_OUTCOMES: tuple[str, ...] = (
    "notify_authority",
    "communicate_people",
    "public_communication",
)
"""Columns holding an outcome."""

REGISTER_YES_NO: tuple[str, ...] = ("notified", "notification_late", "communicated")
"""Columns holding ``"yes"`` or ``"no"``."""
