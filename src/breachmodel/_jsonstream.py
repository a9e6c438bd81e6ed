"""Write large JSON documents piece by piece, byte for byte as ``dumps_json`` would.

A document is plain JSON-ready data in which some values are placeholders: :class:`Items`
(an array whose items are produced one at a time), :class:`Later` (a value computed only
when it is written, so that it can depend on what was written before it),
:class:`Spool` (array items rendered earlier and kept in a temporary file) and
:class:`Rendered` (a value's JSON text rendered earlier, such as one kept by
:class:`Fragments` for an object that recurs from one item to the next). The output
equals ``json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False)`` of the same
data with every placeholder resolved (and with :func:`breachmodel.sanitize.dumps_json`'s
escapes, which are character by character), but no more than one item is held in
memory.

>>> import io, json
>>> out = io.StringIO()
>>> doc = {"b": Items(iter([{"y": 1, "x": [2]}, 3])), "a": Later(lambda: "done")}
>>> write_json(out, doc)
>>> out.getvalue() == json.dumps(
...     {"b": [{"y": 1, "x": [2]}, 3], "a": "done"}, indent=2, sort_keys=True
... )
True
"""

from __future__ import annotations

import functools
import tempfile
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import IO, Any

from attrs import define, field, frozen

from breachmodel.sanitize import dumps_json

__all__ = ["Fragments", "Items", "Later", "Rendered", "Spool", "write_json"]

_INDENT = "  "
_SPOOL_MEMORY = 1 << 20
"""Bytes a :class:`Spool` keeps in memory before it moves to a temporary file."""


@frozen
class Items:
    """A JSON array whose items are produced one at a time (each JSON-ready data)."""

    items: Iterable[Any]


@frozen
class Later:
    """A value computed when the writer reaches it (keys are written in sorted order)."""

    value: Callable[[], Any]


def _spool_file() -> tempfile.SpooledTemporaryFile[str]:
    return tempfile.SpooledTemporaryFile(max_size=_SPOOL_MEMORY, mode="w+", encoding="utf-8")


@define
class Rendered:
    """A value's JSON text, rendered ahead as :func:`write_json` writes it at depth 0."""

    text: str
    _at: dict[int, str] = field(factory=dict, init=False, eq=False, repr=False)

    def at(self, level: int) -> str:
        """The text indented for ``level`` (kept: a fragment may be written many times)."""
        found = self._at.get(level)
        if found is None:
            found = self._at[level] = self.text.replace("\n", "\n" + _INDENT * level)
        return found


class Fragments:
    """The JSON text of immutable objects, rendered once and kept by identity (bounded).

    An object met again (the same object, not an equal one) is written from its text
    instead of being converted and encoded again: the assessments of one incident's
    controllers share many objects (the applicability of every regime that does not
    reach them, the authorities' routing). Identity is safe where equality is not:
    equal model objects may still be written differently (instants equal across UTC
    offsets, citations that differ only in the instrument that sets how they read).
    Each object is kept alive with its text, so that its id is not reused; once ``size``
    are kept, the text used least recently goes first.
    """

    def __init__(self, size: int = 128) -> None:
        self._kept: dict[Hashable, tuple[object, Rendered]] = {}
        self._size = size
        self.reused = 0
        """How many times a kept text was given again."""

    def of(self, convert: Callable[..., Any], obj: object, *args: str | bool) -> Rendered:
        """``convert(obj, *args)`` rendered, from what is kept when met before.

        ``obj`` must be immutable, and ``convert``'s result must depend only on it and on
        ``args`` (strings and booleans, compared by type and value).
        """
        key = (id(obj), convert, *((type(x), x) for x in args))
        found = self._kept.pop(key, None)
        if found is not None:
            self._kept[key] = found  # now the most recently used
            self.reused += 1
            return found[1]
        if len(self._kept) >= self._size:
            del self._kept[next(iter(self._kept))]
        rendered = Rendered(_dumps(convert(obj, *args)))
        self._kept[key] = (obj, rendered)
        return rendered


@define
class Spool:
    """Array items rendered ahead of the array itself, kept in a temporary file.

    ``add`` renders an item as ``json.dumps`` would at any depth; writing the spool as a
    value of a document indents the items to the depth they end up at. JSON text holds
    no raw line feed or NUL inside strings, so each item is stored as one line with its
    own line feeds as NULs.
    """

    file: tempfile.SpooledTemporaryFile[str] = field(factory=_spool_file, init=False)
    count: int = field(default=0, init=False)

    def add(self, item: Any) -> None:
        """Render one item and keep it."""
        self.file.write(_dumps(item).replace("\n", "\0") + "\n")
        self.count += 1

    def items(self) -> Iterator[str]:
        """The items as rendered (one read, then the file is closed)."""
        self.file.seek(0)
        try:
            for line in self.file:
                yield line[:-1].replace("\0", "\n")
        finally:
            self.file.close()


def _dumps(value: Any) -> str:
    return dumps_json(value, indent=2, sort_keys=True)


@functools.lru_cache(maxsize=1024)
def _key(key: str) -> str:
    """A key as written (kept: the documents written one key at a time repeat their keys)."""
    return _dumps(key)


def _has_placeholder(value: Any) -> bool:
    if isinstance(value, Items | Later | Spool | Rendered):
        return True
    return isinstance(value, dict) and any(_has_placeholder(v) for v in value.values())


def write_json(out: IO[str], value: Any, level: int = 0) -> None:
    """Write ``value`` (with placeholders) as indented JSON with sorted keys.

    ``level`` is the depth ``value`` sits at in an enclosing document (0 at the top).
    """
    pad = "\n" + _INDENT * level
    if isinstance(value, Later):
        value = value.value()
    if isinstance(value, Spool):
        value = Items(Rendered(text) for text in value.items())
    if isinstance(value, Rendered):
        out.write(value.at(level))
    elif isinstance(value, Items):
        _write_items(out, value.items, level)
    elif isinstance(value, dict) and _has_placeholder(value):
        inner = pad + _INDENT
        for n, key in enumerate(sorted(value)):
            out.write(("{" if n == 0 else ",") + inner + _key(key) + ": ")
            write_json(out, value[key], level + 1)
        out.write(pad + "}")
    else:
        out.write(_dumps(value).replace("\n", pad))


def _write_items(out: IO[str], items: Iterable[Any], level: int) -> None:
    pad = "\n" + _INDENT * level
    empty = True
    for item in items:
        out.write(("[" if empty else ",") + pad + _INDENT)
        write_json(out, item, level + 1)
        empty = False
    out.write("[]" if empty else pad + "]")
