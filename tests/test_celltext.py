"""Cells as text a column at a time (geomap.celltext) give what Python's csv and json modules give cell by cell."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math

import pandas as pd
import pytest

from geomap import celltext

COLUMNS = {
    "text": pd.Series(["plain", "=HYPERLINK(\"x\")", "a,b", 'say "hi"', "two\nlines", "tab\tin", "\x01ctl", "é ☃",
                       None, "-3", "@cmd", "back\\slash"], dtype="str"),
    "whole": pd.Series([1, None, 3, -4, 0, 7, 8, 9, 10, 11, 12, 13], dtype="Int64"),
    "real": pd.Series([0.1, 3.0, math.nan, math.inf, -0.0, 1e16, 1.5e-7, 33.3, 44.0, 2.5, -1.25, 1e22]),
    "day": pd.Series([dt.date(2021, 1, d) for d in range(1, 12)] + [None], dtype=object),
    "flag": pd.Series([True, False] * 6, dtype=object),
    "repeated": pd.Series(["same, text"] * 12, dtype="str"),
}


@pytest.mark.parametrize("name", COLUMNS)
def test_csv_fields_are_what_the_csv_module_writes(name):
    column = COLUMNS[name]
    fields = celltext.csv_texts(column).to_pylist()
    for value, field in zip(column.tolist(), fields, strict=True):
        buffer = io.StringIO()
        # (a field beside another: the csv module quotes an empty field alone on its row)
        csv.writer(buffer, lineterminator="\r\n").writerow([celltext.python_csv_cell(value), "next"])
        if isinstance(value, float) and math.isfinite(value):
            assert float(field) == value  # Arrow's shortest text, which reads back as the same number
        elif isinstance(value, float):
            assert field == ""  # NaN and the infinities: no number a spreadsheet reads
        else:
            assert field + ",next\r\n" == buffer.getvalue(), (value, field)  # as export.write_csv writes


@pytest.mark.parametrize("name", COLUMNS)
def test_json_values_read_back_as_the_values(name):
    column = COLUMNS[name]
    for value, text in zip(column.tolist(), celltext.json_texts(column).to_pylist(), strict=True):
        read = json.loads(text)
        if value is None or (isinstance(value, float) and not math.isfinite(value)) or value is pd.NA:
            assert read is None
        elif isinstance(value, dt.date):
            assert read == value.isoformat()
        else:
            assert read == value
            if isinstance(value, str):
                assert text == json.dumps(value, ensure_ascii=False)


def test_rows_too_big_for_a_string_array_are_joined_as_large_strings(monkeypatch):
    pieces = [COLUMNS["text"].fillna(""), ",", COLUMNS["repeated"]]
    arrays = [p if isinstance(p, str) else celltext.csv_texts(p) for p in pieces]
    small = bytes(celltext.bytes_of(celltext.joined(arrays, "\r\n")))
    monkeypatch.setattr(celltext, "_LARGE", 0)
    large = celltext.joined(arrays, "\r\n")
    assert str(large.type) == "large_string" and bytes(celltext.bytes_of(large)) == small
