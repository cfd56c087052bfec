"""A griffe extension for the API pages: the docstrings' bits of reST, shown as Markdown.

The package's docstrings are written for ``help()`` and doctest as much as for the web, so they
use a little reST: Sphinx roles (``:class:`Corpus```), doctest blocks, ``::`` literal blocks and
``#:`` comments documenting attributes.  Once mkdocstrings has loaded the package, this
extension rewrites what it will render (the sources are not touched):

* a role becomes a link to the object it names, resolved from the documented object's scope
  like Python names are (``:func:`parse``` in ``kdiplomacy.api``, ``:class:`~kdiplomacy.Timeline```
  to where ``Timeline`` is defined); it is an *optional* link, plain code when its target is
  not on any page (a private helper, the standard library), so a role never breaks the build;
* a doctest block (from a ``>>>`` line to the next blank line) becomes a ``pycon`` code block;
* a paragraph ending in ``::`` ends in ``:`` (its indented block stays a code block);
* an attribute without a docstring takes the ``#:`` comment lines just above it.
"""

from __future__ import annotations

import html
import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|data|mod|exc|obj|const):`(~?)([^`<>]+?)`")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _target(obj: griffe.Object, name: str) -> str:
    """The canonical path of ``name`` seen from ``obj``, or ``name`` itself when unknown."""
    package = obj.package
    first, _, rest = name.partition(".")
    try:
        if first == package.name:
            found: griffe.Object | griffe.Alias = package[rest] if rest else package
        else:
            base = obj.resolve(first)
            if not base.startswith(package.name + "."):
                return name
            found = package[base.removeprefix(package.name + ".")]
            if rest:
                found = found[rest]
        return found.canonical_path
    except Exception:  # any failure to resolve leaves the name as written
        return name


def _roles(obj: griffe.Object, text: str) -> str:
    def link(match: re.Match[str]) -> str:
        short, name = match.group(1), match.group(2).strip().removesuffix("()")
        shown = html.escape(name.rsplit(".", 1)[-1] if short else name)
        target = html.escape(_target(obj, name), quote=True)
        return f'<autoref identifier="{target}" optional><code>{shown}</code></autoref>'

    return _ROLE.sub(link, text)


def _doctests(text: str) -> str:
    """Fence every doctest block that is not already inside a code block."""
    out: list[str] = []
    in_fence = in_doctest = False
    indent = ""
    for line in text.splitlines():
        stripped = line.strip()
        if _FENCE.match(line) and not in_doctest:
            in_fence = not in_fence
        elif not in_fence and not in_doctest and stripped.startswith(">>>"):
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f"{indent}```pycon")
            in_doctest = True
        elif in_doctest and not stripped:
            out.append(f"{indent}```")
            in_doctest = False
        out.append(line)
    if in_doctest:
        out.append(f"{indent}```")
    return "\n".join(out)


def _literal_blocks(text: str) -> str:
    """``Format::`` + an indented block: keep the block, drop the second colon."""
    return re.sub(r"(?m)(\S)::$", r"\1:", text)


def _comment_docstring(obj: griffe.Object) -> None:
    """Give an attribute documented by ``#:`` comments above it that text as its docstring."""
    if obj.docstring is not None or obj.lineno is None or obj.filepath is None or isinstance(obj.filepath, list):
        return
    lines = obj.lines_collection[obj.filepath] if obj.filepath in obj.lines_collection else []  # noqa: SIM401 (no .get)
    comments: list[str] = []
    number = obj.lineno - 1  # the line above, 1-based → index
    while number > 0 and lines[number - 1].strip().startswith("#:"):
        comments.insert(0, lines[number - 1].strip()[2:].strip())
        number -= 1
    if comments:
        obj.docstring = griffe.Docstring("\n".join(comments), lineno=number + 1, parent=obj)


def _rewrite(obj: griffe.Object) -> None:
    if obj.is_attribute:
        _comment_docstring(obj)
    if obj.docstring is not None:
        obj.docstring.value = _literal_blocks(_doctests(_roles(obj, obj.docstring.value)))
    for member in obj.members.values():
        if not member.is_alias and isinstance(member, griffe.Object):
            _rewrite(member)


class SphinxMarkup(griffe.Extension):
    """Rewrite the docstrings of the whole package once it is loaded (names resolve then)."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        _rewrite(pkg)
