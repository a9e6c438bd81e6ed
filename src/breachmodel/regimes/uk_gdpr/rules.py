"""The UK GDPR's breach rules, built from the GDPR's rule functions (Arts. 33 and 34).

Arts. 33 and 34 of the UK GDPR are the GDPR's, retained word for word; what differs is
around them: the scope (:mod:`.scope`), the authority (the ICO, :mod:`.routing`), the
rule-set (the UK has no equivalent of the EU's proposed amendments), and Art. 95 (PECR,
not the ePrivacy Directive, takes the place of Art. 33 for a public electronic
communications service's own breaches: the PECR regime declares that as an overlap, which
:func:`determine` applies when given it). :func:`determine` runs the GDPR's rule functions
with those inputs and re-targets every result (:mod:`._retarget`).
"""

from __future__ import annotations

from typing import Any

import attrs
from attrs import frozen

from breachmodel.clocks import Check
from breachmodel.determination import Determination, Outcome, Reason, ReasonKind
from breachmodel.model import Incident, NoticeKind
from breachmodel.regimes._base import Overlap, give_way
from breachmodel.regimes.gdpr import art33
from breachmodel.regimes.gdpr._sequel import RISK_BASED, following, with_assumptions
from breachmodel.regimes.gdpr.authority import AuthorityRouting
from breachmodel.regimes.gdpr.options import GdprOptions, Ruleset
from breachmodel.regimes.gdpr.risk import RiskAnalysis, analyse_risk
from breachmodel.regimes.gdpr.scope import ScopeResult
from breachmodel.regimes.uk_gdpr._law import uk_gdpr
from breachmodel.regimes.uk_gdpr._retarget import REGIME_ID, retarget, retarget_reason
from breachmodel.regimes.uk_gdpr.routing import ico_routing
from breachmodel.regimes.uk_gdpr.scope import check_uk_scope

__all__ = [
    "NOTIFY_AUTHORITY",
    "PECR_NOTICE",
    "RetargetedAnalysis",
    "determine",
    "uk_options",
]

NOTIFY_AUTHORITY = f"{REGIME_ID}.art33.notify_authority"
PECR_NOTICE = "pecr.reg5a.notify_ico"
"""The PECR determination that takes the place of Art. 33(1) for a service's own breach
(the PECR regime declares the overlap; :func:`determine` applies it)."""

_RISK_BASED = frozenset(f"{REGIME_ID}.{d.removeprefix('gdpr.')}" for d in RISK_BASED)
"""The determinations whose outcome follows from the risk analysis (the GDPR's, re-targeted)."""

_PINNED = "UK GDPR as retained and amended: rule-sets of EU law only do not apply"


@frozen(kw_only=True)
class RetargetedAnalysis:
    """One of the GDPR's analyses (risk, routing) as shown for the UK GDPR.

    Attributes:
        kind: What it is (``"risk"``, ``"routing"``).
        title: Its heading.
        reasons: Its argument, cited to the UK GDPR.
        source: The analysis the rules ran on (its levels, authorities...).
    """

    kind: str
    title: str
    reasons: tuple[Reason, ...]
    source: Any


def uk_options(options: GdprOptions | None) -> tuple[GdprOptions, tuple[str, ...]]:
    """The interpretation options for the UK, and a note when a rule-set was set aside.

    The interpretation options (counting, unknowns, targets...) are the GDPR's, since the
    articles are the same; the rule-set is always the law as retained.
    """
    opts = options or GdprOptions()
    if opts.ruleset is Ruleset.GDPR_2016:
        return opts, ()
    return attrs.evolve(opts, ruleset=Ruleset.GDPR_2016), (_PINNED,)


def _risk(incident: Incident, scope: ScopeResult, opts: GdprOptions) -> RiskAnalysis:
    if scope.outcome in (Outcome.NOT_APPLICABLE, Outcome.NOT_REQUIRED):
        return RiskAnalysis.not_analysed(incident.judgment, scope.reasons)
    return analyse_risk(incident, opts)


def _pecr_warning() -> Reason:
    text = (
        "The controller provides public electronic communications services and it is not "
        "recorded whether the breach arose in providing them ($.ecomms_service). If it did, "
        f"PECR reg. 5A applies instead of Art. 33 (see {PECR_NOTICE})."
    )
    return Reason(kind=ReasonKind.WARNING, text=text, citations=(uk_gdpr(95),))


def _notify(
    incident: Incident,
    scope: ScopeResult,
    risk: RiskAnalysis,
    routing: AuthorityRouting,
    opts: GdprOptions,
) -> Determination:
    """Art. 33(1), re-targeted; the EU's Art. 95 reasoning replaced by the UK's."""
    eu = art33.notify_authority(incident, scope=scope, risk=risk, routing=routing, options=opts)
    if eu.clock is None and eu.deadline is not None:
        filings, _ = art33.counted_filings(incident, routing)
        first = incident.timeline.first_notice(NoticeKind.INITIAL)
        eu = attrs.evolve(
            eu,
            clock=Check(
                deadline=eu.deadline,
                filings=tuple(filings),
                kinds=frozenset({NoticeKind.INITIAL.value}),
                reasons_for_delay_recorded=None if first is None else bool(first.reasons_for_delay),
            ),
        )
    det = retarget(eu)
    kept = tuple(r for r in det.reasons if uk_gdpr(95) not in r.citations)
    if len(kept) != len(det.reasons):
        kept = (*kept, _pecr_warning())
    return attrs.evolve(det, reasons=kept)


def determine(
    incident: Incident, options: GdprOptions | None, yielding: tuple[Overlap, ...] = ()
) -> tuple[tuple[Determination, ...], tuple[RetargetedAnalysis, ...]]:
    """Every UK GDPR breach obligation for the incident, and the risk and routing analyses.

    Where another regime's notice takes the place of Art. 33(1) (``yielding``: PECR reg. 5A
    for a public electronic communications service's own breach, Art. 95 UK GDPR), the
    notification gives way before its content and register entry are derived from it, once
    the UK GDPR's scope is answered. Where it is not (a fact missing, no personal data), the
    content and register entry are derived from the notification as the UK GDPR alone reads
    it, and :meth:`UkGdprRegime.determine_yielding` then displaces the notification itself.
    """
    opts, notes = uk_options(options)
    scope = check_uk_scope(incident)
    risk = _risk(incident, scope, opts)
    routing = ico_routing()
    notify = _notify(incident, scope, risk, routing, opts)
    if scope.outcome is None:
        notify = give_way(notify, yielding)
    eu_notify = attrs.evolve(notify, id=art33.NOTIFY_AUTHORITY)
    eu_dets = following(incident, notify=eu_notify, scope=scope, risk=risk, options=opts)
    dets = (notify, *(retarget(d) for d in eu_dets))
    analyses = (
        RetargetedAnalysis(
            kind="risk",
            title="Risk analysis",
            reasons=tuple(retarget_reason(r) for r in risk.reasons),
            source=risk,
        ),
        RetargetedAnalysis(
            kind="routing",
            title="Competent supervisory authority",
            reasons=routing.reasons,
            source=routing,
        ),
    )
    return with_assumptions(dets, risk, notes, _RISK_BASED), analyses
