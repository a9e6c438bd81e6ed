"""The named readings of the risk analysis that regulators' decisions settle or divide.

Each class is one reading, with its default and its alternative: identity data disclosed
(Recital 75; EDPB 9/2022, section IV.B), a trusted recipient (EDPB 9/2022, section IV.B;
01/2021, Case No. 09), a lost or stolen carrier never recovered (Recital 85; EDPB 9/2022,
section II.A.2) and the controller's documented conclusion (Art. 33(1); Recitals 76, 85).
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from _builders import breach, judged, run, subjects

from breachmodel.determination import Outcome, ReasonKind
from breachmodel.model import (
    Availability,
    Cause,
    Confidentiality,
    Count,
    DataConcerned,
    Effects,
    Exfiltration,
    Incident,
    Intent,
    MeasureKind,
    Measures,
    Recipient,
    RiskLevel,
    SubsequentMeasure,
    Vector,
)
from breachmodel.regimes.gdpr.options import (
    DocumentedConclusion,
    GdprOptions,
    RecipientAssurance,
    UnrecoveredLoss,
)
from breachmodel.regimes.gdpr.risk import Level, analyse_risk
from scenario_kit import SCENARIOS, incident_of

NAME_AND_PESEL = (DataConcerned(category="identity"), DataConcerned(category="national_id"))
NAME_AND_ID_CARD = (
    DataConcerned(category="identity"),
    DataConcerned(category="official_document"),
)
ORDINARY = (DataConcerned(category="identity"), DataConcerned(category="contact"))
BANK_FILE = (*NAME_AND_PESEL, DataConcerned(category="financial"))
GDPR_SCENARIOS = SCENARIOS / "gdpr"


def sent_to(recipient: Recipient, *, deleted: bool | None = None) -> Effects:
    """One message with the data, received by one recipient of this kind."""
    return Effects(
        confidentiality=Confidentiality(
            exfiltration=Exfiltration.CONFIRMED,
            recipients=frozenset({recipient}),
            recipient_count=Count.exact(1),
            recipient_confirmed_deletion=deleted,
        )
    )


def cited(analysis_reasons: tuple[object, ...]) -> set[str]:
    return {str(c) for r in analysis_reasons for c in getattr(r, "citations", ())}


class TestIdentityDataDisclosed:
    """Recital 75 and EDPB 9/2022 IV.B: identity theft or fraud is a severe consequence."""

    @pytest.mark.parametrize("data", [NAME_AND_PESEL, NAME_AND_ID_CARD])
    def test_two_peoples_id_numbers_to_one_stranger_are_a_high_risk(
        self, data: tuple[DataConcerned, ...]
    ) -> None:
        # UODO DKN.5131.5.2020: two people's PESEL numbers e-mailed to a stranger.
        inc = breach(data=data, subjects=(subjects(2),), effects=sent_to(Recipient.KNOWN_UNTRUSTED))
        risk = analyse_risk(inc)
        assert (risk.likelihood, risk.severity) == (Level.SIGNIFICANT, Level.SIGNIFICANT)
        assert risk.level is RiskLevel.HIGH
        floor = [r for r in risk.severity_reasons if r.text.startswith("Identity data")]
        assert [r.kind for r in floor] == [ReasonKind.INTERPRETATION]
        assert {"Recital 75 GDPR", "UODO decision, DKN.5131.5.2020"} <= cited(tuple(floor))

    def test_the_option_off_keeps_only_the_one_level_raise(self) -> None:
        inc = breach(
            data=NAME_AND_PESEL, subjects=(subjects(2),), effects=sent_to(Recipient.KNOWN_UNTRUSTED)
        )
        risk = analyse_risk(inc, GdprOptions(identity_data_severe=False))
        assert (risk.severity, risk.level) == (Level.LIMITED, RiskLevel.RISK)

    def test_a_confirmed_deletion_does_not_undo_the_reading_of_id_numbers(self) -> None:
        # UODO DKN.5131.1.2024 (mBank) and DKN.5131.59.2022 (Santander): a recipient's
        # assurance that it kept no copy left the risk high.
        effects = sent_to(Recipient.KNOWN_UNTRUSTED, deleted=True)
        inc = breach(data=NAME_AND_PESEL, subjects=(subjects(2),), effects=effects)
        risk = analyse_risk(inc)
        assert (risk.likelihood, risk.level) == (Level.SIGNIFICANT, RiskLevel.HIGH)
        assert "UODO decision, DKN.5131.59.2022" in cited(risk.likelihood_reasons)
        always = analyse_risk(inc, GdprOptions(recipient_assurance=RecipientAssurance.ALWAYS))
        assert (always.likelihood, always.level) == (Level.LIMITED, RiskLevel.RISK)

    def test_a_confirmed_deletion_still_counts_for_ordinary_data(self) -> None:
        effects = sent_to(Recipient.KNOWN_UNTRUSTED, deleted=True)
        assert analyse_risk(breach(data=ORDINARY, effects=effects)).likelihood is Level.LIMITED

    def test_no_floor_without_a_confidentiality_breach(self) -> None:
        lost = Effects(availability=Availability(permanent=True, restored_from_backup=False))
        risk = analyse_risk(breach(data=NAME_AND_PESEL, subjects=(subjects(2),), effects=lost))
        assert risk.severity is Level.LIMITED

    def test_name_and_birth_date_alone_are_not_identity_numbers(self) -> None:
        data = (DataConcerned(category="identity"), DataConcerned(category="date_of_birth"))
        risk = analyse_risk(
            breach(data=data, subjects=(subjects(2),), effects=sent_to(Recipient.KNOWN_UNTRUSTED))
        )
        assert not [r for r in risk.severity_reasons if r.text.startswith("Identity data")]


class TestRecipientAssurance:
    """EDPB 9/2022 IV.B and 01/2021 Case No. 09 against UODO DKN.5131.1.2024 (mBank)."""

    def test_trust_removes_the_likelihood_for_ordinary_data(self) -> None:
        risk = analyse_risk(breach(data=ORDINARY, effects=sent_to(Recipient.TRUSTED_KNOWN)))
        assert (risk.likelihood, risk.level) == (Level.NEGLIGIBLE, RiskLevel.UNLIKELY)

    def test_secrecy_does_not_remove_it_for_identity_data(self) -> None:
        risk = analyse_risk(breach(data=BANK_FILE, effects=sent_to(Recipient.TRUSTED_KNOWN)))
        assert (risk.likelihood, risk.level) == (Level.SIGNIFICANT, RiskLevel.HIGH)
        assert "UODO decision, DKN.5131.1.2024" in cited(risk.likelihood_reasons)

    def test_nor_does_a_confirmed_deletion(self) -> None:
        effects = sent_to(Recipient.TRUSTED_KNOWN, deleted=True)
        assert analyse_risk(breach(data=BANK_FILE, effects=effects)).likelihood is Level.SIGNIFICANT

    def test_the_edpb_reading_removes_it_whatever_the_data(self) -> None:
        opts = GdprOptions(recipient_assurance=RecipientAssurance.ALWAYS)
        inc = breach(data=BANK_FILE, effects=sent_to(Recipient.TRUSTED_KNOWN))
        assert analyse_risk(inc, opts).level is RiskLevel.UNLIKELY

    @pytest.mark.parametrize("deleted", [None, True])
    @pytest.mark.parametrize("data", [ORDINARY, BANK_FILE])
    def test_a_recipient_assurance_never_weighs_more_than_an_untrusted_one(
        self, data: tuple[DataConcerned, ...], deleted: bool | None
    ) -> None:
        trusted = analyse_risk(
            breach(data=data, effects=sent_to(Recipient.TRUSTED_KNOWN, deleted=deleted))
        )
        other = analyse_risk(
            breach(data=data, effects=sent_to(Recipient.KNOWN_UNTRUSTED, deleted=deleted))
        )
        assert trusted.likelihood is not None
        assert other.likelihood is not None
        assert trusted.likelihood <= other.likelihood


def lost_parcel(**changes: Any) -> Incident:
    """Two customers' bank file in a courier's parcel that was lost (UODO DKN.5131.16.2021)."""
    fields: dict[str, Any] = {
        "data": BANK_FILE,
        "subjects": (subjects(2),),
        "effects": Effects(confidentiality=Confidentiality(exfiltration=Exfiltration.UNKNOWN)),
        "cause": Cause(intent=Intent.ACCIDENTAL, vectors=frozenset({Vector.LOST_PAPER})),
    }
    fields.update(changes)
    return breach(**fields)


class TestUnrecoveredLoss:
    """Recital 85 and EDPB 9/2022 II.A.2: a lost carrier's readers can never be known."""

    def test_a_lost_parcel_never_found_is_read_as_probably_disclosed(self) -> None:
        risk = analyse_risk(lost_parcel())
        assert (risk.suggested, risk.missing_facts) == (RiskLevel.HIGH, ())
        reading = [r for r in risk.likelihood_reasons if r.kind is ReasonKind.INTERPRETATION]
        assert {"Recital 85 GDPR", "UODO decision, DKN.5131.16.2021"} <= cited(tuple(reading))
        assert risk.enisa is not None
        cb = next(t for t in risk.enisa.terms if t.name == "CB confidentiality")
        assert cb.reason.endswith("(read as likely: a lost or stolen carrier, not recovered)")

    def test_the_open_reading_leaves_art_34_undetermined(self) -> None:
        opts = GdprOptions(unrecovered_loss=UnrecoveredLoss.OPEN)
        pipeline = run(lost_parcel(), options=opts)
        assert pipeline.risk.suggested is None
        assert [m.path for m in pipeline.risk.missing_facts] == [
            "$.effects.confidentiality.exfiltration"
        ]
        assert pipeline.individual.outcome is Outcome.UNDETERMINED

    def test_a_parcel_recovered_is_not_read_so(self) -> None:
        found = Measures(
            subsequent=(SubsequentMeasure(kind=MeasureKind.DATA_RETRIEVED, confirmed=True),)
        )
        risk = analyse_risk(lost_parcel(measures=found))
        assert not [r for r in risk.likelihood_reasons if r.kind is ReasonKind.INTERPRETATION]

    def test_a_misdirected_message_is_not_a_lost_carrier(self) -> None:
        cause = Cause(intent=Intent.ACCIDENTAL, vectors=frozenset({Vector.MISDIRECTED_EMAIL}))
        risk = analyse_risk(lost_parcel(cause=cause))
        assert [m.path for m in risk.missing_facts] == ["$.effects.confidentiality.exfiltration"]


class TestDocumentedConclusion:
    """Art. 33(1) and Recital 85 (the controller's burden) against Recital 76 (objective)."""

    ENEA = breach(  # UODO DKN.5131.7.2020: 250 customers' contact data, deletion declared
        data=ORDINARY,
        subjects=(subjects(250),),
        effects=sent_to(Recipient.KNOWN_UNTRUSTED, deleted=True),
        judgment=judged(RiskLevel.UNLIKELY),
    )

    def test_followed_by_default_with_a_warning_naming_the_facts(self) -> None:
        pipeline = run(self.ENEA)
        assert pipeline.risk.level is RiskLevel.UNLIKELY
        assert pipeline.notify.outcome is Outcome.NOT_REQUIRED
        warning = [r for r in pipeline.notify.reasons if r.kind is ReasonKind.WARNING]
        assert len(warning) == 1
        assert "a known recipient received the data and confirmed its deletion" in warning[0].text
        assert "Recital 76 GDPR" in cited(tuple(warning))

    def test_tested_it_does_not_establish_the_exception(self) -> None:
        opts = GdprOptions(documented_conclusion=DocumentedConclusion.TESTED)
        pipeline = run(self.ENEA, options=opts)
        assert not pipeline.risk.judgment_followed
        assert pipeline.notify.outcome is Outcome.REQUIRED
        rejected = [r for r in pipeline.notify.reasons if r.kind is ReasonKind.EXCEPTION_REJECTED]
        assert "rests on the low sensitivity of the data alone" in rejected[0].text

    def test_a_conclusion_below_the_facts_level_gives_way_when_tested(self) -> None:
        inc = breach(
            data=BANK_FILE,
            effects=sent_to(Recipient.KNOWN_UNTRUSTED),
            judgment=judged(RiskLevel.RISK),
        )
        assert analyse_risk(inc).level is RiskLevel.RISK
        tested = analyse_risk(inc, GdprOptions(documented_conclusion=DocumentedConclusion.TESTED))
        assert (tested.level, tested.judgment_followed) == (RiskLevel.HIGH, False)
        assert (
            run(
                inc, options=GdprOptions(documented_conclusion=DocumentedConclusion.TESTED)
            ).individual.outcome
            is Outcome.REQUIRED
        )

    @pytest.mark.parametrize(
        ("effects", "level"),
        [
            (sent_to(Recipient.TRUSTED_KNOWN), RiskLevel.UNLIKELY),  # facts: negligible likelihood
            (sent_to(Recipient.KNOWN_UNTRUSTED), RiskLevel.HIGH),  # above the facts
        ],
    )
    def test_no_warning_where_the_facts_bear_it_out(
        self, effects: Effects, level: RiskLevel
    ) -> None:
        inc = breach(data=ORDINARY, effects=effects, judgment=judged(level))
        risk = analyse_risk(inc, GdprOptions(documented_conclusion=DocumentedConclusion.TESTED))
        assert (risk.level, risk.judgment_followed, risk.judgment_warnings) == (level, True, ())


def test_the_defaults_are_the_readings_the_docs_name() -> None:
    opts = GdprOptions()
    assert opts.identity_data_severe is True
    assert opts.recipient_assurance is RecipientAssurance.UNLESS_IDENTITY_DATA
    assert opts.unrecovered_loss is UnrecoveredLoss.LIKELY_DISCLOSED
    assert opts.documented_conclusion is DocumentedConclusion.FOLLOWED
    assert attrs.evolve(opts, unrecovered_loss=UnrecoveredLoss.OPEN) != opts


@pytest.mark.parametrize(
    "case",
    [
        "edpb-01-2021-case-02-ransomware-without-backup.toml",
        "edpb-01-2021-case-08-employee-exfiltrates-customer-data.toml",
    ],
)
def test_a_recorded_unlikely_in_edpb_cases_02_and_08_is_flagged_and_fails_when_tested(
    case: str,
) -> None:
    # EDPB 01/2021, Cases No. 02 and 08: the EDPB finds a risk where the data is ordinary.
    inc = attrs.evolve(incident_of(GDPR_SCENARIOS / case), judgment=judged(RiskLevel.UNLIKELY))
    followed = run(inc)
    assert followed.notify.outcome is Outcome.NOT_REQUIRED
    assert [r.kind for r in followed.notify.reasons].count(ReasonKind.WARNING) >= 1
    tested = run(inc, options=GdprOptions(documented_conclusion=DocumentedConclusion.TESTED))
    assert tested.notify.outcome is Outcome.REQUIRED
