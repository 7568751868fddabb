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
    "list.item": ("  - {text}", "  - {text}", "  - {text}"),
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
    "person.merge_undo_none": (
        "There is no merge to undo.",
        "Нет объединения, которое можно отменить.",
        "Болдырмайтын біріктіру жоқ."),
    "person.merge_undo_changed": (
        "The merged record has been edited since; the merge can no longer be undone.",
        "Объединённую запись с тех пор изменили; объединение уже нельзя отменить.",
        "Біріктірілген жазба содан бері өзгертілді; біріктіруді енді болдырмау мүмкін емес."),
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
    "report.option_not_for_kind": (
        "{option} does not apply to a {kind}; leave it out.",
        "{option} не относится к документу «{kind}»; уберите этот параметр.",
        "{option} «{kind}» құжатына қатысты емес; бұл параметрді алып тастаңыз."),
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

# ----- spreadsheet and JSON import: problems by row and column, the check's summary ------------------
CATALOGUE.update({
    "import.at_row_column": (
        "Row {row}, column '{column}': {text}",
        "Строка {row}, столбец «{column}»: {text}",
        "{row}-жол, «{column}» бағаны: {text}"),
    "import.at_row": (
        "Row {row}: {text}",
        "Строка {row}: {text}",
        "{row}-жол: {text}"),
    "import.at_column": (
        "Column '{column}': {text}",
        "Столбец «{column}»: {text}",
        "«{column}» бағаны: {text}"),
    "import.warning": (
        "Warning: {text}",
        "Предупреждение: {text}",
        "Ескерту: {text}"),
    "import.too_many": (
        "Too many problems; only the first {limit} are listed.",
        "Слишком много проблем; показаны только первые {limit}.",
        "Мәселелер тым көп; тек алғашқы {limit} мәселе көрсетілді."),
    "import.column_missing": (
        "the mapping names this column but the file has no such column.",
        "в сопоставлении есть этот столбец, а в файле такого столбца нет.",
        "сәйкестендіруде бұл баған бар, ал файлда мұндай баған жоқ."),
    "import.no_date_column": (
        "No column is mapped to the {what}; map one (every incident needs a date).",
        "Ни один столбец не сопоставлен с полем «{what}»; сопоставьте один (у каждого инцидента должна быть дата).",
        "«{what}» өрісіне бірде-бір баған сәйкестендірілмеген; біреуін сәйкестендіріңіз (әр оқиғаның күні болуы керек)."),
    "import.no_target_column": (
        "No column is mapped to a person or an organisation: the incidents will have no targets and count no "
        "threats.",
        "Ни один столбец не сопоставлен с лицом или организацией: у инцидентов не будет объектов, и угрозы не "
        "будут учтены.",
        "Тұлғаға не ұйымға бірде-бір баған сәйкестендірілмеген: оқиғалардың нысаны болмайды және қатерлер "
        "есепке алынбайды."),
    "import.more_than_one": (
        "more than one {what} given; only the first is kept.",
        "указано несколько значений поля «{what}»; сохраняется только первое.",
        "«{what}» өрісінің бірнеше мәні берілген; тек біріншісі сақталады."),
    "import.mapping_target_unknown": (
        "the mapping sends '{value}' to '{target}', which is neither a code nor a label of the list {what}.",
        "сопоставление переводит «{value}» в «{target}», но это не код и не название из списка «{what}».",
        "сәйкестендіру «{value}» мәнін «{target}» мәніне апарады, бірақ ол «{what}» тізіміндегі код та, атау да емес."),
    "import.mapping_target_unknown_closest": (
        "the mapping sends '{value}' to '{target}', which is neither a code nor a label of the list {what}; "
        "closest: {closest}.",
        "сопоставление переводит «{value}» в «{target}», но это не код и не название из списка «{what}»; "
        "ближайшие: {closest}.",
        "сәйкестендіру «{value}» мәнін «{target}» мәніне апарады, бірақ ол «{what}» тізіміндегі код та, атау да "
        "емес; ең жақындары: {closest}."),
    "import.unmapped_value": (
        "'{value}' is not a known {what} (row(s) {rows}); closest: {closest}. Map it in the mapping to a term "
        "(code or label) or add it as a new term.",
        "«{value}» — неизвестное значение ({what}; строки {rows}); ближайшие: {closest}. Сопоставьте его с "
        "термином (код или название) или добавьте как новый термин.",
        "«{value}» — белгісіз мән ({what}; жолдар: {rows}); ең жақындары: {closest}. Оны терминге (код не "
        "атау) сәйкестендіріңіз немесе жаңа термин ретінде қосыңыз."),
    "import.no_close_term": (
        "no close term",
        "близких терминов нет",
        "жақын термин жоқ"),
    "import.bad_new_code": (
        "the new term code '{code}' may use only lower-case Latin letters, digits, '.' and '_'.",
        "код нового термина «{code}» может состоять только из строчных латинских букв, цифр, «.» и «_».",
        "жаңа термин коды «{code}» тек кіші латын әріптерінен, цифрлардан, «.» және «_» таңбаларынан тұруы керек."),
    "import.no_threat_group": (
        "the new threat type's group '{group}' does not exist.",
        "группы «{group}» для нового вида угрозы не существует.",
        "жаңа қатер түрінің «{group}» тобы жоқ."),
    "import.no_data_rows": (
        "The file has a header but no data rows.",
        "В файле есть заголовок, но нет строк с данными.",
        "Файлда тақырып жолы бар, бірақ деректер жолдары жоқ."),
    "import.repeated_row": (
        "this row repeats an earlier row exactly; both are imported.",
        "эта строка в точности повторяет одну из предыдущих; импортируются обе.",
        "бұл жол алдыңғы бір жолды дәл қайталайды; екеуі де импортталады."),
    "import.city_empty": (
        "the city is empty; the incident will count under no city.",
        "город не указан; инцидент не будет учтён ни в одном городе.",
        "қала көрсетілмеген; оқиға ешбір қалада есепке алынбайды."),
    "import.person_name_too_long": (
        "a person's name is longer than {limit} characters.",
        "имя лица длиннее {limit} знаков.",
        "тұлғаның аты {limit} таңбадан ұзын."),
    "import.organisation_name_too_long": (
        "an organisation's name is longer than {limit} characters.",
        "название организации длиннее {limit} знаков.",
        "ұйымның атауы {limit} таңбадан ұзын."),
    "import.name_no_letters": (
        "a person's name has no letters.",
        "в имени лица нет букв.",
        "тұлғаның атында әріп жоқ."),
    "import.no_target_in_row": (
        "no person or organisation is named in this row; its threat is not counted for anyone.",
        "в этой строке не указано ни лицо, ни организация; её угроза ни к кому не относится.",
        "бұл жолда тұлға да, ұйым да көрсетілмеген; оның қатері ешкімге есептелмейді."),
    "import.no_threat_type": (
        "a target is named but no threat type is given; every threat needs a type.",
        "объект указан, а вид угрозы — нет; у каждой угрозы должен быть вид.",
        "нысан көрсетілген, бірақ қатер түрі берілмеген; әр қатердің түрі болуы керек."),
    "import.lost_letters": (
        "text with '?' in place of letters in row(s) {rows}: the file was saved in an encoding without Kazakh "
        "letters (ә ғ қ ң ө ұ ү һ і became '?'). Names will be imported as they are; better save the sheet as "
        ".xlsx or 'CSV UTF-8' and import that.",
        "текст с «?» вместо букв в строках {rows}: файл сохранён в кодировке без казахских букв (ә ғ қ ң ө ұ ү "
        "һ і стали «?»). Имена будут импортированы как есть; лучше сохраните таблицу как .xlsx или «CSV UTF-8» "
        "и импортируйте её.",
        "{rows} жолдарында әріптердің орнында «?» тұр: файл қазақ әріптері жоқ кодтаумен сақталған (ә ғ қ ң ө ұ "
        "ү һ і «?» болып кеткен). Аттар сол күйінде импортталады; кестені .xlsx немесе «CSV UTF-8» түрінде "
        "сақтап, соны импорттаған дұрыс."),
    "import.place_name_period": (
        "'{value}' was the place's name only {period}; check the date.",
        "«{value}» — название места только в период: {period}; проверьте дату.",
        "«{value}» — бұл жердің тек мына кезеңдегі атауы: {period}; күнін тексеріңіз."),
    "import.region_period": (
        "the region {region} existed only {period}, not on the incident's date; check the date and the region.",
        "регион «{region}» существовал только в период: {period}, а не на дату инцидента; проверьте дату и регион.",
        "«{region}» өңірі тек мына кезеңде болған: {period}, оқиға күнінде емес; күнін және өңірді тексеріңіз."),
    "import.region_old_name": (
        "the region is written as it was at another time; on the incident's date the city was in {region}, "
        "which is recorded.",
        "регион указан таким, каким он был в другое время; на дату инцидента город входил в регион «{region}», "
        "он и записывается.",
        "өңір басқа уақыттағы күйінде жазылған; оқиға күнінде қала «{region}» өңірінде болған, сол жазылады."),
    "import.city_not_in_region": (
        "the city is not in the region given in the same row (on the incident's date).",
        "город не входит в регион, указанный в той же строке (на дату инцидента).",
        "қала сол жолда көрсетілген өңірге кірмейді (оқиға күнінде)."),
    "import.outcome_too_long": (
        "the outcome is longer than {limit} characters.",
        "результат длиннее {limit} знаков.",
        "нәтиже {limit} таңбадан ұзын."),
    "import.date_empty": (
        "the date is empty; every incident needs a date (a day, a month, a year or a range).",
        "дата не указана; у каждого инцидента должна быть дата (день, месяц, год или период).",
        "күні көрсетілмеген; әр оқиғаның күні болуы керек (күн, ай, жыл немесе кезең)."),
    "import.near_registry": (
        "a person here is spelled almost like registry entry {pseudonym} (similarity {score}) and is added as a "
        "new person; if they are one, merge them in the registry afterwards.",
        "лицо здесь написано почти как запись реестра {pseudonym} (сходство {score}) и добавляется как новое "
        "лицо; если это один человек, потом объедините записи в реестре.",
        "мұндағы тұлға тізілімдегі {pseudonym} жазбасына өте ұқсас жазылған (ұқсастығы {score}) және жаңа тұлға "
        "ретінде қосылады; егер бұл бір адам болса, кейін тізілімде біріктіріңіз."),
    "import.near_in_file": (
        "a person here is spelled almost like the person in row {row}; they are imported as two persons (merge "
        "them afterwards if they are one).",
        "лицо здесь написано почти как лицо в строке {row}; они импортируются как два лица (если это один "
        "человек, потом объедините их).",
        "мұндағы тұлға {row}-жолдағы тұлғаға өте ұқсас жазылған; олар екі тұлға ретінде импортталады (бір адам "
        "болса, кейін біріктіріңіз)."),
    "import.more_near": (
        {"one": "{count} more near-identical spelling of persons was not listed.",
         "other": "{count} more near-identical spellings of persons were not listed."},
        {"one": "Ещё {count} почти одинаковое написание лиц не показано.",
         "few": "Ещё {count} почти одинаковых написания лиц не показаны.",
         "many": "Ещё {count} почти одинаковых написаний лиц не показаны."},
        {"one": "Тұлғалардың тағы {count} өте ұқсас жазылуы көрсетілмеді.",
         "other": "Тұлғалардың тағы {count} өте ұқсас жазылуы көрсетілмеді."}),
    "import.patronymics": (
        {"one": "one name is written with {count} different patronymic (rows {rows}): imported as {count} "
                "different person; merge them afterwards if they are one.",
         "other": "one name is written with {count} different patronymics (rows {rows}): imported as {count} "
                  "different persons; merge them afterwards if they are one."},
        {"one": "одно имя написано с {count} разным отчеством (строки {rows}): импортируется как {count} "
                "лицо; если это один человек, потом объедините их.",
         "few": "одно имя написано с {count} разными отчествами (строки {rows}): импортируется как {count} "
                "разных лица; если это один человек, потом объедините их.",
         "many": "одно имя написано с {count} разными отчествами (строки {rows}): импортируется как {count} "
                 "разных лиц; если это один человек, потом объедините их."},
        {"one": "бір ат {count} әкесінің атымен жазылған (жолдар: {rows}): {count} тұлға ретінде импортталады; "
                "бір адам болса, кейін біріктіріңіз.",
         "other": "бір ат {count} түрлі әкесінің атымен жазылған (жолдар: {rows}): {count} түрлі тұлға ретінде "
                  "импортталады; бір адам болса, кейін біріктіріңіз."}),
    "import.patronymics_blank": (
        {"one": "one name is written with {count} different patronymic (rows {rows}): imported as {count} "
                "different person, the rows without a patronymic going to the most frequent one; merge them "
                "afterwards if they are one.",
         "other": "one name is written with {count} different patronymics (rows {rows}): imported as {count} "
                  "different persons, the rows without a patronymic going to the most frequent one; merge them "
                  "afterwards if they are one."},
        {"one": "одно имя написано с {count} разным отчеством (строки {rows}): импортируется как {count} лицо, "
                "строки без отчества относятся к самому частому; если это один человек, потом объедините их.",
         "few": "одно имя написано с {count} разными отчествами (строки {rows}): импортируется как {count} "
                "разных лица, строки без отчества относятся к самому частому; если это один человек, потом "
                "объедините их.",
         "many": "одно имя написано с {count} разными отчествами (строки {rows}): импортируется как {count} "
                 "разных лиц, строки без отчества относятся к самому частому; если это один человек, потом "
                 "объедините их."},
        {"one": "бір ат {count} әкесінің атымен жазылған (жолдар: {rows}): {count} тұлға ретінде импортталады, "
                "әкесінің аты жоқ жолдар ең жиі кездесетініне жатқызылады; бір адам болса, кейін біріктіріңіз.",
         "other": "бір ат {count} түрлі әкесінің атымен жазылған (жолдар: {rows}): {count} түрлі тұлға ретінде "
                  "импортталады, әкесінің аты жоқ жолдар ең жиі кездесетініне жатқызылады; бір адам болса, кейін "
                  "біріктіріңіз."}),
    "import.duplicate_in_file": (
        "this looks like the incident in row {row} (same date, targets and threat types); both are imported.",
        "похоже на инцидент в строке {row} (та же дата, объекты и виды угроз); импортируются оба.",
        "бұл {row}-жолдағы оқиғаға ұқсайды (күні, нысандары және қатер түрлері бірдей); екеуі де импортталады."),
    "import.duplicate_recorded": (
        "this looks like an incident already recorded ({refs}): same date, target and threat type. It is "
        "skipped unless you choose to keep likely duplicates.",
        "похоже на уже записанный инцидент ({refs}): та же дата, объект и вид угрозы. Он будет пропущен, если "
        "вы не решите сохранить вероятные дубликаты.",
        "бұл бұрын жазылған оқиғаға ұқсайды ({refs}): күні, нысаны және қатер түрі бірдей. Ықтимал "
        "қайталанатындарды сақтауды таңдамасаңыз, ол өткізіліп жіберіледі."),
    "import.has_problems": (
        {"one": "The file has {count} problem to fix first; nothing was imported.",
         "other": "The file has {count} problems to fix first; nothing was imported."},
        {"one": "В файле {count} проблема, которую нужно сначала исправить; ничего не импортировано.",
         "few": "В файле {count} проблемы, которые нужно сначала исправить; ничего не импортировано.",
         "many": "В файле {count} проблем, которые нужно сначала исправить; ничего не импортировано."},
        {"one": "Файлда алдымен түзетілуі керек {count} мәселе бар; ештеңе импортталмады.",
         "other": "Файлда алдымен түзетілуі керек {count} мәселе бар; ештеңе импортталмады."}),
    # periods of places through time
    "period.between": ("{start} – {end}", "{start} – {end}", "{start} – {end}"),
    "period.from": ("from {start}", "с {start}", "{start} бастап"),
    "period.until": ("until {end}", "до {end}", "{end} дейін"),
    "period.always": ("always", "всегда", "әрқашан"),
    # the check's summary
    "import.report.file": ("File: {source}", "Файл: {source}", "Файл: {source}"),
    "import.report.counts": (
        "Data rows: {rows}; new incidents: {incidents}; threats: {threats}.",
        "Строк с данными: {rows}; новых инцидентов: {incidents}; угроз: {threats}.",
        "Деректер жолдары: {rows}; жаңа оқиғалар: {incidents}; қатерлер: {threats}."),
    "import.report.registry": (
        "Persons: {new_persons} new, {matched_persons} already in the registry. Organisations: "
        "{new_organisations} new, {matched_organisations} already recorded. New vocabulary terms: {new_terms}.",
        "Лица: новых — {new_persons}, уже в реестре — {matched_persons}. Организации: новых — "
        "{new_organisations}, уже записанных — {matched_organisations}. Новых терминов: {new_terms}.",
        "Тұлғалар: жаңасы — {new_persons}, тізілімде бары — {matched_persons}. Ұйымдар: жаңасы — "
        "{new_organisations}, бұрын жазылғаны — {matched_organisations}. Жаңа терминдер: {new_terms}."),
    "import.report.already_imported": (
        "Incidents imported before (skipped): {count}.",
        "Импортированы раньше и будут пропущены: инцидентов — {count}.",
        "Бұрын импортталған және өткізіліп жіберіледі: {count} оқиға."),
    "import.report.likely_duplicates": (
        "Look like incidents already recorded (same date, target and threat type): {count}; they are skipped "
        "unless you choose to keep them.",
        "Похожи на уже записанные инциденты (та же дата, объект и вид угрозы): {count}; они будут пропущены, "
        "если вы не решите их сохранить.",
        "Бұрын жазылған оқиғаларға ұқсайды (күні, нысаны және қатер түрі бірдей): {count}; оларды сақтауды "
        "таңдамасаңыз, өткізіліп жіберіледі."),
    "import.report.unmapped": (
        "Values not mapped to a term yet: {count}; decide each once in the mapping (--save-mapping writes them "
        "with their closest terms to choose from):",
        "Значений, ещё не сопоставленных с терминами: {count}; решите по каждому один раз в сопоставлении "
        "(--save-mapping запишет их вместе с ближайшими терминами для выбора):",
        "Терминге әлі сәйкестендірілмеген мәндер: {count}; әрқайсысын сәйкестендіруде бір рет шешіңіз "
        "(--save-mapping оларды таңдауға болатын ең жақын терминдерімен жазады):"),
    "import.report.unmapped_line": (
        "{what} '{value}' (column '{column}', row(s) {rows}): closest {closest}",
        "{what} «{value}» (столбец «{column}», строки {rows}): ближайшие — {closest}",
        "{what} «{value}» («{column}» бағаны, жолдар: {rows}): ең жақындары — {closest}"),
    "import.report.errors": (
        "Problems to fix before anything can be imported: {count}",
        "Проблем, которые нужно исправить до импорта: {count}",
        "Импорт алдында түзетілуі керек мәселелер: {count}"),
    "import.report.warnings": (
        "Warnings: {count}",
        "Предупреждений: {count}",
        "Ескертулер: {count}"),
    "import.report.ok": (
        "No errors: the file can be imported.",
        "Ошибок нет: файл можно импортировать.",
        "Қате жоқ: файлды импорттауға болады."),
    "import.report.target_rule": (
        "Column {columns} names persons and organisations; each name is decided by the first of: {steps}; "
        "otherwise a person. Decided: {decided}.",
        "Столбец {columns} называет и лиц, и организации; каждое имя определяется первым подходящим правилом: "
        "{steps}; иначе это лицо. Решено: {decided}.",
        "{columns} бағанында тұлғалар да, ұйымдар да бар; әр атауды бірінші сәйкес келген ереже анықтайды: "
        "{steps}; әйтпесе бұл тұлға. Шешілгені: {decided}."),
    "import.report.decided_by": (
        "{count} by {rule}",
        "{count} — {rule}",
        "{count} — {rule}"),
    "import.rulename.kind": ("kind", "по столбцу вида", "түр бағаны бойынша"),
    "import.rulename.org_marker": ("org marker", "по слову-признаку организации", "ұйым белгісі бойынша"),
    "import.rulename.gender": ("gender", "по полу", "жынысы бойынша"),
    "import.rulename.person_name": ("person name", "по форме имени", "ат пішіні бойынша"),
    "import.rulename.empty_gender": ("empty gender", "по пустому полу", "бос жынысы бойынша"),
    "import.rulename.default": ("default", "по умолчанию", "әдепкі бойынша"),
    "import.rule.kind": (
        "the kind-of-target column says person or organisation",
        "столбец вида объекта говорит «лицо» или «организация»",
        "нысан түрі бағанында «тұлға» немесе «ұйым» деп жазылған"),
    "import.rule.org_marker": (
        "the name holds a word for a kind of organisation (ТОО, ОФ, фонд, коллегия, редакция, профсоюз… from the "
        "organisation kinds' labels and aliases)",
        "в названии есть слово, обозначающее вид организации (ТОО, ОФ, фонд, коллегия, редакция, профсоюз… из "
        "названий и синонимов видов организаций)",
        "атауда ұйым түрін білдіретін сөз бар (ЖШС, ҚҚ, қор, алқа, редакция, кәсіподақ… ұйым түрлерінің "
        "атаулары мен синонимдерінен)"),
    "import.rule.gender": (
        "a gender is given: a person",
        "указан пол: это лицо",
        "жынысы көрсетілген: бұл тұлға"),
    "import.rule.person_name": (
        "the name is shaped like a person's (a patronymic, or a surname such as -ов/-ова/-ева/-ин)",
        "имя похоже на имя человека (есть отчество или фамилия на -ов/-ова/-ева/-ин)",
        "атау адамның атына ұқсайды (әкесінің аты немесе -ов/-ова/-ева/-ин сияқты тегі бар)"),
    "import.rule.empty_gender": (
        "the gender column is empty: an organisation",
        "столбец пола пуст: это организация",
        "жынысы бағаны бос: бұл ұйым"),
})

# ----- the fields an import maps columns to (kkdesk.importer.fields.FIELDS) ---------------------------
CATALOGUE.update({
    "importfield.incident_key": (
        "incident number (rows with the same number are one incident)",
        "номер инцидента (строки с одним номером — один инцидент)",
        "оқиға нөмірі (нөмірі бірдей жолдар — бір оқиға)"),
    "importfield.date": ("date", "дата", "күні"),
    "importfield.title": ("title", "заголовок", "тақырып"),
    "importfield.narrative": ("narrative", "описание", "сипаттама"),
    "importfield.place_detail": ("place detail", "уточнение места", "орнының нақтылауы"),
    "importfield.region": ("region", "регион", "өңір"),
    "importfield.city": ("city", "город", "қала"),
    "importfield.person": ("person (defender) name", "имя лица (правозащитника)", "тұлғаның (құқық қорғаушының) аты"),
    "importfield.organisation": ("organisation", "организация", "ұйым"),
    "importfield.target": (
        "person or organisation (decided row by row)",
        "лицо или организация (решается по каждой строке)",
        "тұлға немесе ұйым (әр жол бойынша шешіледі)"),
    "importfield.target_kind": (
        "kind of target (person or organisation)",
        "вид объекта (лицо или организация)",
        "нысан түрі (тұлға немесе ұйым)"),
    "importfield.org_kind": ("kind of organisation", "вид организации", "ұйым түрі"),
    "importfield.gender": ("gender", "пол", "жынысы"),
    "importfield.category": ("defender category", "категория правозащитника", "құқық қорғаушы санаты"),
    "importfield.threat_type": ("threat type", "вид угрозы", "қатер түрі"),
    "importfield.source_type": ("source of the threat", "источник угрозы", "қатер көзі"),
    "importfield.legal_article": ("legal article", "статья закона", "заң бабы"),
    "importfield.outcome": ("outcome of the threat", "результат угрозы", "қатердің нәтижесі"),
    "importfield.threat_notes": ("notes", "примечания", "ескертпелер"),
    "importfield.reason": ("reason", "причина", "себеп"),
    "importfield.aim": ("aim", "цель", "мақсат"),
    "importfield.tags": ("tags", "метки", "белгілер"),
    "importfield.status": ("status", "статус", "мәртебе"),
    "importfield.confidentiality": ("confidentiality", "конфиденциальность", "құпиялылық"),
    "importfield.source_outlet": ("information source (outlet)", "источник информации (издание)", "ақпарат көзі (басылым)"),
    "importfield.source_url": ("information source link", "ссылка на источник информации", "ақпарат көзінің сілтемесі"),
    "importfield.other": ("field", "поле", "өріс"),
})

# ----- reading an import file, mappings, JSON exports -------------------------------------------------
CATALOGUE.update({
    "read.cannot_read": (
        "The file cannot be read ({reason}).",
        "Файл не удаётся прочитать ({reason}).",
        "Файлды оқу мүмкін емес ({reason})."),
    "read.too_large_for_memory": (
        "The file is too large to read into memory; split it into parts.",
        "Файл слишком велик, чтобы прочитать его в память; разделите его на части.",
        "Файл жадқа оқу үшін тым үлкен; оны бөліктерге бөліңіз."),
    "read.no_file": (
        "There is no file at that path.",
        "По этому пути нет файла.",
        "Бұл жолда файл жоқ."),
    "read.too_large": (
        "The file is {size} MB; files up to {limit} MB can be imported. Split it into parts.",
        "Размер файла {size} МБ; импортировать можно файлы до {limit} МБ. Разделите его на части.",
        "Файл көлемі {size} МБ; {limit} МБ-қа дейінгі файлдарды импорттауға болады. Оны бөліктерге бөліңіз."),
    "read.is_json": (
        "This is a JSON document, not a spreadsheet; a kkdesk JSON export is imported with "
        "kkdesk.importer.json_import (the command line does this by itself).",
        "Это документ JSON, а не таблица; экспорт kkdesk в JSON импортируется через kkdesk.importer.json_import "
        "(командная строка делает это сама).",
        "Бұл кесте емес, JSON құжаты; kkdesk JSON экспорты kkdesk.importer.json_import арқылы импортталады "
        "(командалық жол мұны өзі істейді)."),
    "read.old_excel": (
        "This is an old Excel (.xls) file; save it as .xlsx or .csv and import that.",
        "Это старый файл Excel (.xls); сохраните его как .xlsx или .csv и импортируйте его.",
        "Бұл ескі Excel (.xls) файлы; оны .xlsx немесе .csv түрінде сақтап, соны импорттаңыз."),
    "read.unknown_encoding": (
        "The file's text encoding could not be recognised; save it as 'CSV UTF-8', or name its encoding "
        "(--encoding, e.g. cp1251, koi8-r, cp866, mac-cyrillic).",
        "Не удалось распознать кодировку текста файла; сохраните его как «CSV UTF-8» или укажите кодировку "
        "(--encoding, например cp1251, koi8-r, cp866, mac-cyrillic).",
        "Файл мәтінінің кодтауы анықталмады; оны «CSV UTF-8» түрінде сақтаңыз немесе кодтауын көрсетіңіз "
        "(--encoding, мысалы cp1251, koi8-r, cp866, mac-cyrillic)."),
    "read.not_an_encoding": (
        "'{encoding}' is not a text encoding this program knows (try cp1251, koi8-r, cp866, mac-cyrillic, utf-8 "
        "or utf-16).",
        "«{encoding}» — неизвестная программе кодировка (попробуйте cp1251, koi8-r, cp866, mac-cyrillic, utf-8 "
        "или utf-16).",
        "«{encoding}» — бағдарламаға белгісіз кодтау (cp1251, koi8-r, cp866, mac-cyrillic, utf-8 немесе utf-16 "
        "көріңіз)."),
    "read.wrong_encoding": (
        "The file says it is {encoding} but contains bytes that are not; save it again as 'CSV UTF-8'.",
        "Файл заявлен как {encoding}, но содержит байты не в этой кодировке; сохраните его заново как «CSV UTF-8».",
        "Файл {encoding} деп көрсетілген, бірақ онда бұл кодтауға жатпайтын байттар бар; оны «CSV UTF-8» "
        "түрінде қайта сақтаңыз."),
    "read.line_too_long": (
        "A line of the file is longer than {limit} characters; this is not a sheet kkdesk can import (check the "
        "file, or split long cells).",
        "Строка файла длиннее {limit} знаков; такую таблицу kkdesk импортировать не может (проверьте файл или "
        "разделите длинные ячейки).",
        "Файлдың бір жолы {limit} таңбадан ұзын; kkdesk мұндай кестені импорттай алмайды (файлды тексеріңіз "
        "немесе ұзын ұяшықтарды бөліңіз)."),
    "read.too_many_columns_first": (
        "The first line has more than {limit} columns; this is not a sheet kkdesk can import.",
        "В первой строке больше {limit} столбцов; такую таблицу kkdesk импортировать не может.",
        "Бірінші жолда {limit} бағаннан көп; kkdesk мұндай кестені импорттай алмайды."),
    "read.cell_too_long": (
        "A cell in row {row} is longer than {limit} characters; shorten it.",
        "Ячейка в строке {row} длиннее {limit} знаков; сократите её.",
        "{row}-жолдағы ұяшық {limit} таңбадан ұзын; оны қысқартыңыз."),
    "read.bad_csv": (
        "The file is not valid CSV near row {row}.",
        "Файл не является корректным CSV около строки {row}.",
        "Файл {row}-жолдың маңында дұрыс CSV емес."),
    "read.empty": (
        "The file is empty: no header row was found.",
        "Файл пуст: строка заголовков не найдена.",
        "Файл бос: тақырып жолы табылмады."),
    "read.header_row_missing": (
        "Row {row} is empty or not in the sheet; choose the header row again.",
        "Строка {row} пуста или её нет в таблице; выберите строку заголовков заново.",
        "{row}-жол бос немесе кестеде жоқ; тақырып жолын қайта таңдаңыз."),
    "read.workbook_damaged": (
        "The file looks like a workbook but is damaged; open and save it again.",
        "Файл похож на книгу Excel, но повреждён; откройте и сохраните его заново.",
        "Файл Excel кітабына ұқсайды, бірақ бүлінген; оны ашып, қайта сақтаңыз."),
    "read.workbook_unreadable": (
        "The workbook cannot be read; open it in a spreadsheet program, save it as .xlsx again and retry.",
        "Книгу не удаётся прочитать; откройте её в табличной программе, сохраните заново как .xlsx и повторите.",
        "Кітапты оқу мүмкін емес; оны кесте бағдарламасында ашып, .xlsx түрінде қайта сақтап, қайталаңыз."),
    "read.too_many_sheets": (
        "The workbook has {count} sheets; at most {limit} can be looked through. Copy the sheet to import into a "
        "workbook of its own.",
        "В книге листов: {count}; просмотреть можно не больше {limit}. Скопируйте нужный лист в отдельную книгу.",
        "Кітапта {count} парақ бар; ең көбі {limit} парақты қарауға болады. Импортталатын парақты жеке кітапқа "
        "көшіріңіз."),
    "read.workbook_broken_midway": (
        "The workbook is damaged and cannot be read to the end; nothing was imported. Open it in a spreadsheet "
        "program, save it again and retry.",
        "Книга повреждена и не читается до конца; ничего не импортировано. Откройте её в табличной программе, "
        "сохраните заново и повторите.",
        "Кітап бүлінген және соңына дейін оқылмайды; ештеңе импортталмады. Оны кесте бағдарламасында ашып, "
        "қайта сақтап, қайталаңыз."),
    "read.too_many_parts": (
        "The workbook has too many parts to be a sheet kkdesk can import.",
        "В книге слишком много частей; такую таблицу kkdesk импортировать не может.",
        "Кітапта бөліктер тым көп; kkdesk мұндай кестені импорттай алмайды."),
    "read.unpacks_too_large": (
        "The workbook unpacks to more than {limit} MB; split it into parts.",
        "Книга распаковывается больше чем в {limit} МБ; разделите её на части.",
        "Кітап ашылғанда {limit} МБ-тан асады; оны бөліктерге бөліңіз."),
    "read.zip_bomb": (
        "The workbook unpacks to far more than a real sheet would ({size} MB from {packed} KB); it is refused as "
        "unsafe.",
        "Книга распаковывается в намного больший объём, чем у настоящей таблицы ({size} МБ из {packed} КБ); она "
        "отклонена как небезопасная.",
        "Кітап нағыз кестеден әлдеқайда үлкен көлемге ашылады ({packed} КБ-тан {size} МБ); ол қауіпті ретінде "
        "қабылданбады."),
    "read.no_such_sheet": (
        "The workbook has no sheet with that name; its sheets: {sheets}.",
        "В книге нет листа с таким именем; её листы: {sheets}.",
        "Кітапта мұндай атты парақ жоқ; оның парақтары: {sheets}."),
    "read.no_sheets": (
        "The workbook has no sheets.",
        "В книге нет листов.",
        "Кітапта парақ жоқ."),
    "read.sheet_damaged": (
        "The workbook's sheet is damaged and cannot be read to the end; nothing was imported.",
        "Лист книги повреждён и не читается до конца; ничего не импортировано.",
        "Кітаптың парағы бүлінген және соңына дейін оқылмайды; ештеңе импортталмады."),
    "read.sheet_empty": (
        "The sheet is empty: no header row was found.",
        "Лист пуст: строка заголовков не найдена.",
        "Парақ бос: тақырып жолы табылмады."),
    "read.too_many_merged": (
        "The sheet has more merged ranges than a real sheet would.",
        "На листе больше объединённых диапазонов, чем бывает в настоящей таблице.",
        "Парақта нағыз кестеде болатыннан көп біріктірілген ауқымдар бар."),
    "read.row_too_many_columns": (
        "Row {row} has more than {limit} columns; remove the extra columns.",
        "В строке {row} больше {limit} столбцов; удалите лишние столбцы.",
        "{row}-жолда {limit} бағаннан көп; артық бағандарды жойыңыз."),
    "read.too_many_rows": (
        "The file has more than {limit} rows; split it into parts.",
        "В файле больше {limit} строк; разделите его на части.",
        "Файлда {limit} жолдан көп; оны бөліктерге бөліңіз."),
    "read.note.encoding_guessed": (
        "Text encoding: {encoding}, guessed. If the text looks wrong, name the encoding (--encoding).",
        "Кодировка текста: {encoding}, определена автоматически. Если текст выглядит неправильно, укажите "
        "кодировку (--encoding).",
        "Мәтін кодтауы: {encoding}, автоматты түрде анықталды. Мәтін дұрыс көрінбесе, кодтауды көрсетіңіз "
        "(--encoding)."),
    "read.note.encoding": (
        "Text encoding: {encoding}.",
        "Кодировка текста: {encoding}.",
        "Мәтін кодтауы: {encoding}."),
    "read.note.encoding_chosen": (
        "Text encoding: {encoding}, as chosen.",
        "Кодировка текста: {encoding}, как выбрано.",
        "Мәтін кодтауы: {encoding}, таңдалғандай."),
    "read.note.nul_removed": (
        {"one": "{count} NUL character was removed.", "other": "{count} NUL characters were removed."},
        {"one": "Удалён {count} символ NUL.", "few": "Удалено {count} символа NUL.",
         "many": "Удалено {count} символов NUL."},
        {"one": "{count} NUL таңбасы жойылды.", "other": "{count} NUL таңбасы жойылды."}),
    "read.note.header_row": (
        "Header: row {row} (rows {skipped} above it were skipped as a title).",
        "Заголовки: строка {row} (строки {skipped} над ней пропущены как заглавие).",
        "Тақырыптар: {row}-жол (оның үстіндегі {skipped} жолдары атау ретінде өткізілді)."),
    "read.note.sheets": (
        "The workbook has {count} sheets ({sheets}); reading '{sheet}' (choose another with --sheet).",
        "В книге листов: {count} ({sheets}); читается «{sheet}» (другой можно выбрать через --sheet).",
        "Кітапта {count} парақ бар ({sheets}); «{sheet}» оқылады (басқасын --sheet арқылы таңдаңыз)."),
    "read.note.sheet": ("Sheet: {sheet}.", "Лист: {sheet}.", "Парақ: {sheet}."),
    "read.note.merged": (
        {"one": "Merged cells were filled over the rows they span ({count} cell).",
         "other": "Merged cells were filled over the rows they span ({count} cells)."},
        {"one": "Объединённые ячейки заполнены по всем их строкам ({count} ячейка).",
         "few": "Объединённые ячейки заполнены по всем их строкам ({count} ячейки).",
         "many": "Объединённые ячейки заполнены по всем их строкам ({count} ячеек)."},
        {"one": "Біріктірілген ұяшықтар өз жолдарының бәріне толтырылды ({count} ұяшық).",
         "other": "Біріктірілген ұяшықтар өз жолдарының бәріне толтырылды ({count} ұяшық)."}),
    "read.note.hidden_rows": (
        "Hidden rows (imported like the others; delete them from the sheet if they should not be): {rows}.",
        "Скрытые строки (импортируются как остальные; удалите их из таблицы, если они не нужны): {rows}.",
        "Жасырын жолдар (басқалары сияқты импортталады; қажет болмаса, кестеден жойыңыз): {rows}."),
    "read.note.hidden_columns": (
        "Hidden columns: {columns} (read like the others).",
        "Скрытые столбцы: {columns} (читаются как остальные).",
        "Жасырын бағандар: {columns} (басқалары сияқты оқылады)."),
    "mapping.not_a_mapping": (
        "This is not a kkdesk import mapping (it needs \"format\": \"{format}\").",
        "Это не сопоставление импорта kkdesk (нужно \"format\": \"{format}\").",
        "Бұл kkdesk импорт сәйкестендіруі емес (\"format\": \"{format}\" керек)."),
    "mapping.version": (
        "This mapping has version {found}; this kkdesk reads version {version}.",
        "У этого сопоставления версия {found}; эта версия kkdesk читает версию {version}.",
        "Бұл сәйкестендірудің нұсқасы {found}; бұл kkdesk {version} нұсқасын оқиды."),
    "mapping.columns_shape": (
        "The mapping's \"columns\" must be an object of header: field.",
        "\"columns\" в сопоставлении должен быть объектом вида заголовок: поле.",
        "Сәйкестендірудегі \"columns\" тақырып: өріс түріндегі объект болуы керек."),
    "mapping.unknown_field": (
        "The mapping sends column '{column}' to an unknown field '{name}'. Fields: {fields}.",
        "Сопоставление переводит столбец «{column}» в неизвестное поле «{name}». Поля: {fields}.",
        "Сәйкестендіру «{column}» бағанын белгісіз «{name}» өрісіне апарады. Өрістер: {fields}."),
    "mapping.values_shape": (
        "The mapping's \"values\" must be an object of field: {{value: term}}.",
        "\"values\" в сопоставлении должен быть объектом вида поле: {{значение: термин}}.",
        "Сәйкестендірудегі \"values\" өріс: {{мән: термин}} түріндегі объект болуы керек."),
    "mapping.not_vocab_field": (
        "The mapping has values for '{name}', which is not a vocabulary field.",
        "В сопоставлении есть значения для «{name}», но это поле не из справочника.",
        "Сәйкестендіруде «{name}» үшін мәндер бар, бірақ бұл анықтамалық өрісі емес."),
    "mapping.bad_value_target": (
        "The value '{value}' of {name} must map to a term code (or label), null or {{\"add_term\": {{...}}}}.",
        "Значение «{value}» поля {name} должно переводиться в код термина (или название), null или "
        "{{\"add_term\": {{...}}}}.",
        "{name} өрісінің «{value}» мәні термин кодына (не атауына), null немесе {{\"add_term\": {{...}}}} "
        "мәніне сәйкестендірілуі керек."),
    "mapping.separators_shape": (
        "The mapping's \"separators\" must be a list of non-empty strings.",
        "\"separators\" в сопоставлении должен быть списком непустых строк.",
        "Сәйкестендірудегі \"separators\" бос емес жолдар тізімі болуы керек."),
    "mapping.defaults_shape": (
        "The mapping's \"defaults\" must be an object.",
        "\"defaults\" в сопоставлении должен быть объектом.",
        "Сәйкестендірудегі \"defaults\" объект болуы керек."),
    "mapping.rule_shape": (
        "The mapping's \"target_rule\" must be a list of steps from: {steps}.",
        "\"target_rule\" в сопоставлении должен быть списком шагов из: {steps}.",
        "Сәйкестендірудегі \"target_rule\" мына қадамдардың тізімі болуы керек: {steps}."),
    "mapping.file_too_large": (
        "The mapping file is too large to be a mapping.",
        "Файл сопоставления слишком велик для сопоставления.",
        "Сәйкестендіру файлы сәйкестендіру болу үшін тым үлкен."),
    "mapping.no_file": (
        "There is no mapping file at that path.",
        "По этому пути нет файла сопоставления.",
        "Бұл жолда сәйкестендіру файлы жоқ."),
    "mapping.not_json": (
        "The mapping file is not valid UTF-8 JSON.",
        "Файл сопоставления — не корректный JSON в UTF-8.",
        "Сәйкестендіру файлы дұрыс UTF-8 JSON емес."),
    "json.too_large": (
        "The export file is larger than 1 GB; it cannot be imported in one go.",
        "Файл экспорта больше 1 ГБ; его нельзя импортировать за один раз.",
        "Экспорт файлы 1 ГБ-тан үлкен; оны бір реттен импорттауға болмайды."),
    "json.not_utf8": (
        "The export file is not UTF-8 text.",
        "Файл экспорта — не текст в UTF-8.",
        "Экспорт файлы UTF-8 мәтіні емес."),
    "json.invalid": (
        "The export file is not valid JSON (line {line}); it may be cut short.",
        "Файл экспорта — не корректный JSON (строка {line}); возможно, он обрезан.",
        "Экспорт файлы дұрыс JSON емес ({line}-жол); ол қиылып қалған болуы мүмкін."),
    "json.too_deep": (
        "The export file is nested too deeply to be a kkdesk export.",
        "Файл экспорта слишком глубоко вложен для экспорта kkdesk.",
        "Экспорт файлы kkdesk экспорты болу үшін тым терең салынған."),
    "json.not_export": (
        "This JSON file is not a kkdesk export (it has no \"format\": \"kkdesk-export\").",
        "Этот файл JSON — не экспорт kkdesk (в нём нет \"format\": \"kkdesk-export\").",
        "Бұл JSON файлы kkdesk экспорты емес (онда \"format\": \"kkdesk-export\" жоқ)."),
    "json.version": (
        "This export has format version {found}; this kkdesk reads version {version}. Update kkdesk to import it.",
        "У этого экспорта версия формата {found}; эта версия kkdesk читает версию {version}. Обновите kkdesk, "
        "чтобы импортировать его.",
        "Бұл экспорттың формат нұсқасы {found}; бұл kkdesk {version} нұсқасын оқиды. Оны импорттау үшін "
        "kkdesk-ті жаңартыңыз."),
    "json.kind_not_list": (
        "The export's \"{kind}\" must be a list of records.",
        "\"{kind}\" в экспорте должен быть списком записей.",
        "Экспорттағы \"{kind}\" жазбалар тізімі болуы керек."),
    "json.vocabularies_shape": (
        "The export's \"vocabularies\" must map each vocabulary to a list of terms.",
        "\"vocabularies\" в экспорте должен сопоставлять каждому справочнику список терминов.",
        "Экспорттағы \"vocabularies\" әр анықтамалыққа терминдер тізімін сәйкестендіруі керек."),
    "json.has_problems": (
        "The export has problems; nothing was imported.",
        "В экспорте есть проблемы; ничего не импортировано.",
        "Экспортта мәселелер бар; ештеңе импортталмады."),
    "json.term_no_code": (
        "A term of the list {what} has no code.",
        "У термина из списка «{what}» нет кода.",
        "«{what}» тізіміндегі терминнің коды жоқ."),
    "json.record_no_uuid": (
        "{kind} record {n} has no uuid.",
        "Запись {n} ({kind}) без uuid.",
        "{n}-жазбаның ({kind}) uuid-і жоқ."),
    "json.attachments_shape": (
        "its attachments must be a list of objects.",
        "её вложения должны быть списком объектов.",
        "оның тіркемелері объектілер тізімі болуы керек."),
    "json.record_rejected": (
        "{kind} record {n} cannot be imported: {reason}",
        "Запись {n} ({kind}) нельзя импортировать: {reason}",
        "{n}-жазбаны ({kind}) импорттау мүмкін емес: {reason}"),
    "json.record_clashes": (
        "{kind} record {n} clashes with data already in this database (a repeated identity); nothing was imported.",
        "Запись {n} ({kind}) конфликтует с данными, уже имеющимися в базе (повторяющийся идентификатор); ничего не "
        "импортировано.",
        "{n}-жазба ({kind}) дерекқордағы бар деректермен қайшы келеді (қайталанатын идентификатор); ештеңе "
        "импортталмады."),
    "json.record_malformed": (
        "{kind} record {n} is malformed; nothing was imported.",
        "Запись {n} ({kind}) повреждена; ничего не импортировано.",
        "{n}-жазба ({kind}) бүлінген; ештеңе импортталмады."),
    "kind.terms": ("Term", "термин", "термин"),
    "kind.organisations": ("Organisation", "организация", "ұйым"),
    "kind.persons": ("Person", "лицо", "тұлға"),
    "kind.incidents": ("Incident", "инцидент", "оқиға"),
    "kind.protection_actions": ("Protection action", "защитное действие", "қорғау әрекеті"),
    "kind.follow_ups": ("Follow-up", "последующий шаг", "келесі қадам"),
    "kind.risk_assessments": ("Risk assessment", "оценка риска", "қауіпті бағалау"),
    "kind.other": ("Record", "запись", "жазба"),
})

# ----- the JSON import's summary --------------------------------------------------------------------
CATALOGUE.update({
    "json.report.file": (
        "File: {source} (kkdesk export, profile {profile}).",
        "Файл: {source} (экспорт kkdesk, профиль {profile}).",
        "Файл: {source} (kkdesk экспорты, профилі {profile})."),
    "json.report.deidentified": (
        "This export is de-identified: imported persons and organisations carry pseudonym codes instead of names.",
        "Этот экспорт обезличен: у импортируемых лиц и организаций вместо имён коды-псевдонимы.",
        "Бұл экспорт иесіздендірілген: импортталатын тұлғалар мен ұйымдарда аттың орнына бүркеншік кодтар бар."),
    "json.report.would": (
        "The import would do this: {summary}",
        "Импорт сделает следующее: {summary}",
        "Импорт мынаны істейді: {summary}"),
    "json.report.blocked": (
        "Nothing can be imported:",
        "Ничего нельзя импортировать:",
        "Ештеңені импорттауға болмайды:"),
    "json.summary": (
        "New: {created}. Updated (newer in the file): {updated}. Already here: {unchanged}. Kept as here (not "
        "newer in the file): {kept}. Attachments added: {attachments}.",
        "Новые: {created}. Обновлены (в файле новее): {updated}. Уже есть: {unchanged}. Оставлены как здесь (в "
        "файле не новее): {kept}. Добавлено вложений: {attachments}.",
        "Жаңалары: {created}. Жаңартылғандары (файлда жаңарақ): {updated}. Бұрыннан бары: {unchanged}. Осындағыдай "
        "қалдырылғандары (файлда жаңарақ емес): {kept}. Қосылған тіркемелер: {attachments}."),
    "json.summary.part": ("{kind}: {count}", "{kind}: {count}", "{kind}: {count}"),
    "json.summary.none": ("none", "нет", "жоқ"),
})
