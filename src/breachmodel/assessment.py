"""``assess``: every GDPR determination for an incident, with the risk analysis and routing.

:func:`assess` is pure: the same incident, ``as_of`` and options give the same
:class:`Assessment`, byte for byte once rendered. It never reads the clock or the network.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import datetime
from typing import Any, Final, Generic, TypeVar

import attrs
from attrs import frozen

from breachmodel import _sensitivity
from breachmodel._version import __version__
from breachmodel.clocks._local import require_aware
from breachmodel.determination import Determination, Outcome
from breachmodel.model import Incident
from breachmodel.model.categories import CategoryInfo
from breachmodel.regimes.eprivacy import reg611
from breachmodel.regimes.gdpr import art33, art34
from breachmodel.regimes.gdpr.authority import AuthorityRouting, route_authorities
from breachmodel.regimes.gdpr.options import GdprOptions, Unknowns
from breachmodel.regimes.gdpr.risk import RiskAnalysis, analyse_risk
from breachmodel.regimes.gdpr.scope import ScopeResult, check_scope

__all__ = ["Assessment", "assess"]

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


@frozen(kw_only=True)
class Assessment:
    """Everything the GDPR rules conclude about one incident.

    Attributes:
        incident_id: The incident's identifier.
        incident_title: Its title, if any (untrusted text).
        controller: The controller's name.
        as_of: The instant the deadlines' status is judged at (None: no status judged).
        ruleset: The rule-set version that produced the result (encoding note E18).
        options: The interpretation options in force.
        risk: The risk analysis.
        routing: The competent supervisory authorities.
        determinations: One per obligation, in a fixed order.
        data_categories: The categories of personal data concerned, in the incident's
            order (the JSON output tags each with its W3C DPV concept).
    """

    incident_id: str
    incident_title: str | None
    controller: str
    as_of: datetime | None
    ruleset: str
    options: GdprOptions
    risk: RiskAnalysis
    routing: AuthorityRouting
    determinations: tuple[Determination, ...]
    data_categories: tuple[CategoryInfo, ...] = ()

    def __getitem__(self, det_id: str) -> Determination:
        """The determination with this id (e.g. ``"gdpr.art33.notify_authority"``)."""
        for d in self.determinations:
            if d.id == det_id:
                return d
        known = ", ".join(d.id for d in self.determinations)
        msg = f"no determination {det_id!r}; known: {known}"
        raise KeyError(msg)

    @property
    def ids(self) -> tuple[str, ...]:
        """The determinations' ids, in order."""
        return tuple(d.id for d in self.determinations)

    @property
    def undetermined(self) -> tuple[Determination, ...]:
        """The determinations that need more facts."""
        return tuple(d for d in self.determinations if d.outcome is Outcome.UNDETERMINED)

    def summary(self) -> str:
        """One line per determination: ``id: outcome``."""
        return "\n".join(str(d) for d in self.determinations)

    def to_text(self) -> str:
        """Plain-text rendering."""
        from breachmodel.render import render_text

        return render_text(self)

    def to_markdown(self) -> str:
        """Markdown rendering."""
        from breachmodel.render import render_markdown

        return render_markdown(self)

    def to_html(self) -> str:
        """Self-contained HTML (no JavaScript; every user string escaped)."""
        from breachmodel.render import render_html

        return render_html(self)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (documented in the JSON output page of the docs)."""
        from breachmodel.render import assessment_to_dict

        return assessment_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Deterministic JSON."""
        from breachmodel.render import render_json

        return render_json(self, indent=indent)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        outcomes = ", ".join(
            f"{d.id.rsplit('.', 1)[-1]}={d.outcome.value}" for d in self.determinations
        )
        return f"<Assessment {self.incident_id!r}: {outcomes}>"


RULESET = "gdpr-2016/breachmodel-" + __version__

_MEMO_SIZE = 1024
"""Results kept per memo (bounded, per process; oldest dropped first)."""

SCOPE_INPUTS: Final = frozenset(
    {"timeline", "personal_data", "effects", "controller", "monitors_in_eea", "offers_to_eea"}
)
"""The incident's fields :func:`check_scope` reads: its result is reused for equal ones."""

ROUTING_INPUTS: Final = frozenset(
    {"controller", "cross_border", "subject_countries", "ecomms_service"}
)
"""The fields :func:`route_authorities` reads (``tests/test_assessment_memo.py`` checks
that the rules read no other): its result is reused for incidents equal in these."""


class _Memo(Generic[_K, _V]):
    """A bounded memo of results that depend on a few of the incident's fields only.

    Most incidents of a bulk run repeat the same establishments and the same kinds of
    timeline, so their scope and routing are computed once and shared (results are
    frozen objects).
    """

    def __init__(self) -> None:
        self.results: dict[_K, _V] = {}

    def get(self, key: _K, compute: Callable[[], _V]) -> _V:
        found = self.results.get(key)
        if found is None:
            found = compute()
            if len(self.results) >= _MEMO_SIZE:
                del self.results[next(iter(self.results))]
            self.results[key] = found
        return found


_SCOPES: _Memo[tuple[object, ...], ScopeResult] = _Memo()
_ROUTES: _Memo[tuple[object, ...], AuthorityRouting] = _Memo()


def _key(incident: Incident, fields: frozenset[str]) -> tuple[object, ...]:
    return tuple(getattr(incident, name) for name in sorted(fields))


def _scope(incident: Incident) -> ScopeResult:
    return _SCOPES.get(_key(incident, SCOPE_INPUTS), lambda: check_scope(incident))


def _routing(incident: Incident) -> AuthorityRouting:
    return _ROUTES.get(_key(incident, ROUTING_INPUTS), lambda: route_authorities(incident))


def assess(
    incident: Incident,
    *,
    as_of: datetime | None = None,
    options: GdprOptions | None = None,
    sensitivities: bool = True,
) -> Assessment:
    """Decide every GDPR breach obligation for an incident, explained and cited.

    Args:
        incident: The incident.
        as_of: The instant at which to judge deadlines (pending, overdue, met...). It is
            never taken from the clock; without it, statuses that need it are undetermined.
        options: Interpretation options; defaults follow the encoding notes.
        sensitivities: Whether to find, for each determination, the changes of fact that
            would change its outcome (each is tried by re-running the rules; bulk runs
            that do not show them may turn this off).

    Returns:
        The assessment.

    Raises:
        NaiveDatetimeError: If ``as_of`` has no time zone.
    """
    if as_of is not None:
        require_aware(as_of, "as_of")
    opts = options or GdprOptions()
    result = _assess(incident, as_of, opts)
    if not sensitivities:
        return result
    asked = [*result.risk.missing_facts, *result.risk.open_questions]
    for det in result.determinations:
        asked += [*det.missing_facts, *det.open_questions]
    tried = _sensitivity.candidates(
        incident, asked, [a.path for a in result.risk.assumptions], opts
    )
    determinations = _sensitivity.sensitivities(
        incident,
        result.determinations,
        tried,
        lambda changed: _assess(changed, as_of, opts).determinations,
    )
    return attrs.evolve(result, determinations=determinations)


_RISK_BASED = frozenset(
    {
        art33.NOTIFY_AUTHORITY,
        art33.NOTIFICATION_CONTENT,
        art34.COMMUNICATE_SUBJECTS,
        art34.PUBLIC_COMMUNICATION,
        art34.COMMUNICATION_CONTENT,
    }
)
"""The determinations whose outcome follows from the risk analysis."""

_UNKNOWNS_NOTE = {
    Unknowns.TYPICAL: "unknowns=typical: an unrecorded fact nothing in the incident points to "
    "takes its ordinary value, named as an assumption",
    Unknowns.ADVERSE: "unknowns=adverse: every unrecorded fact stays open and is weighed both ways",
}


def _with_assumptions(
    determinations: tuple[Determination, ...], risk: RiskAnalysis, opts: GdprOptions
) -> tuple[Determination, ...]:
    """Risk-based determinations name the reading of unknown facts and the assumptions made."""
    if not risk.analysed:
        return determinations
    note = _UNKNOWNS_NOTE[opts.unknowns]
    return tuple(
        attrs.evolve(
            d,
            assumptions=risk.assumptions,
            interpretations=(*d.interpretations, note),
        )
        if d.id in _RISK_BASED
        else d
        for d in determinations
    )


def _assess(incident: Incident, as_of: datetime | None, opts: GdprOptions) -> Assessment:
    scope = _scope(incident)
    if scope.outcome in (Outcome.NOT_APPLICABLE, Outcome.NOT_REQUIRED):
        risk = RiskAnalysis.not_analysed(incident.judgment, scope.reasons)
    else:
        risk = analyse_risk(incident, opts)
    routing = _routing(incident)
    notify = art33.notify_authority(
        incident, scope=scope, risk=risk, routing=routing, options=opts, as_of=as_of
    )
    processors = art33.processor_notices(incident, scope=scope, options=opts, as_of=as_of)
    content = art33.notification_content(incident, notify=notify, options=opts, as_of=as_of)
    register = art33.register_entry(incident, scope=scope, notify=notify)
    individual = art34.communicate_subjects(
        incident, scope=scope, risk=risk, options=opts, as_of=as_of
    )
    public = art34.public_communication(incident, individual=individual, as_of=as_of)
    people_content = art34.communication_content(incident, individual=individual, public=public)
    # Sector regimes: only where they may apply, so that ordinary results keep their shape.
    sector: tuple[Determination, ...] = ()
    if incident.controller.public_ecomms_provider:
        sector = (reg611.notify_authority(incident, as_of=as_of),)
    ruleset = (
        RULESET
        if opts.ruleset.value == "gdpr-2016"
        else f"{opts.ruleset.value}/breachmodel-{__version__}"
    )
    return Assessment(
        incident_id=incident.id,
        incident_title=incident.title,
        controller=incident.controller.name,
        as_of=as_of,
        ruleset=ruleset,
        options=opts,
        risk=risk,
        routing=routing,
        determinations=_with_assumptions(
            (notify, *processors, content, register, individual, public, people_content),
            risk,
            opts,
        )
        + sector,
        data_categories=tuple(incident.category_info(d.category) for d in incident.data),
    )
