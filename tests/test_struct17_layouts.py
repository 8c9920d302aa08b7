"""Document layouts (struct17): each genre's layout yields its sentences whole through cleaning and sentence
splitting, with quotes found in the stored text, no speaker label or timestamp as an actor or a date, and a date
heading a timeline line or a live-blog entry dating its undated facts. Sample documents written for these tests."""

import pytest
from graph.schema import Batch
from loaders.cleaning import repair
from loaders.extract import extract
from loaders.pipeline import prepare
from loaders.readers import RawDocument

PUB = "2025-03-14"


def _claims(text: str, lang: str):
    doc = prepare(RawDocument(path="layout.txt", text=text, metadata={"published": PUB, "language": lang}))
    entities, claims = extract(doc)
    Batch(documents=[doc], entities=entities, claims=claims)
    for c in claims:
        assert doc.text[c.char_start:c.char_end] == c.quote
    return doc, [c for c in claims if c.polarity == "positive"]


def _facts(text: str, lang: str) -> dict[tuple[str, str, str], str | None]:
    """(predicate, subject, object) -> date of every positive claim."""
    return {(c.predicate, c.subject, c.object): c.date for c in _claims(text, lang)[1]}


# --------------------------------------------------------------------------- cables and memos

CABLE_EN = """SUBJECT: GUYANA: FOREIGN MINISTER ON VENEZUELA AND THE ESSEQUIBO

REF: A) GEORGETOWN 112 B) STATE 4471

1. (C) Summary: Guyanese Foreign Minister Hugh Todd told the Ambassador on March 3 that Caracas continues to mass \
troops near the border. Guyana signed a defence cooperation agreement with Brazil in 2023. End summary.

2. (SBU) Background: The United States designated Tren de Aragua as a terrorist organization in February 2025. \
Venezuela severed diplomatic relations with Guyana in 1966.

3. (S//NF) Taiwan and Japan: Iran supplied drones to Venezuela in 2022.

4. (U) Comment: Post recommends that the Department consider a ship visit.
"""

CABLE_ES = """ASUNTO: PARAGUAY: EL CANCILLER SOBRE TAIWÁN Y EL MERCOSUR

1. (SBU) Resumen: Paraguay firmó un acuerdo de cooperación militar con Estados Unidos en 2023. Fin del resumen.

2. (C) Antecedentes: Nicaragua rompió relaciones diplomáticas con Taiwán en diciembre de 2021. Estados Unidos \
designó al Tren de Aragua como organización terrorista en febrero de 2025.
"""

# a numbered report paragraph with no marking: read when it is prose (two sentences or more)
MEMO_EN = """Annex: regional developments

1. Background: Nauru severed diplomatic ties with Taiwan on January 15, 2024, two days after the island's election. \
The decision left Taipei with twelve diplomatic allies, most of them small states in the Pacific and the Caribbean.

2. Strengthen intelligence sharing with Pacific partners.
"""


def test_cable_numbered_paragraphs_read_past_marking_and_label():
    f = _facts(CABLE_EN, "en")
    assert ("DESIGNATED", "state:USA", "group:tren-de-aragua") in f
    assert f[("SEVERED_TIES", "state:VEN", "state:GUY")] == "1966"
    assert ("SUPPLIED", "state:IRN", "state:VEN") in f
    assert {("PARTY_TO", "state:GUY"), ("PARTY_TO", "state:BRA")} <= {(p, s) for p, s, _ in f}


def test_cable_topic_label_is_not_in_the_quote():
    doc, claims = _claims(CABLE_EN, "en")
    sup = next(c for c in claims if c.predicate == "SUPPLIED")
    assert sup.quote.startswith("Iran supplied")  # not "Taiwan and Japan: ..." (the label names no actor of it)
    assert not any(c.subject == "state:JPN" or c.object == "state:JPN" for c in claims)


def test_cable_pilcrow_paragraphs_and_header_lines():
    text = ("C O N F I D E N T I A L SECTION 01 OF 02 ASUNCION 000123\n\nE.O. 12958: DECL: 03/12/2035\nTAGS: PREL, PGOV\n"
            "SUBJECT: PARAGUAY: FM ON TAIWAN\n\n¶1. (C) SUMMARY: Paraguay signed a security agreement with Taiwan in 2023. "
            "END SUMMARY.\n\n¶2. (C//REL TO USA, PRY) Argentina designated Hamas as a terrorist organization in July 2024.\n")
    doc, claims = _claims(text, "en")
    got = {(c.predicate, c.subject, c.object): c for c in claims}
    assert got[("DESIGNATED", "state:ARG", "group:hamas")].quote.startswith("Argentina designated")
    assert any(c.predicate == "PARTY_TO" and c.subject == "state:PRY" and c.quote.startswith("Paraguay signed") for c in claims)


def test_cable_spanish():
    f = _facts(CABLE_ES, "es")
    assert f[("SEVERED_TIES", "state:NIC", "state:TWN")] == "2021-12"
    assert ("DESIGNATED", "state:USA", "group:tren-de-aragua") in f
    assert ("PARTY_TO", "state:PRY") in {(p, s) for p, s, _ in f}


def test_unmarked_numbered_prose_paragraph_is_read_a_plan_item_is_not():
    f = _facts(MEMO_EN, "en")
    assert f[("SEVERED_TIES", "state:NRU", "state:TWN")] == "2024-01-15"


# --------------------------------------------------------------------------- factboxes

def test_factbox_items_read_without_full_stop():
    en = "Key facts:\n\n- The United States designated the Houthis as a terrorist organization in March 2025\n" \
         "- Canada listed Hezbollah as a terrorist entity in 2002\n- Iran supplied drones to Russia\n"
    f = _facts(en, "en")
    assert f[("DESIGNATED", "state:USA", "group:houthis")] == "2025-03"
    assert f[("DESIGNATED", "state:CAN", "group:hezbollah")] == "2002"
    assert ("SUPPLIED", "state:IRN", "state:RUS") in f
    es = "**Datos clave**\n\n- Estados Unidos designó a los hutíes como organización terrorista en marzo de 2025\n" \
         "- Irán suministró drones a Rusia\n"
    f = _facts(es, "es")
    assert ("DESIGNATED", "state:USA", "group:houthis") in f and ("SUPPLIED", "state:IRN", "state:RUS") in f


def test_unterminated_items_outside_a_factbox_stay_unread():
    # related links and plan items print no full stop either
    text = ("Iran and the war\n\nMore coverage\n\n- Iran supplied drones to Russia, officials say\n"
            "- Canada listed Hezbollah in 2002, a timeline\n")
    assert not _facts(text, "en")


# --------------------------------------------------------------------------- footnotes

def test_footnote_marks_dropped_in_cleaning():
    assert repair("designated the Houthis[3] as an FTO in 2025.¹ Canada listed Hezbollah² in 2002.[12] Brazil.[a] Ok") \
        == "designated the Houthis as an FTO in 2025. Canada listed Hezbollah in 2002. Brazil. Ok"
    # units, reference lines, Markdown links and bracketed words are text
    assert repair("an area of 120 km² and 3 m³") == "an area of 120 km² and 3 m³"
    assert repair('[1] US Department of State, "Designations", 2025.') == '[1] US Department of State, "Designations", 2025.'
    assert repair("see [1](https://x.org) [crosstalk]") == "see [1](https://x.org) [crosstalk]"


def test_footnoted_sentences_yield_their_facts():
    en = ("The United States designated the Houthis[3] as a foreign terrorist organization in March 2025.¹ Canada listed "
          "Hezbollah² as a terrorist entity in 2002.[12] Brazil supplied fuel to Cuba in 2024.[a]")
    f = _facts(en, "en")
    assert f[("DESIGNATED", "state:CAN", "group:hezbollah")] == "2002"
    assert ("DESIGNATED", "state:USA", "group:houthis") in f and ("SUPPLIED", "state:BRA", "state:CUB") in f
    es = "Canadá incluyó a Hezbolá² en su lista de entidades terroristas en 2002.[12] Irán suministró drones a Rusia.³"
    f = _facts(es, "es")
    assert ("DESIGNATED", "state:CAN", "group:hezbollah") in f and ("SUPPLIED", "state:IRN", "state:RUS") in f


# --------------------------------------------------------------------------- live blogs

def test_live_blog_entries_headed_by_age_or_bare_clock_are_dated():
    en = ("Live updates: Red Sea\n\n**14:32**\nThe United States designated the Houthis as a terrorist organization.\n\n"
          "2h ago\nIran supplied drones to the Houthis.\n\n1 day ago\nCanada listed the Houthis as a terrorist entity.\n")
    f = _facts(en, "en")
    assert f[("DESIGNATED", "state:USA", "group:houthis")] == PUB
    assert f[("DESIGNATED", "state:CAN", "group:houthis")] == "2025-03-13"
    es = ("En directo: crisis en Venezuela\n\nHace 5 minutos\nEstados Unidos designó al Tren de Aragua como organización "
          "terrorista.\n\n14:32 GMT – Colombia instó a Venezuela a liberar a los detenidos.\n\nHace 2 días\n"
          "Canadá designó al Tren de Aragua como entidad terrorista.\n")
    f = _facts(es, "es")
    assert f[("DESIGNATED", "state:USA", "group:tren-de-aragua")] == PUB
    assert f[("URGED", "state:COL", "state:VEN")] == PUB
    assert f[("DESIGNATED", "state:CAN", "group:tren-de-aragua")] == "2025-03-12"


def test_clock_time_is_no_date_of_a_dated_fact():
    f = _facts("Live\n\n10.05 a.m. Brazil signed an agreement with Argentina in 2023.\n\n"
               "3:15 p.m. ET: Canada listed Hezbollah as a terrorist entity in 2002.\n", "en")
    assert f[("DESIGNATED", "state:CAN", "group:hezbollah")] == "2002"


# --------------------------------------------------------------------------- timelines

def test_timeline_label_date_dates_the_entrys_later_sentences():
    en = ("Chronology of the dispute\n\n- 2019: Solomon Islands switches recognition to Beijing. Kiribati severs ties "
          "with Taiwan days later.\n\n**March 2023** – Honduras establishes ties with China. It severs relations with "
          "Taiwan the same day.\n\nJan. 15, 2024: Nauru severs ties with Taiwan.\n")
    f = _facts(en, "en")
    assert f[("SEVERED_TIES", "state:KIR", "state:TWN")] == "2019"
    assert f[("SEVERED_TIES", "state:NRU", "state:TWN")] == "2024-01-15"
    es = ("Cronología\n\n- 2019: Islas Salomón reconoce a Pekín. Kiribati rompe relaciones con Taiwán días después.\n\n"
          "Diciembre de 2021 – Nicaragua rompe relaciones diplomáticas con Taiwán.\n")
    f = _facts(es, "es")
    assert f[("SEVERED_TIES", "state:KIR", "state:TWN")] == "2019"
    assert f[("SEVERED_TIES", "state:NIC", "state:TWN")] == "2021-12"


@pytest.mark.parametrize("text, lang, key", [
    ("2019: Solomon Islands switches recognition to Beijing. Kiribati severs ties with Taiwan.\n", "en",
     ("SEVERED_TIES", "state:KIR", "state:TWN")),
    ("Diciembre de 2021: Nicaragua reconoce a Pekín. Nicaragua rompe relaciones con Taiwán.\n", "es",
     ("SEVERED_TIES", "state:NIC", "state:TWN")),
])
def test_one_label_dated_line_is_no_timeline(text, lang, key):
    # (a single dated lead is a story's, whose present tense is the publication's: main's dates18 reading)
    assert _facts(text, lang)[key] is None


def test_label_date_does_not_override_a_sentence_date():
    f = _facts("Timeline\n\n2019: Solomon Islands switches recognition to Beijing. Kiribati had cut ties with Taiwan "
               "in 2003.\n", "en")
    assert f.get(("SEVERED_TIES", "state:KIR", "state:TWN")) == "2003"  # (read, and dated by its own year)


# --------------------------------------------------------------------------- transcripts, digests, Q&A

def test_transcript_speaker_labels_are_no_actors():
    en = ("Senate hearing, transcript\n\nSEN. RISCH: Secretary, what has the administration done?\n\n"
          "SECRETARY RUBIO: The United States designated Tren de Aragua as a foreign terrorist organization in February. "
          "[crosstalk] We also sanctioned its leaders.\n\nQ: Has Colombia asked for help?\n\n"
          "A: Colombia urged Venezuela to release the detainees.\n\nUKRAINIAN AMBASSADOR: Iran supplied drones to Russia.\n")
    doc, claims = _claims(en, "en")
    f = {(c.predicate, c.subject, c.object) for c in claims}
    assert {("DESIGNATED", "state:USA", "group:tren-de-aragua"), ("URGED", "state:COL", "state:VEN"),
            ("SUPPLIED", "state:IRN", "state:RUS")} <= f
    assert not any("state:UKR" in (c.subject, c.object) for c in claims)
    es = ("Transcripción\n\nPERIODISTA: Ministro, ¿qué hizo el Gobierno?\n\nMINISTRO: Chile designó al Tren de Aragua "
          "como organización terrorista en marzo. [interferencia] También sancionamos a sus líderes.\n\n"
          "P: ¿Pidió ayuda Perú?\n\nR: Perú instó a Bolivia a extraditar a los acusados.\n")
    f = _facts(es, "es")
    assert f[("DESIGNATED", "state:CHL", "group:tren-de-aragua")] == "2025-03"
    assert ("URGED", "state:PER", "state:BOL") in f


def test_transcript_speaker_named_on_a_line_of_its_own():
    # (the label in capitals on its own line, the turn in the paragraphs below; "PREGUNTA", "Q" name nobody and end it)
    en = ("Senate Foreign Relations Committee hearing\n\nSEN. JIM RISCH\n\nSecretary, what has the administration done?\n\n"
          "SECRETARY MARCO RUBIO\n\nWe designated Tren de Aragua as a foreign terrorist organization in February.\n\n"
          "I urged Colombia to extradite its leaders.\n\nQ\n\nAnd Venezuela?\n\nI urged Venezuela to release the detainees.\n")
    f = {(c.predicate, c.subject, c.object) for c in _claims(en, "en")[1]}
    assert {("DESIGNATED", "state:USA", "group:tren-de-aragua"), ("URGED", "official:marco-rubio", "state:COL")} <= f
    assert not any(p == "URGED" and o == "state:VEN" for p, _, o in f)
    es = ("Conferencia de prensa\n\nPREGUNTA\n\n¿Qué pidió México a Ecuador?\n\nCANCILLER ALICIA BÁRCENA\n\n"
          "Le pedimos formalmente al gobierno ecuatoriano que libere a Jorge Glas.\n\nPREGUNTA\n\n¿Y Estados Unidos?\n")
    f = {(c.predicate, c.subject, c.object) for c in _claims(es, "es")[1]}
    assert ("URGED", "official:alicia-barcena", "state:ECU") in f


@pytest.mark.parametrize("text, lang, fact", [
    ("Senate hearing\n\nSEN. JIM RISCH: Secretary, what has the administration done?\n\nSECRETARY MARCO RUBIO: We "
     "designated Tren de Aragua as a foreign terrorist organization. I urged Colombia to extradite its leaders.\n\n"
     "SEN. JEANNE SHAHEEN: Thank you.\n", "en", ("URGED", "official:marco-rubio", "state:COL")),
    ("Hearing\n\nMs. Salazar: Thank you all.\n\nSecretary Marco Rubio: Thank you. I urged Colombia to extradite its "
     "leaders.\n", "en", ("URGED", "official:marco-rubio", "state:COL")),
    ("Sesión\n\nDip. Gerardo Fernández Noroña: ¿Qué pidió el Gobierno?\n\nCanciller Alicia Bárcena: Gracias. Le pedimos a "
     "Ecuador que libere a Jorge Glas.\n\nDip. Lilly Téllez: Gracias.\n", "es", ("URGED", "official:alicia-barcena", "state:ECU")),
    ("Comparecencia\n\nSr. Pérez: ¿Y Venezuela?\n\nCanciller Alicia Bárcena: Bueno. Le pedimos a Venezuela que libere a "
     "los detenidos.\n", "es", ("URGED", "official:alicia-barcena", "state:VEN")),
])
def test_transcript_label_opened_by_an_abbreviated_title(text, lang, fact):
    # ("SEN.", "Ms.", "Dip.", "Sr." open a label: the speaker of the turn is still found)
    assert fact in {(c.predicate, c.subject, c.object) for c in _claims(text, lang)[1]}


def test_hearing_record_labels_closed_by_a_full_stop():
    # (the Congressional Record's "Ms. SALAZAR." and the Spanish Diario de Sesiones' "El señor ALBARES.—": the surname in
    # capitals names the person the text names in full; "The CHAIRMAN." names nobody known and ends the turn before)
    en = ("Hearing on Hezbollah\n\n[The subcommittee met at 10:02 a.m., Hon. Maria Elvira Salazar (chairwoman of the "
          "subcommittee) presiding. Also present: Rep. Joaquin Castro.]\n\nMs. SALAZAR. The subcommittee will come to order. "
          "I call on Brazil and Chile to designate Hezbollah as a terrorist organization.\n\nMr. CASTRO. Thank you, Madam "
          "Chair. I urge Peru to extradite the financiers.\n\nThe CHAIRMAN. I ask Bolivia to expel the envoys.\n")
    f = {(c.predicate, c.subject, c.object) for c in _claims(en, "en")[1]}
    assert {("URGED", "official:maria-elvira-salazar", "state:BRA"), ("URGED", "official:maria-elvira-salazar", "state:CHL"),
            ("URGED", "official:joaquin-castro", "state:PER")} <= f
    assert not any(o == "state:BOL" for _, _, o in f)
    es = ("Sesión plenaria\n\nEl señor PRESIDENTE.— Tiene la palabra el ministro de Asuntos Exteriores, José Manuel Albares.\n\n"
          "El señor ALBARES.— Gracias, presidente. Le pido a Argelia que restablezca el tratado de amistad.\n\n"
          "La señora GAMARRA.— Gracias.\n")
    f = {(c.predicate, c.subject, c.object) for c in _claims(es, "es")[1]}
    assert ("URGED", "official:jose-manuel-albares", "state:DZA") in f


def test_section_head_in_capitals_is_no_hearing_label():
    # (a round-up's "GUATEMALA." has no honorific: its paragraph is no turn)
    en = ("Week in review\n\nGUATEMALA. Congress passed the budget. I urge Mexico to extradite the suspects, one deputy "
          "wrote.\n\nHONDURAS. The foreign minister met Marco Rubio.\n")
    f = {(c.predicate, c.subject, c.object) for c in _claims(en, "en")[1]}
    assert not any(p == "URGED" and s.startswith("official:") for p, s, _ in f)


def test_capitals_heading_is_no_speaker_of_a_news_story():
    # (one line in capitals is a headline or a section head: no transcript, its first person stays unread)
    en = ("RUBIO IN BOGOTA\n\nThe secretary arrived on Monday. \"We will keep talking,\" an aide said.\n\n"
          "I urged Colombia to extradite the leaders, a senator wrote later.\n")
    f = {(c.predicate, c.subject, c.object) for c in _claims(en, "en")[1]}
    assert not any(s == "official:marco-rubio" for _, s, _ in f)


def test_digest_bold_lead_ins_and_bullets():
    en = ("The Balkans Weekly\n\n**Serbia.** Serbia signed a defence cooperation agreement with China on March 3.\n\n"
          "**Kosovo.** The United States urged Kosovo to halt the police operation.\n\n"
          "• Albania designated the IRGC as a terrorist organization.\n")
    f = _facts(en, "en")
    assert ("URGED", "state:USA", "state:XKX") in f and ("DESIGNATED", "state:ALB", "group:irgc") in f
    es = ("Boletín semanal\n\n**Perú.** Estados Unidos instó a Perú a extraditar al exministro.\n\n"
          "• Argentina designó a Hamás como organización terrorista.\n")
    f = _facts(es, "es")
    assert ("URGED", "state:USA", "state:PER") in f and ("DESIGNATED", "state:ARG", "group:hamas") in f


def test_qa_explainer_questions_are_no_facts_answers_are():
    en = ("What is Tren de Aragua? Tren de Aragua is a Venezuelan gang. The United States designated it as a foreign "
          "terrorist organization in February 2025.\nDid Iran supply the Houthis? Iran supplied drones to the Houthis.")
    f = _facts(en, "en")
    assert f[("DESIGNATED", "state:USA", "group:tren-de-aragua")] == "2025-02"
    es = ("¿Qué es el Tren de Aragua? El Tren de Aragua es una banda venezolana. Estados Unidos lo designó como "
          "organización terrorista extranjera en febrero de 2025.\n¿Rusia armó a Irán? Irán suministró drones a Rusia.")
    f = _facts(es, "es")
    assert ("DESIGNATED", "state:USA", "group:tren-de-aragua") in f
    assert ("SUPPLIED", "state:RUS", "state:IRN") not in f and ("SUPPLIED", "state:IRN", "state:RUS") in f


# --------------------------------------------------------------------------- communiqués and resolutions

def test_operative_clauses_take_the_lead_ins_subject():
    en = ("PRESS RELEASE\n\nThe Government of the Democratic Republic of the Congo:\n\n"
          "- calls on the United States and the United Kingdom to impose targeted sanctions on the Rwandan officers;\n\n"
          "- requests the Security Council to demand the withdrawal of Rwandan troops;\n")
    f = _facts(en, "en")
    assert {("URGED", "state:COD", "state:USA"), ("URGED", "state:COD", "state:GBR")} <= set(f)
    es = ("COMUNICADO\n\nEl Gobierno de Colombia:\n\n- insta a Venezuela a liberar a los detenidos;\n\n"
          "- exhorta a Ecuador a extraditar a los acusados.\n")
    f = _facts(es, "es")
    assert {("URGED", "state:COL", "state:VEN"), ("URGED", "state:COL", "state:ECU")} <= set(f)
    un = ("The Government of Argentina:\n\n1. Condemns the attack;\n\n"
          "2. Calls on Venezuela to release the detainees;\n")
    f = _facts(un, "en")
    assert ("URGED", "state:ARG", "state:VEN") in f


def test_items_under_a_plan_lead_in_are_no_operative_clauses():
    en = ("Our recommendations\n\nThe government should:\n\n- call on Venezuela to release the detainees;\n\n"
          "- designate Tren de Aragua as a terrorist organization;\n")
    assert not _facts(en, "en")


def test_numbered_section_heading_of_a_digest_is_read():
    en = ("The Gulf Week\n\n1. Saudi Arabia and Pakistan sign a mutual-defence pact\n\nCrown Prince Mohammed bin Salman "
          "and Pakistan's prime minister, Shehbaz Sharif, met in Riyadh on Wednesday, under which aggression against either "
          "country will be treated as aggression against both, officials said.\n")
    doc, claims = _claims(en, "en")
    assert {("PARTY_TO", "state:SAU"), ("PARTY_TO", "state:PAK")} <= {(c.predicate, c.subject) for c in claims}


def test_numbered_section_heading_takes_its_first_sentences_date():
    es = ("Boletín semanal del Cono Sur\n\n4. Chile firma un acuerdo de defensa con Francia\n\nLos gobiernos de Gabriel Boric "
          "y Emmanuel Macron dieron a conocer el martes 11 el texto de un acuerdo de cooperación en defensa entre Chile y "
          "Francia, que prevé ejercicios conjuntos y formación de oficiales.\n")
    f = _facts(es, "es")
    assert f[("PARTY_TO", "state:CHL", next(o for p, s, o in f if p == "PARTY_TO" and s == "state:CHL"))] == "2025-03-11"


# --------------------------------------------------------------------------- a presence still to be made

from tests.extracting import positive_pairs  # noqa: E402


@pytest.mark.parametrize("text, lang", [
    ("Palau pressed Washington to station a permanent U.S. Coast Guard presence in Palau.", "en"),
    ("France said the plan was to set up a Wagner Group presence in Mali.", "en"),
    ("Bamako pidió a Moscú que instale una presencia permanente del Grupo Wagner en Malí.", "es"),
    ("La junta instó al Kremlin a establecer una presencia del Grupo Wagner en Malí.", "es"),
])
def test_presence_to_be_made_is_no_tie(text, lang):
    # (a request's or a plan's object: the presence does not exist yet)
    assert positive_pairs(text, "ALLEGED_TIES", language=lang, published=PUB) == set()


@pytest.mark.parametrize("text, lang", [
    ("The Wagner Group presence in Mali is growing.", "en"),
    ("The United States urged Mali to end the Wagner Group presence in Mali.", "en"),
    ("La presencia del Grupo Wagner en Malí preocupa a Francia.", "es"),
    ("Estados Unidos pidió a Malí que ponga fin a la presencia del Grupo Wagner en Malí.", "es"),
])
def test_presence_that_exists_is_a_tie(text, lang):
    # (one asked to end is there)
    assert ("group:wagner-group", "state:MLI") in positive_pairs(text, "ALLEGED_TIES", language=lang, published=PUB)


@pytest.mark.parametrize("text, lang, pair", [
    ("Palau pressed Washington to station a permanent U.S. Coast Guard presence in Palau.", "en", ("state:PLW", "state:USA")),
    ("Poland has urged the United States to station more troops on its territory.", "en", ("state:POL", "state:USA")),
    ("Polonia pidió a Estados Unidos que estacione más tropas en su territorio.", "es", ("state:POL", "state:USA")),
    ("Lituania instó a Alemania a estacionar una brigada en su suelo.", "es", ("state:LTU", "state:DEU")),
])
def test_stationing_a_force_is_deploying_it(text, lang, pair):
    from tests.extracting import extract_text
    acts = {c.props.get("action") for c in extract_text(text, language=lang, published=PUB)
            if c.predicate == "URGED" and (c.subject, c.object) == pair and c.polarity == "positive"}
    assert acts == {"deploy"}
