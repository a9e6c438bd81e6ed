"""The reference case scoped on a synthetic member table: counts per insurer, the incident
with exact counts, and the manifest of letters per insurer."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")

from breachmodel.cli import main  # noqa: E402
from breachmodel.model import Precision  # noqa: E402
from breachmodel.obligations import Duty  # noqa: E402
from breachmodel.processor import ProcessorIncident, controller_incident, load_any  # noqa: E402
from breachmodel.scoping import MANIFEST_COLUMNS, ScopedIncident, scope_incident  # noqa: E402
from breachmodel.scoping.synthetic import SYNTHETIC_MAPPING, write_synthetic_members  # noqa: E402
from scoping_tables import SCOPED_AS_OF, SCOPED_INCIDENT  # noqa: E402
from scoping_tables import SYNTHETIC_MAPPING as MAPPING_TOML  # noqa: E402

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


def _reached(scoped: ScopedIncident, controller: str, recipients: tuple[str, ...]) -> int:
    """The people a duty reaches: everyone, or the residents of the territories it names."""
    places = [r.removeprefix("residents-") for r in recipients if re.fullmatch(_PLACE, r)]
    if not places:
        return scoped.scope.people(controller)
    by_state = scoped.scope.by("subdivision", controller)
    by_country = scoped.scope.by("country", controller)
    return sum(by_state.get(p, 0) if "-" in p else by_country.get(p, 0) for p in places)


_PLACE = r"(?:residents-)?[A-Z]{2}(?:-[A-Z0-9]{1,3})?"


def test_the_manifest_has_one_letter_per_person_and_duty(scoped: ScopedIncident) -> None:
    manifest = scoped.manifest
    assert manifest is not None
    a = scoped.assessment
    state_letters = 0
    for row, assessment in zip(a.summary.rows, a.per_controller, strict=True):  # type: ignore[union-attr]
        duties = [
            d
            for d in assessment.obligations(Duty.INFORM_INDIVIDUALS)
            if d.outcome.value == "required"
        ]
        letters = manifest.letters_of(row.controller_id)
        per_duty: dict[str, int] = {}
        for (obligation, _k, _c), n in letters.items():
            per_duty[obligation] = per_duty.get(obligation, 0) + n
        for d in duties:
            assert per_duty.get(str(d.key), 0) == _reached(
                scoped, row.controller_id, d.recipients
            ), f"{row.controller_id}: {d.key}"
        state_letters += sum(n for o, n in per_duty.items() if o.startswith("us_states/"))
        if duties:
            kinds = {k for (_o, k, _c) in letters}
            assert kinds == {"individual_notice", "guardian_notice"}
    assert state_letters > 0  # the US residents' state-law letters are in the manifest
    assert sum(n for _k, n in manifest.letters) == manifest.rows


def test_no_person_has_two_rows_for_one_obligation(scoped: ScopedIncident) -> None:
    manifest = scoped.manifest
    assert manifest is not None
    con = duckdb.connect()
    got = con.execute(
        "SELECT COUNT(*), COUNT(DISTINCT (controller_id, person_id, obligation)) FROM "
        f"read_parquet('{manifest.path}/**/*.parquet', hive_partitioning = true)"
    ).fetchone()
    con.close()
    assert got is not None
    assert got[0] == got[1] == manifest.rows


def test_the_manifest_files_are_partitioned_by_insurer(scoped: ScopedIncident) -> None:
    manifest = scoped.manifest
    assert manifest is not None
    folders = sorted(p.name for p in Path(manifest.path).iterdir())
    assert "controller_id=mutuelle-horizon" in folders
    con = duckdb.connect()
    files = f"read_parquet('{manifest.path}/**/*.parquet', hive_partitioning = true)"
    rel = con.execute(f"SELECT * FROM {files}")
    assert {d[0] for d in rel.description} == set(MANIFEST_COLUMNS)
    # Atlas's GDPR duty is a public communication instead of letters; only the US state
    # laws, which have no such alternative, give its US residents letters.
    atlas = con.execute(
        f"SELECT DISTINCT regime, country FROM {files} WHERE controller_id = 'atlas-sante'"
    ).fetchall()
    assert set(atlas) <= {("us_states", "US")}
    got = con.execute(
        f"SELECT COUNT(*), COUNT(DISTINCT person_id), MIN(deadline_rule), "
        f"COUNT(*) FILTER (WHERE channel = 'none') FROM {files} "
        "WHERE controller_id = 'mutuelle-horizon' AND regime <> 'us_states'"
    ).fetchone()
    con.close()
    assert got is not None
    people = scoped.scope.people("mutuelle-horizon")
    assert got[0] == got[1] == people
    assert "without undue delay" in str(got[2]).lower()
    assert got[3] == scoped.scope.without(None, "mutuelle-horizon")


def test_a_csv_manifest_whose_first_quoted_field_comes_late_reads_back_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The US state laws' rules hold commas, so their cells are quoted. In a controller's
    # file of 100,000 people the first quoted cell lies beyond the rows a CSV sniffer
    # samples (20,480), and a sniffed reading split it at its commas.
    two = [("mutuelle-horizon", 2.0), ("escaut-assurances", 1.0)]
    table = write_synthetic_members(tmp_path / "members.parquet", 300_000, seed=5, controllers=two)
    mapping = tmp_path / "mapping.toml"
    mapping.write_text(MAPPING_TOML, encoding="utf-8")
    out = tmp_path / "out"
    argv = ["scope", SCOPED_INCIDENT, str(table), "--mapping", str(mapping), "-o", str(out)]
    assert main([*argv, "--as-of", SCOPED_AS_OF, "--csv"]) == 0, capsys.readouterr().err
    csv = duckdb.sql(
        f"SELECT obligation, COUNT(*) FROM read_csv('{out}/manifest-csv/**/*.csv', "
        "header = true, quote = '\"', escape = '\"') GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    parquet = duckdb.sql(
        f"SELECT obligation, COUNT(*) FROM read_parquet('{out}/manifest/**/*.parquet') "
        "GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert csv == parquet
    assert any(o.startswith("us_states/") for o, _n in csv)  # quoted rules were read
