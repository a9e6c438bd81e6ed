"""Article 34 GDPR: tell the people (1), content (2), exemptions (3), the authority's power (4)."""

from __future__ import annotations

import inspect
from collections.abc import Callable

import attrs
import pytest
from _builders import (
    AWARE,
    SCOPE_CITES,
    breach,
    cites,
    kinds,
    reason_cites,
    run,
    utc,
    with_judgment,
    with_timeline,
)

from breachmodel.clocks import Status
from breachmodel.determination import MissingFact, Outcome, ReasonKind
from breachmodel.model import (
    AuthorityDecision,
    AuthorityDecisionKind,
    Availability,
    Channel,
    Confidentiality,
    Consequence,
    ContactFacts,
    DataConcerned,
    Effects,
    Encryption,
    Exfiltration,
    Incident,
    Integrity,
    MeasureKind,
    Measures,
    Occurrence,
    PublicCommunication,
    RiskLevel,
    SubjectCommunication,
    SubsequentMeasure,
)
from breachmodel.regimes.gdpr import art34

HIGH = with_judgment(breach(), RiskLevel.HIGH)
"""The baseline breach, judged a high risk by the assessor."""

CLOCK_CITES = [
    "Art. 33(1) GDPR",
    "EDPB Guidelines 9/2022, section II.A.2",
    "breachmodel encoding notes, E5",
    "EDPB Guidelines 9/2022, para. 59",
]
ENCRYPTED = Encryption(applied_to_breached_data=True, state_of_the_art=True, key_compromised=False)
WIPED = SubsequentMeasure(kind=MeasureKind.REMOTE_WIPE, at=utc(2024, 2, 1, 10), confirmed=True)


def decided(
    incident: Incident, kind: AuthorityDecisionKind, exemption: str | None = None
) -> Incident:
    """The incident with an Art. 34(4) decision of the CNIL."""
    decision = AuthorityDecision(
        kind=kind, at=utc(2024, 2, 3), authority="fr-cnil", exemption=exemption
    )
    return attrs.evolve(incident, authority_decision=decision)


def undetermined_risk() -> Incident:
    """Financial data; whether it was taken is unknown: anything from unlikely to high."""
    return breach(
        data=(DataConcerned(category="financial"),),
        effects=Effects(confidentiality=Confidentiality(exfiltration=Exfiltration.UNKNOWN)),
    )


class TestCommunicateSubjects:
    """Art. 34(1), (3) and (4): must the people be told individually?"""

    def test_high_risk_requires_communication(self) -> None:
        det = run(HIGH, as_of=utc(2024, 2, 2)).individual
        assert det.outcome is Outcome.REQUIRED
        assert [str(c) for c in det.legal_basis] == ["Art. 34(1) GDPR"]
        assert kinds(det) == [
            "fact",
            "fact",
            "rule",
            "fact",
            "exception_rejected",
            "exception_rejected",
            "exception_rejected",
            "fact",
            "rule",
        ]
        assert cites(det) == [
            "Art. 34(1) GDPR",
            *SCOPE_CITES,
            "Recital 86 GDPR",
            "EDPB Guidelines 9/2022, section IV.B",
            "Art. 34(3)(a) GDPR",
            "breachmodel encoding notes, E13",
            "Art. 34(3)(b) GDPR",
            "Art. 34(3)(c) GDPR",
            *CLOCK_CITES,
        ]
        assert [r.text for r in det.reasons[4:7]] == [
            "Art. 34(3)(a) considered and rejected: the breached data was not rendered "
            "unintelligible (no effective encryption).",
            "Art. 34(3)(b) considered and rejected: no documented conclusion that subsequent "
            "measures removed the high risk.",
            "Art. 34(3)(c) considered and rejected: no documented conclusion that individual "
            "communication would involve disproportionate effort.",
        ]
        # "Without undue delay": no due instant, a duty that runs from awareness.
        assert det.deadline.open_ended is True
        assert (det.deadline.start, det.deadline.due) == (AWARE, None)
        assert [str(c) for c in det.deadline.citations][:2] == [
            "Art. 34(1) GDPR",
            "Recital 86 GDPR",
        ]
        assert (det.deadline.rule_id, det.deadline.label) == (
            "gdpr.art34.communicate_subjects",
            "Communicate the breach to the people concerned",
        )
        assert det.status.status is Status.OPEN
        assert det.recipients == ("data_subjects",)
        assert (det.missing_facts, det.open_questions) == ((), ())
        assert det.interpretations == ("E13: exemptions need evidence",)

    def test_communication_sent_meets_the_duty(self) -> None:
        sent = SubjectCommunication(at=utc(2024, 2, 1, 15), channels=frozenset({Channel.EMAIL}))
        det = run(with_timeline(HIGH, subject_communications=(sent,)), as_of=utc(2024, 2, 2))
        assert det.individual.status.status is Status.MET
        assert det.individual.status.met_at == sent.at

    def test_risk_below_high_is_not_required(self) -> None:
        det = run(with_judgment(breach(), RiskLevel.RISK)).individual
        assert det.outcome is Outcome.NOT_REQUIRED
        assert kinds(det) == ["fact", "fact", "rule", "fact"]
        assert det.reasons[-1].text == (
            "The risk level is 'risk' (the assessor's conclusion of 2024-02-01), below the "
            "high-risk threshold."
        )
        assert cites(det) == ["Art. 34(1) GDPR", *SCOPE_CITES, "Recital 86 GDPR"]
        assert (det.deadline, det.status) == (None, None)

    def test_34_3_a_encryption_applied(self) -> None:
        det = run(attrs.evolve(HIGH, measures=Measures(encryption=ENCRYPTED))).individual
        assert det.outcome is Outcome.NOT_REQUIRED
        assert [str(c) for c in det.legal_basis] == ["Art. 34(1) GDPR", "Art. 34(3)(a) GDPR"]
        assert kinds(det)[-1] == "exception_applied"
        assert reason_cites(det, ReasonKind.EXCEPTION_APPLIED) == [
            [
                "Art. 34(3)(a) GDPR",
                "EDPB Guidelines 9/2022, section III.B",
                "breachmodel encoding notes, E13",
            ]
        ]
        assert det.interpretations == ("E13: exemptions need evidence",)

    def test_34_3_a_cannot_exempt_a_loss_with_no_backup(self) -> None:
        lost = Effects(
            confidentiality=Confidentiality(exfiltration=Exfiltration.UNKNOWN),
            availability=Availability(permanent=True, restored_from_backup=False),
        )
        measures = Measures(encryption=ENCRYPTED, backup_available=False)
        det = run(attrs.evolve(HIGH, effects=lost, measures=measures)).individual
        assert det.outcome is Outcome.REQUIRED
        assert "protects confidentiality only" in det.reasons[4].text
        assert det.reasons[4].kind is ReasonKind.EXCEPTION_REJECTED
        assert [str(c) for c in det.reasons[4].citations] == [
            "Art. 34(3)(a) GDPR",
            "EDPB Guidelines 9/2022, section III.B",
            "EDPB Guidelines 9/2022, section I.B",
        ]

    def test_34_3_a_still_applies_when_a_backup_restores_the_data(self) -> None:
        lost = Effects(
            confidentiality=Confidentiality(exfiltration=Exfiltration.UNKNOWN),
            availability=Availability(permanent=False, restored_from_backup=True),
        )
        det = run(attrs.evolve(HIGH, effects=lost, measures=Measures(encryption=ENCRYPTED)))
        assert det.individual.outcome is Outcome.NOT_REQUIRED
        assert [str(c) for c in det.individual.legal_basis][-1] == "Art. 34(3)(a) GDPR"

    def test_34_3_a_cannot_exempt_an_irreversible_alteration(self) -> None:
        altered = Effects(integrity=Integrity(altered=True, reversible=False))
        det = run(attrs.evolve(HIGH, effects=altered, measures=Measures(encryption=ENCRYPTED)))
        assert det.individual.outcome is Outcome.REQUIRED
        assert "altered data that is not recorded as restorable" in det.individual.reasons[4].text

    @pytest.mark.parametrize(
        ("integrity", "applies"),
        [
            (Integrity(altered=False), True),  # nothing was altered: no loss to weigh
            (Integrity(altered=True, reversible=True), True),  # restorable: no lasting loss
            (Integrity(altered=None), False),  # alteration unknown, not shown restorable
            (Integrity(altered=True), False),  # altered; restorable is not recorded
        ],
    )
    def test_34_3_a_and_an_alteration(self, integrity: Integrity, applies: bool) -> None:
        effects = Effects(integrity=integrity)
        det = run(attrs.evolve(HIGH, effects=effects, measures=Measures(encryption=ENCRYPTED)))
        outcome = Outcome.NOT_REQUIRED if applies else Outcome.REQUIRED
        assert det.individual.outcome is outcome
        loss = "altered data that is not recorded as restorable" in det.individual.reasons[4].text
        assert loss is not applies

    @pytest.mark.parametrize(
        ("restored", "backup", "applies"),
        [
            (None, True, True),  # a backup is recorded: the data can be made good
            (True, None, True),  # restored from a backup
            (None, None, False),  # lost, and no backup recorded either way
            (False, False, False),  # lost for good
        ],
    )
    def test_34_3_a_and_a_loss(
        self, restored: bool | None, backup: bool | None, applies: bool
    ) -> None:
        effects = Effects(availability=Availability(permanent=True, restored_from_backup=restored))
        measures = Measures(encryption=ENCRYPTED, backup_available=backup)
        det = run(attrs.evolve(HIGH, effects=effects, measures=measures)).individual
        assert det.outcome is (Outcome.NOT_REQUIRED if applies else Outcome.REQUIRED)
        loss = "made data unavailable or destroyed it, with no backup recorded"
        assert (loss in det.reasons[4].text) is not applies

    def test_34_3_a_rejected_when_the_key_was_compromised(self) -> None:
        leaked = attrs.evolve(ENCRYPTED, key_compromised=True)
        det = run(attrs.evolve(HIGH, measures=Measures(encryption=leaked))).individual
        assert det.outcome is Outcome.REQUIRED
        assert det.reasons[4].text == (
            "Art. 34(3)(a) considered and rejected: the breached data was not rendered "
            "unintelligible (no effective encryption)."
        )

    def test_34_3_a_rejected_when_the_encryption_facts_are_incomplete(self) -> None:
        unknown = Encryption(applied_to_breached_data=True, state_of_the_art=True)
        det = run(attrs.evolve(HIGH, measures=Measures(encryption=unknown))).individual
        assert det.outcome is Outcome.REQUIRED
        assert det.reasons[4].text == (
            "Art. 34(3)(a) considered and rejected: the encryption facts are incomplete, and "
            "the exemption needs evidence."
        )
        assert [m.path for m in det.open_questions] == ["$.measures.encryption"]

    def test_34_3_b_subsequent_measures_recorded(self) -> None:
        measures = Measures(subsequent=(WIPED,), high_risk_no_longer_likely=True)
        det = run(attrs.evolve(HIGH, measures=measures)).individual
        assert det.outcome is Outcome.NOT_REQUIRED
        assert [str(c) for c in det.legal_basis] == ["Art. 34(1) GDPR", "Art. 34(3)(b) GDPR"]
        assert kinds(det)[-2:] == ["exception_rejected", "exception_applied"]
        assert det.reasons[-1].text == (
            "Art. 34(3)(b) considered and applied: the controller documented that its "
            "subsequent measures (remote wipe) mean the high risk is no longer likely to "
            "materialise."
        )
        assert reason_cites(det, ReasonKind.EXCEPTION_APPLIED) == [
            ["Art. 34(3)(b) GDPR", "breachmodel encoding notes, E13"]
        ]

    def test_34_3_b_conclusion_without_any_measure_is_rejected(self) -> None:
        measures = Measures(high_risk_no_longer_likely=True)
        det = run(attrs.evolve(HIGH, measures=measures)).individual
        assert det.outcome is Outcome.REQUIRED
        assert det.reasons[5].text == (
            "Art. 34(3)(b) considered and rejected: the conclusion is recorded but no "
            "subsequent measure is, and the exemption needs them."
        )

    def test_34_3_b_measures_without_a_conclusion_ask_for_it(self) -> None:
        det = run(attrs.evolve(HIGH, measures=Measures(subsequent=(WIPED,)))).individual
        assert det.outcome is Outcome.REQUIRED
        assert [m.path for m in det.open_questions] == ["$.measures.high_risk_no_longer_likely"]

    @pytest.mark.parametrize(
        ("contact", "why"),
        [
            (
                ContactFacts(disproportionate_effort=True),
                "the controller documented that contacting them individually would involve "
                "disproportionate effort",
            ),
            (
                ContactFacts(contact_details_available=False),
                "the controller has no means of contacting them",
            ),
        ],
    )
    def test_34_3_c_disproportionate_effort_becomes_a_public_communication(
        self, contact: ContactFacts, why: str
    ) -> None:
        p = run(attrs.evolve(HIGH, contact=contact))
        det = p.individual
        assert det.outcome is Outcome.NOT_REQUIRED
        assert [str(c) for c in det.legal_basis] == ["Art. 34(1) GDPR", "Art. 34(3)(c) GDPR"]
        assert det.reasons[-1].kind is ReasonKind.EXCEPTION_APPLIED
        assert det.reasons[-1].text == (
            f"Art. 34(3)(c) considered and applied: {why}. This does not remove the duty: a "
            "public communication or similar measure must inform people as effectively."
        )
        assert [str(c) for c in det.reasons[-1].citations] == [
            "Art. 34(3)(c) GDPR",
            "breachmodel encoding notes, E13",
        ]
        assert det.interpretations == ("E13: Art. 34(3)(c) becomes a public communication",)
        assert p.public.outcome is Outcome.REQUIRED
        assert p.people_content.outcome is Outcome.REQUIRED

    def test_34_4_authority_requires_communication_overrides(self) -> None:
        inc = decided(
            with_judgment(breach(), RiskLevel.RISK), AuthorityDecisionKind.REQUIRE_COMMUNICATION
        )
        det = run(inc).individual
        assert det.outcome is Outcome.REQUIRED
        assert [str(c) for c in det.legal_basis] == ["Art. 34(1) GDPR", "Art. 34(4) GDPR"]
        assert kinds(det) == ["fact", "fact", "rule", "fact", "rule", "fact", "rule"]
        assert det.reasons[4].text == (
            "The supervisory authority required the communication on "
            "2024-02-03T00:00:00+00:00; its decision overrides the controller's own assessment."
        )
        assert [str(c) for c in det.reasons[4].citations] == [
            "Art. 34(4) GDPR",
            "Art. 58(2)(e) GDPR",
            "breachmodel encoding notes, E13",
        ]
        assert det.deadline.start == AWARE

    def test_34_4_authority_requirement_overrides_an_undetermined_risk(self) -> None:
        inc = decided(undetermined_risk(), AuthorityDecisionKind.REQUIRE_COMMUNICATION)
        det = run(inc).individual
        assert det.outcome is Outcome.REQUIRED
        assert det.missing_facts == ()

    @pytest.mark.parametrize("exemption", ["a", "b"])
    def test_34_4_authority_finds_an_exemption_met_overrides(self, exemption: str) -> None:
        p = run(decided(HIGH, AuthorityDecisionKind.EXEMPTION_MET, exemption))
        det = p.individual
        assert det.outcome is Outcome.NOT_REQUIRED
        assert [str(c) for c in det.legal_basis] == ["Art. 34(1) GDPR", "Art. 34(4) GDPR"]
        assert det.reasons[-1].text == (
            f"The supervisory authority decided on 2024-02-03T00:00:00+00:00 that the "
            f"condition of Art. 34(3)({exemption}) is met; its decision overrides the "
            "controller's own assessment."
        )
        assert [str(c) for c in det.reasons[-1].citations] == [
            "Art. 34(4) GDPR",
            "breachmodel encoding notes, E13",
        ]
        assert p.public.outcome is Outcome.NOT_REQUIRED
        assert p.people_content.outcome is Outcome.NOT_APPLICABLE

    def test_34_4_authority_finds_34_3_c_met_public_communication(self) -> None:
        p = run(decided(HIGH, AuthorityDecisionKind.EXEMPTION_MET, "c"))
        assert p.individual.outcome is Outcome.NOT_REQUIRED
        assert kinds(p.individual)[-2:] == ["rule", "exception_applied"]
        assert p.individual.reasons[-1].text == (
            "Art. 34(3)(c) applied by the authority's decision: individual communication is "
            "replaced by a public communication or similar measure informing people as "
            "effectively."
        )
        assert [str(c) for c in p.individual.reasons[-1].citations] == [
            "Art. 34(3)(c) GDPR",
            "Art. 34(4) GDPR",
            "breachmodel encoding notes, E13",
        ]
        assert p.public.outcome is Outcome.REQUIRED

    def test_undetermined_risk_is_undetermined(self) -> None:
        p = run(undetermined_risk())
        det = p.individual
        assert det.outcome is Outcome.UNDETERMINED
        assert [m.path for m in det.missing_facts] == ["$.effects.confidentiality.exfiltration"]
        assert kinds(det) == ["fact", "fact", "rule", "missing"]
        assert det.reasons[-1].text == (
            "Whether the risk is high cannot be told: the facts allow unlikely to high."
        )
        assert [str(c) for c in det.reasons[-1].citations] == [
            "Art. 34(1) GDPR",
            "EDPB Guidelines 9/2022, section IV.B",
        ]
        assert (det.deadline, det.status) == (None, None)
        assert p.notify.outcome is Outcome.REQUIRED  # E7: Art. 33 still notifies

    def test_unknown_facts_that_cannot_make_it_high_do_not_block(self) -> None:
        inc = breach(
            data=(DataConcerned(category="behavioural"),),
            effects=Effects(confidentiality=Confidentiality(exfiltration=Exfiltration.UNKNOWN)),
        )
        p = run(inc)
        assert p.risk.suggested_range == (RiskLevel.UNLIKELY, RiskLevel.RISK)
        assert p.individual.outcome is Outcome.NOT_REQUIRED
        assert p.individual.reasons[-1].text == (
            "The risk level is 'risk', below the high-risk threshold."
        )

    def test_out_of_scope_takes_the_scope_outcome(self) -> None:
        det = run(attrs.evolve(HIGH, personal_data=False)).individual
        assert det.outcome is Outcome.NOT_REQUIRED
        old = run(
            with_timeline(
                HIGH,
                occurred=Occurrence.at(utc(2017, 1, 1)),
                detected_at=None,
                controller_aware_at=None,
            )
        )
        assert old.individual.outcome is Outcome.NOT_APPLICABLE


class TestPublicCommunication:
    """Art. 34(3)(c): a public communication informing people as effectively."""

    def test_not_required_when_people_can_be_told_individually(self) -> None:
        det = run(HIGH).public
        assert det.outcome is Outcome.NOT_REQUIRED
        assert kinds(det) == ["rule"]
        assert det.reasons[0].text == (
            "A public communication replaces individual ones only where these would involve "
            "disproportionate effort; that is not the case here."
        )
        assert cites(det) == ["Art. 34(3)(c) GDPR"]

    def test_required_under_34_3_c(self) -> None:
        inc = attrs.evolve(HIGH, contact=ContactFacts(contact_details_available=False))
        det = run(inc, as_of=utc(2024, 2, 2)).public
        assert det.outcome is Outcome.REQUIRED
        assert kinds(det) == ["rule", "fact", "rule"]
        assert cites(det) == [
            "Art. 34(3)(c) GDPR",
            "EDPB Guidelines 9/2022, section III.B",
            "breachmodel encoding notes, E13",
            *CLOCK_CITES[:3],
            "Art. 34(1) GDPR",
            "Recital 86 GDPR",
            CLOCK_CITES[3],
        ]
        assert det.recipients == ("public",)
        assert det.deadline.open_ended is True
        assert det.status.status is Status.OPEN
        assert det.interpretations == ("E13: Art. 34(3)(c) becomes a public communication",)

    def test_a_public_notice_meets_it_and_individual_messages_do_not(self) -> None:
        inc = attrs.evolve(HIGH, contact=ContactFacts(contact_details_available=False))
        banner = PublicCommunication(at=utc(2024, 2, 2), channels=frozenset({Channel.WEBSITE}))
        message = SubjectCommunication(at=utc(2024, 2, 1, 12))
        only_messages = run(
            with_timeline(inc, subject_communications=(message,)), as_of=utc(2024, 2, 3)
        )
        assert only_messages.public.status.status is Status.OPEN
        published = run(with_timeline(inc, public_communications=(banner,)), as_of=utc(2024, 2, 3))
        assert published.public.status.status is Status.MET
        assert published.public.status.met_at == banner.at

    def test_undetermined_with_the_individual_duty(self) -> None:
        det = run(undetermined_risk()).public
        assert det.outcome is Outcome.UNDETERMINED
        assert [m.path for m in det.missing_facts] == ["$.effects.confidentiality.exfiltration"]

    def test_not_applicable_before_the_gdpr_applied(self) -> None:
        inc = with_timeline(
            HIGH,
            occurred=Occurrence.at(utc(2017, 1, 1)),
            detected_at=None,
            controller_aware_at=None,
        )
        det = run(inc).public
        assert det.outcome is Outcome.NOT_APPLICABLE
        assert cites(det) == ["Art. 34(3)(c) GDPR", "Art. 99(2) GDPR"]


class TestCommunicationContent:
    """Art. 34(2): clear and plain language, the nature, and points (b)-(d) of Art. 33(3)."""

    def test_items_of_art_34_2(self) -> None:
        det = run(HIGH).people_content
        assert det.outcome is Outcome.REQUIRED
        assert [(i.id, str(i.citation), i.provided) for i in det.checklist] == [
            ("art34.2.nature", "Art. 34(2) GDPR", True),
            ("art34.2.contact", "Art. 33(3)(b) GDPR", True),
            ("art34.2.consequences", "Art. 33(3)(c) GDPR", False),
            ("art34.2.measures", "Art. 33(3)(d) GDPR", False),
            ("art34.2.advice", "EDPB Guidelines 9/2022, section III.A", False),
        ]
        # Art. 33(3)(a) (categories and numbers) is not owed to the people.
        assert all("33(3)(a)" not in str(i.citation) for i in det.checklist)
        assert kinds(det) == ["rule", "fact"]
        assert det.reasons[1].text == (
            "To be completed before sending: likely consequences of the breach, measures taken "
            "or proposed, including mitigation, specific advice on how people can protect "
            "themselves."
        )
        assert cites(det) == ["Art. 34(2) GDPR", "EDPB Guidelines 9/2022, section III.A"]
        assert det.recipients == ("data_subjects",)

    @pytest.mark.parametrize("public", [Outcome.NOT_REQUIRED, Outcome.UNDETERMINED])
    def test_the_content_goes_to_the_public_only_when_that_communication_is_owed(
        self, public: Outcome
    ) -> None:
        done = run(HIGH)
        asked = (MissingFact(path="$.contact", question="Can they be reached?"),)
        missing = asked if public is Outcome.UNDETERMINED else ()
        undecided = attrs.evolve(
            done.public, outcome=public, recipients=("public",), missing_facts=missing
        )
        det = art34.communication_content(HIGH, individual=done.individual, public=undecided)
        assert (det.outcome, det.recipients) == (Outcome.REQUIRED, ("data_subjects",))

    def test_complete_communication(self) -> None:
        inc = attrs.evolve(
            HIGH,
            consequences=frozenset({Consequence.TARGETED_PHISHING}),
            measures=Measures(subsequent=(WIPED,)),
        )
        det = run(inc).people_content
        assert all(i.provided for i in det.checklist)
        assert kinds(det) == ["rule"]

    def test_public_communication_content_goes_to_the_public(self) -> None:
        inc = attrs.evolve(HIGH, contact=ContactFacts(disproportionate_effort=True))
        assert run(inc).people_content.recipients == ("public",)

    def test_not_applicable_without_a_communication(self) -> None:
        det = run(with_judgment(breach(), RiskLevel.RISK)).people_content
        assert det.outcome is Outcome.NOT_APPLICABLE
        assert det.checklist == ()
        assert det.reasons[0].text == "Content is owed only with a communication to people."

    def test_undetermined_with_the_communication(self) -> None:
        det = run(undetermined_risk()).people_content
        assert det.outcome is Outcome.UNDETERMINED
        assert [m.path for m in det.missing_facts] == ["$.effects.confidentiality.exfiltration"]


def test_baseline_is_reachable_individually() -> None:
    """Guard: the baseline controller can contact the people; no exemption is recorded."""
    assert HIGH.contact == ContactFacts()
    assert HIGH.measures == Measures()
    assert HIGH.timeline.controller_aware_at == AWARE
    assert HIGH.timeline.detected_at == AWARE


@pytest.mark.parametrize(
    "rule",
    [art34.communicate_subjects, art34.public_communication, art34.communication_content],
)
def test_the_rules_take_their_inputs_by_keyword(rule: Callable[..., object]) -> None:
    # Determinations and analyses of the same type must never be swapped by position.
    passing = [p.kind for p in inspect.signature(rule).parameters.values()]
    assert passing[0] is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert set(passing[1:]) == {inspect.Parameter.KEYWORD_ONLY}
