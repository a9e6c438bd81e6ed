"""A regime declared as data: one :class:`Declaration` that :class:`DeclaredRegime` serves.

Most regimes differ only in what they are (id, name, instruments, the findings they read,
their options) and in which of their functions answer the protocol's questions (whether
the law reaches the incident, its determinations, what a notice to each recipient must
contain, when its clocks start). A regime sub-package declares these once::

    REGIME = DeclaredRegime(Declaration(id="xx", title=..., determine=..., ...))

and :class:`DeclaredRegime` answers the :class:`~breachmodel.regimes._base.Regime`
protocol from the declaration. A regime with its own behaviour (the GDPR, a sector law)
keeps its own class.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from breachmodel.determination import Determination
from breachmodel.law import get as instrument
from breachmodel.regimes._base import (
    Analysis,
    Applicability,
    BaseRegime,
    Overlap,
    instrument_line,
)

if TYPE_CHECKING:
    from breachmodel.citations import Citation
    from breachmodel.determination import ChecklistItem
    from breachmodel.model import Incident
    from breachmodel.obligations import Duty

__all__ = ["Declaration", "DeclaredRegime", "Ruling", "instrument_lines"]

Ruling = tuple[tuple[Determination, ...], tuple[Analysis, ...]]
"""What a regime rules: its determinations and its analyses."""
Determine = Callable[["Incident", Any], Ruling]
"""How a regime rules: (incident, its options) -> its ruling."""
Items = Callable[["Incident"], tuple["ChecklistItem", ...]]
"""What a notice must contain, checked against the incident's record."""


def _never(incident: Incident) -> Applicability | None:
    del incident
    return None


def _none(incident: Incident) -> Iterable[Overlap]:
    del incident
    return ()


def _no_processor_duty(duty: Duty) -> tuple[Citation, ...]:
    del duty
    return ()


@frozen(kw_only=True)
class Declaration:
    """What a regime is and which functions answer for it.

    Attributes:
        id: Its stable id (the first part of its obligation keys).
        title: Its name for the views.
        label: A short label for column headings.
        instruments: The legal instruments it encodes, one line each
            (:func:`instrument_lines`).
        applicability: Whether the law reaches an incident, and why.
        determine: Its determinations and analyses for an incident and its options.
        aware_at: When its clocks start for the incident's controller.
        content: What a notice to each recipient (by recipient id) must contain.
        findings: The findings it reads: name -> question.
        options_type: The class of its options; other options (or none) are replaced by
            this class's defaults before ``determine`` sees them. None: no options.
        prefilter: Its quick answer from ``prefilter_inputs`` alone (see
            :meth:`~breachmodel.regimes._base.Regime.prefilter`).
        prefilter_inputs: What ``prefilter`` reads, as dotted paths.
        overlaps: The obligations of other regimes it displaces for an incident.
        processor_duty: The law on a processor's part in a duty.
    """

    id: str
    title: str
    label: str
    instruments: tuple[str, ...]
    applicability: Callable[[Incident], Applicability]
    determine: Determine
    aware_at: Callable[[Incident], datetime | None]
    content: Mapping[str, Items] = field(factory=dict)
    findings: Mapping[str, str] = field(factory=dict)
    options_type: type[Any] | None = None
    prefilter: Callable[[Incident], Applicability | None] = _never
    prefilter_inputs: frozenset[str] = frozenset()
    overlaps: Callable[[Incident], Iterable[Overlap]] = _none
    processor_duty: Callable[[Duty], tuple[Citation, ...]] = _no_processor_duty


def instrument_lines(*ids: str) -> tuple[str, ...]:
    """One line for each instrument of the law table (:func:`instrument_line`), in order."""
    return tuple(instrument_line(instrument(i)) for i in ids)


class DeclaredRegime(BaseRegime):
    """The regime a :class:`Declaration` describes."""

    def __init__(self, declaration: Declaration) -> None:
        self.declaration = declaration
        self.options_type = declaration.options_type

    @property
    def id(self) -> str:
        """The declared id."""
        return self.declaration.id

    @property
    def title(self) -> str:
        """The declared title."""
        return self.declaration.title

    @property
    def label(self) -> str:
        """The declared label."""
        return self.declaration.label

    @property
    def instruments(self) -> tuple[str, ...]:
        """The declared instruments."""
        return self.declaration.instruments

    @property
    def findings(self) -> Mapping[str, str]:
        """The declared findings."""
        return self.declaration.findings

    @property
    def prefilter_inputs(self) -> frozenset[str]:
        """What the declared pre-filter reads."""
        return self.declaration.prefilter_inputs

    def prefilter(self, incident: Incident) -> Applicability | None:
        """The declared pre-filter's answer (None without one)."""
        return self.declaration.prefilter(incident)

    def applicability(self, incident: Incident) -> Applicability:
        """The declared applicability."""
        return self.declaration.applicability(incident)

    def determine(self, incident: Incident, options: Any) -> Ruling:
        """The declared determinations, with the regime's own options (defaults otherwise)."""
        kind = self.declaration.options_type
        if kind is not None and not isinstance(options, kind):
            options = kind()
        return self.declaration.determine(incident, options)

    def overlaps(self, incident: Incident) -> Iterable[Overlap]:
        """The declared overlaps (none by default)."""
        return self.declaration.overlaps(incident)

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """The declared content for ``recipient`` (none for another recipient)."""
        items = self.declaration.content.get(recipient)
        return () if items is None else items(incident)

    def aware_at(self, incident: Incident) -> datetime | None:
        """The declared start of the clocks."""
        return self.declaration.aware_at(incident)

    def processor_duty(self, duty: Duty) -> tuple[Citation, ...]:
        """The declared law on a processor's part in ``duty`` (none by default)."""
        return self.declaration.processor_duty(duty)

    def __repr__(self) -> str:
        return f"DeclaredRegime({self.declaration.id!r})"
