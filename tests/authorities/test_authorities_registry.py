"""The EEA supervisory-authority registry: data integrity, lookups and lazy loading."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import breachmodel.authorities as authorities_pkg
from breachmodel.authorities import (
    EEA_COUNTRIES,
    Authority,
    AuthorityLookup,
    Sector,
    all_authorities,
    authorities_in,
    competent_authority,
    get_authority,
    is_eea,
    normalize_country,
)
from breachmodel.citations import gdpr
from breachmodel.errors import BreachModelError, UnknownAuthorityError

GERMAN_LAENDER = (
    "DE-BB", "DE-BE", "DE-BW", "DE-BY", "DE-HB", "DE-HE", "DE-HH", "DE-MV",
    "DE-NI", "DE-NW", "DE-RP", "DE-SH", "DE-SL", "DE-SN", "DE-ST", "DE-TH",
)  # fmt: skip

EU_27 = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip

DOCS_PAGE = Path(__file__).resolve().parents[2] / "docs" / "authorities.md"


def _json_text() -> str:
    data = resources.files("breachmodel.authorities").joinpath("data", "authorities.json")
    return data.read_text(encoding="utf-8")


class TestEEACountries:
    def test_thirty_countries(self) -> None:
        """The EEA is the 27 EU Member States plus Iceland, Liechtenstein and Norway."""
        assert frozenset({*EU_27, "IS", "LI", "NO"}) == EEA_COUNTRIES

    def test_is_eea(self) -> None:
        """Members, the EL alias, and non-members (including the UK and lowercase input)."""
        assert is_eea("FR")
        assert is_eea("NO")
        assert is_eea("EL")
        assert not is_eea("CH")
        assert not is_eea("UK")
        assert not is_eea("GB")
        assert not is_eea("fr")

    def test_el_alias(self) -> None:
        """Greece is GR in ISO 3166-1 and EL in EU usage; both reach the HDPA."""
        assert normalize_country("EL") == "GR"
        assert authorities_in("EL") == authorities_in("GR")
        lookup = competent_authority("EL")
        assert lookup.authority is not None
        assert lookup.authority.id == "gr-hdpa"

    @pytest.mark.parametrize("code", ["XX", "CH", "GB", "UK", "US"])
    def test_non_eea_country_is_a_clear_error(self, code: str) -> None:
        """A well-formed code outside the EEA is refused, naming the EEA codes."""
        with pytest.raises(UnknownAuthorityError, match="not an EEA country code"):
            competent_authority(code)

    @pytest.mark.parametrize("code", ["fr", "FRA", "", "F1", " FR"])
    def test_malformed_country_is_a_clear_error(self, code: str) -> None:
        """Codes must be uppercase ISO 3166-1 alpha-2; the message says so."""
        with pytest.raises(UnknownAuthorityError, match="uppercase ISO 3166-1 alpha-2"):
            authorities_in(code)

    def test_lowercase_gets_a_hint(self) -> None:
        """A lowercase code is refused with the uppercase form suggested."""
        with pytest.raises(UnknownAuthorityError, match="did you mean 'DE'"):
            normalize_country("de")

    def test_unknown_authority_error_is_a_breachmodel_error(self) -> None:
        """Callers can catch every registry error as BreachModelError or LookupError."""
        with pytest.raises(BreachModelError):
            authorities_in("ZZ")
        with pytest.raises(LookupError):
            authorities_in("ZZ")


class TestRegistryData:
    def test_every_eea_country_has_an_authority(self) -> None:
        """Each of the 30 EEA countries has at least one authority, and only they do."""
        countries = {a.country for a in all_authorities()}
        assert countries == EEA_COUNTRIES
        for country in EEA_COUNTRIES:
            assert authorities_in(country)

    def test_every_eea_country_has_a_national_authority(self) -> None:
        """Each country has exactly one authority without a subdivision."""
        for country in EEA_COUNTRIES:
            national = [a for a in authorities_in(country) if a.subdivision is None]
            assert len(national) == 1, country

    def test_ids_unique_and_sorted(self) -> None:
        """Ids are unique, sorted, and the JSON file (every regime's) is in the same order."""
        ids = [a.id for a in all_authorities(None)]
        assert sorted(set(ids)) == ids
        assert [r["id"] for r in json.loads(_json_text())] == ids

    def test_json_is_canonical(self) -> None:
        """The packaged JSON is a plain list, serialised deterministically."""
        raw = json.loads(_json_text())
        assert isinstance(raw, list)
        assert json.dumps(raw, ensure_ascii=False, indent=2) + "\n" == _json_text()

    @pytest.mark.parametrize("authority", all_authorities(None), ids=lambda a: a.id)
    def test_record_fields_are_valid(self, authority: Authority) -> None:
        """Every record has a loadable zone, https URLs, ISO codes and a consistent id."""
        assert ZoneInfo(authority.timezone) == authority.zone
        assert authority.url.startswith("https://")
        assert authority.breach_form_url is None or authority.breach_form_url.startswith("https://")
        assert authority.languages
        assert all(re.fullmatch(r"[a-z]{2}", code) for code in authority.languages)
        assert list(authority.languages) == sorted(authority.languages)
        assert re.fullmatch(r"[A-Z]{2}", authority.country)
        assert authority.country in EEA_COUNTRIES or not authority.receives("gdpr")
        if authority.subdivision is not None:
            assert authority.subdivision.startswith(f"{authority.country}-")
            assert authority.id.startswith(f"{authority.subdivision.lower()}-")
        else:
            assert authority.id.startswith(f"{authority.country.lower()}-")
        assert authority.sectors
        assert list(authority.sectors) == sorted(authority.sectors)
        assert authority.name.strip() == authority.name
        assert authority.name_en.strip() == authority.name_en
        assert authority.acronym is None or authority.acronym.strip()

    @pytest.mark.parametrize("sector", [Sector.PRIVATE, Sector.PUBLIC])
    def test_all_german_laender_covered_for_each_sector(self, sector: Sector) -> None:
        """Each of the 16 Länder has exactly one authority for its private sector and one
        for its public bodies."""
        for land in GERMAN_LAENDER:
            found = [
                a for a in authorities_in("DE") if a.subdivision == land and a.supervises(sector)
            ]
            assert len(found) == 1, (land, sector)

    def test_germany_counts(self) -> None:
        """Germany: BfDI, 16 Länder, and the extra Bavarian public-sector authority."""
        assert len(authorities_in("DE")) == 18
        bfdi = get_authority("de-bfdi")
        assert bfdi.sectors == (Sector.POSTAL, Sector.PUBLIC, Sector.TELECOM)
        assert not bfdi.supervises("private")

    def test_bavaria_has_two_authorities(self) -> None:
        """BayLDA (Ansbach) supervises the private sector, BayLfD the public sector."""
        baylda = get_authority("de-by-baylda")
        baylfd = get_authority("de-by-baylfd")
        assert baylda.sectors == (Sector.PRIVATE,)
        assert baylfd.sectors == (Sector.PUBLIC,)
        assert baylda.subdivision == baylfd.subdivision == "DE-BY"

    def test_spanish_regional_authorities_are_public_sector_only(self) -> None:
        """APDCAT, AVPD and CTPDA supervise their regional public sector only."""
        regional = {a.id: a for a in authorities_in("ES") if a.subdivision is not None}
        assert set(regional) == {"es-an-ctpda", "es-ct-apdcat", "es-pv-avpd"}
        for authority in regional.values():
            assert authority.sectors == (Sector.PUBLIC,)

    def test_docs_page_lists_every_authority(self) -> None:
        """The docs table has a row for every record (regenerate it when the data change)."""
        if not DOCS_PAGE.exists():
            pytest.skip("docs/ is not shipped with this copy of the tests")
        page = DOCS_PAGE.read_text(encoding="utf-8")
        for authority in all_authorities():
            assert f"`{authority.id}`" in page, authority.id


class TestAuthority:
    def test_str(self) -> None:
        """The short form is the acronym and the country or region."""
        assert str(get_authority("fr-cnil")) == "CNIL (FR)"
        assert str(get_authority("de-by-baylda")) == "BayLDA (DE-BY)"

    def test_str_without_acronym(self) -> None:
        """Authorities without an acronym are shown by their English name."""
        assert str(get_authority("dk-datatilsynet")) == "Danish Data Protection Agency (DK)"

    def test_frozen_and_keyword_only(self) -> None:
        """Records cannot be changed, and positional construction is refused."""
        cnil = get_authority("fr-cnil")
        with pytest.raises(AttributeError):
            cnil.url = "https://example.org"  # type: ignore[misc]
        with pytest.raises(TypeError):
            Authority("fr-x")  # type: ignore[call-arg]

    def test_lists_become_tuples(self) -> None:
        """Sequence fields accept lists and store sorted tuples of the right types."""
        authority = Authority(
            id="fr-test",
            name="Test",
            name_en="Test",
            country="FR",
            sectors=["public", "private"],
            timezone="Europe/Paris",
            url="https://example.org",
            languages=["fr"],
        )
        assert authority.sectors == (Sector.PRIVATE, Sector.PUBLIC)
        assert authority.languages == ("fr",)

    @pytest.mark.parametrize(
        ("changes", "message"),
        [
            ({"id": "FR CNIL"}, "lowercase slug"),
            ({"country": "fr"}, "uppercase ISO 3166-1"),
            ({"subdivision": "DE-BY"}, "ISO 3166-2 code of FR"),
            ({"url": "http://www.cnil.fr"}, "https://"),
            ({"languages": ["fra"]}, "ISO 639-1"),
            ({"sectors": []}, "at least one sector"),
        ],
    )
    def test_invalid_fields_are_refused(self, changes: dict[str, object], message: str) -> None:
        """Validators name the field, what was expected and what was given."""
        fields: dict[str, object] = {
            "id": "fr-cnil",
            "name": "CNIL",
            "name_en": "CNIL",
            "country": "FR",
            "sectors": ["private"],
            "timezone": "Europe/Paris",
            "url": "https://www.cnil.fr",
            "languages": ["fr"],
        }
        fields.update(changes)
        with pytest.raises(ValueError, match=message):
            Authority(**fields)  # type: ignore[arg-type]

    def test_citation(self) -> None:
        """An authority is a supervisory authority within the meaning of Art. 51(1)."""
        assert get_authority("ie-dpc").citation == gdpr(51, 1)


class TestGetAuthority:
    @given(st.sampled_from(all_authorities()))
    def test_round_trip(self, authority: Authority) -> None:
        """Every record is found again by its id."""
        assert get_authority(authority.id) == authority

    def test_unknown_id_suggests_close_matches(self) -> None:
        """A near miss lists the closest ids."""
        with pytest.raises(UnknownAuthorityError, match="did you mean 'fr-cnil'"):
            get_authority("fr-cnl")

    def test_bare_acronym_suggests_the_full_id(self) -> None:
        """The last part of an id alone points at the full id."""
        with pytest.raises(UnknownAuthorityError, match="'de-by-baylda'"):
            get_authority("baylda")

    def test_hopeless_id(self) -> None:
        """With nothing close, the message points at all_authorities()."""
        with pytest.raises(UnknownAuthorityError, match=r"all_authorities\(\)"):
            get_authority("zzzzzz")


class TestCompetentAuthority:
    @pytest.mark.parametrize(
        ("country", "expected"),
        [("FR", "fr-cnil"), ("IE", "ie-dpc"), ("ES", "es-aepd"), ("NO", "no-datatilsynet")],
    )
    def test_single_authority_countries(self, country: str, expected: str) -> None:
        """Private-sector processing goes to the national authority (Art. 55(1))."""
        lookup = competent_authority(country)

        assert lookup.determined
        assert lookup.authority == get_authority(expected)
        assert lookup.missing == ()
        assert gdpr(55, 1) in lookup.citations
        assert gdpr(56, 1) in lookup.citations

    def test_public_sector_cites_art_55_2(self) -> None:
        """Public-sector processing cites Art. 55(2) and excludes the one-stop shop."""
        lookup = competent_authority("FR", public_sector=True)

        assert lookup.authority == get_authority("fr-cnil")
        assert gdpr(55, 2) in lookup.citations
        assert gdpr(56, 1) not in lookup.citations
        assert "one-stop shop does not apply" in lookup.reason

    def test_bavaria_private(self) -> None:
        """Private controllers established in Bavaria go to BayLDA."""
        lookup = competent_authority("DE", subdivision="DE-BY")

        assert lookup.authority == get_authority("de-by-baylda")

    def test_bavaria_public(self) -> None:
        """Bavarian public bodies go to BayLfD."""
        lookup = competent_authority("DE", subdivision="DE-BY", public_sector=True)

        assert lookup.authority == get_authority("de-by-baylfd")

    @pytest.mark.parametrize("land", GERMAN_LAENDER)
    def test_every_land_resolves(self, land: str) -> None:
        """Every Land resolves for both sectors, to an authority of that Land."""
        for public in (False, True):
            lookup = competent_authority("DE", subdivision=land, public_sector=public)
            assert lookup.authority is not None
            assert lookup.authority.subdivision == land

    def test_germany_without_land_is_undetermined(self) -> None:
        """Without the Land the answer is undetermined, naming the missing fact."""
        lookup = competent_authority("DE")

        assert not lookup.determined
        assert lookup.authority is None
        assert lookup.missing == ("subdivision",)
        assert "the Land of the establishment is missing" in lookup.reason
        assert str(lookup).startswith("undetermined (missing: subdivision)")

    def test_german_land_public_body_without_land_is_undetermined(self) -> None:
        """A Land public body without its Land is undetermined too."""
        lookup = competent_authority("DE", public_sector=True)

        assert lookup.missing == ("subdivision",)
        assert "the Land of the public body is missing" in lookup.reason

    @pytest.mark.parametrize("subdivision", [None, "DE-BY", "DE-NW"])
    def test_germany_telecom_goes_to_bfdi(self, subdivision: str | None) -> None:
        """Telecommunications providers go to the BfDI, whatever the Land."""
        lookup = competent_authority("DE", subdivision=subdivision, telecom=True)

        assert lookup.authority == get_authority("de-bfdi")

    def test_germany_postal_goes_to_bfdi(self) -> None:
        """Postal service providers go to the BfDI."""
        assert competent_authority("DE", postal=True).authority == get_authority("de-bfdi")

    def test_germany_federal_body_goes_to_bfdi(self) -> None:
        """Federal public bodies go to the BfDI, with no Land needed."""
        lookup = competent_authority("DE", public_sector=True, national=True)

        assert lookup.authority == get_authority("de-bfdi")

    def test_telecom_outside_germany_is_the_national_authority(self) -> None:
        """The telecom flag changes nothing where one authority covers everything."""
        assert competent_authority("FR", telecom=True).authority == get_authority("fr-cnil")

    @pytest.mark.parametrize(
        ("subdivision", "expected"),
        [
            ("ES-CT", "es-ct-apdcat"),
            ("ES-PV", "es-pv-avpd"),
            ("ES-AN", "es-an-ctpda"),
            ("ES-MD", "es-aepd"),
        ],
    )
    def test_spain_regional_public_sector(self, subdivision: str, expected: str) -> None:
        """Regional public bodies go to their regional authority where one exists."""
        lookup = competent_authority("ES", subdivision=subdivision, public_sector=True)

        assert lookup.authority == get_authority(expected)

    def test_spain_private_sector_ignores_region(self) -> None:
        """The AEPD supervises the private sector in every region, Catalonia included."""
        lookup = competent_authority("ES", subdivision="ES-CT")

        assert lookup.authority == get_authority("es-aepd")

    def test_spain_state_administration(self) -> None:
        """State (central) public bodies go to the AEPD without a region."""
        lookup = competent_authority("ES", public_sector=True, national=True)

        assert lookup.authority == get_authority("es-aepd")

    def test_spain_regional_public_sector_without_region_is_undetermined(self) -> None:
        """A Spanish regional public body without its community is undetermined."""
        lookup = competent_authority("ES", public_sector=True)

        assert lookup.missing == ("subdivision",)
        assert "autonomous community" in lookup.reason

    @pytest.mark.parametrize(
        ("country", "subdivision", "message"),
        [
            ("DE", "FR-75", "ISO 3166-2 code of DE"),
            ("DE", "DE-XX", "not a Land of DE"),
            ("ES", "ES-B", "not an autonomous community or city of ES"),
        ],
    )
    def test_bad_subdivision_is_a_clear_error(
        self, country: str, subdivision: str, message: str
    ) -> None:
        """A subdivision outside the country, or unknown, is refused with the valid codes."""
        with pytest.raises(UnknownAuthorityError, match=message):
            competent_authority(country, subdivision=subdivision)

    def test_subdivision_ignored_for_single_authority_countries(self) -> None:
        """A valid-looking region of a single-authority country does not change the answer."""
        lookup = competent_authority("FR", subdivision="FR-IDF")

        assert lookup.authority == get_authority("fr-cnil")


class TestAuthorityLookup:
    def test_exactly_one_of_authority_and_missing(self) -> None:
        """A lookup is either determined or names what is missing, never both or neither."""
        cnil = get_authority("fr-cnil")
        with pytest.raises(ValueError, match="either an authority or the missing facts"):
            AuthorityLookup(authority=cnil, missing=("subdivision",), reason="x")
        with pytest.raises(ValueError, match="either an authority or the missing facts"):
            AuthorityLookup(authority=None, reason="x")


class TestLazyLoading:
    def test_import_does_not_read_the_json(self) -> None:
        """Importing the package reads no data; the first lookup reads it once."""
        src = Path(authorities_pkg.__file__).resolve().parents[2]
        script = textwrap.dedent(
            """
            import sys

            opened = []

            def hook(event, args):
                if event == "open" and str(args[0]).endswith("authorities.json"):
                    opened.append(args[0])

            sys.addaudithook(hook)
            import breachmodel.authorities as registry
            from breachmodel.authorities import _registry

            assert opened == [], opened
            assert _registry._registry.cache_info().currsize == 0
            registry.all_authorities()
            registry.get_authority("fr-cnil")
            registry.competent_authority("DE", subdivision="DE-BY")
            assert len(opened) == 1, opened
            assert _registry._registry.cache_info().currsize == 1
            print("ok")
            """
        )
        result = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=False,
            env={"PYTHONPATH": str(src), "PATH": ""},
            timeout=60,
        )

        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "ok"
