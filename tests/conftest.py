"""Shared test configuration.

Sections below are independent; add new ones at the end with their own header.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import settings

# --- import path ------------------------------------------------------------------------
# With --import-mode=importlib pytest does not put tests/ on sys.path; test modules
# import shared helpers as top-level modules (`from strategies import incidents`).
# (Equivalent to `pythonpath = ["tests"]` under [tool.pytest.ini_options].)

_TESTS = str(Path(__file__).resolve().parent)
# The rule tests' builders (`from _builders import breach`), shared with other tests.
for _path in (_TESTS, str(Path(_TESTS) / "rules")):
    if _path not in sys.path:
        sys.path.insert(0, _path)

# --- Hypothesis profiles ----------------------------------------------------------------
# `dev` (default) is fast; CI sets HYPOTHESIS_PROFILE=ci. No deadlines: CI machines are
# slow and a slow example is not a failure.

settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile("ci", max_examples=200, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
