"""Which supervisory authority: Arts. 55, 56, 4(16), 4(23); EDPB 9/2022 para. 73 (E11)."""

from __future__ import annotations

from typing import Any

import pytest
from _builders import breach, establishment, org, subjects

from breachmodel.determination import Reason
from breachmodel.errors import UnknownAuthorityError
from breachmodel.model import GovernmentLevel, Organisation, Representative
from breachmodel.regimes.gdpr.authority import AuthorityRouting, route_authorities


def route(
    *establishments: Any, people: tuple[str, ...] = ("FR",), **changes: Any
) -> AuthorityRouting:
    """Route the baseline breach for a controller with these establishments."""
    cross_border = changes.pop("cross_border", None)
    controller = org("acme", *establishments, **changes)
    return route_authorities(
        breach(controller=controller, cross_border=cross_border, subjects=(subjects(40, *people),))
    )


def kinds_of(routing: AuthorityRouting) -> list[str]:
    return [r.kind.value for r in routing.reasons]


def cited(reasons: tuple[Reason, ...]) -> list[list[str]]:
    return [[str(c) for c in r.citations] for r in reasons]


def missing(routing: AuthorityRouting) -> list[str]:
    return [m.path for m in routing.missing_facts]


class TestRouteAuthorities:
    """The routing rule of reference §4.4, encoding note E11."""

    def test_55_1_single_establishment(self) -> None:
        r = route(establishment("FR"))
        assert (r.ids, r.basis, r.determined) == (("fr-cnil",), "single_establishment", True)
        assert [str(c) for c in r.legal_basis] == ["Art. 55(1) GDPR", "Art. 56(1) GDPR"]
        assert kinds_of(r) == ["rule", "fact"]
        assert r.reasons[0].text == (
            "The controller is established in one Member State (FR): its authority is "
            "competent, as lead authority for any cross-border processing."
        )
        assert cited(r.reasons)[0] == ["Art. 55(1) GDPR", "Art. 56(1) GDPR"]
        assert r.missing_facts == ()
        assert r.timezone == "Europe/Paris"

    def test_55_1_several_establishments_in_one_state(self) -> None:
        r = route(establishment("FR", "FR-IDF"), establishment("FR", "FR-ARA"))
        assert r.ids == ("fr-cnil",)

    def test_56_1_lead_authority_of_the_main_establishment(self) -> None:
        r = route(
            establishment("IE", main=True),
            establishment("FR"),
            establishment("DE", "DE-BE"),
            cross_border=True,
        )
        assert (r.ids, r.basis) == (("ie-dpc",), "lead_authority")
        assert [str(c) for c in r.legal_basis] == ["Art. 56(1) GDPR", "Art. 4(16) GDPR"]
        assert kinds_of(r) == ["rule", "fact"]
        assert r.reasons[0].text == (
            "The controller has establishments in several Member States (DE, FR, IE): the "
            "processing is cross-border and the lead authority is that of the main "
            "establishment."
        )
        assert cited(r.reasons)[0] == ["Art. 4(23)(a) GDPR", "Art. 56(1) GDPR", "Art. 4(16) GDPR"]
        assert r.timezone == "Europe/Dublin"

    def test_56_1_several_establishments_without_main_is_undetermined(self) -> None:
        r = route(establishment("FR"), establishment("BE"), cross_border=True)
        assert (r.ids, r.basis, r.determined) == ((), "undetermined", False)
        assert missing(r) == ["$.controller.establishments[].main"]
        assert r.missing_facts[0].question == (
            "Which establishment is the controller's main establishment in the Union (its place "
            "of central administration, or where decisions on the processing are taken)?"
        )
        assert [str(c) for c in r.legal_basis] == ["Art. 4(16) GDPR", "Art. 56(1) GDPR"]
        assert kinds_of(r) == ["rule", "missing"]
        assert r.timezone == "UTC"

    def test_cross_border_false_with_several_states_is_undetermined(self) -> None:
        r = route(establishment("FR", main=True), establishment("BE"), cross_border=False)
        assert r.basis == "undetermined"
        assert missing(r) == ["$.cross_border"]
        assert [str(c) for c in r.legal_basis] == ["Art. 4(23) GDPR", "Art. 55(1) GDPR"]

    def test_55_2_public_authority(self) -> None:
        r = route(establishment("FR"), public_authority=True)
        assert (r.ids, r.basis) == (("fr-cnil",), "public_sector")
        assert [str(c) for c in r.legal_basis] == ["Art. 55(2) GDPR"]
        assert r.reasons[0].text == (
            "The processing is by a public authority or rests on Art. 6(1)(c) or (e): the "
            "authority of the Member State concerned is competent and the one-stop shop does "
            "not apply."
        )
        assert cited(r.reasons)[0] == ["Art. 55(2) GDPR"]

    def test_55_2_public_task_or_legal_obligation(self) -> None:
        r = route(establishment("FR"), public_task_or_legal_obligation=True)
        assert (r.ids, r.basis) == (("fr-cnil",), "public_sector")

    def test_55_2_no_one_stop_shop_even_with_a_main_establishment_elsewhere(self) -> None:
        r = route(
            establishment("DE", "DE-BY", main=True),
            establishment("IE"),
            public_authority=True,
            cross_border=True,
        )
        assert (r.ids, r.basis) == (("de-by-baylfd",), "public_sector")

    @pytest.mark.parametrize(
        ("public", "authority"), [(True, "de-by-baylfd"), (False, "de-by-baylda")]
    )
    def test_bavaria_has_two_authorities(self, public: bool, authority: str) -> None:
        r = route(establishment("DE", "DE-BY"), public_authority=public)
        assert r.ids == (authority,)

    def test_55_2_public_body_in_several_states_without_main_is_undetermined(self) -> None:
        r = route(establishment("FR"), establishment("BE"), public_authority=True)
        assert missing(r) == ["$.controller.establishments[].main"]
        assert [str(c) for c in r.legal_basis] == ["Art. 55(2) GDPR"]

    def test_germany_without_land_is_undetermined(self) -> None:
        r = route(establishment("DE"))
        assert r.basis == "undetermined"
        assert missing(r) == ["$.controller.establishments[0].subdivision"]
        assert r.missing_facts[0].question.startswith("Undetermined: the Land of the establishment")
        assert r.missing_facts[0].question.endswith(
            "Which region (ISO 3166-2 subdivision) is the establishment in?"
        )

    def test_germany_with_land(self) -> None:
        assert route(establishment("DE", "DE-BE")).ids == ("de-be-blnbdi",)

    def test_germany_several_laender_without_main_is_undetermined(self) -> None:
        r = route(establishment("DE", "DE-BE"), establishment("DE", "DE-BY"))
        assert missing(r) == ["$.controller.establishments[].main"]
        assert [str(c) for c in r.legal_basis] == ["Art. 4(16) GDPR"]

    def test_german_telecom_provider_art33_goes_to_the_land_authority(self) -> None:
        # Art. 33 covers breaches outside the public e-communications service itself (for
        # the service, Reg. 611/2013 applies instead, Art. 95 GDPR): the Land authority is
        # competent, not the BfDI that supervises telecom services.
        r = route(establishment("DE", "DE-BY"), public_ecomms_provider=True)
        assert r.ids == ("de-by-baylda",)

    def test_non_eea_controller_with_representative_every_state_of_residence_para_73(
        self,
    ) -> None:
        r = route(
            establishment("US", "US-CA", main=True),
            people=("NL", "FR", "IE"),
            representative=Representative(name="EU Rep Ltd", country="IE"),
        )
        assert (r.ids, r.basis) == (("fr-cnil", "ie-dpc", "nl-ap"), "each_state_of_residence")
        assert [str(c) for c in r.legal_basis] == [
            "Art. 3(2) GDPR",
            "EDPB Guidelines 9/2022, para. 73",
        ]
        assert kinds_of(r) == ["rule"]
        assert r.reasons[0].text == (
            "The controller has no establishment in the EEA (its Art. 27 representative is in "
            "IE): a representative does not bring the one-stop shop, so every authority of a "
            "Member State where people concerned live must be notified."
        )
        assert cited(r.reasons)[0] == [
            "Art. 3(2) GDPR",
            "Art. 27 GDPR",
            "EDPB Guidelines 9/2022, para. 73",
        ]
        assert r.timezone == "UTC"

    def test_non_eea_controller_people_outside_the_eea_are_not_routed(self) -> None:
        r = route(establishment("US"), people=("US", "FR"))
        assert r.ids == ("fr-cnil",)

    def test_non_eea_controller_without_known_residence_is_undetermined(self) -> None:
        r = route(establishment("US"), people=("US",))
        assert missing(r) == ["$.subjects[].by_country"]
        assert [str(c) for c in r.legal_basis] == ["EDPB Guidelines 9/2022, para. 73"]

    def test_non_eea_controller_with_people_in_germany_is_undetermined(self) -> None:
        r = route(establishment("CH"), people=("FR", "DE"))
        assert r.basis == "undetermined"
        assert missing(r) == ["$.controller.representative"]
        assert [str(c) for c in r.legal_basis] == [
            "EDPB Guidelines 9/2022, para. 73",
            "Art. 55(1) GDPR",
        ]

    def test_no_establishment_recorded_is_undetermined(self) -> None:
        r = route_authorities(breach(controller=Organisation(id="acme", name="Acme SA")))
        assert missing(r) == ["$.controller.establishments"]
        assert [str(c) for c in r.legal_basis] == ["Art. 55(1) GDPR"]
        assert kinds_of(r) == ["missing"]

    def test_every_reason_cites_a_provision(self) -> None:
        for r in (
            route(establishment("FR")),
            route(establishment("FR"), establishment("BE"), cross_border=True),
            route(establishment("US"), people=("FR", "NL")),
            route(establishment("DE")),
        ):
            assert r.legal_basis
            assert all(reason.citations for reason in r.reasons)
            assert r.determined == (not r.missing_facts) == bool(r.authorities)


class TestNationalSplitsFromTheModel:
    """Germany (§ 9 BDSG, § 29 TDDDG) and Spain (LOPDGDD art. 57), from the incident's facts."""

    @pytest.mark.parametrize(
        ("subdivision", "level", "ids", "cited"),
        [
            pytest.param(
                "DE-NW",
                GovernmentLevel.NATIONAL,
                ("de-bfdi",),
                ["BDSG, § 9"],
                id="German federal public body: the BfDI",
            ),
            pytest.param(
                "DE-NW",
                GovernmentLevel.REGIONAL,
                ("de-nw-ldi",),
                [],
                id="German Land public body: the Land's authority",
            ),
            pytest.param(
                "ES-CT",
                GovernmentLevel.NATIONAL,
                ("es-aepd",),
                ["LOPDGDD, art. 57"],
                id="Spanish state body in Catalonia: the AEPD",
            ),
            pytest.param(
                "ES-CT",
                GovernmentLevel.LOCAL,
                ("es-ct-apdcat",),
                [],
                id="Catalan regional body: the APDCAT",
            ),
        ],
    )
    def test_a_public_body_goes_to_the_authority_of_its_level(
        self, subdivision: str, level: GovernmentLevel, ids: tuple[str, ...], cited: list[str]
    ) -> None:
        r = route(
            establishment(subdivision[:2], subdivision, main=True),
            public_authority=True,
            government_level=level,
        )
        assert (r.ids, r.basis) == (ids, "public_sector")
        assert set(cited) <= {str(c) for c in r.legal_basis}

    def test_processing_to_provide_telecommunications_goes_to_the_bfdi(self) -> None:
        controller = org("acme", establishment("DE", "DE-BY", main=True))
        incident = breach(controller=controller, ecomms_service=True)
        r = route_authorities(incident)
        assert r.ids == ("de-bfdi",)
        assert "TDDDG, § 29" in [str(c) for c in r.legal_basis]
        other = route_authorities(breach(controller=controller, ecomms_service=False))
        assert other.ids == ("de-by-baylda",)

    def test_no_decisions_in_the_eea_means_no_one_stop_shop(self) -> None:
        r = route(
            establishment("US"),
            establishment("IE"),
            people=("IE", "IT"),
            decisions_in_eea=False,
        )
        assert (r.ids, r.basis) == (("ie-dpc", "it-garante"), "no_main_establishment")
        assert "EDPB Opinion 04/2024, conclusions" in [str(c) for c in r.legal_basis]


class TestWhichEstablishment:
    """The establishment the routing reads is the one it names (its index in the input)."""

    def test_main_establishment_after_another_one_in_the_same_state(self) -> None:
        # The main establishment is the second one: the question about its Land names it.
        r = route(establishment("DE", "DE-BE"), establishment("DE", main=True))
        assert missing(r) == ["$.controller.establishments[1].subdivision"]
        assert [str(c) for c in r.legal_basis] == ["Art. 55(1) GDPR", "Art. 56(1) GDPR"]

    def test_main_establishment_decides_between_two_laender(self) -> None:
        r = route(establishment("DE", "DE-BE"), establishment("DE", "DE-HH", main=True))
        assert (r.ids, r.basis) == (("de-hh-hmbbfdi",), "single_establishment")
        assert r.reasons[0].text.startswith(
            "The controller is established in one Member State (DE)"
        )

    def test_the_only_eea_establishment_after_a_non_eea_main_one(self) -> None:
        # Art. 55(1): the one establishment in the Union answers to its own authority, even
        # when the group's head office (recorded as main) is outside the EEA.
        r = route(establishment("US", main=True), establishment("DE"))
        assert (r.basis, missing(r)) == (
            "undetermined",
            ["$.controller.establishments[1].subdivision"],
        )
        determined = route(establishment("US", main=True), establishment("FR"))
        assert (determined.ids, determined.basis) == (("fr-cnil",), "single_establishment")

    def test_an_unknown_land_leaves_the_main_establishment_to_decide(self) -> None:
        r = route(establishment("DE", "DE-BE"), establishment("DE", "DE-ZZ"))
        assert missing(r) == ["$.controller.establishments[].main"]
        assert r.missing_facts[0].question == (
            "Several establishments in one country: which is the main establishment?"
        )

    def test_public_body_main_establishment_outside_the_eea_is_not_read(self) -> None:
        r = route(establishment("US", main=True), establishment("DE"), public_authority=True)
        assert missing(r) == ["$.controller.establishments[1].subdivision"]
        assert [str(c) for c in r.legal_basis] == ["Art. 55(2) GDPR"]
        other = route(establishment("US", main=True), establishment("FR"), public_authority=True)
        assert (other.ids, other.basis) == (("fr-cnil",), "public_sector")

    def test_public_body_main_establishment_is_read_at_its_index(self) -> None:
        r = route(establishment("FR"), establishment("DE", main=True), public_authority=True)
        assert missing(r) == ["$.controller.establishments[1].subdivision"]

    def test_cross_border_main_establishment_outside_the_eea_is_undetermined(self) -> None:
        r = route(
            establishment("US", main=True),
            establishment("FR"),
            establishment("BE"),
            cross_border=True,
        )
        assert missing(r) == ["$.controller.establishments[].main"]
        assert [str(c) for c in r.legal_basis] == ["Art. 4(16) GDPR", "Art. 56(1) GDPR"]

    def test_cross_border_main_establishment_is_read_at_its_index(self) -> None:
        r = route(establishment("FR"), establishment("DE", main=True), cross_border=True)
        assert missing(r) == ["$.controller.establishments[1].subdivision"]

    def test_the_only_eea_establishment_in_an_unknown_land_is_refused_clearly(self) -> None:
        # One establishment in the Union (the other is outside it, none marked main): there
        # is no main establishment to ask for, and the unknown Land is an error naming the
        # valid codes, not a question.
        for where in ((), (establishment("US"),)):
            with pytest.raises(UnknownAuthorityError, match="'DE-ZZ' is not a Land of DE"):
                route(*where, establishment("DE", "DE-ZZ"))


class TestEveryState:
    """No one-stop shop: every Member State where people live or the controller is established."""

    def test_no_decisions_in_the_eea_adds_the_states_of_establishment(self) -> None:
        r = route(establishment("US"), establishment("FR"), people=("IT",), decisions_in_eea=False)
        assert (r.ids, r.basis) == (("fr-cnil", "it-garante"), "no_main_establishment")
        assert [str(c) for c in r.legal_basis] == [
            "Art. 55(1) GDPR",
            "EDPB Opinion 04/2024, conclusions",
            "EDPB Guidelines 9/2022, para. 73",
        ]
        assert kinds_of(r) == ["rule"]
        assert cited(r.reasons)[0] == [
            "Art. 4(16) GDPR",
            "Art. 55(1) GDPR",
            "EDPB Opinion 04/2024, conclusions",
            "EDPB Guidelines 9/2022, para. 73",
        ]
        assert r.timezone == "UTC"

    def test_without_a_representative_the_reason_names_none(self) -> None:
        r = route(establishment("US"), people=("FR",))
        assert r.reasons[0].text.startswith(
            "The controller has no establishment in the EEA: a representative does not bring"
        )
        assert (r.basis, r.timezone) == ("each_state_of_residence", "Europe/Paris")

    def test_telecommunications_with_people_in_germany_go_to_the_bfdi(self) -> None:
        controller = org("acme", establishment("US", main=True))
        people = (subjects(40, "DE", "FR"),)
        r = route_authorities(breach(controller=controller, subjects=people, ecomms_service=True))
        assert r.ids == ("de-bfdi", "fr-cnil")

    def test_people_in_germany_without_a_land_ask_which_land_authority(self) -> None:
        r = route(establishment("CH"), people=("DE",))
        assert r.missing_facts[0].question.startswith(
            "People concerned live in Germany, where the competent authority is a Land"
        )


class TestRoutingViews:
    """What the views and the JSON output read from a routing."""

    def test_summary_names_the_authorities_and_the_basis(self) -> None:
        assert route(establishment("FR")).summary == (
            "Supervisory authority: CNIL (FR) (single establishment)",
        )
        assert route(establishment("DE")).summary == (
            "Supervisory authority: undetermined (undetermined)",
        )

    def test_to_dict_lists_each_authority(self) -> None:
        data = route(establishment("FR")).to_dict()
        assert data["basis"] == "single_establishment"
        assert data["authorities"] == [
            {
                "id": "fr-cnil",
                "name": "Commission nationale de l'informatique et des libertés",
                "name_en": "National Commission on Informatics and Liberty",
                "country": "FR",
                "timezone": "Europe/Paris",
                "url": "https://www.cnil.fr",
            }
        ]
        routing = route(establishment("FR"))
        assert data["legal_basis"] == routing.legal_basis
        assert (data["reasons"], data["missing_facts"]) == (routing.reasons, ())

    def test_undetermined_routing_has_no_authority_and_no_time_zone(self) -> None:
        r = route(establishment("DE"))
        assert (r.determined, r.ids, r.timezone) == (False, (), "UTC")
