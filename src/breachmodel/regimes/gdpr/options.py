"""The interpretation choices a GDPR assessment runs under: visible, documented, named.

Every option defaults to the reading in this project's encoding notes (E1-E20, see the
docs). Each assessment records the options it ran under, and each determination names
the interpretations it relied on.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from attrs import field, frozen

from breachmodel import law
from breachmodel.citations import Citation, encoding_note, gdpr, recital
from breachmodel.clocks import Convention
from breachmodel.model import RiskLevel

__all__ = [
    "ART33_VARIANTS",
    "Art33Variant",
    "DocumentedConclusion",
    "GdprOptions",
    "ProcessorAwareness",
    "RecipientAssurance",
    "Ruleset",
    "Unknowns",
    "UnrecoveredLoss",
    "art33_variant",
]


class Ruleset(StrEnum):
    """Which version of the rules to apply (encoding note E18)."""

    GDPR_2016 = "gdpr-2016"
    """Regulation (EU) 2016/679 as in force: risk threshold for Art. 33, 72 hours."""
    DIGITAL_OMNIBUS_PROPOSAL = "digital-omnibus-2025-proposal"
    """The Commission's proposal of 19 Nov 2025 (not law): high-risk threshold, 96 hours."""


@frozen(kw_only=True)
class Art33Variant:
    """What one version of the GDPR sets for the Art. 33(1) notification: data, not code.

    The rules read the threshold, the hours and the wording from here, so a new version
    of the text (adopted or proposed) is a new entry in :data:`ART33_VARIANTS`.

    Attributes:
        version: The :class:`breachmodel.law.Version` id of the GDPR text, e.g.
            ``"gdpr-2016"``.
        threshold: The lowest risk level for which notification is due.
        hours: The limit, in hours from awareness.
        rule: The rule, in plain English, and what it rests on.
        exception: The exception, as a clause ("the breach is unlikely to result in a risk").
        conclusion_needed: Whether a low-sensitivity suggestion of "unlikely" needs the
            controller's documented conclusion before the exception holds (E7/E8).
        interpretation: The interpretation to name when this version is used, if any.
    """

    version: str
    threshold: RiskLevel
    hours: int
    rule: str
    rule_citations: tuple[Citation, ...]
    exception: str
    conclusion_needed: bool = True
    interpretation: str | None = None


ART33_VARIANTS: dict[str, Art33Variant] = {
    "gdpr-2016": Art33Variant(
        version="gdpr-2016",
        threshold=RiskLevel.RISK,
        hours=72,
        rule="The controller must notify the competent supervisory authority without undue "
        "delay and, where feasible, within 72 hours of becoming aware, unless the breach is "
        "unlikely to result in a risk to people's rights and freedoms.",
        rule_citations=(gdpr(33, 1), recital(85)),
        exception="the breach is unlikely to result in a risk",
    ),
    "digital-omnibus-2025": Art33Variant(
        version="digital-omnibus-2025",
        threshold=RiskLevel.HIGH,
        hours=96,
        rule="Under the Digital Omnibus proposal (not in force), notification is due only "
        "for breaches likely to result in a high risk, within 96 hours.",
        rule_citations=(gdpr(33, 1), encoding_note("E18")),
        exception="the breach is not likely to result in a high risk",
        conclusion_needed=False,
        interpretation="E18: the Digital Omnibus proposal's high-risk threshold and 96 hours",
    ),
}
"""The Art. 33(1) parameters of each GDPR version, keyed by version id."""


def art33_variant(ruleset: Ruleset, on: date | None = None) -> Art33Variant:
    """The Art. 33(1) parameters that apply on ``on`` under the ruleset chosen.

    The ruleset is an opt-in: a proposed version applies only when chosen. The version in
    force on ``on`` is picked from the law table (the latest one applying by then); with
    no date, or before the GDPR applies, the ruleset's own version is used.

    >>> art33_variant(Ruleset.GDPR_2016).hours
    72
    >>> art33_variant(Ruleset.DIGITAL_OMNIBUS_PROPOSAL, date(2026, 3, 1)).hours
    96
    """
    chosen = _RULESET_VERSION[ruleset]
    if on is not None:
        version = law.GDPR.in_force(on, opt_in=frozenset({chosen}))
        if version is not None:
            chosen = version.id
    return ART33_VARIANTS[chosen]


_RULESET_VERSION = {
    Ruleset.GDPR_2016: "gdpr-2016",
    Ruleset.DIGITAL_OMNIBUS_PROPOSAL: "digital-omnibus-2025",
}


class Unknowns(StrEnum):
    """How facts the incident file leaves unknown are read (see the interpretations page)."""

    TYPICAL = "typical"
    """A fact nothing in the incident points to takes its ordinary value and is named as an
    assumption (as the EDPB's worked examples do); a fact the incident itself puts in
    question stays unknown (Art. 33: notify in doubt; Art. 34: undetermined)."""
    ADVERSE = "adverse"
    """Every unknown fact stays unknown and is weighed both ways (the stricter reading)."""


class ProcessorAwareness(StrEnum):
    """When a processor's knowledge makes the controller aware for Art. 33(1) (encoding note E5)."""

    ON_NOTICE = "on_notice"
    """The controller is aware once its processor tells it, or earlier by its own knowledge
    (EDPB Guidelines 9/2022, section II.A.4: "in principle"). The default."""
    IMPUTED = "imputed"
    """The controller is also held aware from its processor's own awareness, as the Irish
    DPC held in its Twitter International decision (IN-19-1-1, 2020), confirmed by the
    Dublin Circuit Court: the processor's delay in passing the news on is the controller's."""


class RecipientAssurance(StrEnum):
    """What a recipient's assurances (its trust, its confirmed deletion) do to the likelihood."""

    UNLESS_IDENTITY_DATA = "unless_identity_data"
    """A known, trusted recipient removes the likelihood of harm (EDPB Guidelines 9/2022,
    section IV.B; Guidelines 01/2021, Case No. 09) and a recipient's confirmed deletion
    lowers it, except for data enabling identity theft or fraud (a national identification
    number or identity document): such numbers cannot be changed once read, and neither a
    duty of secrecy nor a declaration of deletion undoes a reading, so the recipient counts
    as one holding the data (as the Polish UODO held in its mBank decision,
    DKN.5131.1.2024). The default."""
    ALWAYS = "always"
    """Trust removes the likelihood, and a confirmed deletion lowers it, whatever the data
    (the EDPB's text read alone)."""


class UnrecoveredLoss(StrEnum):
    """How a lost or stolen carrier that was never recovered is read when no one knows who saw it."""

    LIKELY_DISCLOSED = "likely_disclosed"
    """The data is taken to have probably left the controller's control: whether anyone
    read it can never be known, and the loss of control is itself the damage Recital 85
    names (as the Polish UODO held in its Bank Millennium decision, DKN.5131.16.2021). The
    default."""
    OPEN = "open"
    """Whether the data was taken stays an open question, weighed both ways (Art. 34 then
    stays undetermined until the assessor decides)."""


class DocumentedConclusion(StrEnum):
    """How far the controller's documented risk conclusion (``judgment``) is followed."""

    FOLLOWED = "followed"
    """The controller's conclusion is used (Art. 33(1) and Recital 85 put the assessment,
    and the burden of showing it, on the controller; EDPB Guidelines 01/2021, Cases No. 01,
    06 and 13, rest on it); where the recorded facts do not bear it out, a warning names
    them. The default."""
    TESTED = "tested"
    """The conclusion is used only where the recorded facts bear it out; otherwise the
    facts' own level is used and the conclusion is shown as not followed (Recital 76: an
    objective assessment; the Polish UODO's ENEA decision, DKN.5131.7.2020)."""


def _positive(_inst: object, attribute: object, value: float) -> None:
    if value <= 0:
        msg = f"{getattr(attribute, 'name', 'value')}: expected a positive number of hours"
        raise ValueError(msg)


@frozen(kw_only=True)
class GdprOptions:
    """Interpretation options for the GDPR rules.

    Attributes:
        ruleset: The rules in force (E18). Default: the GDPR as adopted.
        counting: How the 72 hours are counted (E2): elapsed time from awareness by
            default; Regulation 1182/71 whole-hour counting as an alternative.
        investigation_allowance_hours: The short investigation after a first signal
            before awareness is expected (E4); a longer gap is flagged.
        processor_notice_target_hours: The "without undue delay" target for a
            processor's notice to the controller when the contract sets none (E5, E6).
        enisa_pointer: Whether the ENISA severity band may raise the suggested risk
            level (E8: medium means notify, high or very high means high risk). It never
            lowers it.
        large_scale_subjects: From how many people the number concerned raises the
            severity by one level (Recital 75; EDPB 9/2022 on the number of individuals).
        follow_up_target_hours: The soft target for completing a phased notification
            after the initial one (E9).
        unknowns: How unrecorded facts are read: ``typical`` (default) assumes the
            ordinary value of a fact nothing in the incident points to and names the
            assumption; ``adverse`` keeps every unknown fact open.
        processor_awareness: When a processor's knowledge makes the controller aware for
            the Art. 33(1) deadline (E5): on the processor's notice (default, EDPB
            9/2022) or from the processor's own awareness (``imputed``, the Irish DPC's
            Twitter decision).
        short_outage_hours: Up to how many hours an outage of ordinary (not critical)
            data, restored from a backup, has negligible likelihood of harm (EDPB 9/2022,
            Annex B, example (iii)). Never applies to critical data such as health records.
        wide_disclosure_recipients: From how many recipients a disclosure to known
            recipients raises the likelihood by one level (EDPB 9/2022, Annex B (ix);
            this project's policy).
        identity_theft_subjects: From how many people data enabling identity theft in an
            attacker's hands, or sent to ``wide_disclosure_recipients`` recipients or more,
            raises the severity by one level (Recital 75; EDPB Guidelines 01/2021, Case
            No. 14; this project's policy).
        identity_data_severe: Whether a national identification number or identity
            document in a confidentiality breach makes the severity at least significant,
            for any number of people (Recital 75: identity theft or fraud; EDPB 9/2022,
            section IV.B). Default true; false keeps only the one-level raise (E19).
        recipient_assurance: What a recipient's trust or confirmed deletion does to the
            likelihood (see :class:`RecipientAssurance`).
        unrecovered_loss: How a lost or stolen carrier never recovered is read (see
            :class:`UnrecoveredLoss`).
        documented_conclusion: How far the controller's documented conclusion is
            followed (see :class:`DocumentedConclusion`).
    """

    ruleset: Ruleset = Ruleset.GDPR_2016
    counting: Convention = Convention.ELAPSED
    investigation_allowance_hours: float = field(default=24.0, validator=_positive)
    processor_notice_target_hours: float = field(default=24.0, validator=_positive)
    enisa_pointer: bool = True
    large_scale_subjects: int = field(default=100_000, validator=_positive)
    follow_up_target_hours: float = field(default=72.0, validator=_positive)
    unknowns: Unknowns = Unknowns.TYPICAL
    processor_awareness: ProcessorAwareness = ProcessorAwareness.ON_NOTICE
    short_outage_hours: float = field(default=24.0, validator=_positive)
    wide_disclosure_recipients: int = field(default=100, validator=_positive)
    identity_theft_subjects: int = field(default=10_000, validator=_positive)
    identity_data_severe: bool = True
    recipient_assurance: RecipientAssurance = RecipientAssurance.UNLESS_IDENTITY_DATA
    unrecovered_loss: UnrecoveredLoss = UnrecoveredLoss.LIKELY_DISCLOSED
    documented_conclusion: DocumentedConclusion = DocumentedConclusion.FOLLOWED

    @property
    def notification_hours(self) -> int:
        """The Art. 33(1) limit in hours under the chosen ruleset (see :func:`art33_variant`)."""
        return art33_variant(self.ruleset).hours
