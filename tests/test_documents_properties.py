"""Property: no draft asserts something its assessment contradicts.

For random incidents, every kind of document is drafted in every language (with
``force=True``, so that documents that are not owed are drafted too) and each statement
about the obligation, the risk, the Art. 34 position, the recipients and the deadlines is
checked against the determinations, read here independently of the drafting code.
"""

from __future__ import annotations

import attrs
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from breachmodel.assessment import Assessment, assess
from breachmodel.determination import Determination, Outcome
from breachmodel.documents import KINDS, Document, draft, languages
from breachmodel.model import Confidentiality, Effects, Incident
from breachmodel.regimes.gdpr.scope import check_scope
from strategies import incidents

OWED_BY = {
    "authority": "gdpr.art33.notify_authority",
    "people": "gdpr.art34.communicate_subjects",
    "public": "gdpr.art34.public_communication",
}


def _points(d: Determination) -> set[str]:
    """The Art. 34(3) points a determination cites anywhere."""
    cited = [*d.legal_basis, *(c for r in d.reasons for c in r.citations)]
    return {c.pinpoint[-2] for c in cited if c.pinpoint.startswith("Art. 34(3)(")}


def _check_people_position(doc: Document, a: Assessment) -> None:
    individual = a["gdpr.art34.communicate_subjects"]
    public = a["gdpr.art34.public_communication"]
    said = [k for k in doc.keys if k.startswith("people_") and k != "people_done"]
    assert len(said) == 1, said
    key = said[0]
    if key == "people_public":
        assert public.outcome is Outcome.REQUIRED
    elif key == "people_individual":
        assert individual.outcome is Outcome.REQUIRED
        assert public.outcome is not Outcome.REQUIRED
    elif key.startswith("people_exempt_"):
        assert individual.outcome is Outcome.NOT_REQUIRED
        assert key[-1] in _points(individual)
    elif key == "people_undetermined":
        assert Outcome.UNDETERMINED in (individual.outcome, public.outcome)
    elif key == "people_not_applicable":
        assert individual.outcome is Outcome.NOT_APPLICABLE
    else:
        assert individual.outcome is Outcome.NOT_REQUIRED
        assert public.outcome is not Outcome.REQUIRED


def _check_authority(doc: Document, a: Assessment, lang: str) -> None:
    notify = a["gdpr.art33.notify_authority"]
    level = a.risk.level.value if a.risk.level is not None else "undetermined"
    risks = [k for k in doc.keys if k.startswith("risk_")]
    assert risks == [f"risk_{level}"]
    due = notify.deadline.due if notify.deadline is not None else None
    assert ("deadline" in doc.keys) == (due is not None)
    status = notify.status.status.value if notify.status is not None else None
    assert ("late" in doc.keys) == (status in ("met_late", "overdue"))
    _check_people_position(doc, a)
    text = doc.to_text()
    if lang == "en":
        assert ("breach is likely to result in a high risk" in text) == (level == "high")
        routed = {x.name_en for x in a.routing.authorities}
        recipient = next(b for b in doc.blocks if b.key == "recipient")
        if not recipient.missing:
            named = dict(recipient.values)["authority"]
            assert any(name in named for name in routed)


def _check(doc: Document, a: Assessment, kind: str, lang: str) -> None:
    owed = a[OWED_BY[kind]].outcome is Outcome.REQUIRED
    assert bool(doc.warnings) == (not owed)
    assert doc.keys.count("not_owed") == (0 if owed else 1)
    public_required = a["gdpr.art34.public_communication"].outcome is Outcome.REQUIRED
    if kind == "public":
        # Only a controller whose assessment applied Art. 34(3)(c) says it cannot reach people.
        assert ("intro" in doc.keys) == public_required
        assert ("intro_requested" in doc.keys) == (not public_required)
    if kind == "authority":
        _check_authority(doc, a, lang)
    if lang == "en" and kind != "authority":
        assert ("disproportionate effort" in doc.to_text()) == (
            kind == "public" and public_required
        )


@st.composite
def breaches(draw: st.DrawFn) -> Incident:
    """Random incidents that are personal data breaches within the GDPR's reach in time."""
    incident = attrs.evolve(draw(incidents()), personal_data=True)
    if not incident.effects.types:
        incident = attrs.evolve(incident, effects=Effects(confidentiality=Confidentiality()))
    assume(check_scope(incident).outcome is None)
    return incident


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.one_of(incidents(), breaches(), breaches()))
def test_no_draft_contradicts_its_assessment(incident: Incident) -> None:
    a = assess(incident)
    for kind in KINDS:
        for lang in languages(kind):
            doc = draft(incident, kind=kind, lang=lang, assessment=a, force=True)
            _check(doc, a, kind, lang)
