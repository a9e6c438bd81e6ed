"""Obligations keyed by type: which regime, which duty, to whom.

Generic layers ask for obligations by :class:`Duty` across regimes; filings on the
timeline name the :class:`ObligationKey` they answer, so that a filing made for one
obligation never satisfies another.

>>> key = ObligationKey("gdpr", Duty.NOTIFY_AUTHORITY, "supervisory_authority")
>>> str(key)
'gdpr/notify_authority/supervisory_authority'
>>> ObligationKey.parse(str(key)) == key
True
"""

from __future__ import annotations

from enum import StrEnum

from attrs import frozen

__all__ = ["Duty", "ObligationKey"]


class Duty(StrEnum):
    """The kinds of obligation breach laws create, whatever the law."""

    NOTIFY_AUTHORITY = "notify_authority"
    """Notify a supervisory or competent authority (Art. 33(1) GDPR, Art. 2 Reg. 611/2013...)."""
    NOTIFY_CONTROLLER = "notify_controller"
    """A processor notifies its controller (Art. 33(2) GDPR)."""
    INFORM_INDIVIDUALS = "inform_individuals"
    """Tell the people concerned (Art. 34(1) GDPR, Art. 3 Reg. 611/2013...)."""
    PUBLIC_NOTICE = "public_notice"
    """A public communication instead of, or besides, individual letters (Art. 34(3)(c))."""
    CONTENT = "content"
    """What a notice must contain (Art. 33(3), Art. 34(2)...); the recipient says which."""
    RECORD = "record"
    """Document the breach in the controller's own register (Art. 33(5))."""
    EARLY_WARNING = "early_warning"
    """A first, short warning ahead of the notification (NIS2 Art. 23(4)(a))."""
    INTERMEDIATE_REPORT = "intermediate_report"
    """A follow-up or intermediate report (Art. 2(3) Reg. 611/2013, NIS2 Art. 23(4)(c))."""
    FINAL_REPORT = "final_report"
    """The final report (NIS2 Art. 23(4)(d), DORA Art. 19(4)(c))."""
    NOTIFY_THIRD_PARTY = "notify_third_party"
    """Notify other organisations that can reduce the harm or must be told (a consumer
    reporting agency, a government institution, a business partner)."""
    ASSESS = "assess"
    """Finish assessing whether the breach must be notified, by a deadline the law sets."""


@frozen(order=True)
class ObligationKey:
    """Which obligation: the regime that creates it, the duty, and to whom it runs.

    Attributes:
        regime: The regime's id (``"gdpr"``, ``"uk_gdpr"``, ``"eprivacy"``...).
        duty: The kind of obligation.
        recipient: To whom it runs: ``"supervisory_authority"``, ``"data_subjects"``,
            ``"public"``, ``"controller"``, ``"register"``... For a content duty, the
            recipient of the notice whose content it is.
    """

    regime: str
    duty: Duty
    recipient: str

    def __str__(self) -> str:
        return f"{self.regime}/{self.duty.value}/{self.recipient}"

    @classmethod
    def parse(cls, text: str) -> ObligationKey:
        """Read a key written as ``regime/duty/recipient``.

        Raises:
            ValueError: If the text is not three parts or the duty is unknown.
        """
        parts = text.split("/")
        if len(parts) != 3 or not all(parts):
            msg = f"an obligation key is 'regime/duty/recipient', got {text!r}"
            raise ValueError(msg)
        try:
            duty = Duty(parts[1])
        except ValueError:
            known = ", ".join(d.value for d in Duty)
            msg = f"unknown duty {parts[1]!r} in {text!r}; known: {known}"
            raise ValueError(msg) from None
        return cls(parts[0], duty, parts[2])
