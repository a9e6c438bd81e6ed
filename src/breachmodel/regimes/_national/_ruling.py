"""A national law's ruling: one analysis of the incident, then the determinations it decides.

Most national laws turn on one test (an eligible data breach, a real risk of significant
harm, a notifiable breach): the regime analyses the incident once, rules on that analysis,
and shows it beside its determinations. :func:`analysed` and :func:`analysed_with` (for a
regime whose rules also read its options) make that ruling for a
:class:`~breachmodel.regimes._declared.Declaration`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from breachmodel.determination import Determination
from breachmodel.model import Incident
from breachmodel.regimes._base import Analysis
from breachmodel.regimes._declared import Ruling

__all__ = ["analysed", "analysed_with"]

A = TypeVar("A", bound=Analysis)
Opts = TypeVar("Opts")

Determinations = tuple[Determination, ...]


def analysed(
    analyse: Callable[[Incident], A], rule: Callable[[Incident, A], Determinations]
) -> Callable[[Incident, object], Ruling]:
    """The ruling of ``rule`` on the incident and its analysis by ``analyse``, shown with it."""

    def determine(incident: Incident, options: object) -> Ruling:
        del options
        found = analyse(incident)
        return rule(incident, found), (found,)

    return determine


def analysed_with(
    analyse: Callable[[Incident], A], rule: Callable[[Incident, A, Opts], Determinations]
) -> Callable[[Incident, Opts], Ruling]:
    """As :func:`analysed`, for rules that also read the regime's options."""

    def determine(incident: Incident, options: Opts) -> Ruling:
        found = analyse(incident)
        return rule(incident, found, options), (found,)

    return determine
