"""What every rendering of an assessment shows, regime by regime, before any format.

The text, Markdown, HTML and JSON renderings all read the assessment through the few
functions here, so that they show the same regimes, overlaps and timeline in the same
order, and none of them names a regime: each regime's section is built from its
:class:`~breachmodel.regimes._base.RegimeResult`, its analyses (through the
:class:`~breachmodel.regimes._base.Analysis` protocol) and the determinations whose
obligation key names it.
"""

from __future__ import annotations

from datetime import datetime

from attrs import frozen

from breachmodel.assessment import Assessment
from breachmodel.clocks._local import format_local, zone
from breachmodel.determination import Determination, MissingFact, Reason
from breachmodel.obligations import Duty
from breachmodel.regimes import REGISTRY
from breachmodel.regimes._base import Analysis, Applicability, Overlap, Reach

__all__ = [
    "Considered",
    "Section",
    "TimelineEntry",
    "considered",
    "overlap_text",
    "processor_notice",
    "regime_titles",
    "sections",
    "timeline",
]


@frozen(kw_only=True)
class Section:
    """One assessed regime: whether it applies and why, its analyses, its determinations."""

    regime: str
    title: str
    reach: Reach
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...]
    analyses: tuple[Analysis, ...]
    determinations: tuple[Determination, ...]


@frozen(kw_only=True)
class Considered:
    """A registered regime that was considered and not assessed, with the reason."""

    regime: str
    title: str
    reach: Reach
    reason: str


@frozen(kw_only=True)
class TimelineEntry:
    """One clock on the combined timeline: when, which obligation, where it stands.

    Attributes:
        at: The due instant, or the policy target of a duty without a fixed due instant.
        target: Whether ``at`` is a policy target rather than a legal due instant.
        timezone: The zone the deadline is shown in (its authority's).
        regime: The id of the regime the obligation belongs to.
        regime_title: That regime's name.
        determination: The determination whose clock it is.
    """

    at: datetime
    target: bool
    timezone: str
    regime: str
    regime_title: str
    determination: Determination

    @property
    def key(self) -> str:
        """The obligation's key as text (its id if it has none)."""
        d = self.determination
        return d.id if d.key is None else str(d.key)

    @property
    def local(self) -> str:
        """The instant as a person reads it in the deadline's zone."""
        return format_local(self.at, self.timezone)

    @property
    def at_local(self) -> str:
        """The instant in ISO 8601, in the deadline's zone."""
        return self.at.astimezone(zone(self.timezone)).isoformat()


def regime_titles(a: Assessment) -> dict[str, str]:
    """Every regime's name by id: the registered ones and the assessed ones."""
    titles = {r.id: r.title for r in REGISTRY}
    titles.update({r.regime: r.title for r in a.regimes})
    return titles


def sections(a: Assessment) -> list[Section]:
    """One section per assessed regime, in the assessment's order."""
    first = a.regimes[0].regime if a.regimes else ""
    out = []
    for r in a.regimes:
        dets = tuple(d for d in a.determinations if (d.key.regime if d.key else first) == r.regime)
        app = r.applicability
        out.append(
            Section(
                regime=r.regime,
                title=r.title,
                reach=app.reach,
                reasons=app.reasons,
                missing_facts=app.missing_facts,
                analyses=r.analyses,
                determinations=dets,
            )
        )
    return out


def _first_reason(app: Applicability) -> str:
    if app.reasons:
        return app.reasons[0].text
    if app.missing_facts:
        return "facts are missing: " + "; ".join(m.question for m in app.missing_facts)
    return "no reason recorded"


def considered(a: Assessment) -> list[Considered]:
    """The registered regimes considered and not assessed, in registry order."""
    assessed = {r.regime for r in a.regimes}
    titles = regime_titles(a)
    return [
        Considered(
            regime=c.regime,
            title=titles.get(c.regime, c.regime),
            reach=c.reach,
            reason=_first_reason(c),
        )
        for c in a.considered
        if c.regime not in assessed
    ]


def overlap_text(o: Overlap) -> str:
    """One overlap in one line: which obligation yields to which."""
    return f"{o.yielding} yields to {o.prevailing}: {o.reason.text}"


def timeline(a: Assessment) -> list[TimelineEntry]:
    """Every clock of every regime, soonest first: due instants, else policy targets."""
    titles = regime_titles(a)
    first = a.regimes[0].regime if a.regimes else ""
    out = []
    for d in a.timeline:
        dl = d.deadline
        if dl is None:
            continue
        target = dl.due is None
        at = dl.target if target else dl.due
        if at is None:
            continue
        regime = d.key.regime if d.key else first
        out.append(
            TimelineEntry(
                at=at,
                target=target,
                timezone=dl.timezone,
                regime=regime,
                regime_title=titles.get(regime, regime),
                determination=d,
            )
        )
    return out


def processor_notice(d: Determination) -> bool:
    """Whether a determination is a processor's notice to its controller (by duty)."""
    return d.key is not None and d.key.duty is Duty.NOTIFY_CONTROLLER
