"""Shared pieces of the importer tests: a messy legacy sheet (fictional people) as rows."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl

HEADERS = ["№", "Дата", "ФИО", "Категория", "Вид угрозы", "Источник угрозы", "Город", "Описание", "Пол"]

# Fictional people. Row 3 and row 6 name one person in Cyrillic and Latin (with and without patronymic).
ROWS = [
    ["1", "09.06.2019", "Касымов Ержан Болатович", "правозащитник", "задержание", "полиция; суд", "Алматы",
     "Задержан у здания суда", "мужчина"],
    ["2", "2019-06-10", "Нурланова Айгуль", "журналист", "избиение, угроза расправой", "полиция/прокуратура",
     "Астана", "Нападение у дома", "женщина"],
    ["3", "June 2019", "Yerzhan Kasymov", "human rights defender", "арест", "суд", "Almaty",
     "Remanded in custody", ""],
    ["4", "май 2021", "Петров Иван; Сидорова Мария Ивановна", "адвокат", "задержание", "полиция", "Шымкент",
     "Задержаны два адвоката", ""],
    ["5", "2019", "Aigul Nurlanova", "журналист", "Избиение", "полиция", "", "", ""],
    ["6", "May–June 2021", "Ержан Касымов", "правозащитник", "задержание\nарест", "полиция", "Алматы",
     "Повторное задержание", ""],
]


def write_csv(path, rows=ROWS, headers=HEADERS, encoding="utf-8", delimiter=";"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(headers)
        w.writerows(rows)
    return path


def write_xlsx(path, rows=ROWS, headers=HEADERS, real_dates: dict[int, dt.date] | None = None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Угрозы"
    ws.append(headers)
    for n, row in enumerate(rows):
        row = list(row)
        if real_dates and n in real_dates:
            row[1] = real_dates[n]
        ws.append(row)
    wb.save(path)
    return path
