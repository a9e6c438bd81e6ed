"""Report checklists of the staged sector reports (DORA, NIS2), in English and French.

Regenerate the golden files after a deliberate change with::

    BREACHMODEL_UPDATE_GOLDEN=1 pytest tests/test_report_checklists.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from breachmodel.cli import main
from breachmodel.documents import REPORT_LANGUAGES, report_checklists, templates
from breachmodel.errors import BreachModelError
from breachmodel.model import Incident
from breachmodel.serialization import load
from scenario_kit import incident_of

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("BREACHMODEL_UPDATE_GOLDEN") == "1"


def _example() -> Incident:
    return load(ROOT / "examples" / "viamedis-almerys-2025.json")


def _hospital() -> Incident:
    return incident_of(ROOT / "tests/scenarios/nis2/hospital-ransomware-significant.toml")


CASES: dict[str, tuple[Callable[[], Incident], str, str]] = {
    "viamedis-2025-dora": (
        _example,
        "dora",
        "2025-01-31T22:00:00+01:00",
    ),
    "nis2-hospital": (
        _hospital,
        "nis2",
        "2025-03-10T12:00:00+01:00",
    ),
}


def _draft(case: str, lang: str) -> str:
    make, regime, at = CASES[case]
    incident = make()
    doc = report_checklists(incident, regime=regime, lang=lang, as_of=datetime.fromisoformat(at))
    return doc.to_text()


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case: str, lang: str) -> None:
    actual = _draft(case, lang)
    path = GOLDEN / f"{case}-reports-{lang}.txt"
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with BREACHMODEL_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8"), f"{path.name} differs; see the docstring"


def test_the_french_dora_reports_use_the_regulation_s_terms() -> None:
    text = _draft("viamedis-2025-dora", "fr")
    for term in ("incident majeur lié aux TIC", "Notification initiale", "Rapport intermédiaire"):
        assert term in text
    assert "ACPR" in text
    assert "1er février 2025 à 01:00" in text


def test_the_report_wording_has_the_same_keys_in_every_language() -> None:
    data = templates("reports")
    for lang in REPORT_LANGUAGES:
        assert set(data[lang]) == set(data["en"])
        assert set(data[lang]["status"]) == set(data["en"]["status"])


def test_the_french_nis2_reports_use_the_directive_s_terms() -> None:
    text = _draft("nis2-hospital", "fr")
    for term in (
        "Alerte précoce",
        "Notification d'incident",
        "Rapport final",
        "incident important",
    ):
        assert term in text


def test_the_owed_initial_notification_names_its_deadline_and_recipient() -> None:
    text = _draft("viamedis-2025-dora", "en")
    assert "To be submitted. Recipient: ACPR" in text
    assert (
        "Due: 1 February 2025, 01:00 (Paris time, UTC+01:00). Status at the assessment date: pending."
        in text
    )


def test_a_report_already_made_reads_as_submitted_not_as_to_be_submitted() -> None:
    text = _draft("nis2-hospital", "en")
    assert "Submitted. Recipient: ANSSI" in text
    assert "OVERDUE" in text  # the early warning, never made


def test_a_regime_without_reports_is_refused_naming_those_with() -> None:
    incident = load(ROOT / "examples" / "viamedis-almerys-2025.json")
    with pytest.raises(BreachModelError, match=r"regime: 'gdpr' has no report checklists.*dora"):
        report_checklists(incident, regime="gdpr")


def test_an_unwritten_language_is_refused() -> None:
    incident = load(ROOT / "examples" / "viamedis-almerys-2025.json")
    with pytest.raises(BreachModelError, match="lang: 'de'"):
        report_checklists(incident, regime="dora", lang="de")


def test_the_command_line_drafts_the_checklists(capsys: pytest.CaptureFixture[str]) -> None:
    example = str(ROOT / "examples" / "viamedis-almerys-2025.json")
    args = ["draft", example, "--kind", "reports", "--regime", "dora", "--lang", "fr"]
    assert main([*args, "--as-of", "2025-01-31T22:00:00+01:00"]) == 0
    assert capsys.readouterr().out.strip() == _draft("viamedis-2025-dora", "fr").strip()


def test_the_command_line_asks_for_the_regime(capsys: pytest.CaptureFixture[str]) -> None:
    example = str(ROOT / "examples" / "viamedis-almerys-2025.json")
    assert main(["draft", example, "--kind", "reports"]) == 1
    assert "--kind reports needs --regime" in capsys.readouterr().err


def test_the_command_line_drafts_one_controller_of_a_processor_incident(
    capsys: pytest.CaptureFixture[str],
) -> None:
    fixture = str(ROOT / "tests" / "data" / "processor-2025-dora.json")
    args = ["draft", fixture, "--kind", "reports", "--regime", "dora", "--controller"]
    assert main([*args, "mutuelle-horizon", "--as-of", "2025-01-29T12:00:00+01:00"]) == 0
    out = capsys.readouterr().out
    assert "Mutuelle Horizon" in out
    assert "OVERDUE" in out
