"""The wheel that users install: its metadata is complete and it ships the type marker.

The wheel is built the way a release would be (``python -m build``), but without build
isolation, from the build back end installed with the ``dev`` extra, so the test needs no
network access.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

import pytest

from breachmodel import __version__

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("build", reason="the 'build' package comes with the dev extra")
    pytest.importorskip("hatchling", reason="the 'hatchling' back end comes with the dev extra")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("breachmodel-*.whl")
    return built


@pytest.fixture(scope="module")
def metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(f"breachmodel-{__version__}.dist-info/METADATA").decode()
    return HeaderParser().parsestr(text)


def test_wheel_ships_the_type_marker_and_no_tests(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert "breachmodel/py.typed" in names
    assert "breachmodel/authorities/data/authorities.json" in names
    assert not [n for n in names if n.startswith("tests/")]


def test_classifiers_cover_every_supported_python(metadata: Message) -> None:
    classifiers = set(metadata.get_all("Classifier") or [])
    for minor in range(11, 15):
        assert f"Programming Language :: Python :: 3.{minor}" in classifiers
    assert "Typing :: Typed" in classifiers
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["License-Expression"] == "Apache-2.0"


def test_classifiers_are_known_to_pypi(metadata: Message) -> None:
    trove = pytest.importorskip("trove_classifiers")
    unknown = set(metadata.get_all("Classifier") or []) - set(trove.classifiers)
    assert not unknown


def test_project_urls_and_authors(metadata: Message) -> None:
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Changelog", "JSON Schemas"} <= set(urls)
    assert all(u.startswith("https://breachmodel.readthedocs.io/") for u in urls.values())
    for field in ("Author", "Maintainer"):
        assert metadata[field] == "The breachmodel contributors"
    assert "placeholder" not in str(metadata).lower()
    assert metadata["Summary"].startswith("Model personal-data breach incidents")
