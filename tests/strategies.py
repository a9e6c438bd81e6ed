"""Hypothesis strategies producing valid objects of every public model type.

Every strategy respects the model's validators: instants are timezone-aware (in a few
real zones; never a local time inside a DST fold, see ``_in_zone``), timeline orders are
consistent, counts are well formed, organisation ids are unique and data categories are
built in or declared.

``STRATEGIES`` maps each public model type (and ``Citation``, ``Problem``) to its
strategy; ``incidents()`` is the one most tests want.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from enum import Enum
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import attrs
from hypothesis import strategies as st

from breachmodel.citations import Citation
from breachmodel.errors import Problem
from breachmodel.model import (
    ActorOrigin,
    AssessorJudgment,
    AuthorityDecision,
    AuthorityDecisionKind,
    AuthorityNotice,
    Availability,
    CategoryInfo,
    Cause,
    Channel,
    Classification,
    Confidentiality,
    Consequence,
    ContactFacts,
    ContactPoint,
    Count,
    CustomCategory,
    DataCategory,
    DataConcerned,
    Effects,
    Encryption,
    EnisaClass,
    Establishment,
    Exfiltration,
    Finding,
    GovernmentLevel,
    HashStrength,
    Incident,
    Integrity,
    Intent,
    MeasureKind,
    Measures,
    Nis2Class,
    NoticeKind,
    Occurrence,
    OccurrenceKind,
    Organisation,
    Precision,
    ProcessorContract,
    ProcessorLink,
    ProcessorRole,
    PublicCommunication,
    Recipient,
    Representative,
    ResidenceCount,
    RiskLevel,
    Sector,
    ServiceImpact,
    SubdivisionCount,
    SubjectCommunication,
    SubjectGroup,
    SubjectKind,
    SubsequentMeasure,
    Timeline,
    Translation,
    Vector,
)

__all__ = [
    "STRATEGIES",
    "ZONES",
    "aware_datetimes",
    "counts",
    "incidents",
    "organisations",
    "timelines",
]

E = TypeVar("E", bound=Enum)
_T = TypeVar("_T")

# --- primitives -------------------------------------------------------------------------

ZONES: tuple[tzinfo, ...] = (
    UTC,
    ZoneInfo("UTC"),
    ZoneInfo("Europe/Paris"),
    ZoneInfo("Europe/Dublin"),
    ZoneInfo("America/New_York"),
    ZoneInfo("Asia/Tokyo"),
    ZoneInfo("Australia/Lord_Howe"),  # half-hour DST shift
)

_MIN = datetime(2000, 1, 1, tzinfo=UTC)
_SPAN_SECONDS = 40 * 365 * 24 * 3600

# Free text: any UTF-8 text, control characters included (the model treats it as untrusted).
texts = st.text(st.characters(codec="utf-8"), max_size=40)
non_empty_texts = texts.filter(lambda s: bool(s.strip()))
optional_texts = st.none() | texts
ids = st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True)
optional_bools = st.none() | st.booleans()
small_ints = st.integers(min_value=0, max_value=10**9)

_COUNTRIES: dict[str, tuple[str, ...]] = {
    "FR": ("FR-IDF", "FR-75", "FR-ARA"),
    "DE": ("DE-BY", "DE-BE", "DE-NW"),
    "IE": ("IE-D",),
    "US": ("US-CA", "US-NY"),
    "JP": ("JP-13",),
    "NL": (),
    "BE": ("BE-BRU",),
}
countries = st.sampled_from(sorted(_COUNTRIES))


def _in_fold(dt: datetime) -> bool:
    """True if the local time is ambiguous (DST fold): its offset depends on ``fold``."""
    return dt.replace(fold=1 - dt.fold).utcoffset() != dt.utcoffset()


@st.composite
def _in_zone(draw: st.DrawFn, instant: datetime) -> datetime:
    local = instant.astimezone(draw(st.sampled_from(ZONES)))
    # Python never finds a time inside a DST fold equal to one in another zone (PEP 495),
    # so such a time would not compare equal to itself after a round trip through its
    # fixed UTC offset. Such instants are written in UTC instead.
    return instant.astimezone(UTC) if _in_fold(local) else local


@st.composite
def aware_datetimes(draw: st.DrawFn, after: datetime | None = None) -> datetime:
    """An aware datetime in one of :data:`ZONES`, at or after ``after`` when given."""
    if after is None:
        base = _MIN + timedelta(seconds=draw(st.integers(0, _SPAN_SECONDS)))
    else:
        # Often exactly ``after`` (ties must be accepted), else up to 90 days later.
        seconds = draw(st.just(0) | st.integers(0, 90 * 24 * 3600))
        base = after.astimezone(UTC) + timedelta(seconds=seconds)
    micro = draw(st.just(0) | st.integers(0, 999_999))
    return draw(_in_zone(base + timedelta(microseconds=micro) if micro else base))


def enums(cls: type[E]) -> st.SearchStrategy[E]:
    """Any member of an enum."""
    return st.sampled_from(list(cls))


def enum_sets(cls: type[E]) -> st.SearchStrategy[frozenset[E]]:
    """Any set of members of an enum."""
    return st.frozensets(enums(cls))


# --- counts -----------------------------------------------------------------------------


@st.composite
def counts(draw: st.DrawFn) -> Count:
    """A well-formed count of any precision."""
    precision = draw(enums(Precision))
    if precision is Precision.RANGE:
        low = draw(small_ints)
        high = draw(st.none() | st.integers(min_value=low, max_value=low + 10**9))
        return Count(precision=precision, low=low, high=high)
    if precision is Precision.UNKNOWN:
        return Count.unknown()
    return Count(precision=precision, value=draw(small_ints))


optional_counts = st.none() | counts()

# --- legal helpers and errors -------------------------------------------------------------

citations = st.builds(
    Citation,
    source=non_empty_texts,
    pinpoint=non_empty_texts,
    url=st.none() | st.just("https://gdpr-info.eu/art-33-gdpr/"),
)
problems = st.builds(
    Problem,
    path=st.from_regex(r"\$(\.[a-z_]{1,10}(\[[0-9]\])?){0,3}", fullmatch=True),
    message=non_empty_texts,
)

# --- categories ---------------------------------------------------------------------------

category_infos = st.builds(
    CategoryInfo,
    id=non_empty_texts,
    label=non_empty_texts,
    enisa_class=enums(EnisaClass),
    citation=citations,
    special_category=st.booleans(),
    criminal=st.booleans(),
    national_id=st.booleans(),
)

custom_category_ids = st.from_regex(r"custom_[a-z0-9_]{1,10}", fullmatch=True)
custom_categories = st.builds(
    CustomCategory,
    id=custom_category_ids,
    label=non_empty_texts,
    enisa_class=enums(EnisaClass),
    special_category=st.booleans(),
    criminal=st.booleans(),
    national_id=st.booleans(),
)

# --- parties ------------------------------------------------------------------------------


@st.composite
def establishments(draw: st.DrawFn, main: bool | None = None) -> Establishment:
    """An establishment whose subdivision, if any, is in its country."""
    country = draw(countries)
    subdivision = draw(st.none() | st.sampled_from(_COUNTRIES[country] or (None,)))
    return Establishment(
        country=country,
        subdivision=subdivision,
        main=draw(st.booleans()) if main is None else main,
    )


@st.composite
def establishment_lists(draw: st.DrawFn) -> tuple[Establishment, ...]:
    """Establishments of one organisation, at most one of them main."""
    items = draw(st.lists(establishments(main=False), max_size=3))
    make_main: bool = draw(st.booleans())
    if items and make_main:
        i = draw(st.integers(0, len(items) - 1))
        items[i] = Establishment(
            country=items[i].country, subdivision=items[i].subdivision, main=True
        )
    return tuple(items)


contact_points = st.builds(
    ContactPoint,
    name=non_empty_texts,
    email=st.none() | st.emails(),
    phone=st.none() | st.from_regex(r"\+[0-9]{6,12}", fullmatch=True),
    is_dpo=st.booleans(),
)
representatives = st.builds(Representative, name=non_empty_texts, country=countries)


def organisations(org_id: st.SearchStrategy[str] = ids) -> st.SearchStrategy[Organisation]:
    """An organisation (pass ``st.just(...)`` to fix its id)."""
    return st.builds(
        Organisation,
        id=org_id,
        name=non_empty_texts,
        establishments=establishment_lists(),
        public_authority=st.booleans(),
        public_task_or_legal_obligation=st.booleans(),
        government_level=st.none() | enums(GovernmentLevel),
        public_ecomms_provider=st.booleans(),
        decisions_in_eea=optional_bools,
        nis2=enums(Nis2Class),
        dora_financial_entity=optional_bools,
        sector=st.none() | enums(Sector),
        representative=st.none() | representatives,
        contact=st.none() | contact_points,
    )


processor_contracts = st.builds(
    ProcessorContract,
    notice_within_hours=st.none() | st.floats(min_value=0, max_value=1e4, allow_nan=False),
    may_notify_authority=st.booleans(),
)


def processor_links(
    org: st.SearchStrategy[Organisation] | None = None,
    acts_for: st.SearchStrategy[str] = ids,
) -> st.SearchStrategy[ProcessorLink]:
    """A processor link (the caller keeps ``acts_for`` pointing at a known id)."""
    return st.builds(
        ProcessorLink,
        organisation=organisations() if org is None else org,
        role=enums(ProcessorRole),
        acts_for=acts_for,
        contract=st.none() | processor_contracts,
    )


# --- facts --------------------------------------------------------------------------------

residence_counts = st.builds(ResidenceCount, country=countries, count=counts())
_SUBDIVISIONS = ("US-CA", "US-TX", "US-NY", "CA-QC", "BR-SP", "AU-NSW", "DE-BY", "FR-IDF")
subdivision_counts = st.builds(
    SubdivisionCount, subdivision=st.sampled_from(_SUBDIVISIONS), count=counts()
)


@st.composite
def subject_groups(draw: st.DrawFn) -> SubjectGroup:
    """A group of people, with per-subdivision counts consistent with the per-country ones."""
    by_country = tuple(draw(st.lists(residence_counts, max_size=3, unique_by=lambda r: r.country)))
    listed = {r.country for r in by_country}
    subdivisions = draw(st.lists(subdivision_counts, max_size=3, unique_by=lambda s: s.subdivision))
    return SubjectGroup(
        kind=draw(enums(SubjectKind)),
        count=draw(counts()),
        by_country=by_country,
        by_subdivision=tuple(s for s in subdivisions if not listed or s.country in listed),
        includes_children=draw(optional_bools),
        vulnerable=draw(optional_bools),
        description=draw(optional_texts),
    )


def data_concerned(
    category: st.SearchStrategy[str] | None = None,
    grants_access_to: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[DataConcerned]:
    """One category of data; by default a built-in one."""
    builtin = enums(DataCategory).map(lambda c: c.value)
    return st.builds(
        DataConcerned,
        category=builtin if category is None else category,
        records=optional_counts,
        reveals_special_category=optional_bools,
        grants_access_to=(st.none() | builtin) if grants_access_to is None else grants_access_to,
        extensive=st.booleans(),
        publicly_available=st.booleans(),
        minor_sensitivity=optional_texts,
        note=optional_texts,
    )


confidentialities = st.builds(
    Confidentiality,
    exfiltration=enums(Exfiltration),
    recipients=enum_sets(Recipient),
    recipient_count=optional_counts,
    recipient_confirmed_deletion=optional_bools,
)
integrities = st.builds(
    Integrity, altered=optional_bools, reversible=optional_bools, misuse_possible=optional_bools
)
availabilities = st.builds(
    Availability,
    permanent=optional_bools,
    duration_hours=st.none() | st.floats(min_value=0, max_value=1e5, allow_nan=False),
    restored_from_backup=optional_bools,
)
effects = st.builds(
    Effects,
    confidentiality=st.none() | confidentialities,
    integrity=st.none() | integrities,
    availability=st.none() | availabilities,
    unknown=st.booleans(),
)
causes = st.builds(
    Cause,
    intent=enums(Intent),
    actor=enums(ActorOrigin),
    vectors=enum_sets(Vector),
    via_third_party_account=optional_bools,
)
encryptions = st.builds(
    Encryption,
    applied_to_breached_data=optional_bools,
    state_of_the_art=optional_bools,
    key_compromised=optional_bools,
)
subsequent_measures = st.builds(
    SubsequentMeasure,
    kind=enums(MeasureKind),
    at=st.none() | aware_datetimes(),
    confirmed=optional_bools,
    description=optional_texts,
)
measures = st.builds(
    Measures,
    encryption=st.none() | encryptions,
    pseudonymised=optional_bools,
    pseudonymisation_key_safe=optional_bools,
    credential_hashing=st.none() | enums(HashStrength),
    credential_secret_safe=optional_bools,
    backup_available=optional_bools,
    subsequent=st.lists(subsequent_measures, max_size=3).map(tuple),
    high_risk_no_longer_likely=optional_bools,
)

# --- timeline -----------------------------------------------------------------------------


@st.composite
def occurrences(draw: st.DrawFn, start: datetime | None = None) -> Occurrence:
    """When the breach happened (starting at ``start`` when given)."""
    kind = draw(enums(OccurrenceKind))
    if kind is OccurrenceKind.UNKNOWN:
        return Occurrence()
    begin = draw(aware_datetimes()) if start is None else start
    if kind is OccurrenceKind.RANGE:
        return Occurrence(kind=kind, start=begin, end=draw(aware_datetimes(after=begin)))
    return Occurrence(kind=kind, start=begin)


def _maybe_after(after: datetime) -> st.SearchStrategy[datetime | None]:
    return st.none() | aware_datetimes(after=after)


authority_ids = st.none() | st.sampled_from(
    ["fr-cnil", "ie-dpc", "de-by-baylda", "nl-ap", "us-hhs-ocr"]
)


@st.composite
def authority_notice_lists(
    draw: st.DrawFn, after: datetime, org_ids: tuple[str, ...] = ()
) -> tuple[AuthorityNotice, ...]:
    """Notices at or after ``after``; any follow-up comes after an initial notice."""
    by = st.none() | (st.sampled_from(org_ids) if org_ids else ids)
    count = draw(st.integers(0, 3))
    if count == 0:
        return ()
    first = draw(aware_datetimes(after=after))
    notices = [
        AuthorityNotice(
            kind=NoticeKind.INITIAL,
            at=first,
            authority=draw(authority_ids),
            by=draw(by),
            reference=draw(st.none() | ids),
            reasons_for_delay=draw(optional_texts),
        )
    ]
    for _ in range(count - 1):
        notices.append(
            AuthorityNotice(
                kind=draw(enums(NoticeKind)),
                at=draw(aware_datetimes(after=first)),
                authority=draw(authority_ids),
                by=draw(by),
                reference=draw(st.none() | ids),
                reasons_for_delay=draw(optional_texts),
            )
        )
    return tuple(draw(st.permutations(notices)))


@st.composite
def timelines(draw: st.DrawFn, org_ids: tuple[str, ...] = ()) -> Timeline:
    """A timeline whose events never precede the occurrence or each other wrongly."""
    origin = draw(aware_datetimes())
    occurred = draw(occurrences(start=origin))
    by = st.none() | (st.sampled_from(org_ids) if org_ids else ids)
    detected = draw(_maybe_after(origin))
    processor_aware = draw(_maybe_after(origin))
    processor_notified = draw(_maybe_after(processor_aware or origin))
    controller_aware = draw(_maybe_after(detected or origin))

    def communications(kind: type[_T], **more: st.SearchStrategy[Any]) -> list[_T]:
        """Up to two communications of ``kind`` after the origin, with ``more`` fields."""
        at = aware_datetimes(after=origin)
        one = st.builds(kind, at=at, channels=enum_sets(Channel), by=by, **more)
        return draw(st.lists(one, max_size=2))

    subject_comms = communications(SubjectCommunication, recipients=st.none() | small_ints)
    public_comms = communications(PublicCommunication)
    return Timeline(
        occurred=occurred,
        detected_at=detected,
        investigation_started_at=draw(_maybe_after(origin)),
        processor_aware_at=processor_aware,
        processor_notified_controller_at=processor_notified,
        controller_aware_at=controller_aware,
        awareness_rationale=draw(optional_texts),
        contained_at=draw(_maybe_after(origin)),
        authority_notices=draw(authority_notice_lists(after=origin, org_ids=org_ids)),
        subject_communications=tuple(subject_comms),
        public_communications=tuple(public_comms),
    )


# --- incident ---------------------------------------------------------------------------

assessor_judgments = st.builds(
    AssessorJudgment,
    level=enums(RiskLevel),
    justification=non_empty_texts,
    by=non_empty_texts,
    at=aware_datetimes(),
)


@st.composite
def authority_decisions(draw: st.DrawFn) -> AuthorityDecision:
    """An Art. 34(4) decision; an exemption names its Art. 34(3) point."""
    kind = draw(enums(AuthorityDecisionKind))
    exemption = (
        draw(st.sampled_from(["a", "b", "c"]))
        if kind is AuthorityDecisionKind.EXEMPTION_MET
        else draw(st.none() | st.sampled_from(["a", "b", "c"]))
    )
    return AuthorityDecision(
        kind=kind, at=draw(aware_datetimes()), authority=draw(authority_ids), exemption=exemption
    )


contact_facts = st.builds(
    ContactFacts,
    contact_details_available=optional_bools,
    disproportionate_effort=optional_bools,
    reason=optional_texts,
)


def _measures_after(drawn: Measures, start: datetime | None) -> Measures:
    """The measures, undated where they would precede the occurrence (which is refused)."""
    if start is None:
        return drawn
    subsequent = tuple(
        attrs.evolve(m, at=None) if m.at is not None and m.at < start else m
        for m in drawn.subsequent
    )
    return attrs.evolve(drawn, subsequent=subsequent)


@st.composite
def incidents(draw: st.DrawFn) -> Incident:
    """A valid incident: unique organisation ids, known categories, consistent timeline."""
    org_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    n_joint = draw(st.integers(0, len(org_ids) - 1))
    controller_id, joint_ids = org_ids[0], org_ids[1 : 1 + n_joint]
    processor_ids = org_ids[1 + n_joint :]
    controller = draw(organisations(st.just(controller_id)))
    joint = tuple(draw(organisations(st.just(i))) for i in joint_ids)
    processors = []
    engaged_by = [controller_id, *joint_ids]
    for pid in processor_ids:
        processors.append(
            draw(processor_links(organisations(st.just(pid)), st.sampled_from(engaged_by)))
        )
        engaged_by.append(pid)

    customs = draw(st.lists(custom_categories, max_size=2, unique_by=lambda c: c.id))
    known = sorted({c.value for c in DataCategory} | {c.id for c in customs})
    data = draw(
        st.lists(
            data_concerned(
                category=st.sampled_from(known),
                grants_access_to=st.none() | st.sampled_from(known),
            ),
            max_size=4,
            unique_by=lambda d: d.category,
        )
    )
    timeline = draw(timelines(org_ids=tuple(org_ids)))
    incident = Incident(
        id=draw(non_empty_texts),
        title=draw(optional_texts),
        description=draw(texts),
        personal_data=draw(optional_bools),
        controller=controller,
        joint_controllers=joint,
        designated_notifier=draw(st.none() | st.sampled_from([controller_id, *joint_ids])),
        processors=tuple(processors),
        cross_border=draw(optional_bools),
        offers_to_eea=draw(optional_bools),
        monitors_in_eea=draw(optional_bools),
        ecomms_service=draw(optional_bools),
        data=tuple(data),
        custom_categories=tuple(customs),
        subjects=tuple(draw(st.lists(subject_groups(), max_size=3))),
        effects=draw(effects),
        cause=draw(causes),
        measures=_measures_after(draw(measures), timeline.occurred.start),
        consequences=draw(enum_sets(Consequence)),
        timeline=timeline,
        judgment=draw(st.none() | assessor_judgments),
        authority_decision=draw(st.none() | authority_decisions()),
        contact=draw(contact_facts),
        text_lang=draw(languages),
    )
    return attrs.evolve(incident, translations=draw(translations_of(incident)))


languages = st.sampled_from(["en", "fr", "de", "es", "it", "nl", "pt"])


def translations_of(incident: Incident) -> st.SearchStrategy[tuple[Translation, ...]]:
    """Translations of some of the incident's free-text fields, each into another language."""
    others = [code for code in ("en", "fr", "de", "nl") if code != incident.text_lang]
    pairs = [(path, lang) for path in sorted(incident.free_texts) for lang in others]
    if not pairs:
        return st.just(())
    chosen = st.lists(st.sampled_from(pairs), max_size=3, unique=True)
    return chosen.flatmap(
        lambda ps: st.tuples(
            *(
                st.builds(Translation, path=st.just(p), lang=st.just(lang), text=non_empty_texts)
                for p, lang in ps
            )
        )
    )


# --- the registry -------------------------------------------------------------------------

_ENUMS: tuple[type[Enum], ...] = (
    ActorOrigin,
    AuthorityDecisionKind,
    Channel,
    Consequence,
    DataCategory,
    EnisaClass,
    Exfiltration,
    HashStrength,
    Intent,
    GovernmentLevel,
    MeasureKind,
    Nis2Class,
    NoticeKind,
    OccurrenceKind,
    Precision,
    ProcessorRole,
    Recipient,
    RiskLevel,
    Sector,
    SubjectKind,
    Vector,
)

classifications = st.builds(
    Classification,
    scheme=st.sampled_from(["nis2", "dora"]),
    category=non_empty_texts,
    source=non_empty_texts,
    sector=st.none() | non_empty_texts,
    size=st.none() | st.sampled_from(["micro", "small", "medium", "large"]),
    member_state=st.none() | countries,
)
findings = st.builds(
    Finding,
    regime=ids,
    fact=ids,
    answer=optional_bools,
    value=st.none() | non_empty_texts,
    at=st.none() | aware_datetimes(),
    by=st.none() | non_empty_texts,
    justification=st.none() | non_empty_texts,
    source=st.none() | non_empty_texts,
)
service_impacts = st.builds(
    ServiceImpact,
    clients_affected=st.none() | small_ints,
    clients_total=st.none() | small_ints,
    critical_services_affected=optional_bools,
    duration_hours=st.none() | st.floats(min_value=0, max_value=1e4, allow_nan=False),
    member_states_affected=st.none() | st.lists(countries, max_size=3).map(tuple),
    economic_impact_eur=st.none() | st.floats(min_value=0, max_value=1e9, allow_nan=False),
    data_losses=optional_bools,
    malicious_access=optional_bools,
    classified_at=st.none() | aware_datetimes(),
)

STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    **{cls: enums(cls) for cls in _ENUMS},
    AssessorJudgment: assessor_judgments,
    AuthorityDecision: authority_decisions(),
    AuthorityNotice: st.builds(
        AuthorityNotice,
        kind=enums(NoticeKind),
        at=aware_datetimes(),
        authority=authority_ids,
        by=st.none() | ids,
        reference=st.none() | ids,
        reasons_for_delay=optional_texts,
    ),
    Availability: availabilities,
    CategoryInfo: category_infos,
    Classification: classifications,
    Finding: findings,
    Translation: st.builds(
        Translation, path=st.just("description"), lang=languages, text=non_empty_texts
    ),
    Cause: causes,
    Citation: citations,
    Confidentiality: confidentialities,
    ContactFacts: contact_facts,
    ContactPoint: contact_points,
    Count: counts(),
    CustomCategory: custom_categories,
    DataConcerned: data_concerned(),
    Effects: effects,
    Encryption: encryptions,
    Establishment: establishments(),
    Incident: incidents(),
    Integrity: integrities,
    Measures: measures,
    Occurrence: occurrences(),
    Organisation: organisations(),
    Problem: problems,
    ProcessorContract: processor_contracts,
    ProcessorLink: processor_links(),
    PublicCommunication: st.builds(
        PublicCommunication, at=aware_datetimes(), channels=enum_sets(Channel), by=st.none() | ids
    ),
    Representative: representatives,
    ResidenceCount: residence_counts,
    SubjectCommunication: st.builds(
        SubjectCommunication,
        at=aware_datetimes(),
        channels=enum_sets(Channel),
        recipients=st.none() | small_ints,
        by=st.none() | ids,
    ),
    SubjectGroup: subject_groups(),
    ServiceImpact: service_impacts,
    SubdivisionCount: subdivision_counts,
    SubsequentMeasure: subsequent_measures,
    Timeline: timelines(),
}
"""Each public model type (plus ``Citation`` and ``Problem``) -> a strategy of valid values."""


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 3000) | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)
"""Any small JSON value (for importers fed arbitrary records)."""

veris_keys = st.sampled_from(
    [
        "incident_id",
        "timeline",
        "victim",
        "actor",
        "action",
        "attribute",
        "asset",
        "summary",
        "plus",
    ]
)
"""Top-level keys of a VERIS record, and one the importer never reads."""
