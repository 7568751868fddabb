"""The fields an import can fill, with header synonyms in English, Russian and Kazakh.

A spreadsheet column maps to one field. Vocabulary fields take their values through the
mapping's value table; multi-valued fields split a cell on the mapping's separators.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str                  # plain words for reports and the wizard
    vocab: str | None = None    # vocabulary whose codes the values become
    multi: bool = False         # several values in one cell
    synonyms: tuple[str, ...] = ()


FIELDS: dict[str, FieldSpec] = {f.name: f for f in [
    FieldSpec("incident_key", "incident number (rows with the same number are one incident)", synonyms=(
        "incident id", "incident no", "incident number", "case id", "case no", "case number", "no", "№", "id",
        "номер", "№ случая", "номер случая", "номер инцидента", "id инцидента", "№ п/п", "№ инцидента",
        "оқиға нөмірі", "нөмір", "нөмірі", "іс нөмірі", "incident", "инцидент", "оқиға")),
    FieldSpec("date", "date", synonyms=(
        "date", "date of incident", "incident date", "when", "period", "дата", "дата инцидента",
        "дата события", "дата угрозы", "когда", "период", "дата нарушения",
        "күні", "күн", "уақыты", "мерзімі", "оқиға күні")),
    FieldSpec("title", "title", synonyms=(
        "title", "summary", "headline", "subject", "заголовок", "название", "краткое описание", "суть",
        "тақырып", "атауы", "қысқаша сипаттама", "incident title", "название инцидента", "оқиға атауы")),
    FieldSpec("narrative", "narrative", synonyms=(
        "description", "narrative", "details", "what happened", "описание", "обстоятельства", "фабула",
        "подробности", "описание инцидента", "сипаттама", "мазмұны", "оқиға сипаттамасы")),
    FieldSpec("place_detail", "place detail", synonyms=(
        "place", "location", "address", "место", "адрес", "место события", "орны", "мекенжай", "оқиға орны")),
    FieldSpec("region", "region", vocab="region", synonyms=(
        "region", "oblast", "province", "область", "регион", "облыс", "облысы", "аймақ", "өңір")),
    FieldSpec("city", "city", vocab="city", synonyms=(
        "city", "town", "settlement", "город", "населенный пункт", "населённый пункт", "қала", "елді мекен")),
    FieldSpec("person", "person (defender) name", multi=True, synonyms=(
        "name", "person", "defender", "full name", "victim", "person name", "фио", "ф.и.о.", "ф и о", "имя",
        "правозащитник", "защитник", "пострадавший", "лицо", "фио защитника", "фио пострадавшего",
        "аты-жөні", "аты жөні", "есімі", "тұлға", "құқық қорғаушы", "жәбірленуші")),
    FieldSpec("organisation", "organisation", multi=True, synonyms=(
        "organisation", "organization", "org", "organisation name", "организация", "название организации",
        "ұйым", "ұйым атауы")),
    FieldSpec("target", "person or organisation (decided row by row)", multi=True, synonyms=(
        "name / organisation", "person / organisation", "person or organisation", "target", "targets",
        "фио / организация", "фио или организация", "фио / название организации", "лицо / организация",
        "пострадавший / организация", "субъект (лицо или организация)", "аты-жөні / ұйым", "тұлға / ұйым",
        "аты-жөні немесе ұйым", "target name", "имя объекта", "нысан аты")),
    FieldSpec("target_kind", "kind of target (person or organisation)", synonyms=(
        "target kind", "kind of target", "person or organisation?", "лицо или организация", "тип субъекта",
        "вид субъекта", "физлицо / юрлицо", "тұлға түрі", "вид объекта", "нысан түрі")),
    FieldSpec("org_kind", "kind of organisation", vocab="org_kind", synonyms=(
        "organisation kind", "organization kind", "organisation type", "organization type", "kind of organisation",
        "вид организации", "тип организации", "ұйым түрі", "ұйымның түрі")),
    FieldSpec("gender", "gender", vocab="gender", synonyms=("gender", "sex", "пол", "жынысы", "жыныс")),
    FieldSpec("category", "defender category", vocab="category", multi=True, synonyms=(
        "category", "defender category", "profession", "role", "occupation", "категория", "род деятельности",
        "профессия", "деятельность", "категория защитника", "санаты", "кәсібі", "санат")),
    FieldSpec("threat_type", "threat type", vocab="threat_type", multi=True, synonyms=(
        "threat", "threat type", "type of threat", "threats", "violation", "type of violation", "вид угрозы",
        "тип угрозы", "угроза", "угрозы", "нарушение", "вид нарушения", "вид давления",
        "қатер түрі", "қатер", "қауіп түрі", "қауіп", "бұзушылық түрі")),
    FieldSpec("source_type", "source of the threat", vocab="source_type", multi=True, synonyms=(
        "source of threat", "threat source", "perpetrator", "perpetrators", "who", "source",
        "источник угрозы", "субъект", "субъект угрозы", "кто", "нарушитель", "источник",
        "қатер көзі", "қауіп көзі", "кім", "бұзушы", "sources of threat", "источники угрозы", "қауіп көздері")),
    FieldSpec("legal_article", "legal article", vocab="legal_article", multi=True, synonyms=(
        "article", "legal article", "charge", "charges", "статья", "статья ук", "статьи", "статья закона",
        "бап", "баптар", "legal articles", "статьи закона", "заң баптары")),
    FieldSpec("outcome", "outcome of the threat", synonyms=(
        "outcome", "result", "итог", "результат", "исход", "нәтиже", "нәтижесі")),
    FieldSpec("threat_notes", "notes", synonyms=(
        "notes", "note", "comment", "comments", "remarks", "примечание", "примечания", "комментарий",
        "ескертпе", "түсініктеме")),
    FieldSpec("reason", "reason", vocab="reason", multi=True, synonyms=(
        "reason", "reasons", "cause", "причина", "причины", "себеп", "себебі", "себептер")),
    FieldSpec("aim", "aim", vocab="aim", multi=True, synonyms=(
        "aim", "aims", "purpose", "goal", "цель", "цели", "мақсат", "мақсаты")),
    FieldSpec("tags", "tags", multi=True, synonyms=(
        "tags", "tag", "labels", "keywords", "метки", "теги", "тег", "ключевые слова", "белгілер", "тегтер")),
    FieldSpec("status", "status", vocab="status", synonyms=("status", "статус", "мәртебе", "мәртебесі")),
    FieldSpec("confidentiality", "confidentiality", vocab="confidentiality", synonyms=(
        "confidentiality", "access", "конфиденциальность", "доступ", "гриф", "құпиялылық")),
    FieldSpec("source_outlet", "information source (outlet)", synonyms=(
        "information source", "outlet", "media", "publication", "источник информации", "сми", "издание",
        "ақпарат көзі", "бақ")),
    FieldSpec("source_url", "information source link", synonyms=(
        "url", "link", "web link", "ссылка", "веб-ссылка", "сілтеме")),
]}

# Persons and organisations are split only on ';' and new lines: "Surname, Name" is one person.
NAME_SEPARATORS = (";", "\n")
NAME_FIELDS = ("person", "organisation", "target")

# What a kind-of-target column may say (compared folded, so any script and case).
TARGET_KIND_WORDS = {
    "person": ("person", "persons", "individual", "лицо", "физлицо", "физ. лицо", "физическое лицо", "человек",
               "ФЛ", "тұлға", "жеке тұлға", "адам", "персона"),
    "organisation": ("organisation", "organization", "org", "организация", "юрлицо", "юр. лицо",
                     "юридическое лицо", "ЮЛ", "ұйым", "заңды тұлға"),
}
DEFAULT_SEPARATORS = [";", ",", "/", "\n"]


def split_values(text: str, separators) -> list[str]:
    """Split a cell into trimmed, non-empty values on any of the separators."""
    parts = [text]
    for sep in separators:
        parts = [p for chunk in parts for p in chunk.split(sep)]
    return [" ".join(p.split()) for p in parts if p.strip()]


def row_spans(numbers: list[int]) -> str:
    """Row numbers as ranges for a report: "3, 5–7, 10"."""
    out: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if out and out[-1][1] == n - 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in out)
