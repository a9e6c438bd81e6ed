"""Views of domain objects by name, registered from above: the domain imports no view.

The model, the clocks, determinations and assessments keep their convenience methods
(``to_text()``, ``to_html()``, ``_repr_html_``...), but those only ask this module for
the view of that name. The views package (:mod:`breachmodel.views`) registers its
renderers here when it is imported, and the package root tells this module how to load
it on first use, so that the layers below never import the views (no import loop).

>>> class Note:
...     pass
>>> register(Note, "text", lambda note: "a note")
>>> show(Note(), "text")
'a note'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["Rendered", "data", "register", "set_loader", "show"]

_VIEWS: dict[tuple[type, str], Callable[[Any], Any]] = {}
_LOADER: list[Callable[[], object]] = []


def register(cls: type, name: str, view: Callable[[Any], Any]) -> None:
    """Register ``view`` as the view ``name`` (``"text"``, ``"html"``...) of ``cls``."""
    _VIEWS[cls, name] = view


def set_loader(loader: Callable[[], object]) -> None:
    """Set how to load the views that register here (called once, by the package root)."""
    _LOADER[:] = [loader]


def _find(cls: type, name: str) -> Callable[[Any], Any] | None:
    for klass in cls.__mro__:
        view = _VIEWS.get((klass, name))
        if view is not None:
            return view
    return None


def _view(obj: object, name: str) -> Callable[..., Any]:
    view = _find(type(obj), name)
    if view is None and _LOADER:
        _LOADER[0]()
        view = _find(type(obj), name)
    if view is None:
        msg = f"no {name!r} view of {type(obj).__name__} is registered"
        raise LookupError(msg)
    return view


def show(obj: object, name: str, **options: Any) -> str:
    """The view ``name`` of ``obj`` as text (given ``options``), loading the views on first use.

    Raises:
        LookupError: If no view of that name is registered for the object's class.
    """
    out = _view(obj, name)(obj, **options)
    if not isinstance(out, str):
        msg = f"the {name!r} view of {type(obj).__name__} returned {type(out).__name__}, not text"
        raise TypeError(msg)
    return out


def data(obj: object) -> dict[str, Any]:
    """The JSON-ready data of ``obj`` (its ``"dict"`` view), loading the views on first use.

    Raises:
        LookupError: If no ``"dict"`` view is registered for the object's class.
    """
    out = _view(obj, "dict")(obj)
    if not isinstance(out, dict):
        msg = f"the data view of {type(obj).__name__} returned {type(out).__name__}, not a dict"
        raise TypeError(msg)
    return out


class Rendered:
    """The renderings of a result (text, Markdown, HTML, data, JSON), through the registry.

    Results inherit these methods; the views registered for their class do the work.
    """

    __slots__ = ()

    def to_text(self) -> str:
        """Plain-text rendering."""
        return show(self, "text")

    def to_markdown(self) -> str:
        """Markdown rendering."""
        return show(self, "markdown")

    def to_html(self) -> str:
        """Self-contained HTML (no JavaScript; every user string escaped)."""
        return show(self, "html")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data (documented in the JSON output page of the docs)."""
        return data(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """Deterministic JSON."""
        return show(self, "json", indent=indent)

    def _repr_html_(self) -> str:
        return self.to_html()
