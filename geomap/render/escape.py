"""Escaping for text that comes from data.

folium puts popup HTML inside a JavaScript template literal, where `${...}` runs and a backtick ends
the string, so HTML escaping alone is not enough: `$`, backtick and backslash become entities too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

# html.escape(quote=True) and the template-literal characters in one pass (same output as both in turn).
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                           "$": "&#36;", "`": "&#96;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})
_ENTITY_ORDER = [("&", "&amp;")] + [(chr(c), e) for c, e in _ENTITIES.items() if chr(c) != "&"]
_SAFE_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)  # the whole value (fullmatch)
# The same pattern in RE2's syntax, for Arrow (links): Python's \s spelled out, as RE2's \s is ASCII only.
_WHITESPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
_SAFE_URL_RE2 = rf"^https?://[^{_WHITESPACE}<>\"'`]+$"
_LINK_OPEN, _LINK_MIDDLE, _LINK_CLOSE = '<a href="', '" target="_blank" rel="noopener noreferrer">', "</a>"


def text(value: Any) -> str:
    """Any value as HTML text that is also inert inside a JS template literal."""
    if value is None:
        return ""
    return str(value).translate(_ENTITIES)


def texts(values: pa.Array) -> pa.Array:
    """`text` of each value of an Arrow string array, a pass per character rather than a call per value
    (nulls as ""), as an Arrow array."""
    import pyarrow.compute as pc

    # "&" first, so that no entity written here is escaped again; the others' entities hold none of them.
    for character, entity in _ENTITY_ORDER:
        values = pc.replace_substring(values, character, entity)
    return pc.fill_null(values, "")


def link(url: Any, label: Any) -> str:
    """An <a> for http(s) URLs only; anything else is shown as plain text."""
    if isinstance(url, str) and _SAFE_URL.fullmatch(url):
        return f"{_LINK_OPEN}{text(url)}{_LINK_MIDDLE}{text(label)}{_LINK_CLOSE}"
    return text(label)


def links(urls: pa.Array, labels: pa.Array) -> pa.Array:
    """`link` of each (url, label) of two Arrow string arrays, a column at a time (nulls as missing values)."""
    import pyarrow.compute as pc

    safe = pc.fill_null(pc.match_substring_regex(urls, _SAFE_URL_RE2, ignore_case=True), False)
    label_texts = texts(labels)
    anchors = pc.binary_join_element_wise(_LINK_OPEN, texts(urls), _LINK_MIDDLE, label_texts, _LINK_CLOSE, "")
    return pc.if_else(safe, anchors, label_texts)
