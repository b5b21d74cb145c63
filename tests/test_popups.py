"""The popup's cells made a column at a time (Field.column_cells) are the very cells made a row at a time."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from geomap.render import escape
from geomap.render.popups import incident_fields

# Each value a popup can meet: markup, template-literal characters, links safe and not, whitespace of every kind.
_URLS = ["https://news.example.org/a?b=1&c=2", "HTTP://EXAMPLE.ORG/X", "javascript:alert(1)", "", None,
         "https://example.org/a b", "https://example.org/a\u00a0b", "https://example.org/a\u2003", "https://x.org/\n",
         "https://x.org/\"onmouseover=\"alert(1)", "https://x.org/`${alert(1)}`", "ftp://x.org/", "https://"]
_TEXTS = ["Reuters", "<b>AFP</b>", "${alert(1)}", "", None, "a\\b 'c' \"d\" & {e}", "Ḥamza تقرير", "  "]


def _frame() -> pd.DataFrame:
    rows = [(s, u) for s in _TEXTS for u in _URLS]
    return pd.DataFrame({
        "source": pd.array([s for s, _ in rows], dtype="string"), "url": pd.array([u for _, u in rows], dtype="string"),
        "notes": pd.array([_TEXTS[i % len(_TEXTS)] for i in range(len(rows))], dtype="string"),
        "damage": pd.array([_TEXTS[(i + 3) % len(_TEXTS)] for i in range(len(rows))], dtype="string"),
        "claimed_by": pd.array([_TEXTS[(i + 5) % len(_TEXTS)] for i in range(len(rows))], dtype="string"),
        "direction": pd.array(["6.3 km NW of Erbil Citadel", None] * (len(rows) // 2), dtype="string"),
    })


@pytest.mark.parametrize("label", ["Source", "Notes", "Damage", "Claimed by", "From target"])
def test_column_cells_are_the_row_cells(label):
    frame = _frame()
    field = next(f for f in incident_fields(frame.columns) if f.label == label)
    assert field.column_cells is not None
    by_column = field.column_cells(frame)
    assert by_column is not None
    by_row = [field.cell(row) for row in frame.astype(object).where(frame.notna(), None).to_dict("records")]
    assert by_column.to_pylist() == by_row
    if label == "Source":
        assert sum("<a href=" in c for c in by_row) >= 2 * len(_TEXTS)  # links made, not only plain texts


def test_a_column_that_is_not_text_is_left_to_the_row_cells():
    frame = pd.DataFrame({"notes": [1.5, None], "source": [2.0, None], "url": [None, None]})
    for label in ("Notes", "Source"):
        field = next(f for f in incident_fields(frame.columns) if f.label == label)
        assert field.column_cells is not None and field.column_cells(frame) is None


def test_the_arrow_pattern_of_safe_links_is_pythons_for_every_character():
    import pyarrow as pa
    import pyarrow.compute as pc

    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    urls = [f"https://example.org/a{c}b" for c in characters]
    by_python = [escape._SAFE_URL.fullmatch(u) is not None for u in urls]
    by_arrow = pc.match_substring_regex(pa.array(urls), escape._SAFE_URL_RE2, ignore_case=True).to_pylist()
    differ = [hex(ord(c)) for c, p, a in zip(characters, by_python, by_arrow, strict=True) if p != a]
    assert differ == []
    assert re.search(r"\\s", escape._SAFE_URL.pattern)  # the Python pattern's whitespace is what is spelled out
