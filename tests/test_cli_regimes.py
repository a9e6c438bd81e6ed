"""The command line built from the regime registry: ``--regime``, regime options, ``regimes``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from breachmodel.cli import build_parser, main
from breachmodel.regimes import REGISTRY, ids

ROOT = Path(__file__).resolve().parents[1]
LAPTOP = ROOT / "examples" / "lost-laptop-encrypted.json"
PROCESSOR = ROOT / "examples" / "viamedis-almerys-processor.json"


def _assess_parser() -> argparse.ArgumentParser:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    found: argparse.ArgumentParser = sub.choices["assess"]
    return found


def test_regimes_lists_every_registered_regime(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regimes"]) == 0
    out = capsys.readouterr().out
    for regime in REGISTRY:
        assert f"{regime.id}: {regime.title}" in out
        for instrument in regime.instruments:
            assert f"  {instrument}" in out
    assert main(["regimes", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in listed] == list(ids())
    baseline = [r["id"] for r in listed if r["assessed"] == "always"]
    assert baseline == [r.id for r in REGISTRY if r.baseline]


def test_regime_choices_come_from_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    assess = _assess_parser()
    regime = next(a for a in assess._actions if "--regime" in a.option_strings)
    assert tuple(regime.choices or ()) == ids()
    assert main(["assess", str(LAPTOP), "--regime", "no-such-law"]) == 2
    assert "invalid choice: 'no-such-law'" in capsys.readouterr().err


def test_regime_options_are_declared_by_their_regime() -> None:
    assess = _assess_parser()
    titles = {g.title: [a.option_strings for a in g._group_actions] for g in assess._action_groups}
    declaring = [r for r in REGISTRY if r.cli_options is not None]
    assert declaring
    title = f"{declaring[0].label} interpretation options (see the interpretations page)"
    assert ["--ruleset"] in titles[title]
    assert ["--unknowns"] in titles[title]


def test_assess_under_a_chosen_regime(capsys: pytest.CaptureFixture[str]) -> None:
    base = next(r.id for r in REGISTRY if r.baseline)
    other = next(r.id for r in REGISTRY if not r.baseline)
    assert main(["assess", str(LAPTOP), "--format", "json"]) == 0
    default = json.loads(capsys.readouterr().out)
    argv = ["assess", str(LAPTOP), "--format", "json", "--regime", base, "--regime", other]
    assert main(argv) == 0
    chosen = json.loads(capsys.readouterr().out)
    ids_default = {d["id"] for d in default["determinations"]}
    ids_chosen = {d["id"] for d in chosen["determinations"]}
    assert not any(i.startswith(f"{other}.") for i in ids_default)
    assert any(i.startswith(f"{other}.") for i in ids_chosen)


def test_regime_is_refused_for_a_processor_incident(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(PROCESSOR), "--regime", ids()[0]]) == 1
    assert "--regime is for incident files" in capsys.readouterr().out


def test_stand_alone_bulk_command_takes_regimes_and_their_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from breachmodel.bulk_cli import main as bulk_main
    from breachmodel.serialization import dumps, load

    path = tmp_path / "one.jsonl"
    path.write_text(dumps(load(LAPTOP), indent=None) + "\n", encoding="utf-8")
    base = next(r.id for r in REGISTRY if r.baseline)
    other = next(r.id for r in REGISTRY if not r.baseline)
    argv = [str(path), "--regime", base, "--regime", other, "--unknowns", "adverse"]
    assert bulk_main(argv) == 0
    row = json.loads(capsys.readouterr().out)
    assert any(i.startswith(f"{other}.") for i in row["outcomes"])
