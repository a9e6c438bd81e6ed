"""The risk to people's rights and freedoms, suggested from the facts.

Two analyses run side by side:

* **Likelihood and severity**, each on the four-level scale practitioners use (CNIL:
  negligible, limited, significant, maximum), from the factors of EDPB Guidelines 9/2022
  (section IV.B): type of breach, nature, sensitivity and volume of data, ease of
  identification, severity and permanence of consequences, special characteristics of
  the people and of the controller, number of people. Recitals 75 and 76 GDPR anchor it.
* **The ENISA 2013 severity score** ``SE = DPC x EI + CB``, which informs but is never
  the legal test on its own (encoding note E8).

The suggestion maps to a :class:`~breachmodel.model.RiskLevel`: *unlikely* when either
likelihood or severity is negligible, *high* when both are at least significant, *risk*
otherwise. The ENISA band may raise the level (E8), never lower it. The assessor's own
judgment, when recorded, overrides the suggestion; both stay visible.

Unknown facts are resolved twice, benignly and adversely (:mod:`breachmodel.rules._facts`):
when the two runs disagree, the suggestion is undetermined and the facts that matter are
listed.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from attrs import frozen

from breachmodel.citations import Citation, edpb, encoding_note, enisa, gdpr, recital
from breachmodel.determination import MissingFact, Reason, ReasonKind
from breachmodel.model import (
    AssessorJudgment,
    DataCategory,
    EnisaClass,
    Exfiltration,
    HashStrength,
    Incident,
    Intent,
    MeasureKind,
    Recipient,
    RiskLevel,
    Sector,
    SubjectKind,
)
from breachmodel.rules._facts import Assume, FactReader
from breachmodel.rules.gdpr.options import GdprOptions

__all__ = [
    "EnisaBand",
    "EnisaScore",
    "EnisaTerm",
    "Level",
    "RiskAnalysis",
    "analyse_risk",
]


class Level(IntEnum):
    """The four-level scale for likelihood and severity (CNIL PIA method)."""

    NEGLIGIBLE = 1
    LIMITED = 2
    SIGNIFICANT = 3
    MAXIMUM = 4

    @property
    def label(self) -> str:
        """The level in lower case."""
        return self.name.lower()


class EnisaBand(StrEnum):
    """ENISA severity bands."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"


@frozen(kw_only=True)
class EnisaTerm:
    """One term of the ENISA formula and why it has its value.

    Attributes:
        name: ``DPC``, ``EI`` or ``CB``, or the name of an adjustment or CB element.
        value: Its value.
        reason: Why.
    """

    name: str
    value: float
    reason: str


@frozen(kw_only=True)
class EnisaScore:
    """The ENISA 2013 severity score ``SE = DPC x EI + CB`` with every term explained.

    Attributes:
        dpc: Data Processing Context, 1 to 4.
        ei: Ease of Identification, 0.25 to 1.
        cb: Circumstances of Breach, 0 to 2.
        score: The severity ``SE``.
        band: Low (< 2), medium (< 3), high (< 4), very high.
        terms: The explanation of each term, DPC first.
    """

    dpc: int
    ei: float
    cb: float
    score: float
    band: EnisaBand
    terms: tuple[EnisaTerm, ...]

    def describe(self) -> str:
        """The formula with its figures, e.g. 'SE = 3 x 1.0 + 1.0 = 4.0 (very high)'."""
        return (
            f"SE = {self.dpc} x {self.ei:g} + {self.cb:g} = {self.score:g} "
            f"({self.band.value.replace('_', ' ')})"
        )


def _band(score: float) -> EnisaBand:
    if score < 2:
        return EnisaBand.LOW
    if score < 3:
        return EnisaBand.MEDIUM
    if score < 4:
        return EnisaBand.HIGH
    return EnisaBand.VERY_HIGH


@frozen(kw_only=True)
class RiskAnalysis:
    """The risk analysis of an incident.

    Attributes:
        suggested: The level suggested from the facts; None if unknown facts could change it.
        suggested_range: The lowest and highest levels the unknown facts allow.
        likelihood: How likely harm is, if determined.
        severity: How severe it would be, if determined.
        likelihood_reasons: Why, step by step.
        severity_reasons: Why, step by step.
        enisa: The ENISA score computed under adverse assumptions for unknown facts
            (None if no data category is recorded).
        judgment: The assessor's own conclusion, if recorded.
        level: The level the obligations use: the judgment if any, else the suggestion.
        missing_facts: Facts that keep the suggestion undetermined.
        open_questions: Unknown facts that did not change the suggestion.
        analysed: False when the analysis was not run because the GDPR's breach articles
            do not reach the incident (see :meth:`not_analysed`).
        scope_reasons: Why it was not run, when it was not.
    """

    suggested: RiskLevel | None
    suggested_range: tuple[RiskLevel, RiskLevel]
    likelihood: Level | None
    severity: Level | None
    likelihood_reasons: tuple[Reason, ...]
    severity_reasons: tuple[Reason, ...]
    enisa: EnisaScore | None
    judgment: AssessorJudgment | None
    level: RiskLevel | None
    missing_facts: tuple[MissingFact, ...]
    open_questions: tuple[MissingFact, ...]
    analysed: bool = True
    scope_reasons: tuple[Reason, ...] = ()

    @classmethod
    def not_analysed(
        cls, judgment: AssessorJudgment | None, scope_reasons: tuple[Reason, ...]
    ) -> RiskAnalysis:
        """The analysis of an incident the GDPR's breach articles do not reach.

        No obligation can then depend on the risk (the incident predates the GDPR, or
        concerns no personal data), so it is not computed; the scope reasons say why.
        """
        return cls(
            suggested=None,
            suggested_range=(RiskLevel.UNLIKELY, RiskLevel.HIGH),
            likelihood=None,
            severity=None,
            likelihood_reasons=(),
            severity_reasons=(),
            enisa=None,
            judgment=judgment,
            level=judgment.level if judgment is not None else None,
            missing_facts=(),
            open_questions=(),
            analysed=False,
            scope_reasons=scope_reasons,
        )

    @property
    def source_note(self) -> str:
        """Where ``level`` comes from, for reason texts: empty for the facts, else the assessor."""
        if self.judgment is None:
            return ""
        return f" (the assessor's conclusion of {self.judgment.at.date().isoformat()})"

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """Likelihood reasons, then severity reasons, then the conclusion."""
        if not self.analysed:
            return (
                *self.scope_reasons,
                Reason(
                    kind=ReasonKind.RULE,
                    text="The risk was not analysed: no GDPR breach obligation depends on it.",
                    citations=(gdpr(33, 1), gdpr(34, 1)),
                ),
            )
        return (*self.likelihood_reasons, *self.severity_reasons, *self._conclusion())

    def _conclusion(self) -> tuple[Reason, ...]:
        out: list[Reason] = []
        low, high = self.suggested_range
        basis = (recital(76), edpb("section IV.B"))
        if self.suggested is not None:
            out.append(
                Reason(
                    kind=ReasonKind.RULE,
                    text=f"Suggested risk level from the facts: {self.suggested.value}.",
                    citations=basis,
                )
            )
        else:
            out.append(
                Reason(
                    kind=ReasonKind.MISSING,
                    text=(
                        f"The facts allow any risk level from {low.value} to {high.value}; "
                        "the missing facts decide."
                    ),
                    citations=basis,
                )
            )
        if self.judgment is not None:
            differs = (
                "" if self.judgment.level == self.suggested else " (it differs from the suggestion)"
            )
            out.append(
                Reason(
                    kind=ReasonKind.FACT,
                    text=(
                        f"The assessor concluded '{self.judgment.level.value}' on "
                        f"{self.judgment.at.isoformat()}{differs}; that conclusion is used."
                    ),
                    citations=(gdpr(33, 5), recital(85)),
                )
            )
        return tuple(out)


# --- one run under one assumption ---------------------------------------------------------


class _Run:
    """Computes likelihood, severity and ENISA under one assumption for unknown facts."""

    def __init__(self, incident: Incident, options: GdprOptions, assume: Assume) -> None:
        self.inc = incident
        self.opt = options
        self.facts = FactReader(assume)
        self.lik_reasons: list[Reason] = []
        self.sev_reasons: list[Reason] = []

    # likelihood ---------------------------------------------------------------------------

    def unintelligible(self) -> bool:
        enc = self.inc.measures.encryption
        if enc is None:
            return False
        known = enc.renders_unintelligible
        if known is None:
            self.facts.note(
                "$.measures.encryption",
                "Was the breached data encrypted with a state-of-the-art method, and is the key "
                "safe (not compromised)?",
            )
            return self.facts.assume is Assume.BENIGN
        return known

    def likelihood(self) -> Level | None:
        eff = self.inc.effects
        if not eff.types:
            self.facts.note(
                "$.effects",
                "What happened to the data: disclosure or access (confidentiality), alteration "
                "(integrity), or loss or destruction (availability)?",
            )
            return None
        levels: list[Level] = []
        if eff.confidentiality is not None:
            levels.append(self._confidentiality())
        if eff.integrity is not None:
            levels.append(self._integrity())
        if eff.availability is not None:
            levels.append(self._availability())
        result = max(levels)
        self.lik_reasons.append(
            Reason(
                kind=ReasonKind.RULE,
                text=(
                    f"Likelihood of harm: {result.label} (the highest over the breach types: "
                    f"{', '.join(eff.types)})."
                ),
                citations=(edpb("section IV.B"), recital(76)),
            )
        )
        return result

    def _lik(self, level: Level, text: str, *cites: Citation) -> Level:
        self.lik_reasons.append(
            Reason(kind=ReasonKind.FACT, text=text, citations=cites or (edpb("section IV.B"),))
        )
        return level

    def _confidentiality(self) -> Level:
        conf = self.inc.effects.confidentiality
        assert conf is not None  # noqa: S101 - checked by the caller
        if self.unintelligible():
            return self._lik(
                Level.NEGLIGIBLE,
                "Confidentiality: the data was encrypted to the state of the art with a key that "
                "was not compromised, so it is unintelligible to whoever holds it.",
                gdpr(34, 3, "a"),
                edpb("Annex B, example (i)"),
                encoding_note("E7"),
            )
        malicious = self.inc.cause.intent is Intent.MALICIOUS
        recipients = conf.recipients
        exf = conf.exfiltration
        deleted = bool(conf.recipient_confirmed_deletion) or self.inc.measures.confirmed(
            MeasureKind.DELETED_BY_RECIPIENT
        )
        if exf is Exfiltration.UNKNOWN and not recipients & {
            Recipient.PUBLIC,
            Recipient.TRUSTED_KNOWN,
            Recipient.KNOWN_UNTRUSTED,
        }:
            self.facts.note(
                "$.effects.confidentiality.exfiltration",
                "Was data taken (exfiltrated), and who received it?",
            )
            exf = (
                Exfiltration.CONFIRMED
                if self.facts.assume is Assume.ADVERSE
                else Exfiltration.RULED_OUT
            )
        taken = exf in (Exfiltration.CONFIRMED, Exfiltration.LIKELY)
        if Recipient.PUBLIC in recipients:
            level, why = Level.MAXIMUM, "the data was made public"
        elif Recipient.UNKNOWN_THIRD_PARTY in recipients and taken:
            level, why = (
                (Level.MAXIMUM, "an unknown third party acting maliciously holds the data")
                if malicious
                else (Level.SIGNIFICANT, "an unknown third party holds the data")
            )
        elif Recipient.KNOWN_UNTRUSTED in recipients:
            level, why = (
                (Level.LIMITED, "a known recipient received the data and confirmed its deletion")
                if deleted
                else (Level.SIGNIFICANT, "a known but untrusted recipient holds the data")
            )
        elif Recipient.UNKNOWN_THIRD_PARTY in recipients:
            level, why = (
                Level.LIMITED,
                "an unknown third party had access, but exfiltration was ruled out",
            )
        elif Recipient.TRUSTED_KNOWN in recipients:
            level, why = (
                (Level.NEGLIGIBLE, "a known, trusted recipient confirmed it deleted the data")
                if deleted
                else (Level.LIMITED, "a known, trusted recipient received the data")
            )
        elif taken:
            level, why = (
                (Level.MAXIMUM, "data was exfiltrated by a malicious actor")
                if malicious and exf is Exfiltration.CONFIRMED
                else (Level.SIGNIFICANT, "data probably left the controller's control")
            )
        else:
            level, why = (
                Level.LIMITED if malicious else Level.NEGLIGIBLE,
                "exfiltration was ruled out; the data was exposed without evidence of misuse",
            )
        self._lik(level, f"Confidentiality: {why} ({level.label}).")
        if level > Level.NEGLIGIBLE and self.inc.measures.pseudonymised:
            level = Level(level - 1)
            self._lik(
                level,
                f"The data was pseudonymised, which makes identification harder ({level.label}).",
                gdpr(4, 5),
                edpb("section IV.B, ease of identification"),
            )
        if level > Level.NEGLIGIBLE and self.inc.measures.confirmed(MeasureKind.REMOTE_WIPE):
            level = Level(level - 1)
            self._lik(level, f"The device was remotely wiped ({level.label}).", gdpr(34, 3, "b"))
        if level > Level.NEGLIGIBLE and self.inc.measures.confirmed(MeasureKind.DATA_RETRIEVED):
            level = Level.NEGLIGIBLE
            self._lik(level, "The data was retrieved before it could be used.", gdpr(34, 3, "b"))
        only_credentials = all(d.category == DataCategory.CREDENTIALS for d in self.inc.data)
        if (
            level > Level.NEGLIGIBLE
            and self.inc.data
            and only_credentials
            and self.inc.measures.credential_hashing is HashStrength.STRONG
        ):
            level = Level(level - 1)
            self._lik(
                level,
                f"Only credentials were concerned and they were stored with a strong, salted "
                f"hash ({level.label}).",
                edpb("section IV.B, ease of identification"),
            )
        special = [
            d.category
            for d in self.inc.data
            if self._special(d.category, d.reveals_special_category)
        ]
        if special and Level.NEGLIGIBLE < level < Level.SIGNIFICANT:
            level = Level.SIGNIFICANT
            self._lik(
                level,
                f"Art. 9 or Art. 10 data was concerned ({', '.join(special)}): the damage listed in "
                "Recital 75 should be considered likely (significant).",
                edpb("para. 102"),
                gdpr(9, 1),
                gdpr(10),
            )
        return level

    def _special(self, category: str, reveals: bool | None) -> bool:
        ci = self.inc.category_info(category)
        return ci.special_category or ci.criminal or bool(reveals)

    def _integrity(self) -> Level:
        integ = self.inc.effects.integrity
        assert integ is not None  # noqa: S101 - checked by the caller
        altered = self.facts.flag(
            integ.altered,
            "$.effects.integrity.altered",
            "Was personal data actually altered?",
            adverse=True,
        )
        if not altered:
            return self._lik(Level.NEGLIGIBLE, "Integrity: no data was altered (negligible).")
        reversible = self.facts.flag(
            integ.reversible,
            "$.effects.integrity.reversible",
            "Can the altered data be restored to its correct state?",
            adverse=False,
        )
        misuse = self.facts.flag(
            integ.misuse_possible,
            "$.effects.integrity.misuse_possible",
            "May the altered data have been used to the people's detriment?",
            adverse=True,
        )
        level = Level.LIMITED if reversible else Level.SIGNIFICANT
        if misuse:
            level = Level(level + 1)
        level = self._lik(
            level,
            f"Integrity: data was altered, {'reversibly' if reversible else 'irreversibly'}"
            f"{', and may have been misused' if misuse else ''} ({level.label}).",
        )
        return self._special_floor(level, "Integrity")

    def _availability(self) -> Level:
        avail = self.inc.effects.availability
        assert avail is not None  # noqa: S101 - checked by the caller
        permanent = self.facts.flag(
            avail.permanent,
            "$.effects.availability.permanent",
            "Is the loss of the data permanent, or temporary?",
            adverse=True,
        )
        restored = bool(avail.restored_from_backup) or self.inc.measures.taken(
            MeasureKind.RESTORED_FROM_BACKUP
        )
        if permanent and not restored:
            return self._lik(
                Level.SIGNIFICANT,
                "Availability: the data is lost for good, with no backup (significant).",
                edpb("section I.B"),
            )
        hours = avail.duration_hours
        if hours is not None and hours <= self.opt.investigation_allowance_hours:
            return self._lik(
                Level.NEGLIGIBLE,
                f"Availability: the data was unavailable for {hours:g} hours and then restored "
                "(negligible).",
                edpb("section I.B"),
            )
        level = self._lik(
            Level.LIMITED,
            "Availability: the data was unavailable for a time and restored"
            + (f" after {hours:g} hours" if hours is not None else "")
            + " (limited).",
            edpb("section I.B"),
        )
        return self._special_floor(level, "Availability", edpb("Annex B, example (viii)"))

    def _special_floor(self, level: Level, what: str, *cites: Citation) -> Level:
        """EDPB 9/2022 para. 102 for integrity and availability breaches of Art. 9/10 data.

        A negligible effect (nothing altered, a short outage) stays negligible; otherwise
        the damage of Recital 75 is presumed likely, as for confidentiality (Annex B,
        example (viii): medical records unavailable for 30 hours is a high risk).
        """
        special = [
            d.category
            for d in self.inc.data
            if self._special(d.category, d.reveals_special_category)
        ]
        if not special or level is Level.NEGLIGIBLE or level >= Level.SIGNIFICANT:
            return level
        return self._lik(
            Level.SIGNIFICANT,
            f"{what}: Art. 9 or Art. 10 data was concerned ({', '.join(special)}): the damage "
            "listed in Recital 75 should be considered likely (significant).",
            edpb("para. 102"),
            *cites,
            gdpr(9, 1),
            gdpr(10),
        )

    # severity -----------------------------------------------------------------------------

    def _class_of(self, category: str, grants: str | None) -> EnisaClass:
        ci = self.inc.category_info(category)
        if category == DataCategory.CREDENTIALS:
            target = self.facts.pick(
                grants,
                "$.data[credentials].grants_access_to",
                "Which category of data do the breached credentials give access to?",
                benign=DataCategory.IDENTITY.value,
                adverse=DataCategory.HEALTH.value,
            )
            return self.inc.category_info(target).enisa_class
        return ci.enisa_class

    def severity(self) -> Level | None:
        if not self.inc.data:
            self.facts.note("$.data", "Which categories of personal data are concerned?")
            return None
        worst = Level.NEGLIGIBLE
        worst_text = ""
        children, assumed = self._children()
        vulnerable = self._vulnerable()
        sector_flag = self.inc.controller.sector in (Sector.HEALTH, Sector.HEALTH_INSURANCE)
        for item in self.inc.data:
            ci = self.inc.category_info(item.category)
            base = int(self._class_of(item.category, item.grants_access_to))
            steps = [f"{ci.label}: base {base}"]
            score = base
            if item.reveals_special_category:
                score = 4
                steps.append("reveals an Art. 9 category -> 4")
            if ci.national_id:
                score += 1
                steps.append("national identification number +1 (E19)")
            if item.extensive:
                score += 1
                steps.append("extensive data per person +1")
            if sector_flag and base < EnisaClass.SENSITIVE:
                score += 1
                steps.append("the controller's health field reveals more +1")
            if children or vulnerable:
                score += 1
                steps.append(
                    "children or vulnerable people +1"
                    + (" (assumed: not recorded)" if assumed and not vulnerable else "")
                )
            if item.publicly_available:
                score -= 1
                steps.append("already public -1")
            level = Level(min(4, max(1, score)))
            if level > worst or not worst_text:
                worst, worst_text = max(worst, level), "; ".join(steps)
        self.sev_reasons.append(
            Reason(
                kind=ReasonKind.FACT,
                text=f"Severity from the data: {worst.label} ({worst_text}).",
                citations=(
                    edpb("section IV.B"),
                    enisa("DPC"),
                    encoding_note("E19"),
                    *(
                        (gdpr(87),)
                        if any(
                            self.inc.category_info(d.category).national_id for d in self.inc.data
                        )
                        else ()
                    ),
                ),
            )
        )
        total = self.inc.total_subjects
        many = self.opt.large_scale_subjects
        if total.known:
            large = (total.best or 0) >= many
        else:
            large = self.facts.flag(
                None,
                "$.subjects",
                "About how many people are concerned?",
                adverse=True,
            )
        if large and worst < Level.MAXIMUM:
            worst = Level(worst + 1)
            self.sev_reasons.append(
                Reason(
                    kind=ReasonKind.FACT,
                    text=(
                        f"Large scale: {total.describe()} people concerned "
                        f"(threshold {many:,}) raises severity to {worst.label}."
                    ),
                    citations=(recital(75), edpb("section IV.B, number of affected individuals")),
                )
            )
        return worst

    def _children(self) -> tuple[bool, bool]:
        """Whether children are concerned, and whether that was assumed."""
        adults = (SubjectKind.EMPLOYEES, SubjectKind.JOB_APPLICANTS)
        values = [
            False if g.kind in adults and g.includes_children is None else g.has_children
            for g in self.inc.subjects
        ]
        if True in values:
            return True, False
        if None in values or not values:
            answer = self.facts.flag(
                None,
                "$.subjects[].includes_children",
                "Are children among the people concerned?",
                adverse=True,
            )
            return answer, True
        return False, False

    def _vulnerable(self) -> bool:
        return True in [g.is_vulnerable for g in self.inc.subjects]

    # ENISA ------------------------------------------------------------------------------

    def enisa_score(self) -> EnisaScore | None:
        if not self.inc.data:
            return None
        terms: list[EnisaTerm] = []
        dpc = 1
        dpc_reason = ""
        for item in self.inc.data:
            ci = self.inc.category_info(item.category)
            base = int(self._class_of(item.category, item.grants_access_to))
            score, notes = base, [f"{ci.label} base {base}"]
            if item.reveals_special_category:
                score, notes = 4, [*notes, "reveals Art. 9 data: 4"]
            if ci.national_id:
                score += 1
                notes.append("national ID +1 (E19)")
            if item.extensive:
                score += 1
                notes.append("volume +1")
            if self.inc.controller.sector in (Sector.HEALTH, Sector.HEALTH_INSURANCE) and base < 4:
                score += 1
                notes.append("controller's field +1")
            if any(g.has_children or g.is_vulnerable for g in self.inc.subjects):
                score += 1
                notes.append("minors or vulnerable people +1")
            if item.publicly_available:
                score -= 1
                notes.append("publicly available -1")
            score = min(4, max(1, score))
            if score > dpc or not dpc_reason:
                dpc, dpc_reason = max(dpc, score), ", ".join(notes)
        terms.append(EnisaTerm(name="DPC", value=dpc, reason=f"highest category: {dpc_reason}"))
        direct = {
            DataCategory.IDENTITY,
            DataCategory.CONTACT,
            DataCategory.NATIONAL_ID,
            DataCategory.OFFICIAL_DOCUMENT,
            DataCategory.BIOMETRIC,
        }
        has_direct = any(d.category in direct for d in self.inc.data)
        pseudo = bool(self.inc.measures.pseudonymised)
        if has_direct and not pseudo:
            ei, why = 1.0, "identification is possible directly from the data (maximum)"
        elif has_direct:
            ei, why = 0.5, "identifiers were pseudonymised (limited)"
        elif pseudo:
            ei, why = 0.25, "pseudonymised data with no direct identifier (negligible)"
        else:
            ei, why = 0.75, "no direct identifier, but matching is possible (significant)"
        terms.append(EnisaTerm(name="EI", value=ei, reason=why))
        cb = 0.0
        eff = self.inc.effects
        conf = eff.confidentiality
        if conf is not None:
            taken = conf.exfiltration in (Exfiltration.CONFIRMED, Exfiltration.LIKELY)
            if Recipient.PUBLIC in conf.recipients or (
                taken and (Recipient.UNKNOWN_THIRD_PARTY in conf.recipients or not conf.recipients)
            ):
                val, why = 0.5, "disclosed to an unknown number of recipients"
            elif conf.recipients & {Recipient.TRUSTED_KNOWN, Recipient.KNOWN_UNTRUSTED}:
                val, why = 0.25, "disclosed to a known number of recipients"
            else:
                val, why = 0.0, "exposed, with no evidence of unlawful processing"
            cb += val
            terms.append(EnisaTerm(name="CB confidentiality", value=val, reason=why))
        if eff.integrity is not None:
            integ = eff.integrity
            if integ.altered and integ.misuse_possible:
                val = 0.25 if integ.reversible else 0.5
                why = "altered and possibly misused, " + (
                    "recoverable" if integ.reversible else "not recoverable"
                )
            else:
                val, why = 0.0, "altered without identified misuse, or recoverable"
            cb += val
            terms.append(EnisaTerm(name="CB integrity", value=val, reason=why))
        if eff.availability is not None:
            avail = eff.availability
            if avail.permanent and not avail.restored_from_backup:
                val, why = 0.5, "full unavailability: no backup"
            elif avail.restored_from_backup and (avail.duration_hours or 0) <= 24:
                val, why = 0.0, "recoverable without difficulty from a backup"
            else:
                val, why = 0.25, "temporary unavailability"
            cb += val
            terms.append(EnisaTerm(name="CB availability", value=val, reason=why))
        if self.inc.cause.intent is Intent.MALICIOUS:
            cb += 0.5
            terms.append(EnisaTerm(name="CB malicious intent", value=0.5, reason="deliberate act"))
        se = round(dpc * ei + cb, 4)
        return EnisaScore(dpc=dpc, ei=ei, cb=cb, score=se, band=_band(se), terms=tuple(terms))

    # combination ------------------------------------------------------------------------

    def level(self) -> tuple[RiskLevel | None, Level | None, Level | None, EnisaScore | None]:
        lik = self.likelihood()
        sev = self.severity()
        score = self.enisa_score()
        if lik is None or sev is None:
            return None, lik, sev, score
        if self.opt.enisa_pointer and score is not None and not self.unintelligible():
            floor = {
                EnisaBand.LOW: Level.NEGLIGIBLE,
                EnisaBand.MEDIUM: Level.LIMITED,
                EnisaBand.HIGH: Level.SIGNIFICANT,
                EnisaBand.VERY_HIGH: Level.MAXIMUM,
            }[score.band]
            if floor > sev:
                sev = floor
                self.sev_reasons.append(
                    Reason(
                        kind=ReasonKind.INTERPRETATION,
                        text=(
                            f"The ENISA score {score.describe()} raises severity to "
                            f"{floor.label} under this project's policy (it never lowers it)."
                        ),
                        citations=(enisa("section 6.5 bands"), encoding_note("E8")),
                    )
                )
        if Level.NEGLIGIBLE in (lik, sev):
            level = RiskLevel.UNLIKELY
        elif lik >= Level.SIGNIFICANT and sev >= Level.SIGNIFICANT:
            level = RiskLevel.HIGH
        else:
            level = RiskLevel.RISK
        if (
            self.opt.enisa_pointer
            and score is not None
            and score.band is not EnisaBand.LOW
            and lik > Level.NEGLIGIBLE
            and level is RiskLevel.UNLIKELY
        ):
            level = RiskLevel.RISK
            self.sev_reasons.append(
                Reason(
                    kind=ReasonKind.INTERPRETATION,
                    text=(
                        f"The ENISA score {score.describe()} is not low: under this project's "
                        "policy the breach is not treated as unlikely to result in a risk."
                    ),
                    citations=(enisa("section 6.5 bands"), encoding_note("E8")),
                )
            )
        return level, lik, sev, score


def analyse_risk(incident: Incident, options: GdprOptions | None = None) -> RiskAnalysis:
    """Suggest the risk level of a breach from its facts, and explain it.

    Args:
        incident: The incident.
        options: Interpretation options (defaults to the encoding notes).

    Returns:
        The analysis; ``level`` is what Art. 33 and Art. 34 use.
    """
    opts = options or GdprOptions()
    adverse = _Run(incident, opts, Assume.ADVERSE)
    a_level, a_lik, a_sev, a_score = adverse.level()
    asked = adverse.facts.missing_facts()
    if asked:
        b_level, b_lik, b_sev, _ = _Run(incident, opts, Assume.BENIGN).level()
    else:  # nothing was assumed: the benign run would repeat the adverse one
        b_level, b_lik, b_sev = a_level, a_lik, a_sev
    if a_level is None or b_level is None:
        suggested = None
        low, high = RiskLevel.UNLIKELY, RiskLevel.HIGH
    else:
        low, high = sorted((a_level, b_level), key=lambda r: r.rank)
        suggested = a_level if a_level == b_level else None
    decided = suggested is not None
    judgment = incident.judgment
    return RiskAnalysis(
        suggested=suggested,
        suggested_range=(low, high),
        likelihood=a_lik if a_lik == b_lik else None,
        severity=a_sev if a_sev == b_sev else None,
        likelihood_reasons=tuple(adverse.lik_reasons),
        severity_reasons=tuple(adverse.sev_reasons),
        enisa=a_score,
        judgment=judgment,
        level=judgment.level if judgment is not None else suggested,
        missing_facts=() if decided or judgment is not None else asked,
        open_questions=asked if decided or judgment is not None else (),
    )
