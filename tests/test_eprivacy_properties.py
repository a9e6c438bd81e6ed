"""Properties of the ePrivacy rules over generated incidents (``strategies.incidents``).

1. Six determinations, always in the same order, each with its own ePrivacy key.
2. Outside a provider's service nothing is owed and no clock runs; inside it, every
   personal data breach is notified and entered in the inventory (Art. 2(1); Directive
   Art. 4(4)), whatever the risk.
3. The content of the notice to subscribers follows the duty to send it.
4. The 24 hours run from detection, and a clock can be judged at any instant.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given

from breachmodel.determination import Outcome
from breachmodel.model import Incident
from breachmodel.regimes.eprivacy import keys, rules, scope
from strategies import incidents

_FOLLOWS = {
    Outcome.REQUIRED: Outcome.REQUIRED,
    Outcome.NOT_REQUIRED: Outcome.NOT_APPLICABLE,
    Outcome.UNDETERMINED: Outcome.UNDETERMINED,
    Outcome.NOT_APPLICABLE: Outcome.NOT_APPLICABLE,
}


def _six_keyed_determinations_in_a_fixed_order(incident: Incident) -> None:
    dets = rules.determine(incident)
    assert [d.key for d in dets] == [
        keys.NOTIFY_AUTHORITY_KEY,
        keys.SECOND_NOTIFICATION_KEY,
        keys.NOTIFICATION_CONTENT_KEY,
        keys.INFORM_SUBSCRIBERS_KEY,
        keys.SUBSCRIBER_CONTENT_KEY,
        keys.INVENTORY_KEY,
    ]
    assert all(d.status is None for d in dets)


def _nothing_outside_the_service_everything_notified_inside(incident: Incident) -> None:
    dets = {d.key: d for d in rules.determine(incident)}
    if not scope.in_service(incident):
        assert all(d.clock is None for d in dets.values())
        assert rules.overlaps(incident) == ()
        assert all(d.outcome is not Outcome.REQUIRED for d in dets.values())
        return
    if incident.personal_data is False:
        return
    assert dets[keys.NOTIFY_AUTHORITY_KEY].outcome is Outcome.REQUIRED
    assert dets[keys.INVENTORY_KEY].outcome is Outcome.REQUIRED
    assert len(rules.overlaps(incident)) == 1


def _subscriber_content_follows_the_notice(incident: Incident) -> None:
    dets = {d.key: d for d in rules.determine(incident)}
    inform = dets[keys.INFORM_SUBSCRIBERS_KEY]
    content = dets[keys.SUBSCRIBER_CONTENT_KEY]
    assert content.outcome is _FOLLOWS[inform.outcome]
    assert (inform.clock is not None) == (inform.outcome is Outcome.REQUIRED)


def _24_hours_from_detection_judged_at_any_instant(incident: Incident) -> None:
    notify = rules.determine(incident)[0]
    if notify.clock is None:
        return
    detected = incident.timeline.detected_at
    due = notify.deadline.due
    assert due == (None if detected is None else detected + timedelta(hours=24))
    for at in (None, datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)):
        assert notify.clock.judge(at).rule_id == keys.NOTIFY_AUTHORITY


@given(incidents())
def test_the_eprivacy_rules_on_any_incident(incident: Incident) -> None:
    # One generated incident serves the four properties (generation is the costly part).
    _six_keyed_determinations_in_a_fixed_order(incident)
    _nothing_outside_the_service_everything_notified_inside(incident)
    _subscriber_content_follows_the_notice(incident)
    _24_hours_from_detection_judged_at_any_instant(incident)
