"""Plain words for where a deadline stands and for a risk level, shared by every view.

The full renderings and the one-screen overview use this same wording, so that they
never disagree. Nothing here imports a view.
"""

from __future__ import annotations

from datetime import timedelta

from breachmodel.clocks._local import format_local
from breachmodel.determination import Determination

__all__ = ["risk_label", "status_text"]

_STATUS_LABELS = {"met_late": "met late", "not_applicable": "not applicable"}


def _human_duration(delta: timedelta) -> str:
    hours = abs(delta.total_seconds()) / 3600
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


def status_text(det: Determination) -> str | None:
    """Where a determination's deadline stands, in plain words (None if it has no status).

    The one-screen overview and every full rendering use this same wording.
    """
    st = det.status
    if st is None:
        return None
    text: str = _STATUS_LABELS.get(st.status.value, st.status.value.replace("_", " "))
    if st.status.value == "undetermined":
        missing = det.deadline is not None and det.deadline.missing
        text = "not judged: " + (
            "a start event is missing" if missing else "no as-of instant given"
        )
    if st.time_left is not None:
        text += f", {_human_duration(st.time_left)} left"
    if st.overdue_by is not None:
        text += f" by {_human_duration(st.overdue_by)}"
    if st.late_by is not None:
        text += f" by {_human_duration(st.late_by)}"
    if st.met_at is not None:
        zone = "UTC" if det.deadline is None else det.deadline.timezone
        text += f" (done {format_local(st.met_at, zone)})"
    return text


def risk_label(level: object) -> str:
    """A risk level (or None) in plain words."""
    label = getattr(level, "label", None)
    return "undetermined" if label is None else str(label)
