"""Whether the UK GDPR reaches an incident: time (from IP completion day) and territory (Art. 3).

* **Time.** The UK GDPR applies from IP completion day, 31 December 2020 at 11 p.m.
  (:data:`~breachmodel.regimes.uk_gdpr._law.IP_COMPLETION_DAY`). Before it the EU GDPR
  applied in the UK directly, and the GDPR regime assesses the incident: the UK regime says
  so and stops. The versions are data (:data:`UK_GDPR_VERSIONS`), not an ``if``.
* **Territory.** Art. 3(1) UK GDPR: processing in the context of an establishment in the
  UK. Art. 3(2): a controller not established in the UK whose processing relates to
  offering goods or services to people in the UK or to monitoring their behaviour there;
  where people in the UK are concerned and neither is recorded, the connection is assumed
  and named as an open question. Nothing connecting the incident to the UK: not applicable.
* **Personal data and a breach** (Art. 4(1) and (12)): the same questions as under the
  GDPR, answered by the same function (:func:`breachmodel.regimes.gdpr.scope.check_scope`)
  with its EU territorial question left out, and re-targeted.
"""

from __future__ import annotations

import attrs

from breachmodel.authorities import COUNTRY_ALIASES
from breachmodel.citations import GDPR
from breachmodel.determination import MissingFact, Outcome, Reason, ReasonKind
from breachmodel.model import Incident
from breachmodel.regimes._base import Applicability, Reach
from breachmodel.regimes.gdpr.scope import ScopeResult, check_scope
from breachmodel.regimes.uk_gdpr._law import ICO_REPORT_NOTICE, UK_GDPR_VERSIONS, uk_gdpr
from breachmodel.regimes.uk_gdpr._retarget import REGIME_ID, retarget_reason

__all__ = ["UK", "applicability", "check_uk_scope", "in_uk", "unconnected"]

UK = "GB"
"""The United Kingdom's ISO 3166-1 code (``"UK"`` is accepted as an alias)."""

_CONNECTION = MissingFact(
    path="$.controller.establishments",
    question="Is the controller established in the UK, or does the processing relate to "
    "offering goods or services to people in the UK or to monitoring their behaviour there "
    "(UK GDPR Art. 3)?",
)


def in_uk(country: str) -> bool:
    """Whether a country code is the United Kingdom's (``"GB"`` or ``"UK"``)."""
    return COUNTRY_ALIASES.get(country, country) == UK


def _temporal(incident: Incident) -> Applicability | Reason:
    """Not applicable or undetermined by date, or the reason it is within the UK GDPR's time."""
    dates = incident.timeline.breach_dates()
    basis = (uk_gdpr(99),)
    if not dates:
        question = "When did the breach happen, or when was it detected?"
        return Applicability(
            regime=REGIME_ID,
            reach=Reach.UNDETERMINED,
            reasons=(Reason(kind=ReasonKind.MISSING, text=question, citations=basis),),
            missing_facts=(MissingFact(path="$.timeline", question=question),),
        )
    latest = max(dates)
    version = next((v for v in UK_GDPR_VERSIONS if v.covers(latest)), None)
    if version is None or version.regime != REGIME_ID:
        then = "no GDPR" if version is None else f"the {version.label}"
        text = (
            f"Every known date of the incident (the latest {latest.date().isoformat()}) is "
            "before IP completion day (31 December 2020, 11 p.m.), when the UK GDPR began to "
            f"apply; at the time {then} applied in the UK, assessed under that regime."
        )
        reason = Reason(kind=ReasonKind.RULE, text=text, citations=basis)
        return Applicability(regime=REGIME_ID, reach=Reach.NOT_APPLICABLE, reasons=(reason,))
    text = "The incident falls within the UK GDPR's time (from 31 December 2020, 11 p.m.)."
    return Reason(kind=ReasonKind.FACT, text=text, citations=basis)


def _territorial(incident: Incident) -> tuple[Reach, Reason, tuple[MissingFact, ...]]:
    ctrl = incident.controller
    if any(in_uk(e.country) for e in ctrl.establishments):
        text = (
            "The controller has an establishment in the UK: the UK GDPR applies to processing "
            "in the context of its activities, wherever the processing takes place."
        )
        return (
            Reach.APPLICABLE,
            Reason(kind=ReasonKind.FACT, text=text, citations=(uk_gdpr(3, 1),)),
            (),
        )
    cites = (uk_gdpr(3, 2, "a"), uk_gdpr(3, 2, "b"))
    if any(in_uk(c) for c in incident.subject_countries):
        text = (
            "Assumed: the controller, not established in the UK, offers goods or services to "
            "the people concerned in the UK or monitors their behaviour there (not recorded), "
            "so the UK GDPR applies under Art. 3(2). If neither is the case, it does not apply."
        )
        return (
            Reach.APPLICABLE,
            Reason(kind=ReasonKind.WARNING, text=text, citations=cites),
            (_CONNECTION,),
        )
    text = (
        "Nothing recorded connects the incident to the UK: no establishment of the controller "
        "there and no people concerned there. The UK GDPR does not reach it (Art. 3); an "
        "establishment or people in the UK would change that."
    )
    return (
        Reach.NOT_APPLICABLE,
        Reason(kind=ReasonKind.RULE, text=text, citations=(uk_gdpr(3),)),
        (),
    )


def unconnected(incident: Incident) -> Applicability | None:
    """Not applicable when nothing connects the incident to the UK (None otherwise).

    Reads the controller's establishments and the people's countries only.
    """
    reach, where, _ = _territorial(incident)
    if reach is Reach.NOT_APPLICABLE:
        return Applicability(regime=REGIME_ID, reach=reach, reasons=(where,))
    return None


def applicability(incident: Incident) -> Applicability:
    """Whether the UK GDPR reaches the incident, and why: territory first, then time.

    An incident nothing connects to the UK is outside it whatever its dates; one that is
    connected needs a date to tell whether the UK GDPR or the EU GDPR applied.
    """
    outside = unconnected(incident)
    if outside is not None:
        return outside
    reach, where, _ = _territorial(incident)
    when = _temporal(incident)
    if isinstance(when, Applicability):
        return when
    recipient = Reason(
        kind=ReasonKind.FACT,
        text="Breach reports under the UK GDPR go to the Information Commissioner (ICO).",
        citations=(uk_gdpr(33, 1), ICO_REPORT_NOTICE),
    )
    return Applicability(regime=REGIME_ID, reach=reach, reasons=(when, where, recipient))


def _without_eu_time(reasons: tuple[Reason, ...]) -> tuple[Reason, ...]:
    """Drop the GDPR's statement of its own temporal scope (Art. 99(2)), EU-only."""
    return tuple(
        r
        for r in reasons
        if not any(c.source == GDPR and c.pinpoint == "Art. 99(2)" for c in r.citations)
    )


def check_uk_scope(incident: Incident) -> ScopeResult:
    """The scope questions under the UK GDPR, as the GDPR's rule functions take them."""
    applies = applicability(incident)
    if applies.reach is Reach.NOT_APPLICABLE:
        return ScopeResult(outcome=Outcome.NOT_APPLICABLE, reasons=applies.reasons)
    if applies.reach is Reach.UNDETERMINED:
        return ScopeResult(
            outcome=Outcome.UNDETERMINED,
            reasons=applies.reasons,
            missing_facts=applies.missing_facts,
        )
    _, _, assumed = _territorial(incident)
    # The GDPR's own territorial question (Art. 3 GDPR, the EEA) is not the UK's: it is
    # left out by asking it of a controller without establishments.
    ctrl = attrs.evolve(incident.controller, establishments=())
    eu = check_scope(attrs.evolve(incident, controller=ctrl))
    common = tuple(retarget_reason(r) for r in _without_eu_time(eu.reasons))
    return ScopeResult(
        outcome=eu.outcome,
        reasons=(*applies.reasons, *common),
        missing_facts=eu.missing_facts,
        open_questions=(*assumed, *eu.open_questions),
    )
