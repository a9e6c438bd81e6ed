"""The state laws an assessment used: one row per jurisdiction reached, with provenance."""

from __future__ import annotations

from typing import Any

from attrs import frozen

from breachmodel.determination import Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.regimes.us_states._law import ALL_STATES, StateLaw
from breachmodel.regimes.us_states.rules import states_reached
from breachmodel.regimes.us_states.table import STATES

__all__ = ["StatesAnalysis", "markdown_table", "row", "states_analysis"]


def row(law: StateLaw) -> dict[str, Any]:
    """One jurisdiction's entry as plain data (the result and the law page show it)."""
    ag = law.ag
    return {
        "code": law.code,
        "name": law.name,
        "statute": f"{law.statute} {law.section}",
        "elements": sorted(e.value for e in law.elements),
        "elements_since": {e.value: since.isoformat() for e, since in law.elements_since},
        "risk_of_harm_exception": law.harm_test,
        "residents_deadline": law.residents.describe(),
        "regulator": None if ag is None else ag.authority,
        "regulator_threshold": None
        if ag is None or ag.threshold is None
        else ag.threshold.describe(),
        "regulator_deadline": None if ag is None else ag.clock.describe(),
        "cra_threshold": None if law.cra is None else law.cra.describe(),
        "substitute_notice": None if law.substitute is None else law.substitute.describe(),
        "provenance": law.provenance.value,
        "checked": list(law.checked),
        "source": law.source,
    }


@frozen(kw_only=True)
class StatesAnalysis:
    """Which state laws reach the incident, each with its residents and its provenance."""

    rows: tuple[tuple[StateLaw, int], ...]
    reasons: tuple[Reason, ...] = ()
    kind: str = "state_laws"
    title: str = "US state breach laws reached"

    @property
    def summary(self) -> tuple[str, ...]:
        """One headline line per jurisdiction."""
        return tuple(
            f"{law.name}: {n:,} residents ({law.statute} {law.section}; {law.provenance.value.replace('_', ' ')})"
            for law, n in self.rows
        )

    def to_dict(self) -> dict[str, Any]:
        """The rows, each with its residents counted."""
        return {"states": [{**row(law), "residents": n} for law, n in self.rows]}


def states_analysis(incident: Incident) -> StatesAnalysis:
    """The jurisdictions reached and their entries."""
    reached = tuple((law, n.lower_bound or 0) for law, n in states_reached(incident))
    text = (
        f"{len(reached)} US jurisdiction(s) reached; each entry says whether it was checked "
        "against the statute, a named secondary source, or is from memory (not verified)."
    )
    return StatesAnalysis(
        rows=reached, reasons=(Reason(kind=ReasonKind.FACT, text=text, citations=(ALL_STATES,)),)
    )


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    return str(value).replace("|", "/")


_COLUMNS = (
    ("Jurisdiction", "name"),
    ("Statute", "statute"),
    ("Residents' notice", "residents_deadline"),
    ("Risk-of-harm exception", "risk_of_harm_exception"),
    ("Regulator", "regulator"),
    ("Regulator threshold", "regulator_threshold"),
    ("Regulator deadline", "regulator_deadline"),
    ("CRA threshold", "cra_threshold"),
    ("Elements (with a name)", "elements"),
    ("Provenance", "provenance"),
    ("Checked", "checked"),
)


def markdown_table() -> str:
    """The law page's table of every jurisdiction, generated from the data (a test compares)."""
    head = "| " + " | ".join(t for t, _k in _COLUMNS) + " |"
    rule = "|" + "|".join("---" for _c in _COLUMNS) + "|"
    rows = [
        "| " + " | ".join(_cell(_dated(row(law))[k]) for _t, k in _COLUMNS) + " |" for law in STATES
    ]
    return "\n".join((head, rule, *rows))


def _dated(entry: dict[str, Any]) -> dict[str, Any]:
    """The entry with each element an amendment added shown with its first discovery date."""
    since = entry["elements_since"]
    named = [f"{e} (from {since[e]})" if e in since else e for e in entry["elements"]]
    return {**entry, "elements": named}
