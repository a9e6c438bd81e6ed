"""Consumers ask by duty across regimes: bulk rows and summaries, the overview, documents.

A public e-communications provider's breach in its service owes the Reg. 611/2013
notification (24 hours from detection) in the place of the Art. 33 GDPR one (Art. 95
GDPR): a row's ``notify_authority`` is the stronger of the two outcomes and
``notify_authority_due`` the soonest due instant of either.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import attrs
from _builders import AWARE, DUE_72H, breach, org, with_timeline

from breachmodel._duties import combined_outcome, of_duty, soonest_due
from breachmodel._wording import status_text
from breachmodel.assessment import assess
from breachmodel.bulk import Summary, _duty_cells, assess_stream, duties
from breachmodel.importers import ImportResult
from breachmodel.model import Incident
from breachmodel.obligations import Duty
from breachmodel.serialization import load
from reads import sample_incidents


def _provider() -> Incident:
    controller = attrs.evolve(org(), public_ecomms_provider=True)
    inc = attrs.evolve(breach(), controller=controller, ecomms_service=True)
    return with_timeline(inc, detected_at=AWARE)


def _row(incident: Incident) -> dict[str, object]:
    return next(iter(assess_stream([ImportResult(incident=incident, record=1)])))


def test_row_reports_each_duty_across_regimes() -> None:
    row = _row(_provider())
    a = assess(_provider())
    gdpr, eprivacy = a.obligations(Duty.NOTIFY_AUTHORITY)
    assert gdpr.outcome.value == "not_applicable"
    assert eprivacy.outcome.value == "required"
    assert eprivacy.deadline is not None
    assert eprivacy.deadline.due == AWARE + timedelta(hours=24)
    assert row["notify_authority"] == "required"
    assert row["notify_authority_due"] == (AWARE + timedelta(hours=24)).isoformat()
    assert row["outcomes"][gdpr.id] == "not_applicable"  # type: ignore[index]
    assert "art33_due" not in row


def test_row_of_one_regime_keeps_its_outcome_and_due() -> None:
    row = _row(breach())
    notify = assess(breach()).first(Duty.NOTIFY_AUTHORITY)
    assert notify is not None
    assert notify.deadline is not None
    assert row["notify_authority"] == notify.outcome.value
    assert row["notify_authority_due"] == DUE_72H.isoformat()
    individual = assess(breach()).first(Duty.INFORM_INDIVIDUALS)
    assert individual is not None
    assert row["inform_individuals"] == individual.outcome.value


def test_duties_are_those_owed_to_someone_outside() -> None:
    assert Duty.NOTIFY_AUTHORITY in duties()
    assert Duty.INFORM_INDIVIDUALS in duties()
    assert Duty.CONTENT not in duties()
    assert Duty.RECORD not in duties()


def test_summary_counts_per_duty() -> None:
    summary = Summary()
    summary.add(_row(_provider()))
    summary.add(_row(breach()))
    assert summary.by_duty["notify_authority"] == {"required": 2}
    assert summary.by_outcome["gdpr.art33.notify_authority"] == {
        "not_applicable": 1,
        "required": 1,
    }
    assert "notify authority (every regime)" in summary.to_text()
    assert "gdpr" not in summary.to_dict()


def test_overview_shows_the_notification_owed_under_any_regime() -> None:
    from breachmodel.overview import controller_overview, render_overview

    a = assess(_provider())
    overview = controller_overview(a)
    eprivacy = a.first(Duty.NOTIFY_AUTHORITY, recipient="competent_authority")
    assert eprivacy is not None
    assert eprivacy.deadline is not None
    assert overview.due == eprivacy.deadline.due == AWARE + timedelta(hours=24)
    assert overview.authority.endswith(", fr-cnil")
    from breachmodel.clocks._local import format_local

    local = format_local(eprivacy.deadline.due, eprivacy.deadline.timezone)
    assert f"Notify by:       {local}" in render_overview(a)
    assert overview.also == ()


def test_overview_lists_every_further_notification_owed() -> None:
    from breachmodel.overview import controller_overview

    overview = attrs.evolve(controller_overview(assess(breach())), also=("X: 1 Feb 2024",))
    lines = overview.lines()
    assert lines[4].startswith("  Tell the people: ")
    assert lines[5] == "  Also notify:     X: 1 Feb 2024"


def test_what_if_shows_a_regime_that_comes_to_reach_the_incident() -> None:
    from breachmodel.whatif import what_if

    result = what_if(breach(), ["controller.public_ecomms_provider=true", "ecomms_service=true"])
    by_id = {d.id: (d.before.value, d.after.value) for d in result.differences}
    eprivacy = result.after.first(Duty.NOTIFY_AUTHORITY, recipient="competent_authority")
    assert eprivacy is not None
    assert by_id[eprivacy.id] == ("not_applicable", "required")
    assert by_id["gdpr.art33.notify_authority"] == ("required", "not_applicable")


def test_compare_frame_names_each_determinations_regime_and_duty() -> None:
    from breachmodel.frames import compare

    df = compare({"provider": assess(_provider())})
    rows = df.set_index("determination")
    notify = rows.loc["gdpr.art33.notify_authority"]
    assert notify["regime"] == "gdpr"
    assert notify["duty"] == "notify_authority"
    eprivacy = assess(_provider()).first(Duty.NOTIFY_AUTHORITY, recipient="competent_authority")
    assert eprivacy is not None
    assert rows.loc[eprivacy.id, "regime"] == "eprivacy"
    assert rows.loc["gdpr.art33.notify_authority", "risk"] == "unlikely"
    assert str(rows.loc[eprivacy.id, "risk"]) == "nan"  # no risk analysis under Reg. 611/2013


def test_overview_names_the_law_of_each_further_notification() -> None:
    from breachmodel.overview import controller_overview
    from breachmodel.serialization import load

    a = assess(load(Path(__file__).resolve().parents[1] / "examples" / "uk-insurer.json"))
    owed = [d for d in a.obligations(Duty.NOTIFY_AUTHORITY) if d.outcome.value == "required"]
    assert len(owed) == 2
    overview = controller_overview(a)
    assert len(overview.also) == 1
    assert overview.also[0].startswith("UK GDPR")


def test_row_cells_are_each_dutys_combined_outcome_and_soonest_due() -> None:
    as_of = AWARE + timedelta(hours=30)
    for incident in sample_incidents():
        a = assess(incident, as_of=as_of, sensitivities=False)
        cells = _duty_cells(a)
        for duty in duties():
            dets = of_duty(a.determinations, duty)
            outcome = combined_outcome(d.outcome for d in dets)
            due = soonest_due(dets)
            assert cells[duty.value] == (None if outcome is None else outcome.value), incident.id
            assert cells[f"{duty.value}_due"] == (None if due is None else due.isoformat())
    assert set(_duty_cells(None).values()) == {None}


def test_each_further_notification_shows_where_it_stands_as_the_detail_does() -> None:
    from breachmodel.overview import controller_overview

    path = Path(__file__).parent.parent / "examples" / "viamedis-almerys-2025.json"
    a = assess(load(path), as_of=datetime(2025, 2, 2, 11, tzinfo=UTC))
    overview = controller_overview(a)
    dora = a["dora.art19.initial_notification"]
    assert overview.also[0].startswith("DORA (ACPR): ")
    assert overview.also_status == (status_text(dora),)
    assert overview.also_status[0] == "overdue by 35.0 h"
    assert "                   Status: overdue by 35.0 h" in overview.lines()
    unjudged = controller_overview(assess(load(path)))
    assert unjudged.also_status == ("",)
    assert not any(line.strip().startswith("Status: ") for line in unjudged.lines()[4:])
