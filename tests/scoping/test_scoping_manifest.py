"""Which people each duty to inform reaches, whatever the regime that creates it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("duckdb")

from breachmodel.citations import gdpr
from breachmodel.determination import Determination, MissingFact, Outcome
from breachmodel.obligations import Duty, ObligationKey
from breachmodel.scoping import DuckDBEngine, obligation_rows, public_notices
from breachmodel.scoping._count import prepare
from breachmodel.scoping._manifest import write_manifest_rows
from scoping_tables import MAPPING, ROWS, write_csv


class _Assessed:
    """Just enough of an assessment: its determinations of one duty."""

    def __init__(self, dets: Sequence[Determination]) -> None:
        self.dets = tuple(dets)

    def obligations(self, duty: Duty) -> tuple[Determination, ...]:
        return tuple(d for d in self.dets if d.key is not None and d.key.duty is duty)


def _det(
    regime: str, recipient: str, outcome: Outcome, duty: Duty = Duty.INFORM_INDIVIDUALS
) -> Determination:
    missing: tuple[MissingFact, ...] = ()
    if outcome is Outcome.UNDETERMINED:
        missing = (MissingFact(path="$.x", question="?"),)
    return Determination(
        id=f"{regime}.tell",
        title=f"Tell them ({regime})",
        outcome=outcome,
        legal_basis=(gdpr(34, 1),),
        key=ObligationKey(regime, duty, recipient),
        recipients=(recipient,),
        missing_facts=missing,
    )


def test_a_territorial_duty_reaches_only_its_residents(tmp_path: Path) -> None:
    assessed: Any = {
        "ins-b": _Assessed(
            [
                _det("everywhere", "data_subjects", Outcome.REQUIRED),
                _det("a_state_law", "residents-US-CA", Outcome.REQUIRED),
                _det("a_country_law", "GR", Outcome.UNDETERMINED),
                _det("not_owed", "data_subjects", Outcome.NOT_REQUIRED),
            ]
        )
    }
    rows = obligation_rows(assessed)
    assert [(r.regime, r.territory, r.outcome) for r in rows] == [
        ("everywhere", None, "required"),
        ("a_state_law", "US-CA", "required"),
        ("a_country_law", "GR", "undetermined"),
    ]
    engine = DuckDBEngine()
    query = prepare(engine, write_csv(tmp_path / "m.csv", ROWS), MAPPING, on=date(2024, 2, 2))
    manifest = write_manifest_rows(engine, query, rows, tmp_path / "manifest")
    engine.close()
    letters = manifest.letters_of("ins-b")
    by_obligation: dict[str, int] = {}
    for (obligation, _kind, _channel), n in letters.items():
        by_obligation[obligation] = by_obligation.get(obligation, 0) + n
    assert by_obligation == {
        "everywhere/inform_individuals/data_subjects": 3,  # p3, p4, p6
        "a_state_law/inform_individuals/residents-US-CA": 1,  # p3 only
        "a_country_law/inform_individuals/GR": 1,  # p6 (EL)
    }
    assert manifest.letters_of("ins-a") == {}


def test_public_communications_are_listed_beside_the_letters() -> None:
    assessed: Any = {
        "ins-a": _Assessed([_det("gdpr", "public", Outcome.REQUIRED, Duty.PUBLIC_NOTICE)]),
        "ins-b": _Assessed([_det("gdpr", "public", Outcome.NOT_REQUIRED, Duty.PUBLIC_NOTICE)]),
    }
    assert public_notices(assessed) == {"ins-a": ("gdpr/public_notice/public (required)",)}
