"""Sphinx configuration for the breachmodel documentation."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import nbclient
import nbformat

# Build from the source tree even when the package is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from breachmodel import __version__

project = "breachmodel"
author = "The breachmodel contributors"
copyright = "The breachmodel contributors, Apache-2.0"
version = __version__
release = __version__

extensions = [
    "myst_nb",  # MyST Markdown pages and the tutorial notebook (it includes myst_parser)
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinxarg.ext",
]
# No sphinx.ext.intersphinx: CI has no network access beyond PyPI.

source_suffix = {".rst": "restructuredtext", ".md": "myst-nb", ".ipynb": "myst-nb"}
root_doc = "index"
exclude_patterns = ["_build", "**.ipynb_checkpoints"]
nitpicky = False

myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

napoleon_google_docstring = True
napoleon_numpy_docstring = False
# attrs fields are documented in the class docstring's "Attributes:" section; render them
# as a field list so they do not clash with the attributes autodoc finds on the class.
napoleon_use_ivar = True

html_theme = "alabaster"
html_title = f"breachmodel {release}"

# Static files served as they are: the published JSON Schemas under schemas/ (their $id).
html_extra_path = ["_extra"]


# The tutorial notebook (examples/tutorial.ipynb) is committed without outputs. Each build
# runs it once, from examples/ where its data files are, and renders the executed copy
# (notebooks/tutorial.ipynb, not committed), so the page always shows what this version
# of the library computes. myst-nb itself does not execute anything.
nb_execution_mode = "off"
nb_merge_streams = True


def _execute_tutorial() -> None:
    docs = Path(__file__).resolve().parent
    examples = docs.parent / "examples"
    notebook = nbformat.read(examples / "tutorial.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(examples)}},
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Jupyter's own notices
        client.execute()
    (docs / "notebooks").mkdir(exist_ok=True)
    nbformat.write(notebook, docs / "notebooks" / "tutorial.ipynb")


_execute_tutorial()
