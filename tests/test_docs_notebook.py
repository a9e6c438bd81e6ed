"""The documentation renders the tutorial notebook, executed, without a single warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("myst_nb", reason="myst-nb comes with the dev extra")
    kernelspec = pytest.importorskip("jupyter_client.kernelspec")
    if "python3" not in kernelspec.KernelSpecManager().find_kernel_specs():
        pytest.skip("no 'python3' Jupyter kernel installed (pip install ipykernel)")
    out = tmp_path_factory.mktemp("html")
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-E", "-q", "-b", "html"]
    result = subprocess.run(
        [*command, "-d", str(out / ".doctrees"), str(ROOT / "docs"), str(out)],
        check=False,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.slow
def test_notebook_page_shows_executed_outputs(html: Path) -> None:
    page = (html / "notebooks" / "tutorial.html").read_text(encoding="utf-8")
    assert "Viamedis/Almerys case" in page
    # Outputs computed at build time: the summary, the timeline, a French letter.
    assert "told by Viamedis: " in page
    assert page.count("<svg") >= 1
    assert "numéro de sécurité sociale" in page
    assert "Traceback" not in page
    assert "output_type" not in page


@pytest.mark.slow
def test_notebook_page_is_in_the_guide(html: Path) -> None:
    index = (html / "index.html").read_text(encoding="utf-8")
    assert 'href="notebooks/tutorial.html"' in index


def test_committed_notebook_stays_without_outputs() -> None:
    """The executed copy is generated at build time and never committed."""
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "docs/notebooks/" in ignored
