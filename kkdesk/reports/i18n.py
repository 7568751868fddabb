"""The fixed words of the documents and exports in English, Russian and Kazakh.

Vocabulary labels come from the database (cdb.vocab); this catalogue holds only the document's own
words: headings, column names, units. A missing key is a programming error (KeyError in tests).
"""

from __future__ import annotations

from kkdesk.errors import InvalidInput

LANGS = ("en", "ru", "kk")

# key: (English, Russian, Kazakh)
_T: dict[str, tuple[str, str, str]] = {
    # documents
    "brief": ("Case brief", "Справка по делу", "Іс бойынша анықтама"),
    "dossier": ("Defender dossier", "Досье правозащитника", "Құқық қорғаушының досьесі"),
    "overview": ("Periodic overview", "Периодический обзор", "Кезеңдік шолу"),
    "mark.public": ("PUBLIC", "ОТКРЫТО", "АШЫҚ"),
    "mark.restricted": ("RESTRICTED", "ОГРАНИЧЕННЫЙ ДОСТУП", "ШЕКТЕУЛІ ҚОЛЖЕТІМДІЛІК"),
    "mark.confidential": ("CONFIDENTIAL", "КОНФИДЕНЦИАЛЬНО", "ҚҰПИЯ"),
    "profile.full": ("full data", "полные данные", "толық деректер"),
    "profile.pseudonymised": ("pseudonymised", "псевдонимизировано", "бүркеншік кодтармен"),
    "profile.public": ("public version", "открытая версия", "ашық нұсқа"),
    "page": ("Page {n} of {m}", "Страница {n} из {m}", "{m} беттің {n}-беті"),
    "generated": ("Generated {date}", "Сформировано {date}", "Жасалған күні {date}"),
    "language": ("Language: English", "Язык: русский", "Тілі: қазақ"),
    "version": ("Version: {profile}", "Версия: {profile}", "Нұсқасы: {profile}"),
    "none": ("None recorded.", "Нет сведений.", "Мәлімет жоқ."),
    "withheld": ("Withheld in this version.", "Не включено в эту версию.", "Бұл нұсқаға енгізілмеген."),
    # facts
    "facts": ("Facts", "Обстоятельства", "Мән-жайлар"),
    "ref": ("Reference", "Номер", "Нөмірі"),
    "title": ("Title", "Название", "Атауы"),
    "date": ("Date", "Дата", "Күні"),
    "place": ("Place", "Место", "Орны"),
    "region": ("Region", "Регион", "Өңір"),
    "city": ("City", "Город", "Қала"),
    "place_detail": ("Details of place", "Уточнение места", "Орынның нақтылауы"),
    "status": ("Status", "Статус", "Мәртебесі"),
    "confidentiality": ("Confidentiality", "Конфиденциальность", "Құпиялылық"),
    "classification": ("Classification", "Классификация", "Жіктелуі"),
    "tags": ("Tags", "Метки", "Белгілер"),
    "reasons": ("Contributing factors", "Причины и факторы", "Себептер мен факторлар"),
    "aims": ("Aims", "Цели", "Мақсаттар"),
    "recorded": ("Recorded", "Записано", "Тіркелген"),
    # targets and threats
    "targets": ("Targets and threats", "Объекты угроз и угрозы", "Қауіп нысандары мен қауіптер"),
    "target": ("Target", "Объект угрозы", "Қауіп нысаны"),
    "person": ("Person", "Лицо", "Тұлға"),
    "organisation": ("Organisation", "Организация", "Ұйым"),
    "category": ("Category", "Категория", "Санаты"),
    "threat": ("Threat", "Угроза", "Қауіп"),
    "threat_type": ("Type of threat", "Вид угрозы", "Қауіп түрі"),
    "threat_group": ("Group", "Группа", "Тобы"),
    "source": ("Source of threat", "Источник угрозы", "Қауіп көзі"),
    "sources": ("Sources of threat", "Источники угрозы", "Қауіп көздері"),
    "articles": ("Legal articles", "Статьи закона", "Заң баптары"),
    "outcome": ("Outcome", "Результат", "Нәтижесі"),
    "notes": ("Notes", "Примечания", "Ескертпелер"),
    "criteria": ("Classification", "Классификация", "Жіктелуі"),
    "narrative": ("Narrative", "Описание", "Сипаттама"),
    # information sources
    "info_sources": ("Information sources", "Источники информации", "Ақпарат көздері"),
    "outlet": ("Outlet", "Источник", "Дереккөз"),
    "url": ("Address (URL)", "Адрес (URL)", "Мекенжай (URL)"),
    "published": ("Published", "Опубликовано", "Жарияланды"),
    "accessed": ("Accessed", "Просмотрено", "Қаралды"),
    "reliability": ("Reliability", "Надёжность", "Сенімділігі"),
    # responses
    "responses": ("Responses", "Реагирование", "Ден қою шаралары"),
    "response_type": ("Action", "Мера", "Шара"),
    "result": ("Result", "Результат", "Нәтижесі"),
    "reference": ("Reference", "Реквизиты", "Деректемелері"),
    # attachments and history
    "attachments": ("Attachments", "Приложения", "Қосымшалар"),
    "filename": ("File", "Файл", "Файл"),
    "size": ("Size, bytes", "Размер, байт", "Көлемі, байт"),
    "sha256": ("SHA-256", "SHA-256", "SHA-256"),
    "description": ("Description", "Описание", "Сипаттамасы"),
    "history": ("History of the record", "История записи", "Жазба тарихы"),
    "when": ("When", "Когда", "Қашан"),
    "who": ("Who", "Кто", "Кім"),
    "action": ("Change", "Изменение", "Өзгеріс"),
    "fields": ("Fields", "Поля", "Өрістер"),
    "history.create": ("created", "создана", "құрылды"),
    "history.update": ("changed", "изменена", "өзгертілді"),
    "history.delete": ("deleted", "удалена", "жойылды"),
    "history.merge": ("merged", "объединена", "біріктірілді"),
    "history.attach": ("attachment added", "добавлено приложение", "қосымша қосылды"),
    "history.detach": ("attachment removed", "удалено приложение", "қосымша жойылды"),
    "attachment_added": ("attachment added", "добавлено приложение", "қосымша қосылды"),
    "attachment_removed": ("attachment removed", "удалено приложение", "қосымша жойылды"),
    "sources_info": ("information sources", "источники информации", "ақпарат көздері"),
    # dossier
    "profile": ("Profile", "Сведения", "Мәліметтер"),
    "name": ("Name", "Имя", "Аты-жөні"),
    "name_latin": ("Name (Latin)", "Имя (латиница)", "Аты-жөні (латын)"),
    "name_cyrillic": ("Name (Cyrillic)", "Имя (кириллица)", "Аты-жөні (кирилл)"),
    "aliases": ("Other names", "Другие имена", "Басқа аттары"),
    "pseudonym": ("Code", "Код", "Коды"),
    "gender": ("Gender", "Пол", "Жынысы"),
    "categories": ("Categories", "Категории", "Санаттары"),
    "kind": ("Kind", "Вид", "Түрі"),
    "risk_level": ("Risk level", "Уровень риска", "Тәуекел деңгейі"),
    "contact": ("Contact", "Контакты", "Байланыс"),
    "timeline": ("Timeline of incidents", "Хронология инцидентов", "Оқиғалар хронологиясы"),
    "by_type": ("Threats by type", "Угрозы по видам", "Қауіптер түрлері бойынша"),
    "by_source": ("Threats by source", "Угрозы по источникам", "Қауіптер көздері бойынша"),
    "duration": ("Duration under threat", "Продолжительность угроз", "Қауіп астында болу ұзақтығы"),
    "first_threat": ("First threat", "Первая угроза", "Алғашқы қауіп"),
    "last_threat": ("Last threat", "Последняя угроза", "Соңғы қауіп"),
    "years_under_threat": ("Calendar years under threat", "Календарных лет под угрозой",
                           "Қауіп астындағы күнтізбелік жылдар"),
    "duration_text": ("{years} calendar year(s), from {first} to {last}",
                      "{years} календ. г., с {first} по {last}",
                      "{years} күнтізбелік жыл, {first} бастап {last} дейін"),
    # casework (dossier and brief)
    "cw.actions": ("Protection actions", "Меры защиты", "Қорғау шаралары"),
    "cw.follow_ups": ("Open follow-ups", "Предстоящие действия и сроки", "Алдағы іс-әрекеттер мен мерзімдер"),
    "cw.risk_history": ("Risk assessments", "Оценки риска", "Тәуекелді бағалау"),
    "cw.action": ("Action", "Мера", "Шара"),
    "cw.who_acted": ("Who acted", "Кто действовал", "Кім әрекет етті"),
    "cw.internal": ("Our team", "Наша команда", "Біздің топ"),
    "cw.partner": ("Partner", "Партнёр", "Серіктес"),
    "cw.dates": ("Dates", "Даты", "Күндері"),
    "cw.outcome": ("Outcome", "Результат", "Нәтижесі"),
    "cw.due": ("Due", "Срок", "Мерзімі"),
    "cw.follow_up": ("Follow-up", "Действие", "Іс-әрекет"),
    "cw.owner": ("Owner", "Ответственный", "Жауапты"),
    "cw.factors": ("Factors", "Факторы", "Факторлар"),
    "cw.assessment": ("Assessment", "Оценка", "Бағалау"),
    "cw.q.facts": ("Facts", "Факты", "Фактілер"),
    "cw.q.pattern": ("Pattern", "Закономерность", "Заңдылық"),
    "cw.q.objective": ("Objective", "Цель", "Мақсаты"),
    "cw.q.perpetrator": ("Who is behind it", "Кто стоит за угрозой", "Қатердің артында кім тұр"),
    "cw.q.feasibility": ("Can it be carried out", "Может ли угроза быть осуществлена", "Қатер жүзеге асуы мүмкін бе"),
    "cw.q.reason": ("Reason for the level", "Обоснование уровня", "Деңгейдің негіздемесі"),
    "t.cw_actions": ("Protection actions by type and outcome", "Меры защиты по видам и результатам",
                     "Қорғау шаралары түрлері мен нәтижелері бойынша"),
    "t.cw_response": ("Time from incident to first protection action", "Время от инцидента до первой меры защиты",
                      "Оқиғадан алғашқы қорғау шарасына дейінгі уақыт"),
    "t.cw_follow_ups": ("Follow-ups due in the period", "Сроки и действия в периоде", "Кезеңдегі мерзімдер мен іс-әрекеттер"),
    "cw.measure": ("Measure", "Показатель", "Көрсеткіш"),
    "cw.value": ("Value", "Значение", "Мәні"),
    "cw.incidents_dated": ("Incidents known to the day", "Инциденты с точной датой", "Күні нақты белгілі оқиғалар"),
    "cw.with_action": ("of which with a protection action", "из них с мерой защиты", "оның ішінде қорғау шарасы барлары"),
    "cw.median_days": ("Median days to the first action", "Медиана дней до первой меры", "Алғашқы шараға дейінгі күндер медианасы"),
    "cw.max_days": ("Longest wait, days", "Наибольшее ожидание, дней", "Ең ұзақ күту, күн"),
    "cw.state.on_time": ("Done on time", "Выполнено в срок", "Мерзімінде орындалды"),
    "cw.state.late": ("Done late", "Выполнено с опозданием", "Кешігіп орындалды"),
    "cw.state.overdue": ("Overdue", "Просрочено", "Мерзімі өтті"),
    "cw.state.open": ("Not yet due", "Срок не наступил", "Мерзімі әлі келген жоқ"),
    "cw.response_note": ("Only incidents known to the exact day are counted; actions dated only to the month are left out.",
                         "Учтены только инциденты с точной датой; меры, датированные лишь месяцем, не учтены.",
                         "Тек күні нақты белгілі оқиғалар есептелді; тек айы белгілі шаралар есепке алынбады."),
    # overview
    "period": ("Period", "Период", "Кезең"),
    "all_time": ("all records", "все записи", "барлық жазбалар"),
    "search_text": ("Text", "Текст", "Мәтін"),
    "filters": ("Filters", "Фильтры", "Сүзгілер"),
    "key_figures": ("Key figures", "Основные показатели", "Негізгі көрсеткіштер"),
    "kf.incidents": ("Incidents", "Инцидентов", "Оқиғалар"),
    "kf.threats": ("Threats", "Угроз", "Қауіптер"),
    "kf.persons": ("Persons threatened", "Лиц под угрозой", "Қауіп төнген тұлғалар"),
    "kf.organisations": ("Organisations threatened", "Организаций под угрозой", "Қауіп төнген ұйымдар"),
    "kf.threat_types": ("Types of threats", "Видов угроз", "Қауіп түрлері"),
    "unit": ("Unit: {unit}", "Единица счёта: {unit}", "Есеп бірлігі: {unit}"),
    "unit.threats": ("threats", "угрозы", "қауіптер"),
    "unit.incidents": ("incidents", "инциденты", "оқиғалар"),
    "unit.persons": ("persons", "лица", "тұлғалар"),
    "unit.organisations": ("organisations", "организации", "ұйымдар"),
    "unit.targets": ("targets (persons and organisations)", "объекты (лица и организации)",
                     "нысандар (тұлғалар мен ұйымдар)"),
    "unit.actions": ("protection actions", "меры защиты", "қорғау шаралары"),
    "unit.follow_ups": ("follow-ups", "действия и сроки", "іс-әрекеттер мен мерзімдер"),
    "unit.persons_threats": ("persons and threats", "лица и угрозы", "тұлғалар және қауіптер"),
    "multi_valued": ("A threat with several sources counts under each; the column does not add up to the total.",
                     "Угроза с несколькими источниками учитывается у каждого; сумма больше общего числа.",
                     "Бірнеше көзі бар қауіп әрқайсысында есептеледі; қосындысы жалпы саннан көп."),
    "t.by_year": ("Threats by year", "Угрозы по годам", "Қауіптер жылдар бойынша"),
    "t.by_month": ("Threats by month", "Угрозы по месяцам", "Қауіптер айлар бойынша"),
    "t.by_city": ("Threats by city", "Угрозы по городам", "Қауіптер қалалар бойынша"),
    "t.by_region": ("Threats by region", "Угрозы по регионам", "Қауіптер өңірлер бойынша"),
    "t.by_category": ("Threats by category of defender", "Угрозы по категориям правозащитников",
                      "Қауіптер құқық қорғаушылар санаттары бойынша"),
    "t.by_type": ("Threats by type: persons and instances", "Угрозы по видам: лица и случаи",
                  "Қауіптер түрлері бойынша: тұлғалар мен жағдайлар"),
    "t.by_source": ("Threats by source", "Угрозы по источникам", "Қауіптер көздері бойынша"),
    "t.by_gender": ("Threats by gender", "Угрозы по полу", "Қауіптер жынысы бойынша"),
    "t.persons_by_year": ("Persons threatened per year", "Лица под угрозой по годам",
                          "Жыл сайын қауіп төнген тұлғалар"),
    "t.per_person": ("Threats per person", "Число угроз на одно лицо", "Бір тұлғаға келетін қауіптер саны"),
    "t.types_per_target": ("Distinct types of threat per target", "Число разных видов угроз на объект",
                           "Бір нысанға келетін қауіп түрлерінің саны"),
    "t.womens_share": ("Threats against women by year", "Угрозы в отношении женщин по годам",
                       "Әйелдерге қатысты қауіптер жылдар бойынша"),
    "t.years_under_threat": ("How long persons stayed under threat", "Как долго лица находились под угрозой",
                             "Тұлғалардың қауіп астында болу ұзақтығы"),
    "women": ("Against women", "В отношении женщин", "Әйелдерге қатысты"),
    "all_threats": ("All threats", "Все угрозы", "Барлық қауіптер"),
    "years_n": ("Calendar years under threat", "Календарных лет под угрозой", "Қауіп астындағы күнтізбелік жылдар"),
    "t.cases": ("List of cases", "Список дел", "Істер тізімі"),
    "year": ("Year", "Год", "Жыл"),
    "month": ("Month", "Месяц", "Ай"),
    "month_unknown": ("month not known", "месяц неизвестен", "айы белгісіз"),
    "not_recorded": ("not recorded", "не указано", "көрсетілмеген"),
    "count": ("Number", "Число", "Саны"),
    "share": ("Share, %", "Доля, %", "Үлесі, %"),
    "persons": ("Persons", "Лица", "Тұлғалар"),
    "organisations": ("Organisations", "Организации", "Ұйымдар"),
    "instances": ("Instances (threats)", "Случаи (угрозы)", "Жағдайлар (қауіптер)"),
    "threats": ("Threats", "Угрозы", "Қауіптер"),
    "incidents": ("Incidents", "Инциденты", "Оқиғалар"),
    "threats_n": ("Threats per person", "Угроз на лицо", "Тұлғаға келетін қауіптер"),
    "types_n": ("Distinct types", "Разных видов", "Әртүрлі түрлер"),
    "total": ("Total", "Всего", "Барлығы"),
    "cases_none": ("No cases match.", "Нет подходящих дел.", "Сәйкес істер жоқ."),
    "targets_col": ("Targets", "Объекты", "Нысандар"),
    # exports
    "incident_ref": ("Incident", "Инцидент", "Оқиға"),
    "incident_title": ("Incident title", "Название инцидента", "Оқиға атауы"),
    "target_kind": ("Target kind", "Вид объекта", "Нысан түрі"),
    "target_code": ("Target code", "Код объекта", "Нысан коды"),
    "target_name": ("Target name", "Имя объекта", "Нысан аты"),
    "year_col": ("Year", "Год", "Жыл"),
    "month_col": ("Month", "Месяц", "Ай"),
    "uuid": ("UUID", "UUID", "UUID"),
}

_INDEX = {lang: n for n, lang in enumerate(LANGS)}

def check_lang(lang: str) -> str:
    if lang not in _INDEX:
        raise InvalidInput(f"Documents can be written in en, ru or kk, not '{lang}'.")
    return lang


def tr(key: str, lang: str, **values) -> str:
    """The catalogue text for key in lang, with {placeholders} filled."""
    text = _T[key][_INDEX[check_lang(lang)]]
    return text.format(**values) if values else text


def iso_day(text: str | None, lang: str) -> str:
    """An ISO day (or partial day) in the document's language via PartialDate.format."""
    from kkdesk.model.dates import PartialDate

    if not text:
        return ""
    try:
        return PartialDate(text[:10]).format(lang)
    except Exception:  # a malformed stored value is shown as it is rather than breaking a document
        return text
