"""Escaping for text that comes from data.

folium puts popup HTML inside a JavaScript template literal, where `${...}` runs and a backtick ends
the string, so HTML escaping alone is not enough: `$`, backtick and backslash become entities too.
"""

from __future__ import annotations

import re
from typing import Any

# html.escape(quote=True) and the template-literal characters in one pass (same output as both in turn).
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                           "$": "&#36;", "`": "&#96;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$", re.IGNORECASE)


def text(value: Any) -> str:
    """Any value as HTML text that is also inert inside a JS template literal."""
    if value is None:
        return ""
    return str(value).translate(_ENTITIES)


def link(url: Any, label: Any) -> str:
    """An <a> for http(s) URLs only; anything else is shown as plain text."""
    if isinstance(url, str) and _SAFE_URL.match(url):
        return f'<a href="{text(url)}" target="_blank" rel="noopener noreferrer">{text(label)}</a>'
    return text(label)
