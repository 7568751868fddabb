"""Hostile files for the import's limits: each is refused by a check made before any parsing."""

from __future__ import annotations

import zipfile

import openpyxl


def long_header_csv(path, megabytes: int = 10):
    """One header line of `megabytes` MB ("a;a;a;…"), then one data row."""
    with open(path, "wb") as fh:
        fh.write(b"a;" * (megabytes * 512 * 1024))
        fh.write(b"\r\n1;2\r\n")
    return path


def wide_header_csv(path, columns: int = 600):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(";".join(f"c{i}" for i in range(columns)) + "\n" + "1;2\n")
    return path


def inflating_xlsx(path, megabytes: int = 200):
    """A ~200 KB workbook whose sheet unpacks to `megabytes` MB (a zip bomb shaped like a sheet)."""
    wb = openpyxl.Workbook()
    wb.active.append(["Дата", "ФИО"])
    wb.save(path)
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    head, tail = parts[sheet].split(b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for name, data in parts.items():
            if name != sheet:
                dst.writestr(name, data)
        with dst.open(sheet, "w", force_zip64=True) as fh:
            fh.write(head)
            row = b'<row><c t="inlineStr"><is><t>' + b"x" * 1000 + b"</t></is></c></row>"
            chunk = row * 1024
            for _ in range(megabytes * 1024 * 1024 // len(chunk)):
                fh.write(chunk)
            fh.write(b"</sheetData>" + tail)
    return path


def many_sheets_xlsx(path, sheets: int = 120):
    wb = openpyxl.Workbook()
    for i in range(sheets - 1):
        wb.create_sheet(f"S{i}")
    wb.save(path)
    return path
