"""Month names, the one table: what dates parse and print and what documents and charts show.

English, Russian and Kazakh, full and short. Russian needs three forms: the nominative for a month
on its own ("июнь 2019 г."), the genitive after a day ("9 июня 2019 г.") and the prepositional,
which is only read ("в мае 2021 года"). Kazakh and Russian names are in lower case, as written
inside a sentence; `name` capitalises a month that stands alone.
"""

from __future__ import annotations

FULL = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"),
}
RU_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
               "октября", "ноября", "декабря")
RU_PREPOSITIONAL = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
                    "октябре", "ноябре", "декабре")
SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    "kk": ("қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"),
}
# Other short forms people write in dates ("Sept. 2019", "февр. 2020"); the parser reads them too.
OTHER_SHORT = {"sept": 9, "февр": 2, "сент": 9, "нояб": 11}


def name(month: int, lang: str) -> str:
    """A month standing alone, capitalised: "June", "Июнь", "Маусым"."""
    text = FULL[lang][month - 1]
    return text[:1].upper() + text[1:]


def short(month: int, lang: str) -> str:
    """A month's short form for a chart axis: "Jun", "июн", "мау"."""
    return SHORT[lang][month - 1]
