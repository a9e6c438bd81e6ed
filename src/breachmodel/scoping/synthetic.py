"""A synthetic member table shaped like the reference case, for examples and benchmarks.

Every value is derived from the row number and a seed by hashing, inside DuckDB, so that
a 33-million-row table is written straight to Parquet without passing through Python,
and the same seed always gives the same table. The shape follows the reference case:
dozens of insurers of very different sizes, most members in France, a few in other EU
countries and in US states, a share of minors, of people without a postal address (more
for insurers of group contracts), and the data elements the breach exposed.

Entirely invented: no row describes a real person.

>>> from pathlib import Path
>>> import tempfile
>>> out = Path(tempfile.mkdtemp()) / "members.parquet"
>>> write_synthetic_members(out, 1_000, seed=1) == out
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from breachmodel.scoping._engines import DuckDBEngine
from breachmodel.scoping._mapping import ColumnMapping

__all__ = ["SYNTHETIC_MAPPING", "default_controllers", "synthetic_sql", "write_synthetic_members"]

_COUNTRIES = (("FR", 0.93), ("BE", 0.02), ("DE", 0.01), ("LU", 0.01), ("ES", 0.01), ("US", 0.02))
_STATES = ("CA", "NY", "TX", "FL", "MA", "IL", "WA", "PR", "DC", "GU", "VI", "NJ")
_LANG = {"FR": "fr", "BE": "fr", "DE": "de", "LU": "fr", "ES": "es", "US": "en"}

SYNTHETIC_MAPPING = ColumnMapping(
    person_id="member_id",
    controller_id="insurer",
    country="country",
    subdivision="state",
    birth_date="birth_date",
    language="language",
    kind="kind",
    channels={"postal": "has_address", "email": "email"},
    elements={
        "identity": "identity_exposed",
        "date_of_birth": "birth_date_exposed",
        "national_id": "nir_exposed",
        "insurance_contract": "contract_exposed",
    },
    default_kind="insured_persons",
    languages=dict(_LANG),
)
"""The mapping of the tables this module writes."""


def default_controllers(n: int = 40) -> tuple[tuple[str, float], ...]:
    """``n`` invented insurers, ``insurer-01``..., sized like a Zipf law (1/k)."""
    return tuple((f"insurer-{k:02d}", 1.0 / k) for k in range(1, n + 1))


def _u(i: str, seed: int, k: int) -> str:
    """A uniform number in [0, 1) from the row number, the seed and a stream number."""
    return f"((hash({i}, {seed}, {k}) % 1000003) / 1000003.0)"


def _pick(u: str, choices: Sequence[tuple[str, float]]) -> str:
    total = sum(w for _c, w in choices)
    acc, parts = 0.0, []
    for value, weight in choices[:-1]:
        acc += weight / total
        parts.append(f"WHEN {u} < {acc!r} THEN '{value}'")
    return f"CASE {' '.join(parts)} ELSE '{choices[-1][0]}' END"


def synthetic_sql(
    rows: int,
    *,
    seed: int = 0,
    controllers: Sequence[tuple[str, float]] | None = None,
    without_address: Mapping[str, float] | None = None,
) -> str:
    """The DuckDB query that generates the table (see :func:`write_synthetic_members`)."""
    ctl = controllers or default_controllers()
    for cid, _w in ctl:
        if "'" in cid:
            msg = f"controller id {cid!r}: quotes are not allowed"
            raise ValueError(msg)
    no_addr = dict(without_address or {})
    no_addr_case = " ".join(f"WHEN '{c}' THEN {s!r}" for c, s in no_addr.items() if "'" not in c)
    share = f"CASE insurer {no_addr_case} ELSE 0.04 END" if no_addr_case else "0.04"
    langs = " ".join(f"WHEN '{c}' THEN '{lang}'" for c, lang in _LANG.items())
    states = ", ".join(f"'{s}'" for s in _STATES)
    inner = (
        f"SELECT i, {_pick(_u('i', seed, 1), ctl)} AS insurer, "
        f"{_pick(_u('i', seed, 2), _COUNTRIES)} AS country FROM range({int(rows)}) t(i)"
    )
    return f"""
SELECT
  'M' || lpad(CAST(i AS VARCHAR), 9, '0') AS member_id,
  insurer,
  CASE WHEN {_u("i", seed, 3)} < 0.3 THEN 'beneficiaries' ELSE 'insured_persons' END AS kind,
  country,
  CASE WHEN country = 'US' THEN [{states}][CAST(1 + hash(i, {seed}, 4) % {len(_STATES)} AS BIGINT)] END AS state,
  DATE '1930-01-01' + CAST(hash(i, {seed}, 5) % 34000 AS INTEGER) AS birth_date,
  CASE country {langs} END AS language,
  {_u("i", seed, 6)} >= {share} AS has_address,
  CASE WHEN {_u("i", seed, 7)} < 0.55 THEN 'member' || i || '@example.org' END AS email,
  TRUE AS identity_exposed,
  TRUE AS birth_date_exposed,
  country = 'FR' AS nir_exposed,
  {_u("i", seed, 8)} < 0.8 AS contract_exposed
FROM ({inner})
"""


def write_synthetic_members(
    path: str | Path,
    rows: int,
    *,
    seed: int = 0,
    controllers: Sequence[tuple[str, float]] | None = None,
    without_address: Mapping[str, float] | None = None,
    threads: int | None = None,
) -> Path:
    """Write a synthetic member table as one Parquet file (needs the ``scale`` extra).

    Args:
        path: The file to write.
        rows: How many rows (33 million for the reference case's size).
        seed: Another seed gives another table.
        controllers: (controller id, relative size) pairs; default
            :func:`default_controllers`.
        without_address: Controller id -> share of its members without a postal address
            (default 4 % for every controller).
        threads: DuckDB's threads (None: its default).

    Returns:
        The path written. Columns: see :data:`SYNTHETIC_MAPPING`.
    """
    out = Path(path)
    sql = synthetic_sql(rows, seed=seed, controllers=controllers, without_address=without_address)
    engine = DuckDBEngine(threads=threads)
    try:
        engine.con.execute(
            f"COPY ({sql}) TO '{str(out).replace(chr(39), chr(39) * 2)}' (FORMAT PARQUET)"
        )
    finally:
        engine.close()
    return out
