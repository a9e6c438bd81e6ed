"""The GDPR declares its own command-line options; they read back as ``GdprOptions``."""

from __future__ import annotations

import argparse

from breachmodel.clocks import Convention
from breachmodel.regimes.gdpr._cli import GDPR_CLI
from breachmodel.regimes.gdpr.options import (
    DocumentedConclusion,
    GdprOptions,
    RecipientAssurance,
    Ruleset,
    Unknowns,
    UnrecoveredLoss,
)


def _parse(*argv: str) -> GdprOptions:
    parser = argparse.ArgumentParser()
    GDPR_CLI.add_arguments(parser.add_argument_group("GDPR"))
    return GDPR_CLI.from_args(parser.parse_args(argv))


def test_defaults_are_the_options_defaults() -> None:
    assert _parse() == GdprOptions()


def test_each_option_reads_back() -> None:
    opts = _parse(
        "--ruleset",
        "digital-omnibus-2025-proposal",
        "--counting",
        "reg_1182_71",
        "--no-enisa-pointer",
        "--unknowns",
        "adverse",
    )
    assert opts.ruleset is Ruleset.DIGITAL_OMNIBUS_PROPOSAL
    assert opts.counting is Convention("reg_1182_71")
    assert opts.enisa_pointer is False
    assert opts.unknowns is Unknowns.ADVERSE


def test_each_risk_reading_reads_back() -> None:
    opts = _parse(
        "--no-identity-data-severe",
        "--recipient-assurance",
        "always",
        "--unrecovered-loss",
        "open",
        "--documented-conclusion",
        "tested",
    )
    assert opts.identity_data_severe is False
    assert opts.recipient_assurance is RecipientAssurance.ALWAYS
    assert opts.unrecovered_loss is UnrecoveredLoss.OPEN
    assert opts.documented_conclusion is DocumentedConclusion.TESTED
