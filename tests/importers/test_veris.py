"""The VERIS importer: whole mapped values on attributed VCDB records, and robustness."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from breachmodel.importers import ImportResult, ImportStatus, veris_to_incident
from breachmodel.importers.veris import DATA_VARIETIES, VECTORS
from breachmodel.model import (
    ActorOrigin,
    Count,
    DataConcerned,
    Encryption,
    Exfiltration,
    Incident,
    Intent,
    OccurrenceKind,
    Recipient,
    Sector,
    SubjectKind,
    Vector,
)
from strategies import json_values, veris_keys

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "vcdb_sample.jsonl"
SHARED = ROOT.parent / "shared" / "data"
VCDB = SHARED / "vcdb" / "vcdb_validated.jsonl"

_LINES = SAMPLE.read_text(encoding="utf-8").splitlines()


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in _LINES]


def _by_id(incident_id: str) -> ImportResult:
    for n, record in enumerate(_records(), 1):
        if record["incident_id"] == incident_id:
            return veris_to_incident(record, line=n)
    raise AssertionError(incident_id)


def _inc(incident_id: str) -> Incident:
    incident = _by_id(incident_id).incident
    assert incident is not None
    return incident


def _utc(*parts: int) -> datetime:
    year, month, day, hour, minute, second = (*parts, 0, 0, 0)[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_medical_and_payment_disposal_record_maps_completely() -> None:
    result = _by_id("005C42A3-3FE8-47B5-866B-AFBB5E3F5B95")
    assert result.status is ImportStatus.FULL
    inc = result.incident
    assert inc is not None
    assert inc.personal_data is True
    assert inc.data == (
        DataConcerned(category="payment_card", records=Count.exact(12_000)),
        DataConcerned(category="health", records=Count.exact(12_000)),
    )
    assert [(g.kind, g.count) for g in inc.subjects] == [(SubjectKind.OTHER, Count.exact(12_000))]
    assert inc.effects.confidentiality is not None
    assert inc.effects.confidentiality.exfiltration is Exfiltration.LIKELY
    assert inc.cause.intent is Intent.ACCIDENTAL
    assert inc.cause.actor is ActorOrigin.INTERNAL
    assert inc.cause.vectors == {Vector.IMPROPER_DISPOSAL}
    occurred = inc.timeline.occurred
    assert (occurred.kind, occurred.start, occurred.end) == (
        OccurrenceKind.RANGE,
        _utc(2010, 5, 4),
        _utc(2010, 5, 4, 23, 59, 59),
    )
    # discovery: 5 months after the end of the day it happened
    assert inc.timeline.detected_at == _utc(2010, 10, 4, 23, 59, 59)
    assert inc.timeline.controller_aware_at is None
    assert inc.controller.name == "Blue Cross and Blue Shield of Rhode Island"
    assert [(e.country, e.subdivision) for e in inc.controller.establishments] == [("US", "US-RI")]
    assert inc.controller.sector is Sector.HEALTH_INSURANCE


def test_payment_card_theft_of_device() -> None:
    inc = _inc("d2f15020-8c28-11e7-944b-11adeb58a7b0")
    assert [(d.category, d.records) for d in inc.data] == [("payment_card", Count.exact(1))]
    assert inc.subjects[0].kind is SubjectKind.PATIENTS
    assert inc.cause.vectors == {Vector.STOLEN_DEVICE}
    assert inc.cause.intent is Intent.MALICIOUS
    conf = inc.effects.confidentiality
    assert conf is not None
    assert conf.exfiltration is Exfiltration.CONFIRMED
    assert conf.recipients == {Recipient.UNKNOWN_THIRD_PARTY}
    assert inc.effects.availability is not None
    assert inc.effects.availability.permanent is None  # loss of a device: backup unknown
    occurred = inc.timeline.occurred
    assert (occurred.start, occurred.end) == (_utc(2017, 1, 1), _utc(2017, 12, 31, 23, 59, 59))


def test_credentials_stored_encrypted() -> None:
    result = _by_id("03A13012-9A09-4160-B446-3771EA3E76FB")
    inc = result.incident
    assert inc is not None
    assert [(d.category, d.records) for d in inc.data] == [("credentials", Count.exact(400_000))]
    assert inc.subjects[0].count == Count.exact(400_000)
    assert inc.measures.encryption == Encryption(applied_to_breached_data=True)
    assert result.unknown == ("$.cause.vectors",)  # hacking variety "Unknown"
    assert result.status is ImportStatus.PARTIAL


def test_ransomware_only_leaves_personal_data_unknown() -> None:
    result = _by_id("b884eea0-ffd4-11e9-ad81-39b9e5fce51c")
    inc = result.incident
    assert inc is not None
    assert inc.cause.vectors == {Vector.RANSOMWARE}
    assert inc.effects.confidentiality is None
    assert inc.effects.availability is not None
    assert inc.effects.availability.permanent is None
    assert inc.personal_data is None
    assert result.unknown == ("$.personal_data",)
    assert [(e.country, e.subdivision) for e in inc.controller.establishments] == [("ES", "ES-AN")]
    assert inc.controller.public_authority is True


def test_ransomware_with_other_malware_keeps_both_vectors() -> None:
    inc = _inc("0c198a00-8677-11e7-8e76-6d3ed9e599f7")
    assert inc.cause.vectors == {Vector.RANSOMWARE, Vector.MALWARE}
    assert inc.effects.confidentiality is not None
    assert inc.effects.confidentiality.exfiltration is Exfiltration.UNKNOWN


@pytest.mark.parametrize(
    ("incident_id", "vectors"),
    [
        ("00163384-B4D7-46D5-9E6F-543DFB00F598", {Vector.MISDELIVERED_POST}),
        ("00D1A6FE-C334-4305-936E-86AC47128473", {Vector.MISDIRECTED_EMAIL}),
        ("14D1C730-E695-426A-90FF-F45E2E5E60B4", set()),  # misdelivery, asset unknown
        ("07803E27-6939-4B4B-AD14-44E6A8AB8491", {Vector.LOST_DEVICE}),
        ("027B8E6E-6D20-4091-9AB7-E91FDC916F3C", {Vector.LOST_PAPER}),
        ("00C84D6A-CDB8-4A5B-A1A6-0D75A65274D7", {Vector.STOLEN_PAPER}),
        ("C40D9A65-15CA-4F96-8AD7-16580C90A4E1", {Vector.PHISHING, Vector.MALWARE}),
        (
            "011E42B7-DF7F-4D2E-BB85-24A0DD159C64",
            {Vector.PHISHING, Vector.MALWARE, Vector.STOLEN_CREDENTIALS},
        ),
        ("017FED55-76C0-4659-A4E1-ECDA5187A92A", {Vector.MISCONFIGURATION}),
        ("0584179A-92DC-418F-88B4-49C8CF6A127F", {Vector.EXPLOITED_VULNERABILITY}),
        ("01718628-20DC-42F7-9F87-64DA539F6336", {Vector.DENIAL_OF_SERVICE}),
        ("0001AA7F-C601-424A-B2B8-BE6C9F5164E7", {Vector.EMPLOYEE_MISUSE}),
        ("0385F25B-DDEF-4838-AAA4-8539F6462DBE", {Vector.SOFTWARE_ERROR}),
    ],
)
def test_vectors(incident_id: str, vectors: set[Vector]) -> None:
    result = _by_id(incident_id)
    assert result.incident is not None
    assert result.incident.cause.vectors == vectors
    assert ("$.cause.vectors" in result.unknown) == (not vectors)


def test_misdelivery_and_publishing_recipients() -> None:
    published = _inc("017FED55-76C0-4659-A4E1-ECDA5187A92A").effects.confidentiality
    assert published is not None
    assert published.recipients == {Recipient.PUBLIC}
    misdelivered = _inc("00D1A6FE-C334-4305-936E-86AC47128473").effects.confidentiality
    assert misdelivered is not None
    assert misdelivered.recipients == frozenset()  # not claimed: the recipient is unknown


def test_partial_timelines() -> None:
    year = _inc("0008DADB-E83D-4278-A19A-CEE01610CF43").timeline.occurred
    assert (year.kind, year.start, year.end) == (
        OccurrenceKind.RANGE,
        _utc(2014, 1, 1),
        _utc(2014, 12, 31, 23, 59, 59),
    )
    month = _inc("39B1FCE8-E94B-49DD-98AF-8B8E75F52F96").timeline.occurred
    assert (month.start, month.end) == (_utc(2016, 6, 1), _utc(2016, 6, 30, 23, 59, 59))
    with_time = _inc("47aad1c0-0175-11ea-9d67-277844cc3a60").timeline.occurred
    assert (with_time.kind, with_time.start) == (OccurrenceKind.INSTANT, _utc(2017, 3, 3, 13, 11))
    utc = _inc("862c6310-a158-11e8-8944-973f074c04dd").timeline.occurred
    assert (utc.kind, utc.start) == (OccurrenceKind.INSTANT, _utc(2018, 6, 28, 20, 20))


def test_day_without_month_uses_the_year_and_says_so() -> None:
    result = _by_id("1b0d7140-af5b-11e7-b9c1-d3b3b0fdcbd2")
    assert result.status is ImportStatus.PARTIAL
    assert result.incident is not None
    occurred = result.incident.timeline.occurred
    assert (occurred.start, occurred.end) == (_utc(2017, 1, 1), _utc(2017, 12, 31, 23, 59, 59))
    assert [p.path for p in result.problems] == ["$.timeline.incident.day"]


def test_discovery_duration_in_days() -> None:
    inc = _inc("06D577CD-5519-45E2-BF14-8560BFBEBDDF")
    assert inc.timeline.detected_at == _utc(2013, 10, 28, 23, 59, 59)  # 13 days
    assert inc.timeline.controller_aware_at is None


def test_fractional_months_leave_detection_unknown() -> None:
    result = _by_id("BECCF0ED-81B2-43B6-BA05-C32FCA9347D4")
    assert result.incident is not None
    assert result.incident.timeline.detected_at is None
    assert [p.path for p in result.problems] == ["$.timeline.discovery.value"]


def test_unknown_country_and_missing_victim_name() -> None:
    result = _by_id("058F2F26-43D1-4B74-B280-5E456FD11D24")
    assert result.incident is not None
    assert result.incident.controller.establishments == ()
    assert "$.controller.establishments" in result.unknown
    unnamed = _by_id("8FBEA369-41C5-408B-895F-5F4E5D27965C")
    assert unnamed.incident is not None
    assert unnamed.incident.controller.name == "unknown victim"
    assert "$.controller.name" in unnamed.unknown


def test_state_name_is_not_a_code() -> None:
    result = _by_id("2aa935c0-a390-11e7-a67b-81fbdaca3f85")
    assert result.incident is not None
    assert [(e.country, e.subdivision) for e in result.incident.controller.establishments] == [
        ("US", None)
    ]
    assert [str(p) for p in result.problems] == [
        "not a subdivision code of US: 'New York'; ignored @ $.victim.state"
    ]


def test_only_non_personal_data() -> None:
    result = _by_id("00224226-4A39-435C-BFFD-672B5D61C7C1")
    inc = result.incident
    assert inc is not None
    assert (inc.personal_data, inc.data, inc.subjects) == (False, (), ())


def test_several_kinds_of_people_make_one_group() -> None:
    inc = _inc("9CA132C5-CA27-4D20-ACD9-F8EAFE1E3067")
    assert [(g.kind, g.count) for g in inc.subjects] == [(SubjectKind.OTHER, Count.exact(1_100))]
    assert inc.subjects[0].description is not None
    assert inc.subjects[0].description.startswith("VERIS data_victim: ")


def test_integrity_and_destruction() -> None:
    inc = _inc("00EC558C-0CB9-4574-9187-9A483335EF84")
    assert inc.effects.integrity is not None
    assert inc.effects.integrity.altered is True
    assert inc.effects.availability is not None
    assert inc.effects.availability.permanent is True
    system_only = _inc("44293100-d2f9-11e8-9b3a-b50b161886e9")
    assert system_only.effects.integrity is None  # software installation: systems only


def test_interruption_duration_in_hours() -> None:
    availability = _inc("0385F25B-DDEF-4838-AAA4-8539F6462DBE").effects.availability
    assert availability is not None
    assert (availability.permanent, availability.duration_hours) == (False, 24.0)


def test_no_attribute_section_means_effects_unknown() -> None:
    result = _by_id("954d27c0-d0c0-11e8-bbbb-67b2993a8980")
    assert result.incident is not None
    assert result.incident.effects.unknown is True
    assert result.incident.effects.types == ()
    assert result.unknown == ("$.personal_data", "$.effects")


def test_impossible_date_fails_naming_record_and_field() -> None:
    line = next(n for n, r in enumerate(_records(), 1) if r["incident_id"].startswith("d7aa3260"))
    result = veris_to_incident(_records()[line - 1], line=line)
    assert result.status is ImportStatus.FAILED
    assert result.incident is None
    assert result.messages() == (
        f"record {line} id 'd7aa3260-b122-11e8-ac9c-a56a5b5fabb0': 2018-02 has no day 29 "
        "@ $.timeline.incident.day",
    )


def _minimal(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "incident_id": "T-1",
        "timeline": {"incident": {"year": 2020, "month": 2, "day": 29}},
        "victim": {"country": ["DE"], "state": "DE-BY", "victim_id": "Beispiel AG"},
        "actor": {"external": {}},
        "action": {"hacking": {"variety": ["SQLi"]}},
        "attribute": {"confidentiality": {"data": [{"variety": "Personal"}]}},
    }
    record.update(changes)
    return record


@pytest.mark.parametrize(
    ("record", "path"),
    [
        ([1, 2], "$"),
        (_minimal(incident_id=None), "$.incident_id"),
        (_minimal(incident_id=""), "$.incident_id"),
        (_minimal(timeline={}), "$.timeline.incident.year"),
        (_minimal(timeline={"incident": {"year": "2019"}}), "$.timeline.incident.year"),
        (_minimal(timeline={"incident": {"year": 2019.5}}), "$.timeline.incident.year"),
        (_minimal(timeline={"incident": {"year": 2019, "month": 13}}), "$.timeline.incident.month"),
        (_minimal(timeline="2019"), "$.timeline"),
        (
            _minimal(attribute={"confidentiality": {"data_total": -3}}),
            "$.attribute.confidentiality.data_total",
        ),
        (
            _minimal(attribute={"confidentiality": {"data_total": True}}),
            "$.attribute.confidentiality.data_total",
        ),
        (_minimal(victim={"country": "DE", "state": 3}), None),
        (_minimal(action=[]), "$.action"),
    ],
)
def test_bad_records_fail_with_a_path(record: object, path: str | None) -> None:
    result = veris_to_incident(record, line=9)
    if path is None:  # tolerated: a country as a string, a state that is not text
        assert result.incident is not None
        return
    assert result.status is ImportStatus.FAILED
    assert path in [p.path for p in result.problems]
    assert all(m.startswith("record 9") for m in result.messages())


def test_minimal_record_in_a_leap_year_and_unknown_values() -> None:
    result = veris_to_incident(_minimal())
    inc = result.incident
    assert inc is not None
    assert inc.timeline.occurred.start == _utc(2020, 2, 29)
    assert [(e.country, e.subdivision) for e in inc.controller.establishments] == [("DE", "DE-BY")]
    assert result.unknown == (
        "$.controller.sector",
        "$.effects.confidentiality.exfiltration",
        "$.subjects[0].count",
    )
    odd = veris_to_incident(
        _minimal(attribute={"confidentiality": {"data": [{"variety": "Gossip"}]}})
    )
    assert odd.incident is not None
    assert odd.incident.personal_data is None
    assert [p.path for p in odd.problems] == ["$.attribute.confidentiality.data[0].variety"]


@given(st.dictionaries(veris_keys, json_values, max_size=8))
def test_never_raises(record: dict[str, Any]) -> None:
    result = veris_to_incident(record, line=1)
    assert (result.incident is None) == (result.status is ImportStatus.FAILED)
    if result.incident is None:
        assert result.problems


def test_every_sample_record_imports_or_fails_with_a_located_problem() -> None:
    statuses: dict[str, int] = {}
    for n, record in enumerate(_records(), 1):
        result = veris_to_incident(record, line=n)
        statuses[result.status.value] = statuses.get(result.status.value, 0) + 1
        for message in result.messages():
            assert re.match(rf"record {n} id '[^']+': .+ @ \$", message), message
        if result.incident is not None:
            assert result.incident.timeline.controller_aware_at is None
    assert statuses == {"full": 16, "partial": 40, "failed": 1}


def test_tables_cover_the_schema_enumerations() -> None:
    schema_path = SHARED / "vcdb" / "vcdb-merged_1.3.4.json"
    if not schema_path.exists():
        pytest.skip(f"shared data not present: {schema_path}")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    conf = schema["properties"]["attribute"]["properties"]["confidentiality"]
    data_enum = conf["properties"]["data"]["items"]["properties"]["variety"]["enum"]
    assert set(data_enum) <= set(DATA_VARIETIES)
    assert set(schema["properties"]["action"]["properties"]) <= set(VECTORS)


@pytest.mark.slow
def test_full_vcdb_imports_or_fails_per_record() -> None:
    if not VCDB.exists():
        pytest.skip(f"the shared VCDB data is not present at {VCDB}")
    statuses: dict[str, int] = {}
    seen: dict[str, int] = {}
    failures: list[str] = []
    with VCDB.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            result = veris_to_incident(json.loads(line), line=n)
            statuses[result.status.value] = statuses.get(result.status.value, 0) + 1
            if result.source_id is not None:
                seen[result.source_id] = seen.get(result.source_id, 0) + 1
            if result.status is ImportStatus.FAILED:
                failures.extend(result.messages())
            for message in result.messages():
                assert re.match(rf"record {n} id '[^']+': .+ @ \$[.\w\[\]]*$", message), message
    assert sum(statuses.values()) == 8_553
    assert statuses == {"full": 3_110, "partial": 5_442, "failed": 1}
    assert failures == [
        "record 8491 id 'd7aa3260-b122-11e8-ac9c-a56a5b5fabb0': 2018-02 has no day 29 "
        "@ $.timeline.incident.day"
    ]
    assert sum(c - 1 for c in seen.values() if c > 1) == 5


def test_docs_show_the_mapping_tables() -> None:
    from breachmodel.importers import mapping_markdown

    page = (ROOT / "docs" / "importers.md").read_text(encoding="utf-8")
    assert mapping_markdown() in page, (
        "docs/importers.md is out of date: replace the generated block with "
        "breachmodel.importers.mapping_markdown()"
    )
