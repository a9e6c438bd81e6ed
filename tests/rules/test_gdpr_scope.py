"""Scope: does the GDPR reach the incident at all (Arts. 99(2), 4(1), 4(12))?"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import attrs
import pytest
from _builders import AWARE, OCCURRED, breach, cites, kinds, run, utc, with_timeline

from breachmodel.determination import Outcome, Reason
from breachmodel.model import (
    Availability,
    Confidentiality,
    Effects,
    Establishment,
    Incident,
    Integrity,
    Occurrence,
    Organisation,
    Timeline,
)
from breachmodel.regimes.gdpr.scope import GDPR_APPLIES_FROM, ScopeResult, check_scope


def _texts(reasons: tuple[Reason, ...]) -> list[str]:
    return [r.text for r in reasons]


def _cited(reasons: tuple[Reason, ...]) -> list[list[str]]:
    return [[str(c) for c in r.citations] for r in reasons]


class TestCheckScope:
    """One test per question: time (Art. 99(2)), personal data (Art. 4(1)), effect (4(12))."""

    def test_in_scope_breach_has_no_outcome_and_states_the_facts(self) -> None:
        result = check_scope(breach())
        assert result == ScopeResult(outcome=None, reasons=result.reasons)
        assert result.missing_facts == ()
        assert kinds(result.reasons) == ["fact", "fact"]
        assert _texts(result.reasons) == [
            "The incident falls within the GDPR's temporal scope (from 25 May 2018).",
            "A personal data breach: confidentiality of personal data.",
        ]
        assert _cited(result.reasons) == [
            ["Art. 99(2) GDPR"],
            ["Art. 4(12) GDPR", "EDPB Guidelines 9/2022, section I.B"],
        ]

    def test_breach_types_are_listed_in_the_edpb_order(self) -> None:
        effects = Effects(
            availability=Availability(permanent=False),
            integrity=Integrity(altered=True),
            confidentiality=Confidentiality(),
        )
        result = check_scope(breach(effects=effects))
        assert result.reasons[-1].text == (
            "A personal data breach: confidentiality, integrity, availability of personal data."
        )

    def test_art_99_2_no_date_at_all_is_undetermined(self) -> None:
        result = check_scope(breach(timeline=Timeline()))
        assert result.outcome is Outcome.UNDETERMINED
        assert [m.path for m in result.missing_facts] == ["$.timeline"]
        assert kinds(result.reasons) == ["missing"]
        assert _cited(result.reasons) == [["Art. 99(2) GDPR"]]

    def test_art_99_2_every_date_before_25_may_2018_is_not_applicable(self) -> None:
        inc = breach(
            timeline=Timeline(
                occurred=Occurrence.at(utc(2018, 5, 20, 10)),
                detected_at=utc(2018, 5, 24, 23, 59),
                controller_aware_at=utc(2018, 5, 24, 23, 59),
            )
        )
        result = check_scope(inc)
        assert result.outcome is Outcome.NOT_APPLICABLE
        assert result.missing_facts == ()
        assert kinds(result.reasons) == ["rule"]
        assert result.reasons[0].text.startswith(
            "Every known date of the incident (the latest 2018-05-24) is before 25 May 2018"
        )
        assert _cited(result.reasons) == [["Art. 99(2) GDPR"]]

    def test_art_99_2_the_first_instant_of_application_is_in_scope(self) -> None:
        assert datetime(2018, 5, 25, tzinfo=UTC) == GDPR_APPLIES_FROM
        inc = breach(
            timeline=Timeline(
                occurred=Occurrence.at(utc(2018, 1, 1)), controller_aware_at=GDPR_APPLIES_FROM
            )
        )
        assert check_scope(inc).outcome is None

    def test_art_99_2_an_old_breach_discovered_after_the_gdpr_applied_is_in_scope(self) -> None:
        inc = breach(
            timeline=Timeline(
                occurred=Occurrence.between(utc(2017, 11, 1), utc(2017, 12, 15)),
                detected_at=utc(2019, 3, 4, 9),
                controller_aware_at=utc(2019, 3, 4, 12),
            )
        )
        assert check_scope(inc).outcome is None

    def test_art_4_1_personal_data_unknown_is_undetermined(self) -> None:
        result = check_scope(breach(personal_data=None))
        assert result.outcome is Outcome.UNDETERMINED
        assert [m.path for m in result.missing_facts] == ["$.personal_data"]
        assert kinds(result.reasons) == ["fact", "missing"]
        assert _cited(result.reasons)[-1] == ["Art. 4(1) GDPR", "Art. 4(12) GDPR"]

    def test_art_4_12_no_personal_data_is_not_a_personal_data_breach(self) -> None:
        result = check_scope(breach(personal_data=False))
        assert result.outcome is Outcome.NOT_REQUIRED
        assert result.missing_facts == ()
        assert kinds(result.reasons) == ["fact", "fact"]
        assert result.reasons[-1].text.startswith("No personal data is concerned")
        assert _cited(result.reasons)[-1] == ["Art. 4(12) GDPR", "Art. 33(5) GDPR"]

    def test_art_4_12_no_effect_recorded_is_undetermined(self) -> None:
        result = check_scope(breach(effects=Effects(unknown=True)))
        assert result.outcome is Outcome.UNDETERMINED
        assert [m.path for m in result.missing_facts] == ["$.effects"]
        assert kinds(result.reasons) == ["fact", "missing"]
        assert _cited(result.reasons)[-1] == [
            "Art. 4(12) GDPR",
            "EDPB Guidelines 9/2022, section I.B",
        ]

    def test_questions_are_asked_in_order_time_first(self) -> None:
        inc = breach(personal_data=None, effects=Effects(), timeline=Timeline())
        assert [m.path for m in check_scope(inc).missing_facts] == ["$.timeline"]
        dated = with_timeline(inc, occurred=Occurrence.at(OCCURRED))
        assert [m.path for m in check_scope(dated).missing_facts] == ["$.personal_data"]
        personal = attrs.evolve(dated, personal_data=True)
        assert [m.path for m in check_scope(personal).missing_facts] == ["$.effects"]


class TestScopeCarriesIntoEveryDetermination:
    """The scope outcome becomes the outcome of each obligation, with its reasons."""

    def test_pre_gdpr_incident_is_not_applicable_everywhere(self) -> None:
        inc = breach(timeline=Timeline(occurred=Occurrence.at(utc(2017, 3, 1))))
        p = run(inc, as_of=AWARE)
        for det in (
            p.notify,
            p.processor,
            p.content,
            p.register,
            p.individual,
            p.public,
            p.people_content,
        ):
            assert det.outcome is Outcome.NOT_APPLICABLE, det.id
            assert det.missing_facts == ()
        assert cites(p.notify) == ["Art. 33(1) GDPR", "Art. 99(2) GDPR"]
        assert cites(p.register) == ["Art. 33(5) GDPR", "Art. 99(2) GDPR"]
        assert cites(p.individual) == ["Art. 34(1) GDPR", "Art. 99(2) GDPR"]
        assert cites(p.public) == ["Art. 34(3)(c) GDPR", "Art. 99(2) GDPR"]

    def test_undetermined_scope_is_undetermined_with_the_same_missing_fact(self) -> None:
        p = run(breach(personal_data=None))
        for det in (p.notify, p.content, p.individual, p.public, p.people_content):
            assert det.outcome is Outcome.UNDETERMINED, det.id
            assert [m.path for m in det.missing_facts] == ["$.personal_data"], det.id
        assert p.register.outcome is Outcome.REQUIRED  # E15: documented whatever else


def test_scope_result_is_built_by_keyword_only() -> None:
    # Positional construction would tie callers to the field order (a mutation survivor).
    make: Any = ScopeResult
    with pytest.raises(TypeError):
        make(None, ())


class TestTerritorialScope:
    """Art. 3(2): a controller with no establishment in the EEA."""

    @staticmethod
    def outside(**changes: Any) -> Incident:
        controller = Organisation(
            id="acme", name="Acme Inc.", establishments=(Establishment(country="US"),)
        )
        return attrs.evolve(breach(), controller=controller, **changes)

    def test_neither_offering_nor_monitoring_is_outside_the_gdpr(self) -> None:
        scope = check_scope(self.outside(offers_to_eea=False, monitors_in_eea=False))
        assert scope.outcome is Outcome.NOT_APPLICABLE
        assert "Art. 3(2) GDPR" in [str(c) for r in scope.reasons for c in r.citations]

    def test_monitoring_brings_it_in(self) -> None:
        scope = check_scope(self.outside(offers_to_eea=False, monitors_in_eea=True))
        assert scope.outcome is None
        assert any("Art. 3(2)(b)" in r.text for r in scope.reasons)

    def test_unknown_connection_is_a_named_assumption(self) -> None:
        scope = check_scope(self.outside())
        assert scope.outcome is None
        assert any(r.text.startswith("Assumed:") for r in scope.reasons)
        assert [m.path for m in scope.open_questions] == ["$.offers_to_eea"]
        assert "$.offers_to_eea" in [m.path for m in run(self.outside()).notify.open_questions]

    def test_an_eea_establishment_needs_no_art_3_2_test(self) -> None:
        assert check_scope(breach()).open_questions == ()
