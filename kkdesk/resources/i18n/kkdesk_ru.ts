<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/casework.py" line="136"/>
        <source>Protection action</source>
        <translation>Мера защиты</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="139"/>
        <source>Action:</source>
        <translation>Мера:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="142"/>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="142"/>
        <source>Partner organisation</source>
        <translation>Организация-партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="145"/>
        <source>Who acted:</source>
        <translation>Кто действовал:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="148"/>
        <source>Team member or partner organisation</source>
        <translation>Сотрудник или организация-партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="149"/>
        <source>Name:</source>
        <translation>Имя или название:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="151"/>
        <source>Requested on:</source>
        <translation>Запрошено:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="153"/>
        <source>Started on:</source>
        <translation>Начато:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="155"/>
        <source>Ended on:</source>
        <translation>Завершено:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="157"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="159"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="161"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../ui/casework.py" line="445"/>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="452"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="452"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="452"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="452"/>
        <source>What</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="453"/>
        <source>About</source>
        <translation>По кому / чему</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="453"/>
        <source>Who takes care</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="458"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casework.py" line="482"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочен</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casework.py" line="483"/>
        <source>%n due in the next %1 days</source>
        <translation>
            <numerusform>%n срок в ближайшие %1 дн.</numerusform>
            <numerusform>%n срока в ближайшие %1 дн.</numerusform>
            <numerusform>%n сроков в ближайшие %1 дн.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casework.py" line="489"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="490"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casework.py" line="490"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>That passphrase does not open this database. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Эта парольная фраза не открывает базу. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>This file cannot be opened as a kkdesk database.</source>
        <translation>Этот файл нельзя открыть как базу kkdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Opening… (deriving the key takes a moment)</source>
        <translation>Открывается… (вычисление ключа занимает немного времени)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>Converting the database for this version of kkdesk (only once)…</source>
        <translation>Преобразование базы данных для этой версии kkdesk (только один раз)…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>Creating the encrypted database…</source>
        <translation>Создаётся зашифрованная база данных…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>Creating the demo database (fictional data)…</source>
        <translation>Создаётся демонстрационная база (вымышленные данные)…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Creating the demo database was cancelled.</source>
        <translation>Создание демонстрационной базы отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="191"/>
        <source>Locked. Enter the passphrase to continue.</source>
        <translation>Заблокировано. Введите парольную фразу, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="575"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="591"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="603"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="607"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Импорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="609"/>
        <source>Nothing was written: %1</source>
        <translation>Ничего не записано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="617"/>
        <source>Records added</source>
        <translation>Добавлено записей</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="618"/>
        <source>Records updated</source>
        <translation>Обновлено записей</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="619"/>
        <source>Records unchanged</source>
        <translation>Записей без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="620"/>
        <source>Kept ours (newer here)</source>
        <translation>Оставлены наши (здесь новее)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="621"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="623"/>
        <source>Incidents added</source>
        <translation>Добавлено инцидентов</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="624"/>
        <source>Threats added</source>
        <translation>Добавлено угроз</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="625"/>
        <source>New persons</source>
        <translation>Новые лица</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="626"/>
        <source>Persons found in the registry</source>
        <translation>Лица, найденные в реестре</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="627"/>
        <source>New organisations</source>
        <translation>Новые организации</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="628"/>
        <source>New terms</source>
        <translation>Новые термины</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="629"/>
        <source>Skipped: imported before</source>
        <translation>Пропущено: импортированы ранее</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="630"/>
        <source>Skipped: likely duplicates of recorded incidents</source>
        <translation>Пропущено: вероятные дубликаты записанных инцидентов</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="635"/>
        <source>The import is complete.</source>
        <translation>Импорт завершён.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/casework.py" line="218"/>
        <source>Risk assessment</source>
        <translation>Оценка риска</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="225"/>
        <source>Assessed on:</source>
        <translation>Дата оценки:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="226"/>
        <source>The facts: what happened?</source>
        <translation>Факты: что произошло?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="227"/>
        <source>The pattern: has it grown over time?</source>
        <translation>Закономерность: усиливается ли угроза со временем?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="228"/>
        <source>The objective: what does the threat aim at?</source>
        <translation>Цель: чего добиваются угрозой?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="229"/>
        <source>Who is behind it?</source>
        <translation>Кто стоит за угрозой?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="230"/>
        <source>Can it be carried out?</source>
        <translation>Может ли угроза быть осуществлена?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="240"/>
        <source>Factors (threats, vulnerabilities, capacities):</source>
        <translation>Факторы (угрозы, уязвимости, ресурсы защиты):</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="242"/>
        <source>Resulting level:</source>
        <translation>Итоговый уровень:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="244"/>
        <source>Why this level:</source>
        <translation>Почему такой уровень:</translation>
    </message>
</context>
<context>
    <name>CaseworkPane</name>
    <message>
        <location filename="../../ui/casework.py" line="271"/>
        <source>Add action…</source>
        <translation>Добавить меру…</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="272"/>
        <source>Add follow-up…</source>
        <translation>Добавить срок…</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="273"/>
        <source>Assess risk…</source>
        <translation>Оценить риск…</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="274"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="275"/>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="276"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="286"/>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="286"/>
        <source>Who acted</source>
        <translation>Кто действовал</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="286"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="287"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="287"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="287"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="289"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="289"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="289"/>
        <source>What</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="290"/>
        <source>Who takes care</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="290"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="292"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="292"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="292"/>
        <source>Factors</source>
        <translation>Факторы</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="293"/>
        <source>Why</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="294"/>
        <source>Protection actions</source>
        <translation>Меры защиты</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="295"/>
        <source>Follow-ups</source>
        <translation>Сроки и действия</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="296"/>
        <source>Risk assessments</source>
        <translation>Оценки риска</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="348"/>
        <source>Our team</source>
        <translation>Наша команда</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="348"/>
        <source>Partner organisation</source>
        <translation>Организация-партнёр</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="498"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="499"/>
        <source>Nothing has been written yet. Fix the problems listed (in the file or in the mapping) before importing.</source>
        <translation>Пока ничего не записано. Перед импортом исправьте перечисленные проблемы (в файле или в сопоставлении).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="502"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="511"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="511"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="511"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="516"/>
        <source>Also import incidents that look like ones already recorded</source>
        <translation>Импортировать и инциденты, похожие на уже записанные</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="526"/>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="537"/>
        <source>Checking the file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="542"/>
        <source>The check was cancelled; go back or check again.</source>
        <translation>Проверка отменена; вернитесь назад или проверьте снова.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts.py" line="38"/>
        <source>Exchange conflicts</source>
        <translation>Конфликты обмена</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="40"/>
        <source>These records were changed both here and by a peer since the last exchange. Nothing was overwritten: for each field, keep your value or take theirs.</source>
        <translation>Эти записи изменены и здесь, и у партнёра после последнего обмена. Ничего не перезаписано: для каждого поля оставьте своё значение или примите их значение.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="54"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="54"/>
        <source>Mine (this database)</source>
        <translation>Моё (эта база)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="55"/>
        <source>Theirs (the peer)</source>
        <translation>Их (партнёр)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="55"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="66"/>
        <source>All mine</source>
        <translation>Всё моё</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="69"/>
        <source>All theirs</source>
        <translation>Всё их</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="72"/>
        <source>Resolve</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="98"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="98"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="99"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="99"/>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="103"/>
        <source>%1 %2 (with &apos;%3&apos;)</source>
        <translation>%1 %2 (с «%3»)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="113"/>
        <source>No open conflicts.</source>
        <translation>Открытых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="131"/>
        <source>mine</source>
        <translation>моё</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="132"/>
        <source>theirs</source>
        <translation>их</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conflicts.py" line="135"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>Различается %n поле.</numerusform>
            <numerusform>Различаются %n поля.</numerusform>
            <numerusform>Различаются %n полей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="142"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="142"/>
        <source>Narrative</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="142"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="143"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="143"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="144"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="144"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="144"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="145"/>
        <source>Targets and threats</source>
        <translation>Объекты и угрозы</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="145"/>
        <source>Information sources</source>
        <translation>Источники информации</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="146"/>
        <source>Responses</source>
        <translation>Реагирование</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="146"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="146"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="147"/>
        <source>Name (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="147"/>
        <source>Name (Cyrillic)</source>
        <translation>Имя (кириллицей)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="148"/>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="148"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="149"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="149"/>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="149"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="183"/>
        <source>Resolved. The merged record goes to the peer with the next bundle.</source>
        <translation>Разрешено. Объединённая запись уйдёт партнёру со следующим пакетом.</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../ui/dashboard.py" line="324"/>
        <source>month unknown</source>
        <translation>месяц неизвестен</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="201"/>
        <source>Period and filter:</source>
        <translation>Период и фильтр:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="207"/>
        <source>Top N:</source>
        <translation>Первые N:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="215"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="239"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="275"/>
        <source>Threats by year (unit: threats)</source>
        <translation>Угрозы по годам (единица: угрозы)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="276"/>
        <source>Threats by month (unit: threats)</source>
        <translation>Угрозы по месяцам (единица: угрозы)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="277"/>
        <source>Threats by city, top N (unit: threats)</source>
        <translation>Угрозы по городам, первые N (единица: угрозы)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="278"/>
        <source>Threats by defender category (unit: threats)</source>
        <translation>Угрозы по категориям правозащитников (единица: угрозы)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="279"/>
        <source>Threats by type, top N (unit: threats)</source>
        <translation>Угрозы по видам, первые N (единица: угрозы)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="280"/>
        <source>Threats by source, top N (unit: threats; a threat may have several sources)</source>
        <translation>Угрозы по источникам, первые N (единица: угрозы; у угрозы может быть несколько источников)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="281"/>
        <source>Threats by gender (unit: threats)</source>
        <translation>Угрозы по полу (единица: угрозы)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="282"/>
        <source>Persons threatened per year (unit: persons)</source>
        <translation>Лица под угрозой по годам (единица: лица)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="283"/>
        <source>Threats per person (unit: persons with N threats)</source>
        <translation>Угроз на одно лицо (единица: лица с N угрозами)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="322"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="323"/>
        <source>organisation (no gender)</source>
        <translation>организация (без пола)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="323"/>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="353"/>
        <source>Counting cancelled.</source>
        <translation>Подсчёт отменён.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="362"/>
        <source>Verified records only</source>
        <translation>Только проверенные записи</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="363"/>
        <source>All records, verified or not</source>
        <translation>Все записи, проверенные и непроверенные</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="366"/>
        <source>Incidents: %1 · Threats: %2 · Persons: %3 · Organisations: %4 · Threat types: %5</source>
        <translation>Инцидентов: %1 · Угроз: %2 · Лиц: %3 · Организаций: %4 · Видов угроз: %5</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="370"/>
        <source>Corroborated by two or more sources: %1 incidents</source>
        <translation>Подтверждено двумя и более источниками: %1 инцидентов</translation>
    </message>
</context>
<context>
    <name>DefendersPane</name>
    <message>
        <location filename="../../ui/defenders.py" line="146"/>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="147"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="152"/>
        <source>Search the registry</source>
        <translation>Поиск в реестре</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="153"/>
        <source>Find by name in any script…</source>
        <translation>Поиск по имени на любом алфавите…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="161"/>
        <source>New person…</source>
        <translation>Новое лицо…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="162"/>
        <source>New organisation…</source>
        <translation>Новая организация…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="163"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="164"/>
        <source>Possible duplicates…</source>
        <translation>Возможные дубликаты…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="174"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="198"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="198"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="198"/>
        <source>Threat types</source>
        <translation>Виды угроз</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="208"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="210"/>
        <source>Protection casework</source>
        <translation>Защитная работа</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/defenders.py" line="265"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="302"/>
        <source>Incidents: %1 · Threats: %2 · First: %3 · Last: %4 · Years under threat: %5</source>
        <translation>Инцидентов: %1 · Угроз: %2 · Первая: %3 · Последняя: %4 · Лет под угрозой: %5</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/defenders.py" line="376"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="378"/>
        <source>Records that may be one person, the likeliest first. Compare a pair side by side before merging it; a pair that is two people can be marked so and is not proposed again.</source>
        <translation>Записи, которые могут относиться к одному лицу, — сначала наиболее вероятные. Перед объединением сравните пару рядом; пару, которая оказалась двумя людьми, можно так отметить, и она больше не будет предлагаться.</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="385"/>
        <source>Record 1</source>
        <translation>Запись 1</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="385"/>
        <source>Record 2</source>
        <translation>Запись 2</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="386"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="389"/>
        <source>different patronymics</source>
        <translation>разные отчества</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="389"/>
        <source>another first name or surname</source>
        <translation>другое имя или фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="409"/>
        <source>Compare and merge…</source>
        <translation>Сравнить и объединить…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="412"/>
        <source>Not the same person</source>
        <translation>Это разные люди</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="415"/>
        <source>Undo last merge</source>
        <translation>Отменить последнее объединение</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="464"/>
        <source>The last merge is undone: both records are back, with their incidents.</source>
        <translation>Последнее объединение отменено: обе записи восстановлены вместе с их инцидентами.</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="475"/>
        <source>Marked as two different people; the pair is not proposed again.</source>
        <translation>Отмечено как два разных человека; эта пара больше не будет предлагаться.</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="479"/>
        <source>Merged. &quot;Undo last merge&quot; brings both records back.</source>
        <translation>Объединено. «Отменить последнее объединение» вернёт обе записи.</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="385"/>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="30"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="36"/>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="37"/>
        <location filename="../../ui/exchange_dialog.py" line="213"/>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="51"/>
        <source>This database&apos;s public key: give it to the other side. Then compare the fingerprint with them by voice or in person.</source>
        <translation>Открытый ключ этой базы: передайте его другой стороне. Затем сверьте с ней отпечаток голосом или при встрече.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="63"/>
        <source>Registered peers:</source>
        <translation>Зарегистрированные партнёры:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="66"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="66"/>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="73"/>
        <source>e.g. coordinator</source>
        <translation>например, координатор</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="74"/>
        <source>New peer&apos;s name:</source>
        <translation>Имя нового партнёра:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="77"/>
        <source>Paste the key text the other side gave you (kkdx1…)</source>
        <translation>Вставьте текст ключа, полученный от другой стороны (kkdx1…)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="81"/>
        <source>Their key:</source>
        <translation>Их ключ:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="85"/>
        <source>Their fingerprint:</source>
        <translation>Их отпечаток:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="86"/>
        <source>This is our coordinator: take its review decisions (returned, verified)</source>
        <translation>Это наш координатор: принимать его решения проверки (возврат, подтверждение)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="89"/>
        <source>Records that arrive from a monitor always wait for review here; only the coordinator&apos;s verifications count.</source>
        <translation>Записи, полученные от монитора, всегда ждут здесь проверки; учитываются только подтверждения координатора.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="92"/>
        <source>Add peer</source>
        <translation>Добавить партнёра</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="118"/>
        <source>Fingerprint: %1</source>
        <translation>Отпечаток: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="144"/>
        <source>Give the peer a name and paste their key.</source>
        <translation>Дайте партнёру имя и вставьте его ключ.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="149"/>
        <source>Peer &apos;%1&apos; added; fingerprint %2.</source>
        <translation>Партнёр «%1» добавлен; отпечаток %2.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="165"/>
        <source>For peer:</source>
        <translation>Для партнёра:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="168"/>
        <source>All records changed since the last exchange</source>
        <translation>Все записи, изменённые после последнего обмена</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="169"/>
        <source>Only records this peer already has (a coordinator&apos;s reply)</source>
        <translation>Только записи, которые у партнёра уже есть (ответ координатора)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="170"/>
        <source>Vocabulary and acknowledgements only</source>
        <translation>Только справочники и подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="171"/>
        <source>What to send:</source>
        <translation>Что отправить:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="173"/>
        <location filename="../../ui/exchange_dialog.py" line="212"/>
        <source>Bundle file:</source>
        <translation>Файл пакета:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="174"/>
        <source>Write bundle</source>
        <translation>Записать пакет</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="178"/>
        <source>The bundle is encrypted for that peer alone and signed by this database.</source>
        <translation>Пакет зашифрован только для этого партнёра и подписан этой базой.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="188"/>
        <location filename="../../ui/exchange_dialog.py" line="230"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="196"/>
        <source>Add a peer on the Keys tab first.</source>
        <translation>Сначала добавьте партнёра на вкладке «Ключи».</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="199"/>
        <source>Choose where to write the bundle.</source>
        <translation>Выберите, куда записать пакет.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="201"/>
        <source>Writing…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="221"/>
        <source>Resolve conflicts…</source>
        <translation>Разрешить конфликты…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="237"/>
        <source>Choose a bundle file.</source>
        <translation>Выберите файл пакета.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="239"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="251"/>
        <source>From &apos;%1&apos;.</source>
        <translation>От «%1».</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="80"/>
        <source>Choose a file</source>
        <translation>Выбор файла</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="81"/>
        <source>A spreadsheet (CSV or XLSX) of incidents, or a kkdesk JSON export.</source>
        <translation>Таблица инцидентов (CSV или XLSX) или JSON-экспорт kkdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="86"/>
        <source>Optional: a mapping saved from an earlier import</source>
        <translation>Необязательно: сопоставление, сохранённое при прошлом импорте</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="87"/>
        <source>Mapping:</source>
        <translation>Сопоставление:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="97"/>
        <source>Import file</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="98"/>
        <source>Spreadsheets and exports (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Таблицы и экспорты (*.csv *.xlsx *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="103"/>
        <source>Mapping file</source>
        <translation>Файл сопоставления</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="144"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../ui/filters.py" line="38"/>
        <source>From date</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="39"/>
        <source>e.g. 2019 or 2019-06</source>
        <translation>напр. 2019 или 2019-06</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="42"/>
        <source>To date</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="43"/>
        <source>e.g. 2021-12-31</source>
        <translation>напр. 2021-12-31</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="47"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="48"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="58"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="58"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="58"/>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="59"/>
        <source>Threat type:</source>
        <translation>Вид угрозы:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="59"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="60"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="60"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="73"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="75"/>
        <source>Tag:</source>
        <translation>Метка:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="76"/>
        <source>Corroborated by at least two independent sources</source>
        <translation>Подтверждено не менее чем двумя независимыми источниками</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="82"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="92"/>
        <location filename="../../ui/filters.py" line="98"/>
        <source>(any)</source>
        <translation>(любой)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/casework.py" line="181"/>
        <source>Follow-up</source>
        <translation>Действие со сроком</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="184"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="190"/>
        <source>Due on:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="193"/>
        <source>What:</source>
        <translation>Что сделать:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="196"/>
        <source>Who takes care:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="198"/>
        <source>Done on:</source>
        <translation>Выполнено:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="200"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="48"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../ui/incident_editor.py" line="87"/>
        <source>Pseudonym codes are on, but this editor shows the real names and text of the incident. Close it (Ctrl+W) if someone can see the screen.</source>
        <translation>Включены псевдонимы, но в этом редакторе видны настоящие имена и текст инцидента. Закройте его (Ctrl+W), если экран могут видеть посторонние.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="99"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="102"/>
        <source>Targets and threats</source>
        <translation>Объекты и угрозы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="105"/>
        <source>Sources and responses</source>
        <translation>Источники и реагирование</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="106"/>
        <location filename="../../ui/incident_editor.py" line="219"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="108"/>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="110"/>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="115"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="118"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="121"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="123"/>
        <source>Ctrl+S; Ctrl+Enter saves and starts the next incident</source>
        <translation>Ctrl+S; Ctrl+Enter сохраняет и начинает следующий инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="125"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="158"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="159"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="162"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="163"/>
        <source>2019-06-09, June 2019, 2019, May–June 2021, 9 июня 2019</source>
        <translation>2019-06-09, июнь 2019, 2019, май–июнь 2021, 9 июня 2019</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="165"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="171"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="173"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="174"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="176"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="179"/>
        <source>Place detail</source>
        <translation>Уточнение места</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="180"/>
        <source>Place detail:</source>
        <translation>Уточнение места:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="181"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="184"/>
        <source>A record counts as verified once someone other than its last editor verifies it (View → Review).</source>
        <translation>Запись считается проверенной, когда её подтвердит кто-то, кроме последнего редактора (Вид → Проверка).</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="186"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="187"/>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="188"/>
        <source>Confidentiality:</source>
        <translation>Конфиденциальность:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="189"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="190"/>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="191"/>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="194"/>
        <source>Narrative</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="196"/>
        <source>Narrative:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="198"/>
        <source>Reasons / contributing factors:</source>
        <translation>Причины / способствующие факторы:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="203"/>
        <source>Aims:</source>
        <translation>Цели:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="216"/>
        <source>Drop files here to attach them (stored encrypted, with their SHA-256):</source>
        <translation>Перетащите файлы сюда, чтобы прикрепить их (хранятся зашифрованными, с SHA-256):</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="222"/>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="231"/>
        <location filename="../../ui/incident_editor.py" line="232"/>
        <location filename="../../ui/incident_editor.py" line="411"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="393"/>
        <source>Write the date as it was reported.</source>
        <translation>Укажите дату так, как о ней сообщалось.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="403"/>
        <source>exact day</source>
        <translation>точный день</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="403"/>
        <source>month only</source>
        <translation>только месяц</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="403"/>
        <source>year only</source>
        <translation>только год</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="404"/>
        <source>range</source>
        <translation>период</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="405"/>
        <source>Read as: %1 (precision: %2)</source>
        <translation>Понято как: %1 (точность: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="432"/>
        <source>(added on save)</source>
        <translation>(будет добавлен при сохранении)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="438"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="449"/>
        <source>Cannot read the file: %1</source>
        <translation>Не удалось прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="555"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="579"/>
        <source>Saved as %1.</source>
        <translation>Сохранено как %1.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="595"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="601"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="602"/>
        <source>This incident has changes that are not saved.</source>
        <translation>В этом инциденте есть несохранённые изменения.</translation>
    </message>
</context>
<context>
    <name>IncidentLinksPane</name>
    <message>
        <location filename="../../ui/links.py" line="53"/>
        <source>reference, e.g. KK-2021-3F9A0C1B</source>
        <translation>номер, например KK-2021-3F9A0C1B</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="56"/>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="60"/>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="72"/>
        <location filename="../../ui/links.py" line="77"/>
        <source>same case as</source>
        <translation>то же дело, что</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="72"/>
        <location filename="../../ui/links.py" line="79"/>
        <source>continues</source>
        <translation>продолжение инцидента</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="73"/>
        <location filename="../../ui/links.py" line="80"/>
        <source>responds to</source>
        <translation>ответ на инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="79"/>
        <source>continued by</source>
        <translation>продолжен инцидентом</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="80"/>
        <source>answered by</source>
        <translation>ответом стал инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="87"/>
        <source>Incidents that belong together: the same trial, a chain of events, a response. This incident …</source>
        <translation>Инциденты, которые связаны между собой: один процесс, цепь событий, ответ. Этот инцидент …</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="89"/>
        <source>Save the incident first; then link it to others.</source>
        <translation>Сначала сохраните инцидент, затем свяжите его с другими.</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="114"/>
        <source>Linked.</source>
        <translation>Связано.</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="120"/>
        <source>Choose a link in the list.</source>
        <translation>Выберите связь в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="127"/>
        <source>Link removed.</source>
        <translation>Связь удалена.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/incident_table.py" line="39"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="40"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="41"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="42"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="43"/>
        <source>Targets</source>
        <translation>Объекты угроз</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="44"/>
        <source>Threat types</source>
        <translation>Виды угроз</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="45"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="46"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>IncidentTableView</name>
    <message>
        <location filename="../../ui/incident_table.py" line="261"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
</context>
<context>
    <name>IncidentsPane</name>
    <message>
        <location filename="../../ui/incidents_pane.py" line="43"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="44"/>
        <source>Search titles, narratives, names, places (Latin or Cyrillic)…  Ctrl+F</source>
        <translation>Поиск по заголовкам, описаниям, именам, местам (латиница или кириллица)…  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="49"/>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="54"/>
        <source>Save search…</source>
        <translation>Сохранить поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="80"/>
        <source>Incident details</source>
        <translation>Сведения об инциденте</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="140"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents_pane.py" line="158"/>
        <source>First %n shown; counting the rest…</source>
        <translation>
            <numerusform>Показан первый %n; считаются остальные…</numerusform>
            <numerusform>Показаны первые %n; считаются остальные…</numerusform>
            <numerusform>Показаны первые %n; считаются остальные…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents_pane.py" line="165"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="176"/>
        <source>This database holds no incidents yet</source>
        <translation>В этой базе пока нет инцидентов</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="177"/>
        <source>Ctrl+N records an incident.</source>
        <translation>Ctrl+N — записать инцидент.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="178"/>
        <source>The Defenders tab keeps the people and organisations threatened.</source>
        <translation>На вкладке «Правозащитники» ведётся учёт людей и организаций, которым угрожают.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="179"/>
        <source>File → Import… brings in a spreadsheet or a kkdesk export.</source>
        <translation>Файл → Импорт… загружает таблицу или выгрузку kkdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="180"/>
        <source>F1 lists every keyboard shortcut.</source>
        <translation>F1 — список всех сочетаний клавиш.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="223"/>
        <source>Information sources</source>
        <translation>Источники информации</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="223"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="51"/>
        <location filename="../../ui/incidents_pane.py" line="250"/>
        <source>Saved searches…</source>
        <translation>Сохранённые поиски…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="233"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="233"/>
        <source>Submitted for review</source>
        <translation>Отправлено на проверку</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="234"/>
        <source>Returned to its author</source>
        <translation>Возвращено автору</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="234"/>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="235"/>
        <source>Independent sources: %1</source>
        <translation>Независимых источников: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="235"/>
        <source>Related incidents</source>
        <translation>Связанные инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="236"/>
        <source>same case as</source>
        <translation>то же дело, что</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="236"/>
        <source>continues</source>
        <translation>продолжение инцидента</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="237"/>
        <source>continued by</source>
        <translation>продолжен инцидентом</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="237"/>
        <source>responds to</source>
        <translation>ответ на инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="238"/>
        <source>answered by</source>
        <translation>ответом стал инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="274"/>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="274"/>
        <source>Name of this search:</source>
        <translation>Название этого поиска:</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../ui/jobs.py" line="29"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Defenders</source>
        <translation>Правозащитники</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Vocabularies</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Open selected incident</source>
        <translation>Открыть выбранный инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Print/Save brief…</source>
        <translation>Печать/сохранение справки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Lock now</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Panic: hide and lock</source>
        <translation>Тревога: скрыть и заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Agenda: follow-ups due</source>
        <translation>Повестка: ближайшие сроки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Review: waiting for me, returned to me</source>
        <translation>Проверка: ждут меня, возвращены мне</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Overview…</source>
        <translation>Обзор инцидентов…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Dossier of the selected defender…</source>
        <translation>Досье выбранного правозащитника…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>E&amp;xchange</source>
        <translation>О&amp;бмен</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Keys…</source>
        <translation>Ключи…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Export bundle…</source>
        <translation>Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Import bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Conflicts…</source>
        <translation>Конфликты…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>About kkdesk</source>
        <translation>О программе kkdesk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Open the selected incident</source>
        <translation>Открыть выбранный инцидент</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Save the incident (in the editor)</source>
        <translation>Сохранить инцидент (в редакторе)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Save the incident and start the next one (in the editor)</source>
        <translation>Сохранить инцидент и начать следующий (в редакторе)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Add a threat to the current target (in the editor)</source>
        <translation>Добавить угрозу к текущему объекту (в редакторе)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Editor tabs, the focus on their first field (in the editor)</source>
        <translation>Вкладки редактора, курсор в первом поле (в редакторе)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>In a text area: go to the next field / insert a tab</source>
        <translation>В многострочном поле: перейти к следующему полю / вставить табуляцию</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Undo / redo changes in the editor</source>
        <translation>Отменить / повторить изменения в редакторе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Print or save the brief of the selected incident</source>
        <translation>Напечатать или сохранить справку по выбранному инциденту</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Switch tabs</source>
        <translation>Переключить вкладки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Agenda: follow-ups overdue and due in the next two weeks</source>
        <translation>Повестка: просроченные сроки и сроки на ближайшие две недели</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Review: records waiting for my review and returned to me</source>
        <translation>Проверка: записи, ждущие моей проверки, и возвращённые мне</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Lock now: close the database and clear the screen</source>
        <translation>Заблокировать: закрыть базу и очистить экран</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Panic: hide every window and lock at once; start kkdesk again to bring back the unlock window</source>
        <translation>Тревога: сразу скрыть все окна и заблокировать; чтобы вернуть окно разблокировки, запустите kkdesk ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>The idle lock closes the database after the minutes set in Settings without keyboard or mouse use. Locking discards unsaved edits.</source>
        <translation>Автоблокировка закрывает базу, если клавиатурой и мышью не пользовались заданное в настройках число минут. При блокировке несохранённые правки теряются.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>kkdesk keeps records of threats against human rights defenders in an encrypted file. It works offline.</source>
        <translation>kkdesk ведёт учёт угроз правозащитникам в зашифрованном файле. Программа работает без интернета.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Select an incident in the Incidents tab first.</source>
        <translation>Сначала выберите инцидент на вкладке «Инциденты».</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Select a person or organisation in the Defenders tab first.</source>
        <translation>Сначала выберите лицо или организацию на вкладке «Правозащитники».</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Mapping</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="299"/>
        <source>Say what each column means, and which term each value of a list column is. Suggestions are filled in; values not found are marked as not decided.</source>
        <translation>Укажите, что означает каждый столбец и каким термином является каждое значение столбцов-списков. Предложения уже заполнены; ненайденные значения помечены как нерешённые.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="302"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <location filename="../../ui/import_wizard.py" line="314"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="306"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>Values of list columns:</source>
        <translation>Значения столбцов-списков:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="314"/>
        <source>Value in the file</source>
        <translation>Значение в файле</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="314"/>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="323"/>
        <source>Load mapping…</source>
        <translation>Загрузить сопоставление…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="326"/>
        <source>Save mapping…</source>
        <translation>Сохранить сопоставление…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="340"/>
        <source>incident number (rows with the same number are one incident)</source>
        <translation>номер инцидента (строки с одним номером — один инцидент)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>narrative</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>place detail</source>
        <translation>место (подробно)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>person (defender) name</source>
        <translation>имя лица (правозащитника)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="344"/>
        <source>person or organisation (decided row by row)</source>
        <translation>лицо или организация (определяется по каждой строке)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="345"/>
        <source>kind of target (person or organisation)</source>
        <translation>вид объекта (лицо или организация)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346"/>
        <source>kind of organisation</source>
        <translation>вид организации</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="347"/>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="347"/>
        <source>defender category</source>
        <translation>категория правозащитника</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>threat type</source>
        <translation>вид угрозы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>source of the threat</source>
        <translation>источник угрозы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="349"/>
        <source>legal article</source>
        <translation>статья закона</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="349"/>
        <source>outcome of the threat</source>
        <translation>итог угрозы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>aim</source>
        <translation>цель</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>confidentiality</source>
        <translation>конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="352"/>
        <source>information source (outlet)</source>
        <translation>источник информации (издание)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="353"/>
        <source>information source link</source>
        <translation>ссылка на источник информации</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="377"/>
        <source>Looking for matching fields and terms…</source>
        <translation>Поиск подходящих полей и терминов…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="394"/>
        <source>— ignore this column —</source>
        <translation>— не использовать столбец —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="421"/>
        <source>— not decided —</source>
        <translation>— не решено —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="422"/>
        <source>+ add as a new term</source>
        <translation>+ добавить как новый термин</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="426"/>
        <source>Closest: %1</source>
        <translation>Ближайшие варианты: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="436"/>
        <source>%n value(s) not decided yet: the validation will list them.</source>
        <translation>
            <numerusform>%n значение ещё не решено: проверка покажет его.</numerusform>
            <numerusform>%n значения ещё не решены: проверка покажет их.</numerusform>
            <numerusform>%n значений ещё не решены: проверка покажет их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="437"/>
        <source>Every value has a term.</source>
        <translation>У каждого значения есть термин.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="461"/>
        <source>Load mapping</source>
        <translation>Загрузить сопоставление</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="470"/>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="488"/>
        <source>Mapping saved. It holds headers and list values, no names.</source>
        <translation>Сопоставление сохранено. В нём заголовки и значения списков, без имён.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="30"/>
        <source>Merge two records</source>
        <translation>Объединение двух записей</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="32"/>
        <source>Are «%1» and «%2» one person? Choose the record that stays and, for each field, the value to keep. Aliases, categories and tags of both are kept.</source>
        <translation>«%1» и «%2» — одно лицо? Выберите запись, которая останется, и для каждого поля — значение, которое нужно сохранить. Псевдонимы, категории и теги обеих записей сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="45"/>
        <source>Pseudonym codes are on, but deciding a merge needs the real names shown here.</source>
        <translation>Включены псевдонимы, но для решения об объединении здесь показаны настоящие имена.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="53"/>
        <source>Record 1</source>
        <translation>Запись 1</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="53"/>
        <source>Record 2</source>
        <translation>Запись 2</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="57"/>
        <source>Stays:</source>
        <translation>Остаётся:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="65"/>
        <source>Name (Cyrillic):</source>
        <translation>Имя (кириллица):</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="65"/>
        <source>Name (Latin):</source>
        <translation>Имя (латиница):</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="66"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="66"/>
        <source>Risk level:</source>
        <translation>Уровень риска:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="67"/>
        <source>Contact (sensitive):</source>
        <translation>Контакты (конфиденциально):</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="67"/>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="68"/>
        <source>Aliases:</source>
        <translation>Псевдонимы:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="68"/>
        <source>Categories:</source>
        <translation>Категории:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="68"/>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="76"/>
        <location filename="../../ui/merge_dialog.py" line="90"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="81"/>
        <source>Both</source>
        <translation>Оба</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="83"/>
        <source>Keep both texts, one after the other</source>
        <translation>Сохранить оба текста, один за другим</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="94"/>
        <source>The merged record keeps the aliases, categories and tags of both, and the names not chosen become aliases. Incidents, casework and history move to it; the last merge can be undone from the duplicates list.</source>
        <translation>Объединённая запись сохраняет псевдонимы, категории и теги обеих, а невыбранные имена становятся псевдонимами. Инциденты, работа по защите и история переходят к ней; последнее объединение можно отменить в списке дубликатов.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="112"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="115"/>
        <source>Not the same person</source>
        <translation>Это разные люди</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="142"/>
        <source>Different patronymics (%1): these are probably two people with different fathers.</source>
        <translation>Разные отчества (%1): вероятно, это два человека с разными отцами.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="145"/>
        <source>A first name or surname differs by more than a typo (for example Асель and Әсем, Ұлан and Руслан are different names).</source>
        <translation>Имя или фамилия различаются больше, чем опечаткой (например, Асель и Әсем, Ұлан и Руслан — разные имена).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="147"/>
        <source>Merge only if you know it is one person.</source>
        <translation>Объединяйте, только если точно знаете, что это одно лицо.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="137"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="141"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="144"/>
        <source>Other name:</source>
        <translation>Другое название:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="148"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="151"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="152"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="155"/>
        <source>People:</source>
        <translation>Люди:</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <location filename="../../ui/widgets.py" line="94"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="31"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="41"/>
        <source>Name in Cyrillic</source>
        <translation>Имя кириллицей</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="42"/>
        <source>Name (Cyrillic):</source>
        <translation>Имя (кириллицей):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="45"/>
        <source>Name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="46"/>
        <source>Name (Latin):</source>
        <translation>Имя (латиницей):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="49"/>
        <source>Aliases (comma separated):</source>
        <translation>Другие имена (через запятую):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="57"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="62"/>
        <source>Categories:</source>
        <translation>Категории:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="65"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="66"/>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="74"/>
        <source>Risk level:</source>
        <translation>Уровень риска:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="77"/>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="82"/>
        <source>Contact (sensitive):</source>
        <translation>Контакты (конфиденциально):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="87"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="89"/>
        <source>Pseudonym:</source>
        <translation>Псевдоним:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="93"/>
        <source>Ties:</source>
        <translation>Связи:</translation>
    </message>
</context>
<context>
    <name>PersonTiesEditor</name>
    <message>
        <location filename="../../ui/links.py" line="191"/>
        <location filename="../../ui/links.py" line="229"/>
        <source>member of</source>
        <translation>член организации</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="191"/>
        <location filename="../../ui/links.py" line="229"/>
        <source>employee of</source>
        <translation>сотрудник организации</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="192"/>
        <location filename="../../ui/links.py" line="229"/>
        <source>lawyer of</source>
        <translation>юрист организации</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="198"/>
        <source>Add tie</source>
        <translation>Добавить связь</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="206"/>
        <source>code of another record of this defender, e.g. P-7K3Q9</source>
        <translation>код другой записи этого правозащитника, например P-7K3Q9</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="208"/>
        <source>Same person (keep both)</source>
        <translation>То же лицо (оставить обе)</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="210"/>
        <source>Two records of one defender (e.g. from two monitors) stay apart; statistics count the person once.</source>
        <translation>Две записи об одном правозащитнике (например, от двух мониторов) остаются отдельными; статистика считает человека один раз.</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="230"/>
        <source>also recorded as</source>
        <translation>также записан(а) как</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="230"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="162"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>Read again</source>
        <translation>Прочитать заново</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="180"/>
        <source>Worksheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Text encoding:</source>
        <translation>Кодировка текста:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="182"/>
        <source>Header row:</source>
        <translation>Строка заголовков:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>automatic (found: %1)</source>
        <translation>автоматически (найдено: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="224"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="224"/>
        <source>Mac Cyrillic</source>
        <translation>Mac (кириллица)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>DOS Cyrillic (CP866)</source>
        <translation>DOS (кириллица, CP866)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <source>found by itself: row %1</source>
        <translation>найдена автоматически: строка %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="258"/>
        <source>Reading the file…</source>
        <translation>Файл читается…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="280"/>
        <source>%1: %2 data row(s), %3 column(s). The first rows are shown with their row numbers in the file.</source>
        <translation>%1: строк данных — %2, столбцов — %3. Первые строки показаны с их номерами в файле.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../ui/defenders.py" line="107"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="108"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="108"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="109"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="109"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="109"/>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="109"/>
        <source>First threat</source>
        <translation>Первая угроза</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="110"/>
        <source>Last threat</source>
        <translation>Последняя угроза</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="110"/>
        <source>Years under threat</source>
        <translation>Лет под угрозой</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/reports_dialog.py" line="49"/>
        <source>Reports and exports</source>
        <translation>Отчёты и экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="56"/>
        <source>Case brief of the selected incident (PDF)</source>
        <translation>Справка по выбранному инциденту (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="57"/>
        <source>Dossier of the selected defender (PDF)</source>
        <translation>Досье выбранного правозащитника (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="58"/>
        <source>Overview of incidents (PDF)</source>
        <translation>Обзор инцидентов (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="59"/>
        <source>UN submission draft: UPR or treaty body (Word, DOCX)</source>
        <translation>Проект доклада в ООН: УПО или договорный орган (Word, DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="60"/>
        <source>Export for analysis: Excel workbook (XLSX)</source>
        <translation>Экспорт для анализа: книга Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="61"/>
        <source>Export for analysis: folder of CSV files</source>
        <translation>Экспорт для анализа: папка CSV-файлов</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="62"/>
        <source>Full export: JSON (can be imported again)</source>
        <translation>Полный экспорт: JSON (можно импортировать снова)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="68"/>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="73"/>
        <source>Subject:</source>
        <translation>О ком / о чём:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="81"/>
        <source>e.g. 2019 or 2019-06 or 2019-06-30</source>
        <translation>например, 2019, 2019-06 или 2019-06-30</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="87"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="89"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="91"/>
        <source>Only incidents matching the search and filters of the Incidents tab</source>
        <translation>Только инциденты, подходящие под поиск и фильтры вкладки «Инциденты»</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="97"/>
        <source>Only verified records (checked by a second person)</source>
        <translation>Только проверенные записи (проверены вторым человеком)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="99"/>
        <source>Published figures count verified records only; the document says which records it counts.</source>
        <translation>Публикуемые цифры учитывают только проверенные записи; документ указывает, какие записи он учитывает.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="109"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="113"/>
        <source>Full: names and all details (for the team)</source>
        <translation>Полный: имена и все подробности (для команды)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="114"/>
        <source>Pseudonymised: codes instead of names</source>
        <translation>Псевдонимизированный: коды вместо имён</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="115"/>
        <source>Public: codes, only incidents marked public</source>
        <translation>Публичный: коды, только инциденты с пометкой «публичный»</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="124"/>
        <source>Privacy profile:</source>
        <translation>Профиль конфиденциальности:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="126"/>
        <source>Archival PDF (PDF/A-2b)</source>
        <translation>Архивный PDF (PDF/A-2b)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="128"/>
        <source>For long-term keeping: fonts embedded, colours defined, no author or time zone in the file</source>
        <translation>Для долгого хранения: шрифты встроены, цвета определены, в файле нет автора и часового пояса</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="131"/>
        <source>Joint submission of a coalition (up to 10 pages instead of 5)</source>
        <translation>Совместный доклад коалиции (до 10 страниц вместо 5)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="136"/>
        <source>Only needed to save a file</source>
        <translation>Нужно только для сохранения файла</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="137"/>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="139"/>
        <source>Printing sends the document to the printer from memory; a file is written only when you save one. Saved files are not encrypted: keep them safe.</source>
        <translation>Печать отправляет документ на принтер из памяти; файл записывается, только если вы его сохраняете. Сохранённые файлы не зашифрованы: храните их надёжно.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="149"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="152"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="199"/>
        <source>incidents matching the Incidents tab&apos;s search “%1” and filters, in the chosen period</source>
        <translation>инциденты, подходящие под поиск «%1» и фильтры вкладки «Инциденты», за выбранный период</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="201"/>
        <source>incidents matching the Incidents tab&apos;s filters, in the chosen period</source>
        <translation>инциденты, подходящие под фильтры вкладки «Инциденты», за выбранный период</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="203"/>
        <source>all incidents of the chosen period</source>
        <translation>все инциденты выбранного периода</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="205"/>
        <source>verified only</source>
        <translation>только проверенные</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_dialog.py" line="217"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="280"/>
        <source>Folder for the CSV files</source>
        <translation>Папка для CSV-файлов</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="285"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="298"/>
        <source>Choose where to save the file first.</source>
        <translation>Сначала выберите, куда сохранить файл.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="317"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="318"/>
        <source>Writing the document</source>
        <translation>Запись документа</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="324"/>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="332"/>
        <source>This computer has no PDF renderer for printing; save the document and print it from a PDF viewer.</source>
        <translation>На этом компьютере нет средства отрисовки PDF для печати; сохраните документ и напечатайте его из программы просмотра PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="346"/>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="352"/>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_dialog.py" line="357"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлены %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review.py" line="61"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="68"/>
        <source>Change my name…</source>
        <translation>Изменить моё имя…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="75"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="75"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="75"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="75"/>
        <source>Last edited by</source>
        <translation>Последним изменил</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="76"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="76"/>
        <source>Last comment</source>
        <translation>Последний комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="86"/>
        <source>Steps of the chosen record:</source>
        <translation>Шаги проверки выбранной записи:</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="94"/>
        <source>Comment: what to check or fix (needed to return a record)</source>
        <translation>Комментарий: что проверить или исправить (нужен, чтобы вернуть запись)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="103"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="106"/>
        <source>Verify</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="109"/>
        <source>Return with comment</source>
        <translation>Вернуть с комментарием</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="112"/>
        <source>Comment only</source>
        <translation>Только комментарий</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="115"/>
        <source>Submit again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="133"/>
        <source>You review and edit as: %1</source>
        <translation>Вы проверяете и редактируете как: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="136"/>
        <source>This database records changes under the general name &apos;%1&apos;. Give your own name (Change my name…) so that your reviews are told apart from the authors&apos; work.</source>
        <translation>Эта база записывает изменения под общим именем «%1». Укажите своё имя («Изменить моё имя…»), чтобы ваши проверки отличались от работы авторов.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review.py" line="139"/>
        <source>Waiting for my review (%n)</source>
        <translation>
            <numerusform>Ждут моей проверки (%n)</numerusform>
            <numerusform>Ждут моей проверки (%n)</numerusform>
            <numerusform>Ждут моей проверки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review.py" line="140"/>
        <source>Returned to me (%n)</source>
        <translation>
            <numerusform>Возвращены мне (%n)</numerusform>
            <numerusform>Возвращены мне (%n)</numerusform>
            <numerusform>Возвращены мне (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="178"/>
        <source>Choose a record in the list.</source>
        <translation>Выберите запись в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="185"/>
        <source>submitted</source>
        <translation>отправил(а) на проверку</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="185"/>
        <source>returned</source>
        <translation>вернул(а)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="185"/>
        <source>verified</source>
        <translation>проверил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="186"/>
        <source>commented</source>
        <translation>прокомментировал(а)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="186"/>
        <source>reopened</source>
        <translation>отменил(а) подтверждение</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="187"/>
        <source>arrived in a bundle</source>
        <translation>получена в пакете</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="190"/>
        <source>No review steps yet.</source>
        <translation>Шагов проверки пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="215"/>
        <source>Verified.</source>
        <translation>Проверено.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="215"/>
        <source>Returned to its author.</source>
        <translation>Возвращено автору.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="216"/>
        <source>Submitted for review.</source>
        <translation>Отправлено на проверку.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="216"/>
        <source>Comment added.</source>
        <translation>Комментарий добавлен.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="225"/>
        <source>Your name in the history</source>
        <translation>Ваше имя в истории изменений</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="226"/>
        <source>Name your changes and review steps are recorded under:</source>
        <translation>Имя, под которым записываются ваши изменения и шаги проверки:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Lock after idle:</source>
        <translation>Блокировать после простоя:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Show pseudonym codes instead of names</source>
        <translation>Показывать коды-псевдонимы вместо имён</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Settings are stored outside the encrypted database and hold no names. The list of recent databases keeps their paths: choose file names that reveal nothing.</source>
        <translation>Настройки хранятся вне зашифрованной базы и не содержат имён. Список недавних баз хранит их пути: выбирайте имена файлов, которые ничего не раскрывают.</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <location filename="../../ui/editor_sources.py" line="27"/>
        <source>Information sources (dates as YYYY-MM-DD):</source>
        <translation>Источники информации (даты в виде ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="30"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="30"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="30"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="31"/>
        <source>Accessed</source>
        <translation>Дата обращения</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="31"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="31"/>
        <location filename="../../ui/editor_sources.py" line="53"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="39"/>
        <source>Add source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="42"/>
        <source>Remove source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="49"/>
        <source>Responses (complaints, appeals, UN communications, statements):</source>
        <translation>Реагирование (жалобы, обжалования, сообщения в ООН, заявления):</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="52"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="52"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="52"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="53"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="61"/>
        <source>Add response</source>
        <translation>Добавить реагирование</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="64"/>
        <source>Remove response</source>
        <translation>Удалить реагирование</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="144"/>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <location filename="../../ui/editor_targets.py" line="45"/>
        <source>Add a target by name</source>
        <translation>Добавить объект угрозы по имени</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="46"/>
        <source>Type a name (Latin or Cyrillic)…</source>
        <translation>Введите имя (латиницей или кириллицей)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="60"/>
        <source>New person…</source>
        <translation>Новое лицо…</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="63"/>
        <source>New organisation…</source>
        <translation>Новая организация…</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="66"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="74"/>
        <source>Targets</source>
        <translation>Объекты угроз</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="85"/>
        <source>Defender category</source>
        <translation>Категория правозащитника</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="87"/>
        <source>Category (as of the incident):</source>
        <translation>Категория (на момент инцидента):</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="90"/>
        <source>Threats:</source>
        <translation>Угрозы:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="91"/>
        <source>Add threat</source>
        <translation>Добавить угрозу</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="94"/>
        <source>Remove threat</source>
        <translation>Удалить угрозу</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="106"/>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="111"/>
        <source>Threat type</source>
        <translation>Вид угрозы</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="113"/>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="115"/>
        <source>Potential / actual:</source>
        <translation>Потенциальная / реальная:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="115"/>
        <source>General / special:</source>
        <translation>Общая / специальная:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="116"/>
        <source>Direct / indirect:</source>
        <translation>Прямая / косвенная:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="116"/>
        <source>Recurrent / one-off:</source>
        <translation>Повторяющаяся / разовая:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="117"/>
        <source>Short-term / ongoing:</source>
        <translation>Кратковременная / длящаяся:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="117"/>
        <source>Singular / mass:</source>
        <translation>Единичная / массовая:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="118"/>
        <source>Degree of effect:</source>
        <translation>Степень воздействия:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="129"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="133"/>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="136"/>
        <source>Sources of the threat:</source>
        <translation>Источники угрозы:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="142"/>
        <source>Legal articles and outcome:</source>
        <translation>Статьи законов и итог:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="145"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="145"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="145"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="154"/>
        <source>Add article</source>
        <translation>Добавить статью</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="157"/>
        <source>Remove article</source>
        <translation>Удалить статью</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="186"/>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="186"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor_targets.py" line="187"/>
        <source>%1 (%2) — %n threat(s)</source>
        <translation>
            <numerusform>%1 (%2) — %n угроза</numerusform>
            <numerusform>%1 (%2) — %n угрозы</numerusform>
            <numerusform>%1 (%2) — %n угроз</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="220"/>
        <location filename="../../ui/editor_targets.py" line="289"/>
        <location filename="../../ui/editor_targets.py" line="466"/>
        <source>(choose a type)</source>
        <translation>(выберите вид)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="251"/>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="254"/>
        <source>(not known)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="392"/>
        <source>Create new person &apos;%1&apos;</source>
        <translation>Создать новое лицо «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="465"/>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="471"/>
        <source>(not assessed)</source>
        <translation>(не оценено)</translation>
    </message>
</context>
<context>
    <name>TiesLabel</name>
    <message>
        <location filename="../../ui/links.py" line="164"/>
        <source>member of</source>
        <translation>член организации</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="164"/>
        <source>employee of</source>
        <translation>сотрудник организации</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="164"/>
        <source>lawyer of</source>
        <translation>юрист организации</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="165"/>
        <source>also recorded as</source>
        <translation>также записан(а) как</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="165"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>TitledChartView</name>
    <message>
        <location filename="../../ui/dashboard.py" line="156"/>
        <source>Save chart as image (PNG)…</source>
        <translation>Сохранить диаграмму как изображение (PNG)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="157"/>
        <source>Save chart as PDF…</source>
        <translation>Сохранить диаграмму как PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="161"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="162"/>
        <location filename="../../ui/dashboard.py" line="170"/>
        <source>Save chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="170"/>
        <source>The chart was not saved: %1</source>
        <translation>Диаграмма не сохранена: %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/unlock.py" line="30"/>
        <location filename="../../ui/unlock.py" line="72"/>
        <source>Open an encrypted kkdesk database</source>
        <translation>Откройте зашифрованную базу kkdesk</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="39"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="40"/>
        <source>Create new</source>
        <translation>Создать новую</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="42"/>
        <source>Open the demo database (fictional data)</source>
        <translation>Открыть демонстрационную базу (вымышленные данные)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="51"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="61"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71"/>
        <source>Create a new encrypted kkdesk database</source>
        <translation>Создайте новую зашифрованную базу kkdesk</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="80"/>
        <source>Recent databases</source>
        <translation>Недавние базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>Recent databases:</source>
        <translation>Недавние базы:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="84"/>
        <source>Forget this path</source>
        <translation>Забыть этот путь</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="86"/>
        <source>Remove the selected path from this list; the file stays.</source>
        <translation>Убрать выбранный путь из списка; сам файл останется.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="90"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="91"/>
        <source>Database file:</source>
        <translation>Файл базы данных:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="94"/>
        <location filename="../../ui/unlock.py" line="142"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="97"/>
        <location filename="../../ui/unlock.py" line="145"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="98"/>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="102"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="121"/>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="122"/>
        <source>kkdesk databases (*.kkdb);;All files (*)</source>
        <translation>Базы kkdesk (*.kkdb);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Choose a database file first.</source>
        <translation>Сначала выберите файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138"/>
        <source>New database file</source>
        <translation>Файл новой базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <source>New database file:</source>
        <translation>Файл новой базы:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="148"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="150"/>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="152"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="156"/>
        <source>Suggest a passphrase of six words</source>
        <translation>Предложить фразу из шести слов</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="158"/>
        <source>Six words chosen at random: easy to type, very hard to guess.</source>
        <translation>Шесть случайно выбранных слов: легко набрать, очень трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="171"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="174"/>
        <source>Nobody can recover a lost passphrase: if you forget it, the data in this database is lost for good. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Утерянную парольную фразу никто не сможет восстановить: если вы её забудете, данные в этой базе будут потеряны навсегда. Запишите её и храните в надёжном месте, отдельно от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="180"/>
        <source>Create database</source>
        <translation>Создать базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="189"/>
        <source>kkdesk databases (*.kkdb)</source>
        <translation>Базы kkdesk (*.kkdb)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="198"/>
        <source>Use several unrelated words, or let kkdesk suggest six.</source>
        <translation>Используйте несколько не связанных между собой слов или попросите kkdesk предложить шесть.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="200"/>
        <source>Weak: easy to guess. Common words, names, dates and keyboard rows do not help; use several unrelated words.</source>
        <translation>Слабая: легко угадать. Распространённые слова, имена, даты и ряды клавиш не помогают; используйте несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="203"/>
        <source>Fair, but not enough: add another unrelated word.</source>
        <translation>Средняя, но этого мало: добавьте ещё одно слово, не связанное с остальными.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="205"/>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>This passphrase is too easy to guess. Add unrelated words, or let kkdesk suggest six.</source>
        <translation>Эту парольную фразу слишком легко угадать. Добавьте слова, не связанные между собой, или попросите kkdesk предложить шесть.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="207"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="216"/>
        <source>Write these six words down and keep the paper somewhere safe, away from this computer.</source>
        <translation>Запишите эти шесть слов и храните листок в надёжном месте, отдельно от этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Choose where to save the new database.</source>
        <translation>Выберите, где сохранить новую базу данных.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="228"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Парольные фразы не совпадают; введите их ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="230"/>
        <source>A file already exists there; choose another name.</source>
        <translation>Такой файл уже существует; выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>VocabularyPane</name>
    <message>
        <location filename="../../ui/vocab_editor.py" line="24"/>
        <source>Vocabulary:</source>
        <translation>Справочник:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="27"/>
        <location filename="../../ui/vocab_editor.py" line="102"/>
        <source>Vocabulary</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="31"/>
        <source>Show retired terms</source>
        <translation>Показывать выведенные термины</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="40"/>
        <source>Terms</source>
        <translation>Термины</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="41"/>
        <location filename="../../ui/vocab_editor.py" line="102"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="41"/>
        <location filename="../../ui/vocab_editor.py" line="153"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="41"/>
        <location filename="../../ui/vocab_editor.py" line="153"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="42"/>
        <location filename="../../ui/vocab_editor.py" line="153"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="42"/>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="42"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="55"/>
        <source>lower-case Latin letters, digits, &apos;.&apos; and &apos;_&apos;</source>
        <translation>строчные латинские буквы, цифры, &apos;.&apos; и &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="56"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="59"/>
        <source>English:</source>
        <translation>Английский:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="62"/>
        <source>Russian:</source>
        <translation>Русский:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="65"/>
        <source>Kazakh:</source>
        <translation>Казахский:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="68"/>
        <source>Parent code:</source>
        <translation>Код родителя:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="71"/>
        <source>Add as new term</source>
        <translation>Добавить как новый термин</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="74"/>
        <source>Save labels</source>
        <translation>Сохранить названия</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="77"/>
        <source>Retire / restore</source>
        <translation>Вывести из употребления / вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="92"/>
        <source>Labels to check by a native speaker</source>
        <translation>Названия для проверки носителем языка</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="101"/>
        <source>Labels to check</source>
        <translation>Названия для проверки</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="102"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="103"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="116"/>
        <source>Checked: keep this label</source>
        <translation>Проверено: оставить название</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="127"/>
        <source>Threat types</source>
        <translation>Виды угроз</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="127"/>
        <source>Threat groups</source>
        <translation>Группы угроз</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="128"/>
        <source>Sources of threats</source>
        <translation>Источники угроз</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="128"/>
        <source>Defender categories</source>
        <translation>Категории правозащитников</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="129"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="129"/>
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="129"/>
        <source>Legal articles</source>
        <translation>Статьи законов</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="130"/>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="130"/>
        <source>Response types</source>
        <translation>Виды реагирования</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="131"/>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="131"/>
        <source>Aims</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="131"/>
        <source>Kinds of organisation</source>
        <translation>Виды организаций</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="132"/>
        <source>Classification criteria</source>
        <translation>Критерии классификации</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="132"/>
        <source>Genders</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="133"/>
        <source>Statuses</source>
        <translation>Статусы</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="133"/>
        <source>Confidentiality levels</source>
        <translation>Уровни конфиденциальности</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="134"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="134"/>
        <source>Risk levels</source>
        <translation>Уровни риска</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="135"/>
        <source>Kinds of protection action</source>
        <translation>Виды мер защиты</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="135"/>
        <source>Action statuses</source>
        <translation>Статусы мер</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="136"/>
        <source>Action outcomes</source>
        <translation>Результаты мер</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="136"/>
        <source>Kinds of follow-up</source>
        <translation>Виды предстоящих действий</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="137"/>
        <source>Risk factors</source>
        <translation>Факторы риска</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vocab_editor.py" line="159"/>
        <source>%n shipped label(s) are uncertain translations. Double-click one to correct it above, or keep it once a native speaker has checked it.</source>
        <translation>
            <numerusform>%n название из поставки переведено неуверенно. Дважды щёлкните, чтобы исправить его выше, или оставьте его после проверки носителем языка.</numerusform>
            <numerusform>%n названия из поставки переведены неуверенно. Дважды щёлкните по одному, чтобы исправить его выше, или оставьте его после проверки носителем языка.</numerusform>
            <numerusform>%n названий из поставки переведены неуверенно. Дважды щёлкните по одному, чтобы исправить его выше, или оставьте его после проверки носителем языка.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="161"/>
        <source>No labels wait to be checked.</source>
        <translation>Нет названий, ожидающих проверки.</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="179"/>
        <source>Label kept as checked.</source>
        <translation>Название оставлено как проверенное.</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="221"/>
        <source>retired</source>
        <translation>выведен</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="221"/>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="251"/>
        <source>Term added.</source>
        <translation>Термин добавлен.</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="257"/>
        <source>Labels saved.</source>
        <translation>Названия сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="265"/>
        <source>Done: retired terms stay on old records but are no longer offered.</source>
        <translation>Готово: выведенные из употребления термины остаются в старых записях, но больше не предлагаются.</translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <location filename="../../ui/casework.py" line="72"/>
        <source>2024-03-15, 2024-03 or empty</source>
        <translation>2024-03-15, 2024-03 или пусто</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../ui/incident_editor.py" line="37"/>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
</context>
</TS>
