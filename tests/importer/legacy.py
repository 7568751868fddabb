"""A realistic legacy monitoring sheet (every name fictional) in the shapes monitors really keep.

One row per threat; the rows of one incident share a merged number, date and description; one
column "ФИО / Организация" holds persons and organisations (gender empty for organisations);
gender written жен/муж/ж/м/әйел/ер/F/M; dates in mixed forms; places named as of their date
(Семей 2019 in East Kazakhstan, Талдыкорган 2021 in Almaty region, Нур-Султан 2020).

write_xlsx() writes it with a merged title row above the header; write_csv() in any encoding
(Kazakh letters become Russian ones for the one-byte Cyrillic encodings, or "?" the way Excel
saves them with damaged=True). EXPECTED holds the figures a correct import must give.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
from openpyxl.styles import Font

TITLE = "Мониторинг давления на правозащитников и юристов, 2019–2023 (рабочая таблица)"
SUBTITLE = "Составлено координатором; версия от 10.01.2024"
HEADERS = ["№ п/п", "Дата", "ФИО / Организация", "Пол", "Категория", "Вид угрозы", "Источник угрозы",
           "Город", "Область", "Описание", "Источник информации"]

# (number, date, [(target, gender, category, threat, source)], city, region, description, outlet)
# Dates are text except where a datetime.date stands (a real date cell in the XLSX; text in CSV).
INCIDENTS = [
    ("1", "12.03.2019", [("Абенова Гүлнар Серікқызы", "жен", "правозащитница", "задержание", "полиция"),
                         ("Абенова Гүлнар Серікқызы", "жен", "правозащитница", "обыск", "полиция")],
     "Семей", "ВКО", "Задержана после пикета, дома проведён обыск", "Телеграм-канал «Дала»"),
    ("2", dt.date(2019, 5, 20), [("ТОО «Адал Кеңес»", "", "", "налоговая проверка", "налоговая")],
     "Шымкент", "", "Внеплановая проверка юридической фирмы", ""),
    ("3", "07.11.2019", [("Коллегия адвокатов Южного региона", "", "", "дисциплинарное преследование",
                          "прокуратура")],
     "Шымкент", "г. Шымкент", "Представление прокурора в дисциплинарную комиссию", "сайт коллегии"),
    ("4", "2020", [("Редакция газеты «Дала Тынысы»", "", "", "блокировка сайта", "Министерство информации")],
     "Алматы", "", "Сайт газеты заблокирован без решения суда", ""),
    ("5", "22.06.2020", [("Мұхамбетов Нұрлан Ерланұлы", "м", "адвокат", "недопуск к подзащитному", "СИЗО"),
                         ("Мұхамбетов Нұрлан Ерланұлы", "м", "адвокат", "оскорбление",
                          "клиент, его родственники")],
     "Уральск", "ЗКО", "Адвоката не пустили к подзащитному; родственники потерпевшего оскорбляли", ""),
    ("6", "15.09.2021", [("Жаңбыршина Әсел", "ж", "журналист", "угрозы по телефону", "неизвестные")],
     "Талдыкорган", "Алматинская обл.", "Звонки с угрозами после публикации", "Радио «Азаттық»"),
    ("7", "март 2021", [("Юридическая консультация «Әділ Шешім»", "", "", "обыск в офисе", "КНБ"),
                        ("Тлеубаева Айнұр", "әйел", "юрконсультант", "допрос свидетелем", "КНБ")],
     "Усть-Каменогорск", "Восточно-Казахстанская обл.", "Обыск в консультации, юриста допросили", ""),
    ("8", "03/02/2022", [("Сергеев Павел Игоревич", "M", "журналист", "нападение", "неизвестные лица")],
     "Актобе", "", "Нападение у подъезда", "Kaz.Media"),
    ("9", "14.10.2022", [("Абенова Гүлнар", "жен", "правозащитница", "угроза убийством", "неизвестные")],
     "Семей", "область Абай", "Угроза в мессенджере", ""),
    ("10", "5 мая 2023", [("ОФ «Құқық Көмегі»", "", "", "ликвидация", "Минюст")],
     "Караганда", "Карагандинская обл.", "Иск о ликвидации фонда", ""),
    ("11", "01.08.2023", [("Профсоюз горняков «Бірлік»", "", "", "давление", "акимат")],
     "Жезказган", "область Ұлытау", "Давление на профсоюз через акимат", ""),
    ("12", dt.date(2023, 2, 10), [("Касенова Динара Маратовна", "F", "правозащитник", "слежка", "КНБ"),
                                  ("Касенова Динара Маратовна", "F", "правозащитник", "взлом аккаунта", "КНБ")],
     "Астана", "", "Слежка и взлом почты", ""),
    ("13", "06.01.2022", [("Бекмұратов Ерлан", "ер", "гражданский активист", "задержание", "полиция"),
                          ("Бекмұратов Ерлан", "ер", "гражданский активист", "административный арест", "суд")],
     "Алматы", "", "Задержан на площади, арестован на 10 суток", ""),
    ("14", "2021", [("Касенова Динара Ерлановна", "жен", "блогер", "штраф", "суд")],
     "Павлодар", "Павлодарская обл.", "Штраф за пост", ""),
    ("15", "18.05.2021", [("", "", "", "обыск в офисе", "полиция")],
     "Павлодар", "", "Обыск в офисе без указания пострадавших", ""),
    ("16", "2020-10-02", [("Ахметов Тимур Даулетович", "", "блогер", "травля в интернете",
                           "провластные активисты")],
     "", "", "Травля после эфира", ""),
    ("17", "04.04.2020", [("Фонд «Ашық Алаң»", "", "", "проверка", "налоговая")],
     "Нур-Султан", "", "Проверка фонда", ""),
]

# What a correct import gives: per person (incidents, threats) and per organisation (incidents, threats),
# keyed by a fragment of the name as written. Two Касенова with different patronymics are two people.
EXPECTED_PERSONS = {"Абенова": (2, 3), "Мухамбетов": (1, 2), "Жанбыршина": (1, 1), "Тлеубаева": (1, 1),
                    "Сергеев": (1, 1), "Касенова Динара Маратовна": (1, 2),
                    "Касенова Динара Ерлановна": (1, 1), "Бекмуратов": (1, 2), "Ахметов": (1, 1)}
EXPECTED_ORGANISATIONS = {"Адал": (1, 1), "Коллегия": (1, 1), "Дала Тынысы": (1, 1), "Әділ": (1, 1),
                          "Құқық": (1, 1), "Бірлік": (1, 1), "Ашық": (1, 1)}
EXPECTED_INCIDENTS = 17  # row 15 (no target) is still an incident, with a warning
EXPECTED_THREATS = 21    # threats of named targets (22 rows, one without a target)
EXPECTED_GENDERS = {"female": 5, "male": 3, "unknown": 1}

_RU_FOR_KK = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


_ASCII = {"«": '"', "»": '"', "–": "-", "—": "-", "№": "N"}


def _encode_char(ch: str, encoding: str) -> bytes:
    try:
        return ch.encode(encoding)
    except UnicodeEncodeError:
        return _ASCII.get(ch, "?").encode(encoding)


def rows(date_as_text: bool = True) -> list[list]:
    """The sheet's data rows (one per threat) with number, date and description on every row."""
    out = []
    for number, date, targets, city, region, text, outlet in INCIDENTS:
        for target, gender, category, threat, source in targets:
            d = date.strftime("%d.%m.%Y") if (date_as_text and isinstance(date, dt.date)) else date
            out.append([number, d, target, gender, category, threat, source, city, region, text, outlet])
    return out


def write_xlsx(path, hidden_column: bool = False, extra_sheets: bool = True):
    """The workbook as a coordinator keeps it: a merged title and subtitle above the header, the
    number, date and description merged down over the rows of one incident, a notes sheet first."""
    wb = openpyxl.Workbook()
    if extra_sheets:
        notes = wb.active
        notes.title = "Пояснения"
        notes.append(["Таблица ведётся с 2019 года. Одна строка — одна угроза."])
        ws = wb.create_sheet("Угрозы 2019-2023")
    else:
        ws = wb.active
        ws.title = "Угрозы 2019-2023"
    width = len(HEADERS)
    ws.append([TITLE] + [None] * (width - 1))
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([SUBTITLE] + [None] * (width - 1))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws.append(HEADERS)
    r = 4
    for number, date, targets, city, region, text, outlet in INCIDENTS:
        first = r
        for n, (target, gender, category, threat, source) in enumerate(targets):
            if n == 0:
                ws.append([int(number), date, target, gender, category, threat, source, city, region, text,
                           outlet])
            else:  # merged cells keep their value only in the top cell
                ws.append([None, None, target, gender, category, threat, source, city, region, None, outlet])
            r += 1
        if r - first > 1:
            for col in (1, 2, 10):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    if hidden_column:
        ws.column_dimensions["K"].hidden = True
    wb.save(path)
    return path


def csv_text(delimiter: str = ";") -> str:
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow([TITLE] + [""] * (len(HEADERS) - 1))
    w.writerow(HEADERS)
    w.writerows(rows())
    return out.getvalue()


def write_csv(path, encoding: str = "cp1251", delimiter: str = ";", damaged: bool = False):
    """The sheet saved as CSV. One-byte Cyrillic encodings cannot hold Kazakh letters: they are
    written as the Russian letters monitors use instead, or as "?" (damaged=True, as Excel does)."""
    text = csv_text(delimiter)
    if encoding.replace("-", "").replace("_", "").lower() not in ("utf8", "utf8sig", "utf16"):
        if not damaged:
            text = text.translate(_RU_FOR_KK)
        # Punctuation the encoding lacks (KOI8-R has no «»–) becomes ASCII; letters become "?".
        data = b"".join(_encode_char(ch, encoding) for ch in text)
    else:
        data = text.encode(encoding)
    with open(path, "wb") as fh:
        fh.write(data)
    return path
