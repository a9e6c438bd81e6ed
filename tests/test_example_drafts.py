"""Every example's owed drafts, pinned as golden text files.

For each incident example, each document its assessment makes owed under each law that
has drafts (the GDPR, the UK GDPR) is drafted in its default language (the people's or
the authority's) and in English; the reference case (``viamedis-almerys.json``) in every
language. A change of wording shows up as a diff to
review; regenerate deliberately with ``BREACHMODEL_UPDATE_GOLDEN=1``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from breachmodel.assessment import assess
from breachmodel.determination import Outcome
from breachmodel.documents import KINDS, draft, draft_regimes, languages
from breachmodel.documents._basis import Basis
from breachmodel.documents._draft import default_language
from breachmodel.model import Incident
from breachmodel.processor import load_any

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "examples"
UPDATE = os.environ.get("BREACHMODEL_UPDATE_GOLDEN") == "1"
REFERENCE = "viamedis-almerys.json"


def _incidents() -> dict[str, Incident]:
    found: dict[str, Incident] = {}
    for path in sorted((ROOT / "examples").glob("*.json")):
        record = load_any(path)
        if isinstance(record, Incident):
            found[path.name] = record
    return found


INCIDENTS = _incidents()


def _cases() -> list[tuple[str, str, str, str]]:
    cases: list[tuple[str, str, str, str]] = []
    for name, incident in INCIDENTS.items():
        a = assess(incident)
        assessed = {r.regime for r in a.regimes}
        for regime in (r for r in draft_regimes() if r in assessed):
            for kind in KINDS:
                if Basis.of(a, regime).owed(kind).outcome is not Outcome.REQUIRED:
                    continue
                every = name == REFERENCE and regime == "gdpr"
                default = default_language(kind, incident, a, regime)
                langs = languages(kind) if every else sorted({default, "en"})
                cases.extend((name, regime, kind, lang) for lang in langs)
    return cases


def _golden(name: str, regime: str, kind: str, lang: str) -> str:
    law = "" if regime == "gdpr" else f"-{regime}"
    return f"{name.removesuffix('.json')}{law}-{kind}-{lang}.txt"


CASES = _cases()


def test_every_example_with_an_owed_document_is_covered() -> None:
    covered = {name for name, _, _, _ in CASES}
    assert REFERENCE in covered
    assert len(covered) >= 6
    assert {kind for name, _, kind, _ in CASES if name == REFERENCE} == {"authority", "people"}
    assert ("uk-insurer.json", "uk_gdpr", "authority", "en") in CASES


@pytest.mark.parametrize(("name", "regime", "kind", "lang"), CASES)
def test_example_draft_matches_its_golden_file(
    name: str, regime: str, kind: str, lang: str
) -> None:
    text = draft(INCIDENTS[name], kind=kind, lang=lang, regime=regime).to_text()
    path = GOLDEN / _golden(name, regime, kind, lang)
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    assert path.exists(), f"missing golden file {path}; run with BREACHMODEL_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs from its golden file"


def test_no_stale_golden_files() -> None:
    expected = {_golden(*case) for case in CASES}
    assert {p.name for p in GOLDEN.glob("*.txt")} == expected
