"""Reasons that name data categories read as words, never as the categories' ids.

A person who signs a document built on these reasons reads "payment card data", not
``payment_card``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from breachmodel.assessment import assess
from breachmodel.serialization import load

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
