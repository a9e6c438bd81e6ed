"""Facts other laws read: per-subdivision counts, findings, and every regime's recipients."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from breachmodel import assess
from breachmodel.authorities import Authority, all_authorities, authorities_in, recipients
from breachmodel.errors import BreachModelError
from breachmodel.model import (
    Count,
    Finding,
    Incident,
    Organisation,
    ResidenceCount,
    SubdivisionCount,
    SubjectGroup,
    SubjectKind,
)
from breachmodel.obligations import Duty
from breachmodel.regimes import REGISTRY
from breachmodel.serialization import loads

_ORG = Organisation(id="c", name="C")


def _group(**kwargs: object) -> SubjectGroup:
    return SubjectGroup(kind=SubjectKind.CUSTOMERS, **kwargs)  # type: ignore[arg-type]


def _sub(code: str, n: int) -> SubdivisionCount:
    return SubdivisionCount(subdivision=code, count=Count.exact(n))


def _country(code: str, n: int) -> ResidenceCount:
    return ResidenceCount(country=code, count=Count.exact(n))


def _brazilian(**changes: object) -> Authority:
    """A made-up recipient in Brazil; ``changes`` set its regimes and provenance."""
    return Authority(
        id="xx-test",
        name="Test",
        name_en="Test",
        country="BR",
        sectors=("private",),
        timezone="America/Sao_Paulo",
        url="https://example.org",
        languages=("pt",),
        **changes,  # type: ignore[arg-type]
    )


class TestSubdivisionCounts:
    def test_country_of_a_subdivision(self) -> None:
        assert _sub("CA-QC", 3).country == "CA"

    def test_refuses_a_malformed_code(self) -> None:
        with pytest.raises(ValueError, match="ISO 3166-2"):
            _sub("California", 3)

    def test_refuses_a_subdivision_twice(self) -> None:
        with pytest.raises(ValueError, match="appears more than once"):
            _group(by_subdivision=(_sub("US-CA", 1), _sub("US-CA", 2)))

    def test_refuses_a_subdivision_outside_the_countries_listed(self) -> None:
        with pytest.raises(ValueError, match="by_country does not list"):
            _group(by_country=(_country("FR", 5),), by_subdivision=(_sub("US-CA", 1),))

    def test_residents_sum_groups_and_count_unlisted_places_as_zero(self) -> None:
        a = _group(
            by_country=(_country("US", 600), _country("FR", 10)),
            by_subdivision=(_sub("US-TX", 501), _sub("US-NY", 99)),
        )
        b = _group(by_subdivision=(_sub("US-TX", 4),))
        incident = Incident(id="X", controller=_ORG, subjects=(a, b))
        assert incident.residents_in("US-TX") == Count.exact(505)
        assert incident.residents_in("US-CA") == Count.exact(0)
        assert incident.residents_in("US") == Count.exact(604)
        assert incident.residents_in("FR") == Count.exact(10)

    def test_a_group_without_breakdown_makes_the_count_unknown(self) -> None:
        incident = Incident(
            id="X",
            controller=_ORG,
            subjects=(_group(by_subdivision=(_sub("US-TX", 4),)), _group(count=Count.exact(9))),
        )
        assert not incident.residents_in("US-TX").known

    def test_a_country_without_subdivisions_listed_is_unknown_per_subdivision(self) -> None:
        incident = Incident(
            id="X", controller=_ORG, subjects=(_group(by_country=(_country("US", 7),)),)
        )
        assert not incident.residents_in("US-CA").known
        assert incident.residents_in("US") == Count.exact(7)

    def test_loaded_from_json(self) -> None:
        text = (
            '{"schema_version": "1.0", "id": "X", "controller": {"id": "c", "name": "C"},'
            ' "subjects": [{"kind": "patients", "by_subdivision": [{"subdivision": "US-CA",'
            ' "count": {"precision": "exact", "value": 501}}]}]}'
        )
        assert loads(text).residents_in("US-CA") == Count.exact(501)


class TestFindings:
    def test_lookup(self) -> None:
        f = Finding(regime="gdpr", fact="x", answer=True)
        incident = Incident(id="X", controller=_ORG, findings=(f,))
        assert incident.finding("gdpr", "x") is f
        assert incident.finding("gdpr", "y") is None

    def test_one_per_regime_and_fact(self) -> None:
        f = Finding(regime="gdpr", fact="x")
        with pytest.raises(ValueError, match="gdpr/x appears more than once"):
            Incident(id="X", controller=_ORG, findings=(f, f))

    def test_a_delay_ends_after_it_starts(self) -> None:
        with pytest.raises(ValueError, match="until"):
            Finding(
                regime="r",
                fact="delay",
                at=datetime(2025, 1, 2, tzinfo=UTC),
                until=datetime(2025, 1, 1, tzinfo=UTC),
            )

    def test_naive_instants_are_refused(self) -> None:
        with pytest.raises(ValueError, match=r"time zone|aware|offset"):
            Finding(regime="r", fact="f", at=datetime(2025, 1, 2))  # noqa: DTZ001

    def test_assess_refuses_an_unknown_regime(self) -> None:
        incident = Incident(id="X", controller=_ORG, findings=(Finding(regime="nope", fact="x"),))
        with pytest.raises(
            BreachModelError, match=r"unknown regime 'nope'.* @ \$\.findings\[0\]\.regime"
        ):
            assess(incident)

    def test_assess_refuses_a_fact_the_regime_does_not_read(self) -> None:
        incident = Incident(id="X", controller=_ORG, findings=(Finding(regime="gdpr", fact="x"),))
        with pytest.raises(
            BreachModelError, match=r"'gdpr' reads no finding 'x'.* @ \$\.findings\[0\]\.fact"
        ):
            assess(incident)

    def test_declared_findings_are_questions(self) -> None:
        for regime in REGISTRY:
            for name, question in regime.findings.items():
                assert name.isidentifier(), (regime.id, name)
                assert question.strip(), (regime.id, name)


class TestRecipients:
    def test_gdpr_routing_sees_only_gdpr_authorities(self) -> None:
        for authority in all_authorities():
            assert authority.receives("gdpr")
        for authority in authorities_in("FR"):
            assert authority.receives("gdpr")

    def test_every_record_and_by_regime(self) -> None:
        everything = all_authorities(None)
        assert set(all_authorities()) <= set(everything)
        assert recipients("gdpr", "IE")[0].id == "ie-dpc"
        assert recipients("no-such-regime") == ()

    def test_another_regimes_recipient(self) -> None:
        a = _brazilian(regimes=("lgpd",), source="a statute", verified=False)
        assert a.receives("lgpd")
        assert not a.receives("gdpr")

    def test_regimes_must_not_be_empty(self) -> None:
        with pytest.raises(ValueError, match="regimes"):
            _brazilian(regimes=())


def test_new_duties_exist() -> None:
    assert Duty("notify_third_party") is Duty.NOTIFY_THIRD_PARTY
    assert Duty("assess") is Duty.ASSESS
