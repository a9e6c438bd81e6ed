"""The United Kingdom within the GDPR's territory until the end of the transition period.

The UK was a Member State until 31 January 2020; during the transition period, to
31 December 2020 at 11 p.m. (IP completion day), Union law, the GDPR included, applied to
and in the UK (Withdrawal Agreement, Arts. 126-127). A UK establishment's breach of that
time is the GDPR's, with the ICO as its authority; from IP completion day it is the UK
GDPR's. Both regimes read the same instant: the breach's latest known date.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import attrs
import pytest
from _builders import breach, establishment, org, run, subjects, utc, with_timeline
from hypothesis import given
from hypothesis import strategies as st

from breachmodel.assessment import assess
from breachmodel.authorities import (
    IP_COMPLETION_DAY,
    competent_authority,
    is_eea,
    normalize_country,
)
from breachmodel.determination import Outcome
from breachmodel.errors import UnknownAuthorityError
from breachmodel.model import Incident, Occurrence
from breachmodel.regimes._base import Reach
from breachmodel.regimes.eprivacy import reg611
from breachmodel.regimes.eprivacy.scope import outside_union
from breachmodel.regimes.gdpr import REGIME as GDPR
from breachmodel.regimes.uk_gdpr import REGIME as UK_GDPR
from breachmodel.regimes.uk_gdpr._law import IP_COMPLETION_DAY as UK_IP_COMPLETION_DAY

NOTIFY = "gdpr.art33.notify_authority"


def at(incident: Incident, instant: datetime) -> Incident:
    """The incident happened, was detected and known at ``instant``."""
    return with_timeline(
        incident, occurred=Occurrence.at(instant), detected_at=instant, controller_aware_at=instant
    )


def uk_controller(instant: datetime, *countries: str) -> Incident:
    """A controller established only in London; people in ``countries`` (the UK by default)."""
    incident = breach(
        controller=org("acme", establishment("GB", main=True)),
        subjects=(subjects(40, *(countries or ("GB",))),),
    )
    return at(incident, instant)


# --- the dated territory ------------------------------------------------------------------


def test_the_uk_regime_reads_the_neutral_constant() -> None:
    assert UK_IP_COMPLETION_DAY is IP_COMPLETION_DAY
    assert utc(2020, 12, 31, 23, 0) == IP_COMPLETION_DAY


@pytest.mark.parametrize(
    ("instant", "within"),
    [
        (utc(2018, 9, 5, 20), True),  # a Member State
        (utc(2020, 2, 1), True),  # the transition period
        (utc(2020, 12, 31, 22, 59), True),
        (utc(2020, 12, 31, 23, 0), False),  # IP completion day
        (utc(2024, 1, 1), False),
    ],
)
def test_the_uk_is_within_the_gdpr_territory_until_ip_completion_day(
    instant: datetime, within: bool
) -> None:
    assert is_eea("GB", instant) is within
    assert is_eea("UK", on=instant) is within
    assert is_eea("FR", instant)  # the EEA itself does not depend on the date
    assert not is_eea("CH", instant)


def test_without_a_date_membership_is_today_s() -> None:
    assert not is_eea("GB")
    with pytest.raises(UnknownAuthorityError, match="pass on= a date before that"):
        normalize_country("GB")
    assert normalize_country("UK", utc(2019, 1, 1)) == "GB"


def test_the_ico_is_the_gdpr_authority_of_a_uk_establishment_before_2021() -> None:
    found = competent_authority("GB", on=utc(2019, 3, 1))
    assert found.authority is not None
    assert found.authority.id == "gb-ico"
    assert "Withdrawal Agreement, Arts. 126-127" in {str(c) for c in found.citations}
    with pytest.raises(UnknownAuthorityError, match="'GB'"):
        competent_authority("GB", on=IP_COMPLETION_DAY)


# --- the GDPR for a UK controller -----------------------------------------------------------


def test_a_uk_controllers_2018_breach_is_the_gdprs_with_the_ico_and_72_hours() -> None:
    aware = utc(2018, 9, 5, 20)
    p = run(uk_controller(aware))
    assert p.scope.outcome is None
    assert p.scope.open_questions == ()  # no Art. 3(2) assumption: an establishment
    assert "Withdrawal Agreement, Arts. 126-127" in {
        str(c) for r in p.scope.reasons for c in r.citations
    }
    assert p.routing.ids == ("gb-ico",)
    assert p.routing.basis == "single_establishment"
    assert p.notify.outcome is Outcome.REQUIRED
    assert p.notify.deadline is not None
    assert p.notify.deadline.due == aware + timedelta(hours=72)
    assert GDPR.applicability(uk_controller(aware)).reach is Reach.APPLICABLE
    assert UK_GDPR.applicability(uk_controller(aware)).reach is Reach.NOT_APPLICABLE


def test_the_same_breach_in_2021_is_the_uk_gdprs() -> None:
    incident = uk_controller(utc(2021, 3, 1, 9))
    p = run(incident)
    assert p.scope.outcome is Outcome.NOT_APPLICABLE  # people in the UK only: not Art. 3(2)
    assert UK_GDPR.applicability(incident).reach is Reach.APPLICABLE
    with_eea_people = run(uk_controller(utc(2021, 3, 1, 9), "GB", "IE"))
    assert with_eea_people.scope.outcome is None
    assert [q.path for q in with_eea_people.scope.open_questions] == ["$.offers_to_eea"]
    assert with_eea_people.routing.ids == ("ie-dpc",)
    assert with_eea_people.routing.basis == "each_state_of_residence"


def test_a_french_controller_with_a_uk_establishment_in_2019_is_cross_border() -> None:
    incident = breach(
        controller=org("acme", establishment("FR", main=True), establishment("GB")),
        cross_border=True,
    )
    p = run(at(incident, utc(2019, 6, 3, 10)))
    assert p.routing.basis == "lead_authority"
    assert p.routing.ids == ("fr-cnil",)
    assert "GB" in p.routing.reasons[0].text
    uk_main = breach(
        controller=org("acme", establishment("FR"), establishment("GB", main=True)),
        cross_border=True,
    )
    assert run(at(uk_main, utc(2019, 6, 3, 10))).routing.ids == ("gb-ico",)
    after = run(at(uk_main, utc(2021, 6, 3, 10))).routing
    assert after.ids == ("fr-cnil",)  # only the French establishment is in the Union then
    assert after.basis == "single_establishment"


def test_people_only_in_the_uk_in_2019_are_reached_by_art_3() -> None:
    us = breach(controller=org("acme", establishment("US", main=True)))
    p = run(at(attrs_evolve_subjects(us, "GB"), utc(2019, 6, 3, 10)))
    assert p.scope.outcome is None  # Art. 3(2) reaches people in the UK, then in the Union
    assert p.routing.ids == ("gb-ico",)
    later = run(at(attrs_evolve_subjects(us, "GB"), utc(2021, 6, 3, 10)))
    assert later.scope.outcome is Outcome.NOT_APPLICABLE


def attrs_evolve_subjects(incident: Incident, *countries: str) -> Incident:
    """The incident with its people living in ``countries``."""
    return attrs.evolve(incident, subjects=(subjects(40, *countries),))


def test_an_electronic_communications_provider_in_the_uk_was_in_the_union() -> None:
    incident = breach(
        controller=org("tel", establishment("GB", main=True), public_ecomms_provider=True),
        subjects=(subjects(40, "GB"),),
    )
    assert not outside_union(at(incident, utc(2019, 6, 3)))
    assert outside_union(at(incident, utc(2021, 6, 3)))
    served = attrs.evolve(at(incident, utc(2019, 6, 3)), ecomms_service=True)
    notify = reg611.notify_authority(served)
    assert notify.outcome is Outcome.REQUIRED
    assert notify.recipients == ("gb-ico",)
    assert notify.deadline is not None
    assert notify.deadline.due == utc(2019, 6, 4)  # 24 hours after detection


# --- exactly one of the two ---------------------------------------------------------------

_AROUND = st.datetimes(
    min_value=datetime(2018, 6, 1),  # noqa: DTZ001 - made aware below
    max_value=datetime(2023, 6, 1),  # noqa: DTZ001
    timezones=st.just(UTC),
)


@given(instant=st.one_of(_AROUND, st.sampled_from([utc(2020, 12, 31, 22, 59), IP_COMPLETION_DAY])))
def test_exactly_one_of_the_gdpr_and_the_uk_gdpr_covers_a_uk_establishment(
    instant: datetime,
) -> None:
    incident = uk_controller(instant)
    eu = GDPR.applicability(incident).reach is Reach.APPLICABLE
    eu_scope = run(incident).scope.outcome is None
    uk = UK_GDPR.applicability(incident).reach is Reach.APPLICABLE
    assert eu == eu_scope
    assert eu != uk
    assert eu is (instant < IP_COMPLETION_DAY)


def test_a_routing_kept_for_one_side_of_the_boundary_is_not_reused_on_the_other() -> None:
    later = uk_controller(utc(2021, 3, 1, 9), "GB", "IE")
    earlier = attrs.evolve(uk_controller(utc(2019, 3, 1, 9), "GB", "IE"), id="earlier")
    routing = assess(later).routing
    assert routing is not None
    assert routing.ids == ("ie-dpc",)
    kept = assess(earlier).routing
    assert kept is not None
    assert kept.ids == ("gb-ico",)
    # An out-of-scope result (no personal data) keeps the routing of its own date too.
    out_later = assess(attrs.evolve(later, personal_data=False)).routing
    out_earlier = assess(attrs.evolve(earlier, personal_data=False)).routing
    assert out_later is not None
    assert out_earlier is not None
    assert (out_later.ids, out_earlier.ids) == (("ie-dpc",), ("gb-ico",))
