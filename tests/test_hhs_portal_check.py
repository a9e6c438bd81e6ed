"""scripts/hhs_portal_check.py on the shipped HHS portal samples, with hand-checked numbers.

``hhs_sample.csv`` (41 rows chosen for the importer: every breach type, location and entity
type) has no narrative discovery date; ``hhs_discovery_sample.csv`` (8 rows whose narratives
state one, or seem to) exercises the 60-day clock. Both are copied unchanged from the portal
export; their ``.SOURCE.md`` files say from which rows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest

from script_kit import load_script

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
AS_OF = datetime(2024, 7, 31, tzinfo=UTC)


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("hhs_portal_check")


def test_every_portal_row_goes_to_the_secretary_at_once(script: ModuleType) -> None:
    report = script.run([DATA / "hhs_sample.csv"], AS_OF)
    assert (report.rows, report.imported) == (41, 41)
    assert report.roles == {"covered_entity": 35, "business_associate": 5, "not given": 1}
    # The portal lists breaches of 500 or more; one count is blank.
    assert (report.at_least_500, report.fewer_than_500, report.count_blank) == (40, 0, 1)
    # 35 covered entities: 34 to the Secretary contemporaneously (164.408(b)); the one with a
    # blank count is undetermined, as is the row whose entity type is not given. The five
    # business associates owe the covered entity (164.410).
    assert report.secretary == {
        "s164_408: required": 34,
        "s164_408: undetermined": 2,
        "s164_410: required": 5,
    }
    # The export gives the entity's State, not where the people live: undetermined, except
    # for the three covered entities listing exactly 500, where no State can have more.
    assert report.media == {"undetermined": 32, "not_required": 3}
    assert report.narrative_dates == 0
    assert report.gaps == []


def test_narrative_discovery_dates_against_the_sixty_days(script: ModuleType) -> None:
    report = script.run([DATA / "hhs_discovery_sample.csv"], AS_OF)
    # Days from the stated discovery to the submission, worked by hand: Tower Imaging 56,
    # Consultants in Neurological Surgery 60 (9 Sep to 8 Nov 2016), Florida Hospital Medical
    # Group 65, Robert Smith DMD 76, AccuDoc (a business associate) 59, Tri Lakes 117,
    # Kemmet Dental 1. Vision Care Specialists "discovered that on or about May 20" states
    # when the burglary happened, not when it was found: left out.
    assert sorted(report.gaps) == [1, 56, 59, 60, 65, 76, 117]
    assert report.summary()["gaps"] == {
        "n": 7,
        "median": 60,
        "p90": pytest.approx(92.4),
        "max": 117,
        "within_60": 4,
        "over_60": 3,
    }
    # The Secretary's notice (covered entities only): day 60 is still in time, day 65 and 76
    # are late; Tri Lakes was discovered on 20 September 2013, before the encoded rule.
    assert report.statuses == {"met": 3, "met_late": 2}
    assert report.secretary["s164_408: not_applicable"] == 1


def test_a_narrative_date_needs_the_word_on(script: ModuleType) -> None:
    found = script.narrative_discovery
    assert str(found("The BA discovered the incident on June 13, 2016.")) == "2016-06-13"
    assert found("discovered that, on or about July 31, 2015, an employee") is None
    assert found("learned on February 30, 2016") is None


def test_the_command_prints_its_report(
    script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert script.main([str(DATA / "hhs_discovery_sample.csv")]) == 0
    out = capsys.readouterr().out
    assert "Rows: 8; imported: 8" in out
    assert "'met_late': 2" in out


def test_the_command_refuses_a_naive_instant(script: ModuleType) -> None:
    with pytest.raises(SystemExit):
        script.main(["--as-of", "2024-07-31T00:00:00"])
