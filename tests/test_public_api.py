"""The curated public API: resolvable, documented, and cheap to import."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import breachmodel

PUBLIC_MODULES = [
    "breachmodel",
    "breachmodel.model",
    "breachmodel.clocks",
    "breachmodel.authorities",
    "breachmodel.citations",
    "breachmodel.errors",
    "breachmodel.serialization",
    "breachmodel.determination",
    "breachmodel.assessment",
    "breachmodel.render",
    "breachmodel.regimes.gdpr.risk",
    "breachmodel.regimes.gdpr.art33",
    "breachmodel.regimes.gdpr.art34",
    "breachmodel.regimes.gdpr.authority",
    "breachmodel.regimes.gdpr.options",
    "breachmodel.regimes.gdpr.scope",
]


@pytest.mark.parametrize("name", PUBLIC_MODULES)
def test_all_is_sorted_and_resolves_to_documented_objects(name: str) -> None:
    module = importlib.import_module(name)
    names = list(module.__all__)
    # The order itself (constants, classes, functions, each sorted) is ruff's RUF022.
    assert len(names) == len(set(names)), f"{name}.__all__ repeats a name"
    assert module.__doc__, f"{name} has no module docstring"
    for attr in names:
        obj = getattr(module, attr)
        if callable(obj) and not isinstance(obj, type(sys)) and attr != "__version__":
            assert getattr(obj, "__doc__", None), f"{name}.{attr} has no docstring"


def test_top_level_names_are_in_dir() -> None:
    assert set(breachmodel.__all__) <= set(dir(breachmodel))
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = breachmodel.nope


def _printed(code: str) -> str:
    """What ``code`` prints when run in a fresh interpreter."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_import_loads_no_optional_or_heavy_dependency() -> None:
    code = (
        "import sys, breachmodel\n"
        "heavy = ('holidays', 'pandas', 'IPython', 'jsonschema', 'cattrs', 'dateutil', "
        "'breachmodel.regimes', 'breachmodel.model')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
    )
    assert _printed(code) == "[]"


def test_assessing_does_not_need_holidays() -> None:
    code = (
        "import sys, breachmodel\n"
        "breachmodel.assess(breachmodel.load('examples/viamedis-almerys.json'))\n"
        "print('holidays' in sys.modules, 'pandas' in sys.modules)\n"
    )
    assert _printed(code) == "False False"


def test_py_typed_marker_ships() -> None:
    from importlib.resources import files

    assert files("breachmodel").joinpath("py.typed").is_file()
