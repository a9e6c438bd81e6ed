"""The HHS breach portal importer: whole mapped values on public-domain portal rows."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from breachmodel.assessment import assess
from breachmodel.determination import Outcome
from breachmodel.importers import ImportResult, ImportStatus
from breachmodel.importers.hhs import (
    COLUMNS,
    EntityType,
    HhsBreach,
    hhs_row_to_incident,
    parse_hhs_row,
)
from breachmodel.model import (
    Count,
    Exfiltration,
    Incident,
    Intent,
    NoticeKind,
    Recipient,
    Sector,
    SubjectKind,
    Vector,
)
from breachmodel.regimes.gdpr.scope import GDPR_APPLIES_FROM

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "hhs_sample.csv"
SHARED_HHS = ROOT.parent / "shared" / "data" / "hhs"
NEW_YORK = ZoneInfo("America/New_York")


def _rows() -> list[dict[str, str]]:
    with SAMPLE.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _by_name(name: str) -> ImportResult:
    for n, row in enumerate(_rows(), 1):
        if row["Name of Covered Entity"].strip() == name:
            return hhs_row_to_incident(row, row_number=n)
    raise AssertionError(name)


def _inc(name: str) -> Incident:
    incident = _by_name(name).incident
    assert incident is not None
    return incident


def test_sample_header_is_the_portal_header() -> None:
    with SAMPLE.open(newline="", encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == COLUMNS


def test_hacking_by_email_at_a_provider() -> None:
    result = _by_name("Bay Oral Surgery & Implant Center")
    inc = result.incident
    assert inc is not None
    assert inc.id == "hhs-1"
    assert inc.controller.name == "Bay Oral Surgery & Implant Center"
    assert inc.controller.sector is Sector.HEALTH
    assert [(e.country, e.subdivision) for e in inc.controller.establishments] == [("US", "US-WI")]
    assert [d.category for d in inc.data] == ["health", "identity"]
    assert [(g.kind, g.count) for g in inc.subjects] == [
        (SubjectKind.PATIENTS, Count.exact(13_055))
    ]
    conf = inc.effects.confidentiality
    assert conf is not None
    assert (conf.exfiltration, conf.recipients) == (
        Exfiltration.UNKNOWN,
        frozenset({Recipient.UNKNOWN_THIRD_PARTY}),
    )
    assert inc.cause.intent is Intent.MALICIOUS
    assert inc.cause.vectors == frozenset()  # "Email" is where the data was, not how
    (notice,) = inc.timeline.authority_notices
    assert (notice.kind, notice.authority, notice.by) == (
        NoticeKind.INITIAL,
        "us-hhs-ocr",
        "covered-entity",
    )
    assert notice.at == datetime(2024, 4, 26, tzinfo=NEW_YORK)
    assert notice.at.isoformat() == "2024-04-26T00:00:00-04:00"
    assert inc.timeline.occurred.start is None
    assert inc.description.startswith(
        "HHS OCR breach portal: Hacking/IT Incident; location: Email; "
        "entity type: Healthcare Provider; business associate present: no."
    )
    assert "phishing attack" in inc.description
    assert result.unknown == ("$.effects.confidentiality.exfiltration", "$.cause.vectors")


def test_business_associate_reporting_for_itself() -> None:
    inc = _inc("MHNU Corporation d/b/a Medical Home Network")
    assert inc.controller.sector is None
    assert inc.processors == ()  # the reporting entity is the business associate


def test_business_associate_present_at_a_provider() -> None:
    inc = _inc("Bay Area Anesthesia, LLC")
    (link,) = inc.processors
    assert (link.organisation.id, link.organisation.name, link.acts_for) == (
        "business-associate",
        "business associate",
        "covered-entity",
    )


def test_health_plan() -> None:
    inc = _inc("Humana Inc.")
    assert inc.controller.sector is Sector.HEALTH_INSURANCE
    assert inc.subjects[0].kind is SubjectKind.INSURED_PERSONS


def test_theft_of_paper_and_laptop() -> None:
    result = _by_name("Ola Equipment LLC")
    inc = result.incident
    assert inc is not None
    assert inc.cause.vectors == {Vector.STOLEN_PAPER, Vector.STOLEN_DEVICE}
    assert inc.cause.intent is Intent.MALICIOUS
    conf = inc.effects.confidentiality
    assert conf is not None
    assert conf.exfiltration is Exfiltration.CONFIRMED
    assert inc.effects.availability is not None
    assert inc.effects.availability.permanent is None


def test_loss_of_paper() -> None:
    result = _by_name("Priority Health")
    inc = result.incident
    assert inc is not None
    assert inc.cause.vectors == {Vector.LOST_PAPER}
    assert inc.cause.intent is Intent.ACCIDENTAL
    assert result.status is ImportStatus.FULL


def test_improper_disposal_exactly_500() -> None:
    inc = _inc("Massachusetts Department of Developmental Services")
    assert inc.cause.vectors == {Vector.IMPROPER_DISPOSAL}
    assert inc.subjects[0].count == Count.exact(500)
    conf = inc.effects.confidentiality
    assert conf is not None
    assert conf.exfiltration is Exfiltration.LIKELY


def test_several_types_of_breach() -> None:
    inc = _inc("ENT Partners of Texas (legally known as Irving-Coppell Ear, Nose and Throat)")
    assert {Vector.STOLEN_DEVICE, Vector.LOST_DEVICE} <= inc.cause.vectors
    assert inc.cause.intent is Intent.MALICIOUS  # malicious wins over accidental


@pytest.mark.parametrize("name", ["Walgreen Co.", "Southwest General Health Center"])
def test_other_or_unknown_type_leaves_effects_unknown(name: str) -> None:
    result = _by_name(name)
    assert result.incident is not None
    assert result.incident.effects.unknown is True
    assert result.incident.effects.types == ()
    assert "$.effects" in result.unknown


def test_empty_type_of_breach() -> None:
    result = _by_name("Computer Program and Systems, Inc. (CPSI)")
    assert result.incident is not None
    assert result.incident.effects.unknown is True


def test_empty_state_and_blank_count() -> None:
    no_state = _by_name("Laboratorio Clinico Toledo")
    assert no_state.incident is not None
    assert no_state.incident.controller.establishments == ()
    assert "$.controller.establishments" in no_state.unknown
    no_count = _by_name("Valperaiso Fire Department")
    assert no_count.incident is not None
    assert no_count.incident.subjects[0].count == Count.unknown()
    assert "$.subjects[0].count" in no_count.unknown


def test_parse_row_keeps_the_hipaa_facts() -> None:
    row = _rows()[9]
    assert parse_hhs_row(row) == HhsBreach(
        covered_entity="Health Benefit Plan of the Anchorage School District",
        state="AK",
        entity_type=EntityType.HEALTH_PLAN,
        individuals_affected=int(row["Individuals Affected"]),
        submitted_on=datetime.strptime(row["Breach Submission Date"], "%m/%d/%Y").date(),  # noqa: DTZ007
        breach_types=("Theft",),
        locations=("Laptop",),
        business_associate_present=row["Business Associate Present"] == "Yes",
        web_description=row["Web Description"].strip() or None,
    )


def _row(**changes: str) -> dict[str, str]:
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        {
            "Name of Covered Entity": "Example Clinic",
            "State": "NY",
            "Covered Entity Type": "Healthcare Provider",
            "Individuals Affected": "600",
            "Breach Submission Date": "01/31/2024",
            "Type of Breach": "Loss",
            "Location of Breached Information": "Laptop",
            "Business Associate Present": "No",
        }
    )
    row.update(changes)
    return row


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"Breach Submission Date": "2024-01-31"}, '$["Breach Submission Date"]'),
        ({"Breach Submission Date": "02/30/2024"}, '$["Breach Submission Date"]'),
        ({"Name of Covered Entity": "  "}, '$["Name of Covered Entity"]'),
    ],
)
def test_bad_rows_fail_with_the_column(changes: dict[str, str], path: str) -> None:
    result = hhs_row_to_incident(_row(**changes), row_number=7)
    assert result.status is ImportStatus.FAILED
    assert path in [p.path for p in result.problems]
    assert all(m.startswith("record 7: ") for m in result.messages())


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"State": "ZZ"}, '$["State"]'),
        ({"Covered Entity Type": "Pharmacy"}, '$["Covered Entity Type"]'),
        ({"Individuals Affected": "about 600"}, '$["Individuals Affected"]'),
        ({"Type of Breach": "Loss, Flood"}, '$["Type of Breach"]'),
        ({"Location of Breached Information": "Cloud"}, '$["Location of Breached Information"]'),
        ({"Business Associate Present": "Maybe"}, '$["Business Associate Present"]'),
    ],
)
def test_odd_values_are_reported_and_left_unknown(changes: dict[str, str], path: str) -> None:
    result = hhs_row_to_incident(_row(**changes), row_number=7)
    assert result.status is ImportStatus.PARTIAL
    assert [p.path for p in result.problems] == [path]


def test_missing_column_is_reported() -> None:
    row = _row()
    del row["Web Description"]
    result = hhs_row_to_incident(row, row_number=1)
    assert [p.path for p in result.problems] == ['$["Web Description"]']
    assert result.incident is not None


def test_submission_date_in_winter_is_eastern_standard_time() -> None:
    inc = hhs_row_to_incident(_row(), row_number=1).incident
    assert inc is not None
    assert inc.timeline.authority_notices[0].at.isoformat() == "2024-01-31T00:00:00-05:00"
    assert parse_hhs_row(_row()) is not None
    assert parse_hhs_row(_row()).submitted_on == date(2024, 1, 31)  # type: ignore[union-attr]


def test_sample_rows_assess_without_inventing_a_date() -> None:
    statuses: dict[str, int] = {}
    for n, row in enumerate(_rows(), 1):
        result = hhs_row_to_incident(row, row_number=n)
        statuses[result.status.value] = statuses.get(result.status.value, 0) + 1
        assert result.incident is not None
        assessment = assess(result.incident)
        notify = assessment["gdpr.art33.notify_authority"]
        # The portal gives no breach or awareness date, only the filing with HHS: that
        # filing dates the incident for the GDPR's temporal scope (Art. 99(2)) ...
        (filing,) = result.incident.timeline.authority_notices
        if filing.at < GDPR_APPLIES_FROM:
            assert notify.outcome is Outcome.NOT_APPLICABLE
        else:
            assert notify.outcome is not Outcome.UNDETERMINED
            # ... but no deadline is invented: it runs from awareness, which is unknown.
            assert notify.deadline is not None
            assert notify.deadline.missing == ("awareness",)
    assert statuses == {"full": 13, "partial": 28}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("hhs_ocr_breach_archive_2024-07.csv", {"full": 1_105, "partial": 4_266}),
        ("hhs_ocr_breach_under_investigation_2024-07.csv", {"full": 24, "partial": 884}),
    ],
)
def test_full_portal_exports(name: str, expected: dict[str, int]) -> None:
    path = SHARED_HHS / name
    if not path.exists():
        pytest.skip(f"the shared HHS data is not present at {path}")
    statuses: dict[str, int] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh), 1):
            result = hhs_row_to_incident(row, row_number=n)
            statuses[result.status.value] = statuses.get(result.status.value, 0) + 1
            for message in result.messages():
                assert message.startswith(f"record {n}: ")
                assert " @ $" in message
    assert statuses == expected
