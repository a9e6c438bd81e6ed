"""A provider or controller wholly outside the EEA, whose people all live outside it.

Art. 3(2) GDPR reaches the processing of data of people who are in the Union, and the
ePrivacy rules cover services in public communications networks in the Union (Art. 3 of
Directive 2002/58/EC). A UK operator whose subscribers all live in the UK answers to the
UK GDPR and PECR, not to the EU texts; an assumption that the GDPR applies (Art. 3(2) not
recorded) must not contradict the recorded countries.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from breachmodel.assessment import Assessment, assess
from breachmodel.determination import Outcome
from breachmodel.model import Count, Establishment, Incident, ResidenceCount, SubjectGroup
from scenario_kit import as_of, incident_of

UK_ISP = Path(__file__).parent / "scenarios" / "uk_gdpr" / "pecr-isp-account-data-2024.toml"


def _uk_isp() -> Incident:
    incident = incident_of(UK_ISP)
    assert [e.country for e in incident.controller.establishments] == ["GB"]
    assert incident.subject_countries == {"GB"}
    assert incident.offers_to_eea is None
    return incident


def _eu_rules_reach(a: Assessment) -> None:
    """The EU texts apply: ePrivacy is assessed and takes Art. 33 GDPR's place (Art. 95)."""
    assert "eprivacy" in {r.regime for r in a.regimes}
    assert {o.yielding.regime for o in a.overlaps} == {"gdpr", "uk_gdpr"}
    notify = a["gdpr.art33.notify_authority"]
    assert not any("recorded as living outside" in r.text for r in notify.reasons)
    assert a["gdpr.art34.communicate_subjects"].outcome is not Outcome.NOT_APPLICABLE


def _with_group(incident: Incident, group: SubjectGroup) -> Incident:
    return attrs.evolve(incident, subjects=(*incident.subjects, group))


def test_the_gdpr_does_not_reach_a_uk_breach_of_uk_residents() -> None:
    a = assess(_uk_isp(), as_of=as_of(UK_ISP))
    notify = a["gdpr.art33.notify_authority"]
    assert notify.outcome is Outcome.NOT_APPLICABLE
    assert any("recorded as living outside it (GB)" in r.text for r in notify.reasons)
    assert any(c.pinpoint == "Art. 3(2)" for r in notify.reasons for c in r.citations)
    uk = a["uk_gdpr.art34.communicate_subjects"]
    assert uk.outcome is not Outcome.NOT_APPLICABLE


def test_the_eu_eprivacy_rules_do_not_reach_a_uk_operator() -> None:
    a = assess(_uk_isp(), as_of=as_of(UK_ISP))
    reached = {r.regime for r in a.regimes}
    assert "eprivacy" not in reached
    assert "pecr" in reached
    assert [o.yielding.regime for o in a.overlaps] == ["uk_gdpr"]


def test_one_person_in_the_eea_brings_both_back() -> None:
    incident = _uk_isp()
    group = SubjectGroup(
        kind=incident.subjects[0].kind,
        count=incident.subjects[0].count,
        by_country=(ResidenceCount(country="IE", count=Count.exact(1)),),
    )
    a = assess(_with_group(incident, group), as_of=as_of(UK_ISP))
    _eu_rules_reach(a)


def test_a_group_without_countries_keeps_the_named_assumption() -> None:
    incident = _uk_isp()
    group = SubjectGroup(kind=incident.subjects[0].kind, count=incident.subjects[0].count)
    a = assess(_with_group(incident, group), as_of=as_of(UK_ISP))
    notify = a["gdpr.art33.notify_authority"]
    assert notify.outcome is not Outcome.NOT_APPLICABLE
    assert any(
        r.text.startswith("Assumed: the processing") for r in a.regimes[0].applicability.reasons
    )


def test_an_eea_establishment_keeps_the_eu_rules() -> None:
    incident = _uk_isp()
    controller = attrs.evolve(
        incident.controller,
        establishments=(*incident.controller.establishments, Establishment(country="IE")),
    )
    _eu_rules_reach(assess(attrs.evolve(incident, controller=controller), as_of=as_of(UK_ISP)))
