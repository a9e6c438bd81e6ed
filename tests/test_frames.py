"""pandas frames: the register, bulk results and scenario comparisons, with typed columns."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

from breachmodel import assess, load, load_any
from breachmodel.bulk import assess_file, frame
from breachmodel.documents import Register, register_rows
from breachmodel.frames import compare, require_pandas

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[1]
VCDB = ROOT / "tests" / "data" / "vcdb_sample.jsonl"
PROCESSOR = ROOT / "examples" / "viamedis-almerys-processor.json"
AS_OF = datetime.fromisoformat("2024-02-01T12:00:00+01:00")


def _is_utc(series: object) -> bool:
    dtype = getattr(series, "dtype", None)
    return isinstance(dtype, pd.DatetimeTZDtype) and str(dtype.tz) == "UTC"


def test_register_to_frame_has_typed_columns() -> None:
    register = Register([load_any(PROCESSOR)], as_of=AS_OF)
    df = register.to_frame()
    assert len(df) == len(register) == 7
    assert list(df.columns) == list(register.rows[0])
    assert _is_utc(df["notification_due"])
    assert _is_utc(df["controller_aware_at"])
    assert df["people_count"].dtype == "Int64"
    assert df["notified"].dtype == "boolean"
    assert list(df["risk_level"].cat.categories) == ["unlikely", "risk", "high"]
    assert df["risk_level"].cat.ordered
    assert isinstance(df["notify_authority"].dtype, pd.CategoricalDtype)
    first = register.rows[0]
    assert df["notification_due"][0] == pd.Timestamp(str(first["notification_due"]))
    assert int(df["notified"].sum()) == sum(r["notified"] == "yes" for r in register.rows)
    assert register.rows == tuple(register_rows([load_any(PROCESSOR)], as_of=AS_OF))


def test_bulk_frame_from_a_file_and_from_rows() -> None:
    df = frame(VCDB)
    assert len(df) == sum(1 for line in VCDB.read_text("utf-8").splitlines() if line.strip())
    assert df["record"].dtype == "Int64"
    assert _is_utc(df["notify_authority_due"])
    assert isinstance(df["gdpr.art33.notify_authority"].dtype, pd.CategoricalDtype)
    assert isinstance(df["notify_authority"].dtype, pd.CategoricalDtype)
    assert df["risk"].cat.ordered
    assert list(df["risk"].cat.categories) == ["undetermined", "unlikely", "risk", "high"]
    rows = list(assess_file(VCDB))
    assert frame(rows).equals(df)
    counts = df["gdpr.art33.notify_authority"].value_counts()
    expected = sum(r["outcomes"].get("gdpr.art33.notify_authority") == "required" for r in rows)
    assert counts["required"] == expected


def test_compare_scenarios_side_by_side() -> None:
    incident = load(ROOT / "examples" / "viamedis-almerys.json")
    later = datetime.fromisoformat("2024-02-05T12:00:00+01:00")
    df = compare({"1 Feb": assess(incident, as_of=AS_OF), "5 Feb": assess(incident, as_of=later)})
    assert list(df["scenario"].cat.categories) == ["1 Feb", "5 Feb"]
    assert _is_utc(df["due"])
    assert df["missing_facts"].dtype == "Int64"
    status = df.pivot(index="determination", columns="scenario", values="status")
    assert status.loc["gdpr.art33.notify_authority", "1 Feb"] == "pending"
    assert status.loc["gdpr.art33.notify_authority", "5 Feb"] == "overdue"
    outcomes = df.pivot(index="determination", columns="scenario", values="outcome")
    assert (outcomes["1 Feb"] == outcomes["5 Feb"]).all()


def test_compare_labels_a_sequence_by_incident_id() -> None:
    a = assess(load(ROOT / "examples" / "misdirected-email.json"))
    df = compare([a, a])
    assert list(df["scenario"].cat.categories) == [
        "misdirected-email-2024-05 (1)",
        "misdirected-email-2024-05 (2)",
    ]


def test_a_clear_error_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'breachmodel\[pandas\]'"):
        require_pandas()
    with pytest.raises(ImportError, match="optional dependency"):
        frame(VCDB)
