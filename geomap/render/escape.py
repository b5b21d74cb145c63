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
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)


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
    if isinstance(url, str) and _SAFE_URL.match(url):
        return f'<a href="{text(url)}" target="_blank" rel="noopener noreferrer">{text(label)}</a>'
    return text(label)
