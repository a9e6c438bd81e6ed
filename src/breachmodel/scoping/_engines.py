"""The engines the scoping query runs on: DuckDB in process, or Apache Spark.

Both are optional extras (``pip install 'breachmodel[scale]'`` for DuckDB;
``breachmodel[spark]`` for Spark, which needs a Java runtime). An engine reads the member
table as a view, takes a small table of rows (the obligations), runs a query and returns
its rows, or writes a query's result as partitioned Parquet or CSV without bringing it
into Python.
"""

from __future__ import annotations

import contextlib
import importlib
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from attrs import frozen

from breachmodel.errors import BreachModelError
from breachmodel.scoping._sql import DUCKDB, SPARK, Dialect, sql_string

__all__ = [
    "ENGINES",
    "DuckDBEngine",
    "Engine",
    "EngineUnavailableError",
    "ScopeError",
    "SparkEngine",
    "TableSource",
    "open_engine",
]

ENGINES = ("duckdb", "spark")
"""The engines :func:`open_engine` knows."""

_FORMATS = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "json",
    ".ndjson": "json",
    ".json": "json",
}


class ScopeError(BreachModelError, ValueError):
    """A member table that cannot be scoped: the message says what and how to fix it."""


class EngineUnavailableError(BreachModelError, ImportError):
    """The engine's package is not installed; the message names the extra to install."""


@frozen(kw_only=True)
class TableSource:
    """Where the member table is: a file (or a folder of Parquet files), or a table.

    Attributes:
        location: A path, or the name of a table the engine already has.
        format: ``parquet``, ``csv``, ``json`` (JSON Lines) or ``table``; None infers it
            from the file's suffix (a folder is read as Parquet).
    """

    location: str
    format: str | None = None

    def resolved(self) -> str:
        """The format, inferred when not given."""
        if self.format is not None:
            if self.format not in {*_FORMATS.values(), "table"}:
                msg = f"format {self.format!r}: use parquet, csv, json or table"
                raise ScopeError(msg)
            return self.format
        path = Path(self.location)
        if path.is_dir():
            return "parquet"
        if not path.exists():
            msg = f"the member table {self.location!r} does not exist"
            raise ScopeError(msg)
        found = _FORMATS.get(path.suffix.lower())
        if found is None:
            msg = f"cannot tell the format of {path.name!r}: give parquet, csv or json"
            raise ScopeError(msg)
        return found


_CSV = "header = true, all_varchar = true, quote = '\"', escape = '\"'"
"""How DuckDB reads a CSV file: a header, every column as text, and RFC 4180 quoting.

The quote and its escape are given, not sniffed: the sniffer looks at the first rows
only, and a file whose first quoted field comes later (the manifest's rules, which hold
commas, only for the people of some states) would be split at the commas inside it.
The delimiter is still sniffed.
"""


class Engine(Protocol):
    """What the scoping needs from an engine."""

    dialect: Dialect

    def load(self, source: TableSource, view: str) -> dict[str, str]:
        """Expose the table as ``view``; return its columns and their types (lower case)."""

    def register(self, view: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Expose a small table of text columns as ``view``."""

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """Run a query and return its rows."""

    def write(self, sql: str, out: Path, *, partition_by: str, fmt: str) -> int:
        """Write a query's rows under ``out``, partitioned; return how many were written."""

    def close(self) -> None:
        """Release the engine."""


def _import(module: str, extra: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        msg = f"the {module} engine is not installed: pip install 'breachmodel[{extra}]'"
        raise EngineUnavailableError(msg) from None


class DuckDBEngine:
    """DuckDB, in process: the default engine.

    Args:
        threads: Worker threads (None: DuckDB's default, one per core).
        memory_limit: DuckDB's memory limit, e.g. ``"2GB"``; larger work spills to disk.
        temp_directory: Where DuckDB spills (None: its default).
    """

    dialect = DUCKDB

    def __init__(
        self,
        *,
        threads: int | None = None,
        memory_limit: str | None = None,
        temp_directory: str | None = None,
    ) -> None:
        duckdb = _import("duckdb", "scale")
        config: dict[str, Any] = {"preserve_insertion_order": False}
        if threads is not None:
            config["threads"] = threads
        if memory_limit is not None:
            config["memory_limit"] = memory_limit
        if temp_directory is not None:
            config["temp_directory"] = temp_directory
        self._error = duckdb.Error
        self.con = duckdb.connect(":memory:", config=config)
        self.con.execute("SET enable_progress_bar = false")

    def _run(self, sql: str) -> Any:
        try:
            return self.con.execute(sql)
        except self._error as exc:
            raise ScopeError(f"the engine refused the query: {exc}") from None

    def load(self, source: TableSource, view: str) -> dict[str, str]:
        fmt, loc = source.resolved(), source.location
        hive = ""
        if fmt != "table" and Path(loc).is_dir():
            loc, hive = str(Path(loc) / "**" / f"*.{fmt}"), ", hive_partitioning = true"
        reader = {
            "parquet": f"read_parquet({sql_string(loc)}{hive})",
            "csv": f"read_csv({sql_string(loc)}, {_CSV}{hive})",
            "json": f"read_json({sql_string(loc)}, format = 'newline_delimited'{hive})",
            "table": DUCKDB.quote(loc),
        }[fmt]
        self._run(f"CREATE OR REPLACE TEMP VIEW {view} AS SELECT * FROM {reader}")
        described = self._run(f"DESCRIBE {view}").fetchall()
        return {str(r[0]): str(r[1]).lower() for r in described}

    def register(self, view: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        cols = ", ".join(f"{c} VARCHAR" for c in columns)
        self._run(f"CREATE OR REPLACE TEMP TABLE {view} ({cols})")
        if rows:
            marks = ", ".join("?" for _ in columns)
            self.con.executemany(f"INSERT INTO {view} VALUES ({marks})", [list(r) for r in rows])

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self._run(sql).fetchall()]

    def write(self, sql: str, out: Path, *, partition_by: str, fmt: str) -> int:
        options = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT CSV, HEADER"
        out.parent.mkdir(parents=True, exist_ok=True)
        found = self._run(
            f"COPY ({sql}) TO {sql_string(str(out))} "
            f"({options}, PARTITION_BY ({partition_by}), OVERWRITE_OR_IGNORE)"
        ).fetchall()
        return int(found[0][0]) if found else 0

    def close(self) -> None:
        self.con.close()


class SparkEngine:
    """Apache Spark (local mode by default) for tables that outgrow one machine.

    Args:
        master: The Spark master URL (default ``local[2]``); a cluster's URL to scale out.
        session: An existing SparkSession to use (then it is not stopped on close).
    """

    dialect = SPARK

    def __init__(self, *, master: str = "local[2]", session: Any = None) -> None:
        sql = _import("pyspark.sql", "spark")
        self._own = session is None
        self.spark = session or (
            sql.SparkSession.builder.master(master)
            .appName("breachmodel-scope")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate()
        )
        if self._own:
            self.spark.sparkContext.setLogLevel("ERROR")

    def _df(self, sql: str) -> Any:
        try:
            return self.spark.sql(sql)
        except Exception as exc:  # Spark raises its own analysis/parse exceptions
            raise ScopeError(f"the engine refused the query: {exc}") from None

    def load(self, source: TableSource, view: str) -> dict[str, str]:
        fmt, loc, read = source.resolved(), source.location, self.spark.read
        if fmt == "table":
            df = self.spark.table(loc)
        elif fmt == "csv":
            df = read.option("header", "true").csv(loc)  # every column as text
        else:
            df = getattr(read, fmt)(loc)
        df.createOrReplaceTempView(view)
        return {name: str(t).lower() for name, t in df.dtypes}

    def register(self, view: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        schema = ", ".join(f"{c} STRING" for c in columns)
        with warnings.catch_warnings():  # PySpark warns about the pandas version it finds
            warnings.simplefilter("ignore", FutureWarning)
            df = self.spark.createDataFrame([tuple(r) for r in rows], schema)
        df.createOrReplaceTempView(view)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self._df(sql).collect()]

    def write(self, sql: str, out: Path, *, partition_by: str, fmt: str) -> int:
        writer = self._df(sql).write.mode("overwrite").partitionBy(partition_by)
        if fmt == "csv":
            writer.option("header", "true").csv(str(out))
            return int(self.spark.read.option("header", "true").csv(str(out)).count())
        writer.parquet(str(out))
        return int(self.spark.read.parquet(str(out)).count())

    def close(self) -> None:
        if self._own:
            self.spark.stop()


@contextlib.contextmanager
def open_engine(engine: str | Engine = "duckdb", **options: Any) -> Iterator[Engine]:
    """Open an engine by name (``duckdb`` or ``spark``) and close it afterwards.

    An engine object passed in is used as it is and left open.

    Raises:
        ScopeError: If the name is not an engine's.
        EngineUnavailableError: If the engine's package is not installed.
    """
    if not isinstance(engine, str):
        yield engine
        return
    kinds = {"duckdb": DuckDBEngine, "spark": SparkEngine}
    if engine not in kinds:
        msg = f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}"
        raise ScopeError(msg)
    opened: Engine = kinds[engine](**options)
    try:
        yield opened
    finally:
        opened.close()
