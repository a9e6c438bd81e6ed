"""Rules Art. 7: is the incident one of the four reportable cases?

Each case is read from the incident's own facts, three-valued (yes, no, unknown with the
missing facts); the incident is reportable when any case is met, not reportable when none
can be, and undetermined otherwise. Items (i)-(iii) need a single person; item (iv) more
than 1,000. The text also covers a *suspected* leak (発生したおそれ): the assessor records
the incident as it may have happened. Data protected by high-level encryption is excluded
from every case (Art. 7(i), the bracket that applies to the whole article).
"""

from __future__ import annotations

from attrs import frozen

from breachmodel.determination import MissingFact, Reason
from breachmodel.model import Count, Incident, Intent, Vector
from breachmodel.model.categories import info_by_id
from breachmodel.regimes import _findings
from breachmodel.regimes._national import Test, above, answer_word, any_met, established_in, test
from breachmodel.regimes.jp_appi._law import (
    FINANCIAL_ACCESS,
    MORE_THAN,
    PAYMENT,
    YO_HAIRYO,
    act,
    guidelines,
    rules,
)

__all__ = ["FINDINGS", "REGIME_ID", "Reportability", "persons", "reportability"]

REGIME_ID = "jp_appi"

FINDINGS = {
    "financial_damage_possible": (
        "Could misuse of the leaked financial data cause property damage (Rules Art. 7(ii)), "
        "e.g. bank details usable for payments?"
    ),
}
"""The findings this regime reads (``Incident.findings`` under ``jp_appi``)."""

_MALICIOUS_VECTORS = frozenset(
    {
        Vector.RANSOMWARE,
        Vector.MALWARE,
        Vector.PHISHING,
        Vector.CREDENTIAL_STUFFING,
        Vector.STOLEN_CREDENTIALS,
        Vector.EXPLOITED_VULNERABILITY,
        Vector.EMPLOYEE_MISUSE,
        Vector.SOCIAL_ENGINEERING,
        Vector.STOLEN_DEVICE,
        Vector.STOLEN_PAPER,
        Vector.PHYSICAL_INTRUSION,
    }
)
"""Vectors that are acts against the operator possibly done for a wrongful purpose (the
guidelines' examples: unauthorised access, ransomware, theft, an employee taking data out;
per businesslawyers.jp, secondary)."""


@frozen(kw_only=True)
class Reportability:
    """Whether the incident is a reportable case (the ``"reportable"`` analysis)."""

    reportable: bool | None
    cases: tuple[Test, ...]
    reasons: tuple[Reason, ...]
    missing_facts: tuple[MissingFact, ...]
    kind: str = "reportable"
    title: str = "Reportable case (Japan, APPI Rules Art. 7)"

    @property
    def wrongful_purpose(self) -> bool:
        """Whether the Art. 7(iii) case is met (the final report then has 60 days)."""
        return any(c.item == "iii" and c.met for c in self.cases)

    @property
    def summary(self) -> str:
        """The headline for the views."""
        word = answer_word(self.reportable)
        met = ", ".join(f"Art. 7({c.item})" for c in self.cases if c.met)
        return f"Reportable to the PPC: {word}" + (f" ({met})" if met else "")


def _case(item: str, met: bool | None, text: str, *missing: MissingFact) -> Test:
    return test(item, met, text, rules(7, item), *missing)


def _special_care(incident: Incident, category: str) -> bool:
    """A built-in category of the list, or a custom one marked special or criminal."""
    if category in YO_HAIRYO:
        return True
    if info_by_id(category) is not None:
        return False
    info = incident.category_info(category)
    return info.special_category or info.criminal


def _sensitive(incident: Incident) -> Test:
    if not incident.data:
        return _case(
            "i",
            None,
            "No data categories are recorded.",
            MissingFact(
                path="$.data", question="Which categories of personal data were concerned?"
            ),
        )
    hits = [
        d.category
        for d in incident.data
        if _special_care(incident, d.category) or d.reveals_special_category
    ]
    if hits:
        return _case(
            "i",
            True,
            f"Special-care-required personal information is concerned ({', '.join(hits)}).",
        )
    return _case(
        "i", False, "No special-care-required personal information (Art. 2(3) APPI) is concerned."
    )


def _property(incident: Incident) -> Test:
    cats = {d.category for d in incident.data}
    grants = {d.grants_access_to for d in incident.data if d.grants_access_to}
    if cats & PAYMENT or grants & FINANCIAL_ACCESS:
        return _case(
            "ii",
            True,
            "Card data, or credentials to financial accounts, whose misuse may cause property damage.",
        )
    if "financial" not in cats:
        return _case("ii", False, "No data whose misuse could cause property damage is recorded.")
    found = _findings.answer(incident, REGIME_ID, "financial_damage_possible")
    if found is None:
        question = FINDINGS["financial_damage_possible"]
        return _case(
            "ii",
            None,
            "Financial data is concerned: whether its misuse could cause property damage is not recorded.",
            _findings.finding_fact(REGIME_ID, "financial_damage_possible", question),
        )
    verb = "could" if found else "could not"
    return _case(
        "ii",
        found,
        f"The assessor finds that misuse of the financial data {verb} cause property damage.",
    )


def _wrongful(incident: Incident) -> Test:
    cause = incident.cause
    if cause.intent is Intent.MALICIOUS or cause.vectors & _MALICIOUS_VECTORS:
        return _case(
            "iii",
            True,
            "An act against the operator possibly done for a wrongful purpose (a malicious cause or vector is recorded).",
        )
    if cause.intent is Intent.ACCIDENTAL:
        return _case("iii", False, "The cause is recorded as accidental.")
    question = "Was the leak caused by an act possibly done for a wrongful purpose (attack, theft, insider)?"
    return _case(
        "iii",
        None,
        "The cause's intent is not recorded.",
        MissingFact(path="$.cause.intent", question=question),
    )


def persons(incident: Incident) -> Count:
    """The people counted: everyone for an operator in Japan, else those living in Japan."""
    if established_in(incident, "JP"):
        return incident.total_subjects
    return incident.residents_in("JP")


def _scale(incident: Incident) -> Test:
    count = persons(incident)
    over = above(count, MORE_THAN, inclusive=False)
    text = f"People concerned: {count.describe()} (the case needs more than {MORE_THAN:,})."
    if over is None:
        return _case(
            "iv",
            None,
            text,
            MissingFact(
                path="$.subjects", question="How many people's personal data was concerned?"
            ),
        )
    return _case("iv", over, text)


def _encrypted(incident: Incident) -> Reason | None:
    enc = incident.measures.encryption
    if enc is None or enc.renders_unintelligible is not True:
        return None
    text = "Exception applied: the data was protected by high-level encryption with the key safe, so it is outside every reportable case."
    return Reason.exception_applied(text, (rules(7, "i"), guidelines("3-5-3-1")))


def reportability(incident: Incident) -> Reportability:
    """Rules Art. 7: the four cases, the encryption exclusion, and the conclusion."""
    rule = Reason.rule(
        "Art. 26(1) APPI: a leak, loss or damage of personal data (actual or suspected) in one of the cases of Rules Art. 7 must be reported to the PPC and notified to the people concerned.",
        (act(26, 1), rules(7)),
    )
    excluded = _encrypted(incident)
    if excluded is not None:
        return Reportability(reportable=False, cases=(), reasons=(rule, excluded), missing_facts=())
    cases = (_sensitive(incident), _property(incident), _wrongful(incident), _scale(incident))
    reportable, missing = any_met(cases)
    return Reportability(
        reportable=reportable,
        cases=cases,
        reasons=(rule, *(c.reason for c in cases)),
        missing_facts=missing,
    )
