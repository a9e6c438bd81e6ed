"""What every regime is made of: duties, obligation keys, applicability, overlaps.

A *regime* is one body of breach law (the GDPR, the UK GDPR, the ePrivacy rules...). It
says whether it reaches an incident and why (:class:`Applicability`), and what it
requires (:class:`~breachmodel.determination.Determination` objects, each keyed by an
:class:`ObligationKey`). Generic layers (the assessment, the views, bulk runs, documents,
the command line) ask for obligations by :class:`Duty`, across regimes, and never name a
regime.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import attrs
from attrs import frozen

from breachmodel import obligations
from breachmodel.determination import Determination, MissingFact, Outcome, Reason
from breachmodel.obligations import Duty, ObligationKey

if TYPE_CHECKING:
    import argparse

    from breachmodel.citations import Citation
    from breachmodel.determination import ChecklistItem
    from breachmodel.law import Instrument
    from breachmodel.model import Incident

__all__ = [
    "Analysis",
    "Applicability",
    "BaseRegime",
    "CliOptions",
    "Duty",
    "ObligationKey",
    "Overlap",
    "Reach",
    "Regime",
    "RegimeResult",
    "analysis_data",
    "analysis_summary",
    "give_way",
    "instrument_line",
]


class Reach(StrEnum):
    """Whether a regime reaches an incident at all."""

    APPLICABLE = "applicable"
    NOT_APPLICABLE = "not_applicable"
    UNDETERMINED = "undetermined"
    """Facts are missing to tell (the missing facts say which)."""


@frozen(kw_only=True)
class Applicability:
    """Whether a regime reaches an incident, and why.

    Attributes:
        regime: The regime's id.
        reach: Applicable, not applicable, or undetermined.
        reasons: The argument, each step cited.
        missing_facts: What is needed to tell (non-empty when undetermined).
    """

    regime: str
    reach: Reach
    reasons: tuple[Reason, ...] = ()
    missing_facts: tuple[MissingFact, ...] = ()


@frozen(kw_only=True)
class Overlap:
    """One regime yields to another for some incidents, by a rule of law (data, not a warning).

    Attributes:
        yielding: The key of the obligation that gives way.
        prevailing: The key of the obligation that takes its place.
        reason: Why, cited (e.g. Art. 95 GDPR for the ePrivacy rules).
    """

    yielding: ObligationKey
    prevailing: ObligationKey
    reason: Reason
    interpretation: str | None = None
    """The encoding note the displacement follows, listed with the yielding obligation's."""


def give_way(det: Determination, overlaps: Iterable[Overlap]) -> Determination:
    """``det`` as it stands once the overlaps that name it as yielding are applied.

    The obligation becomes not applicable: the overlap's reason comes first (which
    obligation takes its place, and by what rule), then the yielding rule's own reasons,
    so that the result still shows how that rule read the facts, but not the line that
    stated its deadline. It owes nothing to anyone, so it keeps no deadline, clock,
    recipient, checklist, missing fact or open question. An
    obligation already not applicable (e.g. the law does not reach the incident) is kept
    as it is. What derives from it (the content of the notice, the register) follows when
    the regime derives it from this result (:meth:`Regime.determine_yielding`).
    """
    for overlap in overlaps:
        if det.key != overlap.yielding or det.outcome is Outcome.NOT_APPLICABLE:
            continue
        noted = () if overlap.interpretation is None else (overlap.interpretation,)
        due = det.deadline.describe() if det.deadline is not None else None
        det = attrs.evolve(
            det,
            outcome=Outcome.NOT_APPLICABLE,
            reasons=(overlap.reason, *(r for r in det.reasons if r.text != due)),
            interpretations=(*noted, *det.interpretations),
            missing_facts=(),
            open_questions=(),
            deadline=None,
            status=None,
            clock=None,
            recipients=(),
            checklist=(),
        )
    return det


@runtime_checkable
class Analysis(Protocol):
    """An intermediate finding of a regime that the views show (a risk analysis, routing).

    ``kind`` names what it is (``"risk"``, ``"routing"``...), not the regime.

    Two members are optional, so that the views never need to know the analysis's type:
    ``summary``, its headline lines, each ``"Label: value"`` in plain words (e.g. ``"Risk
    to people: high"``), and ``to_dict()``, its data for the JSON output (values may be
    enums, instants or attrs objects; the views make them plain). Read them with
    :func:`analysis_summary` and :func:`analysis_data`, which supply the defaults.
    """

    @property
    def kind(self) -> str:
        """What the analysis is, e.g. ``"risk"``."""
        ...

    @property
    def title(self) -> str:
        """A short heading for the views."""
        ...

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """Its ordered argument."""
        ...


def analysis_summary(analysis: Analysis) -> tuple[str, ...]:
    """The headline lines of an analysis: its optional ``summary`` (none by default)."""
    summary = getattr(analysis, "summary", ())
    return (summary,) if isinstance(summary, str) else tuple(summary)


def analysis_data(analysis: Analysis) -> dict[str, Any]:
    """The JSON data of an analysis: its optional ``to_dict()`` (its reasons by default)."""
    to_dict = getattr(analysis, "to_dict", None)
    return dict(to_dict()) if callable(to_dict) else {"reasons": analysis.reasons}


@frozen(kw_only=True)
class RegimeResult:
    """One regime's part of an assessment (its determinations live in the assessment).

    Attributes:
        regime: The regime's id.
        title: The regime's name for the views.
        applicability: Whether and why it reaches the incident.
        analyses: Its intermediate findings (risk, routing...), in display order.
        options: The options it ran with (None if it takes none).
        ruleset: The rule-set version that produced it (encoding note E18).
    """

    regime: str
    title: str
    applicability: Applicability
    analyses: tuple[Analysis, ...] = ()
    options: Any = None
    ruleset: str = ""


class CliOptions(Protocol):
    """How the command line declares a regime's options and reads them back.

    Regimes that share an options class share one declaration: the command line adds
    each options class's arguments once (the first regime of the registry with that
    class declares them).
    """

    def add_arguments(self, group: argparse._ArgumentGroup) -> None:
        """Add the options' arguments (``--ruleset``...) to an argument group."""
        ...

    def from_args(self, args: argparse.Namespace) -> Any:
        """The options object the parsed arguments describe."""
        ...


class Regime(Protocol):
    """What a regime provides. One object per regime; the registry lists them all.

    ``determine`` never sees ``as_of``: the assessment judges every clock's status once,
    after every regime has ruled.
    """

    @property
    def id(self) -> str:
        """A short stable id, e.g. ``"gdpr"``: the first part of its obligation keys."""
        ...

    @property
    def title(self) -> str:
        """Its name for the views, e.g. ``"GDPR (Regulation (EU) 2016/679)"``."""
        ...

    @property
    def baseline(self) -> bool:
        """Whether it is assessed by default even where it does not reach the incident.

        True for a baseline law, so that the result says why it does not apply; False for
        regimes assessed only where they apply.
        """
        ...

    @property
    def options_type(self) -> type[Any] | None:
        """The class of its options (options of this class given to ``assess`` reach it)."""
        ...

    def applicability(self, incident: Incident) -> Applicability:
        """Whether it reaches the incident, and why."""
        ...

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """Its determinations (each with its key) and analyses, without deadline status."""
        ...

    def overlaps(self, incident: Incident) -> Iterable[Overlap]:
        """The obligations of other regimes it displaces for this incident, as data."""
        ...

    def determine_yielding(
        self, incident: Incident, options: Any, yielding: tuple[Overlap, ...]
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """:meth:`determine`, where other regimes' ``yielding`` overlaps displace obligations.

        The default applies :func:`give_way` to the determinations the overlaps name. A
        regime that derives other determinations from a yielding one (the content of a
        notice, the register entry) overrides this to derive them from the displaced one.
        """
        dets, analyses = self.determine(incident, options)
        return tuple(give_way(d, yielding) for d in dets), analyses

    # Members with a default: a regime that does not need them inherits these.

    @property
    def prefilter_inputs(self) -> frozenset[str]:
        """The incident's attributes :meth:`prefilter` reads, as dotted paths.

        E.g. ``frozenset({"controller.establishments", "subject_countries"})``. The
        assessment keeps :meth:`prefilter`'s answers keyed by the values at these paths,
        so a bulk run asks it once per distinct combination. ``tests/test_prefilter.py``
        records what it reads on every sample incident and fails if it reads any other
        attribute. Default: none (no pre-filter).
        """
        return frozenset()

    def prefilter(self, incident: Incident) -> Applicability | None:
        """A quick answer to :meth:`applicability` from :attr:`prefilter_inputs` alone.

        Bulk runs ask every registered regime about every record; most records have
        nothing to do with most jurisdictions. A regime whose reach is decided, for such
        records, by a few fields (no establishment in the country, nobody counted there,
        no classification recorded under it) answers here with exactly the
        :class:`Applicability` that :meth:`applicability` would give, and ``None`` when
        those fields do not decide it. The simplest way to keep both equal is for
        :meth:`applicability` to start with ``found = self.prefilter(incident)`` and
        return it when it is not ``None``; ``tests/test_prefilter.py`` checks the
        equality for every registered regime. Never read a date or a free-text field
        here (the answers would be kept once per distinct value). Default: ``None``.
        """
        del incident
        return None

    def sensitivity_candidates(
        self, incident: Incident, asked: Iterable[MissingFact], options: Any
    ) -> Iterable[Any]:
        """Changes of fact worth trying for the unknown facts asked (default: none)."""
        return ()

    def ruleset(self, options: Any) -> str:
        """The rule-set version label for these options (encoding note E18; default none)."""
        return ""

    @property
    def label(self) -> str:
        """A short label for column headings and tables, e.g. ``"GDPR"`` (default: the id)."""
        return self.id

    @property
    def instruments(self) -> tuple[str, ...]:
        """The legal instruments it encodes, each named with its official identifier.

        Listed by ``breachmodel regimes``; by default the regime's title. A regime writes
        them from :mod:`breachmodel.law` with :func:`instrument_line`.
        """
        return (self.title,)

    @property
    def cli_options(self) -> CliOptions | None:
        """How the command line declares and reads its options (None: it has none)."""
        return None

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """What a notice to ``recipient`` must contain, checked against the incident's record.

        A draft requested although no notice is owed (the assessment then lists no content)
        checks the record against these items. By default none.
        """
        return ()

    def aware_at(self, incident: Incident) -> datetime | None:
        """When its clocks start for the incident's controller (None: not recorded).

        The command line warns when ``--as-of`` is earlier; the register reports it.
        """
        return None

    @property
    def findings(self) -> Mapping[str, str]:
        """The findings it reads (``Incident.findings`` under its id): name -> question.

        An assessment refuses a finding that names this regime with a fact not listed
        here. By default it reads none.
        """
        return {}

    def processor_duty(self, duty: obligations.Duty) -> tuple[Citation, ...]:
        """The law on a processor's part in ``duty`` under this regime (default: none).

        For ``Duty.NOTIFY_CONTROLLER``, the provisions that oblige a processor to tell
        its controller; for ``Duty.NOTIFY_AUTHORITY``, those under which a processor
        may notify on the controller's behalf where their contract allows. The processor
        view cites what this returns and never names a law itself; a regime with nothing
        to say about processors keeps the default, an empty tuple.
        """
        del duty
        return ()


class BaseRegime(Regime):
    """A base for regime classes: the protocol's defaults, not a baseline law, no options."""

    baseline: bool = False
    options_type: type[Any] | None = None

    def overlaps(self, incident: Incident) -> Iterable[Overlap]:
        """No displacement by default."""
        return ()


def instrument_line(instrument: Instrument) -> str:
    """One line naming an instrument: its title, official identifier and URL.

    >>> from breachmodel.law import GDPR
    >>> instrument_line(GDPR)
    'Regulation (EU) 2016/679 (General Data Protection Regulation); 32016R0679; https://eur-lex.europa.eu/eli/reg/2016/679/oj'
    """
    parts = [instrument.title, instrument.identifier, instrument.url or ""]
    return "; ".join(p for p in parts if p)
