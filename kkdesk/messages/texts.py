"""The catalogue: every user-facing message code with its text in (en, ru, kk).

A text uses `{name}` for its parameters; a dict of plural forms ({"one", "other"} in en and kk,
{"one", "few", "many"} in ru) is chosen by the parameter `count`. Every translation uses exactly the
parameters of the English text (tests/test_messages.py checks it). Codes are stable: change a text
freely, never reuse a code for another meaning. `field.*` and `vocabname.*` are names quoted inside
other messages. Russian and Kazakh texts avoid agreeing with a quoted name ("{what}: обязательное
поле") so that one text fits every field.
"""

from __future__ import annotations

CATALOGUE: dict[str, tuple] = {
    # ----- generic ---------------------------------------------------------------------------
    "error.generic": (
        "Something went wrong; nothing was saved.",
        "Что-то пошло не так; ничего не сохранено.",
        "Бірдеңе дұрыс болмады; ештеңе сақталмады."),
    "error.unexpected": (
        "Something went wrong; nothing was saved. ({kind})",
        "Что-то пошло не так; ничего не сохранено. ({kind})",
        "Бірдеңе дұрыс болмады; ештеңе сақталмады. ({kind})"),
    # An English sentence raised before it had a code (never on purpose: a test finds such raise sites).
    "error.untranslated": ("{text}", "{text}", "{text}"),
    "error.cancelled": (
        "Cancelled; nothing was written.",
        "Отменено; ничего не записано.",
        "Тоқтатылды; ештеңе жазылмады."),

    # ----- files and the disk (reasons are phrases quoted inside other messages) ---------------
    "os.file_error": (
        "File error: {reason}.",
        "Ошибка файла: {reason}.",
        "Файл қатесі: {reason}."),
    "os.in_use": (
        "the file is open in another program (such as Excel or a PDF viewer), which locks it; close it "
        "there and try again, or save under another name",
        "файл открыт в другой программе (например, в Excel или в программе просмотра PDF), и она его "
        "блокирует; закройте его там и попробуйте снова или сохраните под другим именем",
        "файл басқа бағдарламада ашық (мысалы, Excel немесе PDF қарау бағдарламасында) және ол оны "
        "бұғаттап тұр; оны сонда жауып, қайта көріңіз немесе басқа атпен сақтаңыз"),
    "os.disk_full": (
        "the disk is full",
        "диск заполнен",
        "диск толып қалды"),
    "os.read_only": (
        "the disk is read-only (a write-protected USB stick or card?); choose another place",
        "диск доступен только для чтения (флешка или карта с защитой от записи?); выберите другое место",
        "диск тек оқуға арналған (жазудан қорғалған флешка не карта ма?); басқа орынды таңдаңыз"),
    "os.not_allowed": (
        "writing there is not allowed: the file may be open in another program such as Excel (close it "
        "there), or it or its folder is read-only; close it or choose another place",
        "запись туда запрещена: файл может быть открыт в другой программе, например в Excel (закройте "
        "его там), или он либо его папка доступны только для чтения; закройте его или выберите другое место",
        "ол жерге жазуға рұқсат жоқ: файл басқа бағдарламада (мысалы, Excel-де) ашық болуы мүмкін "
        "(сонда жабыңыз) немесе файл не оның қалтасы тек оқуға арналған; оны жабыңыз не басқа орын таңдаңыз"),
    "os.io_error": (
        "the disk reported an input/output error; it may be full, failing or removed",
        "диск сообщил об ошибке ввода-вывода; возможно, он заполнен, неисправен или извлечён",
        "диск енгізу-шығару қатесін хабарлады; ол толған, ақаулы немесе ажыратылған болуы мүмкін"),
    "os.refused": (
        "the disk refused the write",
        "диск отказал в записи",
        "диск жазудан бас тартты"),
    "file.folder_missing": (
        "The folder to write into does not exist.",
        "Папка, в которую нужно записать, не существует.",
        "Жазылатын қалта жоқ."),
    "file.is_folder": (
        "The output path is a folder; give a file name.",
        "Указана папка, а не файл; укажите имя файла.",
        "Көрсетілген жол — қалта; файл атын беріңіз."),
    "file.not_written": (
        "The file could not be written: {reason}. Nothing was changed.",
        "Не удалось записать файл: {reason}. Ничего не изменено.",
        "Файлды жазу мүмкін болмады: {reason}. Ештеңе өзгертілмеді."),

    # ----- dates ---------------------------------------------------------------------------
    "date.unreadable": (
        "Cannot read the date '{text}'; write it as 2019-06-09, June 2019, 2019 or May–June 2021.",
        "Не удаётся прочитать дату «{text}»; напишите её так: 2019-06-09, июнь 2019, 2019 или май–июнь 2021.",
        "«{text}» күнін оқу мүмкін емес; былай жазыңыз: 2019-06-09, 2019 маусым, 2019 немесе "
        "2021 мамыр–маусым."),
    "date.not_iso": (
        "The date '{text}' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.",
        "«{text}» — не дата вида ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.",
        "«{text}» — ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түріндегі күн емес."),
    "date.not_iso_range": (
        "The date '{text}' is not in the form 2019-06-09 or 2021-05/2021-06.",
        "Дата «{text}» записана не в виде 2019-06-09 или 2021-05/2021-06.",
        "«{text}» күні 2019-06-09 немесе 2021-05/2021-06 түрінде жазылмаған."),
    "date.out_of_years": (
        "The date '{text}' is outside the years {first}–{last}.",
        "Дата «{text}» вне диапазона {first}–{last} гг.",
        "«{text}» күні {first}–{last} жылдар аралығынан тыс."),
    "date.no_such_month": (
        "The date '{text}' has no such month.",
        "В дате «{text}» нет такого месяца.",
        "«{text}» күнінде мұндай ай жоқ."),
    "date.not_real": (
        "The date '{text}' is not a real calendar date.",
        "Даты «{text}» нет в календаре.",
        "«{text}» күні күнтізбеде жоқ."),
    "date.ends_before_start": (
        "The date '{text}' ends before it starts (the second date must come after the first).",
        "Период «{text}» заканчивается раньше, чем начинается (вторая дата должна быть позже первой).",
        "«{text}» кезеңі басталмай тұрып аяқталады (екінші күн біріншіден кейін болуы керек)."),
    "date.bad_language": (
        "Dates can be written in en, ru or kk, not '{lang}'.",
        "Даты можно писать на en, ru или kk, но не на «{lang}».",
        "Күндерді en, ru немесе kk тілінде жазуға болады, «{lang}» тілінде емес."),
    "date.needs_iso": (
        "{what} must be a date like 2019-06-09, 2019-06 or 2019.",
        "{what}: нужна дата вида 2019-06-09, 2019-06 или 2019.",
        "{what}: 2019-06-09, 2019-06 немесе 2019 түріндегі күн керек."),
    "date.needs_day": (
        "{what} must be a day like 2024-03-15.",
        "{what}: нужен день вида 2024-03-15.",
        "{what}: 2024-03-15 түріндегі күн керек."),

    # ----- checks every record shares ----------------------------------------------------
    "value.not_in_list": (
        "{what} must be one of: {allowed}.",
        "{what}: допустимые значения — {allowed}.",
        "{what}: рұқсат етілген мәндер — {allowed}."),
    "text.not_text": (
        "{what} must be text.",
        "{what}: нужен текст.",
        "{what}: мәтін керек."),
    "text.nul": (
        "{what} contains a NUL character.",
        "{what}: содержит символ NUL.",
        "{what}: NUL таңбасы бар."),
    "text.required": (
        "{what} is required.",
        "{what}: обязательное поле.",
        "{what}: міндетті өріс."),
    "text.too_long": (
        "{what} is too long ({length} characters; at most {limit}).",
        "{what}: слишком длинный текст ({length} знаков; не больше {limit}).",
        "{what}: мәтін тым ұзын ({length} таңба; ең көбі {limit})."),
    "record.stale": (
        "This record was changed elsewhere since it was opened; reopen it.",
        "Эту запись изменили в другом месте после того, как она была открыта; откройте её заново.",
        "Бұл жазба ашылғаннан кейін басқа жерде өзгертілді; оны қайта ашыңыз."),
    "vocab.unknown_term": (
        "Unknown {what}: '{code}'. Choose a term from the list.",
        "{what}: неизвестный термин «{code}». Выберите термин из списка.",
        "{what}: «{code}» белгісіз термин. Тізімнен термин таңдаңыз."),
    "vocab.no_term": (
        "There is no term '{code}' in the list {what}.",
        "В списке «{what}» нет термина «{code}».",
        "«{what}» тізімінде «{code}» термині жоқ."),
    "vocab.bad_code": (
        "A term code uses only lower-case Latin letters, digits, '.' and '_'.",
        "Код термина состоит только из строчных латинских букв, цифр, «.» и «_».",
        "Термин коды тек кіші латын әріптерінен, цифрлардан, «.» және «_» таңбаларынан тұрады."),
    "vocab.needs_english": (
        "A term needs at least an English label.",
        "Термину нужно хотя бы английское название.",
        "Терминге кемінде ағылшынша атау керек."),
    "vocab.code_taken": (
        "The list {what} already has a term '{code}'.",
        "В списке «{what}» уже есть термин «{code}».",
        "«{what}» тізімінде «{code}» термині бұрыннан бар."),
    "vocab.cannot_change": (
        "Cannot change {names} of a term.",
        "Нельзя изменить у термина: {names}.",
        "Терминнің мына бөлігін өзгертуге болмайды: {names}."),

    # ----- incidents -------------------------------------------------------------------------
    "incident.not_found": (
        "That incident does not exist (it may have been deleted).",
        "Такого инцидента нет (возможно, его удалили).",
        "Мұндай оқиға жоқ (мүмкін, ол жойылған)."),
    "incident.stale": (
        "This incident was changed elsewhere since it was opened; reopen it.",
        "Этот инцидент изменили в другом месте после того, как он был открыт; откройте его заново.",
        "Бұл оқиға ашылғаннан кейін басқа жерде өзгертілді; оны қайта ашыңыз."),
    "incident.needs_date": (
        "The incident needs a date (a day, a month, a year or a range).",
        "У инцидента должна быть дата (день, месяц, год или период).",
        "Оқиғаның күні болуы керек (күн, ай, жыл немесе кезең)."),
    "incident.city_not_in_region": (
        "The city is not in the chosen region.",
        "Город не входит в выбранный регион.",
        "Қала таңдалған өңірде емес."),
    "incident.target_kind": (
        "Target {target} must be either a person or an organisation.",
        "Объект {target}: укажите либо лицо, либо организацию.",
        "{target}-нысан: не тұлғаны, не ұйымды көрсетіңіз."),
    "incident.target_twice": (
        "Target {target} is listed twice; put all its threats under one entry.",
        "Объект {target} указан дважды; перечислите все его угрозы в одной записи.",
        "{target}-нысан екі рет көрсетілген; оның барлық қатерлерін бір жазбаға жинаңыз."),
    "incident.threat_type_missing": (
        "Target {target}, threat {threat}: choose a threat type.",
        "Объект {target}, угроза {threat}: выберите вид угрозы.",
        "{target}-нысан, {threat}-қатер: қатер түрін таңдаңыз."),
    "incident.criterion_value": (
        "Target {target}, threat {threat}: {criterion} must be one of {allowed}.",
        "Объект {target}, угроза {threat}: критерий «{criterion}» принимает значения {allowed}.",
        "{target}-нысан, {threat}-қатер: «{criterion}» өлшемінің мәндері — {allowed}."),
    "incident.response_type_missing": (
        "Response {response}: choose what kind of response it was.",
        "Реагирование {response}: выберите вид реагирования.",
        "{response}-ден қою: ден қою түрін таңдаңыз."),
    "incident.target_missing": (
        "A target {what} does not exist in the registry.",
        "Объекта ({what}) нет в реестре.",
        "Нысан ({what}) тізілімде жоқ."),
    "attachment.too_large": (
        "The file is larger than 200 MB; store a smaller copy.",
        "Файл больше 200 МБ; сохраните копию поменьше.",
        "Файл 200 МБ-тан үлкен; кішірек көшірмесін сақтаңыз."),
    "attachment.not_found": (
        "That attachment does not exist.",
        "Такого вложения нет.",
        "Мұндай тіркеме жоқ."),

    # ----- persons and organisations ---------------------------------------------------------
    "person.not_found": (
        "That person is not in the registry (it may have been deleted or merged).",
        "Этого лица нет в реестре (возможно, запись удалена или объединена с другой).",
        "Бұл тұлға тізілімде жоқ (жазба жойылған не басқасымен біріктірілген болуы мүмкін)."),
    "person.needs_name": (
        "A person needs a name in Latin or Cyrillic letters.",
        "У лица должно быть имя латиницей или кириллицей.",
        "Тұлғаның аты латын не кирилл әріптерімен жазылуы керек."),
    "person.organisation_missing": (
        "The person's organisation does not exist.",
        "Организации этого лица нет в реестре.",
        "Бұл тұлғаның ұйымы тізілімде жоқ."),
    "person.in_use": (
        {"one": "This person is a target in {count} incident; remove them there first.",
         "other": "This person is a target in {count} incidents; remove them there first."},
        {"one": "Это лицо — объект в {count} инциденте; сначала уберите его оттуда.",
         "few": "Это лицо — объект в {count} инцидентах; сначала уберите его оттуда.",
         "many": "Это лицо — объект в {count} инцидентах; сначала уберите его оттуда."},
        {"one": "Бұл тұлға {count} оқиғада нысан; алдымен оны сол жерден алып тастаңыз.",
         "other": "Бұл тұлға {count} оқиғада нысан; алдымен оны сол жерлерден алып тастаңыз."}),
    "person.merge_same": (
        "Choose two different persons to merge.",
        "Для объединения выберите два разных лица.",
        "Біріктіру үшін екі түрлі тұлғаны таңдаңыз."),
    "organisation.not_found": (
        "That organisation is not in the registry.",
        "Этой организации нет в реестре.",
        "Бұл ұйым тізілімде жоқ."),
    "organisation.in_use": (
        {"one": "This organisation is a target in {count} incident; remove it there first.",
         "other": "This organisation is a target in {count} incidents; remove it there first."},
        {"one": "Эта организация — объект в {count} инциденте; сначала уберите её оттуда.",
         "few": "Эта организация — объект в {count} инцидентах; сначала уберите её оттуда.",
         "many": "Эта организация — объект в {count} инцидентах; сначала уберите её оттуда."},
        {"one": "Бұл ұйым {count} оқиғада нысан; алдымен оны сол жерден алып тастаңыз.",
         "other": "Бұл ұйым {count} оқиғада нысан; алдымен оны сол жерлерден алып тастаңыз."}),

    # ----- casework --------------------------------------------------------------------------
    "casework.not_found": (
        "That casework record does not exist (it may have been deleted).",
        "Такой записи о сопровождении нет (возможно, её удалили).",
        "Мұндай сүйемелдеу жазбасы жоқ (мүмкін, ол жойылған)."),
    "casework.needs_subject": (
        "Say whom or what this concerns: a person, an organisation or an incident.",
        "Укажите, кого или что это касается: лицо, организацию или инцидент.",
        "Бұл кімге не неге қатысты екенін көрсетіңіз: тұлға, ұйым немесе оқиға."),
    "casework.subject_missing": (
        "The record this concerns does not exist (it may have been deleted).",
        "Записи, к которой это относится, нет (возможно, её удалили).",
        "Бұл қатысты жазба жоқ (мүмкін, ол жойылған)."),
    "casework.action_type_missing": (
        "Choose the type of the action.",
        "Выберите вид действия.",
        "Әрекет түрін таңдаңыз."),
    "casework.action_ends_early": (
        "The action cannot end before it started.",
        "Действие не может закончиться раньше, чем началось.",
        "Әрекет басталмай тұрып аяқтала алмайды."),
    "casework.followup_kind_missing": (
        "Choose the kind of the follow-up.",
        "Выберите вид последующего шага.",
        "Келесі қадамның түрін таңдаңыз."),
    "casework.one_subject": (
        "Name exactly one person, organisation or incident.",
        "Укажите ровно одно лицо, одну организацию или один инцидент.",
        "Дәл бір тұлғаны, ұйымды немесе оқиғаны көрсетіңіз."),

    # ----- names of fields, quoted inside the messages above ---------------------------------
    "field.title": ("The title", "Заголовок", "Тақырып"),
    "field.narrative": ("The narrative", "Описание", "Сипаттама"),
    "field.place_detail": ("The place detail", "Уточнение места", "Орнының нақтылауы"),
    "field.status": ("Status", "Статус", "Мәртебесі"),
    "field.confidentiality": ("Confidentiality", "Конфиденциальность", "Құпиялылық"),
    "field.review": ("Review state", "Состояние проверки", "Тексеру күйі"),
    "field.threat_outcome_detail": (
        "Target {target}, threat {threat}: the outcome detail",
        "Объект {target}, угроза {threat}: подробности результата",
        "{target}-нысан, {threat}-қатер: нәтиженің толығырақ сипаты"),
    "field.threat_outcome": (
        "Target {target}, threat {threat}: the outcome",
        "Объект {target}, угроза {threat}: результат",
        "{target}-нысан, {threat}-қатер: нәтижесі"),
    "field.threat_notes": (
        "Target {target}, threat {threat}: the notes",
        "Объект {target}, угроза {threat}: примечания",
        "{target}-нысан, {threat}-қатер: ескертпелер"),
    "field.source_outlet": (
        "Information source {source}: the outlet",
        "Источник информации {source}: издание",
        "{source}-ақпарат көзі: басылым"),
    "field.source_url": (
        "Information source {source}: the URL",
        "Источник информации {source}: ссылка",
        "{source}-ақпарат көзі: сілтеме"),
    "field.source_published": (
        "Information source {source}: the publication date",
        "Источник информации {source}: дата публикации",
        "{source}-ақпарат көзі: жарияланған күні"),
    "field.source_accessed": (
        "Information source {source}: the date accessed",
        "Источник информации {source}: дата обращения",
        "{source}-ақпарат көзі: қаралған күні"),
    "field.source_reliability": (
        "Information source {source}: reliability",
        "Источник информации {source}: достоверность",
        "{source}-ақпарат көзі: сенімділігі"),
    "field.source_notes": (
        "Information source {source}: the notes",
        "Источник информации {source}: примечания",
        "{source}-ақпарат көзі: ескертпелер"),
    "field.response_date": (
        "Response {response}: the date",
        "Реагирование {response}: дата",
        "{response}-ден қою: күні"),
    "field.response_result": (
        "Response {response}: the result",
        "Реагирование {response}: результат",
        "{response}-ден қою: нәтижесі"),
    "field.response_reference": (
        "Response {response}: the reference",
        "Реагирование {response}: номер документа",
        "{response}-ден қою: құжат нөмірі"),
    "field.response_notes": (
        "Response {response}: the notes",
        "Реагирование {response}: примечания",
        "{response}-ден қою: ескертпелер"),
    "field.file_name": ("The file name", "Имя файла", "Файл аты"),
    "field.description": ("The description", "Описание", "Сипаттама"),
    "field.name_latin": ("The Latin name", "Имя латиницей", "Латынша аты"),
    "field.name_cyrillic": ("The Cyrillic name", "Имя кириллицей", "Кириллица аты"),
    "field.alias": ("An alias", "Другое имя", "Басқа аты"),
    "field.gender": ("Gender", "Пол", "Жынысы"),
    "field.risk_level": ("Risk level", "Уровень риска", "Қауіп деңгейі"),
    "field.contact": ("Contact", "Контакты", "Байланыс"),
    "field.notes": ("Notes", "Примечания", "Ескертпелер"),
    "field.organisation_name": ("The organisation's name", "Название организации", "Ұйымның атауы"),
    "field.name_alt": ("The other name", "Другое название", "Басқа атауы"),
    "field.tag": ("A tag", "Метка", "Белгі"),
    "field.actor_kind": ("Who acted", "Кто действовал", "Кім әрекет етті"),
    "field.requested_on": ("The date requested", "Дата запроса", "Сұралған күні"),
    "field.started_on": ("The start date", "Дата начала", "Басталған күні"),
    "field.ended_on": ("The end date", "Дата окончания", "Аяқталған күні"),
    "field.due_on": ("The due date", "Срок", "Мерзімі"),
    "field.done_on": ("The date done", "Дата выполнения", "Орындалған күні"),
    "field.owner": ("The owner", "Ответственный", "Жауапты"),
    "field.assessed_on": ("The assessment date", "Дата оценки", "Бағалау күні"),
    "field.assessor": ("The assessor", "Кто оценивал", "Бағалаушы"),
    "field.facts": ("The facts", "Факты", "Фактілер"),
    "field.pattern": ("The pattern", "Динамика", "Даму барысы"),
    "field.objective": ("The objective", "Цель угрозы", "Қатердің мақсаты"),
    "field.perpetrator": ("Who is behind it", "Кто за этим стоит", "Оның артында кім тұр"),
    "field.feasibility": ("Whether it can be carried out", "Осуществимость", "Жүзеге асырылуы"),
    "field.reason": ("The reason", "Обоснование", "Негіздеме"),
    "field.person": ("person", "лицо", "тұлға"),
    "field.organisation": ("organisation", "организация", "ұйым"),

    # ----- names of the vocabularies ---------------------------------------------------------
    "vocabname.threat_type": ("threat type", "вид угрозы", "қатер түрі"),
    "vocabname.threat_group": ("threat group", "группа угроз", "қатерлер тобы"),
    "vocabname.source_type": ("source of threat", "источник угрозы", "қатер көзі"),
    "vocabname.category": ("defender category", "категория правозащитника", "құқық қорғаушы санаты"),
    "vocabname.region": ("region", "регион", "өңір"),
    "vocabname.city": ("city", "город", "қала"),
    "vocabname.legal_article": ("legal article", "статья закона", "заң бабы"),
    "vocabname.outcome": ("outcome", "результат", "нәтиже"),
    "vocabname.response_type": ("response type", "вид реагирования", "ден қою түрі"),
    "vocabname.reason": ("reason", "причина", "себеп"),
    "report.submission_period_needed": (
        "A UN submission covers a period: give its first and last day (at most four years).",
        "Доклад для ООН охватывает период: укажите его первый и последний день (не более четырёх лет).",
        "БҰҰ-ға баяндама белгілі бір кезеңді қамтиды: оның бірінші және соңғы күнін көрсетіңіз (төрт жылдан аспасын)."),
    "report.submission_period_too_long": (
        "A UN submission covers at most four years (the review's cycle); {start} – {end} is longer. "
        "Choose a shorter period.",
        "Доклад для ООН охватывает не более четырёх лет (цикл обзора); период {start} – {end} длиннее. "
        "Выберите период короче.",
        "БҰҰ-ға баяндама төрт жылдан аспайтын кезеңді қамтиды (шолу циклі); {start} – {end} кезеңі ұзағырақ. "
        "Қысқарақ кезеңді таңдаңыз."),
    "vocabname.aim": ("aim", "цель", "мақсат"),
    "vocabname.org_kind": ("kind of organisation", "вид организации", "ұйым түрі"),
    "vocabname.criterion": ("classification criterion", "критерий классификации", "жіктеу өлшемі"),
    "vocabname.gender": ("gender", "пол", "жынысы"),
    "vocabname.status": ("status", "статус", "мәртебе"),
    "vocabname.confidentiality": ("confidentiality", "конфиденциальность", "құпиялылық"),
    "vocabname.reliability": ("reliability", "достоверность", "сенімділік"),
    "vocabname.risk_level": ("risk level", "уровень риска", "қауіп деңгейі"),
    "vocabname.risk_factor": ("risk factor", "фактор риска", "қауіп факторы"),
    "vocabname.action_type": ("action type", "вид действия", "әрекет түрі"),
    "vocabname.action_status": ("action status", "статус действия", "әрекет мәртебесі"),
    "vocabname.action_outcome": ("action outcome", "итог действия", "әрекет нәтижесі"),
    "vocabname.followup_kind": ("follow-up kind", "вид последующего шага", "келесі қадам түрі"),
    "vocabname.other": ("term", "термин", "термин"),
}
