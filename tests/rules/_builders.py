"""Small builders that keep the rule tests' incidents readable.

The baseline :func:`breach` is an ordinary, in-scope personal data breach at a French
retailer: 40 adult customers' identity and contact details emailed by mistake to one known
external recipient, the controller aware on 1 February 2024 at 09:30 UTC. Tests change
only what they are about, with keyword overrides or the ``with_*`` helpers.

Instants are literals in UTC so that every expected deadline can be written exactly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import attrs

from breachmodel.determination import Determination, Reason, ReasonKind
from breachmodel.model import (
    ActorOrigin,
    AssessorJudgment,
    AuthorityNotice,
    Cause,
    Confidentiality,
    ContactPoint,
    Count,
    DataConcerned,
    Effects,
    Establishment,
    Exfiltration,
    Incident,
    Intent,
    NoticeKind,
    Occurrence,
    Organisation,
    Recipient,
    ResidenceCount,
    RiskLevel,
    SubjectGroup,
    SubjectKind,
    Timeline,
    Vector,
)
from breachmodel.regimes.gdpr import art33, art34
from breachmodel.regimes.gdpr.authority import AuthorityRouting, route_authorities
from breachmodel.regimes.gdpr.options import GdprOptions
from breachmodel.regimes.gdpr.risk import RiskAnalysis, analyse_risk
from breachmodel.regimes.gdpr.scope import ScopeResult, check_scope

__all__ = [
    "AWARE",
    "DUE_72H",
    "OCCURRED",
    "SCOPE_CITES",
    "Pipeline",
    "breach",
    "cites",
    "establishment",
    "judged",
    "kinds",
    "notice",
    "org",
    "reason_cites",
    "run",
    "subjects",
    "utc",
    "with_judgment",
    "with_timeline",
]


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An instant in UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


OCCURRED = utc(2024, 2, 1, 8, 0)
"""When the baseline breach happened."""
AWARE = utc(2024, 2, 1, 9, 30)
"""When the baseline controller became aware (and first detected it)."""
SCOPE_CITES = ["Art. 99(2) GDPR", "Art. 4(12) GDPR", "EDPB Guidelines 9/2022, section I.B"]
"""What the material-scope reason of an in-scope breach cites, in order."""
DUE_72H = utc(2024, 2, 4, 9, 30)
"""``AWARE`` plus 72 hours of elapsed time (encoding notes E1-E2)."""


def establishment(
    country: str = "FR", subdivision: str | None = None, *, main: bool = False
) -> Establishment:
    """An establishment."""
    return Establishment(country=country, subdivision=subdivision, main=main)


def org(
    org_id: str = "acme",
    *establishments: Establishment,
    name: str | None = None,
    **changes: Any,
) -> Organisation:
    """An organisation, by default established (main establishment) in France with a DPO."""
    return Organisation(
        id=org_id,
        name=name or f"{org_id.title()} SA",
        establishments=establishments or (establishment("FR", main=True),),
        contact=changes.pop(
            "contact", ContactPoint(name="DPO", email="dpo@example.test", is_dpo=True)
        ),
        **changes,
    )


def subjects(
    n: int = 40,
    *countries: str,
    kind: SubjectKind = SubjectKind.CUSTOMERS,
    children: bool | None = False,
) -> SubjectGroup:
    """A group of ``n`` people, all living in ``countries`` (France by default)."""
    where = countries or ("FR",)
    share = [ResidenceCount(country=c, count=Count.about(n // len(where))) for c in where]
    return SubjectGroup(
        kind=kind, count=Count.exact(n), by_country=tuple(share), includes_children=children
    )


def breach(**changes: Any) -> Incident:
    """The baseline in-scope breach; keyword arguments replace its fields."""
    fields: dict[str, Any] = {
        "id": "INC-TEST",
        "title": "Customer list emailed to the wrong recipient",
        "controller": org(),
        "cross_border": False,
        "data": (DataConcerned(category="identity"), DataConcerned(category="contact")),
        "subjects": (subjects(),),
        "effects": Effects(
            confidentiality=Confidentiality(
                exfiltration=Exfiltration.CONFIRMED,
                recipients=frozenset({Recipient.KNOWN_UNTRUSTED}),
                recipient_count=Count.exact(1),
            )
        ),
        "cause": Cause(
            intent=Intent.ACCIDENTAL,
            actor=ActorOrigin.INTERNAL,
            vectors=frozenset({Vector.MISDIRECTED_EMAIL}),
        ),
        "timeline": Timeline(
            occurred=Occurrence.at(OCCURRED), detected_at=AWARE, controller_aware_at=AWARE
        ),
    }
    fields.update(changes)
    return Incident(**fields)


def judged(level: RiskLevel, at: datetime = AWARE) -> AssessorJudgment:
    """The assessor's documented conclusion on the risk."""
    return AssessorJudgment(
        level=level, justification=f"Assessed as {level.value}.", by="DPO", at=at
    )


def with_judgment(incident: Incident, level: RiskLevel) -> Incident:
    """The incident with the assessor's conclusion recorded."""
    return attrs.evolve(incident, judgment=judged(level))


def with_timeline(incident: Incident, **changes: Any) -> Incident:
    """The incident with its timeline's fields replaced."""
    return attrs.evolve(incident, timeline=attrs.evolve(incident.timeline, **changes))


def notice(
    at: datetime, kind: NoticeKind = NoticeKind.INITIAL, reasons: str | None = None
) -> AuthorityNotice:
    """A notification to the authority."""
    return AuthorityNotice(kind=kind, at=at, authority="fr-cnil", reasons_for_delay=reasons)


@attrs.frozen(kw_only=True)
class Pipeline:
    """The intermediate results and every determination for one incident."""

    scope: ScopeResult
    risk: RiskAnalysis
    routing: AuthorityRouting
    notify: Determination
    processor: Determination
    content: Determination
    register: Determination
    individual: Determination
    public: Determination
    people_content: Determination


def run(
    incident: Incident, *, as_of: datetime | None = None, options: GdprOptions | None = None
) -> Pipeline:
    """Call every rule function directly, in the order ``assess`` does, then judge each
    determination's clock at ``as_of`` as the assessment does (the rules take no ``as_of``)."""
    opts = options or GdprOptions()
    scope = check_scope(incident)
    risk = analyse_risk(incident, opts)
    routing = route_authorities(incident)
    notify = art33.notify_authority(incident, scope=scope, risk=risk, routing=routing, options=opts)
    individual = art34.communicate_subjects(incident, scope=scope, risk=risk, options=opts)
    public = art34.public_communication(incident, individual=individual)
    return Pipeline(
        scope=scope,
        risk=risk,
        routing=routing,
        notify=notify.judged(as_of),
        processor=art33.processor_notice(incident, scope=scope, options=opts).judged(as_of),
        content=art33.notification_content(incident, notify=notify, options=opts).judged(as_of),
        register=art33.register_entry(incident, scope=scope, notify=notify),
        individual=individual.judged(as_of),
        public=public.judged(as_of),
        people_content=art34.communication_content(incident, individual=individual, public=public),
    )


def kinds(reasons: tuple[Reason, ...] | Determination) -> list[str]:
    """The reason kinds, in order."""
    items = reasons.reasons if isinstance(reasons, Determination) else reasons
    return [r.kind.value for r in items]


def cites(det: Determination) -> list[str]:
    """Every provision a determination cites, legal basis first (``str`` of each)."""
    return [str(c) for c in det.citations]


def reason_cites(det: Determination, kind: ReasonKind) -> list[list[str]]:
    """The citations of each reason of one kind, in order."""
    return [[str(c) for c in r.citations] for r in det.reasons if r.kind is kind]
