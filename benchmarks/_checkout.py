"""Run from a source checkout: put its ``src`` on the path when breachmodel is not installed.

A benchmark imports this module first (``import _checkout``) so that
``python benchmarks/bench_x.py`` works without installing the package.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

if importlib.util.find_spec("breachmodel") is None:  # running from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
