"""A UK public e-communications provider owes the ICO one notice per breach, at any date.

Before IP completion day (31 December 2020, 23:00 UTC) the ePrivacy regime answers for a UK
provider's breach with the ICO as its authority, and reg. 5A of PECR answers too: they are
one duty (reg. 5A transposed Art. 4(3) of Directive 2002/58/EC), so the ePrivacy notice
gives way to PECR's. After it, the ePrivacy regime stands aside and reg. 5A takes the place
of Art. 33 UK GDPR. Over breaches on either side of the boundary (and at it), the full
assessment owes exactly one notice to the ICO, with one deadline.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from _builders import breach, establishment, org, subjects, with_timeline
from hypothesis import example, given
from hypothesis import strategies as st

from breachmodel.assessment import assess
from breachmodel.authorities import IP_COMPLETION_DAY
from breachmodel.determination import Outcome
from breachmodel.model import Incident, Occurrence
from breachmodel.obligations import Duty

_ICO = "gb-ico"

# Naive bounds, as Hypothesis wants them; the values are aware (UTC).
_FROM, _TO = datetime(2014, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
instants = st.datetimes(
    min_value=_FROM.replace(tzinfo=None),
    max_value=_TO.replace(tzinfo=None),
    timezones=st.just(UTC),
)


def _uk_provider(occurred: datetime, delay: timedelta, subject_country: str) -> Incident:
    ctrl = org("telco", establishment("GB", main=True), public_ecomms_provider=True)
    incident = breach(
        controller=ctrl, ecomms_service=True, subjects=(subjects(300, subject_country),)
    )
    return with_timeline(
        incident,
        occurred=Occurrence.at(occurred),
        detected_at=occurred + delay,
        controller_aware_at=occurred + delay,
    )


@given(
    occurred=instants,
    delay=st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=60)),
    subject_country=st.sampled_from(["GB", "IE", "FR"]),
)
@example(
    occurred=IP_COMPLETION_DAY - timedelta(seconds=1), delay=timedelta(0), subject_country="GB"
)
@example(occurred=IP_COMPLETION_DAY, delay=timedelta(0), subject_country="GB")
@example(
    occurred=IP_COMPLETION_DAY - timedelta(days=1), delay=timedelta(days=3), subject_country="GB"
)
def test_exactly_one_notice_to_the_ico(
    occurred: datetime, delay: timedelta, subject_country: str
) -> None:
    result = assess(_uk_provider(occurred, delay, subject_country), as_of=occurred + delay)
    owed = [
        d
        for d in result.obligations(Duty.NOTIFY_AUTHORITY)
        if d.outcome is Outcome.REQUIRED and _ICO in d.recipients
    ]
    assert [d.id for d in owed] == ["pecr.reg5a.notify_ico"]
    dues = {d.deadline.due for d in result.determinations if d.deadline and _ICO in d.recipients}
    assert len(dues) == 1
