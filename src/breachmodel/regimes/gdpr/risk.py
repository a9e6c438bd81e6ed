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

Unknown facts are resolved twice, benignly and adversely (:mod:`breachmodel.regimes._facts`):
when the two runs disagree, the suggestion is undetermined and the facts that matter are
listed. Under the default reading of unknown facts (``GdprOptions.unknowns="typical"``), a
fact nothing in the incident points to (children among a manufacturer's customers, a large
head-count for one misdirected letter) is instead taken at its ordinary value and named in
``assumptions``; which facts the incident itself puts in question is decided from its own
content (the kind of people, the sector, the data, the cause), as the interpretations page
tabulates.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import ClassVar

from attrs import field, frozen

from breachmodel.citations import Citation, edpb, encoding_note, enisa, gdpr, recital
from breachmodel.determination import Assumption, MissingFact, Reason, ReasonKind
from breachmodel.model import (
    AssessorJudgment,
    Confidentiality,
    DataCategory,
    DataConcerned,
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
    Vector,
)
from breachmodel.regimes._facts import Assume, FactReader
from breachmodel.regimes.gdpr.options import (
    DocumentedConclusion,
    GdprOptions,
    RecipientAssurance,
    Unknowns,
    UnrecoveredLoss,
)

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
        assumptions: Unrecorded facts taken at their ordinary value (never a fact the
            incident itself puts in question).
        reading: The reading of unknown facts it ran under (option ``unknowns``), if any;
            shown, not compared (two analyses of the same facts are equal).
        judgment_followed: False when the assessor's conclusion was not used because the
            recorded facts do not bear it out (option ``documented_conclusion = tested``).
        judgment_warnings: Where the assessor's conclusion departs from the recorded
            facts, the warning that names them (empty otherwise).
    """

    kind: ClassVar[str] = "risk"
    """What this analysis is, for the views (:class:`breachmodel.regimes._base.Analysis`)."""
    title: ClassVar[str] = "Risk analysis"

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
    assumptions: tuple[Assumption, ...] = ()
    reading: str = field(default="", eq=False)
    judgment_followed: bool = True
    judgment_warnings: tuple[Reason, ...] = ()

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
        if self.judgment is None or not self.judgment_followed:
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
            used = "that conclusion is used" if self.judgment_followed else "it is not followed"
            out.append(
                Reason(
                    kind=ReasonKind.FACT,
                    text=(
                        f"The assessor concluded '{self.judgment.level.value}' on "
                        f"{self.judgment.at.isoformat()}{differs}; {used}."
                    ),
                    citations=(gdpr(33, 5), recital(85)),
                )
            )
        return (*out, *self.judgment_warnings)

    @property
    def summary(self) -> tuple[str, ...]:
        """Headline lines for the views: the level and where it comes from, then the rest."""
        if not self.analysed:
            return ("Risk to people: not analysed (no GDPR breach obligation depends on it)",)
        head = f"Risk to people: {_words(self.level)}"
        if self.suggested is not None:
            head += f" (the facts suggest {_words(self.suggested)}"
            if self.likelihood and self.severity:
                head += f"; likelihood {self.likelihood.label}, severity {self.severity.label}"
            head += ")"
        else:
            low, high = self.suggested_range
            head += f" (the facts allow anything from {low.label} to {high.label})"
        lines = [head]
        if self.enisa is not None:
            lines.append(f"ENISA severity: {self.enisa.describe()}")
        if self.reading:
            lines.append(f"Unknown facts: {self.reading} reading")
        lines.extend(f"Assumption: {x}" for x in self.assumptions)
        return tuple(lines)

    def to_dict(self) -> dict[str, object]:
        """Its data for the JSON output (the views make the values plain)."""
        judgment = self.judgment
        return {
            "analysed": self.analysed,
            "level": self.level,
            "suggested": self.suggested,
            "suggested_range": list(self.suggested_range),
            "likelihood": None if self.likelihood is None else self.likelihood.label,
            "severity": None if self.severity is None else self.severity.label,
            "judgment": None if judgment is None else {"level": judgment.level, "at": judgment.at},
            "enisa": self.enisa,
            "reasons": self.reasons,
            "missing_facts": self.missing_facts,
            "open_questions": self.open_questions,
            "assumptions": self.assumptions,
        }


def _words(level: RiskLevel | None) -> str:
    return "undetermined" if level is None else level.label


# --- one run under one assumption ---------------------------------------------------------


# --- which unknown facts the incident itself puts in question ------------------------------

_CHILD_KINDS = frozenset(
    {
        SubjectKind.CHILDREN,
        SubjectKind.STUDENTS,
        SubjectKind.PATIENTS,
        SubjectKind.INSURED_PERSONS,
        SubjectKind.BENEFICIARIES,
        SubjectKind.CITIZENS,
    }
)
"""Groups that ordinarily include minors (pupils, patients, insured families, citizens)."""
_CHILD_SECTORS = frozenset({Sector.EDUCATION, Sector.HEALTH, Sector.HEALTH_INSURANCE})
_HEALTH_SECTORS = frozenset({Sector.HEALTH, Sector.HEALTH_INSURANCE})
_SMALL_VECTORS = frozenset(
    {Vector.MISDIRECTED_EMAIL, Vector.MISDELIVERED_POST, Vector.LOST_PAPER, Vector.STOLEN_PAPER}
)
"""Causes that ordinarily concern a handful of records (one letter, one message, one file)."""
_ADULT_KINDS = (SubjectKind.EMPLOYEES, SubjectKind.JOB_APPLICANTS)
_LOSS_VECTORS = frozenset(
    {Vector.LOST_DEVICE, Vector.LOST_PAPER, Vector.STOLEN_DEVICE, Vector.STOLEN_PAPER}
)
"""Causes by which a carrier of the data leaves the controller's hands (a device, paper)."""
_IDENTITY_WITH_BIRTH = frozenset({DataCategory.IDENTITY.value, DataCategory.DATE_OF_BIRTH.value})
_EDPB_01_2021 = "EDPB Guidelines 01/2021"
_EDPB_01_2021_URL = (
    "https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/"
    "guidelines-012021-examples-regarding-personal-data-breach_en"
)


def edpb_examples(pinpoint: str) -> Citation:
    """EDPB Guidelines 01/2021 on examples regarding personal data breach notification."""
    return Citation(_EDPB_01_2021, pinpoint, _EDPB_01_2021_URL)


def uodo(number: str) -> Citation:
    """A decision of the Polish supervisory authority (UODO), by its case number."""
    return Citation("UODO decision", number, f"https://www.uodo.gov.pl/decyzje/{number}")


@frozen
class _Ordinary:
    """A yes/no fact whose ordinary value is "no": where it goes, and the assumption in words."""

    fact: MissingFact
    assumed: str
    why: str


_CHILDREN = _Ordinary(
    MissingFact(
        path="$.subjects[].includes_children", question="Are children among the people concerned?"
    ),
    "no children among the people concerned",
    "not recorded, and nothing in the incident (the kind of people, the sector) points to children",
)
_VULNERABLE = _Ordinary(
    MissingFact(
        path="$.subjects[].vulnerable",
        question="Are the people concerned particularly vulnerable?",
    ),
    "the people concerned are not particularly vulnerable",
    "not recorded, and nothing in the incident points to vulnerability",
)
_MANY = _Ordinary(
    MissingFact(path="$.subjects", question="About how many people are concerned?"),
    "only a handful of people are concerned, not a large number",
    "not recorded, and the cause ordinarily concerns a handful of records",
)


# --- one run under one assumption ---------------------------------------------------------


class _Run:
    """Computes likelihood, severity and ENISA under one assumption for unknown facts."""

    def __init__(self, incident: Incident, options: GdprOptions, assume: Assume) -> None:
        self.inc = incident
        self.opt = options
        self.facts = FactReader(assume, may_assume=options.unknowns is Unknowns.TYPICAL)
        self.lik_reasons: list[Reason] = []
        self.sev_reasons: list[Reason] = []
        self.taken_by_attacker = False
        self.conf: Confidentiality | None = None
        self.conf_note = ""
        self.exf: Exfiltration | None = None

    @property
    def worst(self) -> bool:
        return self.facts.assume is Assume.ADVERSE

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
            return not self.worst
        return known

    def _asked_confidentiality(self) -> Confidentiality | None:
        """EDPB 01/2021 (ransomware cases): an attack that encrypted data may also have taken it."""
        eff = self.inc.effects
        if eff.confidentiality is not None:
            return eff.confidentiality
        if Vector.RANSOMWARE not in self.inc.cause.vectors:
            return None
        self.facts.note(
            "$.effects.confidentiality",
            "Ransomware may take data before encrypting it: was any data exfiltrated, and who "
            "received it?",
        )
        if not self.worst:
            return None
        self.conf_note = " (worst case assumed: whether data was taken is not recorded)"
        return Confidentiality(
            exfiltration=Exfiltration.CONFIRMED,
            recipients=frozenset({Recipient.UNKNOWN_THIRD_PARTY}),
        )

    def likelihood(self) -> Level | None:
        eff = self.inc.effects
        self.conf = self._asked_confidentiality()
        types = [*(("confidentiality",) if self.conf is not None else ()), *eff.types]
        types = list(dict.fromkeys(types))
        if not types:
            self.facts.note(
                "$.effects",
                "What happened to the data: disclosure or access (confidentiality), alteration "
                "(integrity), or loss or destruction (availability)?",
            )
            return None
        levels: list[Level] = []
        if self.conf is not None:
            levels.append(self._confidentiality(self.conf))
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
                    f"{', '.join(types)})."
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

    def _exfiltration(self, conf: Confidentiality) -> Exfiltration:
        exf = conf.exfiltration
        known = {Recipient.PUBLIC, Recipient.TRUSTED_KNOWN, Recipient.KNOWN_UNTRUSTED}
        if exf is Exfiltration.UNKNOWN and not conf.recipients & known:
            if self._unrecovered():
                self.exf = Exfiltration.LIKELY
                return self.exf
            self.facts.note(
                "$.effects.confidentiality.exfiltration",
                "Was data taken (exfiltrated), and who received it?",
            )
            if self.worst:
                self.conf_note = " (worst case assumed: exfiltration is not recorded)"
                return Exfiltration.CONFIRMED
            return Exfiltration.RULED_OUT
        return exf

    def _unrecovered(self) -> bool:
        """A lost or stolen carrier, not recovered: read as probably disclosed (option)."""
        if (
            self.opt.unrecovered_loss is not UnrecoveredLoss.LIKELY_DISCLOSED
            or not self.inc.cause.vectors & _LOSS_VECTORS
            or self.inc.measures.confirmed(MeasureKind.DATA_RETRIEVED)
        ):
            return False
        self.lik_reasons.append(
            Reason(
                kind=ReasonKind.INTERPRETATION,
                text=(
                    "The carrier of the data was lost or stolen and has not been recovered: "
                    "who read the data can never be established, so it is taken to have "
                    "probably left the controller's control (option unrecovered_loss = "
                    "likely_disclosed; the loss of control is itself a damage)."
                ),
                citations=(
                    recital(85),
                    edpb("section II.A.2"),
                    edpb_examples("Case No. 11"),
                    uodo("DKN.5131.16.2021"),
                ),
            )
        )
        return True

    def identity_data(self) -> bool:
        """Whether the data includes a national identification number or identity document."""
        return any(
            self.inc.category_info(d.category).national_id
            or d.category == DataCategory.OFFICIAL_DOCUMENT
            for d in self.inc.data
        )

    def assurances_count(self) -> bool:
        """Whether a recipient's trust or confirmed deletion may lower the likelihood (option)."""
        return self.opt.recipient_assurance is RecipientAssurance.ALWAYS or not (
            self.identity_data()
        )

    def _deletion_counts(self) -> bool:
        """Whether a recipient's confirmed deletion lowers the likelihood; says so when not."""
        if self.assurances_count():
            return True
        self.lik_reasons.append(
            Reason(
                kind=ReasonKind.INTERPRETATION,
                text=(
                    "Any deletion the recipient confirmed does not lower the likelihood: the "
                    "data enables identity theft or fraud, and a national identification number "
                    "or identity document, once read, stays usable (option recipient_assurance "
                    "= unless_identity_data)."
                ),
                citations=(
                    edpb("section IV.B, severity of consequences"),
                    uodo("DKN.5131.1.2024"),
                    uodo("DKN.5131.59.2022"),
                ),
            )
        )
        return False

    def _trusted(self) -> tuple[Level, str]:
        """A known, trusted recipient (EDPB 9/2022, section IV.B; option recipient_assurance)."""
        if self.assurances_count():
            return Level.NEGLIGIBLE, (
                "a known, trusted recipient received the data; trust in the recipient removes "
                "the likelihood of harm, whether or not its deletion is yet confirmed"
            )
        return Level.SIGNIFICANT, (
            "a known recipient bound to secrecy received data that enables identity theft or "
            "fraud; neither its duty of secrecy nor any deletion undoes its staff's reading "
            "of numbers that cannot be changed, so it counts as a recipient holding the data "
            "(option recipient_assurance = unless_identity_data)"
        )

    def _recipients(self, conf: Confidentiality, exf: Exfiltration) -> tuple[Level, str]:
        """The likelihood from who holds the data (EDPB 9/2022, section IV.B)."""
        malicious = self.inc.cause.intent is Intent.MALICIOUS
        recipients = conf.recipients
        taken = exf in (Exfiltration.CONFIRMED, Exfiltration.LIKELY)
        deleted = bool(conf.recipient_confirmed_deletion) or self.inc.measures.confirmed(
            MeasureKind.DELETED_BY_RECIPIENT
        )
        self.taken_by_attacker = Recipient.PUBLIC in recipients or (
            malicious and taken and Recipient.KNOWN_UNTRUSTED not in recipients
        )
        if Recipient.PUBLIC in recipients:
            return Level.MAXIMUM, "the data was made public"
        if Recipient.UNKNOWN_THIRD_PARTY in recipients and taken:
            if malicious:
                return Level.MAXIMUM, "the data is in the hands of an attacker"
            return Level.SIGNIFICANT, "an unknown third party holds the data"
        if Recipient.KNOWN_UNTRUSTED in recipients:
            if deleted and self._deletion_counts():
                return (
                    Level.LIMITED,
                    "a known recipient received the data and confirmed its deletion",
                )
            return Level.SIGNIFICANT, "a known but untrusted recipient holds the data"
        if Recipient.UNKNOWN_THIRD_PARTY in recipients:
            return (
                Level.LIMITED,
                "an unknown third party had access, but exfiltration was ruled out",
            )
        if Recipient.TRUSTED_KNOWN in recipients:
            return self._trusted()
        if taken:
            if malicious:
                return Level.MAXIMUM, "data was exfiltrated by an attacker and is in their hands"
            return Level.SIGNIFICANT, "data probably left the controller's control"
        return (
            Level.LIMITED if malicious else Level.NEGLIGIBLE,
            "exfiltration was ruled out; the data was exposed without evidence of misuse",
        )

    def _confidentiality(self, conf: Confidentiality) -> Level:
        if self.unintelligible():
            return self._lik(
                Level.NEGLIGIBLE,
                "Confidentiality: the data was encrypted to the state of the art with a key that "
                "was not compromised, so it is unintelligible to whoever holds it.",
                gdpr(34, 3, "a"),
                edpb("Annex B, example (i)"),
                encoding_note("E7"),
            )
        exf = self._exfiltration(conf)
        level, why = self._recipients(conf, exf)
        cites: tuple[Citation, ...] = (edpb("section IV.B"),)
        if Recipient.TRUSTED_KNOWN in conf.recipients and level is Level.NEGLIGIBLE:
            cites = (edpb("section IV.B, severity of consequences"),)
        elif Recipient.TRUSTED_KNOWN in conf.recipients and not conf.recipients - {
            Recipient.TRUSTED_KNOWN
        }:
            cites = (
                edpb("section IV.B, severity of consequences"),
                recital(75),
                uodo("DKN.5131.1.2024"),
            )
        self._lik(level, f"Confidentiality: {why} ({level.label}){self.conf_note}.", *cites)
        level = self._wide_disclosure(conf, level)
        level = self._mitigations(level)
        return self._presume_special(level, "Confidentiality")

    def _wide_disclosure(self, conf: Confidentiality, level: Level) -> Level:
        """recipient_count counts: one recipient is not thousands (EDPB 9/2022, Annex B (ix))."""
        count = conf.recipient_count
        many = self.opt.wide_disclosure_recipients
        if count is None or not count.known or (count.best or 0) < many:
            return level
        if Level.NEGLIGIBLE < level < Level.MAXIMUM:
            level = Level(level + 1)
            self._lik(
                level,
                f"The data reached {count.describe()} recipients (from {many:,}, a wide "
                f"disclosure: misuse by one of them becomes likelier) ({level.label}).",
                edpb("section IV.B"),
                edpb("Annex B, example (ix)"),
            )
        return level

    def _step_down(self, level: Level, to: Level | None, text: str, *cites: Citation) -> Level:
        if level is Level.NEGLIGIBLE:
            return level
        new = to if to is not None else Level(level - 1)
        return self._lik(new, f"{text} ({new.label}).", *cites)

    def _mitigations(self, level: Level) -> Level:
        m = self.inc.measures
        if m.pseudonymised:
            safe = self.facts.flag(
                m.pseudonymisation_key_safe,
                "$.measures.pseudonymisation_key_safe",
                "Was the information that re-identifies the pseudonymised data kept apart, and "
                "was it not compromised?",
                adverse=False,
            )
            if safe:
                level = self._step_down(
                    level,
                    None,
                    "The data was pseudonymised and the re-identification key was kept apart "
                    "and safe, which makes identification harder",
                    gdpr(4, 5),
                    recital(85),
                    edpb("section IV.B, ease of identification"),
                )
            else:
                self._lik(
                    level,
                    "The data was pseudonymised, but the re-identification key was not kept "
                    "apart and safe, so it does not lower the likelihood.",
                    gdpr(4, 5),
                    recital(85),
                )
        if m.confirmed(MeasureKind.REMOTE_WIPE):
            level = self._step_down(level, None, "The device was remotely wiped", gdpr(34, 3, "b"))
        if m.confirmed(MeasureKind.DATA_RETRIEVED):
            level = self._step_down(
                level,
                Level.NEGLIGIBLE,
                "The data was retrieved before it could be used",
                gdpr(34, 3, "b"),
            )
        return self._hashed_credentials(level)

    def _hashed_credentials(self, level: Level) -> Level:
        m = self.inc.measures
        only_credentials = bool(self.inc.data) and all(
            d.category == DataCategory.CREDENTIALS for d in self.inc.data
        )
        if not only_credentials or m.credential_hashing is not HashStrength.STRONG:
            return level
        cites = (edpb("section IV.B, ease of identification"), edpb_examples("Case No. 06"))
        if m.credential_secret_safe:
            return self._step_down(
                level,
                Level.NEGLIGIBLE,
                "Only credentials were concerned, hashed with a state-of-the-art salted "
                "algorithm whose salts and any pepper or key stayed safe: like encryption with "
                "a safe key, the passwords cannot be recovered",
                *cites,
                edpb("Annex B, example (i)"),
            )
        if m.credential_secret_safe is None:
            self.facts.note(
                "$.measures.credential_secret_safe",
                "Were the salts and any pepper or key used in hashing kept safe (not taken with "
                "the hashes)?",
            )
        return self._step_down(
            level,
            None,
            "Only credentials were concerned and they were stored with a strong, salted hash",
            *cites,
        )

    def _special(self, item: DataConcerned) -> bool:
        ci = self.inc.category_info(item.category)
        special = ci.special_category or ci.criminal or bool(item.reveals_special_category)
        return special and not _minor(item)

    def _presume_special(self, level: Level, what: str, *cites: Citation) -> Level:
        """EDPB 9/2022 para. 102: with Art. 9/10 data, the damage of Recital 75 is likely.

        A negligible likelihood stays negligible; a category the assessor recorded, with a
        reason, as of minor sensitivity in context is not presumed.
        """
        special = [d.category for d in self.inc.data if self._special(d)]
        minor = [d.category for d in self.inc.data if _minor(d)]
        if minor:
            self._lik(
                level,
                f"{what}: the assessor recorded, with a reason, that {', '.join(minor)} is of "
                "minor sensitivity in context; the Art. 9/10 presumption yields to it.",
                edpb("para. 102"),
                enisa("DPC adjustment: nature of the data"),
            )
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
        if (
            reversible
            and not misuse
            and self.inc.measures.confirmed(MeasureKind.RESTORED_FROM_BACKUP)
        ):
            return self._lik(
                Level.NEGLIGIBLE,
                "Integrity: the alteration was reversed from a backup before the altered data "
                "could be used against anyone (negligible).",
                edpb("section I.B"),
                edpb("section IV.B"),
            )
        level = Level.LIMITED if reversible else Level.SIGNIFICANT
        if misuse:
            level = Level(level + 1)
        level = self._lik(
            level,
            f"Integrity: data was altered, {'reversibly' if reversible else 'irreversibly'}"
            f"{', and may have been misused' if misuse else ''} ({level.label}).",
        )
        return self._presume_special(level, "Integrity")

    def _critical(self) -> bool:
        """Data whose unavailability harms people even when short (EDPB 9/2022, section I.B)."""
        return (
            any(self._special(d) for d in self.inc.data)
            or self.inc.controller.sector is Sector.HEALTH
            or any(g.kind is SubjectKind.PATIENTS for g in self.inc.subjects)
        )

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
        short = hours is not None and hours <= self.opt.short_outage_hours
        if short and self._critical():
            return self._lik(
                Level.LIMITED,
                f"Availability: critical data (health or other Art. 9/10 data, or patients in "
                f"care) was unavailable for {hours:g} hours; even a short outage of such data "
                "may harm people (limited).",
                edpb("section I.B"),
                edpb_examples("Case No. 03"),
            )
        if short:
            return self._lik(
                Level.NEGLIGIBLE,
                f"Availability: the data was unavailable for {hours:g} hours, within the "
                f"{self.opt.short_outage_hours:g}-hour short outage this project treats as "
                "negligible for ordinary data (negligible).",
                edpb("section I.B"),
                edpb("Annex B, example (iii)"),
            )
        level = self._lik(
            Level.LIMITED,
            "Availability: the data was unavailable for a time and restored"
            + (f" after {hours:g} hours" if hours is not None else "")
            + " (limited).",
            edpb("section I.B"),
        )
        return self._presume_special(level, "Availability", edpb("Annex B, example (viii)"))

    # severity -----------------------------------------------------------------------------

    def _class_of(self, item: DataConcerned) -> tuple[EnisaClass, str]:
        """The ENISA base class, and a note when it rests on an assumption."""
        if item.category != DataCategory.CREDENTIALS:
            return self.inc.category_info(item.category).enisa_class, ""
        health = self.inc.controller.sector in _HEALTH_SECTORS
        target = self.facts.typical(
            item.grants_access_to,
            MissingFact(
                path="$.data[credentials].grants_access_to",
                question="Which category of data do the breached credentials give access to?",
            ),
            ordinary=DataCategory.IDENTITY.value,
            adverse=DataCategory.HEALTH.value,
            in_question=health,
            assumed="the credentials open ordinary account data, scored as simple data",
            why="not recorded, and the controller is not in the health field",
        )
        note = ""
        if item.grants_access_to is None:
            note = (
                " (worst case assumed: health data; not recorded)"
                if target == DataCategory.HEALTH.value
                else " (assumed: ordinary account data; not recorded)"
            )
        return self.inc.category_info(target).enisa_class, note

    def _dpc(self, item: DataConcerned, people: str) -> tuple[int, list[str]]:
        """The data's criticality in context, 1 to 4, with its steps (ENISA DPC; E19).

        ``people`` names the special characteristics of the people, if any.
        """
        ci = self.inc.category_info(item.category)
        cls, note = self._class_of(item)
        score = base = int(cls)
        steps = [f"{ci.label}: base {base}{note}"]
        if item.reveals_special_category:
            score = 4
            steps.append("reveals an Art. 9 category -> 4")
        if _minor(item):
            score = min(score, 2)
            steps.append(
                "recorded as of minor sensitivity in context -> at most 2 (ENISA: nature of the data)"
            )
        ups = [
            (ci.national_id, "national identification number +1 (project policy, E19)"),
            (item.extensive, "extensive data per person +1 (ENISA: volume of data)"),
            (
                self.inc.controller.sector in _HEALTH_SECTORS and base < EnisaClass.SENSITIVE,
                "the controller's health field reveals more +1 (ENISA: controller's characteristics)",
            ),
            (bool(people), f"{people} +1 (ENISA: characteristics of the individuals)"),
        ]
        raised = [text for flag, text in ups if flag]
        score += len(raised)
        steps += raised
        if len(raised) > 1:
            steps.append(
                "one level per adjustment is this project's policy; ENISA gives examples, not increments"
            )
        if item.publicly_available:
            score -= 1
            steps.append("already public -1 (ENISA: public availability)")
        return min(4, max(1, score)), steps

    def _people(self) -> str:
        """'children or vulnerable people' when they are concerned (or assumed so), else ''."""
        children, note = self._children()
        vulnerable = self._vulnerable()
        if vulnerable:
            return "vulnerable people"
        return f"children{note}" if children else ""

    def _worst_dpc(self) -> tuple[int, list[str]]:
        """The highest data processing context score (ENISA DPC) of the data concerned.

        With the steps of the item that gives it (the first such item).
        """
        people = self._people()
        worst, worst_steps = 1, [""]
        for item in self.inc.data:
            score, steps = self._dpc(item, people)
            if score > worst or not worst_steps[0]:
                worst, worst_steps = max(worst, score), steps
        return worst, worst_steps

    def severity(self) -> Level | None:
        if not self.inc.data:
            self.facts.note("$.data", "Which categories of personal data are concerned?")
            return None
        worst, worst_steps = self._worst_dpc()
        level = Level(worst)
        national = any(self.inc.category_info(d.category).national_id for d in self.inc.data)
        self.sev_reasons.append(
            Reason(
                kind=ReasonKind.FACT,
                text=f"Severity from the data: {level.label} ({'; '.join(worst_steps)}).",
                citations=(
                    edpb("section IV.B"),
                    enisa("DPC"),
                    encoding_note("E19"),
                    *((gdpr(87),) if national else ()),
                ),
            )
        )
        return self._volume(self._identity_fraud(level))

    def _identity_fraud(self, level: Level) -> Level:
        """Identity data disclosed: identity theft or fraud is a severe consequence (option)."""
        if (
            not self.opt.identity_data_severe
            or self.conf is None
            or level >= Level.SIGNIFICANT
            or not self.identity_data()
        ):
            return level
        self.sev_reasons.append(
            Reason(
                kind=ReasonKind.INTERPRETATION,
                text=(
                    "Identity data in a confidentiality breach: a national identification "
                    "number or identity document out of the controller's control enables "
                    "identity theft or fraud, whose consequences are severe and hard to undo, "
                    "for one person as for many (significant; option identity_data_severe)."
                ),
                citations=(
                    recital(75),
                    edpb("section IV.B, severity of consequences"),
                    encoding_note("E19"),
                    uodo("DKN.5131.5.2020"),
                ),
            )
        )
        return Level.SIGNIFICANT

    def _headcount(self) -> tuple[int | None, str]:
        """The number of people concerned (None if unknown) and how it is known."""
        total = self.inc.total_subjects
        if total.known:
            return total.best or 0, f"{total.describe()} people concerned"
        records = [d.records for d in self.inc.data]
        if records and all(r is not None and r.known for r in records):
            bound = sum((r.best or 0) for r in records if r is not None)
            return bound, f"at most {bound:,} people concerned (the records breached)"
        return None, ""

    def _many(self, threshold: int) -> tuple[bool, str]:
        heads, described = self._headcount()
        if heads is not None:
            return heads >= threshold, described
        vectors = self.inc.cause.vectors
        large = self._unless(None, _MANY, in_question=not (vectors and vectors <= _SMALL_VECTORS))
        return large, "an unknown number of people concerned" + (
            " (worst case assumed: many)" if large else ""
        )

    def _volume(self, level: Level) -> Level:
        """Recital 75 and EDPB 9/2022 IV.B: volume and exposure weigh on severity."""
        many = self.opt.large_scale_subjects
        large, described = self._many(many)
        if large and level < Level.MAXIMUM:
            level = Level(level + 1)
            self.sev_reasons.append(
                Reason(
                    kind=ReasonKind.FACT,
                    text=(
                        f"Large scale: {described} (threshold {many:,}) raises severity to "
                        f"{level.label}."
                    ),
                    citations=(recital(75), edpb("section IV.B, number of affected individuals")),
                )
            )
        return self._exposure(level)

    def _exposure(self, level: Level) -> Level:
        """Data enabling identity theft, held by an attacker or spread widely, for many people."""
        exposed = self._exposed_to()
        if exposed is None or level >= Level.MAXIMUM or not self._theft_kit():
            return level
        few = self.opt.identity_theft_subjects
        enough, described = self._many(few)
        if not enough:
            return level
        level = Level(level + 1)
        where, cites = exposed
        self.sev_reasons.append(
            Reason(
                kind=ReasonKind.FACT,
                text=(
                    f"Exposure: data that enables identity theft and targeted phishing (a "
                    f"national identification number or identity document, or identity with date "
                    f"of birth) {where} for {described} (from {few:,}, this project's policy) "
                    f"({level.label})."
                ),
                citations=(
                    recital(75),
                    edpb("section IV.B"),
                    gdpr(87),
                    encoding_note("E19"),
                    *cites,
                ),
            )
        )
        return level

    def _exposed_to(self) -> tuple[str, tuple[Citation, ...]] | None:
        """Where the data went that exposes it to misuse, if it did (None: it did not)."""
        if self.taken_by_attacker:
            return "is in an attacker's hands", ()
        conf = self.conf
        count = None if conf is None else conf.recipient_count
        many = self.opt.wide_disclosure_recipients
        if count is not None and count.known and (count.best or 0) >= many:
            return (
                f"reached {count.describe()} recipients (a wide disclosure, from {many:,})",
                (edpb_examples("Case No. 14"),),
            )
        return None

    def _theft_kit(self) -> bool:
        """Identity data, or a person's identity with their date of birth."""
        cats = {d.category for d in self.inc.data}
        return self.identity_data() or cats >= _IDENTITY_WITH_BIRTH

    def _children(self) -> tuple[bool, str]:
        """Whether children are concerned, and a note when that is a worst-case assumption."""
        sector_points = self.inc.controller.sector in _CHILD_SECTORS
        found = False
        note = ""
        for g in self.inc.subjects:
            if g.kind in _ADULT_KINDS and g.includes_children is None:
                continue
            value = self._unless(
                g.has_children, _CHILDREN, in_question=sector_points or g.kind in _CHILD_KINDS
            )
            if value and g.has_children is None:
                note = " (worst case assumed: not recorded)"
            found = found or value
        if not self.inc.subjects:
            found = self._unless(None, _CHILDREN, in_question=sector_points)
            note = " (worst case assumed: not recorded)" if found else ""
        return found, "" if found and not note else note

    def _unless(self, value: bool | None, spec: _Ordinary, *, in_question: bool) -> bool:
        """A yes/no fact, assumed "no" when nothing in the incident points to "yes"."""
        return self.facts.typical(
            value,
            spec.fact,
            ordinary=False,
            adverse=True,
            in_question=in_question,
            assumed=spec.assumed,
            why=spec.why,
        )

    def _vulnerable(self) -> bool:
        found = False
        for g in self.inc.subjects:
            found = found or self._unless(g.is_vulnerable, _VULNERABLE, in_question=False)
        return found

    # ENISA ------------------------------------------------------------------------------

    def enisa_score(self) -> EnisaScore | None:
        if not self.inc.data:
            return None
        dpc, dpc_steps = self._worst_dpc()
        terms = [
            EnisaTerm(name="DPC", value=dpc, reason=f"highest category: {', '.join(dpc_steps)}")
        ]
        ei, why = self._ease_of_identification()
        terms.append(EnisaTerm(name="EI", value=ei, reason=why))
        terms += self._circumstances()
        cb = sum(t.value for t in terms[2:])
        se = round(dpc * ei + cb, 4)
        return EnisaScore(dpc=dpc, ei=ei, cb=cb, score=se, band=_band(se), terms=tuple(terms))

    def _ease_of_identification(self) -> tuple[float, str]:
        direct = {
            DataCategory.IDENTITY,
            DataCategory.CONTACT,
            DataCategory.NATIONAL_ID,
            DataCategory.OFFICIAL_DOCUMENT,
            DataCategory.BIOMETRIC,
        }
        has_direct = any(d.category in direct for d in self.inc.data)
        m = self.inc.measures
        pseudo = bool(m.pseudonymised) and bool(m.pseudonymisation_key_safe)
        if has_direct and not pseudo:
            return 1.0, "identification is possible directly from the data (maximum)"
        if has_direct:
            return 0.5, "identifiers were pseudonymised, the key kept apart (limited)"
        if pseudo:
            return (
                0.25,
                "pseudonymised data with no direct identifier, the key kept apart (negligible)",
            )
        return 0.75, "no direct identifier, but matching is possible (significant)"

    def _circumstances(self) -> list[EnisaTerm]:
        terms: list[EnisaTerm] = []
        conf = self.conf
        if conf is not None:
            exf = conf.exfiltration if self.exf is None else self.exf
            taken = exf in (Exfiltration.CONFIRMED, Exfiltration.LIKELY)
            note = (
                " (read as likely: a lost or stolen carrier, not recovered)"
                if self.exf is not None
                else self.conf_note
                if conf is not self.inc.effects.confidentiality
                else " (whether data was taken is not recorded)"
                if exf is Exfiltration.UNKNOWN
                else ""
            )
            if Recipient.PUBLIC in conf.recipients or (
                taken and (Recipient.UNKNOWN_THIRD_PARTY in conf.recipients or not conf.recipients)
            ):
                val, why = 0.5, "disclosed to an unknown number of recipients"
            elif conf.recipients & {Recipient.TRUSTED_KNOWN, Recipient.KNOWN_UNTRUSTED}:
                val, why = 0.25, "disclosed to a known number of recipients"
            else:
                val, why = 0.0, "exposed, with no evidence of unlawful processing"
            terms.append(EnisaTerm(name="CB confidentiality", value=val, reason=why + note))
        integ = self.inc.effects.integrity
        if integ is not None:
            if integ.altered and integ.misuse_possible:
                val = 0.25 if integ.reversible else 0.5
                why = "altered and possibly misused, " + (
                    "recoverable" if integ.reversible else "not recoverable"
                )
            else:
                val, why = 0.0, "altered without identified misuse, or recoverable"
            terms.append(EnisaTerm(name="CB integrity", value=val, reason=why))
        avail = self.inc.effects.availability
        if avail is not None:
            limit = self.opt.short_outage_hours
            if avail.permanent and not avail.restored_from_backup:
                val, why = 0.5, "full unavailability: no backup"
            elif avail.restored_from_backup and (avail.duration_hours or 0) <= limit:
                val, why = (
                    0.0,
                    f"recoverable without difficulty from a backup (within {limit:g} hours)",
                )
            else:
                val, why = 0.25, "temporary unavailability"
            terms.append(EnisaTerm(name="CB availability", value=val, reason=why))
        if self.inc.cause.intent is Intent.MALICIOUS:
            terms.append(EnisaTerm(name="CB malicious intent", value=0.5, reason="deliberate act"))
        return terms

    # combination ------------------------------------------------------------------------

    def _enisa_floor(self, sev: Level, score: EnisaScore) -> Level:
        floor = {
            EnisaBand.LOW: Level.NEGLIGIBLE,
            EnisaBand.MEDIUM: Level.LIMITED,
            EnisaBand.HIGH: Level.SIGNIFICANT,
            EnisaBand.VERY_HIGH: Level.MAXIMUM,
        }[score.band]
        if floor <= sev:
            return sev
        self.sev_reasons.append(
            Reason(
                kind=ReasonKind.INTERPRETATION,
                text=(
                    f"The ENISA score {score.describe()} raises severity to {floor.label} under "
                    "this project's policy (it never lowers it)."
                ),
                citations=(enisa("section 6.5 bands"), encoding_note("E8")),
            )
        )
        return floor

    def level(self) -> tuple[RiskLevel | None, Level | None, Level | None, EnisaScore | None]:
        lik = self.likelihood()
        sev = self.severity()
        score = self.enisa_score()
        pointer = self.opt.enisa_pointer and score is not None
        if sev is not None and pointer and lik is not Level.NEGLIGIBLE:
            assert score is not None  # noqa: S101 - pointer implies a score
            sev = self._enisa_floor(sev, score)
        if Level.NEGLIGIBLE in (lik, sev):
            return RiskLevel.UNLIKELY, lik, sev, score
        if lik is None or sev is None:
            return None, lik, sev, score
        if lik >= Level.SIGNIFICANT and sev >= Level.SIGNIFICANT:
            return RiskLevel.HIGH, lik, sev, score
        return RiskLevel.RISK, lik, sev, score


def _minor(item: DataConcerned) -> bool:
    """Whether the assessor recorded, with a reason, that the data is of minor sensitivity."""
    return bool(item.minor_sensitivity and item.minor_sensitivity.strip())


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
    lik = a_lik if a_lik == b_lik else None
    sev = a_sev if a_sev == b_sev else None
    followed, warnings = _judged(
        judgment, low if suggested is None else suggested, lik, (adverse, opts)
    )
    level = judgment.level if judgment is not None and followed else suggested
    return RiskAnalysis(
        suggested=suggested,
        suggested_range=(low, high),
        likelihood=lik,
        severity=sev,
        likelihood_reasons=tuple(adverse.lik_reasons),
        severity_reasons=tuple(adverse.sev_reasons),
        enisa=a_score,
        judgment=judgment,
        level=level,
        missing_facts=() if decided or level is not None else asked,
        open_questions=asked if decided or level is not None else (),
        assumptions=adverse.facts.assumptions(),
        reading=opts.unknowns.value,
        judgment_followed=followed,
        judgment_warnings=warnings,
    )


def _judged(
    judgment: AssessorJudgment | None,
    floor: RiskLevel,
    likelihood: Level | None,
    context: tuple[_Run, GdprOptions],
) -> tuple[bool, tuple[Reason, ...]]:
    """Whether the assessor's conclusion is followed, and the warning when the facts differ.

    The conclusion departs from the recorded facts when it is below the lowest level they
    allow (``floor``), or when it is "unlikely" while they put the likelihood of harm above
    negligible (the "unlikely" then rests on the data's low sensitivity alone).
    """
    if judgment is None:
        return True, ()
    run, opts = context
    below = judgment.level.rank < floor.rank
    harm = judgment.level is RiskLevel.UNLIKELY and likelihood not in (None, Level.NEGLIGIBLE)
    if not below and not harm:
        return True, ()
    steps = run.lik_reasons if not below else (*run.lik_reasons, *run.sev_reasons)
    facts = "; ".join(r.text.rstrip(".") for r in steps if r.kind is not ReasonKind.RULE)
    said = f"the assessor's conclusion '{judgment.level.value}'"
    if below:
        text = f"The facts recorded give the level '{floor.value}' ({facts}); {said} is lower."
    else:
        label = likelihood.label if likelihood else ""
        text = (
            f"The facts recorded put the likelihood of harm at {label} ({facts}); {said} "
            "rests on the low sensitivity of the data alone."
        )
    tested = opts.documented_conclusion is DocumentedConclusion.TESTED
    if tested:
        text += (
            " Under the reading documented_conclusion = tested it is not followed: the "
            "recorded facts decide."
        )
    else:
        text += (
            " It is followed (option documented_conclusion = followed); the controller's "
            "documentation should show why, despite these facts, the risk is no higher."
        )
    cites = (gdpr(33, 1), gdpr(5, 2), recital(76), recital(85), encoding_note("E7"))
    return not tested, (Reason(kind=ReasonKind.WARNING, text=text, citations=cites),)
