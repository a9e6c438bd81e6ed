"""Determinations: what a rule concludes, why, under which provision, and what is unknown.

A rule never returns a bare boolean. It returns a :class:`Determination` with a
three-state :class:`Outcome` (plus "not applicable" when the law does not reach the
incident at all), the deadline where there is one, the legal basis, ordered
:class:`Reason` entries (exceptions considered and rejected included), and the
:class:`MissingFact` entries that keep it undetermined.

Invariant: the outcome is ``UNDETERMINED`` if and only if ``missing_facts`` is not empty.
Facts that were unknown but did not decide the outcome (for example because the law puts
the burden on the controller) are listed in ``open_questions`` instead. Facts nothing in
the incident points to, taken at their ordinary value, are named in ``assumptions``; the
facts whose other value would change the outcome are listed in ``sensitivities``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from attrs import evolve, field, fields, frozen

from breachmodel import _display
from breachmodel.citations import Citation
from breachmodel.obligations import ObligationKey

__all__ = [
    "Assumption",
    "ChecklistItem",
    "Determination",
    "MissingFact",
    "Outcome",
    "Reason",
    "ReasonKind",
    "Sensitivity",
]


class Outcome(StrEnum):
    """What a rule concludes about an obligation."""

    REQUIRED = "required"
    NOT_REQUIRED = "not_required"
    UNDETERMINED = "undetermined"
    NOT_APPLICABLE = "not_applicable"
    """The provision does not reach the incident (e.g. before the GDPR applied)."""


class ReasonKind(StrEnum):
    """The role a reason plays in the argument."""

    RULE = "rule"
    """The provision and its condition."""
    FACT = "fact"
    """A fact of the incident the rule relied on."""
    PRESUMPTION = "presumption"
    """A presumption from guidance (e.g. Art. 9 data: damage likely)."""
    EXCEPTION_APPLIED = "exception_applied"
    EXCEPTION_REJECTED = "exception_rejected"
    INTERPRETATION = "interpretation"
    """An interpretation this project adopts where the law is ambiguous (encoding notes)."""
    WARNING = "warning"
    """Something the controller should look at (a late notice, a missing reason...)."""
    MISSING = "missing"
    """A fact the rule needed and did not have."""


@frozen(kw_only=True)
class Reason:
    """One step of a determination's argument, with the provisions it rests on.

    Attributes:
        kind: Its role (rule, fact, exception applied or rejected, warning...).
        text: One plain sentence.
        citations: At least one provision or guidance paragraph.
    """

    kind: ReasonKind
    text: str
    citations: tuple[Citation, ...] = field()

    @citations.validator
    def _cited(self, _attribute: object, value: tuple[Citation, ...]) -> None:
        if not value:
            msg = f"a reason must cite at least one provision: {self.text!r}"
            raise ValueError(msg)

    # One constructor per kind, so that a rule reads ``Reason.fact(text, cites)``.

    @classmethod
    def rule(cls, text: str, citations: tuple[Citation, ...]) -> Reason:
        """The provision and its condition."""
        return cls(kind=ReasonKind.RULE, text=text, citations=citations)

    @classmethod
    def fact(cls, text: str, citations: tuple[Citation, ...]) -> Reason:
        """A fact of the incident the rule relied on."""
        return cls(kind=ReasonKind.FACT, text=text, citations=citations)

    @classmethod
    def presumption(cls, text: str, citations: tuple[Citation, ...]) -> Reason:
        """A presumption from guidance."""
        return cls(kind=ReasonKind.PRESUMPTION, text=text, citations=citations)

    @classmethod
    def exception_applied(cls, text: str, citations: tuple[Citation, ...]) -> Reason:
        """An exception that applies.

        >>> from breachmodel.citations import Citation
        >>> Reason.exception_applied("Encrypted.", (Citation("Act", "s. 1"),)).kind.value
        'exception_applied'
        """
        return cls(kind=ReasonKind.EXCEPTION_APPLIED, text=text, citations=citations)

    @classmethod
    def exception_rejected(cls, text: str, citations: tuple[Citation, ...]) -> Reason:
        """An exception considered and rejected."""
        return cls(kind=ReasonKind.EXCEPTION_REJECTED, text=text, citations=citations)

    @classmethod
    def interpretation(cls, text: str, citations: tuple[Citation, ...]) -> Reason:
        """An interpretation this project adopts where the law is ambiguous."""
        return cls(kind=ReasonKind.INTERPRETATION, text=text, citations=citations)

    @classmethod
    def warning(cls, text: str, citations: tuple[Citation, ...]) -> Reason:
        """Something the controller should look at."""
        return cls(kind=ReasonKind.WARNING, text=text, citations=citations)

    @classmethod
    def missing(cls, text: str, citations: tuple[Citation, ...]) -> Reason:
        """A fact the rule needed and did not have."""
        return cls(kind=ReasonKind.MISSING, text=text, citations=citations)


@frozen(kw_only=True)
class MissingFact:
    """A fact the rule needed: where it goes in the incident file and what to find out.

    Attributes:
        path: JSONPath of the field in the incident file (e.g. ``$.timeline.controller_aware_at``).
        question: What the assessor should establish.
    """

    path: str
    question: str


@frozen(kw_only=True)
class Assumption:
    """A fact the incident file leaves unknown, taken at its ordinary value.

    Only facts that nothing in the incident points to are assumed (see the interpretation
    option ``unknowns``); the others stay unknown.

    Attributes:
        path: JSONPath of the field in the incident file.
        assumed: What is assumed, e.g. ``"no children among the people concerned"``.
        why: Why it may be assumed, e.g. ``"not recorded; the people are employees"``.
    """

    path: str
    assumed: str
    why: str

    def __str__(self) -> str:
        return f"assumed: {self.assumed}; {self.why}"


@frozen(kw_only=True)
class Sensitivity:
    """A change of fact that would change a determination's outcome.

    Attributes:
        changes: The change as ``FACT=VALUE`` assignments, as ``--what-if`` takes them.
        condition: The change in words, e.g. ``"if children are among the people concerned"``.
        outcome: The outcome the determination would then have.
    """

    changes: tuple[str, ...]
    condition: str
    outcome: Outcome

    def __str__(self) -> str:
        return f"would become {self.outcome.value.upper().replace('_', ' ')} {self.condition}"


@frozen(kw_only=True)
class ChecklistItem:
    """One item of required content (Art. 33(3), Art. 34(2), Art. 33(5)).

    Attributes:
        id: A stable identifier (e.g. ``"art33.3.a.subjects_count"``).
        label: What the item is.
        citation: The provision requiring it.
        provided: Whether the incident record holds it.
        may_follow_later: Whether it may be provided in a later phase (Art. 33(4)).
        value: A short summary of what the record holds (never personal data).
    """

    id: str
    label: str
    citation: Citation
    provided: bool
    may_follow_later: bool = False
    value: str | None = None


@frozen(kw_only=True)
class Determination(_display.Rendered):
    """The conclusion of one rule about one obligation.

    Attributes:
        id: A stable identifier, e.g. ``"gdpr.art33.notify_authority"``.
        title: A short title.
        outcome: Required, not required, undetermined, or not applicable.
        legal_basis: The provisions that create the obligation (at least one).
        reasons: The ordered argument.
        missing_facts: Facts without which no outcome can be given (non-empty exactly
            when the outcome is undetermined).
        open_questions: Unknown facts that did not decide the outcome but may change it.
        deadline: When the obligation falls due, if it has a clock
            (a :class:`breachmodel.clocks.Deadline`).
        status: Where the clock stands at the assessment's ``as_of``
            (a :class:`breachmodel.clocks.DeadlineStatus`).
        recipients: To whom the obligation runs (authority ids, "data_subjects", ...).
        checklist: Required content, item by item, where the rule is about content.
        interpretations: The project's interpretation choices this result relies on.
        assumptions: Unrecorded facts taken at their ordinary value.
        sensitivities: Changes of fact that would change the outcome, with the outcome.
        key: Which obligation this is (regime, duty, recipient); set by the regime.
        clock: The deadline and the filings that may meet it (a
            :class:`breachmodel.clocks.Check`), judged by the assessment at its ``as_of``.
    """

    id: str
    title: str
    outcome: Outcome
    legal_basis: tuple[Citation, ...] = field()
    reasons: tuple[Reason, ...] = ()
    missing_facts: tuple[MissingFact, ...] = ()
    open_questions: tuple[MissingFact, ...] = ()
    deadline: Any = None
    status: Any = None
    recipients: tuple[str, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    interpretations: tuple[str, ...] = ()
    assumptions: tuple[Assumption, ...] = ()
    sensitivities: tuple[Sensitivity, ...] = ()
    key: ObligationKey | None = None
    clock: Any = None

    @legal_basis.validator
    def _has_basis(self, _attribute: object, value: tuple[Citation, ...]) -> None:
        if not value:
            msg = f"determination {self.id} must cite its legal basis"
            raise ValueError(msg)

    def __attrs_post_init__(self) -> None:
        undetermined = self.outcome is Outcome.UNDETERMINED
        if undetermined != bool(self.missing_facts):
            msg = (
                f"determination {self.id}: outcome {self.outcome.value} with "
                f"{len(self.missing_facts)} missing facts; undetermined iff facts are missing"
            )
            raise ValueError(msg)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every provision cited, legal basis first, without repeats."""
        seen: dict[Citation, None] = dict.fromkeys(self.legal_basis)
        for reason in self.reasons:
            seen.update(dict.fromkeys(reason.citations))
        return tuple(seen)

    def __str__(self) -> str:
        return f"{self.id}: {self.outcome.value}"

    def under(self, key: ObligationKey) -> Determination:
        """This determination under an obligation key (a copy with only :attr:`key` set).

        As ``attrs.evolve(self, key=key)``, in a fraction of its time: nothing the
        checks look at changes, so they are not run again (bulk runs key every
        determination of every record).
        """
        new = object.__new__(Determination)
        for name in _SLOTS:
            object.__setattr__(new, name, getattr(self, name))
        object.__setattr__(new, "key", key)
        return new

    def judged(self, as_of: datetime | None) -> Determination:
        """This determination with its clock judged at ``as_of`` (itself if it has none).

        Sets :attr:`status` from :attr:`clock`, and replaces the reasons the rule gave for
        the status it saw (judged with no ``as_of``) by those for the new one.
        """
        if self.clock is None:
            return self
        status = self.clock.judge(as_of)
        reasons = self.reasons
        notes = self.clock.notes
        if notes is not None:
            old = notes(self.status) if self.status is not None else ()
            at = self.clock.notes_at
            reasons = (*reasons[:at], *notes(status), *reasons[at + len(old) :])
        return evolve(self, status=status, reasons=reasons)


_SLOTS: tuple[str, ...] = tuple(a.name for a in fields(Determination))
