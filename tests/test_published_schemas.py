"""The JSON Schemas published with the documentation are the ones the code generates."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from breachmodel.schema import published_schemas

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "docs" / "_extra" / "schemas"
GENERATED = published_schemas()


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_committed_file_equals_generated(name: str) -> None:
    committed = (FOLDER / name).read_text(encoding="utf-8")
    assert committed == GENERATED[name], f"run scripts/update-schemas to refresh {name}"


def test_no_stale_files() -> None:
    assert sorted(p.name for p in FOLDER.iterdir()) == sorted(GENERATED)


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_id_is_the_file_under_the_documentation_url(name: str) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        docs_url = tomllib.load(file)["project"]["urls"]["Documentation"]
    schema = json.loads(GENERATED[name])
    assert schema["$id"] == f"{docs_url}schemas/{name}"
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_published_with_the_documentation() -> None:
    conf = (ROOT / "docs" / "conf.py").read_text(encoding="utf-8")
    assert 'html_extra_path = ["_extra"]' in conf
