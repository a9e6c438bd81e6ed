"""The GDPR's options on the command line: ``--ruleset``, ``--counting``, ``--unknowns``...

Declared here, by the regime, and reached by the command line through the regime's
``cli_options``: the command line itself names no regime and no option of one.
"""

from __future__ import annotations

import argparse

from breachmodel.clocks import Convention
from breachmodel.regimes.gdpr.options import GdprOptions, Ruleset, Unknowns

__all__ = ["GDPR_CLI", "GdprCliOptions"]


class GdprCliOptions:
    """The command-line form of :class:`~breachmodel.regimes.gdpr.options.GdprOptions`."""

    def add_arguments(self, group: argparse._ArgumentGroup) -> None:
        """Add ``--ruleset``, ``--counting``, ``--no-enisa-pointer`` and ``--unknowns``."""
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

    def from_args(self, args: argparse.Namespace) -> GdprOptions:
        """The options the parsed arguments describe."""
        return GdprOptions(
            ruleset=Ruleset(args.ruleset),
            counting=Convention(args.counting),
            enisa_pointer=not args.no_enisa_pointer,
            unknowns=Unknowns(args.unknowns),
        )


GDPR_CLI = GdprCliOptions()
"""The GDPR regime's ``cli_options`` (the UK GDPR, sharing its options class, shares it)."""
