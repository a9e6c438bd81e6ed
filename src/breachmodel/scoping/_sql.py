"""The scoping query, written once for every engine.

The query is plain SQL that DuckDB and Spark SQL both accept; a :class:`Dialect` supplies
the only two things they spell differently (quoting a column name, matching a regular
expression). It runs in stages, as common table expressions:

``table_rows``
    one row per table row: the person id, the columns of few distinct values (controller,
    country, subdivision, minor, language, kind) as they are, and what must be read on
    every row (the birth date as one code, the channel and element flags; a boolean
    column as it is). For the counts, when no person id repeats, the rows are grouped on
    these values instead: every row is one person, so what follows runs once per
    distinct combination of values, each group carrying its number of rows as its
    ``weight`` (and when every row has a person id, the id is not read at all);
``raw``
    every mapped column read as text and trimmed;
``norm``
    each fact validated: an invalid value becomes NULL and raises a 0/1 issue flag
    (so a person with a bad country code is still counted, under "country unknown");
``persons``
    one row per (controller, person id): duplicates merged (their rows counted, their
    exposed elements and channels united); rows without a person id or a controller are
    kept as *rejected* rows, counted, never people;
``people``
    the person's derived facts: first usable channel, channel set, element set.

:meth:`ScopeQuery.aggregate` groups ``people`` by controller x kind x country x
subdivision x element set x minor x channel x language, each person (or, through ``pre``,
each group of rows) counted with its weight; :meth:`ScopeQuery.manifest` joins the
person-level ``people`` with the obligations table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

import attrs
from attrs import field, frozen

from breachmodel.model import SubjectKind
from breachmodel.model._validate import ISO_3166_ALPHA2
from breachmodel.sanitize import escapes
from breachmodel.scoping._mapping import ColumnMapping, ElementList, MappingError

__all__ = [
    "AGGREGATE_DIMS",
    "DUCKDB",
    "ISSUES",
    "LETTER_KINDS",
    "SPARK",
    "US_SUBDIVISIONS",
    "Dialect",
    "ScopeQuery",
    "minor_cutoff",
    "sql_string",
]

US_SUBDIVISIONS = frozenset(
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
        "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
        "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "UM",
        "VI",
    }
)  # fmt: skip
"""ISO 3166-2:US codes after ``US-``: the 50 states, the District of Columbia and the six
outlying areas (American Samoa, Guam, Northern Mariana Islands, Puerto Rico, the Minor
Outlying Islands, the US Virgin Islands). From memory of ISO 3166-2:US (NOT verified
against the standard's text, which is not freely published)."""

ISSUES = (
    "missing_person_id",
    "missing_controller",
    "missing_country",
    "bad_country",
    "bad_subdivision",
    "bad_birth_date",
    "bad_minor",
    "bad_kind",
    "bad_language",
)
"""Row-level problems, each counted (per controller) by the aggregate query."""

_FALSE = "('', 'FALSE', 'F', '0', 'NO', 'N', 'NONE', 'NULL')"
_TRUE = "('TRUE', 'T', '1', 'YES', 'Y')"


@frozen
class Dialect:
    """How one engine spells what SQL engines disagree on.

    Attributes:
        name: The engine's name.
        quote: Quote a column name.
        full_match: ``full_match(expression, pattern)``: a boolean SQL expression.
        hash64: ``hash64(expressions)``: a 64-bit hash of a comma-separated list.
        sort_to_screen: Whether repeated hashes are found by sorting them (each compared
            with the one before) rather than by counting the distinct ones. DuckDB sorts
            tens of millions of hashes in about half the time its hash table takes to
            count them; Spark would sort them in a single task.
        dictionary: ``dictionary(expression, values)``: the text expression typed so that
            the engine's Parquet writer stores it as a dictionary of ``values`` (every
            value it takes is among them) instead of hashing each row's text; the file
            holds the same text. None: the engine has no such type.
    """

    name: str
    quote: Callable[[str], str]
    full_match: Callable[[str, str], str]
    hash64: Callable[[str], str]
    sort_to_screen: bool = False
    dictionary: Callable[[str, Sequence[str]], str] | None = None


LETTER_KINDS = ("guardian_notice", "individual_notice")
"""The manifest's letter kinds: to a minor's guardian, or to the person."""


def sql_string(text: str) -> str:
    """``text`` as an SQL string literal, each quote doubled (DuckDB and Spark alike)."""
    return "'" + text.replace("'", "''") + "'"


def _enum(expr: str, values: Sequence[str]) -> str:
    """DuckDB: ``expr`` as an ENUM of ``values``, which its Parquet writer stores as they are."""
    return f"CAST({expr} AS ENUM({', '.join(sql_string(v) for v in values)}))"


DUCKDB = Dialect(
    "duckdb",
    lambda c: '"' + c.replace('"', '""') + '"',
    lambda e, p: f"regexp_full_match({e}, '{p}')",
    lambda e: f"hash({e})",
    sort_to_screen=True,
    dictionary=_enum,
)
SPARK = Dialect(
    "spark",
    lambda c: "`" + c.replace("`", "``") + "`",
    lambda e, p: f"({e} RLIKE '^{p}$')",
    lambda e: f"xxhash64({e})",
)


def minor_cutoff(on: date, adult_age: int) -> date:
    """The birth date after which a person is still a minor on ``on``.

    >>> minor_cutoff(date(2024, 2, 29), 18)
    datetime.date(2006, 2, 28)
    """
    try:
        return on.replace(year=on.year - adult_age)
    except ValueError:  # 29 February in a year that has none
        return on.replace(year=on.year - adult_age, day=28)


def _literal(value: str) -> str:
    if "'" in value or "\\" in value:
        msg = f"{value!r}: quotes and backslashes are not allowed in ids and codes"
        raise MappingError(msg)
    return f"'{value}'"


def _escaped(expr: str) -> str:
    r"""``expr`` with each control, bidi or invisible character written as a visible escape.

    As :func:`breachmodel.sanitize.one_line` writes them (``\n``, ``\x00``,
    ``\u202e``), in SQL that DuckDB and Spark read alike: the backslash is ``chr(92)``
    (Spark would read one in a literal as an escape), a character below U+0100 is named
    by ``chr`` (Spark's ``chr`` goes no higher), and one above is written in the literal.
    """
    for ch, shown in escapes():
        found = f"chr({ord(ch)})" if ord(ch) < 0x100 else f"'{ch}'"
        expr = f"REPLACE({expr}, {found}, chr(92) || '{shown[1:]}')"
    return expr


def _text(expr: str) -> str:
    return f"TRIM(CAST({expr} AS STRING))"


def _truthy(expr: str) -> str:
    """1 unless the value is missing or one of the false words (``no``, ``0``...).

    A value longer than the longest false word and without a space cannot be one once
    trimmed: it is 1 without the cost of trimming and upper-casing it (an e-mail column).
    """
    text = f"CAST({expr} AS STRING)"
    return (
        f"CASE WHEN {expr} IS NULL THEN 0 WHEN LENGTH({text}) > 5 AND {text} NOT LIKE '% %' "
        f"THEN 1 WHEN UPPER({_text(expr)}) IN {_FALSE} THEN 0 ELSE 1 END"
    )


def _blank(expr: str) -> str:
    """Whether a value is missing or only spaces, trimming only what starts with a space."""
    text = f"CAST({expr} AS STRING)"
    return (
        f"({expr} IS NULL OR {text} = '' OR (SUBSTRING({text}, 1, 1) = ' ' AND TRIM({text}) = ''))"
    )


def _in_list(values: Sequence[str]) -> str:
    return "(" + ", ".join(_literal(v) for v in sorted(values)) + ")"


@frozen(kw_only=True)
class ScopeQuery:
    """The scoping SQL for one mapping, one reference date and one dialect.

    Attributes:
        mapping: The column mapping.
        dialect: The engine's dialect.
        on: The date minors are counted on.
        adult_age: The age of majority.
        source: The name of the view that holds the table.
        types: Column name -> its type on the engine (lower case).
        merge_duplicates: Whether rows may repeat a person (found by :meth:`screen`):
            then people are merged person by person; otherwise the rows are grouped on
            their values before any check.
        ids_complete: Whether every row has a person id (found by :meth:`screen`): then
            the grouped rows need not read the person id at all.
    """

    mapping: ColumnMapping
    dialect: Dialect
    on: date
    adult_age: int = 18
    source: str = "breachmodel_people"
    types: Mapping[str, str] = field(factory=dict)
    merge_duplicates: bool = True
    ids_complete: bool = False

    def _col(self, name: str | None) -> str:
        return "NULL" if name is None else self.dialect.quote(name)

    def _birth(self) -> tuple[str, str]:
        """The birth date as a DATE, and whether the row gives one at all."""
        col = self.mapping.birth_date
        if col is not None and self.types.get(col) == "date":
            return self._col(col), f"{self._col(col)} IS NOT NULL"
        text = _text(self._col(col))
        return f"TRY_CAST(SUBSTRING({text}, 1, 10) AS DATE)", f"NULLIF({text}, '') IS NOT NULL"

    def _ids(self) -> list[str]:
        """The person id and the controller, trimmed (empty as NULL)."""
        m, c = self.mapping, self._col
        controller = (
            f"NULLIF({_text(c(m.controller_id))}, '')"
            if m.controller_id is not None
            else _literal(m.default_controller or "")
        )
        return [
            f"NULLIF({_text(c(m.person_id))}, '') AS person_id",
            f"{controller} AS controller_id",
        ]

    def _categorical(self) -> list[str]:
        """The mapped columns of few distinct values, grouped on as they are."""
        m = self.mapping
        cols = (m.controller_id, m.country, m.subdivision, m.minor, m.language, m.kind)
        return list(dict.fromkeys(c for c in cols if c is not None and c != m.person_id))

    def _birth_code(self) -> str:
        """The birth date read once per row as one code.

        0: not given; 1: given but unreadable, in the future or before 1880; 2: an adult
        on the reference date; 3: a minor on it. Grouping on this code instead of the
        date keeps the groups few; :meth:`_raw` turns it back into 0/1 columns.
        """
        birth, given = self._birth()
        on = self.on.isoformat()
        cutoff = minor_cutoff(self.on, self.adult_age).isoformat()
        ok = f"{birth} IS NOT NULL AND {birth} <= DATE '{on}' AND {birth} >= DATE '1880-01-01'"
        return (
            f"CASE WHEN NOT ({given}) THEN 0 WHEN {ok} THEN "
            f"(CASE WHEN {birth} > DATE '{cutoff}' THEN 3 ELSE 2 END) ELSE 1 END"
        )

    def _flag_columns(self) -> list[tuple[str, str, bool]]:
        """Each channel or element flag: (its name, what is read on every row, read as is).

        A boolean column has three values at most: it is grouped on as it is and made 0/1
        in :meth:`_raw`, after grouping; any other column is tested on every row.
        """
        m, e = self.mapping, self.mapping.elements
        cols = [(f"ch_{i}", c) for i, c in enumerate(m.channels.values())]
        if not isinstance(e, ElementList):
            cols += [(f"el_{i}", e[x]) for i, x in enumerate(m.element_names)]
        out = [
            (n, self._col(c), True)
            if self.types.get(c) == "boolean"
            else (n, _truthy(self._col(c)), False)
            for n, c in cols
        ]
        if isinstance(e, ElementList):
            out += [(f"el_{i}", self._element(e, x), False) for i, x in enumerate(m.element_names)]
        return out

    def _per_row(self) -> list[str]:
        """What is read on every row: the birth date's code, the channel and element flags."""
        return [
            f"{self._birth_code()} AS birth",
            *(f"{expr} AS {name}" for name, expr, _raw in self._flag_columns()),
        ]

    def _flags_after(self) -> list[str]:
        """The flags as 0/1 columns, from what :meth:`_per_row` read."""
        return [
            f"CASE WHEN {n} THEN 1 ELSE 0 END AS {n}" if raw else n
            for n, _expr, raw in self._flag_columns()
        ]

    def _rows(self, *, grouped: bool) -> str:
        """The table's rows, or (``grouped``) its rows grouped on their values.

        Grouped, every row is taken as one person (no person id repeats): the person id
        is kept only as present or missing (not read at all when every row has one), and
        each group carries its number of rows as its ``weight``, so that the checks run
        once per distinct combination of values.
        """
        person = self._col(self.mapping.person_id)
        cols = [self._col(c) for c in self._categorical()]
        per_row = self._per_row()
        if not grouped:
            return f"SELECT {', '.join([person, *cols, *per_row])}, 1 AS weight FROM {self.source}"
        keys = [*cols, *per_row]
        if not self.ids_complete:
            keys.insert(0, f"CASE WHEN {_blank(person)} THEN NULL ELSE 'id' END AS {person}")
        ordinals = ", ".join(str(k) for k in range(1, len(keys) + 1))
        grouped_rows = (
            f"SELECT {', '.join(keys)}, COUNT(*) AS weight FROM {self.source} GROUP BY {ordinals}"
        )
        if not self.ids_complete:
            return grouped_rows
        return f"SELECT 'id' AS {person}, g.* FROM ({grouped_rows}) g"

    def _raw(self) -> str:
        m, c = self.mapping, self._col
        parts = [
            *self._ids(),
            f"CASE UPPER({_text(c(m.country))}) WHEN 'EL' THEN 'GR' WHEN 'UK' THEN 'GB' "
            f"ELSE NULLIF(UPPER({_text(c(m.country))}), '') END AS country_raw",
            f"NULLIF(UPPER({_text(c(m.subdivision))}), '') AS sub_raw",
            f"NULLIF(UPPER({_text(c(m.minor))}), '') AS minor_raw",
            f"NULLIF(LOWER({_text(c(m.language))}), '') AS lang_raw",
            f"NULLIF(LOWER({_text(c(m.kind))}), '') AS kind_raw",
            "CASE WHEN birth > 0 THEN 1 ELSE 0 END AS birth_given",
            "CASE WHEN birth > 1 THEN 1 ELSE 0 END AS birth_ok",
            "CASE WHEN birth = 3 THEN 1 WHEN birth = 2 THEN 0 END AS birth_minor",
            *self._flags_after(),
            "weight",
        ]
        return f"SELECT {', '.join(parts)} FROM table_rows"

    def _element(self, e: ElementList, name: str) -> str:
        token, col = _literal(e.values[name]), self._col(e.column)
        if e.separator is None:
            return f"CASE WHEN array_contains({col}, {token}) THEN 1 ELSE 0 END"
        sep = _literal(e.separator)
        hay = f"{sep} || REPLACE(CAST({col} AS STRING), ' ', '') || {sep}"
        return f"CASE WHEN INSTR({hay}, {sep} || {token} || {sep}) > 0 THEN 1 ELSE 0 END"

    def _subdivision(self) -> tuple[str, str]:
        """The subdivision written in full (``CA`` -> ``US-CA``), and its validity test."""
        full = (
            "CASE WHEN n.sub_raw IS NULL THEN NULL WHEN INSTR(n.sub_raw, '-') > 0 THEN n.sub_raw "
            "ELSE n.country_raw || '-' || n.sub_raw END"
        )
        us = _in_list([f"US-{s}" for s in US_SUBDIVISIONS])
        shape = self.dialect.full_match("sub", "[A-Z]{2}-[A-Z0-9]{1,3}")
        valid = (
            f"sub IS NOT NULL AND country IS NOT NULL AND {shape} "
            f"AND SUBSTRING(sub, 1, 3) = country || '-' "
            f"AND (country <> 'US' OR sub IN {us})"
        )
        return full, valid

    def _checks(self) -> str:
        """Each validity test evaluated once per row (or group of rows), as a 0/1 column."""
        countries = _in_list(sorted(ISO_3166_ALPHA2))
        kinds = _in_list([k.value for k in SubjectKind])
        minor = f"minor_raw IN {_TRUE} OR minor_raw IN {_FALSE}"
        tests = {
            "country_ok": f"country_raw IN {countries}",
            "kind_ok": f"kind_raw IN {kinds}",
            "lang_ok": f"lang_raw IS NOT NULL AND {self.dialect.full_match('lang_raw', '[a-z]{2,3}')}",
            "minor_ok": minor,
        }
        cols = ", ".join(f"CASE WHEN {t} THEN 1 ELSE 0 END AS {n}" for n, t in tests.items())
        full, _valid = self._subdivision()
        return f"SELECT n.*, {full} AS sub, {cols} FROM raw n"

    def _norm(self) -> str:
        m = self.mapping
        if m.minor is not None:
            minor = f"CASE WHEN minor_raw IN {_TRUE} THEN 1 WHEN minor_raw IN {_FALSE} THEN 0 END"
        else:
            minor = "birth_minor"
        flags = {
            "missing_person_id": "person_id IS NULL",
            "missing_controller": "controller_id IS NULL",
            "missing_country": "country_raw IS NULL" if m.country else "1 = 0",
            "bad_country": "country_raw IS NOT NULL AND country_ok = 0",
            "bad_subdivision": "sub IS NOT NULL AND sub_ok = 0",
            "bad_birth_date": "birth_given = 1 AND birth_ok = 0",
            "bad_minor": "minor_raw IS NOT NULL AND minor_ok = 0",
            "bad_kind": "kind_raw IS NOT NULL AND kind_ok = 0",
            "bad_language": "lang_raw IS NOT NULL AND lang_ok = 0",
        }
        cols = [
            "person_id",
            "controller_id",
            "country",
            "CASE WHEN sub_ok = 1 THEN sub END AS subdivision",
            f"{minor} AS minor",
            f"CASE WHEN kind_ok = 1 THEN kind_raw ELSE {_literal(m.default_kind)} END AS kind",
            f"CASE WHEN lang_ok = 1 THEN lang_raw ELSE {self._default_language()} END AS language",
            *(f"CASE WHEN {cond} THEN 1 ELSE 0 END AS {name}" for name, cond in flags.items()),
            *self._flag_names(),
            "weight",
        ]
        _full, valid = self._subdivision()
        return (
            f"SELECT {', '.join(cols)} FROM (SELECT c.*, CASE WHEN {valid} THEN 1 ELSE 0 END "
            "AS sub_ok FROM (SELECT k.*, CASE WHEN country_ok = 1 THEN country_raw END AS country "
            "FROM checks k) c) v"
        )

    def _default_language(self) -> str:
        m = self.mapping
        default = _literal(m.default_language) if m.default_language else "CAST(NULL AS STRING)"
        if not m.languages:
            return default
        cases = " ".join(
            f"WHEN {_literal(k)} THEN {_literal(v)}" for k, v in sorted(m.languages.items())
        )
        return f"CASE country {cases} ELSE {default} END"

    def _flag_names(self) -> list[str]:
        m = self.mapping
        return [f"ch_{i}" for i in range(len(m.channels))] + [
            f"el_{i}" for i in range(len(m.element_names))
        ]

    def _persons(self) -> str:
        flags = self._flag_names()
        if not self.merge_duplicates:
            keep = ", ".join(["person_id", "controller_id", *_DIMS, *ISSUES, *flags, "weight"])
            return f"SELECT {keep}, 1 AS n_rows FROM norm"
        merged = [f"MIN({d}) AS {d}" for d in _DIMS if d != "minor"]
        merged += ["MAX(minor) AS minor"]
        merged += [f"SUM({i}) AS {i}" for i in ISSUES]
        merged += [f"MAX({f}) AS {f}" for f in flags]
        return (
            f"SELECT person_id, controller_id, COUNT(*) AS n_rows, 1 AS weight, "
            f"{', '.join(merged)} FROM norm GROUP BY controller_id, person_id"
        )

    def _derived(self, alias: str = "") -> tuple[str, str, str]:
        """The first usable channel, the channel set and the element set, from the flags."""
        m, a = self.mapping, alias
        names = list(m.channels)
        if names:
            first = " ".join(f"WHEN {a}ch_{i} = 1 THEN {_literal(n)}" for i, n in enumerate(names))
            channel = f"CASE {first} ELSE 'none' END"
            channels = self._set(f"{a}ch", names)
        else:
            channel = channels = "CAST(NULL AS STRING)"
        elements = (
            self._set(f"{a}el", list(m.element_names))
            if m.element_names
            else "CAST(NULL AS STRING)"
        )
        return channel, channels, elements

    def _people(self) -> str:
        rejected = "CASE WHEN person_id IS NULL OR controller_id IS NULL THEN 1 ELSE 0 END"
        return f"SELECT persons.*, {rejected} AS rejected FROM persons"

    @staticmethod
    def _set(prefix: str, names: list[str]) -> str:
        items = ", ".join(
            f"CASE WHEN {prefix}_{i} = 1 THEN {_literal(n)} END" for i, n in enumerate(names)
        )
        return f"concat_ws(',', {items})"

    def people(self, *, grouped: bool = False) -> str:
        """The common table expressions that end in ``people``, one row per person.

        With ``grouped`` (counts only, where no person id repeats), one row per group of
        people whose rows hold the same values, weighted by its number of people.
        """
        return (
            f"WITH table_rows AS ({self._rows(grouped=grouped)}), raw AS ({self._raw()}), "
            f"checks AS ({self._checks()}), "
            f"norm AS ({self._norm()}), "
            f"persons AS ({self._persons()}), people AS ({self._people()}) "
        )

    def _pair(self) -> tuple[str, str]:
        """The person id and the controller as text, untrimmed."""
        m = self.mapping
        pid = f"CAST({self._col(m.person_id)} AS STRING)"
        ctl = (
            f"CAST({self._col(m.controller_id)} AS STRING)"
            if m.controller_id is not None
            else _literal(m.default_controller or "")
        )
        return pid, ctl

    def _padded(self) -> str:
        """Whether the person id or the controller starts or ends with a space."""
        return " OR ".join(f"{x} LIKE ' %' OR {x} LIKE '% '" for x in self._pair())

    def quick_screen(self) -> str:
        """One row: how many rows the quick screen cannot vouch for, and how many repeat.

        Both 0 prove that every row has a person id and a controller and that no
        (controller, person id) pair repeats: each pair is hashed as it is, and distinct
        hashes prove distinct pairs. A row whose id or controller is missing, empty, or
        starts or ends with a space (trimming could make it equal to another) is not
        hashed but counted in the first figure; any figure but 0 calls for :meth:`screen`.
        The hashes are sorted and each compared with the one before, or counted against
        their distinct values (see :attr:`Dialect.sort_to_screen`).
        """
        pid, ctl = self._pair()
        good = f"{pid} <> '' AND {ctl} <> '' AND NOT ({self._padded()})"
        hashes = (
            f"SELECT CASE WHEN {good} THEN {self.dialect.hash64(f'{ctl}, {pid}')} END AS h "
            f"FROM {self.source}"
        )
        unsure = "CAST(COUNT(*) - COUNT(h) AS BIGINT)"
        if not self.dialect.sort_to_screen:
            return (
                f"SELECT {unsure}, CAST(COUNT(h) - COUNT(DISTINCT h) AS BIGINT) FROM ({hashes}) k"
            )
        return (
            f"SELECT {unsure}, CAST(SUM(CASE WHEN h = before THEN 1 ELSE 0 END) AS BIGINT) "
            f"FROM (SELECT h, LAG(h) OVER (ORDER BY h) AS before FROM ({hashes}) k) s"
        )

    def screen(self) -> str:
        """One row: how many rows may repeat a person, and how many have no person id.

        The detailed screen, run when :meth:`quick_screen` cannot vouch for every row.
        The first figure is 0 only if no (controller, person id) pair repeats. It is
        cheaper than grouping on the ids themselves: the pair is hashed as it is (equal
        pairs hash alike, so distinct hashes prove distinct pairs) and the rows are
        counted against their distinct hashes. An id or controller that starts or ends
        with a space, which trimming could make equal to another, adds to it instead of
        being trimmed on every row. Any figure but 0 (a repeated person, a padded id, or
        rarely two pairs that share a hash) sends the counts down the exact merge on the
        trimmed ids. The second figure counts the rows whose id is missing or empty;
        only when it is 0 may the counts leave the id unread.
        """
        pid, ctl = self._pair()
        present = f"{pid} <> '' AND {ctl} <> ''"
        padded = self._padded()
        key = self.dialect.hash64(f"{ctl}, {pid}")
        return (
            f"SELECT CAST(COUNT(h) - COUNT(DISTINCT h) + SUM(padded) AS BIGINT), "
            f"CAST(SUM(missing) AS BIGINT) FROM (SELECT CASE WHEN {present} THEN {key} END AS h, "
            f"CASE WHEN {present} AND ({padded}) THEN 1 ELSE 0 END AS padded, "
            f"CASE WHEN {pid} IS NULL OR {pid} = '' THEN 1 ELSE 0 END AS missing "
            f"FROM {self.source}) k"
        )

    def aggregate(self) -> str:
        """Counts per controller x kind x country x subdivision x elements x minor x channel.

        People are grouped on their 0/1 flags first; the channel and element sets are
        spelled out on the groups, not on every person. Where no person id repeats
        (``merge_duplicates`` off), the rows are grouped on their raw values before any
        check, so the checks run once per distinct combination of values.
        """
        keys = ", ".join(["controller_id", "kind", "country", "subdivision", "minor", "language"])
        flags = ", ".join(self._flag_names())
        by = f"{keys}, {flags}" if flags else keys
        sums = {
            "people": "(1 - rejected) * weight",
            "row_count": "n_rows * weight",
            "rejected_rows": "rejected * n_rows * weight",
            "duplicate_rows": "(1 - rejected) * (n_rows - 1) * weight",
            **{i: f"{i} * weight" for i in ISSUES},
        }
        # BIGINT, not the engine's wider sum type: DuckDB hands a HUGEINT to Python
        # several times slower than a BIGINT.
        counts = ", ".join(f"CAST(SUM({e}) AS BIGINT) AS {n}" for n, e in sums.items())
        channel, channels, elements = self._derived()
        grouped = f"SELECT {by}, {counts} FROM people GROUP BY {by}"
        issues = ", ".join(ISSUES)
        people = self.people(grouped=not self.merge_duplicates)
        return (
            f"{people}SELECT controller_id, kind, country, subdivision, {elements}, minor, "
            f"{channel}, {channels}, language, people, row_count, rejected_rows, "
            f"duplicate_rows, {issues} FROM ({grouped}) g"
        )

    def manifest_domains(self) -> str:
        """The distinct kinds, countries, subdivisions and languages of the table's rows.

        Rejected rows are included, and a person whose rows are merged takes one of its
        rows' values (the least), so every value of these columns the manifest writes is
        among them (see :meth:`manifest`'s ``domains``). The rows are grouped on their
        values before they are checked, as for the counts, so the checks run once per
        distinct combination.
        """
        rows = attrs.evolve(self, merge_duplicates=False)  # every row's own values
        return (
            f"{rows.people(grouped=True)}SELECT DISTINCT p.kind, p.country, p.subdivision, "
            "p.language FROM people p"
        )

    def manifest(
        self,
        obligations: str,
        *,
        guard_formulas: bool = False,
        domains: Mapping[str, Sequence[str]] | None = None,
    ) -> str:
        """One row per person and obligation, from the obligations view of that name.

        With ``guard_formulas`` (for CSV), a person id that a spreadsheet would read as a
        formula is written with a leading apostrophe. ``domains`` gives, for some text
        columns, every value they take (see :meth:`manifest_domains`); with an engine
        that has a dictionary type (:attr:`Dialect.dictionary`), those columns are typed
        with it, which writes the same text to Parquet at a fraction of the cost.
        """
        minor = "CASE WHEN p.minor = 1 THEN TRUE WHEN p.minor = 0 THEN FALSE END"
        guardian, individual = (_literal(k) for k in LETTER_KINDS)
        letter = f"CASE WHEN p.minor = 1 THEN {guardian} ELSE {individual} END"
        channel, _channels, elements = self._derived("p.")
        person = "p.person_id"
        if guard_formulas:
            starts = "('=', '+', '-', '@', chr(9), chr(13))"
            shown = _escaped("p.person_id")
            person = (
                f"CASE WHEN SUBSTRING(p.person_id, 1, 1) IN {starts} "
                f"THEN chr(39) || {shown} ELSE {shown} END"
            )
        exprs = {
            "controller_id": "p.controller_id",
            "person_id": person,
            "regime": "o.regime",
            "obligation": "o.obligation",
            "outcome": "o.outcome",
            "letter_kind": letter,
            "language": "p.language",
            "channel": channel,
            "deadline_utc": "CAST(o.deadline_utc AS TIMESTAMP)",
            "deadline_rule": "o.deadline_rule",
            "reason": "o.reason",
            "kind": "p.kind",
            "country": "p.country",
            "subdivision": "p.subdivision",
            "minor": minor,
            "elements": elements,
        }
        typed = self.dialect.dictionary
        if domains and typed is not None:
            exprs = {n: typed(e, domains[n]) if domains.get(n) else e for n, e in exprs.items()}
        cols = [f"{e} AS {n}" for n, e in exprs.items()]
        on = (
            "o.controller_id = p.controller_id AND (o.territory IS NULL "
            "OR o.territory = p.country OR o.territory = p.subdivision)"
        )
        return (
            f"{self.people()}SELECT {', '.join(cols)} FROM people p "
            f"JOIN {obligations} o ON {on} WHERE p.rejected = 0"
        )


_DIMS = ("country", "subdivision", "minor", "kind", "language")
AGGREGATE_DIMS = (
    "controller_id",
    "kind",
    "country",
    "subdivision",
    "elements",
    "minor",
    "channel",
    "channels",
    "language",
)
"""The columns the aggregate groups by, in the order its rows give them."""
