"""Risk: likelihood and severity (EDPB 9/2022 section IV.B) and the ENISA 2013 score."""

from __future__ import annotations

import attrs
import pytest
from _builders import breach, judged, subjects

from breachmodel.determination import Reason
from breachmodel.model import (
    Availability,
    Cause,
    Confidentiality,
    Count,
    DataConcerned,
    Effects,
    Encryption,
    Exfiltration,
    HashStrength,
    Incident,
    Integrity,
    Intent,
    MeasureKind,
    Measures,
    Recipient,
    RiskLevel,
    Sector,
    SubjectGroup,
    SubjectKind,
    SubsequentMeasure,
    Vector,
)
from breachmodel.regimes.gdpr.options import GdprOptions, Unknowns
from breachmodel.regimes.gdpr.risk import (
    EnisaBand,
    EnisaScore,
    EnisaTerm,
    Level,
    RiskAnalysis,
    analyse_risk,
)

ACCIDENT = Cause(intent=Intent.ACCIDENTAL)
MALICE = Cause(intent=Intent.MALICIOUS)
SIMPLE = (DataConcerned(category="identity"), DataConcerned(category="contact"))


def conf(exfiltration: Exfiltration, *recipients: Recipient, **kw: object) -> Effects:
    """A confidentiality breach."""
    return Effects(
        confidentiality=Confidentiality(
            exfiltration=exfiltration,
            recipients=frozenset(recipients),
            **kw,  # type: ignore[arg-type]
        )
    )


SENT_AND_DELETED = conf(
    Exfiltration.CONFIRMED, Recipient.KNOWN_UNTRUSTED, recipient_confirmed_deletion=True
)
"""Sent to a known recipient who confirmed deletion: limited likelihood."""


def lost_for_good() -> Availability:
    return Availability(permanent=True, restored_from_backup=False)


def kinds_of(reasons: tuple[Reason, ...]) -> list[str]:
    return [r.kind.value for r in reasons]


def cited(reasons: tuple[Reason, ...]) -> list[list[str]]:
    return [[str(c) for c in r.citations] for r in reasons]


# --- ENISA worked vectors (reference §6.6) -----------------------------------------------

SUPERMARKET_EMAILED = breach(
    data=SIMPLE,
    cause=ACCIDENT,
    effects=conf(Exfiltration.CONFIRMED, Recipient.KNOWN_UNTRUSTED, recipient_count=Count.exact(3)),
)
SUPERMARKET_PASTEBIN = breach(
    data=SIMPLE, cause=MALICE, effects=conf(Exfiltration.CONFIRMED, Recipient.PUBLIC)
)
BANK_STATEMENTS_SOLD = breach(
    data=(DataConcerned(category="identity"), DataConcerned(category="financial", extensive=True)),
    cause=MALICE,
    effects=conf(Exfiltration.CONFIRMED, Recipient.PUBLIC),
)
PSEUDONYMISED_LAB_RESULTS_LOST = breach(
    data=(DataConcerned(category="health"),),
    cause=ACCIDENT,
    measures=Measures(pseudonymised=True, pseudonymisation_key_safe=True),
    effects=Effects(availability=lost_for_good()),
)
NAMED_LAB_RESULTS_RANSOMWARE = breach(
    data=(DataConcerned(category="identity"), DataConcerned(category="health")),
    cause=MALICE,
    effects=Effects(
        confidentiality=Confidentiality(
            exfiltration=Exfiltration.CONFIRMED,
            recipients=frozenset({Recipient.UNKNOWN_THIRD_PARTY}),
        ),
        availability=lost_for_good(),
    ),
)


class TestEnisaWorkedVectors:
    """SE = DPC x EI + CB, against the worked vectors of the reference (§6.6)."""

    @pytest.mark.parametrize(
        ("incident", "expected", "cb_terms"),
        [
            pytest.param(
                SUPERMARKET_EMAILED,
                (1, 1.0, 0.25, 1.25, EnisaBand.LOW),
                ["CB confidentiality"],
                id="supermarket list emailed to 3 known recipients",
            ),
            pytest.param(
                SUPERMARKET_PASTEBIN,
                (1, 1.0, 1.0, 2.0, EnisaBand.MEDIUM),  # boundary: 2 <= SE
                ["CB confidentiality", "CB malicious intent"],
                id="same list on a pastebin",
            ),
            pytest.param(
                BANK_STATEMENTS_SOLD,
                (4, 1.0, 1.0, 5.0, EnisaBand.VERY_HIGH),
                ["CB confidentiality", "CB malicious intent"],
                id="a year of bank statements sold",
            ),
            pytest.param(
                PSEUDONYMISED_LAB_RESULTS_LOST,
                (4, 0.25, 0.5, 1.5, EnisaBand.LOW),
                ["CB availability"],
                id="pseudonymised lab results lost without backup",
            ),
            pytest.param(
                NAMED_LAB_RESULTS_RANSOMWARE,
                (4, 1.0, 1.5, 5.5, EnisaBand.VERY_HIGH),
                ["CB confidentiality", "CB availability", "CB malicious intent"],
                id="named lab results, ransomware, no backup, exfiltration",
            ),
        ],
    )
    def test_vector(
        self,
        incident: Incident,
        expected: tuple[int, float, float, float, EnisaBand],
        cb_terms: list[str],
    ) -> None:
        enisa = analyse_risk(incident).enisa
        assert enisa is not None
        assert (enisa.dpc, enisa.ei, enisa.cb, enisa.score, enisa.band) == expected
        dpc, ei, cb, score, band = expected
        assert [t.name for t in enisa.terms] == ["DPC", "EI", *cb_terms]
        assert enisa.describe() == (
            f"SE = {dpc} x {ei:g} + {cb:g} = {score:g} ({band.value.replace('_', ' ')})"
        )

    def test_volume_is_the_enisa_adjustment_that_makes_bank_statements_4(self) -> None:
        enisa = analyse_risk(BANK_STATEMENTS_SOLD).enisa
        assert enisa is not None
        assert enisa.terms[0].reason == (
            "highest category: Financial data: base 3, extensive data per person +1 "
            "(ENISA: volume of data)"
        )

    def test_policy_ei_without_direct_identifier_is_significant(self) -> None:
        # ENISA leaves EI to the assessor's reading of the context. Our documented policy
        # derives it from the categories: no direct identifier and no pseudonymisation
        # gives 0.75 ("matching is possible"). The bank-statement vector without the
        # identity category therefore scores 4 x 0.75 + 1 = 4.0, still very high.
        inc = attrs.evolve(
            BANK_STATEMENTS_SOLD, data=(DataConcerned(category="financial", extensive=True),)
        )
        enisa = analyse_risk(inc).enisa
        assert enisa is not None
        assert (enisa.ei, enisa.score, enisa.band) == (0.75, 4.0, EnisaBand.VERY_HIGH)

    def test_policy_pseudonymised_direct_identifiers_are_limited(self) -> None:
        # Our policy: direct identifiers that were pseudonymised give EI 0.5 (ENISA
        # "limited"), not the 0.25 the reference vector uses for data hard to re-identify.
        inc = attrs.evolve(
            PSEUDONYMISED_LAB_RESULTS_LOST,
            data=(DataConcerned(category="identity"), DataConcerned(category="health")),
        )
        enisa = analyse_risk(inc).enisa
        assert enisa is not None
        assert (enisa.ei, enisa.score, enisa.band) == (0.5, 2.5, EnisaBand.MEDIUM)

    def test_policy_minors_raise_dpc_by_one(self) -> None:
        # ENISA: special characteristics of the individuals (minors) raise the DPC. Our
        # policy makes that +1 for every category, so the supermarket list becomes 2.
        inc = attrs.evolve(SUPERMARKET_EMAILED, subjects=(subjects(40, kind=SubjectKind.CHILDREN),))
        enisa = analyse_risk(inc).enisa
        assert enisa is not None
        assert (enisa.dpc, enisa.score, enisa.band) == (2, 2.25, EnisaBand.MEDIUM)

    def test_policy_national_id_raises_dpc_by_one_e19(self) -> None:
        inc = attrs.evolve(SUPERMARKET_EMAILED, data=(DataConcerned(category="national_id"),))
        enisa = analyse_risk(inc).enisa
        assert enisa is not None
        assert enisa.dpc == 2
        assert enisa.terms[0].reason == (
            "highest category: National identification number: base 1, national identification "
            "number +1 (project policy, E19)"
        )

    def test_no_data_category_no_score(self) -> None:
        assert analyse_risk(breach(data=())).enisa is None


class TestAnalyseRisk:
    """The suggested level: unlikely if likelihood or severity is negligible, high if both
    are at least significant, risk otherwise; the assessor's judgment is used when recorded."""

    def test_low_severity_makes_the_suggestion_unlikely(self) -> None:
        risk = analyse_risk(SUPERMARKET_EMAILED)
        assert (risk.suggested, risk.level) == (RiskLevel.UNLIKELY, RiskLevel.UNLIKELY)
        assert (risk.likelihood, risk.severity) == (Level.SIGNIFICANT, Level.NEGLIGIBLE)
        assert risk.suggested_range == (RiskLevel.UNLIKELY, RiskLevel.UNLIKELY)
        assert (risk.missing_facts, risk.open_questions) == ((), ())
        assert kinds_of(risk.reasons) == ["fact", "rule", "fact", "rule"]
        assert cited(risk.reasons) == [
            ["EDPB Guidelines 9/2022, section IV.B"],
            ["EDPB Guidelines 9/2022, section IV.B", "Recital 76 GDPR"],
            [
                "EDPB Guidelines 9/2022, section IV.B",
                "ENISA severity methodology (2013), DPC",
                "breachmodel encoding notes, E19",
            ],
            ["Recital 76 GDPR", "EDPB Guidelines 9/2022, section IV.B"],
        ]

    def test_enisa_band_raises_severity_e8(self) -> None:
        risk = analyse_risk(SUPERMARKET_PASTEBIN)
        assert risk.level is RiskLevel.RISK
        assert (risk.likelihood, risk.severity) == (Level.MAXIMUM, Level.LIMITED)
        interpretation = [r for r in risk.reasons if r.kind.value == "interpretation"]
        assert [r.text for r in interpretation] == [
            "The ENISA score SE = 1 x 1 + 1 = 2 (medium) raises severity to limited under "
            "this project's policy (it never lowers it)."
        ]
        assert cited(tuple(interpretation)) == [
            [
                "ENISA severity methodology (2013), section 6.5 bands",
                "breachmodel encoding notes, E8",
            ]
        ]

    def test_enisa_pointer_can_be_switched_off(self) -> None:
        risk = analyse_risk(SUPERMARKET_PASTEBIN, GdprOptions(enisa_pointer=False))
        assert risk.level is RiskLevel.UNLIKELY
        assert "interpretation" not in kinds_of(risk.reasons)

    def test_enisa_never_lowers_the_level(self) -> None:
        # ENISA says low (1.5) for pseudonymised lab results lost for good, but losing
        # health data with no backup is significant and severe: high.
        risk = analyse_risk(PSEUDONYMISED_LAB_RESULTS_LOST)
        assert risk.enisa is not None
        assert risk.enisa.band is EnisaBand.LOW
        assert risk.level is RiskLevel.HIGH

    def test_effective_encryption_makes_harm_negligible_annex_b_i(self) -> None:
        inc = attrs.evolve(
            BANK_STATEMENTS_SOLD,
            effects=conf(Exfiltration.CONFIRMED, Recipient.UNKNOWN_THIRD_PARTY),
            measures=Measures(
                encryption=Encryption(
                    applied_to_breached_data=True, state_of_the_art=True, key_compromised=False
                )
            ),
        )
        risk = analyse_risk(inc)
        assert (risk.level, risk.likelihood) == (RiskLevel.UNLIKELY, Level.NEGLIGIBLE)
        assert cited(risk.likelihood_reasons)[0] == [
            "Art. 34(3)(a) GDPR",
            "EDPB Guidelines 9/2022, Annex B, example (i)",
            "breachmodel encoding notes, E7",
        ]
        # The ENISA band (very high) does not override unintelligible data.
        assert "interpretation" not in kinds_of(risk.reasons)

    def test_compromised_key_is_no_protection(self) -> None:
        inc = attrs.evolve(
            SUPERMARKET_PASTEBIN,
            measures=Measures(
                encryption=Encryption(
                    applied_to_breached_data=True, state_of_the_art=True, key_compromised=True
                )
            ),
        )
        assert analyse_risk(inc).likelihood is Level.MAXIMUM

    def test_unknown_key_status_is_a_missing_fact(self) -> None:
        inc = attrs.evolve(
            NAMED_LAB_RESULTS_RANSOMWARE,
            effects=conf(Exfiltration.CONFIRMED, Recipient.UNKNOWN_THIRD_PARTY),
            measures=Measures(
                encryption=Encryption(applied_to_breached_data=True, state_of_the_art=True)
            ),
        )
        risk = analyse_risk(inc)
        assert (risk.suggested, risk.level, risk.likelihood) == (None, None, None)
        assert risk.suggested_range == (RiskLevel.UNLIKELY, RiskLevel.HIGH)
        assert [m.path for m in risk.missing_facts] == ["$.measures.encryption"]
        assert risk.reasons[-1].kind.value == "missing"
        assert risk.reasons[-1].text == (
            "The facts allow any risk level from unlikely to high; the missing facts decide."
        )

    def test_unknown_exfiltration_with_no_known_recipient_is_a_missing_fact(self) -> None:
        inc = breach(
            data=(DataConcerned(category="financial"),), effects=conf(Exfiltration.UNKNOWN)
        )
        risk = analyse_risk(inc)
        assert risk.suggested is None
        assert risk.suggested_range == (RiskLevel.UNLIKELY, RiskLevel.HIGH)
        assert [m.path for m in risk.missing_facts] == ["$.effects.confidentiality.exfiltration"]

    def test_art9_data_damage_presumed_likely_para_102(self) -> None:
        inc = breach(
            data=(DataConcerned(category="health"),),
            effects=SENT_AND_DELETED,
        )
        risk = analyse_risk(inc)
        assert (risk.likelihood, risk.severity, risk.level) == (
            Level.SIGNIFICANT,
            Level.MAXIMUM,
            RiskLevel.HIGH,
        )
        assert cited(risk.likelihood_reasons)[1] == [
            "EDPB Guidelines 9/2022, para. 102",
            "Art. 9(1) GDPR",
            "Art. 10 GDPR",
        ]

    def test_art10_data_counts_like_art9(self) -> None:
        inc = breach(
            data=(DataConcerned(category="criminal"),),
            effects=SENT_AND_DELETED,
        )
        assert analyse_risk(inc).level is RiskLevel.HIGH

    def test_trusted_recipient_removes_likelihood_even_for_art9_data_section_iv_b(self) -> None:
        # EDPB 9/2022, section IV.B: a trusted recipient may remove the likelihood of
        # harm; deletion need not be confirmed yet, and para. 102 never lifts a
        # negligible likelihood.
        inc = breach(
            data=(DataConcerned(category="health"),),
            effects=conf(Exfiltration.CONFIRMED, Recipient.TRUSTED_KNOWN),
        )
        risk = analyse_risk(inc)
        assert (risk.likelihood, risk.level) == (Level.NEGLIGIBLE, RiskLevel.UNLIKELY)
        assert "trusted recipient" in risk.likelihood_reasons[0].text

    def test_minor_sensitivity_statement_lifts_the_art9_presumption(self) -> None:
        item = DataConcerned(
            category="health", minor_sensitivity="Only that a generic test was done."
        )
        inc = breach(
            data=(item,),
            effects=SENT_AND_DELETED,
        )
        risk = analyse_risk(inc)
        assert (risk.likelihood, risk.severity, risk.level) == (
            Level.LIMITED,
            Level.LIMITED,
            RiskLevel.RISK,
        )
        assert any("minor sensitivity" in r.text for r in risk.likelihood_reasons)
        blank = attrs.evolve(item, minor_sensitivity="  ")
        assert analyse_risk(attrs.evolve(inc, data=(blank,))).level is RiskLevel.HIGH

    def test_data_revealing_art9_in_context_counts_like_art9(self) -> None:
        inc = breach(
            data=(DataConcerned(category="contact", reveals_special_category=True),),
            effects=conf(Exfiltration.CONFIRMED, Recipient.KNOWN_UNTRUSTED),
        )
        risk = analyse_risk(inc)
        assert risk.level is RiskLevel.HIGH
        assert risk.severity_reasons[0].text == (
            "Severity from the data: maximum (Contact details: base 1; reveals an Art. 9 "
            "category -> 4)."
        )

    def test_health_records_unavailable_30_hours_is_high_annex_b_viii(self) -> None:
        inc = breach(
            data=(DataConcerned(category="identity"), DataConcerned(category="health")),
            effects=Effects(
                availability=Availability(
                    permanent=False, duration_hours=30, restored_from_backup=True
                )
            ),
        )
        risk = analyse_risk(inc)
        assert (risk.likelihood, risk.level) == (Level.SIGNIFICANT, RiskLevel.HIGH)
        assert cited(risk.likelihood_reasons)[:2] == [
            ["EDPB Guidelines 9/2022, section I.B"],
            [
                "EDPB Guidelines 9/2022, para. 102",
                "EDPB Guidelines 9/2022, Annex B, example (viii)",
                "Art. 9(1) GDPR",
                "Art. 10 GDPR",
            ],
        ]

    def test_short_outage_of_health_records_is_a_risk_section_i_b(self) -> None:
        # EDPB 9/2022, section I.B: critical medical data unavailable even temporarily may
        # harm patients; the short-outage allowance is for ordinary data only.
        inc = breach(
            data=(DataConcerned(category="health"),),
            effects=Effects(availability=Availability(permanent=False, duration_hours=0.5)),
        )
        risk = analyse_risk(inc)
        assert (risk.likelihood, risk.level) == (Level.LIMITED, RiskLevel.RISK)

    def test_short_outage_of_ordinary_data_uses_the_configured_threshold(self) -> None:
        inc = breach(
            data=SIMPLE,
            effects=Effects(availability=Availability(permanent=False, duration_hours=6)),
        )
        assert analyse_risk(inc).likelihood is Level.NEGLIGIBLE
        strict = GdprOptions(short_outage_hours=4, investigation_allowance_hours=48)
        assert analyse_risk(inc, strict).likelihood is Level.LIMITED

    def test_ransomware_without_a_confidentiality_effect_asks_whether_data_was_taken(
        self,
    ) -> None:
        inc = breach(
            data=SIMPLE,
            cause=Cause(intent=Intent.MALICIOUS, vectors=frozenset({Vector.RANSOMWARE})),
            effects=Effects(
                availability=Availability(
                    permanent=False, duration_hours=5, restored_from_backup=True
                )
            ),
        )
        risk = analyse_risk(inc)
        assert risk.suggested is None
        assert [m.path for m in risk.missing_facts] == ["$.effects.confidentiality"]

    def test_permanent_loss_without_backup_is_significant(self) -> None:
        inc = breach(data=SIMPLE, effects=Effects(availability=lost_for_good()))
        assert analyse_risk(inc).likelihood is Level.SIGNIFICANT

    def test_unknown_permanence_is_a_missing_fact(self) -> None:
        inc = breach(
            data=(DataConcerned(category="financial"),),
            effects=Effects(availability=Availability()),
        )
        risk = analyse_risk(inc)
        assert risk.suggested is None
        assert [m.path for m in risk.missing_facts] == ["$.effects.availability.permanent"]

    def test_integrity_irreversible_alteration_with_misuse_is_maximum(self) -> None:
        inc = breach(
            data=SIMPLE,
            effects=Effects(
                integrity=Integrity(altered=True, reversible=False, misuse_possible=True)
            ),
        )
        risk = analyse_risk(inc)
        assert risk.likelihood is Level.MAXIMUM
        assert risk.likelihood_reasons[0].text == (
            "Integrity: data was altered, irreversibly, and may have been misused (maximum)."
        )

    def test_integrity_nothing_altered_is_negligible(self) -> None:
        inc = breach(data=SIMPLE, effects=Effects(integrity=Integrity(altered=False)))
        assert analyse_risk(inc).likelihood is Level.NEGLIGIBLE

    def test_integrity_of_art9_data_is_presumed_significant(self) -> None:
        inc = breach(
            data=(DataConcerned(category="health"),),
            effects=Effects(
                integrity=Integrity(altered=True, reversible=True, misuse_possible=False)
            ),
        )
        risk = analyse_risk(inc)
        assert (risk.likelihood, risk.level) == (Level.SIGNIFICANT, RiskLevel.HIGH)

    def test_recipient_deletion_and_retrieval_lower_likelihood(self) -> None:
        deleted = breach(
            effects=conf(
                Exfiltration.CONFIRMED, Recipient.KNOWN_UNTRUSTED, recipient_confirmed_deletion=True
            )
        )
        assert analyse_risk(deleted).likelihood is Level.LIMITED
        retrieved = breach(
            measures=Measures(
                subsequent=(SubsequentMeasure(kind=MeasureKind.DATA_RETRIEVED, confirmed=True),)
            )
        )
        assert analyse_risk(retrieved).likelihood is Level.NEGLIGIBLE

    def test_pseudonymisation_lowers_likelihood_one_step(self) -> None:
        measures = Measures(pseudonymised=True, pseudonymisation_key_safe=True)
        inc = attrs.evolve(SUPERMARKET_PASTEBIN, measures=measures)
        risk = analyse_risk(inc)
        assert risk.likelihood is Level.SIGNIFICANT
        assert cited(risk.likelihood_reasons)[1] == [
            "Art. 4(5) GDPR",
            "Recital 85 GDPR",
            "EDPB Guidelines 9/2022, section IV.B, ease of identification",
        ]

    def test_pseudonymisation_counts_only_with_the_key_apart_and_safe_art_4_5(self) -> None:
        unsafe = Measures(pseudonymised=True, pseudonymisation_key_safe=False)
        risk = analyse_risk(attrs.evolve(SUPERMARKET_PASTEBIN, measures=unsafe))
        assert risk.likelihood is Level.MAXIMUM
        unknown = analyse_risk(
            attrs.evolve(SUPERMARKET_PASTEBIN, measures=Measures(pseudonymised=True))
        )
        asked = [m.path for m in (*unknown.missing_facts, *unknown.open_questions)]
        assert "$.measures.pseudonymisation_key_safe" in asked

    def test_strong_hashing_lowers_likelihood_when_only_credentials_are_concerned(self) -> None:
        data = (DataConcerned(category="credentials", grants_access_to="behavioural"),)
        stolen = breach(
            data=data,
            cause=MALICE,
            effects=conf(Exfiltration.CONFIRMED, Recipient.UNKNOWN_THIRD_PARTY),
        )
        assert analyse_risk(stolen).likelihood is Level.MAXIMUM
        hashed = attrs.evolve(stolen, measures=Measures(credential_hashing=HashStrength.STRONG))
        assert analyse_risk(hashed).likelihood is Level.SIGNIFICANT
        with_email = attrs.evolve(hashed, data=(*data, DataConcerned(category="contact")))
        assert analyse_risk(with_email).likelihood is Level.MAXIMUM

    def test_credentials_are_scored_as_the_data_they_open(self) -> None:
        banking = breach(
            data=(DataConcerned(category="credentials", grants_access_to="financial"),)
        )
        assert analyse_risk(banking).severity is Level.SIGNIFICANT
        unknown = breach(data=(DataConcerned(category="credentials"),))
        risk = analyse_risk(unknown, GdprOptions(unknowns=Unknowns.ADVERSE))
        assert risk.suggested is None  # from identity data (benign) to health data (adverse)
        assert "$.data[credentials].grants_access_to" in [m.path for m in risk.missing_facts]

    def test_unknown_credential_scope_is_not_presumed_health_data(self) -> None:
        unknown = breach(data=(DataConcerned(category="credentials"),))
        risk = analyse_risk(unknown)
        assert risk.suggested is not None
        assert "$.data[credentials].grants_access_to" in [a.path for a in risk.assumptions]
        clinic = attrs.evolve(
            unknown, controller=attrs.evolve(unknown.controller, sector=Sector.HEALTH)
        )
        assert [m.path for m in analyse_risk(clinic).missing_facts] == [
            "$.data[credentials].grants_access_to"
        ]

    def test_safely_salted_hashes_count_like_encryption_with_a_safe_key(self) -> None:
        stolen = breach(
            data=(DataConcerned(category="credentials", grants_access_to="financial"),),
            cause=MALICE,
            effects=conf(Exfiltration.CONFIRMED, Recipient.UNKNOWN_THIRD_PARTY),
            measures=Measures(credential_hashing=HashStrength.STRONG, credential_secret_safe=True),
        )
        risk = analyse_risk(stolen)
        assert (risk.likelihood, risk.level) == (Level.NEGLIGIBLE, RiskLevel.UNLIKELY)

    def test_children_raise_severity_recital_38(self) -> None:
        data = (DataConcerned(category="identity"), DataConcerned(category="location"))
        adults = breach(data=data)
        kids = breach(data=data, subjects=(subjects(40, kind=SubjectKind.CHILDREN),))
        assert analyse_risk(adults).severity is Level.LIMITED
        assert analyse_risk(kids).severity is Level.SIGNIFICANT
        assert analyse_risk(kids).severity_reasons[0].text == (
            "Severity from the data: significant (Location data: base 2; children +1 "
            "(ENISA: characteristics of the individuals))."
        )

    def test_children_unknown_is_asked_when_the_incident_points_to_them(self) -> None:
        group = SubjectGroup(kind=SubjectKind.STUDENTS, count=Count.exact(40))
        risk = analyse_risk(breach(subjects=(group,)))
        asked = [m.path for m in (*risk.missing_facts, *risk.open_questions)]
        assert "$.subjects[].includes_children" in asked

    def test_children_unknown_among_customers_is_a_named_assumption(self) -> None:
        group = SubjectGroup(kind=SubjectKind.CUSTOMERS, count=Count.exact(40))
        risk = analyse_risk(breach(subjects=(group,)))
        assert [str(a) for a in risk.assumptions if "children" in a.path] == [
            "assumed: no children among the people concerned; not recorded, and nothing in "
            "the incident (the kind of people, the sector) points to children"
        ]
        adverse = analyse_risk(breach(subjects=(group,)), GdprOptions(unknowns=Unknowns.ADVERSE))
        asked = [m.path for m in (*adverse.missing_facts, *adverse.open_questions)]
        assert "$.subjects[].includes_children" in asked
        assert not adverse.assumptions

    def test_employees_are_taken_to_be_adults(self) -> None:
        group = SubjectGroup(kind=SubjectKind.EMPLOYEES, count=Count.exact(40))
        risk = analyse_risk(breach(subjects=(group,)))
        assert risk.open_questions == ()

    def test_large_scale_raises_severity_recital_75(self) -> None:
        data = (DataConcerned(category="location"),)
        small = breach(data=data, subjects=(subjects(99_999),))
        large = breach(data=data, subjects=(subjects(100_000),))
        assert analyse_risk(small).severity is Level.LIMITED
        assert analyse_risk(large).severity is Level.SIGNIFICANT
        assert cited(analyse_risk(large).severity_reasons)[-1] == [
            "Recital 75 GDPR",
            "EDPB Guidelines 9/2022, section IV.B, number of affected individuals",
        ]

    def test_national_id_raises_severity_and_cites_art_87_e19(self) -> None:
        inc = breach(data=(DataConcerned(category="national_id"),))
        risk = analyse_risk(inc)
        assert risk.severity_reasons[0].text == (
            "Severity from the data: limited (National identification number: base 1; "
            "national identification number +1 (project policy, E19))."
        )
        assert cited(risk.severity_reasons)[0] == [
            "EDPB Guidelines 9/2022, section IV.B",
            "ENISA severity methodology (2013), DPC",
            "breachmodel encoding notes, E19",
            "Art. 87 GDPR",
        ]

    @pytest.mark.parametrize(
        ("recipients", "severity"), [(99, Level.LIMITED), (100, Level.SIGNIFICANT)]
    )
    def test_national_ids_spread_to_many_recipients_raise_severity_edpb_case_14(
        self, recipients: int, severity: Level
    ) -> None:
        # EDPB 01/2021, Case No. 14: social security numbers of 60,000 job-seekers e-mailed
        # to all of them by mistake: a high risk, though no attacker holds them.
        effects = conf(
            Exfiltration.CONFIRMED,
            Recipient.KNOWN_UNTRUSTED,
            recipient_count=Count.exact(recipients),
        )
        inc = breach(
            data=(DataConcerned(category="identity"), DataConcerned(category="national_id")),
            subjects=(subjects(60_000),),
            effects=effects,
            cause=Cause(intent=Intent.ACCIDENTAL, vectors=frozenset({Vector.MISDIRECTED_EMAIL})),
        )
        # The exposure rule alone: without the identity-data floor (tested below).
        risk = analyse_risk(inc, GdprOptions(identity_data_severe=False))
        assert risk.severity is severity
        exposure = [r for r in risk.severity_reasons if r.text.startswith("Exposure")]
        if severity is Level.LIMITED:
            assert exposure == []
            return
        assert exposure[0].text == (
            "Exposure: data that enables identity theft and targeted phishing (a national "
            "identification number or identity document, or identity with date of birth) "
            "reached 100 recipients (a wide disclosure, from 100) for 60,000 people concerned "
            "(from 10,000, this project's policy) (significant)."
        )
        assert "EDPB Guidelines 01/2021, Case No. 14" in cited(tuple(exposure))[0]
        assert risk.level is RiskLevel.HIGH

    def test_ordinary_data_spread_to_many_recipients_is_no_identity_theft_exposure(
        self,
    ) -> None:
        effects = conf(
            Exfiltration.CONFIRMED, Recipient.KNOWN_UNTRUSTED, recipient_count=Count.exact(500)
        )
        inc = breach(data=SIMPLE, subjects=(subjects(60_000),), effects=effects)
        texts = [r.text for r in analyse_risk(inc).severity_reasons]
        assert not [t for t in texts if t.startswith("Exposure")]

    def test_judgment_overrides_the_suggestion_and_both_stay_visible(self) -> None:
        inc = attrs.evolve(SUPERMARKET_EMAILED, judgment=judged(RiskLevel.HIGH))
        risk = analyse_risk(inc)
        assert (risk.suggested, risk.level) == (RiskLevel.UNLIKELY, RiskLevel.HIGH)
        assert risk.judgment == inc.judgment
        assert risk.reasons[-1].kind.value == "fact"
        assert risk.reasons[-1].text == (
            "The assessor concluded 'high' on 2024-02-01T09:30:00+00:00 (it differs from "
            "the suggestion); that conclusion is used."
        )
        assert cited(risk.reasons)[-1] == ["Art. 33(5) GDPR", "Recital 85 GDPR"]

    def test_judgment_turns_missing_facts_into_open_questions(self) -> None:
        undecided = breach(
            data=(DataConcerned(category="financial"),), effects=conf(Exfiltration.UNKNOWN)
        )
        risk = analyse_risk(attrs.evolve(undecided, judgment=judged(RiskLevel.RISK)))
        assert risk.level is RiskLevel.RISK
        assert risk.suggested is None
        assert risk.missing_facts == ()
        assert [m.path for m in risk.open_questions] == ["$.effects.confidentiality.exfiltration"]

    def test_no_effects_no_data_is_undetermined(self) -> None:
        risk = analyse_risk(breach(data=(), effects=Effects()))
        assert risk == RiskAnalysis(
            suggested=None,
            suggested_range=(RiskLevel.UNLIKELY, RiskLevel.HIGH),
            likelihood=None,
            severity=None,
            likelihood_reasons=(),
            severity_reasons=(),
            enisa=None,
            judgment=None,
            level=None,
            missing_facts=risk.missing_facts,
            open_questions=(),
        )
        assert [m.path for m in risk.missing_facts] == ["$.data", "$.effects"]

    @pytest.mark.parametrize(
        "incident",
        [
            SUPERMARKET_EMAILED,
            SUPERMARKET_PASTEBIN,
            BANK_STATEMENTS_SOLD,
            PSEUDONYMISED_LAB_RESULTS_LOST,
            NAMED_LAB_RESULTS_RANSOMWARE,
        ],
    )
    def test_every_reason_cites_a_provision(self, incident: Incident) -> None:
        risk = analyse_risk(incident)
        assert risk.reasons
        assert all(r.citations for r in risk.reasons)


class TestEnisaHonesty:
    """ENISA: whose policy each step is, the configured outage threshold, no worst case as fact."""

    def test_stacked_adjustments_say_which_are_policy_and_which_are_enisa(self) -> None:
        inc = breach(
            data=(DataConcerned(category="national_id", extensive=True),),
            subjects=(subjects(40, kind=SubjectKind.CHILDREN),),
        )
        text = analyse_risk(inc).severity_reasons[0].text
        assert "national identification number +1 (project policy, E19)" in text
        assert "extensive data per person +1 (ENISA: volume of data)" in text
        assert "children +1 (ENISA: characteristics of the individuals)" in text
        assert "one level per adjustment is this project's policy" in text

    def test_availability_term_uses_the_configured_outage_threshold(self) -> None:
        inc = breach(
            data=SIMPLE,
            effects=Effects(
                availability=Availability(
                    permanent=False, duration_hours=30, restored_from_backup=True
                )
            ),
        )

        def term(opts: GdprOptions) -> float:
            enisa = analyse_risk(inc, opts).enisa
            assert enisa is not None
            return next(t.value for t in enisa.terms if t.name == "CB availability")

        assert term(GdprOptions()) == 0.25
        assert term(GdprOptions(short_outage_hours=36)) == 0.0

    def test_a_worst_case_is_never_shown_as_a_recorded_fact(self) -> None:
        inc = breach(
            data=(DataConcerned(category="credentials"),),
            controller=attrs.evolve(breach().controller, sector=Sector.HEALTH),
            effects=conf(Exfiltration.UNKNOWN),
        )
        risk = analyse_risk(inc)
        assert risk.enisa is not None
        dpc = risk.enisa.terms[0].reason
        assert "(worst case assumed: health data; not recorded)" in dpc
        cb = next(t for t in risk.enisa.terms if t.name == "CB confidentiality")
        assert cb.reason.endswith("(whether data was taken is not recorded)")
        conf_reason = risk.likelihood_reasons[0].text
        assert conf_reason.endswith("(worst case assumed: exfiltration is not recorded).")


class TestRiskDetails:
    """Steps of the analysis that change a level or a sentence by one notch."""

    @pytest.mark.parametrize(
        ("recipients", "likelihood"), [(99, Level.SIGNIFICANT), (100, Level.MAXIMUM)]
    )
    def test_a_wide_disclosure_raises_the_likelihood_one_level(
        self, recipients: int, likelihood: Level
    ) -> None:
        # One untrusted recipient: significant; from 100 (the option's default), one more.
        effects = conf(
            Exfiltration.CONFIRMED,
            Recipient.KNOWN_UNTRUSTED,
            recipient_count=Count.exact(recipients),
        )
        risk = analyse_risk(breach(effects=effects))
        assert risk.likelihood is likelihood
        wide = [r.text for r in risk.likelihood_reasons if "wide disclosure" in r.text]
        assert wide == (
            [
                "The data reached 100 recipients (from 100, a wide disclosure: misuse by one of "
                "them becomes likelier) (maximum)."
            ]
            if likelihood is Level.MAXIMUM
            else []
        )

    @pytest.mark.parametrize(
        ("judgment", "differs"),
        [(RiskLevel.UNLIKELY, True), (RiskLevel.RISK, True), (RiskLevel.HIGH, False)],
    )
    def test_a_judgment_that_differs_from_the_suggestion_says_so(
        self, judgment: RiskLevel, differs: bool
    ) -> None:
        inc = breach(
            data=(DataConcerned(category="financial"),), effects=conf(Exfiltration.CONFIRMED)
        )
        risk = analyse_risk(attrs.evolve(inc, judgment=judged(judgment)))
        assert (risk.suggested, risk.level) == (RiskLevel.HIGH, judgment)
        (said,) = [r.text for r in risk.reasons if r.text.startswith("The assessor concluded")]
        assert ("(it differs from the suggestion)" in said) is differs

    def test_the_summary_gives_likelihood_and_severity_behind_the_suggestion(self) -> None:
        assert analyse_risk(breach()).summary[0] == (
            "Risk to people: unlikely to result in a risk (the facts suggest unlikely to result "
            "in a risk; likelihood significant, severity negligible)"
        )

    def test_children_assumed_without_any_group_of_people_say_so(self) -> None:
        inc = attrs.evolve(breach(), subjects=())
        enisa = analyse_risk(inc, GdprOptions(unknowns=Unknowns.ADVERSE)).enisa
        assert enisa is not None
        assert enisa.terms[0].reason == (
            "highest category: Identity and civil status: base 1, children (worst case "
            "assumed: not recorded) +1 (ENISA: characteristics of the individuals)"
        )
        typical = analyse_risk(inc).enisa
        assert typical is not None
        assert typical.terms[0].reason == "highest category: Identity and civil status: base 1"

    def test_enisa_terms_and_scores_are_built_by_keyword(self) -> None:
        with pytest.raises(TypeError):
            EnisaTerm("DPC", 1.0, "base")  # type: ignore[call-arg]
        term = EnisaTerm(name="DPC", value=1.0, reason="base")
        with pytest.raises(TypeError):
            EnisaScore(1, 1.0, 0.0, 1.0, EnisaBand.LOW, (term,))  # type: ignore[call-arg]

    def test_one_vulnerable_group_among_others_raises_the_data_processing_context(
        self,
    ) -> None:
        # The second group is the vulnerable one: each group counts, not only the first.
        groups = (subjects(10), attrs.evolve(subjects(40), vulnerable=True))
        enisa = analyse_risk(breach(subjects=groups)).enisa
        assert enisa is not None
        assert (enisa.dpc, enisa.terms[0].reason) == (
            2,
            "highest category: Identity and civil status: base 1, vulnerable people +1 (ENISA: "
            "characteristics of the individuals)",
        )

    @pytest.mark.parametrize(
        ("vector", "large"), [(Vector.MISDIRECTED_EMAIL, False), (Vector.RANSOMWARE, True)]
    )
    def test_an_unknown_number_of_people_is_assumed_many_only_where_the_cause_allows(
        self, vector: Vector, large: bool
    ) -> None:
        # One misdirected message ordinarily reaches a handful of records; ransomware does not.
        unknown = SubjectGroup(kind=SubjectKind.CUSTOMERS, count=Count.unknown())
        cause = Cause(intent=Intent.MALICIOUS, vectors=frozenset({vector}))
        risk = analyse_risk(breach(subjects=(unknown,), cause=cause))
        said = [r.text for r in risk.severity_reasons if r.text.startswith("Large scale")]
        assert said == (
            [
                "Large scale: an unknown number of people concerned (worst case assumed: many) "
                "(threshold 100,000) raises severity to limited."
            ]
            if large
            else []
        )

    def test_the_art_9_presumption_never_lowers_a_maximum_likelihood(self) -> None:
        effects = conf(
            Exfiltration.CONFIRMED, Recipient.KNOWN_UNTRUSTED, recipient_count=Count.exact(100)
        )
        health = (DataConcerned(category="health"),)
        assert analyse_risk(breach(data=health, effects=effects)).likelihood is Level.MAXIMUM
