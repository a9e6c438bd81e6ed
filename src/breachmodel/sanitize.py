r"""One sanitiser for every plain-text output: text, Markdown, drafts, CSV, JSON, terminal.

Incident files are untrusted. A newline in an organisation name must not start a new line
of a report ("Risk: unlikely"); an ANSI escape sequence must not recolour or erase the
terminal; a right-to-left override must not reverse what a reader sees; a CSV cell must
not run as a spreadsheet formula. Every renderer passes the text it takes from an
incident through these functions at the point where it writes it out:

- :func:`one_line` for a value that sits inside one line (a name, an id, a title, a
  reason): every control character, line or paragraph separator and bidirectional
  formatting character is written as a visible escape such as ``\n`` or ``\u202e``.
- :func:`markdown_text` and :func:`markdown_code` for Markdown: one line, with
  Markdown's own characters escaped, or as a code span the text cannot close.
- :func:`printable` for a whole multi-line text: the same, except that ``\n`` is kept.
- :func:`csv_cell` for a CSV cell: :func:`one_line`, then a leading apostrophe on a cell
  a spreadsheet would read as a formula (``=``, ``+``, ``-``, ``@``).
- :func:`dumps_json` for JSON: ``json.dumps`` whose output holds no raw character of
  that kind either (they are written as ``\uXXXX`` escapes, which JSON reads back as
  the same text).

>>> one_line("Acme\nRisk: unlikely")
'Acme\\nRisk: unlikely'
>>> one_line("\x1b[31mred\x1b[0m \u202eevil")
'\\x1b[31mred\\x1b[0m \\u202eevil'
>>> printable("line 1\nline 2\r")
'line 1\nline 2\\r'
>>> csv_cell("=HYPERLINK(1)"), csv_cell(3), csv_cell(None)
("'=HYPERLINK(1)", 3, '')
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any, Final

__all__ = [
    "FORMULA_START",
    "csv_cell",
    "dumps_json",
    "escapes",
    "has_unsafe",
    "markdown_code",
    "markdown_text",
    "one_line",
    "printable",
    "shorten",
]

# C0 and C1 control characters and DEL; the Arabic letter mark, left-to-right and
# right-to-left marks; line and paragraph separators; the bidi embeddings, overrides and
# isolates; the byte-order mark; lone surrogates (which no encoder can write); and the
# invisible characters that can hide or smuggle text: the zero-width space, the word
# joiner and invisible operators (U+2060-U+2064), the deprecated format characters
# (U+206A-U+206F), the interlinear annotation marks (U+FFF9-U+FFFB) and the tag
# characters (U+E0000-U+E007F). The zero-width non-joiner and joiner (U+200C, U+200D)
# are kept: Persian, the Indic scripts and emoji need them to be written correctly.
_CLASS: Final = (
    r"\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f"
    r"\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f"
)
_UNSAFE: Final = re.compile("[" + _CLASS + "]")
_UNSAFE_KEEP_NEWLINE: Final = re.compile(
    "[" + _CLASS.replace(r"\x00-\x1f", r"\x00-\x09\x0b-\x1f") + "]"
)
_SHORT: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}

FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a CSV cell as a formula."""


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    short = _SHORT.get(ch)
    if short is not None:
        return short
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def one_line(text: str) -> str:
    """Escape every character that could break, hide or reorder a line of output."""
    return _UNSAFE.sub(_escape, text)


@functools.cache
def escapes() -> tuple[tuple[str, str], ...]:
    r"""Every character below U+10000 that :func:`one_line` escapes, with its escape.

    For code that cannot call :func:`one_line`: a query run by an engine (the CSV
    manifest of the scoping) replaces each, in SQL. Lone surrogates are left out (no
    engine holds one in a string); so are the tag characters above U+FFFF.

    >>> pairs = dict(escapes())
    >>> pairs["\n"], pairs["\x00"], pairs["\u202e"], len(pairs)
    ('\\n', '\\x00', '\\u202e', 96)
    """
    return tuple(
        (ch, one_line(ch))
        for ch in map(chr, range(0x10000))
        if not 0xD800 <= ord(ch) <= 0xDFFF and _UNSAFE.match(ch)
    )


def markdown_text(text: str) -> str:
    r"""Untrusted text on one line, with Markdown's control characters escaped.

    >>> markdown_text("*bold* | [link]")
    '\\*bold\\* \\| \\[link\\]'
    """
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in one_line(text))


def markdown_code(text: str, *, in_table: bool = False) -> str:
    r"""Untrusted text as a Markdown code span on one line, whatever backticks it holds.

    The fence is one backtick longer than the longest run inside, so the text cannot
    close it; in a table cell a ``|`` is written ``\|`` (GitHub Flavored Markdown reads
    it back as ``|``; nothing else can end a cell early).

    >>> markdown_code("gdpr/notify_controller/acme"), markdown_code("a`b")
    ('`gdpr/notify_controller/acme`', '``a`b``')
    >>> markdown_code("x|y", in_table=True), markdown_code("`x")
    ('`x\\|y`', '`` `x ``')
    """
    text = one_line(text)
    if in_table:
        text = text.replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    if text.startswith("`") or text.endswith("`"):
        text = f" {text} "
    return f"{fence}{text}{fence}"


def printable(text: str) -> str:
    """Like :func:`one_line`, but keep line feeds: for a whole multi-line document."""
    return _UNSAFE_KEEP_NEWLINE.sub(_escape, text)


def has_unsafe(text: str, *, newlines: bool = True) -> bool:
    """Whether ``text`` holds a character :func:`one_line` would escape.

    With ``newlines=True`` (the default) a line feed is allowed, as in a whole document.
    """
    pattern = _UNSAFE_KEEP_NEWLINE if newlines else _UNSAFE
    return pattern.search(text) is not None


def shorten(text: str, limit: int = 80) -> str:
    """Cut a long value for an error message, saying how long it was.

    >>> shorten("k" * 100_000, 10)
    'kkkkkkkkkk... (100,000 characters)'
    """
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text):,} characters)"


def csv_cell(value: str | int | None) -> str | int:
    """A CSV cell: escaped onto one line, and never read as a formula (CSV injection)."""
    if value is None:
        return ""
    if isinstance(value, str):
        value = one_line(value)
        if value.startswith(FORMULA_START):
            return "'" + value
    return value


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)  # JSON writes it as a surrogate pair
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


_FORMAT: Any = None
"""``msgspec.json.format`` once looked up; False when ``msgspec`` is not installed."""


def _formatter() -> Any:
    global _FORMAT  # noqa: PLW0603 - looked up on first use: ``msgspec`` is optional
    if _FORMAT is None:
        try:
            import msgspec  # noqa: PLC0415 - optional extra ('fast')
        except ImportError:
            _FORMAT = False
        else:
            _FORMAT = msgspec.json.format
    return _FORMAT


def _indented(data: Any, indent: int, sort_keys: bool) -> str | None:
    """:func:`dumps_json` with ``indent``, at the C encoder's speed; None if not possible.

    The standard library indents in pure Python; compact output comes from its C
    encoder. With ``msgspec`` (the ``fast`` extra), the compact text, escaped as
    :func:`dumps_json` escapes (only ever inside strings), is re-indented by
    ``msgspec.json.format``, which copies every string and number token as it is and
    lays out objects and arrays exactly as ``json.dumps`` does (``": "`` after a key,
    ``","`` then a new line between items, ``[]`` and ``{}`` when empty). None without
    ``msgspec`` or for what it refuses (NaN and infinities, which are not JSON).
    """
    fmt = _formatter()
    if not fmt:
        return None
    compact = _compact(data, sort_keys)
    if not compact.isascii() or "\x7f" in compact:
        # Compact JSON holds no raw C0 control (the encoder escapes them in strings, and
        # there is no layout yet): ASCII text without DEL has nothing to escape.
        compact = _UNSAFE_KEEP_NEWLINE.sub(_json_escape, compact)
    if compact[0] not in "[{":
        return compact  # a string, number, true, false or null: no layout to add
    try:
        return str(fmt(compact, indent=indent))
    except Exception:  # any refusal: the standard library decides
        return None


def _compact(data: Any, sort_keys: bool) -> str:
    """``json.dumps(data, sort_keys=sort_keys, ensure_ascii=False, separators=(",", ":"))``.

    The standard library's own C encoder, called without ``json.dumps``'s set-up (an
    encoder object and its checks of the arguments, made on every call: half the cost
    of a small value, and many small values are written one by one). A new encoder per
    call, as ``json.dumps`` makes, so that no state is shared between calls or threads.
    """
    make = getattr(json.encoder, "c_make_encoder", None)  # not in the type stubs
    if make is None:  # an interpreter without the C accelerator
        return json.dumps(data, sort_keys=sort_keys, ensure_ascii=False, separators=(",", ":"))
    encode = make(
        {}, _DEFAULT, json.encoder.encode_basestring, None, ":", ",", sort_keys, False, True
    )
    return "".join(encode(data, 0))


_DEFAULT = json.JSONEncoder().default
"""What ``json.dumps`` does with a value it cannot encode: the same ``TypeError``."""


def dumps_json(data: Any, *, indent: int | None = None, sort_keys: bool = False) -> str:
    r"""``json.dumps`` (UTF-8 text, not ASCII-only) with no raw control or bidi character.

    >>> dumps_json({"name": "a\u202eb"})
    '{"name": "a\\u202eb"}'
    >>> print(dumps_json({"b": [], "a": [1.5, {"c": None}]}, indent=2, sort_keys=True))
    {
      "a": [
        1.5,
        {
          "c": null
        }
      ],
      "b": []
    }
    """
    if isinstance(indent, int) and not isinstance(indent, bool) and indent > 0:
        fast = _indented(data, indent, sort_keys)
        if fast is not None:
            return fast
    text = json.dumps(data, indent=indent, sort_keys=sort_keys, ensure_ascii=False)
    # JSON escapes C0 controls inside strings itself (a line feed left here is layout);
    # the other characters only ever occur inside strings.
    return _UNSAFE_KEEP_NEWLINE.sub(_json_escape, text)
