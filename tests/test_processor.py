"""Processor incidents with many controllers: derivation, per-controller clocks, summary."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import attrs
import pytest

from breachmodel import regimes
from breachmodel.citations import Citation
from breachmodel.clocks import Status
from breachmodel.determination import Outcome, ReasonKind
from breachmodel.errors import InvalidIncidentError
from breachmodel.model import (
    AuthorityNotice,
    Count,
    Incident,
    NoticeKind,
    Organisation,
    ProcessorContract,
    SubjectGroup,
    SubjectKind,
)
from breachmodel.obligations import Duty
from breachmodel.processor import (
    ControllerShare,
    ProcessorAssessment,
    ProcessorIncident,
    assess_processor_incident,
    controller_incident,
    dumps_any,
    load_any,
    loads_any,
    render_processor_assessment,
)
from breachmodel.regimes.gdpr.art33 import NOTIFY_AUTHORITY, PROCESSOR_NOTICE
from example_kit import PROCESSOR_AS_OF as AS_OF
from example_kit import PROCESSOR_EXAMPLE as EXAMPLE

ROOT = Path(__file__).resolve().parent.parent


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


@pytest.fixture(scope="module")
def pi() -> ProcessorIncident:
    record = load_any(EXAMPLE)
    assert isinstance(record, ProcessorIncident)
    return record


@pytest.fixture(scope="module")
def pa(pi: ProcessorIncident) -> ProcessorAssessment:
    return assess_processor_incident(pi, as_of=AS_OF)


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


# --- the example --------------------------------------------------------------------------


def test_one_assessment_per_controller_in_input_order(
    pi: ProcessorIncident, pa: ProcessorAssessment
) -> None:
    ids = [s.organisation.id for s in pi.controllers]
    assert len(ids) == 7
    assert [a.incident_id for a in pa.per_controller] == [f"{pi.id}/{i}" for i in ids]
    assert [r.controller_id for r in pa.summary.rows] == ids
    assert [d.recipients for d in pa.processor_duties] == [(i,) for i in ids]
    assert all(d.id == PROCESSOR_NOTICE for d in pa.processor_duties)


def test_each_controller_has_its_own_clock(pa: ProcessorAssessment) -> None:
    due = {r.controller_id: r.notification_due for r in pa.summary.rows}
    # Told by the processor at 18:00 Paris on 30 January: due 72 hours later.
    assert due["mutuelle-horizon"] == _utc("2024-02-02T18:00:00+01:00")
    assert due["atlas-sante"] == _utc("2024-02-02T09:00:00+01:00")
    assert due["mutuelle-cevennes"] == _utc("2024-02-03T15:00:00+01:00")
    assert len(set(due.values())) == len(due)


def test_earlier_own_awareness_starts_the_clock(pa: ProcessorAssessment) -> None:
    row = next(r for r in pa.summary.rows if r.controller_id == "prevoyance-littoral")
    assert row.told_at == datetime.fromisoformat("2024-02-01T10:00:00+01:00")
    assert row.aware_at == datetime.fromisoformat("2024-01-31T09:30:00+01:00")
    assert row.notification_due == _utc("2024-02-03T09:30:00+01:00")


def test_each_controller_has_its_own_authority(pa: ProcessorAssessment) -> None:
    authorities = {r.controller_id: r.authorities for r in pa.summary.rows}
    assert authorities["escaut-assurances"] == ("be-apd-gba",)
    assert {v for k, v in authorities.items() if k != "escaut-assurances"} == {("fr-cnil",)}
    assert pa["escaut-assurances"][NOTIFY_AUTHORITY].recipients == ("be-apd-gba",)


def test_risk_differs_with_the_people(pa: ProcessorAssessment) -> None:
    children, adults = pa["mutuelle-horizon"].risk, pa["atlas-sante"].risk
    assert children.enisa is not None
    assert adults.enisa is not None
    assert children.enisa.score > adults.enisa.score
    assert any("children" in r.text for r in children.reasons)
    assert not any("children" in r.text for r in adults.reasons)


def test_processor_notice_late_against_the_contract(pa: ProcessorAssessment) -> None:
    late = pa.duty("mutuelle-cevennes")
    assert late.status is not None
    assert late.status.beyond_target_by is not None
    assert any(r.kind is ReasonKind.WARNING for r in late.reasons)
    on_time = pa.duty("mutuelle-horizon")
    assert on_time.status is not None
    assert on_time.status.beyond_target_by is None
    rows = {r.controller_id: r for r in pa.summary.rows}
    assert rows["mutuelle-cevennes"].processor_notice_late is True
    assert rows["mutuelle-horizon"].processor_notice_late is False


def test_notice_without_contractual_deadline_uses_the_target(pi: ProcessorIncident) -> None:
    share = attrs.evolve(
        pi.controllers[0],
        contract=ProcessorContract(),
        notified_by_processor_at=datetime.fromisoformat("2024-01-31T12:00:00+01:00"),
    )
    result = assess_processor_incident(attrs.evolve(pi, controllers=(share,)), as_of=AS_OF)
    duty = result.processor_duties[0]
    assert duty.status is not None
    assert duty.status.beyond_target_by is not None
    assert any("No contractual limit" in r.text for r in duty.reasons)


def test_processor_notification_counts_only_when_the_contract_allows(
    pi: ProcessorIncident, pa: ProcessorAssessment
) -> None:
    rows = {r.controller_id: r for r in pa.summary.rows}
    allowed = rows["mutuelle-tilleul"]
    assert allowed.notified_by == "viamedis"
    assert allowed.notification_status == Status.MET.value
    assert any(
        r.kind is ReasonKind.FACT and "on the controller's behalf" in r.text
        for r in pa["mutuelle-tilleul"][NOTIFY_AUTHORITY].reasons
    )
    refused = rows["mutuelle-horizon"]
    assert refused.notified_at is None
    assert refused.ignored_notices == 1
    assert refused.notification_status == Status.PENDING.value
    assert any(
        r.kind is ReasonKind.WARNING and "does not count" in r.text
        for r in pa["mutuelle-horizon"][NOTIFY_AUTHORITY].reasons
    )
    # The same notice counts once the contract allows the processor to notify.
    share = attrs.evolve(
        pi.share("mutuelle-horizon"), contract=ProcessorContract(may_notify_authority=True)
    )
    incident = controller_incident(pi, share)
    assert [n.by for n in incident.timeline.authority_notices] == ["viamedis"]


def test_notice_by_another_organisation_never_counts(pi: ProcessorIncident) -> None:
    notice = AuthorityNotice(
        kind=NoticeKind.INITIAL, at=datetime.fromisoformat("2024-01-31T09:00:00+01:00"), by="x"
    )
    share = attrs.evolve(
        pi.share("mutuelle-tilleul"),
        authority_notices=(notice,),
    )
    assert controller_incident(pi, share).timeline.authority_notices == ()


def test_own_notice_counts(pi: ProcessorIncident) -> None:
    incident = controller_incident(pi, pi.share("mutuelle-peuplier"))
    assert [n.by for n in incident.timeline.authority_notices] == ["mutuelle-peuplier"]


def test_summary_totals(pi: ProcessorIncident, pa: ProcessorAssessment) -> None:
    s = pa.summary
    assert s.controllers == 7
    assert s.told == 7
    assert (
        s.processor_notices_late == 2
    )  # prevoyance-littoral: 38 h (72-hour contract); cevennes: 43 h
    assert s.must_notify == 7
    assert s.notified == 2
    assert s.notified_by_processor == 1
    assert s.late == 1
    assert [r.controller_id for r in s.rows if r.late] == ["atlas-sante"]
    assert s.must_still_inform_people == 7
    assert s.total_people == pi.total_subjects
    expected = Count.unknown()
    for i, share in enumerate(pi.controllers):
        expected = share.total_subjects if i == 0 else expected + share.total_subjects
    assert s.total_people == expected
    assert s.total_people.lower_bound == 3_940_000


def test_public_communication_where_individual_effort_disproportionate(
    pa: ProcessorAssessment,
) -> None:
    row = next(r for r in pa.summary.rows if r.controller_id == "atlas-sante")
    assert row.inform_people is Outcome.REQUIRED
    assert pa["atlas-sante"]["gdpr.art34.public_communication"].outcome is Outcome.REQUIRED


def test_controller_incident_derivation(pi: ProcessorIncident) -> None:
    share = pi.share("mutuelle-cevennes")
    incident = controller_incident(pi, share)
    assert isinstance(incident, Incident)
    assert incident.controller == share.organisation
    assert incident.processors[0].organisation == pi.processor
    assert incident.processors[0].acts_for == "mutuelle-cevennes"
    assert incident.processors[0].contract == share.contract
    assert incident.timeline.processor_aware_at == pi.processor_aware_at
    assert incident.timeline.processor_notified_controller_at == share.notified_by_processor_at
    assert incident.consequences == pi.consequences
    default = controller_incident(pi, pi.share("mutuelle-horizon"))
    assert default.processors[0].contract == pi.default_contract


def test_assessment_is_linear_in_controllers(
    pi: ProcessorIncident, monkeypatch: pytest.MonkeyPatch
) -> None:
    import breachmodel.assessment
    from breachmodel.processor import _assess

    calls: list[str] = []
    real = breachmodel.assessment.assess

    def counting(incident: Incident, **kwargs: Any) -> Any:
        calls.append(incident.id)
        return real(incident, **kwargs)

    monkeypatch.setattr(_assess, "assess", counting)
    assess_processor_incident(pi, as_of=AS_OF)
    assert len(calls) == len(pi.controllers)


# --- rendering ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_render_every_format(pa: ProcessorAssessment, fmt: str) -> None:
    out = render_processor_assessment(pa, fmt)
    assert out == render_processor_assessment(pa, fmt)  # deterministic
    assert "Escaut Assurances" in out
    assert "<script" not in out


def test_render_json_structure(pa: ProcessorAssessment) -> None:
    data = json.loads(pa.to_json())
    assert data["record_type"] == "processor_assessment"
    assert len(data["per_controller"]) == 7
    assert len(data["processor_duties"]) == 7
    assert data["summary"]["late"] == 1
    assert data["summary"]["rows"][0]["controller_id"] == "mutuelle-horizon"


def test_render_text_has_summary_duties_and_each_assessment(pa: ProcessorAssessment) -> None:
    text = pa.to_text()
    assert "Late or overdue: 1" in text
    assert text.count("Processor informs the controller") >= 7
    assert text.count("Assessment of incident viamedis-2024/") == 7
    assert pa.to_markdown().count("## Assessment of incident") == 7
    assert repr(pa).startswith("<ProcessorAssessment 'viamedis-2024'")


def test_render_unknown_format(pa: ProcessorAssessment) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        render_processor_assessment(pa, "pdf")


# --- files and validation -------------------------------------------------------------------


def test_round_trip(pi: ProcessorIncident) -> None:
    text = dumps_any(pi)
    assert json.loads(text)["record_type"] == "processor_incident"
    assert loads_any(text) == pi
    assert dumps_any(loads_any(text)) == text


def test_load_any_reads_plain_incidents() -> None:
    plain = load_any(ROOT / "examples" / "viamedis-almerys.json")
    assert isinstance(plain, Incident)
    data = json.loads((ROOT / "examples" / "viamedis-almerys.json").read_text(encoding="utf-8"))
    data["record_type"] = "incident"
    assert loads_any(json.dumps(data)) == plain
    assert loads_any(dumps_any(plain)) == plain


def _problems(data: object) -> list[str]:
    with pytest.raises(InvalidIncidentError) as info:
        loads_any(json.dumps(data), source="f.json")
    return [str(p) for p in info.value.problems]


def test_unknown_record_type() -> None:
    data = _data()
    data["record_type"] = "procesor_incident"
    assert _problems(data) == [
        "unknown record_type 'procesor_incident'; expected 'incident' (the default) or "
        "'processor_incident' @ $.record_type"
    ]


def test_duplicate_controllers() -> None:
    data = _data()
    data["controllers"].append(data["controllers"][0])
    (problem,) = _problems(data)
    assert problem.endswith("@ $.controllers")
    assert "'mutuelle-horizon'" in problem


def test_controller_reusing_the_processor_id() -> None:
    data = _data()
    data["controllers"][0]["organisation"]["id"] = "viamedis"
    (problem,) = _problems(data)
    assert "already used" in problem


def test_notice_before_processor_awareness_names_the_controller() -> None:
    data = _data()
    data["controllers"][1]["notified_by_processor_at"] = "2024-01-29T10:00:00+01:00"
    (problem,) = _problems(data)
    assert problem.startswith("[1] ('atlas-sante'): processor_notified_controller_at")
    assert problem.endswith("@ $.controllers")


def test_errors_list_allowed_values_with_paths() -> None:
    data = _data()
    data["controllers"][2]["subjects"][0]["kind"] = "insured"
    data["controllers"][3]["notified_by_processor_at"] = "2024-01-31T15:00:00"
    data["controllers"][4]["bogus"] = 1
    problems = _problems(data)
    assert any(
        p.endswith("@ $.controllers[2].subjects[0].kind") and "'insured_persons'" in p
        for p in problems
    )
    assert any(p.endswith("@ $.controllers[3].notified_by_processor_at") for p in problems)
    assert any(p.endswith("@ $.controllers[4].bogus") for p in problems)


def test_sub_processor_must_act_for_the_chain() -> None:
    data = _data()
    data["sub_processors"] = [
        {"organisation": {"id": "hostco", "name": "HostCo"}, "acts_for": "nobody"}
    ]
    (problem,) = _problems(data)
    assert "acts_for 'nobody'" in problem
    assert problem.endswith("@ $.sub_processors")


def test_sub_processors_reach_each_controller_incident(pi: ProcessorIncident) -> None:
    from breachmodel.model import ProcessorLink, ProcessorRole

    sub = ProcessorLink(
        organisation=Organisation(id="hostco", name="HostCo"),
        role=ProcessorRole.SUB_PROCESSOR,
        acts_for="viamedis",
    )
    chained = attrs.evolve(pi, sub_processors=(sub,))
    incident = controller_incident(chained, chained.controllers[0])
    assert [p.organisation.id for p in incident.processors] == ["viamedis", "hostco"]


def test_share_defaults_and_unknown_controller(pi: ProcessorIncident) -> None:
    share = ControllerShare(
        organisation=Organisation(id="solo", name="Solo"),
        subjects=(SubjectGroup(kind=SubjectKind.MEMBERS, count=Count.exact(3)),),
    )
    small = attrs.evolve(pi, controllers=(share,))
    result = assess_processor_incident(small)
    assert result.summary.told == 0
    assert result.summary.total_people == Count.exact(3)
    assert result.summary.rows[0].processor_notice_late is None or isinstance(
        result.summary.rows[0].processor_notice_late, bool
    )
    with pytest.raises(KeyError, match="known: solo"):
        small.share("other")
    with pytest.raises(KeyError, match="known: solo"):
        result["other"]


# --- across regimes: rows by duty, law from the regimes ---------------------------------


def test_each_row_names_the_obligation_it_shows(pa: ProcessorAssessment) -> None:
    rows = {r.controller_id: r for r in pa.summary.rows}
    assert {r.notify_obligation for r in rows.values()} == {
        "gdpr/notify_authority/supervisory_authority"
    }
    assert rows["atlas-sante"].inform_people_obligation == "gdpr/public_notice/public"
    assert rows["mutuelle-horizon"].inform_people_obligation == (
        "gdpr/inform_individuals/data_subjects"
    )
    assert all(
        d.key is not None and d.key.duty is Duty.NOTIFY_CONTROLLER for d in pa.processor_duties
    )


def test_the_outputs_cite_the_law_of_each_duty_they_show(pa: ProcessorAssessment) -> None:
    text = pa.to_text()
    assert "Processor's duties (Art. 33(2) GDPR)\n" in text
    assert "Notify the authority: required (Art. 33(1) GDPR)" in text
    assert "Tell the people: public (Art. 34(3)(c) GDPR)" in text
    assert "## Processor's duties (Art. 33(2) GDPR)" in pa.to_markdown()
    row = pa.to_dict()["summary"]["rows"][0]
    assert row["notify_obligation"] == "gdpr/notify_authority/supervisory_authority"


def test_the_law_on_delegated_notifications_comes_from_the_regime(
    monkeypatch: pytest.MonkeyPatch, pi: ProcessorIncident
) -> None:
    cited = Citation(source="A test instrument", pinpoint="s. 9")
    gdpr = regimes.get("gdpr")
    monkeypatch.setattr(
        type(gdpr),
        "processor_duty",
        lambda self, duty: (cited,) if duty is Duty.NOTIFY_AUTHORITY else (),
    )
    pa = assess_processor_incident(pi, as_of=AS_OF)
    notify = pa["mutuelle-tilleul"].first(Duty.NOTIFY_AUTHORITY)
    assert notify is not None
    delegated = [r for r in notify.reasons if "on the controller's behalf" in r.text]
    assert [r.citations for r in delegated] == [(cited,)]
    ignored = pa["mutuelle-horizon"].first(Duty.NOTIFY_AUTHORITY)
    assert ignored is not None
    warning = next(r for r in ignored.reasons if "does not count" in r.text)
    assert warning.citations == (*ignored.legal_basis, cited)


def test_a_regime_silent_on_processors_still_cites_the_duty_itself(
    monkeypatch: pytest.MonkeyPatch, pi: ProcessorIncident
) -> None:
    monkeypatch.setattr(type(regimes.get("gdpr")), "processor_duty", lambda self, duty: ())
    pa = assess_processor_incident(pi, as_of=AS_OF)
    for controller_id in ("mutuelle-tilleul", "mutuelle-horizon"):
        notify = pa[controller_id].first(Duty.NOTIFY_AUTHORITY)
        assert notify is not None
        extra = [r for r in notify.reasons if "notification of" in r.text and "made by" in r.text]
        assert extra
        assert all(r.citations == notify.legal_basis for r in extra)
