"""Small member tables written as CSV, and the mapping that reads them."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from breachmodel.scoping import ColumnMapping

HEADER = ("member", "insurer", "country", "state", "dob", "lang", "kind", "address", "email", "nir")

MAPPING = ColumnMapping(
    person_id="member",
    controller_id="insurer",
    country="country",
    subdivision="state",
    birth_date="dob",
    language="lang",
    kind="kind",
    channels={"postal": "address", "email": "email"},
    elements={"national_id": "nir"},
    languages={"FR": "fr", "BE": "fr"},
    default_language="en",
    default_kind="insured_persons",
)

ROWS = [
    ("p1", "ins-a", "FR", None, "2010-05-01", "fr", "beneficiaries", "1", "x@example.org", "1"),
    ("p1", "ins-a", "fr", None, "2010-05-01", None, "beneficiaries", "0", None, "0"),
    ("p2", "ins-a", "XX", None, "notadate", "zz9", "aliens", "0", None, "1"),
    (None, "ins-a", "FR", None, "1990-01-01", "fr", None, "1", None, "1"),
    ("p3", "ins-b", "US", "CA", "1990-01-01", "en", None, "1", None, "0"),
    ("p4", "ins-b", "US", "US-ZZ", "1990-01-01", None, None, "yes", None, "0"),
    ("p5", None, "BE", None, "1990-01-01", None, None, "1", None, "0"),
    ("p6", "ins-b", "EL", None, "2030-01-01", None, None, "no", "", "0"),
]
"""A messy table: a duplicate, a missing id, a missing controller, bad values of each kind."""


def write_csv(path: Path, rows: Iterable[Sequence[object]], header: Sequence[str] = HEADER) -> Path:
    """Write rows under a header; None is written as an empty cell."""
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
    return path


SCOPED_INCIDENT = "examples/viamedis-almerys-processor.json"
"""The processor incident that the command-line tests scope."""

SCOPED_AS_OF = "2024-02-02T12:00:00+01:00"
"""The ``--as-of`` of those tests."""

SYNTHETIC_MAPPING = """
[columns]
person_id = "member_id"
controller_id = "insurer"
country = "country"
subdivision = "state"
birth_date = "birth_date"
language = "language"
kind = "kind"

[channels]
postal = "has_address"
email = "email"
"""
"""The mapping TOML of the tables that ``write_synthetic_members`` writes."""
