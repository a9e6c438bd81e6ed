"""``assess``: every obligation of every regime that reaches an incident, explained and cited.

:func:`assess` is pure: the same incident, ``as_of`` and options give the same
:class:`Assessment`, byte for byte once rendered. It never reads the clock or the network.
It asks each regime of :data:`breachmodel.regimes.REGISTRY` whether it reaches the
incident, collects the determinations of those that do, applies the overlaps between them
(which obligation yields to which), and then judges every clock once, at ``as_of``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import attrs
from attrs import frozen

from breachmodel import _display, _sensitivity
from breachmodel.clocks._local import require_aware
from breachmodel.determination import Determination, MissingFact, Outcome
from breachmodel.errors import BreachModelError
from breachmodel.model import Incident
from breachmodel.model.categories import CategoryInfo
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes import REGISTRY, Regime, _memo, check_findings
from breachmodel.regimes._base import Applicability, Overlap, Reach, RegimeResult

__all__ = ["Assessment", "assess"]


@frozen(kw_only=True)
class Assessment(_display.Rendered):
    """Everything the regimes conclude about one incident.

    Attributes:
        incident_id: The incident's identifier.
        incident_title: Its title, if any (untrusted text).
        controller: The controller's name.
        as_of: The instant the deadlines' status is judged at (None: no status judged).
        ruleset: The rule-set versions that produced the result (encoding note E18).
        determinations: One per obligation of every regime assessed: regimes in registry
            order, each regime's in its own order; each has its obligation ``key``.
        regimes: The regimes assessed, with their applicability, analyses and options.
        considered: Every registered regime's applicability, assessed or not.
        overlaps: The obligations that yield to another regime's, and why.
        data_categories: The categories of personal data concerned, in the incident's
            order (the JSON output tags each with its W3C DPV concept).
    """

    incident_id: str
    incident_title: str | None
    controller: str
    as_of: datetime | None
    ruleset: str
    determinations: tuple[Determination, ...]
    regimes: tuple[RegimeResult, ...] = ()
    considered: tuple[Applicability, ...] = ()
    overlaps: tuple[Overlap, ...] = ()
    data_categories: tuple[CategoryInfo, ...] = ()

    def __getitem__(self, wanted: str | ObligationKey) -> Determination:
        """The determination with this id (``"gdpr.art33.notify_authority"``) or key."""
        for d in self.determinations:
            if wanted in (d.id, d.key):
                return d
        known = ", ".join(d.id for d in self.determinations)
        msg = f"no determination {str(wanted)!r}; known: {known}"
        raise KeyError(msg)

    @property
    def ids(self) -> tuple[str, ...]:
        """The determinations' ids, in order."""
        return tuple(d.id for d in self.determinations)

    @property
    def undetermined(self) -> tuple[Determination, ...]:
        """The determinations that need more facts."""
        return tuple(d for d in self.determinations if d.outcome is Outcome.UNDETERMINED)

    def obligations(
        self, duty: Duty, *, regime: str | None = None, recipient: str | None = None
    ) -> tuple[Determination, ...]:
        """The determinations of one duty, across regimes (or of one regime), in order."""
        return tuple(
            d
            for d in self.determinations
            if d.key is not None
            and d.key.duty is duty
            and regime in (None, d.key.regime)
            and recipient in (None, d.key.recipient)
        )

    def first(self, duty: Duty, *, recipient: str | None = None) -> Determination | None:
        """The first determination of a duty (the baseline regime's where it has one)."""
        found = self.obligations(duty, recipient=recipient)
        return found[0] if found else None

    def regime(self, regime_id: str) -> RegimeResult:
        """The part of the assessment of one regime.

        Raises:
            KeyError: If that regime was not assessed.
        """
        for r in self.regimes:
            if r.regime == regime_id:
                return r
        known = ", ".join(r.regime for r in self.regimes)
        msg = f"regime {regime_id!r} was not assessed; assessed: {known}"
        raise KeyError(msg)

    def analysis(self, kind: str, *, regime: str | None = None) -> Any:
        """The first analysis of this kind (``"risk"``, ``"routing"``...), or None."""
        for r in self.regimes:
            if regime in (None, r.regime):
                for found in r.analyses:
                    if found.kind == kind:
                        return found
        return None

    @property
    def risk(self) -> Any:
        """The first regime's risk analysis (``analysis("risk")``), kept for existing code."""
        return self.analysis("risk")

    @property
    def routing(self) -> Any:
        """The first regime's authority routing (``analysis("routing")``)."""
        return self.analysis("routing")

    @property
    def options(self) -> Any:
        """The first regime's options, kept for existing code."""
        return self.regimes[0].options if self.regimes else None

    @property
    def timeline(self) -> tuple[Determination, ...]:
        """Every determination with a due or target instant, soonest first (a stable sort)."""
        dated = [(_when(d), d) for d in self.determinations]
        return tuple(
            d
            for when, d in sorted(
                ((w, d) for w, d in dated if w is not None), key=lambda pair: pair[0]
            )
        )

    def summary(self) -> str:
        """One line per determination: ``id: outcome``."""
        return "\n".join(str(d) for d in self.determinations)

    def __repr__(self) -> str:
        outcomes = ", ".join(
            f"{d.id.rsplit('.', 1)[-1]}={d.outcome.value}" for d in self.determinations
        )
        return f"<Assessment {self.incident_id!r}: {outcomes}>"


def _when(det: Determination) -> datetime | None:
    """The instant a determination's clock points to: its due instant, else its target."""
    deadline = det.deadline
    if deadline is None:
        return None
    found: datetime | None = deadline.due if deadline.due is not None else deadline.target
    return found


def _options_for(regime: Regime, options: object | Iterable[object] | None) -> Any:
    """The options object given for this regime (an instance of its ``options_type``)."""
    if options is None or regime.options_type is None:
        return None
    given = options if isinstance(options, (list, tuple)) else (options,)
    for o in given:
        if isinstance(o, regime.options_type):
            return o
    return None


_DEFAULTS: dict[type[Any], Any] = {}


def _defaults(options_type: type[Any]) -> Any:
    """The options class's defaults: one object shared by every assessment if immutable."""
    found = _DEFAULTS.get(options_type)
    if found is None:
        found = options_type()
        if options_type.__hash__ is not None:  # frozen: safe to share
            _DEFAULTS[options_type] = found
    return found


def _selected(
    incident: Incident, wanted: Iterable[str] | None
) -> tuple[tuple[Regime, ...], tuple[Applicability, ...]]:
    """The regimes to assess, and every registered regime's applicability."""
    considered = _memo.considered(REGISTRY, incident)
    if wanted is not None:
        names = list(wanted)
        known = {r.id for r in REGISTRY}
        unknown = [n for n in names if n not in known]
        if unknown:
            msg = f"unknown regime {unknown[0]!r}; known: {', '.join(r.id for r in REGISTRY)}"
            raise BreachModelError(msg)
        chosen = tuple(r for r in REGISTRY if r.id in names)
    else:
        chosen = tuple(
            r
            for r, a in zip(REGISTRY, considered, strict=True)
            if r.baseline or a.reach is not Reach.NOT_APPLICABLE
        )
    return chosen, considered


def _overlaps(
    incident: Incident, chosen: tuple[Regime, ...], considered: tuple[Applicability, ...]
) -> tuple[Overlap, ...]:
    """What every regime that reaches the incident displaces, whether assessed or not.

    A displacement holds by law: asking for one regime alone does not undo it.
    """
    reaching = {a.regime for a in considered if a.reach is not Reach.NOT_APPLICABLE}
    regimes = (*chosen, *(r for r in REGISTRY if r.id in reaching and r not in chosen))
    return tuple(o for regime in regimes for o in regime.overlaps(incident))


def _assess(
    incident: Incident,
    as_of: datetime | None,
    chosen: tuple[Regime, ...],
    considered: tuple[Applicability, ...],
    given: object | Iterable[object] | None,
) -> Assessment:
    results: list[RegimeResult] = []
    determinations: list[Determination] = []
    reach = {a.regime: a for a in considered}
    overlaps = _overlaps(incident, chosen, considered)
    for regime in chosen:
        opts = _options_for(regime, given)
        if opts is None and regime.options_type is not None:
            opts = _defaults(regime.options_type)
        seen = incident
        if incident.timeline.names_obligations:
            seen = attrs.evolve(incident, timeline=incident.timeline.for_regime(regime.id))
        yielding = tuple(o for o in overlaps if o.yielding.regime == regime.id)
        dets, analyses = regime.determine_yielding(seen, opts, yielding)
        determinations += dets
        results.append(
            RegimeResult(
                regime=regime.id,
                title=regime.title,
                applicability=reach[regime.id],
                analyses=analyses,
                options=opts,
                ruleset=regime.ruleset(opts),
            )
        )
    return Assessment(
        incident_id=incident.id,
        incident_title=incident.title,
        controller=incident.controller.name,
        as_of=as_of,
        ruleset="; ".join(dict.fromkeys(r.ruleset for r in results if r.ruleset)),
        # every clock judged once, at as_of, with the reasons that follow its status
        determinations=tuple(d.judged(as_of) for d in determinations),
        regimes=tuple(results),
        considered=considered,
        overlaps=overlaps,
        data_categories=tuple(incident.category_info(d.category) for d in incident.data),
    )


def _asked(result: Assessment) -> tuple[list[MissingFact], list[str]]:
    """The unknown facts the result asks about, and the paths of the facts it assumed."""
    asked: list[MissingFact] = []
    assumed: list[str] = []
    for r in result.regimes:
        for analysis in r.analyses:
            asked += [
                *getattr(analysis, "missing_facts", ()),
                *getattr(analysis, "open_questions", ()),
            ]
            assumed += [a.path for a in getattr(analysis, "assumptions", ())]
    for det in result.determinations:
        asked += [*det.missing_facts, *det.open_questions]
    return asked, assumed


def assess(
    incident: Incident,
    *,
    as_of: datetime | None = None,
    options: object | Iterable[object] | None = None,
    regimes: Iterable[str] | None = None,
    sensitivities: bool = True,
) -> Assessment:
    """Decide every breach obligation for an incident, under every regime that reaches it.

    Args:
        incident: The incident.
        as_of: The instant at which to judge deadlines (pending, overdue, met...). It is
            never taken from the clock; without it, statuses that need it are undetermined.
        options: Interpretation options: one options object (e.g. ``GdprOptions``) or
            several; each reaches the regimes whose options class it is an instance of.
            Regimes given none use their defaults (the encoding notes).
        regimes: The ids of the regimes to assess (see :func:`breachmodel.regimes.ids`).
            By default, the baseline regime and every regime that is not clearly out of
            reach of the incident.
        sensitivities: Whether to find, for each determination, the changes of fact that
            would change its outcome (each is tried by re-running the rules; bulk runs
            that do not show them may turn this off).

    Returns:
        The assessment.

    Raises:
        NaiveDatetimeError: If ``as_of`` has no time zone.
        BreachModelError: If a regime id is unknown, or a finding is one no regime reads.
    """
    if as_of is not None:
        require_aware(as_of, "as_of")
    check_findings(incident)
    chosen, considered = _selected(incident, regimes)
    result = _assess(incident, as_of, chosen, considered, options)
    if not sensitivities:
        return result
    asked, assumed = _asked(result)
    tried: list[_sensitivity.Candidate] = []
    for r, regime in zip(result.regimes, chosen, strict=True):
        tried += regime.sensitivity_candidates(incident, [*asked, *_paths(assumed)], r.options)
    determinations = _sensitivity.sensitivities(
        incident,
        result.determinations,
        _unique(tried),
        lambda changed: _assess(changed, as_of, chosen, considered, options).determinations,
    )
    return attrs.evolve(result, determinations=determinations)


def _paths(paths: Iterable[str]) -> list[MissingFact]:
    return [MissingFact(path=p, question="") for p in paths]


def _unique(found: Iterable[_sensitivity.Candidate]) -> list[_sensitivity.Candidate]:
    return list(dict.fromkeys(found))
