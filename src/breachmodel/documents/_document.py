"""The :class:`Document` and its blocks: templates filled safely, rendered three ways.

A block holds a *template* (trusted text from the packaged template files) and the
*values* for its placeholders. Values are untrusted unless wrapped in :class:`Trusted`.
Rendering fills the template with ``str.format_map`` on a mapping whose values are
already escaped for the output format, so user text is never parsed as a template and
never reaches HTML or Markdown unescaped.
"""

from __future__ import annotations

import html
from typing import Literal

from attrs import field, frozen

from breachmodel.sanitize import one_line

__all__ = ["Block", "BlockKind", "Document", "Trusted"]

BlockKind = Literal["title", "heading", "para", "item", "warning"]

_MD_SPECIAL = "\\`*_{}[]<>()#+!|"


class Trusted(str):
    """Text that comes from the packaged templates, not from the incident record."""

    __slots__ = ()


def _md(text: str) -> str:
    out = [("\\" + ch) if ch in _MD_SPECIAL else ch for ch in one_line(text)]
    return "".join(out)


def _text(value: str) -> str:
    return value if isinstance(value, Trusted) else one_line(value)


class _Values(dict[str, str]):
    """A format_map mapping that leaves unknown placeholders as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _to_values(items: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(items)


@frozen(kw_only=True)
class Block:
    """One line or paragraph of a document.

    Attributes:
        kind: ``title``, ``heading``, ``para``, ``item`` (a bullet) or ``warning`` (a
            visible caution, e.g. a draft requested although it is not owed).
        template: Trusted template text with ``{placeholders}``.
        values: The placeholders' values; plain strings are untrusted and escaped,
            :class:`Trusted` ones come from the templates.
        missing: True when the block marks an item "to be completed".
        key: The template's key (which statement the block makes).
    """

    kind: BlockKind
    template: str
    values: tuple[tuple[str, str], ...] = field(default=(), converter=_to_values)
    missing: bool = False
    key: str = ""

    def _template(self) -> str:
        """The template, without a full stop after a value that already ends with one."""
        template = self.template
        for k, v in self.values:
            if v.endswith("."):  # "prepared for Example Inc." not "... Inc.."
                template = template.replace("{" + k + "}.", "{" + k + "}")
        return template

    def fill(self, fmt: Literal["text", "markdown", "html"]) -> str:
        """The block's text for one output format, user values escaped for it."""
        template = self._template()
        if fmt == "html":
            mapping = _Values((k, html.escape(_text(v), quote=True)) for k, v in self.values)
            return html.escape(template, quote=True).format_map(mapping)
        if fmt == "markdown":
            mapping = _Values((k, v if isinstance(v, Trusted) else _md(v)) for k, v in self.values)
            return template.format_map(mapping)
        return template.format_map(_Values((k, _text(v)) for k, v in self.values))


_CSS = (
    ".bmdoc{font-family:system-ui,sans-serif;font-size:14px;line-height:1.5;max-width:46em}"
    ".bmdoc .missing{color:#a60;font-weight:bold}.bmdoc small{color:#555}"
    ".bmdoc .warning{border:2px solid #a00;padding:.5em;color:#a00;font-weight:bold}"
)


@frozen(kw_only=True)
class Document:
    """A drafted document: a notification, a letter or a public notice.

    Attributes:
        kind: ``authority``, ``people``, ``public`` or ``processor``.
        lang: A language code (see :data:`breachmodel.documents.LANGUAGES`).
        blocks: The content, in order.
        footer: A trusted closing note (the disclaimer).
    """

    kind: str
    lang: str
    blocks: tuple[Block, ...]
    footer: str = ""

    @property
    def missing(self) -> tuple[Block, ...]:
        """The blocks marked "to be completed"."""
        return tuple(b for b in self.blocks if b.missing)

    @property
    def warnings(self) -> tuple[Block, ...]:
        """The warning blocks (e.g. a draft requested although not owed)."""
        return tuple(b for b in self.blocks if b.kind == "warning")

    @property
    def keys(self) -> tuple[str, ...]:
        """The template keys of the blocks, in order: which statements the document makes."""
        return tuple(b.key for b in self.blocks)

    def to_text(self) -> str:
        """Plain text."""
        lines: list[str] = []
        for b in self.blocks:
            text = b.fill("text")
            if b.kind == "title":
                lines += [text, "=" * len(text)]
            elif b.kind == "heading":
                lines += ["", text, "-" * len(text)]
            elif b.kind == "item":
                lines.append(f"- {text}")
            elif b.kind == "warning":
                lines += ["", f"/!\\ {text}", ""]
            else:
                if lines and lines[-1] != "" and not lines[-1].startswith("="):
                    lines.append("")
                lines.append(text)
        if self.footer:
            lines += ["", "--", self.footer]
        return "\n".join(lines) + "\n"

    def to_markdown(self) -> str:
        """Markdown (user text escaped)."""
        lines: list[str] = []
        prev: str | None = None
        for b in self.blocks:
            text = b.fill("markdown")
            if b.missing:
                text = text + " ⚠"
            if b.kind == "title":
                lines += [f"# {text}", ""]
            elif b.kind == "heading":
                lines += ["", f"## {text}", ""]
            elif b.kind == "item":
                if prev not in ("item", "heading", "title"):
                    lines.append("")
                lines.append(f"- {text}")
            elif b.kind == "warning":
                lines += ["", f"> **⚠ {text}**", ""]
            else:
                if prev == "item":
                    lines.append("")
                lines += [text, ""]
            prev = b.kind
        if self.footer:
            lines += ["", "---", "", f"*{self.footer}*"]
        text = "\n".join(lines)
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        return text.strip("\n") + "\n"

    def to_html(self) -> str:
        """Self-contained HTML: no JavaScript, every user string escaped."""
        parts: list[str] = []
        in_list = False
        for b in self.blocks:
            text = b.fill("html")
            cls = ' class="missing"' if b.missing else ""
            if b.kind == "item":
                if not in_list:
                    parts.append("<ul>")
                    in_list = True
                parts.append(f"<li{cls}>{text}</li>")
                continue
            if in_list:
                parts.append("</ul>")
                in_list = False
            if b.kind == "title":
                parts.append(f"<h2>{text}</h2>")
            elif b.kind == "heading":
                parts.append(f"<h3>{text}</h3>")
            elif b.kind == "warning":
                parts.append(f'<p class="warning" role="alert">{text}</p>')
            else:
                parts.append(f"<p{cls}>{text}</p>")
        if in_list:
            parts.append("</ul>")
        if self.footer:
            parts.append(f"<hr><p><small>{html.escape(self.footer)}</small></p>")
        return (
            f'<div class="bmdoc" lang="{html.escape(self.lang)}"><style>{_CSS}</style>'
            + "".join(parts)
            + "</div>\n"
        )

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        return f"<Document {self.kind} ({self.lang}), {len(self.blocks)} blocks>"
