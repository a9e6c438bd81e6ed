"""Counting the people of a member table: every row accounted for, every problem by reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from breachmodel.scoping import (
    ColumnMapping,
    ElementList,
    MappingError,
    ScopeError,
    count_people,
    load_mapping,
)
from scoping_tables import HEADER, MAPPING, ROWS, write_csv

ON = date(2024, 2, 2)


@pytest.fixture
def scope(tmp_path: Path):  # type: ignore[no-untyped-def]
    return count_people(write_csv(tmp_path / "m.csv", ROWS), MAPPING, on=ON)


def test_every_row_is_a_person_a_duplicate_or_rejected(scope) -> None:  # type: ignore[no-untyped-def]
    issues = scope.issues()
    assert scope.total_rows() == len(ROWS)
    assert scope.people() == 5  # p1 (twice), p2, p3, p4, p6
    assert issues["duplicate_rows"] == 1
    assert issues["rejected_rows"] == 2  # no person id; no controller
    assert scope.people() + issues["duplicate_rows"] + issues["rejected_rows"] == len(ROWS)


def test_problems_are_counted_by_reason(scope) -> None:  # type: ignore[no-untyped-def]
    issues = scope.issues()
    assert issues["missing_person_id"] == 1
    assert issues["missing_controller"] == 1
    assert issues["bad_country"] == 1
    assert issues["bad_subdivision"] == 1  # US-ZZ is no US subdivision
    assert issues["bad_birth_date"] == 2  # unreadable; in the future
    assert issues["bad_kind"] == 1
    assert issues["bad_language"] == 1


def test_people_with_bad_values_are_kept_under_unknown(scope) -> None:  # type: ignore[no-untyped-def]
    a = scope.by("country", "ins-a")
    assert a == {"FR": 1, None: 1}
    assert scope.by("country", "ins-b") == {"GR": 1, "US": 2}  # EL is Greece's EU code
    assert scope.by("subdivision", "ins-b") == {"US-CA": 1, None: 2}


def test_duplicates_are_merged_with_the_union_of_their_facts(scope) -> None:  # type: ignore[no-untyped-def]
    (p1,) = [r for r in scope.select("ins-a") if r.duplicate_rows]
    assert p1.people == 1
    assert p1.rows == 2
    assert p1.elements == ("national_id",)
    assert p1.channels == ("postal", "email")
    assert p1.minor is True
    assert p1.kind == "beneficiaries"


def test_minors_channels_and_languages(scope) -> None:  # type: ignore[no-untyped-def]
    assert scope.minors("ins-a") == 1
    counts = scope.counts("ins-b")
    assert counts.minors_unknown == 1  # born in 2030: not a readable birth date
    assert counts.without_channel == 1  # "no" and an empty e-mail
    assert counts.without_address == 1
    assert scope.by("language", "ins-b") == {"en": 3}  # the default where none is given
    assert scope.by("language", "ins-a") == {"en": 1, "fr": 1}


@pytest.mark.parametrize(
    ("born", "minor"),
    [("2006-02-02", False), ("2006-02-03", True), ("2006-02-01", False)],
)
def test_majority_is_reached_on_the_eighteenth_birthday(
    tmp_path: Path, born: str, minor: bool
) -> None:
    rows = [("p1", "ins-a", "FR", None, born, "fr", None, "1", None, "1")]
    scope = count_people(write_csv(tmp_path / "m.csv", rows), MAPPING, on=ON)
    assert scope.minors() == int(minor)


def test_a_missing_column_is_named_with_the_columns_found(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [("p1", "ins-a")], header=("member", "insurer"))
    with pytest.raises(ScopeError, match=r"no column 'country'.*its columns: insurer, member"):
        count_people(path, MAPPING, on=ON)


def test_a_missing_file_and_an_unknown_format_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ScopeError, match="does not exist"):
        count_people(tmp_path / "absent.parquet", MAPPING, on=ON)
    odd = tmp_path / "m.xlsx"
    odd.write_text("x", encoding="utf-8")
    with pytest.raises(ScopeError, match="cannot tell the format"):
        count_people(odd, MAPPING, on=ON)


def test_an_unknown_engine_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", ROWS)
    with pytest.raises(ScopeError, match=r"unknown engine 'pandas'"):
        count_people(path, MAPPING, on=ON, engine="pandas")


def test_a_delimited_element_list(tmp_path: Path) -> None:
    rows = [
        ("p1", "ins-a", "FR", "NIR;DOB"),
        ("p2", "ins-a", "FR", "DOB"),
        ("p3", "ins-a", "FR", ""),
    ]
    path = write_csv(tmp_path / "m.csv", rows, header=("member", "insurer", "country", "lost"))
    mapping = ColumnMapping(
        person_id="member",
        controller_id="insurer",
        country="country",
        elements=ElementList(
            column="lost", separator=";", values={"national_id": "NIR", "date_of_birth": "DOB"}
        ),
    )
    scope = count_people(path, mapping, on=ON)
    assert scope.by("elements") == {
        (): 1,
        ("date_of_birth",): 1,
        ("date_of_birth", "national_id"): 1,
    }


def test_a_text_column_is_not_a_list(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv", [("p1", "ins-a", "NIR")], header=("member", "insurer", "lost")
    )
    mapping = ColumnMapping(
        person_id="member",
        controller_id="insurer",
        elements=ElementList(column="lost", values={"national_id": "NIR"}),
    )
    with pytest.raises(ScopeError, match=r"not a list: give elements\.separator"):
        count_people(path, mapping, on=ON)


def test_jsonl_and_parquet_give_the_same_counts(tmp_path: Path) -> None:
    import duckdb

    csv_path = write_csv(tmp_path / "m.csv", ROWS)
    con = duckdb.connect()
    for fmt, name in (("PARQUET", "m.parquet"), ("JSON", "m.jsonl")):
        con.execute(
            f"COPY (SELECT * FROM read_csv('{csv_path}', header = true, all_varchar = true)) "
            f"TO '{tmp_path / name}' (FORMAT {fmt})"
        )
    con.close()
    expected = count_people(csv_path, MAPPING, on=ON)
    for name in ("m.parquet", "m.jsonl"):
        got = count_people(tmp_path / name, MAPPING, on=ON)
        assert sorted(map(repr, got.rows)) == sorted(map(repr, expected.rows))


def test_declared_unique_ids_skip_the_duplicate_check(tmp_path: Path) -> None:
    mapping = ColumnMapping(person_id="member", controller_id="insurer", unique_ids=True)
    rows = [("p1", "ins-a"), ("p1", "ins-a")]
    path = write_csv(tmp_path / "m.csv", rows, header=("member", "insurer"))
    scope = count_people(path, mapping, on=ON)
    assert not scope.duplicates_checked
    assert scope.people() == 2  # the table's word is taken


def test_the_views_show_the_counts(scope) -> None:  # type: ignore[no-untyped-def]
    text = scope.to_text()
    assert "ins-a: 2 people (FR 1, ?? 1); minors 1" in text
    html = scope._repr_html_()
    assert "<caption>5 people in 8 rows" in html
    assert "<td>ins-b</td>" in html
    assert repr(scope) == "<Scope 2 controllers, 5 people, 8 rows>"


def test_mapping_files(tmp_path: Path) -> None:
    good = tmp_path / "m.toml"
    good.write_text(
        '[columns]\nperson_id = "member"\ncontroller_id = "insurer"\n'
        '[channels]\npostal = "address"\n[elements]\nnational_id = "nir"\n'
        '[defaults]\nkind = "insured_persons"\nlanguage = "fr"\n[languages]\nBE = "nl"\n',
        encoding="utf-8",
    )
    m = load_mapping(good)
    assert m.columns() == ("member", "insurer", "address", "nir")
    assert m.languages == {"BE": "nl"}
    bad = tmp_path / "bad.toml"
    for text, message in [
        ('[columns]\ncontroller_id = "x"\n', "person_id: name the column"),
        ('[columns]\nperson_id = "x"\n', "controller_id: map the controller column"),
        ('[colums]\nperson_id = "x"\n', r"unknown section \[colums\]"),
        (
            '[columns]\nperson_id = "x"\n[defaults]\ncontroller = "a"\nkind = "martians"\n',
            "not a kind of people",
        ),
        (
            '[columns]\nperson_id = "x"\nbirthday = "b"\n[defaults]\ncontroller = "a"\n',
            "key it does not know",
        ),
        ("[columns\n", "cannot read the mapping"),
        (
            '[columns]\nperson_id = "x\\"; DROP"\n[defaults]\ncontroller = "a"\n',
            "not a usable column name",
        ),
    ]:
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(MappingError, match=message):
            load_mapping(bad)


def test_birth_date_and_minor_flag_are_exclusive() -> None:
    with pytest.raises(MappingError, match="either birth_date or minor"):
        ColumnMapping(person_id="p", default_controller="a", birth_date="b", minor="m")


def test_a_minor_flag_column(tmp_path: Path) -> None:
    rows = [("p1", "yes"), ("p2", "0"), ("p3", "maybe"), ("p4", "")]
    path = write_csv(tmp_path / "m.csv", rows, header=("member", "minor"))
    mapping = ColumnMapping(person_id="member", minor="minor", default_controller="ins-a")
    scope = count_people(path, mapping, on=ON)
    assert scope.minors() == 1
    assert scope.counts("ins-a").minors_unknown == 2
    assert scope.issues() == {"bad_minor": 1}


assert HEADER[0] == "member"
