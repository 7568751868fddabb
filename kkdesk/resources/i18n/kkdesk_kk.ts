<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/casework.py" line="136"/>
        <source>Protection action</source>
        <translation>Қорғау шарасы</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="139"/>
        <source>Action:</source>
        <translation>Шара:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="142"/>
        <source>Our team</source>
        <translation>Біздің топ</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="142"/>
        <source>Partner organisation</source>
        <translation>Серіктес ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="145"/>
        <source>Who acted:</source>
        <translation>Кім әрекет етті:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="148"/>
        <source>Team member or partner organisation</source>
        <translation>Қызметкер немесе серіктес ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="149"/>
        <source>Name:</source>
        <translation>Аты немесе атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="151"/>
        <source>Requested on:</source>
        <translation>Сұралған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="153"/>
        <source>Started on:</source>
        <translation>Басталған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="155"/>
        <source>Ended on:</source>
        <translation>Аяқталған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="157"/>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="159"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="161"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../ui/casework.py" line="445"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="452"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="452"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="452"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="452"/>
        <source>What</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="453"/>
        <source>About</source>
        <translation>Кімге / неге қатысты</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="453"/>
        <source>Who takes care</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="458"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casework.py" line="482"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n мерзімі өткен</numerusform>
            <numerusform>%n мерзімі өткен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casework.py" line="483"/>
        <source>%n due in the next %1 days</source>
        <translation>
            <numerusform>алдағы %1 күнде %n мерзім</numerusform>
            <numerusform>алдағы %1 күнде %n мерзім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casework.py" line="489"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n күнге кешікті</numerusform>
            <numerusform>%n күнге кешікті</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="490"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/casework.py" line="490"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n күннен кейін</numerusform>
            <numerusform>%n күннен кейін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>That passphrase does not open this database. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Бұл құпия фраза дерекқорды ашпайды. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="84"/>
        <source>This file cannot be opened as a kkdesk database.</source>
        <translation>Бұл файлды kkdesk дерекқоры ретінде ашу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>The database could not be opened.</source>
        <translation>Дерекқорды ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Opening… (deriving the key takes a moment)</source>
        <translation>Ашылуда… (кілтті есептеу біраз уақыт алады)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="98"/>
        <source>Converting the database for this version of kkdesk (only once)…</source>
        <translation>Дерекқор kkdesk-тің осы нұсқасына түрлендірілуде (тек бір рет)…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <source>Creating the encrypted database…</source>
        <translation>Шифрланған дерекқор құрылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>Creating the demo database (fictional data)…</source>
        <translation>Демо дерекқор құрылуда (ойдан шығарылған деректер)…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Creating the demo database was cancelled.</source>
        <translation>Демо дерекқорды құру тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="191"/>
        <source>Locked. Enter the passphrase to continue.</source>
        <translation>Бұғатталды. Жалғастыру үшін құпия фразаны енгізіңіз.</translation>
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
        <translation>Импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="603"/>
        <source>Importing</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="607"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>Импорт тоқтатылды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="609"/>
        <source>Nothing was written: %1</source>
        <translation>Ештеңе жазылған жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="617"/>
        <source>Records added</source>
        <translation>Қосылған жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="618"/>
        <source>Records updated</source>
        <translation>Жаңартылған жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="619"/>
        <source>Records unchanged</source>
        <translation>Өзгермеген жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="620"/>
        <source>Kept ours (newer here)</source>
        <translation>Біздікі қалды (мұнда жаңарақ)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="621"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="623"/>
        <source>Incidents added</source>
        <translation>Қосылған оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="624"/>
        <source>Threats added</source>
        <translation>Қосылған қатерлер</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="625"/>
        <source>New persons</source>
        <translation>Жаңа тұлғалар</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="626"/>
        <source>Persons found in the registry</source>
        <translation>Тізілімнен табылған тұлғалар</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="627"/>
        <source>New organisations</source>
        <translation>Жаңа ұйымдар</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="628"/>
        <source>New terms</source>
        <translation>Жаңа терминдер</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="629"/>
        <source>Skipped: imported before</source>
        <translation>Өткізілді: бұрын импортталған</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="630"/>
        <source>Skipped: likely duplicates of recorded incidents</source>
        <translation>Өткізілді: тіркелген оқиғалардың ықтимал көшірмелері</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="635"/>
        <source>The import is complete.</source>
        <translation>Импорт аяқталды.</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../ui/casework.py" line="218"/>
        <source>Risk assessment</source>
        <translation>Тәуекелді бағалау</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="225"/>
        <source>Assessed on:</source>
        <translation>Бағаланған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="226"/>
        <source>The facts: what happened?</source>
        <translation>Фактілер: не болды?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="227"/>
        <source>The pattern: has it grown over time?</source>
        <translation>Заңдылық: қатер уақыт өте күшейіп жатыр ма?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="228"/>
        <source>The objective: what does the threat aim at?</source>
        <translation>Мақсаты: қатер арқылы неге қол жеткізгісі келеді?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="229"/>
        <source>Who is behind it?</source>
        <translation>Қатердің артында кім тұр?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="230"/>
        <source>Can it be carried out?</source>
        <translation>Қатер жүзеге асуы мүмкін бе?</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="240"/>
        <source>Factors (threats, vulnerabilities, capacities):</source>
        <translation>Факторлар (қатерлер, осалдықтар, қорғану мүмкіндіктері):</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="242"/>
        <source>Resulting level:</source>
        <translation>Қорытынды деңгей:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="244"/>
        <source>Why this level:</source>
        <translation>Неге осы деңгей:</translation>
    </message>
</context>
<context>
    <name>CaseworkPane</name>
    <message>
        <location filename="../../ui/casework.py" line="271"/>
        <source>Add action…</source>
        <translation>Шара қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="272"/>
        <source>Add follow-up…</source>
        <translation>Мерзім қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="273"/>
        <source>Assess risk…</source>
        <translation>Тәуекелді бағалау…</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="274"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="275"/>
        <source>Mark done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="276"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="286"/>
        <source>Action</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="286"/>
        <source>Who acted</source>
        <translation>Кім әрекет етті</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="286"/>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="287"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="287"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="287"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="289"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="289"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="289"/>
        <source>What</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="290"/>
        <source>Who takes care</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="290"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="292"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="292"/>
        <source>Level</source>
        <translation>Деңгейі</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="292"/>
        <source>Factors</source>
        <translation>Факторлар</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="293"/>
        <source>Why</source>
        <translation>Негіздемесі</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="294"/>
        <source>Protection actions</source>
        <translation>Қорғау шаралары</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="295"/>
        <source>Follow-ups</source>
        <translation>Мерзімдер мен іс-әрекеттер</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="296"/>
        <source>Risk assessments</source>
        <translation>Тәуекелді бағалау</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="348"/>
        <source>Our team</source>
        <translation>Біздің топ</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="348"/>
        <source>Partner organisation</source>
        <translation>Серіктес ұйым</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="498"/>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="499"/>
        <source>Nothing has been written yet. Fix the problems listed (in the file or in the mapping) before importing.</source>
        <translation>Әзірге ештеңе жазылған жоқ. Импорт алдында көрсетілген мәселелерді (файлда немесе сәйкестендіруде) түзетіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="502"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="511"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="511"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="511"/>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="516"/>
        <source>Also import incidents that look like ones already recorded</source>
        <translation>Бұрын тіркелгендерге ұқсас оқиғаларды да импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="526"/>
        <source>Checking every row…</source>
        <translation>Әр жол тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="537"/>
        <source>Checking the file</source>
        <translation>Файлды тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="542"/>
        <source>The check was cancelled; go back or check again.</source>
        <translation>Тексеру тоқтатылды; артқа оралыңыз немесе қайта тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts.py" line="38"/>
        <source>Exchange conflicts</source>
        <translation>Алмасу қайшылықтары</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="40"/>
        <source>These records were changed both here and by a peer since the last exchange. Nothing was overwritten: for each field, keep your value or take theirs.</source>
        <translation>Бұл жазбалар соңғы алмасудан кейін мұнда да, серіктесте де өзгертілген. Ештеңе қайта жазылған жоқ: әр өріс үшін өз мәніңізді қалдырыңыз немесе олардікін алыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="54"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="54"/>
        <source>Mine (this database)</source>
        <translation>Менікі (осы дерекқор)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="55"/>
        <source>Theirs (the peer)</source>
        <translation>Олардікі (серіктес)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="55"/>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="66"/>
        <source>All mine</source>
        <translation>Бәрі менікі</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="69"/>
        <source>All theirs</source>
        <translation>Бәрі олардікі</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="72"/>
        <source>Resolve</source>
        <translation>Шешу</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="98"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="98"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="99"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="99"/>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="103"/>
        <source>%1 %2 (with &apos;%3&apos;)</source>
        <translation>%1 %2 («%3» бірге)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="113"/>
        <source>No open conflicts.</source>
        <translation>Ашық қайшылықтар жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="131"/>
        <source>mine</source>
        <translation>менікі</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="132"/>
        <source>theirs</source>
        <translation>олардікі</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/conflicts.py" line="135"/>
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n өріс өзгеше.</numerusform>
            <numerusform>%n өріс өзгеше.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="142"/>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="142"/>
        <source>Narrative</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="142"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="143"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="143"/>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="144"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="144"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="144"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="145"/>
        <source>Targets and threats</source>
        <translation>Нысандар мен қатерлер</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="145"/>
        <source>Information sources</source>
        <translation>Ақпарат көздері</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="146"/>
        <source>Responses</source>
        <translation>Ден қою</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="146"/>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="146"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="147"/>
        <source>Name (Latin)</source>
        <translation>Аты (латынша)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="147"/>
        <source>Name (Cyrillic)</source>
        <translation>Аты (кириллица)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="148"/>
        <source>Other names</source>
        <translation>Басқа есімдері</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="148"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="149"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="149"/>
        <source>Risk level</source>
        <translation>Тәуекел деңгейі</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="149"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.py" line="183"/>
        <source>Resolved. The merged record goes to the peer with the next bundle.</source>
        <translation>Шешілді. Біріктірілген жазба серіктеске келесі пакетпен жіберіледі.</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../../ui/dashboard.py" line="324"/>
        <source>month unknown</source>
        <translation>айы белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="201"/>
        <source>Period and filter:</source>
        <translation>Кезең және сүзгі:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="207"/>
        <source>Top N:</source>
        <translation>Алғашқы N:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="215"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="239"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="275"/>
        <source>Threats by year (unit: threats)</source>
        <translation>Жылдар бойынша қатерлер (бірлік: қатерлер)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="276"/>
        <source>Threats by month (unit: threats)</source>
        <translation>Айлар бойынша қатерлер (бірлік: қатерлер)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="277"/>
        <source>Threats by city, top N (unit: threats)</source>
        <translation>Қалалар бойынша қатерлер, алғашқы N (бірлік: қатерлер)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="278"/>
        <source>Threats by defender category (unit: threats)</source>
        <translation>Құқық қорғаушы санаттары бойынша қатерлер (бірлік: қатерлер)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="279"/>
        <source>Threats by type, top N (unit: threats)</source>
        <translation>Түрлері бойынша қатерлер, алғашқы N (бірлік: қатерлер)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="280"/>
        <source>Threats by source, top N (unit: threats; a threat may have several sources)</source>
        <translation>Көздері бойынша қатерлер, алғашқы N (бірлік: қатерлер; бір қатердің бірнеше көзі болуы мүмкін)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="281"/>
        <source>Threats by gender (unit: threats)</source>
        <translation>Жынысы бойынша қатерлер (бірлік: қатерлер)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="282"/>
        <source>Persons threatened per year (unit: persons)</source>
        <translation>Жыл бойынша қатерге ұшыраған адамдар (бірлік: адамдар)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="283"/>
        <source>Threats per person (unit: persons with N threats)</source>
        <translation>Бір адамға келетін қатерлер (бірлік: N қатерге ұшыраған адамдар)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="322"/>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="323"/>
        <source>organisation (no gender)</source>
        <translation>ұйым (жынысы жоқ)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="323"/>
        <source>(not recorded)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="353"/>
        <source>Counting cancelled.</source>
        <translation>Есептеу тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="362"/>
        <source>Verified records only</source>
        <translation>Тек тексерілген жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="363"/>
        <source>All records, verified or not</source>
        <translation>Барлық жазбалар, тексерілген және тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="366"/>
        <source>Incidents: %1 · Threats: %2 · Persons: %3 · Organisations: %4 · Threat types: %5</source>
        <translation>Оқиғалар: %1 · Қатерлер: %2 · Адамдар: %3 · Ұйымдар: %4 · Қатер түрлері: %5</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="370"/>
        <source>Corroborated by two or more sources: %1 incidents</source>
        <translation>Екі не одан көп дереккөзбен расталған: %1 оқиға</translation>
    </message>
</context>
<context>
    <name>DefendersPane</name>
    <message>
        <location filename="../../ui/defenders.py" line="146"/>
        <source>Persons</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="147"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="152"/>
        <source>Search the registry</source>
        <translation>Тізілімнен іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="153"/>
        <source>Find by name in any script…</source>
        <translation>Кез келген әліпбимен аты бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="161"/>
        <source>New person…</source>
        <translation>Жаңа адам…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="162"/>
        <source>New organisation…</source>
        <translation>Жаңа ұйым…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="163"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="164"/>
        <source>Possible duplicates…</source>
        <translation>Ықтимал қайталанулар…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="174"/>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="198"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="198"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="198"/>
        <source>Threat types</source>
        <translation>Қатер түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="208"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="210"/>
        <source>Protection casework</source>
        <translation>Қорғау жұмысы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/defenders.py" line="265"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="302"/>
        <source>Incidents: %1 · Threats: %2 · First: %3 · Last: %4 · Years under threat: %5</source>
        <translation>Оқиғалар: %1 · Қатерлер: %2 · Алғашқы: %3 · Соңғы: %4 · Қатерде болған жылдар: %5</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/defenders.py" line="376"/>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="378"/>
        <source>Records that may be one person, the likeliest first. Compare a pair side by side before merging it; a pair that is two people can be marked so and is not proposed again.</source>
        <translation>Бір тұлғаға қатысты болуы мүмкін жазбалар — алдымен ықтималдылары. Біріктірер алдында жұпты қатар салыстырыңыз; екі адам болып шыққан жұпты солай белгілеуге болады, ол енді ұсынылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="385"/>
        <source>Record 1</source>
        <translation>1-жазба</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="385"/>
        <source>Record 2</source>
        <translation>2-жазба</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="386"/>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="389"/>
        <source>different patronymics</source>
        <translation>әкесінің аттары әртүрлі</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="389"/>
        <source>another first name or surname</source>
        <translation>басқа аты немесе тегі</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="409"/>
        <source>Compare and merge…</source>
        <translation>Салыстыру және біріктіру…</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="412"/>
        <source>Not the same person</source>
        <translation>Бұлар әртүрлі адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="415"/>
        <source>Undo last merge</source>
        <translation>Соңғы біріктіруді болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="464"/>
        <source>The last merge is undone: both records are back, with their incidents.</source>
        <translation>Соңғы біріктіру болдырылмады: екі жазба да оқиғаларымен бірге қайтарылды.</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="475"/>
        <source>Marked as two different people; the pair is not proposed again.</source>
        <translation>Екі түрлі адам деп белгіленді; бұл жұп енді ұсынылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="479"/>
        <source>Merged. &quot;Undo last merge&quot; brings both records back.</source>
        <translation>Біріктірілді. «Соңғы біріктіруді болдырмау» екі жазбаны да қайтарады.</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="385"/>
        <source>Similarity</source>
        <translation>Ұқсастық</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="30"/>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Кілттер</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="36"/>
        <source>Export bundle</source>
        <translation>Пакетті экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="37"/>
        <location filename="../../ui/exchange_dialog.py" line="213"/>
        <source>Import bundle</source>
        <translation>Пакетті импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="51"/>
        <source>This database&apos;s public key: give it to the other side. Then compare the fingerprint with them by voice or in person.</source>
        <translation>Осы дерекқордың ашық кілті: оны екінші тарапқа беріңіз. Содан кейін саусақ ізін олармен дауыстап немесе кездесіп салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="63"/>
        <source>Registered peers:</source>
        <translation>Тіркелген серіктестер:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="66"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="66"/>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="73"/>
        <source>e.g. coordinator</source>
        <translation>мысалы, үйлестіруші</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="74"/>
        <source>New peer&apos;s name:</source>
        <translation>Жаңа серіктестің атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="77"/>
        <source>Paste the key text the other side gave you (kkdx1…)</source>
        <translation>Екінші тарап берген кілт мәтінін қойыңыз (kkdx1…)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="81"/>
        <source>Their key:</source>
        <translation>Олардың кілті:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="85"/>
        <source>Their fingerprint:</source>
        <translation>Олардың саусақ ізі:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="86"/>
        <source>This is our coordinator: take its review decisions (returned, verified)</source>
        <translation>Бұл — біздің үйлестірушіміз: оның тексеру шешімдерін қабылдау (қайтару, растау)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="89"/>
        <source>Records that arrive from a monitor always wait for review here; only the coordinator&apos;s verifications count.</source>
        <translation>Монитордан келген жазбалар мұнда әрқашан тексеруді күтеді; тек үйлестірушінің растаулары есепке алынады.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="92"/>
        <source>Add peer</source>
        <translation>Серіктес қосу</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="118"/>
        <source>Fingerprint: %1</source>
        <translation>Саусақ ізі: %1</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="144"/>
        <source>Give the peer a name and paste their key.</source>
        <translation>Серіктеске атау беріп, оның кілтін қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="149"/>
        <source>Peer &apos;%1&apos; added; fingerprint %2.</source>
        <translation>«%1» серіктесі қосылды; саусақ ізі %2.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="165"/>
        <source>For peer:</source>
        <translation>Серіктес үшін:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="168"/>
        <source>All records changed since the last exchange</source>
        <translation>Соңғы алмасудан кейін өзгерген барлық жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="169"/>
        <source>Only records this peer already has (a coordinator&apos;s reply)</source>
        <translation>Серіктесте бар жазбалар ғана (үйлестірушінің жауабы)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="170"/>
        <source>Vocabulary and acknowledgements only</source>
        <translation>Тек анықтамалықтар мен растаулар</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="171"/>
        <source>What to send:</source>
        <translation>Не жіберу керек:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="173"/>
        <location filename="../../ui/exchange_dialog.py" line="212"/>
        <source>Bundle file:</source>
        <translation>Пакет файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="174"/>
        <source>Write bundle</source>
        <translation>Пакетті жазу</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="178"/>
        <source>The bundle is encrypted for that peer alone and signed by this database.</source>
        <translation>Пакет тек осы серіктес үшін шифрланған және осы дерекқормен қол қойылған.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="188"/>
        <location filename="../../ui/exchange_dialog.py" line="230"/>
        <source>Bundle file</source>
        <translation>Пакет файлы</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="196"/>
        <source>Add a peer on the Keys tab first.</source>
        <translation>Алдымен «Кілттер» қойындысында серіктес қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="199"/>
        <source>Choose where to write the bundle.</source>
        <translation>Пакетті қайда жазатынын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="201"/>
        <source>Writing…</source>
        <translation>Жазылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="221"/>
        <source>Resolve conflicts…</source>
        <translation>Қайшылықтарды шешу…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="237"/>
        <source>Choose a bundle file.</source>
        <translation>Пакет файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="239"/>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialog.py" line="251"/>
        <source>From &apos;%1&apos;.</source>
        <translation>«%1» жіберген.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="80"/>
        <source>Choose a file</source>
        <translation>Файлды таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="81"/>
        <source>A spreadsheet (CSV or XLSX) of incidents, or a kkdesk JSON export.</source>
        <translation>Оқиғалар кестесі (CSV немесе XLSX) не kkdesk JSON экспорты.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="86"/>
        <source>Optional: a mapping saved from an earlier import</source>
        <translation>Міндетті емес: бұрынғы импорттан сақталған сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="87"/>
        <source>Mapping:</source>
        <translation>Сәйкестендіру:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="97"/>
        <source>Import file</source>
        <translation>Импорт файлы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="98"/>
        <source>Spreadsheets and exports (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Кестелер мен экспорттар (*.csv *.xlsx *.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="103"/>
        <source>Mapping file</source>
        <translation>Сәйкестендіру файлы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="144"/>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../ui/filters.py" line="38"/>
        <source>From date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="39"/>
        <source>e.g. 2019 or 2019-06</source>
        <translation>мысалы, 2019 не 2019-06</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="42"/>
        <source>To date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="43"/>
        <source>e.g. 2021-12-31</source>
        <translation>мысалы, 2021-12-31</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="47"/>
        <source>From:</source>
        <translation>Бастап:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="48"/>
        <source>To:</source>
        <translation>Дейін:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="58"/>
        <source>Region:</source>
        <translation>Өңір:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="58"/>
        <source>City:</source>
        <translation>Қала:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="58"/>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="59"/>
        <source>Threat type:</source>
        <translation>Қатер түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="59"/>
        <source>Source:</source>
        <translation>Қатер көзі:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="60"/>
        <source>Gender:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="60"/>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="73"/>
        <source>Tag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="75"/>
        <source>Tag:</source>
        <translation>Белгі:</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="76"/>
        <source>Corroborated by at least two independent sources</source>
        <translation>Кемінде екі тәуелсіз дереккөзбен расталған</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="82"/>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <location filename="../../ui/filters.py" line="92"/>
        <location filename="../../ui/filters.py" line="98"/>
        <source>(any)</source>
        <translation>(кез келген)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/casework.py" line="181"/>
        <source>Follow-up</source>
        <translation>Мерзімді іс-әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="184"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="190"/>
        <source>Due on:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="193"/>
        <source>What:</source>
        <translation>Не істеу керек:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="196"/>
        <source>Who takes care:</source>
        <translation>Жауапты:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="198"/>
        <source>Done on:</source>
        <translation>Орындалған күні:</translation>
    </message>
    <message>
        <location filename="../../ui/casework.py" line="200"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
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
        <translation>Бүркеншік кодтар қосулы, бірақ бұл редакторда оқиғаның нақты есімдері мен мәтіні көрінеді. Экранды бөгде адам көруі мүмкін болса, оны жабыңыз (Ctrl+W).</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="99"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="102"/>
        <source>Targets and threats</source>
        <translation>Нысандар және қатерлер</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="105"/>
        <source>Sources and responses</source>
        <translation>Дереккөздер және ден қою</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="106"/>
        <location filename="../../ui/incident_editor.py" line="219"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="108"/>
        <source>Protection</source>
        <translation>Қорғау</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="110"/>
        <source>Links</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="115"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="118"/>
        <source>Redo</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="121"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="123"/>
        <source>Ctrl+S; Ctrl+Enter saves and starts the next incident</source>
        <translation>Ctrl+S; Ctrl+Enter сақтайды және келесі оқиғаны бастайды</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="125"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="158"/>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="159"/>
        <source>Title:</source>
        <translation>Тақырыбы:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="162"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="163"/>
        <source>2019-06-09, June 2019, 2019, May–June 2021, 9 июня 2019</source>
        <translation>2019-06-09, 2019 ж. маусым, 2019, 2021 ж. мамыр–маусым</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="165"/>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="171"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="173"/>
        <source>Region:</source>
        <translation>Өңір:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="174"/>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="176"/>
        <source>City:</source>
        <translation>Қала:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="179"/>
        <source>Place detail</source>
        <translation>Орнының нақтылауы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="180"/>
        <source>Place detail:</source>
        <translation>Орнының нақтылауы:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="181"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="184"/>
        <source>A record counts as verified once someone other than its last editor verifies it (View → Review).</source>
        <translation>Жазбаны соңғы өңдеушіден басқа біреу растағанда ғана ол тексерілген болып саналады (Көрініс → Тексеру).</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="186"/>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="187"/>
        <source>Confidentiality</source>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="188"/>
        <source>Confidentiality:</source>
        <translation>Құпиялылық:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="189"/>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="190"/>
        <source>comma separated</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="191"/>
        <source>Tags:</source>
        <translation>Белгілер:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="194"/>
        <source>Narrative</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="196"/>
        <source>Narrative:</source>
        <translation>Сипаттама:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="198"/>
        <source>Reasons / contributing factors:</source>
        <translation>Себептер / ықпал еткен факторлар:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="203"/>
        <source>Aims:</source>
        <translation>Мақсаттар:</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="216"/>
        <source>Drop files here to attach them (stored encrypted, with their SHA-256):</source>
        <translation>Тіркеу үшін файлдарды осында сүйреңіз (шифрланып, SHA-256 сомасымен сақталады):</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="222"/>
        <source>Add file…</source>
        <translation>Файл қосу…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="231"/>
        <location filename="../../ui/incident_editor.py" line="232"/>
        <location filename="../../ui/incident_editor.py" line="411"/>
        <source>(not known)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="393"/>
        <source>Write the date as it was reported.</source>
        <translation>Күнін хабарланғандай жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="403"/>
        <source>exact day</source>
        <translation>нақты күн</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="403"/>
        <source>month only</source>
        <translation>тек айы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="403"/>
        <source>year only</source>
        <translation>тек жылы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="404"/>
        <source>range</source>
        <translation>кезең</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="405"/>
        <source>Read as: %1 (precision: %2)</source>
        <translation>Былай оқылды: %1 (дәлдігі: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="432"/>
        <source>(added on save)</source>
        <translation>(сақтағанда қосылады)</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="438"/>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="449"/>
        <source>Cannot read the file: %1</source>
        <translation>Файлды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="555"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="579"/>
        <source>Saved as %1.</source>
        <translation>%1 ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="595"/>
        <source>Not saved.</source>
        <translation>Сақталмады.</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="601"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/incident_editor.py" line="602"/>
        <source>This incident has changes that are not saved.</source>
        <translation>Бұл оқиғада сақталмаған өзгерістер бар.</translation>
    </message>
</context>
<context>
    <name>IncidentLinksPane</name>
    <message>
        <location filename="../../ui/links.py" line="53"/>
        <source>reference, e.g. KK-2021-3F9A0C1B</source>
        <translation>нөмірі, мысалы KK-2021-3F9A0C1B</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="56"/>
        <source>Link</source>
        <translation>Байланыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="60"/>
        <source>Remove link</source>
        <translation>Байланысты жою</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="72"/>
        <location filename="../../ui/links.py" line="77"/>
        <source>same case as</source>
        <translation>сол іс:</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="72"/>
        <location filename="../../ui/links.py" line="79"/>
        <source>continues</source>
        <translation>мына оқиғаның жалғасы</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="73"/>
        <location filename="../../ui/links.py" line="80"/>
        <source>responds to</source>
        <translation>мына оқиғаға жауап</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="79"/>
        <source>continued by</source>
        <translation>жалғасы — мына оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="80"/>
        <source>answered by</source>
        <translation>жауабы — мына оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="87"/>
        <source>Incidents that belong together: the same trial, a chain of events, a response. This incident …</source>
        <translation>Бір-бірімен байланысты оқиғалар: бір сот процесі, оқиғалар тізбегі, жауап. Бұл оқиға …</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="89"/>
        <source>Save the incident first; then link it to others.</source>
        <translation>Алдымен оқиғаны сақтаңыз, содан кейін оны басқаларымен байланыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="114"/>
        <source>Linked.</source>
        <translation>Байланыстырылды.</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="120"/>
        <source>Choose a link in the list.</source>
        <translation>Тізімнен байланысты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="127"/>
        <source>Link removed.</source>
        <translation>Байланыс жойылды.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/incident_table.py" line="39"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="40"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="41"/>
        <source>Title</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="42"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="43"/>
        <source>Targets</source>
        <translation>Қатер нысандары</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="44"/>
        <source>Threat types</source>
        <translation>Қатер түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="45"/>
        <source>Sources</source>
        <translation>Қатер көздері</translation>
    </message>
    <message>
        <location filename="../../ui/incident_table.py" line="46"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>IncidentTableView</name>
    <message>
        <location filename="../../ui/incident_table.py" line="261"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
</context>
<context>
    <name>IncidentsPane</name>
    <message>
        <location filename="../../ui/incidents_pane.py" line="43"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="44"/>
        <source>Search titles, narratives, names, places (Latin or Cyrillic)…  Ctrl+F</source>
        <translation>Тақырып, сипаттама, есім, орын бойынша іздеу (латын не кирилл)…  Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="49"/>
        <source>Saved searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="54"/>
        <source>Save search…</source>
        <translation>Іздеуді сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="80"/>
        <source>Incident details</source>
        <translation>Оқиға туралы мәліметтер</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="140"/>
        <source>Searching…</source>
        <translation>Ізделуде…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents_pane.py" line="158"/>
        <source>First %n shown; counting the rest…</source>
        <translation>
            <numerusform>Алғашқы %n көрсетілді; қалғаны есептелуде…</numerusform>
            <numerusform>Алғашқы %n көрсетілді; қалғаны есептелуде…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/incidents_pane.py" line="165"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="176"/>
        <source>This database holds no incidents yet</source>
        <translation>Бұл дерекқорда әзірге оқиға жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="177"/>
        <source>Ctrl+N records an incident.</source>
        <translation>Ctrl+N — оқиғаны тіркеу.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="178"/>
        <source>The Defenders tab keeps the people and organisations threatened.</source>
        <translation>«Құқық қорғаушылар» қойындысында қатер төнген адамдар мен ұйымдар есепке алынады.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="179"/>
        <source>File → Import… brings in a spreadsheet or a kkdesk export.</source>
        <translation>Файл → Импорт… кестені немесе kkdesk экспортын жүктейді.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="180"/>
        <source>F1 lists every keyboard shortcut.</source>
        <translation>F1 — барлық пернелер тіркесімінің тізімі.</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="223"/>
        <source>Information sources</source>
        <translation>Ақпарат көздері</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="223"/>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="51"/>
        <location filename="../../ui/incidents_pane.py" line="250"/>
        <source>Saved searches…</source>
        <translation>Сақталған іздеулер…</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="233"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="233"/>
        <source>Submitted for review</source>
        <translation>Тексеруге жіберілген</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="234"/>
        <source>Returned to its author</source>
        <translation>Авторына қайтарылған</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="234"/>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="235"/>
        <source>Independent sources: %1</source>
        <translation>Тәуелсіз дереккөздер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="235"/>
        <source>Related incidents</source>
        <translation>Байланысты оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="236"/>
        <source>same case as</source>
        <translation>сол іс:</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="236"/>
        <source>continues</source>
        <translation>мына оқиғаның жалғасы</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="237"/>
        <source>continued by</source>
        <translation>жалғасы — мына оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="237"/>
        <source>responds to</source>
        <translation>мына оқиғаға жауап</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="238"/>
        <source>answered by</source>
        <translation>жауабы — мына оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="274"/>
        <source>Save search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/incidents_pane.py" line="274"/>
        <source>Name of this search:</source>
        <translation>Осы іздеудің атауы:</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../ui/jobs.py" line="29"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Defenders</source>
        <translation>Құқық қорғаушылар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Vocabularies</source>
        <translation>Анықтамалықтар</translation>
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
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>Open selected incident</source>
        <translation>Таңдалған оқиғаны ашу</translation>
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
        <translation>Анықтаманы басып шығару/сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Settings…</source>
        <translation>Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Lock now</source>
        <translation>Қазір бұғаттау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Panic: hide and lock</source>
        <translation>Дабыл: жасыру және бұғаттау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Agenda: follow-ups due</source>
        <translation>Күн тәртібі: жақын мерзімдер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Review: waiting for me, returned to me</source>
        <translation>Тексеру: мені күтуде, маған қайтарылған</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>&amp;Reports</source>
        <translation>&amp;Есептер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Overview…</source>
        <translation>Оқиғаларға шолу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Dossier of the selected defender…</source>
        <translation>Таңдалған құқық қорғаушының досьесі…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>E&amp;xchange</source>
        <translation>А&amp;лмасу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Keys…</source>
        <translation>Кілттер…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Export bundle…</source>
        <translation>Пакетті экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Import bundle…</source>
        <translation>Пакетті импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Conflicts…</source>
        <translation>Қайшылықтар…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>About kkdesk</source>
        <translation>kkdesk туралы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Open the selected incident</source>
        <translation>Таңдалған оқиғаны ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Save the incident (in the editor)</source>
        <translation>Оқиғаны сақтау (редакторда)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>Save the incident and start the next one (in the editor)</source>
        <translation>Оқиғаны сақтап, келесісін бастау (редакторда)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Add a threat to the current target (in the editor)</source>
        <translation>Ағымдағы нысанға қатер қосу (редакторда)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Editor tabs, the focus on their first field (in the editor)</source>
        <translation>Редактор қойындылары, курсор бірінші өрісте (редакторда)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>In a text area: go to the next field / insert a tab</source>
        <translation>Көп жолды өрісте: келесі өріске өту / табуляция қою</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>Undo / redo changes in the editor</source>
        <translation>Редактордағы өзгерісті болдырмау / қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Print or save the brief of the selected incident</source>
        <translation>Таңдалған оқиғаның анықтамасын басып шығару не сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Switch tabs</source>
        <translation>Қойындыларды ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Agenda: follow-ups overdue and due in the next two weeks</source>
        <translation>Күн тәртібі: мерзімі өткендер мен алдағы екі аптадағы мерзімдер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Review: records waiting for my review and returned to me</source>
        <translation>Тексеру: менің тексеруімді күтетін және маған қайтарылған жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Lock now: close the database and clear the screen</source>
        <translation>Бұғаттау: дерекқорды жауып, экранды тазарту</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Panic: hide every window and lock at once; start kkdesk again to bring back the unlock window</source>
        <translation>Дабыл: барлық терезені бірден жасырып, бұғаттау; бұғаттан шығару терезесін қайтару үшін kkdesk-ті қайта іске қосыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>This list</source>
        <translation>Осы тізім</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>The idle lock closes the database after the minutes set in Settings without keyboard or mouse use. Locking discards unsaved edits.</source>
        <translation>Баптауларда көрсетілген минут бойы пернетақта мен тінтуір қолданылмаса, дерекқор өздігінен жабылады. Бұғаттағанда сақталмаған өзгерістер жойылады.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>kkdesk keeps records of threats against human rights defenders in an encrypted file. It works offline.</source>
        <translation>kkdesk құқық қорғаушыларға төнген қатерлерді шифрланған файлда есепке алады. Бағдарлама интернетсіз жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Select an incident in the Incidents tab first.</source>
        <translation>Алдымен «Оқиғалар» қойындысында оқиғаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Select a person or organisation in the Defenders tab first.</source>
        <translation>Алдымен «Құқық қорғаушылар» қойындысында тұлғаны не ұйымды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="298"/>
        <source>Mapping</source>
        <translation>Сәйкестендіру</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="299"/>
        <source>Say what each column means, and which term each value of a list column is. Suggestions are filled in; values not found are marked as not decided.</source>
        <translation>Әр бағанның мағынасын және тізім бағандарының әр мәні қай термин екенін көрсетіңіз. Ұсыныстар толтырылған; табылмаған мәндер шешілмеген деп белгіленген.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="302"/>
        <source>Columns:</source>
        <translation>Бағандар:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="305"/>
        <location filename="../../ui/import_wizard.py" line="314"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="306"/>
        <source>Examples</source>
        <translation>Мысалдар</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="311"/>
        <source>Values of list columns:</source>
        <translation>Тізім бағандарының мәндері:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="314"/>
        <source>Value in the file</source>
        <translation>Файлдағы мән</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="314"/>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="323"/>
        <source>Load mapping…</source>
        <translation>Сәйкестендіруді жүктеу…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="326"/>
        <source>Save mapping…</source>
        <translation>Сәйкестендіруді сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="340"/>
        <source>incident number (rows with the same number are one incident)</source>
        <translation>оқиға нөмірі (нөмірі бірдей жолдар — бір оқиға)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>title</source>
        <translation>тақырып</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="341"/>
        <source>narrative</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>place detail</source>
        <translation>орны (толығырақ)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="342"/>
        <source>city</source>
        <translation>қала</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>person (defender) name</source>
        <translation>тұлғаның (құқық қорғаушының) аты</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="344"/>
        <source>person or organisation (decided row by row)</source>
        <translation>тұлға немесе ұйым (әр жол бойынша анықталады)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="345"/>
        <source>kind of target (person or organisation)</source>
        <translation>нысан түрі (тұлға немесе ұйым)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346"/>
        <source>kind of organisation</source>
        <translation>ұйым түрі</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="347"/>
        <source>gender</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="347"/>
        <source>defender category</source>
        <translation>құқық қорғаушы санаты</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>threat type</source>
        <translation>қатер түрі</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="348"/>
        <source>source of the threat</source>
        <translation>қатер көзі</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="349"/>
        <source>legal article</source>
        <translation>заң бабы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="349"/>
        <source>outcome of the threat</source>
        <translation>қатердің нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>notes</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>reason</source>
        <translation>себеп</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="350"/>
        <source>aim</source>
        <translation>мақсат</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>tags</source>
        <translation>белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>status</source>
        <translation>мәртебе</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="351"/>
        <source>confidentiality</source>
        <translation>құпиялылық</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="352"/>
        <source>information source (outlet)</source>
        <translation>ақпарат көзі (басылым)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="353"/>
        <source>information source link</source>
        <translation>ақпарат көзінің сілтемесі</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="377"/>
        <source>Looking for matching fields and terms…</source>
        <translation>Сәйкес өрістер мен терминдер ізделуде…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="394"/>
        <source>— ignore this column —</source>
        <translation>— бағанды елемеу —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="421"/>
        <source>— not decided —</source>
        <translation>— шешілмеген —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="422"/>
        <source>+ add as a new term</source>
        <translation>+ жаңа термин ретінде қосу</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="426"/>
        <source>Closest: %1</source>
        <translation>Ең жақын нұсқалар: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="436"/>
        <source>%n value(s) not decided yet: the validation will list them.</source>
        <translation>
            <numerusform>%n мән әлі шешілмеген: тексеру оны көрсетеді.</numerusform>
            <numerusform>%n мән әлі шешілмеген: тексеру оларды көрсетеді.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="437"/>
        <source>Every value has a term.</source>
        <translation>Әр мәннің термині бар.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="461"/>
        <source>Load mapping</source>
        <translation>Сәйкестендіруді жүктеу</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="470"/>
        <source>Save mapping</source>
        <translation>Сәйкестендіруді сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="488"/>
        <source>Mapping saved. It holds headers and list values, no names.</source>
        <translation>Сәйкестендіру сақталды. Онда тақырыптар мен тізім мәндері бар, есімдер жоқ.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/merge_dialog.py" line="30"/>
        <source>Merge two records</source>
        <translation>Екі жазбаны біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="32"/>
        <source>Are «%1» and «%2» one person? Choose the record that stays and, for each field, the value to keep. Aliases, categories and tags of both are kept.</source>
        <translation>«%1» және «%2» — бір тұлға ма? Қалатын жазбаны және әр өріс үшін сақталатын мәнді таңдаңыз. Екі жазбаның бүркеншік аттары, санаттары мен тегтері сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="45"/>
        <source>Pseudonym codes are on, but deciding a merge needs the real names shown here.</source>
        <translation>Бүркеншік кодтар қосулы, бірақ біріктіру туралы шешім үшін мұнда нақты есімдер көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="53"/>
        <source>Record 1</source>
        <translation>1-жазба</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="53"/>
        <source>Record 2</source>
        <translation>2-жазба</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="57"/>
        <source>Stays:</source>
        <translation>Қалады:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="65"/>
        <source>Name (Cyrillic):</source>
        <translation>Аты (кирилше):</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="65"/>
        <source>Name (Latin):</source>
        <translation>Аты (латынша):</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="66"/>
        <source>Gender:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="66"/>
        <source>Risk level:</source>
        <translation>Қауіп деңгейі:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="67"/>
        <source>Contact (sensitive):</source>
        <translation>Байланыс (құпия):</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="67"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="68"/>
        <source>Aliases:</source>
        <translation>Бүркеншік аттар:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="68"/>
        <source>Categories:</source>
        <translation>Санаттар:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="68"/>
        <source>Tags:</source>
        <translation>Тегтер:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="76"/>
        <location filename="../../ui/merge_dialog.py" line="90"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="81"/>
        <source>Both</source>
        <translation>Екеуі де</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="83"/>
        <source>Keep both texts, one after the other</source>
        <translation>Екі мәтінді де бірінен соң бірін сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="94"/>
        <source>The merged record keeps the aliases, categories and tags of both, and the names not chosen become aliases. Incidents, casework and history move to it; the last merge can be undone from the duplicates list.</source>
        <translation>Біріктірілген жазба екеуінің де бүркеншік аттарын, санаттары мен тегтерін сақтайды, ал таңдалмаған есімдер бүркеншік атқа айналады. Оқиғалар, қорғау жұмысы мен тарих соған ауысады; соңғы біріктіруді көшірмелер тізімінен болдырмауға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="112"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="115"/>
        <source>Not the same person</source>
        <translation>Бұлар әртүрлі адамдар</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="142"/>
        <source>Different patronymics (%1): these are probably two people with different fathers.</source>
        <translation>Әкесінің аттары әртүрлі (%1): бұл, сірә, әкелері басқа екі адам.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="145"/>
        <source>A first name or surname differs by more than a typo (for example Асель and Әсем, Ұлан and Руслан are different names).</source>
        <translation>Аты немесе тегі қате басудан артық ерекшеленеді (мысалы, Асель мен Әсем, Ұлан мен Руслан — әртүрлі есімдер).</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.py" line="147"/>
        <source>Merge only if you know it is one person.</source>
        <translation>Бұл бір тұлға екенін нақты білсеңіз ғана біріктіріңіз.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="137"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="141"/>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="144"/>
        <source>Other name:</source>
        <translation>Басқа атауы:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="148"/>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="151"/>
        <source>(not known)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="152"/>
        <source>City:</source>
        <translation>Қала:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="155"/>
        <source>People:</source>
        <translation>Адамдар:</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <location filename="../../ui/widgets.py" line="94"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="31"/>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="41"/>
        <source>Name in Cyrillic</source>
        <translation>Кириллицамен жазылған аты</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="42"/>
        <source>Name (Cyrillic):</source>
        <translation>Аты (кириллицамен):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="45"/>
        <source>Name in Latin letters</source>
        <translation>Латынша жазылған аты</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="46"/>
        <source>Name (Latin):</source>
        <translation>Аты (латынша):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="49"/>
        <source>Aliases (comma separated):</source>
        <translation>Басқа есімдері (үтір арқылы):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="57"/>
        <source>Gender:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="62"/>
        <source>Categories:</source>
        <translation>Санаттар:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="65"/>
        <source>(not known)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="66"/>
        <source>City:</source>
        <translation>Қала:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="74"/>
        <source>Risk level:</source>
        <translation>Тәуекел деңгейі:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="77"/>
        <source>Tags:</source>
        <translation>Белгілер:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="82"/>
        <source>Contact (sensitive):</source>
        <translation>Байланыс (құпия):</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="87"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="89"/>
        <source>Pseudonym:</source>
        <translation>Бүркеншік код:</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="93"/>
        <source>Ties:</source>
        <translation>Байланыстар:</translation>
    </message>
</context>
<context>
    <name>PersonTiesEditor</name>
    <message>
        <location filename="../../ui/links.py" line="191"/>
        <location filename="../../ui/links.py" line="229"/>
        <source>member of</source>
        <translation>ұйым мүшесі:</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="191"/>
        <location filename="../../ui/links.py" line="229"/>
        <source>employee of</source>
        <translation>ұйым қызметкері:</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="192"/>
        <location filename="../../ui/links.py" line="229"/>
        <source>lawyer of</source>
        <translation>ұйым заңгері:</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="198"/>
        <source>Add tie</source>
        <translation>Байланыс қосу</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="206"/>
        <source>code of another record of this defender, e.g. P-7K3Q9</source>
        <translation>осы құқық қорғаушының басқа жазбасының коды, мысалы P-7K3Q9</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="208"/>
        <source>Same person (keep both)</source>
        <translation>Сол тұлға (екеуін де қалдыру)</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="210"/>
        <source>Two records of one defender (e.g. from two monitors) stay apart; statistics count the person once.</source>
        <translation>Бір құқық қорғаушы туралы екі жазба (мысалы, екі монитордан) бөлек қалады; статистика адамды бір рет санайды.</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="230"/>
        <source>also recorded as</source>
        <translation>сондай-ақ былай жазылған:</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="230"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="162"/>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>Read again</source>
        <translation>Қайта оқу</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="180"/>
        <source>Worksheet:</source>
        <translation>Парақ:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="181"/>
        <source>Text encoding:</source>
        <translation>Мәтін кодтауы:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="182"/>
        <source>Header row:</source>
        <translation>Тақырып жолы:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="223"/>
        <source>automatic (found: %1)</source>
        <translation>автоматты түрде (табылды: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="224"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилл)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="224"/>
        <source>Mac Cyrillic</source>
        <translation>Mac (кирилл)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="225"/>
        <source>DOS Cyrillic (CP866)</source>
        <translation>DOS (кирилл, CP866)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="232"/>
        <source>found by itself: row %1</source>
        <translation>өзі табылды: %1-жол</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="258"/>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="280"/>
        <source>%1: %2 data row(s), %3 column(s). The first rows are shown with their row numbers in the file.</source>
        <translation>%1: деректер жолдары — %2, бағандар — %3. Алғашқы жолдар файлдағы нөмірлерімен көрсетілген.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../ui/defenders.py" line="107"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="108"/>
        <source>Categories</source>
        <translation>Санаттар</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="108"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="109"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="109"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="109"/>
        <source>Threats</source>
        <translation>Қатерлер</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="109"/>
        <source>First threat</source>
        <translation>Алғашқы қатер</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="110"/>
        <source>Last threat</source>
        <translation>Соңғы қатер</translation>
    </message>
    <message>
        <location filename="../../ui/defenders.py" line="110"/>
        <source>Years under threat</source>
        <translation>Қатерде болған жылдар</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/reports_dialog.py" line="49"/>
        <source>Reports and exports</source>
        <translation>Есептер мен экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="56"/>
        <source>Case brief of the selected incident (PDF)</source>
        <translation>Таңдалған оқиға бойынша анықтама (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="57"/>
        <source>Dossier of the selected defender (PDF)</source>
        <translation>Таңдалған құқық қорғаушының досьесі (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="58"/>
        <source>Overview of incidents (PDF)</source>
        <translation>Оқиғаларға шолу (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="59"/>
        <source>UN submission draft: UPR or treaty body (Word, DOCX)</source>
        <translation>БҰҰ-ға баяндама жобасы: ӘМШ немесе шарттық орган (Word, DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="60"/>
        <source>Export for analysis: Excel workbook (XLSX)</source>
        <translation>Талдауға экспорт: Excel кітабы (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="61"/>
        <source>Export for analysis: folder of CSV files</source>
        <translation>Талдауға экспорт: CSV файлдар қалтасы</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="62"/>
        <source>Full export: JSON (can be imported again)</source>
        <translation>Толық экспорт: JSON (қайта импорттауға болады)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="68"/>
        <source>Document:</source>
        <translation>Құжат:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="73"/>
        <source>Subject:</source>
        <translation>Кім/не туралы:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="81"/>
        <source>e.g. 2019 or 2019-06 or 2019-06-30</source>
        <translation>мысалы, 2019, 2019-06 не 2019-06-30</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="87"/>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="89"/>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="91"/>
        <source>Only incidents matching the search and filters of the Incidents tab</source>
        <translation>Тек «Оқиғалар» қойындысының іздеуі мен сүзгілеріне сай оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="97"/>
        <source>Only verified records (checked by a second person)</source>
        <translation>Тек тексерілген жазбалар (екінші адам тексерген)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="99"/>
        <source>Published figures count verified records only; the document says which records it counts.</source>
        <translation>Жарияланатын сандар тек тексерілген жазбаларды санайды; құжат қандай жазбаларды санайтынын көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="109"/>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="113"/>
        <source>Full: names and all details (for the team)</source>
        <translation>Толық: есімдер мен барлық мәліметтер (топ үшін)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="114"/>
        <source>Pseudonymised: codes instead of names</source>
        <translation>Бүркеншік: есімдердің орнына кодтар</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="115"/>
        <source>Public: codes, only incidents marked public</source>
        <translation>Жария: кодтар, тек жария деп белгіленген оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="124"/>
        <source>Privacy profile:</source>
        <translation>Құпиялылық профилі:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="126"/>
        <source>Archival PDF (PDF/A-2b)</source>
        <translation>Мұрағаттық PDF (PDF/A-2b)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="128"/>
        <source>For long-term keeping: fonts embedded, colours defined, no author or time zone in the file</source>
        <translation>Ұзақ сақтауға арналған: қаріптер енгізілген, түстер анықталған, файлда автор мен уақыт белдеуі жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="131"/>
        <source>Joint submission of a coalition (up to 10 pages instead of 5)</source>
        <translation>Коалицияның бірлескен баяндамасы (5 беттің орнына 10 бетке дейін)</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="136"/>
        <source>Only needed to save a file</source>
        <translation>Тек файлды сақтау үшін қажет</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="137"/>
        <source>Save to:</source>
        <translation>Сақтау орны:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="139"/>
        <source>Printing sends the document to the printer from memory; a file is written only when you save one. Saved files are not encrypted: keep them safe.</source>
        <translation>Басып шығару құжатты принтерге жадтан жібереді; файл тек сіз сақтағанда жазылады. Сақталған файлдар шифрланбаған: оларды қауіпсіз сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="149"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="152"/>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="199"/>
        <source>incidents matching the Incidents tab&apos;s search “%1” and filters, in the chosen period</source>
        <translation>«Оқиғалар» қойындысындағы «%1» іздеуіне және сүзгілеріне сәйкес, таңдалған кезеңдегі оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="201"/>
        <source>incidents matching the Incidents tab&apos;s filters, in the chosen period</source>
        <translation>«Оқиғалар» қойындысындағы сүзгілерге сәйкес, таңдалған кезеңдегі оқиғалар</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="203"/>
        <source>all incidents of the chosen period</source>
        <translation>таңдалған кезеңнің барлық оқиғалары</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="205"/>
        <source>verified only</source>
        <translation>тек тексерілгендері</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_dialog.py" line="217"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="280"/>
        <source>Folder for the CSV files</source>
        <translation>CSV файлдарына арналған қалта</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="285"/>
        <source>Save as</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="298"/>
        <source>Choose where to save the file first.</source>
        <translation>Алдымен файлды қайда сақтайтынын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="317"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="318"/>
        <source>Writing the document</source>
        <translation>Құжатты жазу</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="324"/>
        <source>Saved to %1.</source>
        <translation>%1 ішіне сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="332"/>
        <source>This computer has no PDF renderer for printing; save the document and print it from a PDF viewer.</source>
        <translation>Бұл компьютерде басып шығаруға арналған PDF көрсеткіші жоқ; құжатты сақтап, PDF қарау бағдарламасынан басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="346"/>
        <source>Preparing the document…</source>
        <translation>Құжат дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_dialog.py" line="352"/>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reports_dialog.py" line="357"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Принтерге %n бет жіберілді.</numerusform>
            <numerusform>Принтерге %n бет жіберілді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review.py" line="61"/>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="68"/>
        <source>Change my name…</source>
        <translation>Атымды өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="75"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="75"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="75"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="75"/>
        <source>Last edited by</source>
        <translation>Соңғы өзгерткен</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="76"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="76"/>
        <source>Last comment</source>
        <translation>Соңғы пікір</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="86"/>
        <source>Steps of the chosen record:</source>
        <translation>Таңдалған жазбаны тексеру қадамдары:</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="94"/>
        <source>Comment: what to check or fix (needed to return a record)</source>
        <translation>Пікір: нені тексеру немесе түзету керек (жазбаны қайтару үшін қажет)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="103"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="106"/>
        <source>Verify</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="109"/>
        <source>Return with comment</source>
        <translation>Пікірмен қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="112"/>
        <source>Comment only</source>
        <translation>Тек пікір</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="115"/>
        <source>Submit again</source>
        <translation>Қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="133"/>
        <source>You review and edit as: %1</source>
        <translation>Сіз мына атпен тексеріп, өңдейсіз: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="136"/>
        <source>This database records changes under the general name &apos;%1&apos;. Give your own name (Change my name…) so that your reviews are told apart from the authors&apos; work.</source>
        <translation>Бұл база өзгерістерді «%1» деген жалпы атпен жазады. Тексерулеріңіз авторлардың жұмысынан ажыратылуы үшін өз атыңызды көрсетіңіз («Атымды өзгерту…»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review.py" line="139"/>
        <source>Waiting for my review (%n)</source>
        <translation>
            <numerusform>Менің тексеруімді күтуде (%n)</numerusform>
            <numerusform>Менің тексеруімді күтуде (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review.py" line="140"/>
        <source>Returned to me (%n)</source>
        <translation>
            <numerusform>Маған қайтарылған (%n)</numerusform>
            <numerusform>Маған қайтарылған (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="178"/>
        <source>Choose a record in the list.</source>
        <translation>Тізімнен жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="185"/>
        <source>submitted</source>
        <translation>тексеруге жіберді</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="185"/>
        <source>returned</source>
        <translation>қайтарды</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="185"/>
        <source>verified</source>
        <translation>тексерді</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="186"/>
        <source>commented</source>
        <translation>пікір қалдырды</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="186"/>
        <source>reopened</source>
        <translation>растауды кері қайтарды</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="187"/>
        <source>arrived in a bundle</source>
        <translation>пакетпен келді</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="190"/>
        <source>No review steps yet.</source>
        <translation>Тексеру қадамдары әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="215"/>
        <source>Verified.</source>
        <translation>Тексерілді.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="215"/>
        <source>Returned to its author.</source>
        <translation>Авторына қайтарылды.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="216"/>
        <source>Submitted for review.</source>
        <translation>Тексеруге жіберілді.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="216"/>
        <source>Comment added.</source>
        <translation>Пікір қосылды.</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="225"/>
        <source>Your name in the history</source>
        <translation>Өзгерістер тарихындағы атыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="226"/>
        <source>Name your changes and review steps are recorded under:</source>
        <translation>Өзгерістеріңіз бен тексеру қадамдарыңыз жазылатын ат:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/main_window.py" line="337"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Lock after idle:</source>
        <translation>Әрекетсіздіктен кейін бұғаттау:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Show pseudonym codes instead of names</source>
        <translation>Есімдердің орнына бүркеншік кодтарды көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>Settings are stored outside the encrypted database and hold no names. The list of recent databases keeps their paths: choose file names that reveal nothing.</source>
        <translation>Баптаулар шифрланған дерекқордан тыс сақталады және онда есімдер жоқ. Соңғы дерекқорлар тізімі олардың жолын сақтайды: ештеңе ашпайтын файл атауларын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>SourcesEditor</name>
    <message>
        <location filename="../../ui/editor_sources.py" line="27"/>
        <source>Information sources (dates as YYYY-MM-DD):</source>
        <translation>Ақпарат көздері (күндер ЖЖЖЖ-АА-КК түрінде):</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="30"/>
        <source>Outlet</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="30"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="30"/>
        <source>Published</source>
        <translation>Жарияланған күні</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="31"/>
        <source>Accessed</source>
        <translation>Қаралған күні</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="31"/>
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="31"/>
        <location filename="../../ui/editor_sources.py" line="53"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="39"/>
        <source>Add source</source>
        <translation>Дереккөз қосу</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="42"/>
        <source>Remove source</source>
        <translation>Дереккөзді алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="49"/>
        <source>Responses (complaints, appeals, UN communications, statements):</source>
        <translation>Ден қою (шағымдар, апелляциялар, БҰҰ-ға хабарламалар, мәлімдемелер):</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="52"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="52"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="52"/>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="53"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="61"/>
        <source>Add response</source>
        <translation>Ден қоюды қосу</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="64"/>
        <source>Remove response</source>
        <translation>Ден қоюды алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/editor_sources.py" line="144"/>
        <source>(choose)</source>
        <translation>(таңдаңыз)</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <location filename="../../ui/editor_targets.py" line="45"/>
        <source>Add a target by name</source>
        <translation>Қатер нысанын аты бойынша қосу</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="46"/>
        <source>Type a name (Latin or Cyrillic)…</source>
        <translation>Атын енгізіңіз (латынша не кириллицамен)…</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="60"/>
        <source>New person…</source>
        <translation>Жаңа адам…</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="63"/>
        <source>New organisation…</source>
        <translation>Жаңа ұйым…</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="66"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="74"/>
        <source>Targets</source>
        <translation>Қатер нысандары</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="85"/>
        <source>Defender category</source>
        <translation>Құқық қорғаушы санаты</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="87"/>
        <source>Category (as of the incident):</source>
        <translation>Санаты (оқиға кезіндегі):</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="90"/>
        <source>Threats:</source>
        <translation>Қатерлер:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="91"/>
        <source>Add threat</source>
        <translation>Қатер қосу</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="94"/>
        <source>Remove threat</source>
        <translation>Қатерді алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="106"/>
        <source>Threat</source>
        <translation>Қатер</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="111"/>
        <source>Threat type</source>
        <translation>Қатер түрі</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="113"/>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="115"/>
        <source>Potential / actual:</source>
        <translation>Ықтимал / нақты:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="115"/>
        <source>General / special:</source>
        <translation>Жалпы / арнайы:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="116"/>
        <source>Direct / indirect:</source>
        <translation>Тікелей / жанама:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="116"/>
        <source>Recurrent / one-off:</source>
        <translation>Қайталанатын / бір реттік:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="117"/>
        <source>Short-term / ongoing:</source>
        <translation>Қысқа мерзімді / ұзаққа созылған:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="117"/>
        <source>Singular / mass:</source>
        <translation>Жеке / жаппай:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="118"/>
        <source>Degree of effect:</source>
        <translation>Әсер ету дәрежесі:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="129"/>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="133"/>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="136"/>
        <source>Sources of the threat:</source>
        <translation>Қатер көздері:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="142"/>
        <source>Legal articles and outcome:</source>
        <translation>Заң баптары және нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="145"/>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="145"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="145"/>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="154"/>
        <source>Add article</source>
        <translation>Бап қосу</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="157"/>
        <source>Remove article</source>
        <translation>Бапты алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="186"/>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="186"/>
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor_targets.py" line="187"/>
        <source>%1 (%2) — %n threat(s)</source>
        <translation>
            <numerusform>%1 (%2) — %n қатер</numerusform>
            <numerusform>%1 (%2) — %n қатер</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="220"/>
        <location filename="../../ui/editor_targets.py" line="289"/>
        <location filename="../../ui/editor_targets.py" line="466"/>
        <source>(choose a type)</source>
        <translation>(түрін таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="251"/>
        <source>(choose)</source>
        <translation>(таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="254"/>
        <source>(not known)</source>
        <translation>(белгісіз)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="392"/>
        <source>Create new person &apos;%1&apos;</source>
        <translation>Жаңа тұлға құру: «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="465"/>
        <source>(not recorded)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <location filename="../../ui/editor_targets.py" line="471"/>
        <source>(not assessed)</source>
        <translation>(бағаланбаған)</translation>
    </message>
</context>
<context>
    <name>TiesLabel</name>
    <message>
        <location filename="../../ui/links.py" line="164"/>
        <source>member of</source>
        <translation>ұйым мүшесі:</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="164"/>
        <source>employee of</source>
        <translation>ұйым қызметкері:</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="164"/>
        <source>lawyer of</source>
        <translation>ұйым заңгері:</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="165"/>
        <source>also recorded as</source>
        <translation>сондай-ақ былай жазылған:</translation>
    </message>
    <message>
        <location filename="../../ui/links.py" line="165"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>TitledChartView</name>
    <message>
        <location filename="../../ui/dashboard.py" line="156"/>
        <source>Save chart as image (PNG)…</source>
        <translation>Диаграмманы сурет ретінде сақтау (PNG)…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="157"/>
        <source>Save chart as PDF…</source>
        <translation>Диаграмманы PDF ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="161"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="161"/>
        <source>PNG images (*.png)</source>
        <translation>PNG суреттері (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="162"/>
        <location filename="../../ui/dashboard.py" line="170"/>
        <source>Save chart</source>
        <translation>Диаграмманы сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="170"/>
        <source>The chart was not saved: %1</source>
        <translation>Диаграмма сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/unlock.py" line="30"/>
        <location filename="../../ui/unlock.py" line="72"/>
        <source>Open an encrypted kkdesk database</source>
        <translation>Шифрланған kkdesk дерекқорын ашыңыз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="39"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="40"/>
        <source>Create new</source>
        <translation>Жаңасын құру</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="42"/>
        <source>Open the demo database (fictional data)</source>
        <translation>Демо дерекқорды ашу (ойдан шығарылған деректер)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="51"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="61"/>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71"/>
        <source>Create a new encrypted kkdesk database</source>
        <translation>Жаңа шифрланған kkdesk дерекқорын жасаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="80"/>
        <source>Recent databases</source>
        <translation>Соңғы дерекқорлар</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>Recent databases:</source>
        <translation>Соңғы дерекқорлар:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="84"/>
        <source>Forget this path</source>
        <translation>Бұл жолды ұмыту</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="86"/>
        <source>Remove the selected path from this list; the file stays.</source>
        <translation>Таңдалған жолды тізімнен алып тастау; файлдың өзі қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="90"/>
        <source>Database file</source>
        <translation>Дерекқор файлы</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="91"/>
        <source>Database file:</source>
        <translation>Дерекқор файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="94"/>
        <location filename="../../ui/unlock.py" line="142"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="97"/>
        <location filename="../../ui/unlock.py" line="145"/>
        <source>Passphrase:</source>
        <translation>Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="98"/>
        <source>Show the passphrase</source>
        <translation>Құпия фразаны көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="102"/>
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="121"/>
        <source>Open database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="122"/>
        <source>kkdesk databases (*.kkdb);;All files (*)</source>
        <translation>kkdesk дерекқорлары (*.kkdb);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="129"/>
        <source>Choose a database file first.</source>
        <translation>Алдымен дерекқор файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="138"/>
        <source>New database file</source>
        <translation>Жаңа дерекқор файлы</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="139"/>
        <source>New database file:</source>
        <translation>Жаңа дерекқор файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="148"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="150"/>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="152"/>
        <source>Show</source>
        <translation>Көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="156"/>
        <source>Suggest a passphrase of six words</source>
        <translation>Алты сөзден тұратын фраза ұсыну</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="158"/>
        <source>Six words chosen at random: easy to type, very hard to guess.</source>
        <translation>Кездейсоқ таңдалған алты сөз: теру оңай, табу өте қиын.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="171"/>
        <source>Strength:</source>
        <translation>Беріктігі:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="174"/>
        <source>Nobody can recover a lost passphrase: if you forget it, the data in this database is lost for good. Write it down and keep it somewhere safe, away from this computer.</source>
        <translation>Жоғалған құпия фразаны ешкім қалпына келтіре алмайды: оны ұмытсаңыз, осы дерекқордағы деректер біржола жоғалады. Оны жазып алып, осы компьютерден бөлек қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="180"/>
        <source>Create database</source>
        <translation>Дерекқор құру</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="188"/>
        <source>New database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="189"/>
        <source>kkdesk databases (*.kkdb)</source>
        <translation>kkdesk дерекқорлары (*.kkdb)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="198"/>
        <source>Use several unrelated words, or let kkdesk suggest six.</source>
        <translation>Бір-бірімен байланыссыз бірнеше сөз алыңыз немесе kkdesk-ке алты сөз ұсынуға мүмкіндік беріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="200"/>
        <source>Weak: easy to guess. Common words, names, dates and keyboard rows do not help; use several unrelated words.</source>
        <translation>Әлсіз: табу оңай. Жиі қолданылатын сөздер, есімдер, күндер мен пернетақтадағы қатар тұрған пернелер көмектеспейді; бір-бірімен байланыссыз бірнеше сөз алыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="203"/>
        <source>Fair, but not enough: add another unrelated word.</source>
        <translation>Орташа, бірақ бұл жеткіліксіз: басқаларына байланыссыз тағы бір сөз қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="205"/>
        <source>Good.</source>
        <translation>Жақсы.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="225"/>
        <source>This passphrase is too easy to guess. Add unrelated words, or let kkdesk suggest six.</source>
        <translation>Бұл құпия фразаны табу тым оңай. Бір-бірімен байланыссыз сөздер қосыңыз немесе kkdesk-ке алты сөз ұсынуға мүмкіндік беріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="207"/>
        <source>Strong.</source>
        <translation>Сенімді.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="216"/>
        <source>Write these six words down and keep the paper somewhere safe, away from this computer.</source>
        <translation>Осы алты сөзді жазып алып, қағазды осы компьютерден бөлек қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="223"/>
        <source>Choose where to save the new database.</source>
        <translation>Жаңа дерекқорды қайда сақтауды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="228"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Құпия фразалар сәйкес емес; оларды қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="230"/>
        <source>A file already exists there; choose another name.</source>
        <translation>Мұндай файл бар; басқа атау таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>VocabularyPane</name>
    <message>
        <location filename="../../ui/vocab_editor.py" line="24"/>
        <source>Vocabulary:</source>
        <translation>Анықтамалық:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="27"/>
        <location filename="../../ui/vocab_editor.py" line="102"/>
        <source>Vocabulary</source>
        <translation>Анықтамалық</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="31"/>
        <source>Show retired terms</source>
        <translation>Қолданыстан шыққан терминдерді көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="40"/>
        <source>Terms</source>
        <translation>Терминдер</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="41"/>
        <location filename="../../ui/vocab_editor.py" line="102"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="41"/>
        <location filename="../../ui/vocab_editor.py" line="153"/>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="41"/>
        <location filename="../../ui/vocab_editor.py" line="153"/>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="42"/>
        <location filename="../../ui/vocab_editor.py" line="153"/>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="42"/>
        <source>Parent</source>
        <translation>Жоғарғы термин</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="42"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="55"/>
        <source>lower-case Latin letters, digits, &apos;.&apos; and &apos;_&apos;</source>
        <translation>кіші латын әріптері, цифрлар, &apos;.&apos; және &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="56"/>
        <source>Code:</source>
        <translation>Коды:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="59"/>
        <source>English:</source>
        <translation>Ағылшынша:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="62"/>
        <source>Russian:</source>
        <translation>Орысша:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="65"/>
        <source>Kazakh:</source>
        <translation>Қазақша:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="68"/>
        <source>Parent code:</source>
        <translation>Жоғарғы термин коды:</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="71"/>
        <source>Add as new term</source>
        <translation>Жаңа термин ретінде қосу</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="74"/>
        <source>Save labels</source>
        <translation>Атауларды сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="77"/>
        <source>Retire / restore</source>
        <translation>Қолданыстан шығару / қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="92"/>
        <source>Labels to check by a native speaker</source>
        <translation>Ана тілінде сөйлейтін адам тексеретін атаулар</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="101"/>
        <source>Labels to check</source>
        <translation>Тексерілетін атаулар</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="102"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="103"/>
        <source>Label</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="116"/>
        <source>Checked: keep this label</source>
        <translation>Тексерілді: атауды қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="127"/>
        <source>Threat types</source>
        <translation>Қатер түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="127"/>
        <source>Threat groups</source>
        <translation>Қатер топтары</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="128"/>
        <source>Sources of threats</source>
        <translation>Қатер көздері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="128"/>
        <source>Defender categories</source>
        <translation>Құқық қорғаушылар санаттары</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="129"/>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="129"/>
        <source>Cities</source>
        <translation>Қалалар</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="129"/>
        <source>Legal articles</source>
        <translation>Заң баптары</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="130"/>
        <source>Outcomes</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="130"/>
        <source>Response types</source>
        <translation>Ден қою түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="131"/>
        <source>Reasons</source>
        <translation>Себептер</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="131"/>
        <source>Aims</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="131"/>
        <source>Kinds of organisation</source>
        <translation>Ұйым түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="132"/>
        <source>Classification criteria</source>
        <translation>Жіктеу өлшемдері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="132"/>
        <source>Genders</source>
        <translation>Жыныстар</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="133"/>
        <source>Statuses</source>
        <translation>Мәртебелер</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="133"/>
        <source>Confidentiality levels</source>
        <translation>Құпиялылық деңгейлері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="134"/>
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="134"/>
        <source>Risk levels</source>
        <translation>Тәуекел деңгейлері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="135"/>
        <source>Kinds of protection action</source>
        <translation>Қорғау шараларының түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="135"/>
        <source>Action statuses</source>
        <translation>Шаралардың мәртебелері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="136"/>
        <source>Action outcomes</source>
        <translation>Шаралардың нәтижелері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="136"/>
        <source>Kinds of follow-up</source>
        <translation>Алдағы іс-әрекеттердің түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="137"/>
        <source>Risk factors</source>
        <translation>Тәуекел факторлары</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vocab_editor.py" line="159"/>
        <source>%n shipped label(s) are uncertain translations. Double-click one to correct it above, or keep it once a native speaker has checked it.</source>
        <translation>
            <numerusform>Жеткізілген %n атау сенімсіз аударылған. Оны жоғарыда түзету үшін екі рет шертіңіз немесе ана тілінде сөйлейтін адам тексергеннен кейін қалдырыңыз.</numerusform>
            <numerusform>Жеткізілген %n атау сенімсіз аударылған. Біреуін жоғарыда түзету үшін екі рет шертіңіз немесе ана тілінде сөйлейтін адам тексергеннен кейін қалдырыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="161"/>
        <source>No labels wait to be checked.</source>
        <translation>Тексеруді күтіп тұрған атау жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="179"/>
        <source>Label kept as checked.</source>
        <translation>Атау тексерілген ретінде қалдырылды.</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="221"/>
        <source>retired</source>
        <translation>қолданыстан шыққан</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="221"/>
        <source>in use</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="251"/>
        <source>Term added.</source>
        <translation>Термин қосылды.</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="257"/>
        <source>Labels saved.</source>
        <translation>Атаулар сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/vocab_editor.py" line="265"/>
        <source>Done: retired terms stay on old records but are no longer offered.</source>
        <translation>Дайын: қолданыстан шығарылған терминдер ескі жазбаларда қалады, бірақ енді ұсынылмайды.</translation>
    </message>
</context>
<context>
    <name>_DateField</name>
    <message>
        <location filename="../../ui/casework.py" line="72"/>
        <source>2024-03-15, 2024-03 or empty</source>
        <translation>2024-03-15, 2024-03 немесе бос</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../ui/incident_editor.py" line="37"/>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
</context>
</TS>
