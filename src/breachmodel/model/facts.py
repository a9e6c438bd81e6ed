"""What an assessor knows about the breach itself: data, people, effects, cause, measures.

``None`` always means *unknown*: rules turn an unknown fact they need into an explicit
"undetermined" result listing it, never into a silent no.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from attrs import field, frozen

from breachmodel.model._validate import (
    country_code,
    non_empty,
    optional_instant_field,
    optional_non_negative,
    subdivision_code,
    unique_by,
)
from breachmodel.model.counts import Count

__all__ = [
    "ActorOrigin",
    "Availability",
    "Cause",
    "Confidentiality",
    "Consequence",
    "DataConcerned",
    "Effects",
    "Encryption",
    "Exfiltration",
    "HashStrength",
    "Integrity",
    "Intent",
    "MeasureKind",
    "Measures",
    "Recipient",
    "ResidenceCount",
    "SubdivisionCount",
    "SubjectGroup",
    "SubjectKind",
    "SubsequentMeasure",
    "Vector",
]


# --- people -------------------------------------------------------------------------------


class SubjectKind(StrEnum):
    """Kinds of people whose data is concerned."""

    CUSTOMERS = "customers"
    EMPLOYEES = "employees"
    PATIENTS = "patients"
    INSURED_PERSONS = "insured_persons"
    BENEFICIARIES = "beneficiaries"
    CHILDREN = "children"
    VULNERABLE_PEOPLE = "vulnerable_people"
    STUDENTS = "students"
    USERS = "users"
    SUBSCRIBERS = "subscribers"
    CITIZENS = "citizens"
    MEMBERS = "members"
    JOB_APPLICANTS = "job_applicants"
    OTHER = "other"


@frozen(kw_only=True)
class ResidenceCount:
    """How many people of a group live in one country.

    Attributes:
        country: ISO 3166-1 alpha-2 code of the country of residence.
        count: How many.
    """

    country: str = field(validator=country_code)
    count: Count


@frozen(kw_only=True)
class SubdivisionCount:
    """How many people of a group live in one subdivision of a country.

    A subdivision is a US state, a Canadian province, an Australian state...

    Attributes:
        subdivision: ISO 3166-2 code of the subdivision, e.g. ``"US-CA"``.
        count: How many.
    """

    subdivision: str = field(validator=[non_empty, subdivision_code])
    count: Count

    @property
    def country(self) -> str:
        """The ISO 3166-1 alpha-2 code of the subdivision's country."""
        return self.subdivision[:2]


def _subdivisions_consistent(
    group: SubjectGroup, _attribute: object, value: tuple[SubdivisionCount, ...]
) -> None:
    """Require each subdivision's country to be among ``by_country`` when that is given."""
    countries = {c.country for c in group.by_country}
    if not countries:
        return
    for item in value:
        if item.country not in countries:
            msg = (
                f"by_subdivision: {item.subdivision!r} is in country {item.country!r}, which "
                f"by_country does not list; add {item.country!r} to by_country or remove it"
            )
            raise ValueError(msg)


@frozen(kw_only=True)
class SubjectGroup:
    """A group of people concerned (Art. 33(3)(a) "categories of data subjects").

    Attributes:
        kind: What kind of people.
        count: How many (may be approximate or unknown, Art. 33(3)(a)).
        by_country: Counts per country of residence, where known.
        by_subdivision: Counts per subdivision of residence (ISO 3166-2: a US state, a
            Canadian province...), where a law counts people by subdivision. When
            ``by_country`` is also given, each subdivision's country must be in it.
        includes_children: Whether children are among them (Recitals 38 and 75).
        vulnerable: Whether they are vulnerable people (EDPB 9/2022, special
            characteristics of the individual).
        description: A free-text note (untrusted; never rendered unescaped).
    """

    kind: SubjectKind
    count: Count = field(factory=Count.unknown)
    by_country: tuple[ResidenceCount, ...] = field(default=(), validator=unique_by("country"))
    by_subdivision: tuple[SubdivisionCount, ...] = field(
        default=(), validator=[unique_by("subdivision"), _subdivisions_consistent]
    )
    includes_children: bool | None = None
    vulnerable: bool | None = None
    description: str | None = field(default=None, repr=False)

    @property
    def has_children(self) -> bool | None:
        """True if the group is children or includes them; None if unknown."""
        if self.kind is SubjectKind.CHILDREN:
            return True
        return self.includes_children

    @property
    def is_vulnerable(self) -> bool | None:
        """True if the group is made of vulnerable people; None if unknown."""
        if self.kind is SubjectKind.VULNERABLE_PEOPLE:
            return True
        return self.vulnerable


# --- data ---------------------------------------------------------------------------------


@frozen(kw_only=True)
class DataConcerned:
    """One category of personal data concerned by the breach.

    Attributes:
        category: A :class:`~breachmodel.model.categories.DataCategory` value or the id
            of a custom category declared in the incident.
        records: How many records of this category, if known (Art. 33(3)(a)).
        reveals_special_category: The assessor's view of whether this data, in context,
            reveals an Art. 9 special category (e.g. insurance cover that reveals a
            condition). None if not assessed.
        grants_access_to: For credentials: the category of data they open (ENISA scores
            credentials as the data they give access to).
        extensive: True when there is a lot of data about each person (ENISA's volume
            factor raises the score).
        publicly_available: True if the data was already public before the breach
            (ENISA lowers the score).
        minor_sensitivity: For an Art. 9 or Art. 10 category: the assessor's reasoned
            statement that, in context, the data is of minor sensitivity (e.g. only that a
            generic test was performed, not its result). When given, the presumption of
            EDPB 9/2022 para. 102 yields to it (untrusted text).
        note: A free-text note (untrusted).
    """

    category: str = field(validator=non_empty)
    records: Count | None = None
    reveals_special_category: bool | None = None
    grants_access_to: str | None = None
    extensive: bool = False
    publicly_available: bool = False
    minor_sensitivity: str | None = field(default=None, repr=False)
    note: str | None = field(default=None, repr=False)


# --- effects ------------------------------------------------------------------------------


class Exfiltration(StrEnum):
    """Whether data left the controller's control."""

    CONFIRMED = "confirmed"
    LIKELY = "likely"
    RULED_OUT = "ruled_out"
    UNKNOWN = "unknown"


class Recipient(StrEnum):
    """Who received or could access the data."""

    TRUSTED_KNOWN = "trusted_known"
    """A known, trusted recipient (e.g. another professional bound by confidentiality)."""
    KNOWN_UNTRUSTED = "known_untrusted"
    """A known recipient who is not trusted."""
    UNKNOWN_THIRD_PARTY = "unknown_third_party"
    """An unknown third party (an attacker, a thief)."""
    PUBLIC = "public"
    """Anyone: published on the internet, posted, sold."""


@frozen(kw_only=True)
class Confidentiality:
    """Unauthorised disclosure of, or access to, personal data.

    Attributes:
        exfiltration: Whether data was taken: confirmed, likely, ruled out, unknown.
        recipients: Who received or could access it.
        recipient_count: How many recipients, when known (ENISA: known vs unknown number).
        recipient_confirmed_deletion: A known recipient confirmed it deleted the data
            without using it.
    """

    exfiltration: Exfiltration = Exfiltration.UNKNOWN
    recipients: frozenset[Recipient] = frozenset()
    recipient_count: Count | None = None
    recipient_confirmed_deletion: bool | None = None


@frozen(kw_only=True)
class Integrity:
    """Unauthorised alteration of personal data.

    Attributes:
        altered: Whether data was actually altered; None if unknown.
        reversible: Whether the original data can be restored; None if unknown.
        misuse_possible: Whether altered data may have been used to the people's harm.
    """

    altered: bool | None = None
    reversible: bool | None = None
    misuse_possible: bool | None = None


@frozen(kw_only=True)
class Availability:
    """Loss of access to personal data, or its destruction.

    Attributes:
        permanent: True if the data is lost for good; False if temporary; None unknown.
        duration_hours: How long it was unavailable, for a temporary loss.
        restored_from_backup: Whether it was (or can be) restored from a backup.
    """

    permanent: bool | None = None
    duration_hours: float | None = field(default=None, validator=optional_non_negative)
    restored_from_backup: bool | None = None


@frozen(kw_only=True)
class Effects:
    """The breach types (EDPB: confidentiality, integrity, availability); they may co-occur.

    Attributes:
        confidentiality: The confidentiality breach, if any.
        integrity: The integrity breach, if any.
        availability: The availability breach, if any.
        unknown: True while the assessor does not yet know what happened to the data.
    """

    confidentiality: Confidentiality | None = None
    integrity: Integrity | None = None
    availability: Availability | None = None
    unknown: bool = False

    @property
    def types(self) -> tuple[str, ...]:
        """The breach types present, in the EDPB's order."""
        names = ("confidentiality", "integrity", "availability")
        return tuple(n for n in names if getattr(self, n) is not None)


# --- cause --------------------------------------------------------------------------------


class Intent(StrEnum):
    """Whether the breach was caused on purpose."""

    MALICIOUS = "malicious"
    ACCIDENTAL = "accidental"
    UNKNOWN = "unknown"


class ActorOrigin(StrEnum):
    """Where the actor came from."""

    INTERNAL = "internal"
    EXTERNAL = "external"
    PARTNER = "partner"
    UNKNOWN = "unknown"


class Vector(StrEnum):
    """How the breach happened."""

    PHISHING = "phishing"
    RANSOMWARE = "ransomware"
    MALWARE = "malware"
    EXPLOITED_VULNERABILITY = "exploited_vulnerability"
    MISCONFIGURATION = "misconfiguration"
    CREDENTIAL_STUFFING = "credential_stuffing"
    STOLEN_CREDENTIALS = "stolen_credentials"
    LOST_DEVICE = "lost_device"
    STOLEN_DEVICE = "stolen_device"
    LOST_PAPER = "lost_paper"
    STOLEN_PAPER = "stolen_paper"
    MISDELIVERED_POST = "misdelivered_post"
    MISDIRECTED_EMAIL = "misdirected_email"
    EMPLOYEE_MISUSE = "employee_misuse"
    SOCIAL_ENGINEERING = "social_engineering"
    IMPROPER_DISPOSAL = "improper_disposal"
    SOFTWARE_ERROR = "software_error"
    DENIAL_OF_SERVICE = "denial_of_service"
    PHYSICAL_INTRUSION = "physical_intrusion"
    OTHER = "other"


@frozen(kw_only=True)
class Cause:
    """What caused the breach.

    Attributes:
        intent: Malicious, accidental or unknown (ENISA adds 0.5 for malicious intent).
        actor: Internal, external, partner or unknown.
        vectors: How it happened; several may apply.
        via_third_party_account: True when a third party's account was used (the
            phished health professional in the reference case).
    """

    intent: Intent = Intent.UNKNOWN
    actor: ActorOrigin = ActorOrigin.UNKNOWN
    vectors: frozenset[Vector] = frozenset()
    via_third_party_account: bool | None = None


# --- measures -----------------------------------------------------------------------------


class HashStrength(StrEnum):
    """How credentials were stored."""

    PLAINTEXT = "plaintext"
    WEAK = "weak"
    """Fast or unsalted hashes (MD5, SHA-1) that can be reversed."""
    STRONG = "strong"
    """Salted, slow key-derivation functions (bcrypt, scrypt, Argon2, PBKDF2)."""


@frozen(kw_only=True)
class Encryption:
    """Encryption of the breached data before the breach (Art. 34(3)(a); E13).

    Attributes:
        applied_to_breached_data: The breached data itself was encrypted.
        state_of_the_art: The algorithm and implementation were state of the art.
        key_compromised: Whether the key was (or may have been) compromised.
    """

    applied_to_breached_data: bool | None = None
    state_of_the_art: bool | None = None
    key_compromised: bool | None = None

    @property
    def renders_unintelligible(self) -> bool | None:
        """Whether the data is unintelligible to whoever has it; None if a fact is missing."""
        facts = (self.applied_to_breached_data, self.state_of_the_art)
        if False in facts or self.key_compromised is True:
            return False
        if None in facts or self.key_compromised is None:
            return None
        return True


class MeasureKind(StrEnum):
    """Measures taken after the breach."""

    REMOTE_WIPE = "remote_wipe"
    DATA_RETRIEVED = "data_retrieved"
    DELETED_BY_RECIPIENT = "deleted_by_recipient"
    CREDENTIALS_RESET = "credentials_reset"
    ACCESS_REVOKED = "access_revoked"
    SYSTEM_ISOLATED = "system_isolated"
    VULNERABILITY_FIXED = "vulnerability_fixed"
    RESTORED_FROM_BACKUP = "restored_from_backup"
    LAW_ENFORCEMENT_INFORMED = "law_enforcement_informed"
    MONITORING = "monitoring"
    OTHER = "other"


@frozen(kw_only=True)
class SubsequentMeasure:
    """A measure taken after the breach (Art. 33(3)(d), Art. 34(3)(b)).

    Attributes:
        kind: What was done.
        at: When, if it matters (e.g. a remote wipe before anyone could read the device).
        confirmed: Whether its effect is confirmed (e.g. the recipient confirmed deletion).
        description: A free-text note (untrusted).
    """

    kind: MeasureKind
    at: datetime | None = optional_instant_field()
    confirmed: bool | None = None
    description: str | None = field(default=None, repr=False)


@frozen(kw_only=True)
class Measures:
    """Protection in place before the breach and measures taken after it.

    Attributes:
        encryption: Encryption of the breached data, if any was in place.
        pseudonymised: Whether the breached data was pseudonymised (Art. 4(5)).
        pseudonymisation_key_safe: Whether the additional information that re-identifies
            pseudonymised data was kept apart and was not compromised (Art. 4(5)).
        credential_hashing: How breached credentials were stored, if credentials were
            concerned.
        credential_secret_safe: For hashed credentials: whether the salts and any pepper
            or key used in hashing were kept safe (not taken with the hashes).
        backup_available: Whether a usable backup existed.
        subsequent: Measures taken after the breach.
        high_risk_no_longer_likely: The controller's documented conclusion that its
            subsequent measures mean a high risk is no longer likely to materialise
            (Art. 34(3)(b)); None if not concluded.
    """

    encryption: Encryption | None = None
    pseudonymised: bool | None = None
    pseudonymisation_key_safe: bool | None = None
    credential_hashing: HashStrength | None = None
    credential_secret_safe: bool | None = None
    backup_available: bool | None = None
    subsequent: tuple[SubsequentMeasure, ...] = ()
    high_risk_no_longer_likely: bool | None = None

    def taken(self, kind: MeasureKind) -> bool:
        """Whether a subsequent measure of this kind was taken."""
        return any(m.kind is kind for m in self.subsequent)

    def confirmed(self, kind: MeasureKind) -> bool:
        """Whether a subsequent measure of this kind was taken and its effect confirmed."""
        return any(m.kind is kind and m.confirmed for m in self.subsequent)


# --- consequences -------------------------------------------------------------------------


class Consequence(StrEnum):
    """Damage the breach may cause (Recitals 75 and 85 GDPR)."""

    IDENTITY_THEFT_OR_FRAUD = "identity_theft_or_fraud"
    FINANCIAL_LOSS = "financial_loss"
    DISCRIMINATION = "discrimination"
    REPUTATIONAL_DAMAGE = "reputational_damage"
    LOSS_OF_PROFESSIONAL_SECRECY = "loss_of_professional_secrecy"
    REVERSAL_OF_PSEUDONYMISATION = "reversal_of_pseudonymisation"
    PHYSICAL_HARM = "physical_harm"
    DISTRESS = "distress"
    LOSS_OF_CONTROL = "loss_of_control"
    TARGETED_PHISHING = "targeted_phishing"
    OTHER_DISADVANTAGE = "other_disadvantage"
