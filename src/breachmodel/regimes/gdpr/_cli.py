"""The GDPR's options on the command line: ``--ruleset``, ``--counting``, ``--unknowns``...

Declared here, by the regime, and reached by the command line through the regime's
``cli_options``: the command line itself names no regime and no option of one.
"""

from __future__ import annotations

import argparse
from enum import StrEnum

from breachmodel.clocks import Convention
from breachmodel.regimes.gdpr.options import (
    DocumentedConclusion,
    GdprOptions,
    RecipientAssurance,
    Ruleset,
    Unknowns,
    UnrecoveredLoss,
)

__all__ = ["GDPR_CLI", "GdprCliOptions"]


class GdprCliOptions:
    """The command-line form of :class:`~breachmodel.regimes.gdpr.options.GdprOptions`."""

    def add_arguments(self, group: argparse._ArgumentGroup) -> None:
        """Add ``--ruleset``, ``--counting``, ``--no-enisa-pointer``, ``--unknowns``, and the risk readings."""
        group.add_argument(
            "--ruleset",
            choices=tuple(r.value for r in Ruleset),
            default=Ruleset.GDPR_2016.value,
            help="the rules in force (default) or the Digital Omnibus proposal, which is not "
            "law (E18)",
        )
        group.add_argument(
            "--counting",
            choices=("elapsed", "reg_1182_71"),
            default="elapsed",
            help="how the 72 hours are counted (E2; default: elapsed time from awareness)",
        )
        group.add_argument(
            "--no-enisa-pointer",
            action="store_true",
            help="never let the ENISA severity band raise the suggested risk level (E8)",
        )
        group.add_argument(
            "--unknowns",
            choices=tuple(u.value for u in Unknowns),
            default=Unknowns.TYPICAL.value,
            help="unrecorded facts nothing in the incident points to: take their ordinary "
            "value and name the assumption (typical, default), or keep every one open "
            "(adverse)",
        )
        self._add_risk_readings(group)

    def _add_risk_readings(self, group: argparse._ArgumentGroup) -> None:
        """The named readings of the risk analysis (see the risk page of the docs)."""
        group.add_argument(
            "--no-identity-data-severe",
            action="store_true",
            help="do not make a national identification number or identity document in a "
            "confidentiality breach a severe (significant) consequence by itself",
        )
        readings: tuple[tuple[str, type[StrEnum], StrEnum, str], ...] = (
            (
                "--recipient-assurance",
                RecipientAssurance,
                RecipientAssurance.UNLESS_IDENTITY_DATA,
                "a recipient's trust or confirmed deletion lowers the likelihood of harm "
                "unless the data enables identity theft (default), or whatever the data",
            ),
            (
                "--unrecovered-loss",
                UnrecoveredLoss,
                UnrecoveredLoss.LIKELY_DISCLOSED,
                "a lost or stolen carrier never recovered: read as probably disclosed "
                "(default), or keep whether the data was taken open",
            ),
            (
                "--documented-conclusion",
                DocumentedConclusion,
                DocumentedConclusion.FOLLOWED,
                "follow the controller's documented risk conclusion and warn where the facts "
                "do not bear it out (default), or follow it only where they do (tested)",
            ),
        )
        for flag, kind, default, text in readings:
            choices = tuple(member.value for member in kind)
            group.add_argument(flag, choices=choices, default=default.value, help=text)

    def from_args(self, args: argparse.Namespace) -> GdprOptions:
        """The options the parsed arguments describe."""
        return GdprOptions(
            ruleset=Ruleset(args.ruleset),
            counting=Convention(args.counting),
            enisa_pointer=not args.no_enisa_pointer,
            unknowns=Unknowns(args.unknowns),
            identity_data_severe=not args.no_identity_data_severe,
            recipient_assurance=RecipientAssurance(args.recipient_assurance),
            unrecovered_loss=UnrecoveredLoss(args.unrecovered_loss),
            documented_conclusion=DocumentedConclusion(args.documented_conclusion),
        )


GDPR_CLI = GdprCliOptions()
"""The GDPR regime's ``cli_options`` (the UK GDPR, sharing its options class, shares it)."""
