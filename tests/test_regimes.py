"""The regime registry and the generic assessment: duties, keys, selection, overlaps, timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import attrs
import pytest
from _builders import AWARE, breach, establishment, org, with_timeline

from breachmodel import regimes
from breachmodel.assessment import assess
from breachmodel.determination import Outcome
from breachmodel.errors import BreachModelError, InvalidIncidentError
from breachmodel.model import Incident
from breachmodel.model.timeline import AuthorityNotice, NoticeKind
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.regimes._base import Reach, give_way
from breachmodel.regimes.gdpr.options import GdprOptions, Ruleset
from breachmodel.serialization import dumps, loads

GDPR_NOTIFY = ObligationKey("gdpr", Duty.NOTIFY_AUTHORITY, "supervisory_authority")


def provider(*, in_service: bool) -> Incident:
    controller = attrs.evolve(org(), public_ecomms_provider=True)
    inc = attrs.evolve(breach(), controller=controller, ecomms_service=in_service)
    return with_timeline(inc, detected_at=AWARE)


def test_the_registry_lists_each_regime_once_with_the_baseline_first() -> None:
    assert regimes.ids()[0] == "gdpr"
    assert len(set(regimes.ids())) == len(regimes.REGISTRY)
    assert [r.id for r in regimes.REGISTRY if r.baseline] == ["gdpr"]


def test_an_unknown_regime_is_a_clear_error_naming_the_known_ones() -> None:
    with pytest.raises(BreachModelError, match="unknown regime 'xx'; known: gdpr"):
        regimes.get("xx")
    with pytest.raises(BreachModelError, match="unknown regime 'xx'"):
        assess(breach(), regimes=["xx"])


def test_every_determination_has_a_key_of_its_regime() -> None:
    a = assess(provider(in_service=True), sensitivities=False)
    assert {d.key.regime for d in a.determinations if d.key} == {"gdpr", "eprivacy"}
    assert all(d.key is not None for d in a.determinations)
    assert all(d.id.split(".")[0] == d.key.regime for d in a.determinations if d.key)


def test_by_default_only_regimes_that_reach_the_incident_besides_the_baseline() -> None:
    a = assess(breach(), sensitivities=False)
    assert [r.regime for r in a.regimes] == ["gdpr"]
    reach = {c.regime: c.reach for c in a.considered}
    assert list(reach) == list(regimes.ids())
    assert reach.pop("gdpr") is Reach.APPLICABLE
    assert set(reach) == set(regimes.ids()) - {"gdpr"}
    assert set(reach.values()) == {Reach.NOT_APPLICABLE}
    assert a.obligations(Duty.NOTIFY_AUTHORITY, regime="eprivacy") == ()


def test_a_regime_asked_for_is_assessed_even_out_of_reach() -> None:
    a = assess(breach(), regimes=["eprivacy"], sensitivities=False)
    assert [r.regime for r in a.regimes] == ["eprivacy"]
    first = a.first(Duty.NOTIFY_AUTHORITY)
    assert first is not None
    assert first.outcome is Outcome.NOT_APPLICABLE


def test_obligations_are_asked_for_by_duty_across_regimes() -> None:
    a = assess(provider(in_service=True), sensitivities=False)
    notify = a.obligations(Duty.NOTIFY_AUTHORITY)
    assert [d.key.regime for d in notify if d.key] == ["gdpr", "eprivacy"]
    assert a[GDPR_NOTIFY] is notify[0]
    inform = a.first(Duty.INFORM_INDIVIDUALS, recipient="data_subjects")
    assert inform is not None
    assert inform.id == "gdpr.art34.communicate_subjects"


def test_art_95_displacement_is_data_in_the_result() -> None:
    a = assess(provider(in_service=True), sensitivities=False)
    (overlap,) = a.overlaps
    assert overlap.yielding == GDPR_NOTIFY
    assert overlap.prevailing.regime == "eprivacy"
    assert "Art. 95 GDPR" in [str(c) for c in overlap.reason.citations]
    assert a[GDPR_NOTIFY].outcome is Outcome.NOT_APPLICABLE
    assert not assess(provider(in_service=False), sensitivities=False).overlaps


def test_the_displaced_notification_leads_with_the_overlap_and_owes_nothing() -> None:
    a = assess(provider(in_service=True), sensitivities=False)
    (overlap,) = a.overlaps
    notify = a[GDPR_NOTIFY]
    assert notify.reasons[0] == overlap.reason
    assert len(notify.reasons) > 1  # Art. 33's own reading of the facts follows
    assert not any(": due " in r.text for r in notify.reasons)
    assert (notify.deadline, notify.clock, notify.recipients) == (None, None, ())
    assert overlap.interpretation in notify.interpretations
    content = a["gdpr.art33.notification_content"]
    assert content.outcome is Outcome.NOT_APPLICABLE
    assert "the notification is not applicable (gdpr.art33.notify_authority)" in (
        content.reasons[0].text
    )


def test_the_displacement_holds_when_only_the_yielding_regime_is_asked_for() -> None:
    a = assess(provider(in_service=True), regimes=["gdpr"], sensitivities=False)
    assert [r.regime for r in a.regimes] == ["gdpr"]
    assert a[GDPR_NOTIFY].outcome is Outcome.NOT_APPLICABLE
    assert [o.prevailing.regime for o in a.overlaps] == ["eprivacy"]


def test_give_way_leaves_other_and_already_inapplicable_obligations_alone() -> None:
    a = assess(provider(in_service=True), sensitivities=False)
    (overlap,) = a.overlaps
    other = a["eprivacy.reg611.notify_authority"]
    assert give_way(other, a.overlaps) is other
    out_of_scope = attrs.evolve(a[GDPR_NOTIFY], reasons=())
    assert give_way(out_of_scope, [overlap]) is out_of_scope


def test_the_timeline_lists_every_clock_soonest_first() -> None:
    a = assess(provider(in_service=True), sensitivities=False)
    due = [d.deadline.due or d.deadline.target for d in a.timeline]
    assert due == sorted(due)
    assert a.timeline[0].id == "eprivacy.reg611.notify_authority"  # 24 hours comes first
    assert a.timeline[0].deadline.due == AWARE + timedelta(hours=24)


def test_options_reach_the_regime_whose_class_they_are() -> None:
    opts = GdprOptions(ruleset=Ruleset.DIGITAL_OMNIBUS_PROPOSAL)
    a = assess(breach(), options=[opts], sensitivities=False)
    assert a.regime("gdpr").options is opts
    assert a.ruleset.startswith("digital-omnibus-2025-proposal/")
    assert assess(breach(), sensitivities=False).ruleset.startswith("gdpr-2016/")


def test_as_of_is_judged_once_for_every_clock() -> None:
    inc = provider(in_service=True)
    later = assess(inc, as_of=datetime(2030, 1, 1, tzinfo=UTC), sensitivities=False)
    assert later.timeline[0].status.status.value == "overdue"


def _notified(inc: Incident, obligation: str | None) -> Incident:
    notice = AuthorityNotice(
        kind=NoticeKind.INITIAL, at=AWARE + timedelta(hours=10), obligation=obligation
    )
    return with_timeline(inc, authority_notices=(notice,))


def test_a_filing_answers_only_the_obligation_it_names() -> None:
    gdpr_filing = _notified(breach(), "gdpr/notify_authority/supervisory_authority")
    other_law = _notified(breach(), "nis2/early_warning/csirt")
    unnamed = _notified(breach(), None)
    status = {
        name: assess(inc, as_of=AWARE + timedelta(days=5), sensitivities=False)[
            GDPR_NOTIFY
        ].status.status.value
        for name, inc in {"gdpr": gdpr_filing, "other": other_law, "unnamed": unnamed}.items()
    }
    assert status == {"gdpr": "met", "other": "overdue", "unnamed": "met"}


def test_the_obligation_a_filing_names_round_trips_through_files() -> None:
    inc = _notified(breach(), "gdpr/notify_authority/supervisory_authority")
    text = dumps(inc)
    assert '"obligation": "gdpr/notify_authority/supervisory_authority"' in text
    assert loads(text) == inc


def test_a_malformed_obligation_in_a_file_is_a_clear_error() -> None:
    text = dumps(_notified(breach(), "gdpr/notify_authority/supervisory_authority"))
    with pytest.raises(InvalidIncidentError, match="unknown duty 'notify'"):
        loads(text.replace("gdpr/notify_authority/", "gdpr/notify/"))


UK_NOTIFY = ObligationKey("uk_gdpr", Duty.NOTIFY_AUTHORITY, "supervisory_authority")
PECR_NOTIFY = ObligationKey("pecr", Duty.NOTIFY_AUTHORITY, "competent_authority")


def uk_provider(*, in_service: bool | None) -> Incident:
    controller = attrs.evolve(
        org("isp", establishment("GB", main=True)), public_ecomms_provider=True
    )
    inc = attrs.evolve(breach(), controller=controller, ecomms_service=in_service)
    return with_timeline(inc, detected_at=AWARE)


def test_pecr_displacing_art_33_uk_gdpr_is_data_in_the_result() -> None:
    a = assess(uk_provider(in_service=True), sensitivities=False)
    (overlap,) = [o for o in a.overlaps if o.yielding == UK_NOTIFY]
    assert overlap.prevailing == PECR_NOTIFY
    cited = [str(c) for c in overlap.reason.citations]
    assert cited[:2] == ["Art. 95 UK GDPR", "PECR, reg. 5A(2)"]
    notify = a[UK_NOTIFY]
    assert notify.outcome is Outcome.NOT_APPLICABLE
    assert notify.reasons[0] == overlap.reason
    assert (notify.deadline, notify.clock, notify.recipients) == (None, None, ())
    assert a[PECR_NOTIFY].outcome is Outcome.REQUIRED
    content = a["uk_gdpr.art33.notification_content"]
    assert content.outcome is Outcome.NOT_APPLICABLE
    assert "the notification is not applicable (uk_gdpr.art33.notify_authority)" in (
        content.reasons[0].text
    )


@pytest.mark.parametrize("in_service", [False, None])
def test_no_pecr_overlap_unless_the_breach_arose_in_providing_the_service(
    in_service: bool | None,
) -> None:
    a = assess(uk_provider(in_service=in_service), sensitivities=False)
    assert not [o for o in a.overlaps if o.yielding == UK_NOTIFY]
    assert a[UK_NOTIFY].outcome is Outcome.REQUIRED


def test_the_pecr_displacement_holds_when_only_the_uk_gdpr_is_asked_for() -> None:
    a = assess(uk_provider(in_service=True), regimes=["uk_gdpr"], sensitivities=False)
    assert [r.regime for r in a.regimes] == ["uk_gdpr"]
    assert a[UK_NOTIFY].outcome is Outcome.NOT_APPLICABLE
    assert PECR_NOTIFY in [o.prevailing for o in a.overlaps]


@pytest.mark.parametrize(
    ("regime", "incident", "notify_key"),
    [
        pytest.param("gdpr", provider, GDPR_NOTIFY, id="the GDPR knows nothing of ePrivacy"),
        pytest.param("uk_gdpr", uk_provider, UK_NOTIFY, id="the UK GDPR knows nothing of PECR"),
    ],
)
def test_the_data_protection_rules_alone_know_nothing_of_the_telecoms_regime(
    regime: str, incident: Callable[..., Incident], notify_key: ObligationKey
) -> None:
    dets, _ = regimes.get(regime).determine(incident(in_service=True), None)
    notify = next(d for d in dets if d.key == notify_key)
    assert notify.outcome is Outcome.REQUIRED
    assert notify.deadline is not None


def test_the_notification_gives_way_even_where_the_uk_gdpr_scope_is_open() -> None:
    unknown = attrs.evolve(uk_provider(in_service=True), personal_data=None)
    a = assess(unknown, sensitivities=False)
    (overlap,) = [o for o in a.overlaps if o.yielding == UK_NOTIFY]
    notify = a[UK_NOTIFY]
    assert notify.outcome is Outcome.NOT_APPLICABLE
    assert notify.reasons[0] == overlap.reason
    assert notify.missing_facts == ()
