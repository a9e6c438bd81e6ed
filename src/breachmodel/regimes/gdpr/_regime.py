"""The GDPR as a regime: scope, risk, routing, then Arts. 33 and 34, each keyed by its duty."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, Final

from breachmodel import _sensitivity, law
from breachmodel._version import __version__
from breachmodel.authorities import former_territory_at
from breachmodel.citations import Citation, edpb, gdpr
from breachmodel.determination import ChecklistItem, Determination, MissingFact, Outcome
from breachmodel.model import Incident
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes._base import (
    Analysis,
    Applicability,
    BaseRegime,
    Overlap,
    Reach,
    give_way,
    instrument_line,
)
from breachmodel.regimes._memo import LastMemo, Memo, Quoting, paths_key
from breachmodel.regimes.gdpr import art33, art34
from breachmodel.regimes.gdpr._cli import GDPR_CLI
from breachmodel.regimes.gdpr._sequel import RISK_BASED, following, with_assumptions
from breachmodel.regimes.gdpr.authority import AuthorityRouting, route_authorities
from breachmodel.regimes.gdpr.options import GdprOptions, Ruleset, Unknowns
from breachmodel.regimes.gdpr.risk import RiskAnalysis, analyse_risk
from breachmodel.regimes.gdpr.scope import ScopeResult, check_scope

__all__ = ["DATED_INPUTS", "OUT_OF_SCOPE_INPUTS", "REGIME", "ROUTING_INPUTS", "GdprRegime"]

ROUTING_INPUTS: Final = frozenset(
    {
        "controller.decisions_in_eea",
        "controller.establishments",
        "controller.government_level",
        "controller.main_establishment",
        "controller.public_authority",
        "controller.public_task_or_legal_obligation",
        "controller.representative",
        "cross_border",
        "ecomms_service",
        "subject_countries",
    }
)
"""The attributes :func:`route_authorities` reads (``tests/test_assessment_memo.py``
checks that it reads no other): its result is reused for incidents equal in these."""

DATED_INPUTS: Final = frozenset({"timeline.latest_breach_date"})
"""The date :func:`route_authorities` reads, only to ask :func:`is_eea` whether a country
that has left the GDPR's territory (the UK) was still within it: the keys hold
:func:`former_territory_at` of it, not the date, so incidents of any date share results
where that answer is the same."""

OUT_OF_SCOPE_INPUTS: Final = frozenset({"authority_decision", "judgment", "processors"})
"""What the rules read, besides the scope and the routing, of an incident the GDPR does
not reach and that names no processor (``tests/test_assessment_memo.py`` checks it):
their determinations are reused for incidents equal in these, in the scope result and in
the routing. (The processors' notices name the organisations, so are not reused.)"""

_Found = tuple[tuple[Determination, ...], tuple[Analysis, ...]]

_SCOPES: LastMemo[ScopeResult] = LastMemo()
_ROUTES: Memo[tuple[object, ...], AuthorityRouting] = Memo()
_OUT_OF_SCOPE: Memo[tuple[object, ...], tuple[int, Quoting[Any]]] = Memo()

_OUT_OF_SCOPE_KEY: Final = ROUTING_INPUTS | OUT_OF_SCOPE_INPUTS

_BEFORE_THE_GDPR: Final = "before the GDPR (Art. 99(2))"
"""Stands in the out-of-scope key for every scope result that only says the incident
predates the GDPR: those differ in the date they quote, and nothing else."""

_ID = "gdpr"

KEYS: Final = {
    art33.NOTIFY_AUTHORITY: ObligationKey(_ID, Duty.NOTIFY_AUTHORITY, "supervisory_authority"),
    art33.PROCESSOR_NOTICE: ObligationKey(_ID, Duty.NOTIFY_CONTROLLER, "controller"),
    art33.NOTIFICATION_CONTENT: ObligationKey(_ID, Duty.CONTENT, "supervisory_authority"),
    art33.REGISTER_ENTRY: ObligationKey(_ID, Duty.RECORD, "register"),
    art34.COMMUNICATE_SUBJECTS: ObligationKey(_ID, Duty.INFORM_INDIVIDUALS, "data_subjects"),
    art34.PUBLIC_COMMUNICATION: ObligationKey(_ID, Duty.PUBLIC_NOTICE, "public"),
    art34.COMMUNICATION_CONTENT: ObligationKey(_ID, Duty.CONTENT, "data_subjects"),
}
"""Each determination's obligation key (processor notices down a chain share theirs)."""

_RISK_BASED: Final = frozenset(RISK_BASED)
"""The determinations whose outcome follows from the risk analysis."""

_UNKNOWNS_NOTE = {
    Unknowns.TYPICAL: "unknowns=typical: an unrecorded fact nothing in the incident points to "
    "takes its ordinary value, named as an assumption",
    Unknowns.ADVERSE: "unknowns=adverse: every unrecorded fact stays open and is weighed both ways",
}


PROCESSOR_LAW: Final = {
    Duty.NOTIFY_CONTROLLER: (gdpr(33, 2),),
    Duty.NOTIFY_AUTHORITY: (gdpr(28, 3, "f"), edpb("section II.A.4")),
}
"""The processor's part in each duty: it tells its controller (Art. 33(2)); it may notify
the authority on the controller's behalf where their contract allows, the controller
staying responsible (Art. 28(3)(f), EDPB Guidelines 9/2022, section II.A.4)."""


def key_of(det_id: str) -> ObligationKey:
    """The obligation key of a GDPR determination id (a processor link's id included)."""
    found = KEYS.get(det_id)
    if found is None and det_id.startswith(art33.PROCESSOR_NOTICE + "."):
        found = KEYS[art33.PROCESSOR_NOTICE]
    if found is None:
        msg = f"no obligation key for {det_id!r}"
        raise KeyError(msg)
    return found


def _scope(incident: Incident) -> ScopeResult:
    """The scope result, computed once for the applicability and the determinations."""
    return _SCOPES.get(incident, lambda: check_scope(incident))


def _territory(incident: Incident) -> frozenset[str]:
    """The part of :data:`DATED_INPUTS` the routing depends on: the territory at the date."""
    return former_territory_at(incident.timeline.latest_breach_date)


def _routing(incident: Incident) -> AuthorityRouting:
    key = (*paths_key(incident, ROUTING_INPUTS), _territory(incident))
    return _ROUTES.get(key, lambda: route_authorities(incident))


def _out_of_scope(
    incident: Incident, scope: ScopeResult, opts: GdprOptions, yielding: tuple[Overlap, ...]
) -> _Found:
    """The results for an incident the GDPR does not reach, reused where their key is equal.

    The key is the scope result (or, for any incident that predates the GDPR, one
    stand-in for it), the options, and the values at :data:`ROUTING_INPUTS` (which decide
    the routing, with the territory at the breach's date, :data:`DATED_INPUTS`) and
    :data:`OUT_OF_SCOPE_INPUTS`. A result
    kept for an incident of another date is told with this incident's Art. 99(2) reason
    in place of the kept one's (``tests/test_assessment_memo.py`` checks that this gives
    the results worked out afresh).
    """
    dated = scope.predates is not None
    stands_for: object = _BEFORE_THE_GDPR if dated else scope
    key = (stands_for, opts, _territory(incident), *paths_key(incident, _OUT_OF_SCOPE_KEY))

    def keep() -> tuple[int, Quoting[Any]]:
        dets, analyses = _determine(incident, scope, opts, yielding)
        return len(dets), Quoting((*dets, *analyses), scope.reasons[0] if dated else None)

    split, kept = _OUT_OF_SCOPE.get(key, keep)
    found = kept.told(scope.reasons[0]) if dated else kept.found
    return found[:split], found[split:]


def _determine(
    incident: Incident,
    scope: ScopeResult,
    opts: GdprOptions,
    yielding: tuple[Overlap, ...] = (),
) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
    """Risk, routing, then every GDPR breach obligation, each keyed by its duty.

    The notification gives way to ``yielding`` overlaps before its content and register
    entry are derived from it (an out-of-scope notification is already not applicable).
    """
    if scope.outcome in (Outcome.NOT_APPLICABLE, Outcome.NOT_REQUIRED):
        risk = RiskAnalysis.not_analysed(incident.judgment, scope.reasons)
    else:
        risk = analyse_risk(incident, opts)
    routing = _routing(incident)
    notify = art33.notify_authority(incident, scope=scope, risk=risk, routing=routing, options=opts)
    notify = give_way(notify.under(key_of(notify.id)), yielding)
    rest = following(incident, notify=notify, scope=scope, risk=risk, options=opts)
    keyed = tuple(d.under(key_of(d.id)) for d in (notify, *rest))
    notes = (_UNKNOWNS_NOTE[opts.unknowns],)
    return with_assumptions(keyed, risk, notes, _RISK_BASED), (risk, routing)


class GdprRegime(BaseRegime):
    """Regulation (EU) 2016/679: Arts. 33 and 34 with scope, risk and the competent authority."""

    id = _ID
    title = "GDPR (Regulation (EU) 2016/679)"
    label = "GDPR"
    instruments = (instrument_line(law.GDPR),)
    baseline = True
    options_type = GdprOptions
    cli_options = GDPR_CLI

    def content_items(self, incident: Incident, recipient: str) -> tuple[ChecklistItem, ...]:
        """The Art. 33(3) items of the notification to the supervisory authority."""
        if recipient != KEYS[art33.NOTIFY_AUTHORITY].recipient:
            return ()
        return art33.content_items(incident)

    def aware_at(self, incident: Incident) -> datetime | None:
        """When the controller became aware (Art. 33(1); encoding note E4)."""
        return art33.controller_awareness(incident)[0]

    def applicability(self, incident: Incident) -> Applicability:
        """Reach from the scope questions (Arts. 2, 3, 4(12) and 99(2))."""
        scope = _scope(incident)
        reach = {
            None: Reach.APPLICABLE,
            Outcome.UNDETERMINED: Reach.UNDETERMINED,
        }.get(scope.outcome, Reach.NOT_APPLICABLE)
        return Applicability(
            regime=self.id,
            reach=reach,
            reasons=scope.reasons,
            missing_facts=scope.missing_facts,
        )

    def determine(
        self, incident: Incident, options: Any
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """Every GDPR breach obligation; each clock is judged later, by the assessment."""
        return self.determine_yielding(incident, options, ())

    def determine_yielding(
        self, incident: Incident, options: Any, yielding: tuple[Overlap, ...]
    ) -> tuple[tuple[Determination, ...], tuple[Analysis, ...]]:
        """The obligations, the notification's content and register following its overlaps.

        Where another regime's notice takes the place of Art. 33(1) (Art. 95 for the
        ePrivacy rules), the content and the register entry derive from the displaced
        notification, so that no content is asked for a notification that is not owed.
        """
        opts: GdprOptions = options or GdprOptions()
        scope = _scope(incident)
        if scope.outcome is not Outcome.NOT_APPLICABLE or incident.processors:
            return _determine(incident, scope, opts, yielding)
        return _out_of_scope(incident, scope, opts, yielding)

    def sensitivity_candidates(
        self, incident: Incident, asked: Iterable[MissingFact], options: Any
    ) -> Iterable[Any]:
        """The GDPR's unknown and assumed facts and thresholds worth trying."""
        return _sensitivity.candidates(incident, asked, (), options or GdprOptions())

    def processor_duty(self, duty: Duty) -> tuple[Citation, ...]:
        """Art. 33(2) for telling the controller; Art. 28(3)(f) and EDPB 9/2022 for delegation."""
        return PROCESSOR_LAW.get(duty, ())

    def ruleset(self, options: Any) -> str:
        """``gdpr-2016/breachmodel-<version>``, or the opted-in variant's label (E18)."""
        opts: GdprOptions = options or GdprOptions()
        label = "gdpr-2016" if opts.ruleset is Ruleset.GDPR_2016 else opts.ruleset.value
        return f"{label}/breachmodel-{__version__}"


REGIME: Final = GdprRegime()
"""The GDPR regime, as listed in :data:`breachmodel.regimes.REGISTRY`."""
