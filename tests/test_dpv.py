"""Data categories carry W3C DPV concept IRIs in the JSON output and in the schemas."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator

import breachmodel
from breachmodel.dpv import DPV, DPV_PD, PD, all_iris, dpv_iri
from breachmodel.model import CustomCategory, DataCategory, EnisaClass
from breachmodel.model.categories import info
from breachmodel.output_schema import assessment_schema
from breachmodel.schema import incident_schema

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# The DPV-PD 2.0 concepts this project uses, as listed in the vocabulary's published term
# lists (modules core and extended); a typo or an invented concept fails here.
VERIFIED_PD_TERMS = {
    "Authenticating", "Behavioral", "Biometric", "BirthDate", "Communication",
    "CommunicationsMetadata", "Contact", "Criminal", "Ethnicity", "Financial", "Genetic",
    "Identifying", "Insurance", "Location", "MedicalHealth", "OfficialID", "PaymentCard",
    "PoliticalOpinion", "Professional", "Profile", "ReligiousBelief", "Sexual",
    "TradeUnionMembership",
}  # fmt: skip


def test_every_builtin_category_has_a_verified_concept() -> None:
    assert set(DPV_PD) == set(DataCategory)
    terms = {iri.removeprefix(PD) for iri in DPV_PD.values()}
    assert all(iri.startswith(PD) for iri in DPV_PD.values())
    assert terms == VERIFIED_PD_TERMS


def test_art9_categories_keep_distinct_concepts() -> None:
    art9 = [c for c in DataCategory if info(c).special_category]
    assert len({DPV_PD[c] for c in art9}) == len(art9)


def test_custom_categories_fall_back_on_dpv_core() -> None:
    def custom(**kw: bool) -> str:
        return dpv_iri(
            CustomCategory(id="x", label="X", enisa_class=EnisaClass.SIMPLE, **kw).to_info()
        )

    assert custom() == DPV + "PersonalData"
    assert custom(special_category=True) == DPV + "SpecialCategoryPersonalData"
    assert custom(criminal=True) == PD + "Criminal"


def test_json_output_tags_each_category_and_matches_the_schema() -> None:
    incident = breachmodel.load(EXAMPLES / "viamedis-almerys.json")
    out = json.loads(breachmodel.assess(incident).to_json())
    Draft202012Validator(assessment_schema()).validate(out)
    tagged = {c["id"]: c["dpv"] for c in out["data_categories"]}
    assert list(tagged) == [d.category for d in incident.data]
    assert tagged["national_id"] == PD + "OfficialID"
    assert set(tagged.values()) <= set(all_iris())


def test_schemas_carry_the_mapping() -> None:
    enum = assessment_schema()["properties"]["data_categories"]["items"]["properties"]["dpv"]
    assert enum["enum"] == all_iris()
    category = incident_schema()["$defs"]["DataConcerned"]["properties"]["category"]
    assert category["x-dpv"]["health"] == PD + "MedicalHealth"
    # An annotation only: a custom id still validates.
    assert Draft202012Validator(category).is_valid("my-own-category")
