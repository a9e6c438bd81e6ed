"""What if a fact were different? Re-run the rules with changed facts and show the difference.

>>> from breachmodel import load
>>> incident = load("examples/misdirected-email.json")
>>> result = what_if(incident, ["effects.confidentiality.recipient_count=500"])
>>> print(result.to_text(), end="")
What if: effects.confidentiality.recipient_count=500
  Risk level (risk): risk -> high
  Communicate the breach to the people concerned (gdpr.art34.communicate_subjects): NOT REQUIRED -> REQUIRED
  Content of the communication to people (gdpr.art34.communication_content): NOT APPLICABLE -> REQUIRED

A change is written ``FACT=VALUE`` (see :func:`breachmodel._sensitivity.parse_change`):
``subjects[].includes_children=true``, ``effects.availability.duration_hours=30``,
``subjects.total=150000``, ``measures.encryption.key_compromised=false``. Each
determination's ``sensitivities`` lists changes written the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from attrs import frozen

from breachmodel._sensitivity import apply_changes
from breachmodel.assessment import Assessment, assess
from breachmodel.determination import Outcome
from breachmodel.model import Incident
from breachmodel.sanitize import dumps_json, markdown_code, markdown_text, one_line

__all__ = ["Difference", "WhatIf", "what_if"]


@frozen(kw_only=True)
class Difference:
    """One result that the changed facts change.

    Attributes:
        id: The determination id, or ``"risk"`` for the risk level.
        title: What it is.
        before: The outcome (or risk level) with the recorded facts.
        after: The outcome (or risk level) with the changed facts.
    """

    id: str
    title: str
    before: Any
    after: Any

    def __str__(self) -> str:
        return f"{self.title} ({self.id}): {_shown(self.before)} -> {_shown(self.after)}"


def _shown(value: Any) -> str:
    if value is None:
        return "undetermined"
    text = str(getattr(value, "value", value))
    return text.upper().replace("_", " ") if isinstance(value, Outcome) else text


@frozen(kw_only=True)
class WhatIf:
    """The assessment with the recorded facts, the one with the changed facts, and the difference.

    Attributes:
        changes: The ``FACT=VALUE`` changes applied.
        before: The assessment of the incident as recorded.
        after: The assessment of the changed incident.
    """

    changes: tuple[str, ...]
    before: Assessment
    after: Assessment

    @property
    def differences(self) -> tuple[Difference, ...]:
        """The risk level, then each determination of any regime, where the changes change it.

        A regime that reaches only one of the two incidents is assessed only for it: its
        determinations count as not applicable to the other.
        """
        out: list[Difference] = []
        before_level = getattr(self.before.analysis("risk"), "level", None)
        after_level = getattr(self.after.analysis("risk"), "level", None)
        if before_level != after_level:
            out.append(
                Difference(id="risk", title="Risk level", before=before_level, after=after_level)
            )
        old = {d.id: d for d in self.before.determinations}
        new = {d.id: d for d in self.after.determinations}
        for det_id, det in {**old, **new}.items():
            was = old[det_id].outcome if det_id in old else Outcome.NOT_APPLICABLE
            now = new[det_id].outcome if det_id in new else Outcome.NOT_APPLICABLE
            if was is not now:
                out.append(Difference(id=det_id, title=det.title, before=was, after=now))
        return tuple(out)

    def to_text(self) -> str:
        """Plain text: the changes, then each difference (or that nothing changes)."""
        lines = [f"What if: {'; '.join(self.changes)}"]
        diffs = self.differences
        lines += [f"  {d}" for d in diffs] or ["  No outcome changes."]
        return "\n".join(one_line(line) for line in lines) + "\n"

    def to_markdown(self) -> str:
        """Markdown table of the differences."""
        lines = [f"**What if:** {markdown_text('; '.join(self.changes))}", ""]
        if not self.differences:
            return "\n".join([*lines, "No outcome changes.", ""])
        lines += ["| Result | Before | After |", "|---|---|---|"]
        lines += [
            f"| {markdown_text(d.title)} ({markdown_code(d.id, in_table=True)}) | {_shown(d.before)} | {_shown(d.after)} |"
            for d in self.differences
        ]
        return "\n".join([*lines, ""])

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: the changes, the differences and the changed assessment."""
        return {
            "changes": list(self.changes),
            "differences": [
                {
                    "id": d.id,
                    "before": None if d.before is None else str(d.before.value),
                    "after": None if d.after is None else str(d.after.value),
                }
                for d in self.differences
            ],
            "after": self.after.to_dict(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """Deterministic JSON."""
        return dumps_json(self.to_dict(), indent=indent, sort_keys=True) + "\n"


def what_if(
    incident: Incident,
    changes: Iterable[str],
    *,
    as_of: datetime | None = None,
    options: Any = None,
    regimes: Iterable[str] | None = None,
) -> WhatIf:
    """Assess the incident as recorded and with the changed facts, and compare.

    Args:
        incident: The incident.
        changes: ``FACT=VALUE`` changes, applied in order.
        as_of: As for :func:`~breachmodel.assessment.assess`.
        options: As for :func:`~breachmodel.assessment.assess`.
        regimes: As for :func:`~breachmodel.assessment.assess` (by default each incident
            is assessed under the regimes that reach it).

    Raises:
        ValueError: If a change is malformed or makes the incident invalid.
    """
    applied = tuple(changes)
    changed = apply_changes(incident, applied)
    chosen = tuple(regimes) if regimes is not None else None
    return WhatIf(
        changes=applied,
        before=assess(incident, as_of=as_of, options=options, regimes=chosen),
        after=assess(changed, as_of=as_of, options=options, regimes=chosen),
    )
