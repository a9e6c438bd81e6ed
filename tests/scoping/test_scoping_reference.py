"""The reference case scoped on a synthetic member table: counts per insurer, the incident
with exact counts, and the manifest of letters per insurer."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")

from breachmodel.model import Precision  # noqa: E402
from breachmodel.obligations import Duty  # noqa: E402
from breachmodel.processor import ProcessorIncident, controller_incident, load_any  # noqa: E402
from breachmodel.scoping import MANIFEST_COLUMNS, ScopedIncident, scope_incident  # noqa: E402
from breachmodel.scoping.synthetic import SYNTHETIC_MAPPING, write_synthetic_members  # noqa: E402

AS_OF = datetime(2024, 2, 2, 12, tzinfo=timezone(timedelta(hours=1)))
ROWS = 20_000


@pytest.fixture(scope="module")
def scoped(tmp_path_factory: pytest.TempPathFactory) -> ScopedIncident:
    pi = load_any("examples/viamedis-almerys-processor.json")
    assert isinstance(pi, ProcessorIncident)
    tmp = tmp_path_factory.mktemp("reference")
    sizes = [(s.organisation.id, float(s.total_subjects.best or 1)) for s in pi.controllers]
    table = write_synthetic_members(
        tmp / "members.parquet",
        ROWS,
        seed=3,
        controllers=sizes,
        without_address={"atlas-sante": 0.9},
    )
    return scope_incident(pi, table, SYNTHETIC_MAPPING, as_of=AS_OF, out=tmp / "out")


def test_every_insurer_is_counted_by_country_minors_and_address(scoped: ScopedIncident) -> None:
    scope = scoped.scope
    assert scope.people() == ROWS
    assert len(scope.controllers) == 7
    horizon = scope.counts("mutuelle-horizon")
    assert dict(horizon.by_country)["FR"] > 0.85 * horizon.people
    assert 0 < horizon.minors < horizon.people
    atlas = scope.counts("atlas-sante")
    assert atlas.without_address is not None
    assert atlas.without_address > 0.8 * atlas.people
    assert horizon.without_address is not None
    assert horizon.without_address < 0.1 * horizon.people
    assert scope.issues() == {}
    assert scoped.unknown_controllers == ()
    assert scoped.unscoped_controllers == ()


def test_the_incident_gets_exact_counts_with_provenance(scoped: ScopedIncident) -> None:
    incident = scoped.incident
    assert isinstance(incident, ProcessorIncident)
    for share in incident.controllers:
        people = scoped.scope.people(share.organisation.id)
        assert share.total_subjects.precision is Precision.EXACT
        assert share.total_subjects.best == people
        for group in share.subjects:
            assert "Exact count from the member table" in (group.description or "")
            assert sum(rc.count.best or 0 for rc in group.by_country) == group.count.best
        assert any(g.includes_children for g in share.subjects)


def test_us_residents_are_counted_per_state(scoped: ScopedIncident) -> None:
    incident = scoped.incident
    assert isinstance(incident, ProcessorIncident)
    horizon = controller_incident(incident, incident.share("mutuelle-horizon"))
    states = {k: v for k, v in scoped.scope.by("subdivision", "mutuelle-horizon").items() if k}
    assert states
    assert all(k.startswith("US-") for k in states)
    for state, people in states.items():
        assert horizon.residents_in(state).best == people
    assert horizon.residents_in("US").best == sum(states.values())


def test_the_manifest_has_one_letter_per_person_and_duty(scoped: ScopedIncident) -> None:
    manifest = scoped.manifest
    assert manifest is not None
    a = scoped.assessment
    for row, assessment in zip(a.summary.rows, a.per_controller, strict=True):  # type: ignore[union-attr]
        duties = [
            d
            for d in assessment.obligations(Duty.INFORM_INDIVIDUALS)
            if d.outcome.value == "required"
        ]
        letters = manifest.letters_of(row.controller_id)
        assert sum(letters.values()) == len(duties) * scoped.scope.people(row.controller_id)
        if duties:
            kinds = {k for (_o, k, _c) in letters}
            assert kinds == {"individual_notice", "guardian_notice"}
    assert sum(n for _k, n in manifest.letters) == manifest.rows


def test_the_manifest_files_are_partitioned_by_insurer(scoped: ScopedIncident) -> None:
    manifest = scoped.manifest
    assert manifest is not None
    folders = sorted(p.name for p in Path(manifest.path).iterdir())
    assert "controller_id=mutuelle-horizon" in folders
    assert "controller_id=atlas-sante" not in folders  # a public communication instead
    con = duckdb.connect()
    rel = con.execute(
        f"SELECT * FROM read_parquet('{manifest.path}/**/*.parquet', hive_partitioning = true)"
    )
    assert {d[0] for d in rel.description} == set(MANIFEST_COLUMNS)
    got = con.execute(
        f"SELECT COUNT(*), COUNT(DISTINCT person_id), MIN(deadline_rule), "
        f"COUNT(*) FILTER (WHERE channel = 'none') FROM read_parquet('{manifest.path}/**/*.parquet', "
        "hive_partitioning = true) WHERE controller_id = 'mutuelle-horizon'"
    ).fetchone()
    con.close()
    assert got is not None
    people = scoped.scope.people("mutuelle-horizon")
    assert got[0] == got[1] == people
    assert "without undue delay" in str(got[2]).lower()
    assert got[3] == scoped.scope.without(None, "mutuelle-horizon")
