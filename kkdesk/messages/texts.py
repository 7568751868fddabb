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

    # ----- review and links (records/review.py, records/links.py) ------------------------------
    "review.needs_comment": (
        "Say what should be fixed: a returned record needs a comment.",
        "Укажите, что исправить: возвращённой записи нужен комментарий.",
        "Нені түзету керегін жазыңыз: қайтарылған жазбаға пікір қажет."),
    "review.reopen_needs_comment": (
        "Say why the verification is taken back: reopening needs a comment.",
        "Укажите, почему подтверждение отменяется: для этого нужен комментарий.",
        "Растаудың неге кері қайтарылатынын жазыңыз: ол үшін пікір қажет."),
    "review.unknown_step": (
        "That is not a step of the review.",
        "Такого шага проверки нет.",
        "Тексеруде мұндай қадам жоқ."),
    "review.cannot_submit": (
        "Only a draft or a returned record can be submitted.",
        "Отправить на проверку можно только черновик или возвращённую запись.",
        "Тексеруге тек жобаны немесе қайтарылған жазбаны жіберуге болады."),
    "review.cannot_return": (
        "Only a submitted record can be returned.",
        "Вернуть можно только запись, отправленную на проверку.",
        "Тек тексеруге жіберілген жазбаны қайтаруға болады."),
    "review.cannot_verify": (
        "Only a submitted record can be verified.",
        "Подтвердить можно только запись, отправленную на проверку.",
        "Тек тексеруге жіберілген жазбаны растауға болады."),
    "review.cannot_reopen": (
        "Only a verified record can be reopened.",
        "Отменить подтверждение можно только у проверенной записи.",
        "Растауды тек тексерілген жазбадан кері қайтаруға болады."),
    "review.own_record": (
        "You edited or submitted this record last: someone else must review it.",
        "Вы последним изменили или отправили эту запись: проверить её должен кто-то другой.",
        "Бұл жазбаны соңғы болып сіз өзгерттіңіз не жібердіңіз: оны басқа біреу тексеруі керек."),
    "review.step_malformed": (
        "A review step is malformed.",
        "Шаг проверки записан неверно.",
        "Тексеру қадамы қате жазылған."),
    "field.comment": ("The comment", "Комментарий", "Пікір"),
    "field.review_state": ("Review state", "Состояние проверки", "Тексеру күйі"),
    "field.review_actor": ("Who took a review step", "Кто выполнил шаг проверки", "Тексеру қадамын кім жасады"),
    "field.review_time": ("When a review step was taken", "Когда выполнен шаг проверки", "Тексеру қадамы қашан жасалды"),
    "link.record_not_found": (
        "A record of the link does not exist (it may have been deleted).",
        "Одной из связанных записей нет (возможно, её удалили).",
        "Байланыстағы жазбалардың бірі жоқ (мүмкін, ол жойылған)."),
    "link.not_found": (
        "That link does not exist.",
        "Такой связи нет.",
        "Мұндай байланыс жоқ."),
    "link.ref_not_found": (
        "No incident has that reference (e.g. {example}).",
        "Инцидента с таким номером нет (например, {example}).",
        "Мұндай нөмірі бар оқиға жоқ (мысалы, {example})."),
    "link.incident_kind": (
        "A link between incidents is one of: {kinds}.",
        "Связь между инцидентами может быть одной из: {kinds}.",
        "Оқиғалар арасындағы байланыс мыналардың бірі болады: {kinds}."),
    "link.person_org_kind": (
        "A person's tie to an organisation is one of: {kinds}.",
        "Связь лица с организацией может быть одной из: {kinds}.",
        "Тұлғаның ұйыммен байланысы мыналардың бірі болады: {kinds}."),
    "link.self": (
        "An incident cannot be linked to itself.",
        "Инцидент нельзя связать с самим собой.",
        "Оқиғаны өзімен байланыстыруға болмайды."),
    "link.two_persons": (
        "Choose two different persons.",
        "Выберите двух разных лиц.",
        "Екі түрлі тұлғаны таңдаңыз."),
    "link.decided_different": (
        "These two were decided to be different persons; undo that decision first.",
        "Решено, что это разные лица; сначала отмените это решение.",
        "Бұл екеуі әртүрлі тұлғалар деп шешілген; алдымен сол шешімді болдырмаңыз."),
    "link.marked_same": (
        "These two are marked as the same person; remove that link first.",
        "Эти двое отмечены как одно лицо; сначала удалите эту связь.",
        "Бұл екеуі бір тұлға деп белгіленген; алдымен сол байланысты жойыңыз."),
    "link.not_same_marked": (
        "These two are not marked as the same person.",
        "Эти двое не отмечены как одно лицо.",
        "Бұл екеуі бір тұлға деп белгіленбеген."),
    "link.not_decided_different": (
        "These two were not marked as different persons.",
        "Эти двое не отмечены как разные лица.",
        "Бұл екеуі әртүрлі тұлғалар деп белгіленбеген."),

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
    "kind.review_steps": ("Review step", "шаг проверки", "тексеру қадамы"),
    "kind.incident_links": ("Link between incidents", "связь между инцидентами", "оқиғалар арасындағы байланыс"),
    "kind.person_org_links": ("Tie to an organisation", "связь с организацией", "ұйыммен байланыс"),
    "kind.same_persons": ("Same person link", "связь «то же лицо»", "«сол тұлға» байланысы"),
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

# ----- the encrypted file: opening, creating, backup, restore, verify --------------------------------
CATALOGUE.update({
    "store.not_a_database": (
        "This file cannot be opened as a kkdesk database.",
        "Этот файл нельзя открыть как базу kkdesk.",
        "Бұл файлды kkdesk дерекқоры ретінде ашу мүмкін емес."),
    "store.wrong_passphrase": (
        "The passphrase does not open this database. Check the keyboard layout and Caps Lock. If you are sure of "
        "the passphrase, the file may be damaged: restore a backup.",
        "Эта парольная фраза не открывает базу. Проверьте раскладку клавиатуры и Caps Lock. Если вы уверены во "
        "фразе, файл может быть повреждён: восстановите резервную копию.",
        "Бұл құпия сөз тіркесі дерекқорды ашпайды. Пернетақта тілін және Caps Lock-ты тексеріңіз. Тіркеске "
        "сенімді болсаңыз, файл бүлінген болуы мүмкін: сақтық көшірмені қалпына келтіріңіз."),
    "store.empty_passphrase": (
        "The passphrase must not be empty.",
        "Парольная фраза не может быть пустой.",
        "Құпия сөз тіркесі бос болмауы керек."),
    "store.file_exists": (
        "A file already exists at that path; choose another name.",
        "По этому пути уже есть файл; выберите другое имя.",
        "Бұл жолда файл бұрыннан бар; басқа ат таңдаңыз."),
    "store.folder_missing": (
        "The folder for the new database does not exist.",
        "Папки для новой базы не существует.",
        "Жаңа дерекқорға арналған қалта жоқ."),
    "store.no_database": (
        "There is no database at that path.",
        "По этому пути нет базы данных.",
        "Бұл жолда дерекқор жоқ."),
    "store.too_short": (
        "This file is too short to be a kkdesk database.",
        "Этот файл слишком короткий для базы kkdesk.",
        "Бұл файл kkdesk дерекқоры болу үшін тым қысқа."),
    "store.too_new": (
        "This database was written by a newer kkdesk (schema {version}; this program knows {known}). Update "
        "kkdesk to open it; nothing was changed.",
        "Эта база записана более новой версией kkdesk (схема {version}; эта программа знает {known}). Обновите "
        "kkdesk, чтобы открыть её; ничего не изменено.",
        "Бұл дерекқорды kkdesk-тің жаңарақ нұсқасы жазған (схема {version}; бұл бағдарлама {known} біледі). "
        "Оны ашу үшін kkdesk-ті жаңартыңыз; ештеңе өзгертілмеді."),
    "store.not_kkdesk": (
        "This encrypted file is not a kkdesk database.",
        "Этот зашифрованный файл — не база kkdesk.",
        "Бұл шифрланған файл kkdesk дерекқоры емес."),
    "store.locked": (
        "The database is locked; unlock it to continue.",
        "База заблокирована; разблокируйте её, чтобы продолжить.",
        "Дерекқор бұғатталған; жалғастыру үшін оны бұғаттан шығарыңыз."),
    "store.writes_blocked": (
        "Changes are blocked because the last integrity check failed: {reason} Restore a backup to continue "
        "(kkdesk restore), or, if you are sure, lift the block with: kkdesk unblock DB --reason TEXT.",
        "Изменения заблокированы, потому что последняя проверка целостности не прошла: {reason} Чтобы "
        "продолжить, восстановите резервную копию (kkdesk restore) или, если вы уверены, снимите блокировку: "
        "kkdesk unblock DB --reason TEXT.",
        "Өзгерістер бұғатталған, себебі соңғы тұтастық тексерісі өтпеді: {reason} Жалғастыру үшін сақтық "
        "көшірмені қалпына келтіріңіз (kkdesk restore) немесе сенімді болсаңыз, бұғатты алыңыз: kkdesk "
        "unblock DB --reason TEXT."),
    "store.actor_name": (
        "Give a name of 1 to 100 characters to record your changes under.",
        "Укажите имя длиной от 1 до 100 знаков, под которым будут записываться ваши изменения.",
        "Өзгерістеріңіз жазылатын 1-ден 100 таңбаға дейінгі атты беріңіз."),
    "store.empty_new_passphrase": (
        "The new passphrase must not be empty.",
        "Новая парольная фраза не может быть пустой.",
        "Жаңа құпия сөз тіркесі бос болмауы керек."),
    "store.current_passphrase_wrong": (
        "The current passphrase is not right; nothing was changed.",
        "Текущая парольная фраза неверна; ничего не изменено.",
        "Қазіргі құпия сөз тіркесі дұрыс емес; ештеңе өзгертілмеді."),
    "store.busy": (
        "Finish the current change before changing the passphrase.",
        "Завершите текущее изменение, прежде чем менять парольную фразу.",
        "Құпия сөз тіркесін өзгертпес бұрын ағымдағы өзгерісті аяқтаңыз."),
    "store.unsuitable_place": (
        "A kkdesk database cannot be kept here: {problem}.",
        "Базу kkdesk нельзя хранить здесь: {problem}.",
        "kkdesk дерекқорын мұнда сақтауға болмайды: {problem}."),
    "store.fusefat": (
        "this USB stick or disk is mounted with fusefat, which cannot keep the database's write-ahead log. Copy "
        "the database to this computer's disk, or mount the stick with the system's own FAT driver",
        "эта флешка или диск подключены через fusefat, который не может вести журнал упреждающей записи базы. "
        "Скопируйте базу на диск этого компьютера или подключите флешку системным драйвером FAT",
        "бұл флешка не диск fusefat арқылы қосылған, ол дерекқордың алдын ала жазу журналын жүргізе алмайды. "
        "Дерекқорды осы компьютердің дискіне көшіріңіз немесе флешканы жүйенің өз FAT драйверімен қосыңыз"),
    "store.network_drive": (
        "the database is on a network drive, where its locking is unreliable and data can be lost. Copy it to "
        "this computer's disk",
        "база находится на сетевом диске, где блокировка ненадёжна и данные могут потеряться. Скопируйте её на "
        "диск этого компьютера",
        "дерекқор желілік дискіде тұр, онда бұғаттау сенімсіз және деректер жоғалуы мүмкін. Оны осы "
        "компьютердің дискіне көшіріңіз"),
    "destroy.no_database": (
        "There is no database at that path.",
        "По этому пути нет базы данных.",
        "Бұл жолда дерекқор жоқ."),
    "destroy.no_backup_folder": (
        "The backup folder does not exist.",
        "Папки резервных копий не существует.",
        "Сақтық көшірмелер қалтасы жоқ."),
    "backup.unreadable_copy": (
        "The copy could not be read back; nothing was replaced.",
        "Копию не удалось прочитать обратно; ничего не заменено.",
        "Көшірмені кері оқу мүмкін болмады; ештеңе ауыстырылмады."),
    "backup.copy_not_intact": (
        "The copy failed its integrity check; nothing was replaced.",
        "Копия не прошла проверку целостности; ничего не заменено.",
        "Көшірме тұтастық тексерісінен өтпеді; ештеңе ауыстырылмады."),
    "backup.copy_incomplete": (
        "The copy does not hold every incident; nothing was replaced.",
        "В копии есть не все инциденты; ничего не заменено.",
        "Көшірмеде барлық оқиға жоқ; ештеңе ауыстырылмады."),
    "backup.folder_missing": (
        "The folder for the backup does not exist.",
        "Папки для резервной копии не существует.",
        "Сақтық көшірмеге арналған қалта жоқ."),
    "backup.over_itself": (
        "A backup cannot overwrite the database itself.",
        "Резервная копия не может перезаписать саму базу.",
        "Сақтық көшірме дерекқордың өзін қайта жаза алмайды."),
    "backup.blocked_earlier": (
        "The database failed an earlier integrity check, so no backup was made (it would push a good backup out "
        "of the rotation): {reason}",
        "База не прошла одну из прежних проверок целостности, поэтому копия не сделана (она вытеснила бы "
        "хорошую копию из ротации): {reason}",
        "Дерекқор бұрынғы тұтастық тексерісінен өтпеді, сондықтан көшірме жасалмады (ол жақсы көшірмені "
        "айналымнан ығыстырып шығарар еді): {reason}"),
    "backup.source_damaged": (
        "The database failed its integrity check, so no backup was made: {reason}",
        "База не прошла проверку целостности, поэтому копия не сделана: {reason}",
        "Дерекқор тұтастық тексерісінен өтпеді, сондықтан көшірме жасалмады: {reason}"),
    "backup.not_written": (
        "The backup could not be written ({reason}); nothing was replaced.",
        "Резервную копию не удалось записать ({reason}); ничего не заменено.",
        "Сақтық көшірмені жазу мүмкін болмады ({reason}); ештеңе ауыстырылмады."),
    "backup.none_there": (
        "There is no backup at that path.",
        "По этому пути нет резервной копии.",
        "Бұл жолда сақтық көшірме жоқ."),
    "backup.too_short": (
        "This file is too short to be a kkdesk backup.",
        "Этот файл слишком короткий для резервной копии kkdesk.",
        "Бұл файл kkdesk сақтық көшірмесі болу үшін тым қысқа."),
    "backup.restore_folder_missing": (
        "The folder for the restored database does not exist.",
        "Папки для восстановленной базы не существует.",
        "Қалпына келтірілген дерекқорға арналған қалта жоқ."),
    "backup.too_new": (
        "This backup was written by a newer kkdesk; update kkdesk to restore it. Nothing was replaced.",
        "Эта копия записана более новой версией kkdesk; обновите kkdesk, чтобы восстановить её. Ничего не заменено.",
        "Бұл көшірмені kkdesk-тің жаңарақ нұсқасы жазған; оны қалпына келтіру үшін kkdesk-ті жаңартыңыз. "
        "Ештеңе ауыстырылмады."),
    "backup.damaged": (
        "The backup is damaged or was changed since it was written: {reason} Nothing was replaced; restore an "
        "older backup.",
        "Резервная копия повреждена или изменена после записи: {reason} Ничего не заменено; восстановите более "
        "старую копию.",
        "Сақтық көшірме бүлінген немесе жазылғаннан кейін өзгертілген: {reason} Ештеңе ауыстырылмады; ескірек "
        "көшірмені қалпына келтіріңіз."),
    "backup.pages_unreadable": (
        "The backup is damaged: some of its pages cannot be read. Nothing was replaced; restore an older backup.",
        "Резервная копия повреждена: часть её страниц не читается. Ничего не заменено; восстановите более старую "
        "копию.",
        "Сақтық көшірме бүлінген: оның кейбір беттері оқылмайды. Ештеңе ауыстырылмады; ескірек көшірмені қалпына "
        "келтіріңіз."),
    "backup.restore_not_written": (
        "The restore could not be written ({reason}); the database was not replaced and the backup is unchanged.",
        "Восстановление не удалось записать ({reason}); база не заменена, резервная копия не изменилась.",
        "Қалпына келтіруді жазу мүмкін болмады ({reason}); дерекқор ауыстырылмады, сақтық көшірме өзгермеді."),
    "verify.pages_changed": (
        {"one": "{count} page of the file was changed or damaged.",
         "other": "{count} pages of the file were changed or damaged."},
        {"one": "{count} страница файла изменена или повреждена.",
         "few": "{count} страницы файла изменены или повреждены.",
         "many": "{count} страниц файла изменены или повреждены."},
        {"one": "Файлдың {count} беті өзгертілген не бүлінген.",
         "other": "Файлдың {count} беті өзгертілген не бүлінген."}),
    "verify.structure": (
        "The database structure is damaged (integrity check failed).",
        "Структура базы повреждена (проверка целостности не прошла).",
        "Дерекқор құрылымы бүлінген (тұтастық тексерісі өтпеді)."),
    "verify.dangling": (
        "Some records point to records that no longer exist.",
        "Некоторые записи ссылаются на записи, которых больше нет.",
        "Кейбір жазбалар енді жоқ жазбаларға сілтейді."),
    "verify.unreadable": (
        "The database file is damaged: some pages cannot be read.",
        "Файл базы повреждён: часть страниц не читается.",
        "Дерекқор файлы бүлінген: кейбір беттер оқылмайды."),
    "verify.attachment_changed": (
        "Attachment {id} no longer matches the SHA-256 taken at intake.",
        "Вложение {id} больше не совпадает с SHA-256, снятым при приёме.",
        "{id} тіркемесі қабылдау кезінде алынған SHA-256-ға енді сәйкес келмейді."),
    "verify.attachment_replaced": (
        "Attachment {id} was replaced: its SHA-256 is not the one the history recorded.",
        "Вложение {id} подменено: его SHA-256 не тот, что записан в истории.",
        "{id} тіркемесі ауыстырылған: оның SHA-256 тарихта жазылғаны емес."),
    "verify.attachments_missing": (
        {"one": "{count} attachment the history records is missing from its incident.",
         "other": "{count} attachments the history records are missing from their incidents."},
        {"one": "{count} вложения, записанного в истории, нет в его инциденте.",
         "few": "{count} вложений, записанных в истории, нет в их инцидентах.",
         "many": "{count} вложений, записанных в истории, нет в их инцидентах."},
        {"one": "Тарихта жазылған {count} тіркеме өз оқиғасында жоқ.",
         "other": "Тарихта жазылған {count} тіркеме өз оқиғаларында жоқ."}),
    "verify.history_blanked": (
        "The history of {count} live {table} record(s) was blanked.",
        "История {count} действующих записей ({table}) стёрта.",
        "{count} қолданыстағы жазбаның ({table}) тарихы өшірілген."),
    "verify.records_differ": (
        "{count} {table} record(s) differ from what their history records: changed behind the history's back.",
        "{count} записей ({table}) отличаются от того, что записано в их истории: изменены в обход истории.",
        "{count} жазба ({table}) тарихында жазылғаннан өзгеше: тарихты айналып өтіп өзгертілген."),
    "verify.peer_rewritten": (
        "Peer '{peer}': the history in its bundle of {at} does not contain the history entry {seq} it sent "
        "before: its history was rewritten or cut after it was sent here.",
        "Участник «{peer}»: история в его пакете от {at} не содержит записи истории {seq}, которую он присылал "
        "раньше: его история переписана или обрезана после отправки сюда.",
        "«{peer}» қатысушысы: оның {at} пакетіндегі тарихта бұрын жіберген {seq} тарих жазбасы жоқ: оның "
        "тарихы мұнда жіберілгеннен кейін қайта жазылған не қысқартылған."),
    "verify.peer_removed": ("(removed)", "(удалён)", "(жойылған)"),
    "verify.block_reason": (
        "Give the reason for lifting the block; it is kept in the history.",
        "Укажите причину снятия блокировки; она сохраняется в истории.",
        "Бұғатты алу себебін көрсетіңіз; ол тарихта сақталады."),
    "verify.block_recorded": (
        "{reason} (check failed {stamp})",
        "{reason} (проверка не прошла {stamp})",
        "{reason} (тексеріс өтпеді: {stamp})"),
    "verify.database_unreadable": (
        "The database could not be read.",
        "Базу не удалось прочитать.",
        "Дерекқорды оқу мүмкін болмады."),
    "history.missing": (
        "History entry {seq} is missing.",
        "Записи истории {seq} нет.",
        "{seq} тарих жазбасы жоқ."),
    "history.change_edited": (
        "History entry {seq} was edited: its recorded change does not match its hash.",
        "Запись истории {seq} изменена: записанное изменение не совпадает с его хешем.",
        "{seq} тарих жазбасы өзгертілген: жазылған өзгеріс оның хешіне сәйкес келмейді."),
    "history.out_of_chain": (
        "History entry {seq} does not follow the entry before it.",
        "Запись истории {seq} не следует за предыдущей.",
        "{seq} тарих жазбасы алдыңғы жазбаның жалғасы емес."),
    "history.entry_edited": (
        "History entry {seq} was edited: its hash does not match its content.",
        "Запись истории {seq} изменена: её хеш не совпадает с содержимым.",
        "{seq} тарих жазбасы өзгертілген: оның хеші мазмұнына сәйкес келмейді."),
})

# ----- exchange: keys, bundles, conflicts ----------------------------------------------------------
CATALOGUE.update({
    "bundle.unreadable": (
        "The bundle's content is not readable although its signature is valid; it was written by an "
        "incompatible or faulty program. Nothing was written.",
        "Содержимое пакета не читается, хотя подпись верна; его записала несовместимая или неисправная "
        "программа. Ничего не записано.",
        "Қолтаңбасы дұрыс болса да, пакеттің мазмұны оқылмайды; оны үйлесімсіз не ақаулы бағдарлама жазған. "
        "Ештеңе жазылмады."),
    "bundle.bomb": (
        "The bundle unpacks to far more than its size allows (a compression bomb or a damaged file); it was "
        "refused. Nothing was written.",
        "Пакет распаковывается в намного больший объём, чем допускает его размер (архивная бомба или "
        "повреждённый файл); он отклонён. Ничего не записано.",
        "Пакет өз көлеміне рұқсат етілгеннен әлдеқайда үлкен болып ашылады (сығу бомбасы не бүлінген файл); "
        "ол қабылданбады. Ештеңе жазылмады."),
    "bundle.not_bundle_content": (
        "The bundle's content is not a kkdesk bundle; nothing was written.",
        "Содержимое пакета — не пакет kkdesk; ничего не записано.",
        "Пакеттің мазмұны kkdesk пакеті емес; ештеңе жазылмады."),
    "bundle.too_deep": (
        "The bundle's content is nested deeper than any kkdesk record; it was refused. Nothing was written.",
        "Содержимое пакета вложено глубже, чем любая запись kkdesk; он отклонён. Ничего не записано.",
        "Пакет мазмұны кез келген kkdesk жазбасынан тереңірек салынған; ол қабылданбады. Ештеңе жазылмады."),
    "bundle.number_range": (
        "The bundle holds a number outside the range kkdesk records use; it was refused. Nothing was written.",
        "В пакете есть число вне диапазона, который используют записи kkdesk; он отклонён. Ничего не записано.",
        "Пакетте kkdesk жазбалары қолданатын ауқымнан тыс сан бар; ол қабылданбады. Ештеңе жазылмады."),
    "bundle.not_bundle": (
        "This file is not a kkdesk exchange bundle (or it is cut short); nothing was written.",
        "Этот файл — не пакет обмена kkdesk (или он обрезан); ничего не записано.",
        "Бұл файл kkdesk алмасу пакеті емес (не қиылып қалған); ештеңе жазылмады."),
    "bundle.tampered": (
        "The bundle was changed or damaged after it was signed (its signature does not match its content). "
        "Nothing was written; ask the sender for a new copy.",
        "Пакет изменён или повреждён после подписания (подпись не совпадает с содержимым). Ничего не записано; "
        "попросите отправителя прислать новую копию.",
        "Пакет қол қойылғаннан кейін өзгертілген не бүлінген (қолтаңбасы мазмұнына сәйкес емес). Ештеңе "
        "жазылмады; жіберушіден жаңа көшірме сұраңыз."),
    "bundle.not_for_us": (
        "This bundle was sealed for another database's key, so it cannot be opened here. Nothing was written.",
        "Этот пакет запечатан ключом другой базы, поэтому здесь его открыть нельзя. Ничего не записано.",
        "Бұл пакет басқа дерекқордың кілтімен мөрленген, сондықтан оны мұнда ашу мүмкін емес. Ештеңе жазылмады."),
    "bundle.version": (
        "The bundle has format version {found}; this kkdesk reads version {version}. Update kkdesk. Nothing was "
        "written.",
        "У пакета версия формата {found}; эта версия kkdesk читает версию {version}. Обновите kkdesk. Ничего не "
        "записано.",
        "Пакеттің формат нұсқасы {found}; бұл kkdesk {version} нұсқасын оқиды. kkdesk-ті жаңартыңыз. Ештеңе "
        "жазылмады."),
    "bundle.mismatch": (
        "The bundle's signer or recipient does not match its content; nothing was written.",
        "Подписавший или получатель пакета не совпадают с его содержимым; ничего не записано.",
        "Пакетке қол қоюшы не алушы оның мазмұнына сәйкес келмейді; ештеңе жазылмады."),
    "bundle.records_choice": (
        "records must be one of {choices}.",
        "records: допустимые значения — {choices}.",
        "records: рұқсат етілген мәндер — {choices}."),
    "bundle.folder_missing": (
        "The folder for the bundle does not exist.",
        "Папки для пакета не существует.",
        "Пакетке арналған қалта жоқ."),
    "bundle.head_malformed": (
        "The bundle's history head is malformed; nothing was written.",
        "Вершина истории в пакете повреждена; ничего не записано.",
        "Пакеттегі тарих басы бүлінген; ештеңе жазылмады."),
    "bundle.no_file": (
        "There is no bundle file at that path.",
        "По этому пути нет файла пакета.",
        "Бұл жолда пакет файлы жоқ."),
    "bundle.too_large": (
        "The bundle is larger than 1 GB; nothing was written.",
        "Пакет больше 1 ГБ; ничего не записано.",
        "Пакет 1 ГБ-тан үлкен; ештеңе жазылмады."),
    "bundle.unknown_sender": (
        "This bundle was signed by a key that is not registered here. If you expect it, compare the sender's key "
        "fingerprint and add it with: kkdesk keys DB --add-peer NAME KEY. Nothing was written.",
        "Этот пакет подписан ключом, который здесь не зарегистрирован. Если вы его ждёте, сверьте отпечаток ключа "
        "отправителя и добавьте его: kkdesk keys DB --add-peer NAME KEY. Ничего не записано.",
        "Бұл пакетке мұнда тіркелмеген кілтпен қол қойылған. Оны күтсеңіз, жіберушінің кілт саусақ ізін "
        "салыстырып, қосыңыз: kkdesk keys DB --add-peer NAME KEY. Ештеңе жазылмады."),
    "bundle.no_identity": (
        "The bundle has no identity; nothing was written.",
        "У пакета нет идентификатора; ничего не записано.",
        "Пакеттің идентификаторы жоқ; ештеңе жазылмады."),
    "bundle.malformed": (
        "The bundle's content is malformed; nothing was written.",
        "Содержимое пакета повреждено; ничего не записано.",
        "Пакеттің мазмұны бүлінген; ештеңе жазылмады."),
    "bundle.record_rejected": (
        "The bundle's {kind} record {n} cannot be stored: {reason} Nothing was written.",
        "Запись {n} ({kind}) из пакета нельзя сохранить: {reason} Ничего не записано.",
        "Пакеттегі {n}-жазбаны ({kind}) сақтау мүмкін емес: {reason} Ештеңе жазылмады."),
    "bundle.record_clashes": (
        "The bundle's {kind} record {n} clashes with data already here (a repeated identity). Nothing was written.",
        "Запись {n} ({kind}) из пакета конфликтует с уже имеющимися данными (повторяющийся идентификатор). "
        "Ничего не записано.",
        "Пакеттегі {n}-жазба ({kind}) мұндағы деректермен қайшы келеді (қайталанатын идентификатор). Ештеңе "
        "жазылмады."),
    "bundle.record_malformed": (
        "The bundle's {kind} record {n} is malformed. Nothing was written.",
        "Запись {n} ({kind}) из пакета повреждена. Ничего не записано.",
        "Пакеттегі {n}-жазба ({kind}) бүлінген. Ештеңе жазылмады."),
    "bundle.attachments_malformed": (
        "its attachments are malformed.",
        "её вложения повреждены.",
        "оның тіркемелері бүлінген."),
    "bundle.no_uuid": (
        "a record has no uuid.",
        "у записи нет uuid.",
        "жазбаның uuid-і жоқ."),
    "bundle.written": (
        "Bundle written: incidents {incidents}, persons {persons}, organisations {organisations}, vocabulary terms "
        "{terms}, attachments {attachments}, acknowledgements {acknowledged}.",
        "Пакет записан: инцидентов — {incidents}, лиц — {persons}, организаций — {organisations}, терминов — "
        "{terms}, вложений — {attachments}, подтверждений — {acknowledged}.",
        "Пакет жазылды: оқиғалар — {incidents}, тұлғалар — {persons}, ұйымдар — {organisations}, терминдер — "
        "{terms}, тіркемелер — {attachments}, растаулар — {acknowledged}."),
    "bundle.imported_before": (
        "This bundle was imported before; nothing changed.",
        "Этот пакет уже импортировался; ничего не изменилось.",
        "Бұл пакет бұрын импортталған; ештеңе өзгермеді."),
    "bundle.imported": (
        "Bundle imported: new records {created}, updated {updated}, unchanged {unchanged}, older versions skipped "
        "{older_skipped}, kept (newer here) {kept_mine}, conflicts to resolve {conflicts}, attachments "
        "{attachments}, our bundles acknowledged {acknowledged}.",
        "Пакет импортирован: новых записей — {created}, обновлено — {updated}, без изменений — {unchanged}, "
        "пропущено старых версий — {older_skipped}, оставлено (здесь новее) — {kept_mine}, конфликтов для "
        "решения — {conflicts}, вложений — {attachments}, подтверждено наших пакетов — {acknowledged}.",
        "Пакет импортталды: жаңа жазбалар — {created}, жаңартылғаны — {updated}, өзгеріссіз — {unchanged}, "
        "өткізілген ескі нұсқалар — {older_skipped}, қалдырылғаны (мұнда жаңарақ) — {kept_mine}, шешілетін "
        "қайшылықтар — {conflicts}, тіркемелер — {attachments}, расталған пакеттеріміз — {acknowledged}."),
    "bundle.history_warning": (
        "WARNING: {warning}",
        "ВНИМАНИЕ: {warning}",
        "НАЗАР АУДАРЫҢЫЗ: {warning}"),
    "record.field_kind": (
        "a record's '{key}' is missing or of the wrong kind.",
        "в записи нет поля «{key}» или оно неверного вида.",
        "жазбада «{key}» өрісі жоқ не оның түрі дұрыс емес."),
    "record.field_text": (
        "a record's '{key}' must be text.",
        "поле записи «{key}» должно быть текстом.",
        "жазбаның «{key}» өрісі мәтін болуы керек."),
    "record.field_texts": (
        "a record's '{key}' must be a list of texts.",
        "поле записи «{key}» должно быть списком текстов.",
        "жазбаның «{key}» өрісі мәтіндер тізімі болуы керек."),
    "record.field_objects": (
        "a record's '{key}' must be a list of objects.",
        "поле записи «{key}» должно быть списком объектов.",
        "жазбаның «{key}» өрісі объектілер тізімі болуы керек."),
    "record.person_org_missing": (
        "a person's organisation is neither in the file nor in the database.",
        "организации лица нет ни в файле, ни в базе.",
        "тұлғаның ұйымы файлда да, дерекқорда да жоқ."),
    "record.bad_date": (
        "an incident's date is not valid: {reason}",
        "дата инцидента неверна: {reason}",
        "оқиға күні жарамсыз: {reason}"),
    "record.target_missing": (
        "an incident names a person or organisation that is neither in the file nor in the database.",
        "инцидент называет лицо или организацию, которых нет ни в файле, ни в базе.",
        "оқиға файлда да, дерекқорда да жоқ тұлғаны не ұйымды атайды."),
    "record.link_target_missing": (
        "a link or review step names a {table} that is neither in the file nor in the database.",
        "связь или шаг проверки называет запись ({table}), которой нет ни в файле, ни в базе.",
        "байланыс не тексеру қадамы файлда да, дерекқорда да жоқ жазбаны ({table}) атайды."),
    "record.attachment_base64": (
        "an attachment's data is not valid base64.",
        "данные вложения — не корректный base64.",
        "тіркеме деректері дұрыс base64 емес."),
    "record.attachment_too_large": (
        "an attachment is larger than 200 MB.",
        "вложение больше 200 МБ.",
        "тіркеме 200 МБ-тан үлкен."),
    "record.attachment_hash": (
        "an attachment does not match its SHA-256 hash: it was damaged or changed on the way.",
        "вложение не совпадает со своим хешем SHA-256: оно повреждено или изменено в пути.",
        "тіркеме өзінің SHA-256 хешіне сәйкес келмейді: ол жолда бүлінген не өзгертілген."),
    "record.ref_missing": (
        "a {kind} refers to a record that is neither in the file nor in the database.",
        "запись ({kind}) ссылается на запись, которой нет ни в файле, ни в базе.",
        "жазба ({kind}) файлда да, дерекқорда да жоқ жазбаға сілтейді."),
    # Who a conflict is with, when that peer was removed since (quoted where the peer's name goes).
    "conflict.removed_peer": (
        "(removed peer)",
        "(удалённый партнёр)",
        "(жойылған серіктес)"),
    "conflict.not_found": (
        "There is no conflict with that number (see: kkdesk bundle conflicts DB).",
        "Конфликта с таким номером нет (см.: kkdesk bundle conflicts DB).",
        "Мұндай нөмірлі қайшылық жоқ (қараңыз: kkdesk bundle conflicts DB)."),
    "conflict.resolved": (
        "That conflict is already resolved.",
        "Этот конфликт уже решён.",
        "Бұл қайшылық шешіліп қойған."),
    "conflict.bad_choice": (
        "Choose 'mine' or 'theirs' for {name}, not '{choice}'.",
        "Для {name} выберите «mine» или «theirs», а не «{choice}».",
        "{name} үшін «{choice}» емес, «mine» не «theirs» таңдаңыз."),
    "conflict.not_differing": (
        "'{name}' is not one of the differing fields: {fields}.",
        "«{name}» не входит в различающиеся поля: {fields}.",
        "«{name}» айырмашылығы бар өрістердің қатарында жоқ: {fields}."),
    "conflict.choose_all": (
        "Choose mine or theirs for: {fields}.",
        "Выберите «mine» или «theirs» для: {fields}.",
        "Мыналар үшін «mine» не «theirs» таңдаңыз: {fields}."),
    "conflict.record_gone": (
        "The record of that conflict no longer exists here.",
        "Записи этого конфликта здесь больше нет.",
        "Бұл қайшылықтың жазбасы мұнда енді жоқ."),
    "keys.not_a_key": (
        "That is not a kkdesk exchange key (it starts with '{prefix}').",
        "Это не ключ обмена kkdesk (он начинается с «{prefix}»).",
        "Бұл kkdesk алмасу кілті емес (ол «{prefix}» деп басталады)."),
    "keys.damaged": (
        "The key text is damaged: it contains characters a key never has.",
        "Текст ключа повреждён: в нём есть символы, которых в ключе не бывает.",
        "Кілт мәтіні бүлінген: онда кілтте болмайтын таңбалар бар."),
    "keys.checksum": (
        "The key text is incomplete or mistyped (its checksum does not match).",
        "Текст ключа неполон или набран с ошибкой (контрольная сумма не совпадает).",
        "Кілт мәтіні толық емес не қате терілген (бақылау сомасы сәйкес емес)."),
    "keys.role": (
        "A peer's role is one of: {roles}.",
        "Роль участника — одна из: {roles}.",
        "Қатысушының рөлі мыналардың бірі: {roles}."),
    "keys.peer_name": (
        "Give the peer a name of 1 to {limit} characters.",
        "Дайте участнику имя длиной от 1 до {limit} знаков.",
        "Қатысушыға 1-ден {limit} таңбаға дейінгі ат беріңіз."),
    "keys.own_key": (
        "That is this database's own key; add the other side's key.",
        "Это собственный ключ этой базы; добавьте ключ другой стороны.",
        "Бұл осы дерекқордың өз кілті; екінші жақтың кілтін қосыңыз."),
    "keys.name_taken": (
        "A peer with that name is already registered; choose another name.",
        "Участник с таким именем уже зарегистрирован; выберите другое имя.",
        "Мұндай атты қатысушы тіркелген; басқа ат таңдаңыз."),
    "keys.key_taken": (
        "That key is already registered under another name.",
        "Этот ключ уже зарегистрирован под другим именем.",
        "Бұл кілт басқа атпен тіркелген."),
    "keys.not_registered": (
        "That key is not registered; add it first with: kkdesk keys DB --add-peer NAME KEY",
        "Этот ключ не зарегистрирован; сначала добавьте его: kkdesk keys DB --add-peer NAME KEY",
        "Бұл кілт тіркелмеген; алдымен оны қосыңыз: kkdesk keys DB --add-peer NAME KEY"),
    "keys.no_peer": (
        "There is no registered peer with that name (see: kkdesk keys DB).",
        "Зарегистрированного участника с таким именем нет (см.: kkdesk keys DB).",
        "Мұндай атпен тіркелген қатысушы жоқ (қараңыз: kkdesk keys DB)."),
    "purge.confirm": (
        "Purging deletes records from this laptop for good; confirm to go ahead.",
        "Очистка удаляет записи с этого ноутбука навсегда; подтвердите, чтобы продолжить.",
        "Тазалау жазбаларды бұл ноутбуктан біржола жояды; жалғастыру үшін растаңыз."),
})

# ----- the command line: its errors and fixed words ---------------------------------------------------
CATALOGUE.update({
    "cli.error": ("kkdesk: {text}", "kkdesk: {text}", "kkdesk: {text}"),
    "cli.interrupted": ("kkdesk: interrupted", "kkdesk: прервано", "kkdesk: тоқтатылды"),
    "cli.database_error": (
        "kkdesk: the database could not be read or written: the disk may be full or failing, or the file is "
        "damaged (run `kkdesk verify`, or restore a backup)",
        "kkdesk: базу не удалось прочитать или записать: диск может быть заполнен или неисправен, либо файл "
        "повреждён (запустите `kkdesk verify` или восстановите резервную копию)",
        "kkdesk: дерекқорды оқу не жазу мүмкін болмады: диск толған не ақаулы болуы мүмкін, не файл бүлінген "
        "(`kkdesk verify` іске қосыңыз немесе сақтық көшірмені қалпына келтіріңіз)"),
    "cli.passphrase_file_unreadable": (
        "Cannot read the passphrase file.",
        "Не удаётся прочитать файл с парольной фразой.",
        "Құпия сөз тіркесі бар файлды оқу мүмкін емес."),
    "cli.passphrase_file_empty": (
        "The passphrase file is empty.",
        "Файл с парольной фразой пуст.",
        "Құпия сөз тіркесі бар файл бос."),
    "cli.no_passphrase": (
        "No passphrase: use --passphrase-file, set {env}, or run in a terminal.",
        "Нет парольной фразы: укажите --passphrase-file, задайте {env} или запустите в терминале.",
        "Құпия сөз тіркесі жоқ: --passphrase-file көрсетіңіз, {env} орнатыңыз немесе терминалда іске қосыңыз."),
    "cli.passphrases_differ": (
        "The two passphrases differ.",
        "Две парольные фразы не совпадают.",
        "Екі құпия сөз тіркесі сәйкес емес."),
    "cli.passphrase_prompt": ("Passphrase: ", "Парольная фраза: ", "Құпия сөз тіркесі: "),
    "cli.passphrase_again": ("Again: ", "Ещё раз: ", "Тағы бір рет: "),
    "cli.bad_today": (
        "--today must be a day like 2024-03-15.",
        "--today: нужен день вида 2024-03-15.",
        "--today: 2024-03-15 түріндегі күн керек."),
    "cli.bad_days": (
        "--days must be between 0 and 3660.",
        "--days: число от 0 до 3660.",
        "--days: 0 мен 3660 аралығындағы сан."),
    "cli.agenda.nothing": (
        {"one": "Nothing overdue or due in the next {count} day.",
         "other": "Nothing overdue or due in the next {count} days."},
        {"one": "Нет просроченного и ничего не назначено на ближайший {count} день.",
         "few": "Нет просроченного и ничего не назначено на ближайшие {count} дня.",
         "many": "Нет просроченного и ничего не назначено на ближайшие {count} дней."},
        {"one": "Мерзімі өткен ештеңе жоқ, алдағы {count} күнге де ештеңе белгіленбеген.",
         "other": "Мерзімі өткен ештеңе жоқ, алдағы {count} күнге де ештеңе белгіленбеген."}),
    "cli.agenda.overdue": (
        "OVERDUE {count} d", "ПРОСРОЧЕНО {count} дн.", "МЕРЗІМІ ӨТКЕН {count} к."),
    "cli.agenda.in_days": ("in {count} d", "через {count} дн.", "{count} к. кейін"),
    "cli.casework.actions": (
        "Protection actions (unit: actions): {count}",
        "Защитные действия (единица: действия): {count}",
        "Қорғау әрекеттері (бірлік: әрекеттер): {count}"),
    "cli.casework.speed": (
        "Incidents known to the day: {incidents}; with an action: {with_action}; days to first action: median "
        "{median}, mean {mean}, max {max}",
        "Инцидентов с известным днём: {incidents}; с действием: {with_action}; дней до первого действия: медиана "
        "{median}, среднее {mean}, максимум {max}",
        "Күні белгілі оқиғалар: {incidents}; әрекеті барлары: {with_action}; алғашқы әрекетке дейінгі күндер: "
        "медиана {median}, орташа {mean}, ең көбі {max}"),
    "cli.casework.follow_ups": (
        "Follow-ups due in the period (unit: follow-ups): {states}",
        "Последующие шаги со сроком в этот период (единица: шаги): {states}",
        "Кезеңде мерзімі жеткен келесі қадамдар (бірлік: қадамдар): {states}"),
    "cli.casework.risk_levels": (
        "Persons by current risk level (unit: persons): {levels}",
        "Лица по текущему уровню риска (единица: лица): {levels}",
        "Қазіргі қауіп деңгейі бойынша тұлғалар (бірлік: тұлғалар): {levels}"),
    "cli.casework.state.on_time": ("on time", "в срок", "уақытында"),
    "cli.casework.state.late": ("late", "с опозданием", "кешігіп"),
    "cli.casework.state.open": ("open", "открыто", "ашық"),
    "cli.casework.state.overdue": ("overdue", "просрочено", "мерзімі өткен"),
    "cli.stats.unit": ("Unit: {unit}", "Единица счёта: {unit}", "Есеп бірлігі: {unit}"),
    "cli.stats.multi": (
        "  (a record counts under each of its values: columns do not add up)",
        "  (запись учитывается под каждым своим значением: столбцы не складываются)",
        "  (жазба өзінің әр мәні бойынша есептеледі: бағандар қосылмайды)"),
    "cli.stats.count": ("count", "число", "саны"),
    "cli.stats.total": ("Total {unit}: {count}", "Всего ({unit}): {count}", "Барлығы ({unit}): {count}"),
    "unit.threats": ("threats", "угрозы", "қатерлер"),
    "unit.incidents": ("incidents", "инциденты", "оқиғалар"),
    "unit.persons": ("persons", "лица", "тұлғалар"),
    "unit.organisations": ("organisations", "организации", "ұйымдар"),
    "unit.targets": ("targets", "объекты", "нысандар"),
    "stats.month_unknown": ("month not known", "месяц неизвестен", "айы белгісіз"),
    "stats.organisation": ("organisation", "организация", "ұйым"),
    "stats.not_recorded": ("not recorded", "не указано", "көрсетілмеген"),
    "cli.backup_written": ("Backup written and verified: {path}", "Резервная копия записана и проверена: {path}",
                           "Сақтық көшірме жазылды және тексерілді: {path}"),
    "cli.restored": ("Restored {path} from the backup.", "{path} восстановлена из резервной копии.",
                     "{path} сақтық көшірмеден қалпына келтірілді."),
    "cli.verify.checked": ("checked {count} {what}", "проверено ({what}): {count}", "тексерілді ({what}): {count}"),
    "cli.verify.peer": ("PEER: {problem}", "УЧАСТНИК: {problem}", "ҚАТЫСУШЫ: {problem}"),
    "cli.verify.ok": (
        "OK: pages, structure, attachments, history chain and records against their history are intact.",
        "OK: страницы, структура, вложения, цепочка истории и записи по их истории целы.",
        "OK: беттер, құрылым, тіркемелер, тарих тізбегі және жазбалардың тарихына сәйкестігі бүтін."),
    "cli.verify.still_blocked": (
        "Writes stay blocked by an earlier failed check: {reason}. Restore a backup, or lift the block with: "
        "kkdesk unblock DB --reason TEXT",
        "Запись остаётся заблокированной после прежней неудачной проверки: {reason}. Восстановите резервную "
        "копию или снимите блокировку: kkdesk unblock DB --reason TEXT",
        "Бұрынғы сәтсіз тексерістен кейін жазу бұғатталған күйде қалады: {reason}. Сақтық көшірмені қалпына "
        "келтіріңіз немесе бұғатты алыңыз: kkdesk unblock DB --reason TEXT"),
    "cli.verify.problem": ("PROBLEM: {problem}", "ПРОБЛЕМА: {problem}", "МӘСЕЛЕ: {problem}"),
    "cli.verify.failed": (
        "Verification failed; writes are blocked until you restore a backup (kkdesk restore BACKUP DB).",
        "Проверка не прошла; запись заблокирована, пока вы не восстановите резервную копию (kkdesk restore "
        "BACKUP DB).",
        "Тексеріс өтпеді; сақтық көшірмені қалпына келтірмейінше жазу бұғатталады (kkdesk restore BACKUP DB)."),
    "cli.unblock.not_blocked": (
        "Writes are not blocked; nothing to do.",
        "Запись не заблокирована; делать ничего не нужно.",
        "Жазу бұғатталмаған; ештеңе істеудің қажеті жоқ."),
    "cli.unblock.done": (
        "Write block lifted (it was: {reason}). The decision and your reason are in the history.",
        "Блокировка записи снята (причина была: {reason}). Решение и ваша причина записаны в историю.",
        "Жазу бұғаты алынды (себебі: {reason}). Шешім мен сіздің себебіңіз тарихқа жазылды."),
    "cli.import.nothing": (
        "Nothing was imported. Fix the file, or edit the mapping (--save-mapping, then --mapping).",
        "Ничего не импортировано. Исправьте файл или сопоставление (--save-mapping, затем --mapping).",
        "Ештеңе импортталмады. Файлды немесе сәйкестендіруді түзетіңіз (--save-mapping, сосын --mapping)."),
    "cli.import.dry_run": (
        "Dry run: nothing was imported.",
        "Пробный прогон: ничего не импортировано.",
        "Сынақ жүргізу: ештеңе импортталмады."),
    "cli.bundle.from": ("From '{peer}'. {summary}", "От «{peer}». {summary}", "«{peer}» жіберді. {summary}"),
    "cli.bundle.list_conflicts": (
        "List them with: kkdesk bundle conflicts DB",
        "Список: kkdesk bundle conflicts DB",
        "Тізімі: kkdesk bundle conflicts DB"),
    "cli.bundle.no_conflicts": ("No open conflicts.", "Открытых конфликтов нет.", "Ашық қайшылықтар жоқ."),
    "cli.bad_field_choice": (
        "Write --field as FIELD=mine or FIELD=theirs, not '{item}'.",
        "Пишите --field как FIELD=mine или FIELD=theirs, а не «{item}».",
        "--field мәнін «{item}» емес, FIELD=mine немесе FIELD=theirs түрінде жазыңыз."),
    "cli.say_what_to_keep": (
        "Say what to keep: --take mine|theirs and/or --field F=mine|theirs.",
        "Укажите, что сохранить: --take mine|theirs и/или --field F=mine|theirs.",
        "Нені сақтау керегін көрсетіңіз: --take mine|theirs және/немесе --field F=mine|theirs."),
    "cli.no_qrcode": (
        "QR codes need the 'qrcode' package, which is not installed; share the key text instead.",
        "Для QR-кодов нужен пакет «qrcode», он не установлен; передайте текст ключа.",
        "QR-кодтарға «qrcode» пакеті керек, ол орнатылмаған; оның орнына кілт мәтінін беріңіз."),
    "cli.brief_needs_id": (
        "A brief needs --id: the incident's reference (KK-2019-1A2B3C4D), uuid or number.",
        "Для справки нужен --id: номер инцидента (KK-2019-1A2B3C4D), uuid или число.",
        "Анықтамаға --id керек: оқиғаның нөмірі (KK-2019-1A2B3C4D), uuid немесе сан."),
    "cli.bad_incident_id": (
        "--id must be an incident reference like KK-2019-1A2B3C4D, a uuid or a number.",
        "--id: номер инцидента вида KK-2019-1A2B3C4D, uuid или число.",
        "--id: KK-2019-1A2B3C4D түріндегі оқиға нөмірі, uuid немесе сан."),
    "cli.no_incident": (
        "No incident has that reference, uuid or number.",
        "Инцидента с таким номером, uuid или числом нет.",
        "Мұндай нөмірі, uuid-і не саны бар оқиға жоқ."),
    "cli.dossier_needs_id": (
        "A dossier needs --id: a person or organisation code (P-7K3Q9), uuid or number.",
        "Для досье нужен --id: код лица или организации (P-7K3Q9), uuid или число.",
        "Досьеге --id керек: тұлғаның не ұйымның коды (P-7K3Q9), uuid немесе сан."),
    "cli.bad_subject_id": (
        "--id must be a code like P-7K3Q9 or O-4F7K2, a uuid or a number.",
        "--id: код вида P-7K3Q9 или O-4F7K2, uuid или число.",
        "--id: P-7K3Q9 не O-4F7K2 түріндегі код, uuid немесе сан."),
    "cli.no_subject": (
        "No person or organisation has that code, uuid or number.",
        "Лица или организации с таким кодом, uuid или числом нет.",
        "Мұндай коды, uuid-і не саны бар тұлға не ұйым жоқ."),
    "cli.link_needs_codes": (
        "A person's link needs the person's code and the organisation's code.",
        "Для связи лица нужны код лица и код организации.",
        "Тұлғаның байланысына тұлғаның коды мен ұйымның коды керек."),
    "cli.weak_passphrase": (
        "This passphrase is too easy to guess{advice}. Use five or six unrelated words, for example: {example}.",
        "Эту парольную фразу слишком легко угадать{advice}. Возьмите пять-шесть не связанных слов, например: "
        "{example}.",
        "Бұл құпия сөз тіркесін табу тым оңай{advice}. Бір-бірімен байланысы жоқ бес-алты сөз алыңыз, мысалы: "
        "{example}."),
    "cli.bad_incidents": (
        "--incidents must be zero or more.",
        "--incidents: ноль или больше.",
        "--incidents: нөл не одан көп."),
    "cli.no_vocabulary": (
        "There is no vocabulary '{name}'. Vocabularies: {names}.",
        "Справочника «{name}» нет. Справочники: {names}.",
        "«{name}» анықтамалығы жоқ. Анықтамалықтар: {names}."),
})

# ----- search, statistics, documents and exports, the demo -------------------------------------------
CATALOGUE.update({
    "search.bad_date": (
        "Cannot read the date '{text}'; write it as 2019-06-09, 2019-06 or 2019.",
        "Не удаётся прочитать дату «{text}»; напишите её так: 2019-06-09, 2019-06 или 2019.",
        "«{text}» күнін оқу мүмкін емес; былай жазыңыз: 2019-06-09, 2019-06 немесе 2019."),
    "search.bad_order": (
        "Cannot sort by '{order}'.",
        "Нельзя сортировать по «{order}».",
        "«{order}» бойынша сұрыптауға болмайды."),
    "stats.bad_unit": (
        "Unknown counting unit '{unit}'; use one of: {units}.",
        "Неизвестная единица счёта «{unit}»; возможные: {units}.",
        "Белгісіз есеп бірлігі «{unit}»; мыналардың бірін алыңыз: {units}."),
    "stats.bad_dimension": (
        "Cannot count by '{dimension}'; use one of: {dimensions}.",
        "Нельзя считать по «{dimension}»; возможные: {dimensions}.",
        "«{dimension}» бойынша санауға болмайды; мыналардың бірін алыңыз: {dimensions}."),
    # {dimension} is a known dimension as stats.choice ("gender (пол)"): its code and its name
    "stats.bad_repeated_dimension": (
        "Cannot count repeated threats by {dimension}.",
        "Нельзя считать повторные угрозы по признаку {dimension}.",
        "Қайталанған қатерлерді {dimension} белгісі бойынша санауға болмайды."),
    # a word to type on the command line, with what it means in the reader's language
    "stats.choice": ("{code} ({name})", "{code} ({name})", "{code} ({name})"),
    # names of the statistics' dimensions that no vocabulary or import field names already
    "stats.dimension.year": ("year", "год", "жыл"),
    "stats.dimension.month": ("month", "месяц", "ай"),
    "stats.dimension.category_group": (
        "defender category, subcategories counted under their category",
        "категория правозащитника, подкатегории в составе своей категории",
        "құқық қорғаушы санаты, ішкі санаттар өз санатында"),
    "stats.dimension.source_group": (
        "source of threat, sources counted under their group",
        "источник угрозы, источники в составе своей группы",
        "қатер көзі, көздер өз тобында"),
    "report.bad_language": (
        "Documents can be written in en, ru or kk, not '{lang}'.",
        "Документы можно писать на en, ru или kk, но не на «{lang}».",
        "Құжаттарды en, ru немесе kk тілінде жазуға болады, «{lang}» тілінде емес."),
    "report.bad_format": (
        "Unknown export format '{format}'; use csv, xlsx or json.",
        "Неизвестный формат экспорта «{format}»; возможные: csv, xlsx или json.",
        "Белгісіз экспорт пішімі «{format}»; csv, xlsx немесе json алыңыз."),
    "report.bad_profile": (
        "Unknown privacy profile '{profile}'; use full, pseudonymised or public.",
        "Неизвестный профиль приватности «{profile}»; возможные: full, pseudonymised или public.",
        "Белгісіз құпиялылық профилі «{profile}»; full, pseudonymised немесе public алыңыз."),
    "report.bad_unknown_choice": (
        "Unknown choice for names not in the registry '{choice}'; use ask, replace or keep.",
        "Неизвестный выбор для имён вне реестра «{choice}»; возможные: ask, replace или keep.",
        "Тізілімде жоқ аттарға белгісіз таңдау «{choice}»; ask, replace немесе keep алыңыз."),
    "report.bad_delimiter": (
        "A CSV delimiter is one character such as ; or , (or the word tab).",
        "Разделитель CSV — один символ, например ; или , (или слово tab).",
        "CSV бөлгіші — бір таңба, мысалы ; не , (немесе tab сөзі)."),
    "report.csv_needs_folder": (
        "For CSV, the output must be a folder (it receives threats.csv, incidents.csv, persons.csv, sources.csv "
        "and responses.csv).",
        "Для CSV нужно указать папку (в неё запишутся threats.csv, incidents.csv, persons.csv, sources.csv и "
        "responses.csv).",
        "CSV үшін қалта көрсету керек (оған threats.csv, incidents.csv, persons.csv, sources.csv және "
        "responses.csv жазылады)."),
    "report.dossier_one_subject": (
        "A dossier is about one person or one organisation: give exactly one of them.",
        "Досье составляется об одном лице или одной организации: укажите ровно одно.",
        "Досье бір тұлға не бір ұйым туралы жасалады: дәл біреуін көрсетіңіз."),
    "report.not_public": (
        "This incident is not marked public, so it has no public version.",
        "Этот инцидент не отмечен как публичный, поэтому публичной версии у него нет.",
        "Бұл оқиға жария деп белгіленбеген, сондықтан оның жария нұсқасы жоқ."),
    "report.font_missing": (
        "The PT Sans font package (fontpkg-pt-sans) is not installed; reinstall kkdesk to print PDFs.",
        "Пакет шрифта PT Sans (fontpkg-pt-sans) не установлен; переустановите kkdesk, чтобы печатать PDF.",
        "PT Sans қаріп пакеті (fontpkg-pt-sans) орнатылмаған; PDF басып шығару үшін kkdesk-ті қайта орнатыңыз."),
    "demo.no_vocabularies": (
        "The database has no threat types; demo data needs the shipped vocabularies.",
        "В базе нет видов угроз; демонстрационным данным нужны поставляемые справочники.",
        "Дерекқорда қатер түрлері жоқ; демо деректерге жеткізілетін анықтамалықтар керек."),
})

# ----- the command line's reports of what it did -------------------------------------------------------
CATALOGUE.update({
    "cli.import.mapping_written": (
        "Mapping written to {path}.",
        "Сопоставление записано в {path}.",
        "Сәйкестендіру {path} файлына жазылды."),
    "cli.import.mapping_to_decide": (
        "Mapping written to {path}; values to decide there: {count}. Replace each {{\"choose\": …}} by one of its "
        "codes (or a label), then run again with --mapping.",
        "Сопоставление записано в {path}; значений, по которым нужно решить: {count}. Замените каждое "
        "{{\"choose\": …}} одним из его кодов (или названием) и запустите снова с --mapping.",
        "Сәйкестендіру {path} файлына жазылды; шешілетін мәндер: {count}. Әр {{\"choose\": …}} мәнін оның "
        "кодтарының біріне (не атауына) ауыстырып, --mapping арқылы қайта іске қосыңыз."),
    "import.result": (
        "Imported: incidents {incidents}, threats {threats}; new persons {persons_created}, matched in the "
        "registry {persons_matched}; new organisations {organisations_created}; new terms {terms_added}.",
        "Импортировано: инцидентов — {incidents}, угроз — {threats}; новых лиц — {persons_created}, найдено в "
        "реестре — {persons_matched}; новых организаций — {organisations_created}; новых терминов — "
        "{terms_added}.",
        "Импортталды: оқиғалар — {incidents}, қатерлер — {threats}; жаңа тұлғалар — {persons_created}, "
        "тізілімнен табылғаны — {persons_matched}; жаңа ұйымдар — {organisations_created}; жаңа терминдер — "
        "{terms_added}."),
    "import.result.skipped_before": (
        "Skipped as imported before: {count}.",
        "Пропущено как импортированные раньше: {count}.",
        "Бұрын импортталған ретінде өткізілді: {count}."),
    "import.result.skipped_duplicates": (
        "Skipped as likely duplicates of recorded incidents: {count}.",
        "Пропущено как вероятные дубликаты записанных инцидентов: {count}.",
        "Жазылған оқиғалардың ықтимал қайталануы ретінде өткізілді: {count}."),
    "cli.created": (
        "Created {path}. Keep the passphrase safe: without it the data cannot be recovered.",
        "Создана база {path}. Храните парольную фразу надёжно: без неё данные не восстановить.",
        "{path} жасалды. Құпия сөз тіркесін сенімді сақтаңыз: онсыз деректерді қалпына келтіру мүмкін емес."),
    "cli.demo_created": (
        "Created {path}: incidents {incidents}, threats {threats}, persons {persons}, organisations "
        "{organisations} (all fictional).",
        "Создана база {path}: инцидентов — {incidents}, угроз — {threats}, лиц — {persons}, организаций — "
        "{organisations} (все вымышлены).",
        "{path} жасалды: оқиғалар — {incidents}, қатерлер — {threats}, тұлғалар — {persons}, ұйымдар — "
        "{organisations} (бәрі ойдан шығарылған)."),
    "cli.search.found": (
        "Incidents: {incidents}, persons: {persons}, organisations: {organisations}",
        "Инцидентов: {incidents}, лиц: {persons}, организаций: {organisations}",
        "Оқиғалар: {incidents}, тұлғалар: {persons}, ұйымдар: {organisations}"),
    "cli.destroy.countdown": (
        "Destroying the database and its backups in 5 seconds. Press Ctrl+C to cancel.",
        "База и её резервные копии будут уничтожены через 5 секунд. Нажмите Ctrl+C для отмены.",
        "Дерекқор мен оның сақтық көшірмелері 5 секундтан кейін жойылады. Болдырмау үшін Ctrl+C басыңыз."),
    "cli.destroy.done": (
        "Destroyed files: {count}; the data cannot be recovered, not even with the passphrase.",
        "Уничтожено файлов: {count}; данные не восстановить даже с парольной фразой.",
        "Жойылған файлдар: {count}; деректерді құпия сөз тіркесімен де қалпына келтіру мүмкін емес."),
    "cli.passphrase_changed": ("Passphrase changed.", "Парольная фраза изменена.", "Құпия сөз тіркесі өзгертілді."),
    "cli.wrote": ("Wrote {path}", "Записано: {path}", "Жазылды: {path}"),
    "cli.keys.created": (
        "New exchange keys were created for this database.",
        "Для этой базы созданы новые ключи обмена.",
        "Бұл дерекқорға жаңа алмасу кілттері жасалды."),
    "cli.keys.public": (
        "This database's public key (give it to the other side):",
        "Открытый ключ этой базы (передайте его другой стороне):",
        "Осы дерекқордың ашық кілті (оны екінші жаққа беріңіз):"),
    "cli.keys.fingerprint": (
        "Fingerprint (compare it by voice or in person): {fingerprint}",
        "Отпечаток (сверьте его голосом или лично): {fingerprint}",
        "Саусақ ізі (оны дауыспен не жеке кездесіп салыстырыңыз): {fingerprint}"),
    "cli.keys.qr": ("QR code written to {path}.", "QR-код записан в {path}.", "QR-код {path} файлына жазылды."),
    "cli.keys.registered": (
        "Registered peer '{name}' ({role}), fingerprint {fingerprint}.",
        "Зарегистрирован участник «{name}» ({role}), отпечаток {fingerprint}.",
        "«{name}» қатысушысы тіркелді ({role}), саусақ ізі {fingerprint}."),
    "cli.keys.role_set": (
        "Peer '{name}' is now a {role}.",
        "Участник «{name}» теперь: {role}.",
        "«{name}» қатысушысы енді: {role}."),
    "cli.keys.peers": ("Registered peers: {count}", "Зарегистрированных участников: {count}",
                       "Тіркелген қатысушылар: {count}"),
    "cli.conflict.resolved": (
        "Conflict {id} resolved; the merged record goes to the peer with the next bundle.",
        "Конфликт {id} решён; объединённая запись уйдёт участнику со следующим пакетом.",
        "{id} қайшылығы шешілді; біріктірілген жазба қатысушыға келесі пакетпен жіберіледі."),
    "cli.purge.dry": (
        "Nothing was deleted; add --confirm to delete these records from this laptop.",
        "Ничего не удалено; добавьте --confirm, чтобы удалить эти записи с этого ноутбука.",
        "Ештеңе жойылмады; бұл жазбаларды ноутбуктан жою үшін --confirm қосыңыз."),
    "cli.purge.done": (
        "Deleted what the coordinator acknowledged: incidents {incidents}, persons {persons}, organisations "
        "{organisations}.",
        "Удалено то, что подтвердил координатор: инцидентов — {incidents}, лиц — {persons}, организаций — "
        "{organisations}.",
        "Үйлестіруші растағаны жойылды: оқиғалар — {incidents}, тұлғалар — {persons}, ұйымдар — {organisations}."),
    "purge.plan": (
        "Acknowledged by the coordinator: incidents {incidents}, persons {persons}, organisations {organisations}; "
        "exchanged records changed since, which stay until the next hand-over: {kept}.",
        "Подтверждено координатором: инцидентов — {incidents}, лиц — {persons}, организаций — {organisations}; "
        "переданных записей, изменённых после этого (остаются до следующей передачи): {kept}.",
        "Үйлестіруші растағаны: оқиғалар — {incidents}, тұлғалар — {persons}, ұйымдар — {organisations}; "
        "содан кейін өзгерген жіберілген жазбалар (келесі тапсыруға дейін қалады): {kept}."),

    # ----- progress of long work (the label under a progress bar) -----------------------------
    "progress.rebuild_index": ("Rebuilding the search index", "Перестраивается поисковый индекс", "Іздеу индексі қайта құрылуда"),
    "progress.count_sources": ("Counting information sources", "Подсчёт источников информации", "Ақпарат көздері саналуда"),
    "progress.deleting": ("Deleting", "Удаление", "Жойылуда"),
    "progress.stats_ready": ("Statistics ready", "Статистика готова", "Статистика дайын"),
    "progress.stats_preparing": ("Preparing statistics", "Подготовка статистики", "Статистика дайындалуда"),
    "progress.demo_persons": ("Creating persons", "Создаются лица", "Тұлғалар жасалуда"),
    "progress.demo_incidents": ("Creating incidents", "Создаются инциденты", "Оқиғалар жасалуда"),
    "progress.done": ("Done", "Готово", "Дайын"),
    "progress.verify_pages": ("Checking page authentication codes", "Проверка кодов подлинности страниц", "Беттердің түпнұсқалық кодтары тексерілуде"),
    "progress.verify_structure": ("Checking the database structure", "Проверка структуры базы данных", "Дерекқор құрылымы тексерілуде"),
    "progress.verify_attachments": ("Checking attachments", "Проверка вложений", "Тіркемелер тексерілуде"),
    "progress.verify_chain": ("Checking the history chain", "Проверка цепочки истории изменений", "Өзгерістер тарихының тізбегі тексерілуде"),
    "progress.verify_records": ("Checking the history against the records", "Сверка истории изменений с записями", "Өзгерістер тарихы жазбалармен салыстырылуда"),
    "progress.preparing": ("Preparing", "Подготовка", "Дайындалуда"),
    "progress.import_persons": ("Adding persons", "Добавляются лица", "Тұлғалар қосылуда"),
    "progress.import_rows": ("Checking rows", "Проверка строк", "Жолдар тексерілуде"),
    "progress.import_duplicates": ("Looking for duplicates", "Поиск возможных дубликатов", "Ықтимал қайталанулар ізделуде"),
    "progress.checked": ("Checked", "Проверка завершена", "Тексеру аяқталды"),
    "progress.importing": ("Importing", "Импорт", "Импортталуда"),

    # ----- the command line: review, vocabularies, bundle conflicts, unknown names -----------------
    "cli.review.waiting": (
        "Waiting for my review ({actor}): {count}",
        "Ждут моей проверки ({actor}): {count}",
        "Менің тексеруімді күтуде ({actor}): {count}"),
    "cli.review.returned": (
        "Returned to me ({actor}): {count}",
        "Возвращены мне ({actor}): {count}",
        "Маған қайтарылғандар ({actor}): {count}"),
    "cli.review.row": (
        "  {ref}  {date}  {title}  [last edited by {editor}; independent sources: {sources}]",
        "  {ref}  {date}  {title}  [последним изменил(а): {editor}; независимых источников: {sources}]",
        "  {ref}  {date}  {title}  [соңғы өзгерткен: {editor}; тәуелсіз дереккөздер: {sources}]"),
    "cli.review.done.submit": (
        "Records submitted for review by {actor}: {count}.",
        "Отправлено на проверку ({actor}), записей: {count}.",
        "Тексеруге жіберілді ({actor}), жазбалар: {count}."),
    "cli.review.done.verify": (
        "Records verified by {actor}: {count}.",
        "Проверено ({actor}), записей: {count}.",
        "Тексерілді ({actor}), жазбалар: {count}."),
    "cli.review.done.return": (
        "Records returned to their author by {actor}: {count}.",
        "Возвращено автору ({actor}), записей: {count}.",
        "Авторына қайтарылды ({actor}), жазбалар: {count}."),
    "cli.review.done.reopen": (
        "Records reopened by {actor}: {count}.",
        "Проверка отменена ({actor}), записей: {count}.",
        "Тексеру қайта ашылды ({actor}), жазбалар: {count}."),
    "cli.review.done.comment": (
        "Records commented on by {actor}: {count}.",
        "Прокомментировано ({actor}), записей: {count}.",
        "Пікір қалдырылды ({actor}), жазбалар: {count}."),
    "cli.review.state": ("Review: {state}", "Проверка: {state}", "Тексеру: {state}"),
    "cli.review.state.draft": ("draft", "черновик", "жоба"),
    "cli.review.state.submitted": ("submitted", "на проверке", "тексеруде"),
    "cli.review.state.returned": ("returned", "возвращено автору", "авторына қайтарылған"),
    "cli.review.state.verified": ("verified", "проверено", "тексерілген"),
    "cli.review.step.submit": ("submit", "отправлено", "жіберілді"),
    "cli.review.step.return": ("return", "возвращено", "қайтарылды"),
    "cli.review.step.verify": ("verify", "проверено", "тексерілді"),
    "cli.review.step.comment": ("comment", "комментарий", "пікір"),
    "cli.review.step.reopen": ("reopen", "открыто заново", "қайта ашылды"),
    "cli.review.step.arrive": ("arrive", "получено в пакете", "пакетпен келді"),
    "cli.review.name_set": (
        "Changes are now recorded as '{actor}'.",
        "Изменения теперь записываются от имени «{actor}».",
        "Өзгерістер енді «{actor}» атынан жазылады."),
    "cli.review.name_unset": (
        "(not set; changes are recorded as '{actor}')",
        "(не задано; изменения записываются от имени «{actor}»)",
        "(орнатылмаған; өзгерістер «{actor}» атынан жазылады)"),
    "cli.linked": ("Linked.", "Связь добавлена.", "Байланыс қосылды."),
    "cli.vocab.count": ("{name}  terms: {count}", "{name}  терминов: {count}", "{name}  терминдер: {count}"),
    "cli.vocab.hint": (
        "Show the terms of one: kkdesk vocab list VOCAB [--lang en|ru|kk] [--match TEXT]",
        "Термины одного справочника: kkdesk vocab list VOCAB [--lang en|ru|kk] [--match TEXT]",
        "Бір анықтамалықтың терминдері: kkdesk vocab list VOCAB [--lang en|ru|kk] [--match TEXT]"),
    "cli.vocab.parent": ("  (in {parent})", "  (входит в {parent})", "  ({parent} құрамында)"),
    "cli.vocab.aliases": ("    also: {aliases}", "    также: {aliases}", "    сондай-ақ: {aliases}"),
    "cli.bundle.conflict_row": (
        "{id}\t{entity}\t{label}\twith '{peer}'\tfields: {fields}",
        "{id}\t{entity}\t{label}\tучастник «{peer}»\tполя: {fields}",
        "{id}\t{entity}\t{label}\tқатысушы «{peer}»\tөрістер: {fields}"),
    "cli.bundle.conflict_head": (
        "Conflict {id}: {entity} {label} (with '{peer}')",
        "Конфликт {id}: {entity} {label} (участник «{peer}»)",
        "Қайшылық {id}: {entity} {label} (қатысушы «{peer}»)"),
    "cli.bundle.conflict_field": (
        "  {field}:\n    mine:   {mine}\n    theirs: {theirs}",
        "  {field}:\n    моё:    {mine}\n    их:     {theirs}",
        "  {field}:\n    менікі:   {mine}\n    олардікі: {theirs}"),
    "cli.bundle.entity.incident": ("incident", "инцидент", "оқиға"),
    "cli.bundle.entity.person": ("person", "лицо", "тұлға"),
    "cli.bundle.entity.organisation": ("organisation", "организация", "ұйым"),
    "cli.unknown_names": (
        "kkdesk: nothing written. The text names people who are not in the registry ({count}):",
        "kkdesk: ничего не записано. В тексте названы люди, которых нет в реестре ({count}):",
        "kkdesk: ештеңе жазылмады. Мәтінде тізілімде жоқ адамдардың аттары бар ({count}):"),
    "cli.unknown_names_hint": (
        "Run again with --replace-unknown-names to replace them with a placeholder, or with "
        "--keep-unknown-names to keep them (add the people to the registry to give them codes).",
        "Запустите снова с --replace-unknown-names, чтобы заменить их заполнителем, или с "
        "--keep-unknown-names, чтобы оставить их как есть (добавьте этих людей в реестр, чтобы дать им коды).",
        "Оларды толтырғышпен ауыстыру үшін --replace-unknown-names параметрімен, ал сол күйінде қалдыру үшін "
        "--keep-unknown-names параметрімен қайта іске қосыңыз (код беру үшін адамдарды тізілімге қосыңыз)."),
    # ----- the dashboard's charts --------------------------------------------------------------
    "chart.nothing_to_save": (
        "There is no chart to save yet.",
        "Пока нет диаграммы, которую можно сохранить.",
        "Сақтайтын диаграмма әлі жоқ."),
    # ----- the command line's --help (kkdesk.cli.help_texts): cli.about.<command> describes a command,
    # cli.cmd.<command> is its line in the list of commands, cli.help.<command>.<option> an option's help
    # (cli.help.<option> when every command shares it). argparse's own words: cli.argparse.*.
    "cli.about": (
        "Offline, encrypted case store for monitoring threats against human rights defenders. "
        "With no command, the desktop application starts.",
        "Автономное зашифрованное хранилище дел для мониторинга угроз правозащитникам. "
        "Без команды запускается приложение с окнами.",
        "Құқық қорғаушыларға төнген қатерлерді бақылауға арналған, желісіз жұмыс істейтін шифрланған істер қоймасы. "
        "Команда берілмесе, терезелі қолданба іске қосылады."),
    "cli.help.lang": (
        "language of messages (default: $KKDESK_LANG, else the locale)",
        "язык сообщений (по умолчанию: $KKDESK_LANG, иначе язык системы)",
        "хабарламалар тілі (әдепкісі: $KKDESK_LANG, болмаса жүйенің тілі)"),
    "cli.help.version": (
        "show the version and build, then exit",
        "показать версию и сборку и выйти",
        "нұсқасы мен жинағын көрсетіп, шығу"),
    "cli.help.passphrase_file": (
        "read the passphrase from the first line of FILE (else $KKDESK_PASSPHRASE, else a prompt)",
        "прочитать парольную фразу из первой строки FILE (иначе из $KKDESK_PASSPHRASE, иначе спросить)",
        "құпия сөз тіркесін FILE файлының бірінші жолынан оқу (болмаса $KKDESK_PASSPHRASE-тен, болмаса сұрау)"),
    "cli.help.json": ("print JSON instead of text", "вывести JSON вместо текста", "мәтіннің орнына JSON шығару"),
    "cli.help.db": ("the database file (.kkdb)", "файл базы данных (.kkdb)", "дерекқор файлы (.kkdb)"),
    "cli.cmd.init": (
        "create a new encrypted database",
        "создать новую зашифрованную базу данных",
        "жаңа шифрланған дерекқор құру"),
    "cli.cmd.demo": (
        "create a database filled with fictional demo records",
        "создать базу данных с вымышленными демонстрационными записями",
        "ойдан шығарылған көрсетілім жазбалары бар дерекқор құру"),
    "cli.help.demo.incidents": (
        "how many incidents (default 2000)",
        "сколько инцидентов (по умолчанию 2000)",
        "қанша оқиға (әдепкісі 2000)"),
    "cli.help.demo.seed": (
        "random seed, for repeatable data (default 1)",
        "начальное число генератора, чтобы данные повторялись (по умолчанию 1)",
        "деректер қайталануы үшін кездейсоқ сандар генераторының бастапқы мәні (әдепкісі 1)"),
    "cli.cmd.search": (
        "full-text search of incidents and persons (any script)",
        "полнотекстовый поиск по инцидентам и лицам (любым алфавитом)",
        "оқиғалар мен тұлғалар бойынша толық мәтінді іздеу (кез келген әліпбимен)"),
    "cli.cmd.stats": (
        "count threats, incidents or persons by one or more fields",
        "посчитать угрозы, инциденты или лиц по одному или нескольким признакам",
        "қатерлерді, оқиғаларды немесе тұлғаларды бір не бірнеше белгі бойынша санау"),
    "cli.help.stats.by": (
        "field(s), comma-separated: year, month, region, city, category, category_group (advocates and legal "
        "consultants as lawyers), threat_type, threat_group, source, source_group (the ministries together), "
        "org_kind, gender, status, tag, …",
        "признак(и) через запятую: year, month, region, city, category, category_group (адвокаты и юрконсультанты "
        "как юристы), threat_type, threat_group, source, source_group (министерства вместе), org_kind, gender, "
        "status, tag, …",
        "белгі(лер), үтір арқылы: year, month, region, city, category, category_group (адвокаттар мен заң "
        "консультанттары заңгерлер ретінде), threat_type, threat_group, source, source_group (министрліктер бірге), "
        "org_kind, gender, status, tag, …"),
    "cli.help.stats.unit": (
        "what to count (default: threats)",
        "что считать (по умолчанию: угрозы, threats)",
        "нені санау (әдепкісі: қатерлер, threats)"),
    "cli.help.from": (
        "first day (2019-01-01, 2019-06 or 2019)",
        "первый день (2019-01-01, 2019-06 или 2019)",
        "бірінші күн (2019-01-01, 2019-06 немесе 2019)"),
    "cli.help.to": (
        "last day (inclusive)",
        "последний день (включительно)",
        "соңғы күн (қоса алғанда)"),
    "cli.help.stats.lang": (
        "language of the table and its labels (default: $KKDESK_LANG, else the locale)",
        "язык таблицы и подписей (по умолчанию: $KKDESK_LANG, иначе язык системы)",
        "кесте мен жазулардың тілі (әдепкісі: $KKDESK_LANG, болмаса жүйенің тілі)"),
    "cli.cmd.backup": (
        "write a verified, encrypted backup",
        "записать проверенную зашифрованную резервную копию",
        "тексерілген, шифрланған сақтық көшірме жазу"),
    "cli.help.backup.dest": (
        "backup file, or a folder for rotating timestamped backups",
        "файл копии или папка для сменяемых копий с отметкой времени",
        "көшірме файлы немесе уақыт белгісі бар ауыспалы көшірмелерге арналған қалта"),
    "cli.help.backup.keep": (
        "backups to keep when DEST is a folder (default 7)",
        "сколько копий хранить, если DEST — папка (по умолчанию 7)",
        "DEST қалта болса, қанша көшірме сақтау (әдепкісі 7)"),
    "cli.cmd.restore": (
        "replace a database with a verified copy of a backup",
        "заменить базу данных проверенной копией из резервной копии",
        "дерекқорды сақтық көшірменің тексерілген нұсқасымен алмастыру"),
    "cli.cmd.verify": (
        "check pages, structure, attachment hashes and the history chain",
        "проверить страницы, структуру, хеши вложений и цепочку истории",
        "беттерді, құрылымды, тіркемелердің хэштерін және тарих тізбегін тексеру"),
    "cli.cmd.unblock": (
        "lift the write block a failed verification left (logged in the history)",
        "снять запрет записи, оставленный неудачной проверкой (записывается в историю)",
        "сәтсіз тексеруден қалған жазу тыйымын алу (тарихқа жазылады)"),
    "cli.help.unblock.reason": (
        "why the data can be trusted again (kept in the history)",
        "почему данным снова можно доверять (сохраняется в истории)",
        "деректерге неге қайта сенуге болады (тарихта сақталады)"),
    "cli.cmd.destroy": (
        "quick-delete: make the database and its backups unreadable forever",
        "быстрое удаление: навсегда сделать базу данных и её копии нечитаемыми",
        "жылдам жою: дерекқорды және оның көшірмелерін біржола оқылмайтын ету"),
    "cli.help.destroy.backups": (
        "also destroy the rotating backups of DB in DIR",
        "уничтожить также сменяемые копии DB в папке DIR",
        "DIR қалтасындағы DB-ның ауыспалы көшірмелерін де жою"),
    "cli.help.destroy.yes": (
        "do it without the 5-second chance to cancel",
        "выполнить без 5 секунд на отмену",
        "бас тартуға берілетін 5 секундсыз орындау"),
    "cli.cmd.passwd": (
        "change the passphrase",
        "сменить парольную фразу",
        "құпия сөз тіркесін ауыстыру"),
    "cli.help.passwd.new_passphrase_file": (
        "read the new passphrase from FILE (else $KKDESK_NEW_PASSPHRASE, else a prompt)",
        "прочитать новую парольную фразу из FILE (иначе из $KKDESK_NEW_PASSPHRASE, иначе спросить)",
        "жаңа құпия сөз тіркесін FILE файлынан оқу (болмаса $KKDESK_NEW_PASSPHRASE-тен, болмаса сұрау)"),
    "cli.cmd.report": (
        "print a PDF (case brief, defender dossier, periodic overview) or write a UN submission draft (.docx)",
        "напечатать PDF (справка по делу, досье правозащитника, периодический обзор) или написать проект "
        "доклада для ООН (.docx)",
        "PDF шығару (іс бойынша анықтама, құқық қорғаушының досьесі, кезеңдік шолу) немесе БҰҰ-ға баяндаманың "
        "жобасын жазу (.docx)"),
    "cli.help.report.kind": (
        "submission: a UPR / treaty-body draft (.docx) of a period of at most four years",
        "submission: проект для УПО или договорного органа (.docx) за период не более четырёх лет",
        "submission: ЖМШ-ға немесе шарттық органға арналған жоба (.docx), кезеңі төрт жылдан аспайды"),
    "cli.help.report.id": (
        "brief: incident ref (KK-2019-1A2B3C4D), uuid or number; dossier: person/organisation code (P-7K3Q9, "
        "O-4F7K2), uuid or person number",
        "brief: номер инцидента (KK-2019-1A2B3C4D), uuid или число; dossier: код лица или организации "
        "(P-7K3Q9, O-4F7K2), uuid или номер лица",
        "brief: оқиғаның нөмірі (KK-2019-1A2B3C4D), uuid немесе сан; dossier: тұлғаның не ұйымның коды "
        "(P-7K3Q9, O-4F7K2), uuid немесе тұлғаның нөмірі"),
    "cli.help.report.org": (
        "dossier: read a plain number in --id as an organisation",
        "dossier: считать простое число в --id номером организации",
        "dossier: --id ішіндегі жай санды ұйымның нөмірі деп оқу"),
    "cli.help.report.from": (
        "overview, submission: first day (2019-01-01, 2019-06 or 2019)",
        "overview, submission: первый день (2019-01-01, 2019-06 или 2019)",
        "overview, submission: бірінші күн (2019-01-01, 2019-06 немесе 2019)"),
    "cli.help.report.to": (
        "overview: last day, inclusive",
        "overview: последний день включительно",
        "overview: соңғы күн, қоса алғанда"),
    "cli.help.report.lang": (
        "language of the document (default: $KKDESK_LANG, else the locale)",
        "язык документа (по умолчанию: $KKDESK_LANG, иначе язык системы)",
        "құжаттың тілі (әдепкісі: $KKDESK_LANG, болмаса жүйенің тілі)"),
    "cli.help.report.profile": (
        "what the document may show (default full; a submission: pseudonymised)",
        "что может показывать документ (по умолчанию full; для доклада ООН — pseudonymised)",
        "құжат нені көрсете алады (әдепкісі full; БҰҰ-ға баяндамада — pseudonymised)"),
    "cli.help.report.coalition": (
        "submission: a joint submission of several organisations (10 pages instead of 5)",
        "submission: совместный доклад нескольких организаций (10 страниц вместо 5)",
        "submission: бірнеше ұйымның бірлескен баяндамасы (5 беттің орнына 10 бет)"),
    "cli.help.report.pdfa": (
        "archival PDF/A-2b (sRGB output intent, XMP metadata)",
        "архивный PDF/A-2b (профиль вывода sRGB, метаданные XMP)",
        "мұрағаттық PDF/A-2b (sRGB шығыс профилі, XMP метадеректері)"),
    "cli.help.records": (
        "overview, submission, dossier, export: only verified records, or all (default: verified for an overview "
        "and a submission, all for a dossier and an export); the document says which",
        "overview, submission, dossier, export: только проверенные записи или все (по умолчанию: проверенные для "
        "обзора и доклада ООН, все для досье и экспорта); документ указывает, какие",
        "overview, submission, dossier, export: тек тексерілген жазбалар немесе бәрі (әдепкісі: шолу мен БҰҰ-ға "
        "баяндама үшін тексерілгендер, досье мен экспорт үшін бәрі); құжат қайсысы екенін көрсетеді"),
    "cli.help.replace_unknown_names": (
        "pseudonymised: replace names that are not in the registry with [name]",
        "pseudonymised: заменить имена, которых нет в реестре, на [name]",
        "pseudonymised: тізілімде жоқ аттарды [name] деп ауыстыру"),
    "cli.help.keep_unknown_names": (
        "pseudonymised: keep names that are not in the registry as written",
        "pseudonymised: оставить имена, которых нет в реестре, как написаны",
        "pseudonymised: тізілімде жоқ аттарды жазылғандай қалдыру"),
    "cli.cmd.export": (
        "export for analysis: CSV (a folder of 5 files), XLSX or full JSON",
        "экспорт для анализа: CSV (папка из 5 файлов), XLSX или полный JSON",
        "талдауға арналған экспорт: CSV (5 файлдан тұратын қалта), XLSX немесе толық JSON"),
    "cli.help.export.from": (
        "first day of incidents to export",
        "первый день экспортируемых инцидентов",
        "экспортталатын оқиғалардың бірінші күні"),
    "cli.help.export.to": (
        "last day, inclusive",
        "последний день включительно",
        "соңғы күн, қоса алғанда"),
    "cli.help.export.lang": (
        "language of labels (CSV, XLSX; default: $KKDESK_LANG, else the locale)",
        "язык подписей (CSV, XLSX; по умолчанию: $KKDESK_LANG, иначе язык системы)",
        "жазулардың тілі (CSV, XLSX; әдепкісі: $KKDESK_LANG, болмаса жүйенің тілі)"),
    "cli.help.export.out": (
        "file (xlsx, json) or folder (csv)",
        "файл (xlsx, json) или папка (csv)",
        "файл (xlsx, json) немесе қалта (csv)"),
    "cli.help.export.delimiter": (
        "CSV: the separator, e.g. ';' ',' or tab (default ';' for ru and kk, ',' for en)",
        "CSV: разделитель, например ';' ',' или табуляция (по умолчанию ';' для ru и kk, ',' для en)",
        "CSV: бөлгіш, мысалы ';' ',' немесе табуляция (әдепкісі ru мен kk үшін ';', en үшін ',')"),
    "cli.cmd.import": (
        "import a spreadsheet (CSV, XLSX) or a kkdesk JSON export",
        "импортировать таблицу (CSV, XLSX) или JSON-экспорт kkdesk",
        "кестені (CSV, XLSX) немесе kkdesk JSON экспортын импорттау"),
    "cli.about.import": (
        "Checks the whole file first and prints a report of every problem by row and column; then imports "
        "everything in one step, or nothing. Importing the same file again skips what was imported before.",
        "Сначала проверяет весь файл и выводит отчёт обо всех проблемах по строкам и столбцам; затем импортирует "
        "всё за один шаг или ничего. При повторном импорте того же файла уже импортированное пропускается.",
        "Алдымен бүкіл файлды тексеріп, әр мәселе туралы жолдар мен бағандар бойынша есеп шығарады; содан кейін "
        "бәрін бір қадаммен импорттайды немесе ештеңе импорттамайды. Сол файлды қайта импорттағанда бұрын "
        "импортталғаны өткізіліп жіберіледі."),
    "cli.help.import.file": (
        "CSV, XLSX or a kkdesk JSON export",
        "CSV, XLSX или JSON-экспорт kkdesk",
        "CSV, XLSX немесе kkdesk JSON экспорты"),
    "cli.help.import.mapping": (
        "column and value mapping to use (JSON, see docs/import-mapping.md); values not in it are suggested",
        "сопоставление столбцов и значений (JSON, см. docs/import-mapping.md); для значений, которых в нём нет, "
        "предлагаются варианты",
        "бағандар мен мәндердің сәйкестігі (JSON, docs/import-mapping.md қараңыз); онда жоқ мәндерге "
        "нұсқалар ұсынылады"),
    "cli.help.import.save_mapping": (
        "write the mapping used (suggested or edited) to MAP; values not mapped yet are written with their "
        "closest terms to choose from",
        "записать использованное сопоставление (предложенное или исправленное) в MAP; ещё не сопоставленные "
        "значения записываются с ближайшими терминами на выбор",
        "қолданылған сәйкестікті (ұсынылған не түзетілген) MAP файлына жазу; әлі сәйкестендірілмеген мәндер "
        "таңдауға арналған ең жақын терминдерімен жазылады"),
    "cli.help.import.dry_run": (
        "only check and print the report; write nothing",
        "только проверить и вывести отчёт; ничего не записывать",
        "тек тексеріп, есепті шығару; ештеңе жазбау"),
    "cli.help.import.keep_duplicates": (
        "also import rows that look like incidents already recorded",
        "импортировать и строки, похожие на уже записанные инциденты",
        "бұрын жазылған оқиғаларға ұқсайтын жолдарды да импорттау"),
    "cli.help.import.sheet": (
        "XLSX: the sheet to read (default: the first that holds a table)",
        "XLSX: какой лист читать (по умолчанию: первый, на котором есть таблица)",
        "XLSX: қай парақты оқу (әдепкісі: кестесі бар алғашқы парақ)"),
    "cli.help.import.encoding": (
        "CSV: the text encoding (default: guessed; e.g. cp1251, koi8-r, cp866, mac-cyrillic, utf-16)",
        "CSV: кодировка текста (по умолчанию определяется сама; например cp1251, koi8-r, cp866, mac-cyrillic, "
        "utf-16)",
        "CSV: мәтіннің кодталуы (әдепкісі өзі анықталады; мысалы cp1251, koi8-r, cp866, mac-cyrillic, utf-16)"),
    "cli.help.import.header_row": (
        "the row number of the header (default: found below any title rows)",
        "номер строки заголовков (по умолчанию находится под строками названия)",
        "тақырып жолының нөмірі (әдепкісі атау жолдарының астынан табылады)"),
    "cli.cmd.casework-stats": (
        "protection actions by type and outcome, response time, follow-ups on time, persons by risk level",
        "меры защиты по видам и итогам, время реагирования, своевременность последующих шагов, лица по уровню риска",
        "қорғау шаралары түрлері мен нәтижелері бойынша, ден қою уақыты, келесі қадамдардың уақтылығы, "
        "тұлғалар тәуекел деңгейі бойынша"),
    "cli.cmd.bundle": (
        "encrypted, signed exchange bundles between monitors and the coordinator",
        "зашифрованные подписанные пакеты обмена между мониторами и координатором",
        "мониторлар мен үйлестіруші арасындағы шифрланған, қол қойылған алмасу пакеттері"),
    "cli.cmd.review": (
        "review before a record counts: lists, submit, return, verify",
        "проверка до того, как запись учитывается: списки, отправка, возврат, подтверждение",
        "жазба есепке алынар алдындағы тексеру: тізімдер, жіберу, қайтару, растау"),
    "cli.cmd.gui": (
        "start the desktop application",
        "запустить приложение с окнами",
        "терезелі қолданбаны іске қосу"),
    "cli.help.gui.db": (
        "database to offer for unlocking",
        "база данных, которую предложить открыть",
        "ашуға ұсынылатын дерекқор"),
    "cli.help.gui.demo": (
        "open (and create on first use) the demo database",
        "открыть демонстрационную базу данных (при первом запуске — создать)",
        "көрсетілім дерекқорын ашу (алғаш қолданғанда — құру)"),
    "cli.help.gui.self_test": (
        "check this installation: open the demo, save an overview PDF to FILE.pdf, lock, quit (exit status 0 "
        "when all worked)",
        "проверить эту установку: открыть демонстрационную базу, сохранить обзор в FILE.pdf, заблокировать, выйти "
        "(код завершения 0, если всё сработало)",
        "осы орнатуды тексеру: көрсетілім дерекқорын ашу, шолуды FILE.pdf файлына сақтау, құлыптау, шығу "
        "(бәрі істесе, аяқталу коды 0)"),
    "cli.cmd.keys": (
        "show this database's exchange keys (made on first use); register peers",
        "показать ключи обмена этой базы данных (создаются при первом использовании); зарегистрировать партнёров",
        "осы дерекқордың алмасу кілттерін көрсету (алғаш қолданғанда жасалады); серіктестерді тіркеу"),
    "cli.about.keys": (
        "Prints this database's public exchange key and its fingerprint (compare the fingerprint by phone or in "
        "person before trusting a key), then the registered peers.",
        "Выводит открытый ключ обмена этой базы данных и его отпечаток (прежде чем доверять ключу, сверьте "
        "отпечаток по телефону или при встрече), затем зарегистрированных партнёров.",
        "Осы дерекқордың ашық алмасу кілтін және оның іздерін шығарады (кілтке сенер алдында ізді телефонмен "
        "немесе кездескенде салыстырыңыз), содан кейін тіркелген серіктестерді."),
    "cli.help.keys.add_peer": (
        "register the other side's key under a name you choose (kept inside the database)",
        "зарегистрировать ключ другой стороны под выбранным вами именем (хранится внутри базы данных)",
        "екінші тараптың кілтін өзіңіз таңдаған атпен тіркеу (дерекқордың ішінде сақталады)"),
    "cli.help.keys.role": (
        "with --add-peer, or alone with --peer: who the peer is to this database. Records from a monitor arrive "
        "as submitted; the coordinator's review decisions are taken (default: monitor)",
        "с --add-peer или отдельно с --peer: кем партнёр приходится этой базе данных. Записи от монитора приходят "
        "как отправленные на проверку; решения координатора по проверке принимаются (по умолчанию: monitor)",
        "--add-peer-пен бірге немесе --peer-пен жеке: серіктес осы дерекқор үшін кім. Монитордан келген жазбалар "
        "тексеруге жіберілген болып келеді; үйлестірушінің тексеру шешімдері қабылданады (әдепкісі: monitor)"),
    "cli.help.keys.peer": (
        "with --role: change a registered peer's role",
        "с --role: изменить роль зарегистрированного партнёра",
        "--role-пен бірге: тіркелген серіктестің рөлін өзгерту"),
    "cli.help.keys.qr": (
        "also write the key as a QR code (needs the qrcode package)",
        "также записать ключ в виде QR-кода (нужен пакет qrcode)",
        "кілтті QR-код түрінде де жазу (qrcode бумасы керек)"),
    "cli.cmd.bundle.export": (
        "write the changes since the last exchange with a peer to one file",
        "записать изменения с последнего обмена с партнёром в один файл",
        "серіктеспен соңғы алмасудан бергі өзгерістерді бір файлға жазу"),
    "cli.cmd.bundle.import": (
        "read a bundle from a registered peer (any order, repeatedly)",
        "прочитать пакет от зарегистрированного партнёра (в любом порядке, повторно)",
        "тіркелген серіктестен келген пакетті оқу (кез келген ретпен, қайта-қайта)"),
    "cli.cmd.bundle.conflicts": (
        "list records changed on both sides since the last exchange",
        "перечислить записи, изменённые с обеих сторон после последнего обмена",
        "соңғы алмасудан кейін екі жақта да өзгертілген жазбаларды тізу"),
    "cli.cmd.bundle.resolve": (
        "resolve a conflict: keep mine or take theirs, field by field",
        "разрешить конфликт: оставить своё или принять их значение, поле за полем",
        "қайшылықты шешу: әр өріс бойынша өзіңдікін қалдыру немесе олардікін алу"),
    "cli.cmd.bundle.purge": (
        "delete from this laptop what the coordinator acknowledged receiving",
        "удалить с этого компьютера то, получение чего подтвердил координатор",
        "үйлестіруші алғанын растаған жазбаларды осы компьютерден жою"),
    "cli.help.bundle.export.to": (
        "the peer's name or key text",
        "имя партнёра или текст его ключа",
        "серіктестің аты немесе кілтінің мәтіні"),
    "cli.help.bundle.export.records": (
        "all changed records (a monitor's bundle, the default); known: only records the peer already has (the "
        "coordinator's reply); none: vocabulary and acknowledgements only",
        "все изменённые записи (пакет монитора, по умолчанию); known: только записи, которые у партнёра уже есть "
        "(ответ координатора); none: только справочники и подтверждения",
        "барлық өзгертілген жазбалар (монитордың пакеті, әдепкісі); known: серіктесте бұрыннан бар жазбалар ғана "
        "(үйлестірушінің жауабы); none: анықтамалықтар мен растаулар ғана"),
    "cli.help.bundle.export.resend": (
        "include everything again (after a lost bundle)",
        "снова включить всё (после потерянного пакета)",
        "бәрін қайта қосу (пакет жоғалғаннан кейін)"),
    "cli.help.bundle.conflicts.show": (
        "show both versions of the differing fields of one conflict",
        "показать обе версии различающихся полей одного конфликта",
        "бір қайшылықтың өзгеше өрістерінің екі нұсқасын да көрсету"),
    "cli.help.bundle.resolve.take": (
        "for every field not named with --field",
        "для каждого поля, не названного в --field",
        "--field ішінде аталмаған әр өріс үшін"),
    "cli.help.bundle.purge.confirm": (
        "really delete (without it: only say what would go)",
        "действительно удалить (без этого параметра: только сказать, что было бы удалено)",
        "шынымен жою (бұл параметрсіз: не жойылатынын ғана айту)"),
    "cli.cmd.agenda": (
        "follow-ups overdue and due in the next days (hearings, deadlines, reassessments)",
        "просроченные последующие шаги и шаги на ближайшие дни (заседания, сроки, переоценки риска)",
        "мерзімі өткен және алдағы күндердегі келесі қадамдар (отырыстар, мерзімдер, тәуекелді қайта бағалау)"),
    "cli.help.agenda.days": (
        "how many days ahead (default 14)",
        "на сколько дней вперёд (по умолчанию 14)",
        "қанша күн алға (әдепкісі 14)"),
    "cli.help.agenda.today": (
        "count from this day instead of today",
        "считать от этого дня, а не от сегодняшнего",
        "бүгіннен емес, осы күннен бастап санау"),
    "cli.help.agenda.lang": (
        "language of labels and text (default: $KKDESK_LANG, else the locale)",
        "язык подписей и текста (по умолчанию: $KKDESK_LANG, иначе язык системы)",
        "жазулар мен мәтіннің тілі (әдепкісі: $KKDESK_LANG, болмаса жүйенің тілі)"),
    "cli.cmd.vocab": (
        "list vocabulary terms (codes, labels, aliases)",
        "перечислить термины справочников (коды, названия, синонимы)",
        "анықтамалық терминдерін тізу (кодтар, атаулар, баламалар)"),
    "cli.about.vocab": (
        "Vocabulary terms as a mapping (kkdesk import) names them: a code, or a label or alias in any language.",
        "Термины справочников так, как их называет сопоставление (kkdesk import): код, название или синоним на "
        "любом языке.",
        "Анықтамалық терминдері сәйкестік (kkdesk import) оларды қалай атайды, солай: код, не кез келген тілдегі "
        "атау не балама."),
    "cli.cmd.vocab.list": (
        "list the vocabularies, or the terms of one",
        "перечислить справочники или термины одного из них",
        "анықтамалықтарды немесе біреуінің терминдерін тізу"),
    "cli.about.vocab.list": (
        "Without VOCAB: every vocabulary and its size. With VOCAB: its terms, with code, label, parent and aliases.",
        "Без VOCAB: все справочники и их размер. С VOCAB: его термины с кодом, названием, родителем и синонимами.",
        "VOCAB болмаса: барлық анықтамалықтар және олардың көлемі. VOCAB болса: оның терминдері коды, атауы, "
        "тектік термині және баламаларымен."),
    "cli.help.vocab.list.vocab": (
        "e.g. threat_type, source_type, city, gender",
        "например threat_type, source_type, city, gender",
        "мысалы threat_type, source_type, city, gender"),
    "cli.help.vocab.list.lang": (
        "language of the labels (default: all three)",
        "язык названий (по умолчанию: все три)",
        "атаулардың тілі (әдепкісі: үшеуі де)"),
    "cli.help.vocab.list.match": (
        "only the terms closest to TEXT (any script or language)",
        "только термины, ближайшие к TEXT (любой алфавит и язык)",
        "TEXT-ке ең жақын терминдер ғана (кез келген әліпби мен тіл)"),
    "cli.help.vocab.list.db": (
        "list this database's terms (with the coordinator's additions) instead of the shipped ones",
        "перечислить термины этой базы данных (с добавлениями координатора) вместо поставляемых",
        "жеткізілетін терминдердің орнына осы дерекқордың терминдерін (үйлестірушінің қосқандарымен) тізу"),
    "cli.about.review": (
        "draft -> submitted -> verified, or returned with a comment. A reviewer must not be the record's last "
        "editor; set the name you work under with `kkdesk review name DB NAME`.",
        "черновик -> на проверке -> проверено, или возвращено с комментарием. Проверяющий не может быть последним "
        "редактором записи; имя, под которым вы работаете, задаётся командой `kkdesk review name DB NAME`.",
        "жоба -> тексеруде -> тексерілген, немесе түсініктемемен қайтарылған. Тексеруші жазбаның соңғы өңдеушісі "
        "болмауы керек; өзіңіз жұмыс істейтін атты `kkdesk review name DB NAME` командасымен беріңіз."),
    "cli.cmd.review.list": (
        "records waiting for my review, and records returned to me",
        "записи, ждущие моей проверки, и записи, возвращённые мне",
        "менің тексеруімді күтіп тұрған жазбалар және маған қайтарылған жазбалар"),
    "cli.cmd.review.submit": (
        "hand drafts (or fixed returned records) to review",
        "отправить черновики (или исправленные возвращённые записи) на проверку",
        "жобаларды (немесе түзетілген қайтарылған жазбаларды) тексеруге жіберу"),
    "cli.cmd.review.return": (
        "return a submitted record to its author with a comment",
        "вернуть отправленную запись автору с комментарием",
        "жіберілген жазбаны авторына түсініктемемен қайтару"),
    "cli.cmd.review.verify": (
        "verify submitted records: from now on they count as verified",
        "подтвердить отправленные записи: с этого момента они учитываются как проверенные",
        "жіберілген жазбаларды растау: бұдан былай олар тексерілген болып есептеледі"),
    "cli.cmd.review.reopen": (
        "take back a verification, with a comment",
        "отменить подтверждение, с комментарием",
        "растауды түсініктемемен кері алу"),
    "cli.cmd.review.comment": (
        "comment on a record without editing it",
        "прокомментировать запись, не изменяя её",
        "жазбаны өзгертпей, түсініктеме жазу"),
    "cli.cmd.review.steps": (
        "every review step of one record, with the comments",
        "все шаги проверки одной записи с комментариями",
        "бір жазбаның барлық тексеру қадамдары түсініктемелерімен"),
    "cli.cmd.review.name": (
        "show or set the name this database records your changes under",
        "показать или задать имя, под которым эта база данных записывает ваши изменения",
        "осы дерекқор өзгерістеріңізді қандай атпен жазатынын көрсету немесе беру"),
    "cli.help.review.list.waiting": (
        "only the records waiting for my review",
        "только записи, ждущие моей проверки",
        "менің тексеруімді күтіп тұрған жазбалар ғана"),
    "cli.help.review.list.returned": (
        "only the records returned to me",
        "только записи, возвращённые мне",
        "маған қайтарылған жазбалар ғана"),
    "cli.help.refs": (
        "incident reference (KK-2019-1A2B3C4D), uuid or number",
        "номер инцидента (KK-2019-1A2B3C4D), uuid или число",
        "оқиғаның нөмірі (KK-2019-1A2B3C4D), uuid немесе сан"),
    "cli.help.comment": ("the comment", "комментарий", "түсініктеме"),
    "cli.help.review.return.comment": (
        "the comment (required)", "комментарий (обязательно)", "түсініктеме (міндетті)"),
    "cli.help.review.reopen.comment": (
        "the comment (required)", "комментарий (обязательно)", "түсініктеме (міндетті)"),
    "cli.help.review.comment.comment": (
        "the comment (required)", "комментарий (обязательно)", "түсініктеме (міндетті)"),
    "cli.help.review.name.name": (
        "the new name (e.g. your initials or role: monitor-north)",
        "новое имя (например, ваши инициалы или роль: monitor-north)",
        "жаңа ат (мысалы, аты-жөніңіздің бас әріптері немесе рөліңіз: monitor-north)"),
    "cli.cmd.link": (
        "link two incidents, or a person to an organisation",
        "связать два инцидента или лицо с организацией",
        "екі оқиғаны немесе тұлғаны ұйыммен байланыстыру"),
    "cli.about.link": (
        "Incidents: same_case, continuation (REF is a continuation of --to), response (REF is a response to "
        "--to). A person (P-code) to an organisation (O-code): member, employee, lawyer. Two persons (P-codes): "
        "same_person.",
        "Инциденты: same_case, continuation (REF — продолжение --to), response (REF — реакция на --to). Лицо "
        "(P-код) с организацией (O-код): member, employee, lawyer. Два лица (P-коды): same_person.",
        "Оқиғалар: same_case, continuation (REF — --to оқиғасының жалғасы), response (REF — --to оқиғасына "
        "жауап). Тұлға (P-коды) мен ұйым (O-коды): member, employee, lawyer. Екі тұлға (P-кодтары): same_person."),
    "cli.help.link.ref": (
        "an incident reference, or a person's code",
        "номер инцидента или код лица",
        "оқиғаның нөмірі немесе тұлғаның коды"),
    "cli.help.link.to": (
        "the other incident, or the organisation's code",
        "другой инцидент или код организации",
        "екінші оқиға немесе ұйымның коды"),
    "cli.help.link.kind": (
        "same_person: two records (P-codes) of one defender, kept apart and counted once",
        "same_person: две записи (P-коды) об одном правозащитнике хранятся отдельно и учитываются один раз",
        "same_person: бір құқық қорғаушы туралы екі жазба (P-кодтары) бөлек сақталып, бір рет есептеледі"),
    # argparse's own words (its English source text, as argparse asks gettext for it)
    "cli.argparse.usage": ("usage: ", "использование: ", "қолданылуы: "),
    "cli.argparse.positionals": ("positional arguments", "позиционные аргументы", "позициялық аргументтер"),
    "cli.argparse.options": ("options", "параметры", "параметрлер"),
    "cli.argparse.help": ("show this help message and exit", "показать эту справку и выйти",
                          "осы анықтаманы көрсетіп, шығу"),
    "cli.argparse.error": ("%(prog)s: error: %(message)s\n", "%(prog)s: ошибка: %(message)s\n",
                           "%(prog)s: қате: %(message)s\n"),
    "cli.argparse.invalid_choice": (
        "invalid choice: %(value)r (choose from %(choices)s)",
        "недопустимое значение: %(value)r (возможные: %(choices)s)",
        "жарамсыз мән: %(value)r (мыналардың бірін алыңыз: %(choices)s)"),
    "cli.argparse.required": (
        "the following arguments are required: %s",
        "не хватает обязательных аргументов: %s",
        "мына міндетті аргументтер жетіспейді: %s"),
    "cli.argparse.unrecognized": (
        "unrecognized arguments: %s",
        "неизвестные аргументы: %s",
        "белгісіз аргументтер: %s"),
    "cli.argparse.expected_one": (
        "expected one argument",
        "ожидается один аргумент",
        "бір аргумент күтіледі"),
    "cli.argparse.argument": (
        "argument %(argument_name)s: %(message)s",
        "аргумент %(argument_name)s: %(message)s",
        "%(argument_name)s аргументі: %(message)s"),
    "cli.argparse.invalid_value": (
        "invalid %(type)s value: %(value)r",
        "недопустимое значение %(type)s: %(value)r",
        "жарамсыз %(type)s мәні: %(value)r"),
    # ----- printing (the desktop's Print command) ---------------------------------------------
    "print.no_renderer": (
        "This computer has no PDF renderer for printing; save the document to a file and print it from a PDF viewer.",
        "На этом компьютере нет программы для вывода PDF на печать; сохраните документ в файл и напечатайте его из программы просмотра PDF.",
        "Бұл компьютерде PDF басып шығаратын бағдарлама жоқ; құжатты файлға сақтап, оны PDF қарау бағдарламасынан басып шығарыңыз."),
    "print.renderer_timeout": (
        "The PDF renderer (poppler) did not answer; nothing was printed.",
        "Программа вывода PDF (poppler) не ответила; ничего не напечатано.",
        "PDF шығару бағдарламасы (poppler) жауап бермеді; ештеңе басып шығарылмады."),
    "print.renderer_failed": (
        "The PDF renderer (poppler) could not read the document; nothing was printed.",
        "Программа вывода PDF (poppler) не смогла прочитать документ; ничего не напечатано.",
        "PDF шығару бағдарламасы (poppler) құжатты оқи алмады; ештеңе басып шығарылмады."),
    "print.bad_page": (
        "The PDF renderer gave an unreadable page; nothing was printed.",
        "Программа вывода PDF выдала нечитаемую страницу; ничего не напечатано.",
        "PDF шығару бағдарламасы оқылмайтын бет берді; ештеңе басып шығарылмады."),
    "print.printer_unavailable": (
        "The printer could not be opened; nothing was printed.",
        "Не удалось открыть принтер; ничего не напечатано.",
        "Принтерді ашу мүмкін болмады; ештеңе басып шығарылмады."),
    "print.page_refused": (
        "The printer refused a new page; printing stopped.",
        "Принтер не принял новую страницу; печать остановлена.",
        "Принтер жаңа бетті қабылдамады; басып шығару тоқтатылды."),
    "print.printed_pages": (
        "Printed pages: {count}",
        "Напечатано страниц: {count}",
        "Басып шығарылған беттер: {count}"),
})
