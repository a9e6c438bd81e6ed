"""``breachmodel scope``: counts, the scoped incident, the manifest and a summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from breachmodel.cli import main
from breachmodel.processor import load_any
from breachmodel.scoping.synthetic import write_synthetic_members
from scoping_tables import SYNTHETIC_MAPPING, write_csv

INCIDENT = "examples/viamedis-almerys-processor.json"
AS_OF = "2024-02-02T12:00:00+01:00"
MAPPING = (
    SYNTHETIC_MAPPING
    + """
[elements]
identity = "identity_exposed"
national_id = "nir_exposed"

[languages]
FR = "fr"
"""
)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    controllers = [("mutuelle-horizon", 2.0), ("escaut-assurances", 1.0), ("=cmd|evil", 0.2)]
    table = write_synthetic_members(tmp_path / "m.parquet", 3_000, seed=5, controllers=controllers)
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    return table, mapping


def test_scope_writes_counts_incident_manifest_and_summary(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table, mapping = files
    out = tmp_path / "out"
    argv = ["scope", INCIDENT, str(table), "--mapping", str(mapping), "--out", str(out)]
    assert main([*argv, "--as-of", AS_OF, "--csv"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Scoped 3,000 rows of")
    assert "mutuelle-horizon: " in text
    assert "Not in the incident (counted, no letters): =cmd|evil" in text
    assert "Not in the table (estimates kept): atlas-sante" in text
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["rows"] == summary["people"] == 3_000
    horizon = next(c for c in summary["controllers"] if c["controller_id"] == "mutuelle-horizon")
    per_duty: dict[str, int] = {}
    for letter in horizon["letters"]:
        per_duty[letter["obligation"]] = per_duty.get(letter["obligation"], 0) + letter["people"]
    everyone = {o: n for o, n in per_duty.items() if not o.startswith("us_states/")}
    assert set(everyone.values()) == {horizon["people"]}  # one letter per person and duty
    residents = sum(n for o, n in per_duty.items() if o.startswith("us_states/"))
    assert residents <= horizon["by_country"].get("US", 0)  # a state's letters: its residents
    assert summary["unknown_controllers"] == ["=cmd|evil"]
    scoped = load_any(str(out / "incident-scoped.json"))
    assert scoped.id == "viamedis-2024"
    counts = (out / "counts.csv").read_text(encoding="utf-8")
    assert counts.startswith("controller_id,kind,country,subdivision,elements,minor,channel")
    assert "\n'=cmd|evil," in counts  # never read as a formula
    assert list((out / "manifest").glob("controller_id=mutuelle-horizon/*.parquet"))
    assert list((out / "manifest-csv").glob("controller_id=mutuelle-horizon/*.csv"))


def test_scope_needs_as_of_and_a_known_engine(files: tuple[Path, Path], tmp_path: Path) -> None:
    table, mapping = files
    argv = ["scope", INCIDENT, str(table), "--mapping", str(mapping), "--out", str(tmp_path)]
    assert main(argv) == 2
    assert main([*argv, "--as-of", AS_OF, "--engine", "pandas"]) == 2
    assert main([*argv, "--as-of", "2024-02-02T12:00:00"]) == 2


def test_scope_reports_bad_input_without_a_traceback(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table, mapping = files
    bad = write_csv(tmp_path / "bad.csv", [("a",)], header=("who",))
    argv = ["scope", INCIDENT, str(bad), "--mapping", str(mapping), "--out", str(tmp_path / "o")]
    assert main([*argv, "--as-of", AS_OF]) == 1
    err = capsys.readouterr().err
    assert "error: the member table" in err
    assert "has no column 'member_id'" in err
    broken = tmp_path / "broken.toml"
    broken.write_text("[columns]\n", encoding="utf-8")
    argv = ["scope", INCIDENT, str(table), "--mapping", str(broken), "--out", str(tmp_path / "o")]
    assert main([*argv, "--as-of", AS_OF]) == 1
    assert "person_id: name the column" in capsys.readouterr().err
    argv = ["scope", "absent.json", str(table), "--mapping", str(mapping), "--out", str(tmp_path)]
    assert main([*argv, "--as-of", AS_OF]) == 1
    assert "absent.json: no such file" in capsys.readouterr().out
