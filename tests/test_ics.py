"""Deadlines as iCalendar: one event per obligation, the authority's zone, alarms."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from breachmodel import assess, assess_processor_incident, load, load_any
from breachmodel.cli import main
from breachmodel.ics import deadline_entries, to_ics
from breachmodel.processor import ProcessorAssessment, ProcessorIncident

icalendar = pytest.importorskip("icalendar")

ROOT = Path(__file__).resolve().parents[1]
PROCESSOR = ROOT / "examples" / "viamedis-almerys-processor.json"
AS_OF = datetime.fromisoformat("2024-02-01T12:00:00+01:00")


def _processor_assessment() -> ProcessorAssessment:
    record = load_any(PROCESSOR)
    assert isinstance(record, ProcessorIncident)
    return assess_processor_incident(record, as_of=AS_OF)


def _events(data: bytes) -> list[object]:
    cal = icalendar.Calendar.from_ical(data)
    return list(cal.walk("VEVENT"))


def test_one_event_per_obligation_in_the_authority_zone() -> None:
    result = _processor_assessment()
    data = to_ics(result)
    events = _events(data)
    entries = [e for e in deadline_entries(result) if e.at is not None]
    assert len(events) == len(entries) >= 2 * len(result.per_controller)
    assert len({str(e["UID"]) for e in events}) == len(events)  # type: ignore[index]
    notify = {
        str(e["SUMMARY"]).split(": ", 1)[1]: e  # type: ignore[index]
        for e in events
        if str(e["SUMMARY"]).startswith("Notify the supervisory authority")  # type: ignore[index]
    }
    assert len(notify) == len(result.per_controller)
    escaut = notify["Escaut Assurances Santé SA (fictional)"]
    start = escaut["DTSTART"].dt  # type: ignore[index]
    assert str(start.tzinfo) == "Europe/Brussels"
    assert (start.hour, start.minute) == (17, 0)
    atlas = notify["Atlas Santé Collective (fictional)"]["DTSTART"].dt  # type: ignore[index]
    assert (str(atlas.tzinfo), atlas.day, atlas.hour) == ("Europe/Paris", 2, 9)
    zones = {str(tz["TZID"]) for tz in icalendar.Calendar.from_ical(data).walk("VTIMEZONE")}
    assert zones >= {"Europe/Paris", "Europe/Brussels"}


def test_alarms_before_open_obligations_only() -> None:
    result = _processor_assessment()
    events = _events(to_ics(result, alarms=(timedelta(hours=6),)))
    by_summary = {str(e["SUMMARY"]): e for e in events}  # type: ignore[index]
    pending = by_summary["Notify the supervisory authority: Mutuelle Horizon (fictional)"]
    alarms = pending.walk("VALARM")  # type: ignore[attr-defined]
    assert [a["TRIGGER"].dt for a in alarms] == [timedelta(hours=-6)]
    met = by_summary["Notify the supervisory authority: Mutuelle du Tilleul (fictional)"]
    assert met.walk("VALARM") == []  # type: ignore[attr-defined]


def test_ics_is_deterministic_and_uses_no_clock() -> None:
    incident = load(ROOT / "examples" / "viamedis-almerys.json")
    first = to_ics(assess(incident, as_of=AS_OF))
    assert first == to_ics(assess(incident, as_of=AS_OF))
    assert b"DTSTAMP:20240201T110000Z" in first
    assert first.startswith(b"BEGIN:VCALENDAR\r\n")


def test_deadlines_command_writes_ics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deadlines.ics"
    argv = ["deadlines", str(PROCESSOR), "--as-of", AS_OF.isoformat(), "--format", "ics"]
    assert main([*argv, "--alarm", "48", "-o", str(out)]) == 0
    events = _events(out.read_bytes())
    triggers = {a["TRIGGER"].dt for e in events for a in e.walk("VALARM")}  # type: ignore[attr-defined]
    assert triggers == {timedelta(hours=-48)}
    assert main(["deadlines", str(PROCESSOR), "--as-of", AS_OF.isoformat()]) == 0
    text = capsys.readouterr().out
    assert (
        "Notify the supervisory authority: Atlas Santé Collective (fictional): "
        "2 Feb 2024 09:00 Paris time (Europe/Paris, UTC+01:00); pending, 21.0 h left"
    ) in text
    assert main([*argv, "--alarm", "0"]) == 2
