"""Reasons that name data categories read as words, never as the categories' ids.

A person who signs a document built on these reasons reads "payment card data", not
``payment_card``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from breachmodel.assessment import assess
from breachmodel.model import Incident
from breachmodel.serialization import load
from scenario_kit import SCENARIOS, incident_of

ROOT = Path(__file__).resolve().parents[1]
_ID = re.compile(r"\b[a-z]+_[a-z_]+\b")


def _reasons(example: str, start: str) -> list[str]:
    a = assess(load(ROOT / "examples" / example))
    found = [r.text for d in a.determinations for r in d.reasons if r.text.startswith(start)]
    assert found, f"no reason starting {start!r} in {example}"
    return found


@pytest.mark.parametrize(
    ("example", "start", "words"),
    [
        ("travel-platform-six-countries.json", "Factors on record", "payment card data"),
        ("telecom-operator-fr.json", "The data concerned is of a kind", "traffic data"),
    ],
)
def test_categories_are_named_in_words(example: str, start: str, words: str) -> None:
    for text in _reasons(example, start):
        assert words in text, text
        assert not _ID.search(text), text


@pytest.mark.parametrize(
    ("incident", "start"),
    [
        (
            load(ROOT / "examples" / "lost-laptop-encrypted.json"),
            "Content is owed only with a notification",
        ),
        (
            incident_of(SCENARIOS / "gdpr" / "eprivacy-no-adverse-effect.toml"),
            "Content is owed only with a notice",
        ),
    ],
    ids=["gdpr", "eprivacy"],
)
def test_content_not_owed_says_why_in_words(incident: Incident, start: str) -> None:
    texts = [
        r.text
        for d in assess(incident).determinations
        for r in d.reasons
        if r.text.startswith(start)
    ]
    assert texts
    for text in texts:
        assert re.search(r"is (not required|not applicable|undetermined) \(", text), text
        assert "not_required" not in text, text


@pytest.mark.parametrize(
    ("example", "words"),
    [
        ("viamedis-almerys-2025.json", "is classified as out of scope (source:"),
        ("viamedis-almerys-2025.json", "is classified as insurance undertaking (source:"),
        ("viamedis-almerys-2025.json", "ACPR supervises a French insurance undertaking:"),
        ("travel-platform-six-countries.json", "is classified as an APP entity (source:"),
    ],
)
def test_classifications_are_named_in_words(example: str, words: str) -> None:
    a = assess(load(ROOT / "examples" / example))
    texts = [r.text for d in a.determinations for r in d.reasons]
    texts += [r.text for ap in a.considered for r in ap.reasons]
    assert any(words in t for t in texts), words
    assert not any("classified app_entity" in t or "classified out_of" in t for t in texts)


def test_hipaa_contact_assumption_reads_in_words() -> None:
    a = assess(load(ROOT / "examples" / "telehealth-four-jurisdictions.json"))
    whys = [s.why for d in a.determinations if d.id.startswith("hipaa.") for s in d.assumptions]
    assert any("contact details are not recorded as unavailable" in w for w in whys), whys
    assert not any(_ID.search(w) for w in whys), whys


@pytest.mark.parametrize(
    ("scenario", "words"),
    [
        ("gdpr/art34-3-b-insider-stopped.toml", "(data retrieved, access revoked,"),
        ("kr_pipa/resident-number-retrieved.toml", "(national identification number)"),
    ],
)
def test_measures_and_categories_in_scenarios_read_in_words(scenario: str, words: str) -> None:
    a = assess(incident_of(SCENARIOS / scenario))
    texts = [r.text for d in a.determinations for r in d.reasons]
    assert any(words in t for t in texts), words
