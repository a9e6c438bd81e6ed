"""Properties of the GDPR rules over generated incidents (``strategies.incidents``).

1. Raising the risk never removes an obligation; more recipients never lower the suggested
   risk.
2. A high risk means notifying the authority, whatever Art. 34(3) or 34(4) say.
3. Undetermined if and only if facts are missing.
4. Every determination and every reason cites at least one provision.
5. The same input gives byte-identical output, also after a round trip through the file
   format.
6. The rules never read the clock.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from breachmodel.assessment import Assessment, assess
from breachmodel.citations import gdpr
from breachmodel.determination import Determination, MissingFact, Outcome
from breachmodel.model import (
    AssessorJudgment,
    AuthorityDecision,
    Confidentiality,
    ContactFacts,
    Count,
    Effects,
    Encryption,
    Incident,
    RiskLevel,
)
from breachmodel.regimes.gdpr.scope import check_scope
from breachmodel.serialization import dumps, loads
from strategies import authority_decisions, contact_facts, encryptions, incidents

AS_OF = datetime(2024, 6, 1, 12, tzinfo=UTC)
JUDGED_AT = datetime(2024, 6, 1, 9, tzinfo=UTC)
LEVELS = (RiskLevel.UNLIKELY, RiskLevel.RISK, RiskLevel.HIGH)
SRC = Path(__file__).resolve().parent.parent / "src" / "breachmodel"

NOTIFY = "gdpr.art33.notify_authority"
INDIVIDUAL = "gdpr.art34.communicate_subjects"
PUBLIC = "gdpr.art34.public_communication"


def judged(incident: Incident, level: RiskLevel) -> Incident:
    judgment = AssessorJudgment(level=level, justification="Assessed.", by="DPO", at=JUDGED_AT)
    return attrs.evolve(incident, judgment=judgment)


def people_told(a: Assessment) -> Outcome:
    """Art. 34(1) and the public communication of 34(3)(c) together: are people told?"""
    outcomes = {a[INDIVIDUAL].outcome, a[PUBLIC].outcome}
    for outcome in (Outcome.REQUIRED, Outcome.UNDETERMINED, Outcome.NOT_REQUIRED):
        if outcome in outcomes:
            return outcome
    return Outcome.NOT_APPLICABLE


def all_reasons_cite(a: Assessment) -> list[str]:
    """Every reason or determination that cites nothing, by name."""
    bad = [d.id for d in a.determinations if not d.legal_basis]
    bad += [f"{d.id}: {r.text}" for d in a.determinations for r in d.reasons if not r.citations]
    bad += [f"risk: {r.text}" for r in a.risk.reasons if not r.citations]
    bad += [f"routing: {r.text}" for r in a.routing.reasons if not r.citations]
    if not a.routing.legal_basis:
        bad.append("routing: no legal basis")
    return bad


# --- 1. monotonicity ----------------------------------------------------------------------


@given(incidents())
def test_raising_the_risk_never_removes_an_obligation(incident: Incident) -> None:
    notify: list[Outcome] = []
    told: list[Outcome] = []
    for level in LEVELS:
        a = assess(judged(incident, level), as_of=AS_OF)
        notify.append(a[NOTIFY].outcome)
        told.append(people_told(a))
    for outcomes in (notify, told):
        for lower, higher in itertools.pairwise(outcomes):
            assert not (lower is Outcome.REQUIRED and higher is Outcome.NOT_REQUIRED), outcomes


@given(incidents(), st.integers(min_value=1, max_value=200_000))
def test_more_recipients_never_lower_the_suggested_risk(incident: Incident, more: int) -> None:
    # EDPB 9/2022, Annex B (ix) and 01/2021, Case No. 14: a wider disclosure weighs more.
    conf = incident.effects.confidentiality
    if conf is None:
        return
    before = conf.recipient_count.best if conf.recipient_count is not None else None
    wider = Count.exact((before or 0) + more)
    effects = attrs.evolve(
        incident.effects, confidentiality=attrs.evolve(conf, recipient_count=wider)
    )
    narrow = assess(incident, as_of=AS_OF).risk.suggested
    wide = assess(attrs.evolve(incident, effects=effects), as_of=AS_OF).risk.suggested
    if narrow is None or wide is None:
        return
    assert LEVELS.index(wide) >= LEVELS.index(narrow), (narrow, wide)


@given(incidents())
def test_a_judgment_never_lowers_notification_below_the_suggestion_of_high(
    incident: Incident,
) -> None:
    """A documented 'high' never removes what the facts alone required."""
    plain = assess(attrs.evolve(incident, judgment=None), as_of=AS_OF)
    high = assess(judged(incident, RiskLevel.HIGH), as_of=AS_OF)
    if plain[NOTIFY].outcome is Outcome.REQUIRED:
        assert high[NOTIFY].outcome is Outcome.REQUIRED


# --- 2. high risk: notify the authority whatever Art. 34(3) says ----------------------------


@given(
    incidents(),
    st.none() | encryptions,
    st.none() | st.booleans(),
    contact_facts,
    st.none() | authority_decisions(),
)
def test_high_risk_always_means_notify_the_authority(
    incident: Incident,
    encryption: Encryption | None,
    neutralised: bool | None,
    contact: ContactFacts,
    decision: AuthorityDecision | None,
) -> None:
    in_scope = attrs.evolve(incident, personal_data=True)
    if not in_scope.effects.types:
        in_scope = attrs.evolve(in_scope, effects=Effects(confidentiality=Confidentiality()))
    if check_scope(in_scope).outcome is not None:  # no date, or every date before 25 May 2018
        return
    varied = attrs.evolve(
        judged(in_scope, RiskLevel.HIGH),
        measures=attrs.evolve(
            in_scope.measures, encryption=encryption, high_risk_no_longer_likely=neutralised
        ),
        contact=contact,
        authority_decision=decision,
    )
    result = assess(varied, as_of=AS_OF)
    det = result[NOTIFY]
    if varied.controller.public_ecomms_provider and varied.ecomms_service:
        # Art. 95 GDPR: Reg. 611/2013 takes the place of Art. 33 for a public e-communications
        # provider's breach in providing that service; its notice is owed for every breach.
        assert det.outcome is Outcome.NOT_APPLICABLE, [r.text for r in det.reasons]
        det = result["eprivacy.reg611.notify_authority"]
    assert det.outcome is Outcome.REQUIRED, [r.text for r in det.reasons]


# --- 3. undetermined iff facts are missing ------------------------------------------------


@given(incidents())
def test_undetermined_if_and_only_if_facts_are_missing(incident: Incident) -> None:
    a = assess(incident, as_of=AS_OF)
    for det in a.determinations:
        assert (det.outcome is Outcome.UNDETERMINED) == bool(det.missing_facts), det.id
    assert a.routing.determined == (not a.routing.missing_facts)
    assert (a.risk.suggested is None) == (a.risk.suggested_range[0] != a.risk.suggested_range[1])


@pytest.mark.parametrize("outcome", [o for o in Outcome if o is not Outcome.UNDETERMINED])
def test_a_determined_outcome_with_missing_facts_is_refused(outcome: Outcome) -> None:
    with pytest.raises(ValueError, match="undetermined iff facts are missing"):
        Determination(
            id="x",
            title="x",
            outcome=outcome,
            legal_basis=(gdpr(33, 1),),
            missing_facts=(MissingFact(path="$.x", question="?"),),
        )


def test_an_undetermined_outcome_without_missing_facts_is_refused() -> None:
    with pytest.raises(ValueError, match="undetermined iff facts are missing"):
        Determination(id="x", title="x", outcome=Outcome.UNDETERMINED, legal_basis=(gdpr(33, 1),))


def test_a_determination_without_legal_basis_is_refused() -> None:
    with pytest.raises(ValueError, match="must cite its legal basis"):
        Determination(id="x", title="x", outcome=Outcome.REQUIRED, legal_basis=())


# --- 4. everything cites ------------------------------------------------------------------


@given(incidents())
def test_every_determination_and_reason_cites_a_provision(incident: Incident) -> None:
    a = assess(incident, as_of=AS_OF)
    assert all_reasons_cite(a) == []
    for det in a.determinations:
        assert det.citations[: len(det.legal_basis)] == det.legal_basis


# --- 5. determinism -----------------------------------------------------------------------


def _renders(a: Assessment) -> tuple[str, str, str, str]:
    return a.to_json(), a.to_text(), a.to_markdown(), a.to_html()


@given(incidents(), st.none() | st.just(AS_OF))
def test_same_input_same_bytes(incident: Incident, as_of: datetime | None) -> None:
    first = _renders(assess(incident, as_of=as_of))
    assert _renders(assess(incident, as_of=as_of)) == first
    assert _renders(assess(loads(dumps(incident)), as_of=as_of)) == first


# --- 6. the rules never read the clock ----------------------------------------------------

_CLOCK = re.compile(r"datetime\.now|\.now\(|today\(|time\.time\(|utcnow|time\.monotonic\(")


def _sources() -> list[Path]:
    return [
        *sorted((SRC / "regimes").rglob("*.py")),
        SRC / "assessment.py",
        SRC / "render.py",
    ]


def test_the_rules_never_read_the_clock() -> None:
    files = _sources()
    assert len(files) >= 8, files
    offending = [
        f"{path.relative_to(SRC)}:{n}: {line.strip()}"
        for path in files
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if _CLOCK.search(line)
    ]
    assert offending == []


def test_the_clock_pattern_catches_what_it_should() -> None:
    for line in (
        "datetime.now(UTC)",
        "date.today()",
        "time.time()",
        "datetime.utcnow()",
        "x = dt.now()",
    ):
        assert _CLOCK.search(line), line
    assert not _CLOCK.search("as_of: datetime | None")
