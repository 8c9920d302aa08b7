"""Matriz de construcciones del español (sesión 14): cómo la prensa de España y de América Latina
cuenta URGED, SUPPLIED, ALLEGED_TIES, SEVERED_TIES, MEMBER_OF y PART_OF, escrita desde la lengua y
antes de leer ningún conjunto. Cada fila cruza un campo léxico con una construcción; las frases
son propias (actores del gazetteer), con negativas: negado, pedido, futuro o hipotético no da nada.

Campo léxico por relación (lo que la matriz recorre):
  URGED        instar, exhortar, pedir, solicitar, reclamar, exigir, presionar, urgir, emplazar,
               conminar, "hacer un llamado/llamamiento a", "la petición/el pedido de X a Y para que",
               "a instancias de", "presionado por"
  SUPPLIED     suministrar, entregar, proveer (de), enviar, vender, transferir, donar, dotar (de),
               exportar; "el envío/la venta de ... de X a Y"; "drones de fabricación iraní";
               comprador activo: "compró/adquirió a X", "recibió de X"
  SEVERED      romper/cortar/suspender relaciones (con o sin artículo), lazos, "poner fin a sus
               relaciones", "la ruptura de relaciones", "la decisión de X de romper relaciones"
  ALLEGED_TIES vínculos/nexos/lazos con, vinculado a, respaldado/apoyado/financiado por, aliado de,
               patrocinador de, "con el apoyo de X", "recibe financiación de X", "acusa a X de proteger a Y"
  MEMBER_OF    miembro, integrante, militante, combatiente, exmiembro, "se unió a", "militó en"
  PART_OF      rama, brazo armado, unidad, facción, "forma parte de", "depende de", "subordinado a"
Construcciones cruzadas: activa, pasiva con ser, nominalización, relativa, aposición (en ambos
órdenes), participio antepuesto, sujeto nulo, duplicación de clítico ("le pidió a"), subjuntivo
("que + subj"), discurso referido, listas, coordinación, negación, pedido frente a acto.
"""

import pytest

from tests.extracting import positive_pairs

PUB = "2024-05-01"


def _got(text, pred):
    got = positive_pairs(text, pred, language="es", published=PUB)
    if pred == "ALLEGED_TIES":
        return {frozenset(p) for p in got}
    return got


def _want(pred, pairs):
    if pred == "ALLEGED_TIES":
        return {frozenset(p) for p in pairs}
    return set(pairs)


U, S, T, X, M, P = "URGED", "SUPPLIED", "ALLEGED_TIES", "SEVERED_TIES", "MEMBER_OF", "PART_OF"
IRN, RUS, USA, VEN, COL, MEX = "state:IRN", "state:RUS", "state:USA", "state:VEN", "state:COL", "state:MEX"
HEZ, HUT, HAM, ELN = "group:hezbollah", "group:houthis", "group:hamas", "group:eln"

# (predicate, construction, sentence, expected positive pairs of that predicate)
MATRIX = [
    # ---------------------------------------------------------------- URGED
    (U, "activa instar a + inf", "Irán instó a Irak a expulsar a las tropas estadounidenses.", {(IRN, "state:IRQ")}),
    (U, "exhortar a + inf", "Chile exhortó a Venezuela a publicar las actas electorales.", {("state:CHL", VEN)}),
    (U, "emplazar a + inf", "Estados Unidos emplazó a Nicaragua a liberar a los presos políticos.", {(USA, "state:NIC")}),
    (U, "conminar a + inf", "La OEA conminó a Nicaragua a celebrar elecciones libres.", {("group:oas", "state:NIC")}),
    (U, "urgir a + inf", "Francia urgió a Irán a liberar a los rehenes europeos.", {("state:FRA", IRN)}),
    (U, "clítico le pidió a + que subj", "Washington le pidió a México que extradite al líder del cártel.", {(USA, MEX)}),
    (U, "clítico les exigió a", "Brasil les exigió a Venezuela y a Nicaragua que respeten los resultados.",
     {("state:BRA", VEN), ("state:BRA", "state:NIC")}),
    (U, "exigir al gobierno de + que", "Argentina exigió al gobierno de Venezuela que libere al gendarme.", {("state:ARG", VEN)}),
    (U, "reclamar a + objeto nominal", "Colombia reclamó a Venezuela la entrega de los cabecillas del ELN.", {(COL, VEN)}),
    (U, "solicitar a + la extradición", "México solicitó a Estados Unidos la extradición del exgobernador.", {(MEX, USA)}),
    (U, "hacer un llamamiento a + para que", "Turquía hizo un llamamiento a Rusia para que retire sus tropas.", {("state:TUR", RUS)}),
    (U, "presionar a + para que", "Estados Unidos presiona a Panamá para que abandone la Franja y la Ruta.", {(USA, "state:PAN")}),
    (U, "pasiva ser instado por", "Colombia fue instada por Estados Unidos a extraditar a los narcotraficantes.", {(USA, COL)}),
    (U, "participio antepuesto presionado por", "Presionado por Washington, Panamá se retiró de la iniciativa china.", {(USA, "state:PAN")}),
    (U, "nominal petición de X a Y para que", "La petición de Israel a Argentina para que designe a Hezbolá llegó en marzo.",
     {("state:ISR", "state:ARG")}),
    (U, "nominal el pedido de X a Y de", "El pedido de Ucrania a Alemania de enviar misiles Taurus sigue sin respuesta.",
     {("state:UKR", "state:DEU")}),
    (U, "a instancias de + frase antepuesta", "A instancias de Washington, Ecuador expulsó a los diplomáticos rusos.", {(USA, "state:ECU")}),
    (U, "relativa que ha presionado", "Estados Unidos, que ha presionado a Panamá para que abandone el acuerdo, celebró la decisión.",
     {(USA, "state:PAN")}),
    (U, "discurso referido según", "Según la cancillería, Brasil pidió a Bolivia que libere a los detenidos.", {("state:BRA", "state:BOL")}),
    (U, "sujeto nulo en la segunda oración", "Irán rechazó el ultimátum. Además, pidió a Irak que expulse a las tropas extranjeras.",
     {(IRN, "state:IRQ")}),
    (U, "insistir ante + en que", "España insistió ante Marruecos en que reabra las aduanas de Ceuta.", {("state:ESP", "state:MAR")}),
    (U, "NEG negación", "Argentina no pidió a Chile que retire a su embajador.", set()),
    (U, "NEG pregunta", "¿Pedirá Brasil a Venezuela que publique las actas?", set()),
    (U, "NEG pedir disculpas no es instar", "Irán pidió disculpas a Irak por el incidente fronterizo.", set()),
    (U, "NEG destinatario sin actor", "Israel pidió a sus ciudadanos que abandonen Irán de inmediato.", set()),
    # ---------------------------------------------------------------- SUPPLIED
    (S, "activa suministrar X a Y", "Irán suministró drones a Rusia para la guerra en Ucrania.", {(IRN, RUS)}),
    (S, "vender + fecha", "Rusia vendió cazas Su-30 a Birmania en 2022.", {(RUS, "state:MMR")}),
    (S, "enviar proyectiles", "Corea del Norte envió proyectiles de artillería a Rusia.", {("state:PRK", RUS)}),
    (S, "dativo antes de los bienes", "China entregó a Venezuela veinte vehículos blindados.", {("state:CHN", VEN)}),
    (S, "pasiva ser suministrados por X a Y", "Los misiles fueron suministrados por Irán a los hutíes.", {(IRN, HUT)}),
    (S, "comprador: compró a X", "Venezuela compró a Rusia fusiles Kaláshnikov y helicópteros.", {(RUS, VEN)}),
    (S, "comprador: adquirió a X", "Birmania adquirió a China aviones de combate JF-17.", {("state:CHN", "state:MMR")}),
    (S, "receptor: recibió de X", "Los hutíes recibieron de Irán misiles antibuque.", {(IRN, HUT)}),
    (S, "nominal el envío de X de A a B", "El envío de armas de Irán a Hezbolá preocupa a Israel.", {(IRN, HEZ)}),
    (S, "nominal la venta de X de A a B", "La venta de misiles de Rusia a Irán alarmó a Washington.", {(RUS, IRN)}),
    (S, "relativa los drones que X entregó a Y", "Los drones que Irán entregó a Rusia atacaron Kiev.", {(IRN, RUS)}),
    (S, "fabricación + gentilicio", "Rusia lanzó drones de fabricación iraní contra Odesa.", {(IRN, RUS)}),
    (S, "dotar a Y de X", "Turquía dotó a Azerbaiyán de drones Bayraktar.", {("state:TUR", "state:AZE")}),
    (S, "proveer de X a Y", "Rusia provee de combustible a Cuba desde 2023.", {(RUS, "state:CUB")}),
    (S, "lista de bienes", "Irán proporcionó armas, dinero y entrenamiento a Hamás.", {(IRN, HAM)}),
    (S, "discurso referido + perfecto", "Según Washington, Irán ha transferido misiles balísticos a Rusia.", {(IRN, RUS)}),
    (S, "donar", "Estados Unidos donó dos patrulleras a Ecuador.", {(USA, "state:ECU")}),
    (S, "relativa de sujeto", "Irán, que ha suministrado drones a Rusia, niega participar en la guerra.", {(IRN, RUS)}),
    (S, "clítico le entregó a", "Bielorrusia le entregó a Rusia municiones de artillería.", {("state:BLR", RUS)}),
    (S, "lista de destinatarios", "China exporta drones a Irán y a Rusia.", {("state:CHN", IRN), ("state:CHN", RUS)}),
    (S, "NEG negar haber vendido", "Rusia negó haber vendido armas a los talibanes.", set()),
    (S, "NEG pedido de envío", "Ucrania pidió a Alemania que le envíe misiles Taurus.", set()),
    (S, "NEG descartar enviar", "Alemania descartó enviar tanques a Ucrania.", set()),
    (S, "NEG enviar una delegación", "Israel envió una delegación a Egipto para negociar la tregua.", set()),
    (S, "NEG enviar un mensaje", "Irán envió un mensaje a Arabia Saudí a través de Omán.", set()),
    # ---------------------------------------------------------------- SEVERED_TIES
    (X, "romper relaciones sin artículo", "Nicaragua rompió relaciones diplomáticas con Israel.", {("state:NIC", "state:ISR")}),
    (X, "cortar relaciones + fecha", "Bolivia cortó relaciones con Israel en 2023.", {("state:BOL", "state:ISR")}),
    (X, "suspender sus relaciones", "Belice suspendió sus relaciones diplomáticas con Israel.", {("state:BLZ", "state:ISR")}),
    (X, "romper sus lazos", "Marruecos rompió sus lazos con Irán en 2018.", {("state:MAR", IRN)}),
    (X, "cortar los lazos diplomáticos", "Argelia cortó los lazos diplomáticos con Marruecos.", {("state:DZA", "state:MAR")}),
    (X, "poner fin a sus relaciones", "Honduras puso fin a sus relaciones diplomáticas con Taiwán.", {("state:HND", "state:TWN")}),
    (X, "nominal la ruptura de relaciones de X con Y", "La ruptura de relaciones de Colombia con Israel irritó a Washington.",
     {(COL, "state:ISR")}),
    (X, "anunciar la ruptura", "Venezuela anunció la ruptura de relaciones con Argentina.", {(VEN, "state:ARG")}),
    (X, "la decisión de X de romper", "La decisión de Nicaragua de romper relaciones con Taiwán sorprendió a la región.",
     {("state:NIC", "state:TWN")}),
    (X, "relativa que rompió", "Colombia, que rompió relaciones con Israel en mayo, convocó al embajador.", {(COL, "state:ISR")}),
    (X, "dejar de reconocer", "Honduras dejó de reconocer a Taiwán y estableció relaciones con China.", {("state:HND", "state:TWN")}),
    (X, "NEG futuro negado", "Chile no romperá relaciones con Israel, dijo el canciller.", set()),
    (X, "NEG amenaza", "Paraguay amenazó con romper relaciones con Taiwán.", set()),
    (X, "NEG llamar a consultas", "Chile llamó a consultas a su embajador en Israel.", set()),
    (X, "NEG pedido de no romper", "Israel pidió a Bolivia que no rompa relaciones.", set()),
    # ---------------------------------------------------------------- ALLEGED_TIES
    (T, "mantener vínculos con", "El ELN mantiene vínculos con el Tren de Aragua.", {(ELN, "group:tren-de-aragua")}),
    (T, "aposición participio respaldados por", "Los hutíes, respaldados por Irán, atacaron un buque.", {(HUT, IRN)}),
    (T, "financiar y armar", "Irán financia y arma a Hezbolá desde los años ochenta.", {(IRN, HEZ)}),
    (T, "aposición aliado de", "Hamás, aliado de Irán, rechazó la propuesta.", {(HAM, IRN)}),
    (T, "nominal los nexos de X con Y", "Los nexos de Venezuela con el ELN preocupan a Bogotá.", {(VEN, ELN)}),
    (T, "acusar a X de proteger a Y", "Colombia acusa a Venezuela de proteger al ELN.", {(VEN, ELN)}),
    (T, "recibir financiación de", "Hezbolá recibe financiación de Irán.", {(HEZ, IRN)}),
    (T, "frase antepuesta con el apoyo de", "Con el apoyo de Irán, los hutíes controlan el norte de Yemen.", {(HUT, IRN)}),
    (T, "pasiva ser apoyados por", "Los hutíes son apoyados por Irán.", {(HUT, IRN)}),
    (T, "cópula patrocinador de", "Irán es el principal patrocinador de Hezbolá.", {(IRN, HEZ)}),
    (T, "vinculado a", "El Grupo Wagner, vinculado a Rusia, opera en Malí.", {("group:wagner-group", RUS)}),
    (T, "adjetivo proiraní", "La milicia proiraní Kataib Hezbolá atacó una base.", {("group:kataib-hezbollah", IRN)}),
    (T, "NEG negar vínculos", "Irán negó tener vínculos con Hamás.", set()),
    (T, "NEG combatir contra", "Hezbolá combate contra Israel en la frontera.", set()),
    # ---------------------------------------------------------------- MEMBER_OF
    (M, "aposición miembro de", "Ahmed Yasin, miembro de Hamás, fue detenido en Hebrón.", {("official:ahmed-yasin", HAM)}),
    (M, "aposición integrante de", "Juan Gómez, integrante del Tren de Aragua, fue extraditado.",
     {("official:juan-gomez", "group:tren-de-aragua")}),
    (M, "título antepuesto el militante del X", "El militante del ELN Carlos Pérez fue capturado en Arauca.",
     {("official:carlos-perez", ELN)}),
    (M, "unirse a", "Ali Hamdan se unió a Hezbolá en 2006.", {("official:ali-hamdan", HEZ)}),
    (M, "militar en", "Pedro Ruiz militó en el ELN durante veinte años.", {("official:pedro-ruiz", ELN)}),
    (M, "aposición un combatiente de", "Omar Haddad, un combatiente de Hezbolá, murió en el ataque.", {("official:omar-haddad", HEZ)}),
    (M, "cópula es miembro de", "Según la fiscalía, Luis Ortega es miembro del ELN.", {("official:luis-ortega", ELN)}),
    (M, "NEG negar ser miembro", "Ali Hamdan negó ser miembro de Hezbolá.", set()),
    # ---------------------------------------------------------------- PART_OF
    (P, "aposición brazo armado de", "Las Brigadas Ezzedin al Qassam, brazo armado de Hamás, reivindicaron el ataque.",
     {("group:qassam-brigades", HAM)}),
    (P, "aposición inversa el brazo armado de X, Y", "El brazo armado de Hamás, las Brigadas Ezzedin al Qassam, reivindicó el ataque.",
     {("group:qassam-brigades", HAM)}),
    (P, "aposición unidad de élite de", "La Fuerza Quds, unidad de élite de la Guardia Revolucionaria, dirige las operaciones.",
     {("group:quds-force", "group:irgc")}),
    (P, "formar parte de", "La Fuerza Quds forma parte de la Guardia Revolucionaria.", {("group:quds-force", "group:irgc")}),
    (P, "depender de sin coma", "La Fuerza Quds depende de la Guardia Revolucionaria.", {("group:quds-force", "group:irgc")}),
    (P, "integrarse en", "Kataib Hezbolá se integró en las Fuerzas de Movilización Popular en 2016.",
     {("group:kataib-hezbollah", "group:pmf")}),
    (P, "una de las milicias que integran", "Kataib Hezbolá, una de las milicias que integran las Fuerzas de Movilización Popular, "
     "negó el ataque.", {("group:kataib-hezbollah", "group:pmf")}),
    (P, "subordinado a", "El Basij, subordinado a la Guardia Revolucionaria, reprimió las protestas.", {("group:basij", "group:irgc")}),
    (P, "cópula facción de", "Ansaru es una facción de Boko Haram.", {("group:ansaru", "group:boko-haram")}),
    (P, "NEG no forma parte", "Hamás no forma parte de la Yihad Islámica.", set()),
    (P, "NEG aliado no es parte", "Hezbolá, aliado de Irán, rechazó la acusación.", set()),
]

# Segunda pasada de la matriz: metonimias (capitales, "la Casa Blanca"), sujetos y objetos en lista,
# verbos en presente de titular, perífrasis, sustantivos de agente ("proveedor", "patrocinador").
MATRIX += [
    (U, "metonimia capital + aside", "Washington pidió a Caracas, a través de un comunicado, que libere a los presos.", {(USA, VEN)}),
    (U, "sujetos coordinados", "Estados Unidos y Canadá exigieron a Nicaragua que libere a los opositores.",
     {(USA, "state:NIC"), ("state:CAN", "state:NIC")}),
    (U, "adverbio perfecto", "Israel ha pedido reiteradamente a Argentina que ilegalice a Hezbolá.", {("state:ISR", "state:ARG")}),
    (U, "inciso a petición de", "Perú, a petición de Estados Unidos, expulsó a los diplomáticos venezolanos.", {(USA, "state:PER")}),
    (U, "tras las presiones de", "Tras las presiones de Washington, Panamá se retiró de la Franja y la Ruta.", {(USA, "state:PAN")}),
    (U, "pasiva exhortado por", "México fue exhortado por Estados Unidos a frenar el tráfico de fentanilo.", {(USA, MEX)}),
    (U, "titular en presente + infinitivo", "EE.UU. pide a Honduras mantener relaciones con Taiwán.", {(USA, "state:HND")}),
    (U, "relativa de objeto al que", "Irak, al que Irán ha pedido expulsar a las tropas, guarda silencio.", {(IRN, "state:IRQ")}),
    (U, "NEG impersonal sin agente", "Se pidió a Venezuela que publique las actas.", set()),
    (S, "perífrasis ha estado enviando", "Irán ha estado enviando armas a los hutíes durante años.", {(IRN, HUT)}),
    (S, "participio suministrados por + usuario", "Rusia usa drones Shahed suministrados por Irán.", {(IRN, RUS)}),
    (S, "receptor recibió de + cantidad", "Rusia recibió de Corea del Norte millones de proyectiles.", {("state:PRK", RUS)}),
    (S, "sustantivo proveedor de armas de", "Irán es el principal proveedor de armas de los hutíes.", {(IRN, HUT)}),
    (S, "abastecer de", "Irán abasteció de misiles a Hezbolá durante la guerra.", {(IRN, HEZ)}),
    (S, "metonimias hacer llegar", "Moscú ha hecho llegar a Caracas sistemas antiaéreos.", {(RUS, VEN)}),
    (S, "dativo + presente metonimia", "Pekín suministra a Moscú componentes para drones.", {("state:CHN", RUS)}),
    (S, "condicional de rumor", "Según la inteligencia ucraniana, Irán habría enviado misiles a Rusia.", {(IRN, RUS)}),
    (S, "NEG negar enviar", "Irán niega enviar armas a los hutíes.", set()),
    (S, "NEG solicitar el envío", "Ucrania solicitó a Estados Unidos el envío de misiles.", set()),
    (S, "NEG despliegue de tropas", "Rusia envió tropas a Bielorrusia para unas maniobras.", set()),
    (X, "decidir romper", "Bolivia decidió romper relaciones con Israel.", {("state:BOL", "state:ISR")}),
    (X, "gobierno + gentilicio", "El gobierno boliviano rompió relaciones con Israel.", {("state:BOL", "state:ISR")}),
    (X, "titular presente", "Nicaragua rompe relaciones con Israel.", {("state:NIC", "state:ISR")}),
    (X, "lista de sujetos", "Bolivia, Colombia y Belice rompieron relaciones con Israel.",
     {("state:BOL", "state:ISR"), (COL, "state:ISR"), ("state:BLZ", "state:ISR")}),
    (X, "relativa de objeto con quien", "Israel, con quien Bolivia rompió relaciones en 2023, protestó.", {("state:BOL", "state:ISR")}),
    (X, "lista de objetos", "Venezuela rompió relaciones con Argentina y con Chile.", {(VEN, "state:ARG"), (VEN, "state:CHL")}),
    (X, "segundo verbo con metonimias", "Caracas expulsó a los diplomáticos argentinos y rompió relaciones con Buenos Aires.",
     {(VEN, "state:ARG")}),
    (X, "infinitivo antepuesto tras romper", "Tras romper relaciones con Taiwán, Honduras abrió una embajada en Pekín.",
     {("state:HND", "state:TWN")}),
    (X, "NEG restablecer", "Bolivia restableció relaciones con Israel.", set()),
    (T, "metonimia respaldados por Teherán", "Los hutíes, respaldados por Teherán, atacaron un petrolero.", {(HUT, IRN)}),
    (T, "aposición nombre + participio", "Hezbolá, el grupo chií respaldado por Irán, lanzó cohetes.", {(HEZ, IRN)}),
    (T, "aposición plural aliados de", "Los rebeldes hutíes, aliados de Irán, atacaron el estrecho.", {(HUT, IRN)}),
    (T, "par mantener una alianza", "Irán y Hezbolá mantienen una estrecha alianza.", {(IRN, HEZ)}),
    (T, "nominal el apoyo de X a Y", "El apoyo de Irán a Hezbolá preocupa a Washington.", {(IRN, HEZ)}),
    (T, "contar con el respaldo de", "Hamás cuenta con el respaldo de Irán.", {(HAM, IRN)}),
    (T, "NEG rechazar vínculo", "Irán rechaza cualquier vínculo con los hutíes.", set()),
    (T, "NEG ataque", "Israel atacó posiciones de Hezbolá en el sur del Líbano.", set()),
    (M, "título exguerrillero de", "El exguerrillero de las FARC Pedro Ruiz fue elegido senador.", {("official:pedro-ruiz", "group:farc")}),
    (M, "ingresar al", "Luis Ortega ingresó al ELN en 1998.", {("official:luis-ortega", ELN)}),
    (M, "relativa quien perteneció a", "Pedro Ruiz, quien perteneció al ELN, se entregó.", {("official:pedro-ruiz", ELN)}),
    (M, "NEG acusar de colaborar", "Pedro Ruiz fue acusado de colaborar con el ELN.", set()),
    (P, "aposición el brazo exterior de", "La Fuerza Quds, el brazo exterior de la Guardia Revolucionaria, opera en Siria.",
     {("group:quds-force", "group:irgc")}),
    (P, "participio integrada en", "Kataib Hezbolá, integrada en las Fuerzas de Movilización Popular, negó el ataque.",
     {("group:kataib-hezbollah", "group:pmf")}),
    (P, "relativa de las que forma parte", "Las Fuerzas de Movilización Popular, de las que forma parte Kataib Hezbolá, negaron el ataque.",
     {("group:kataib-hezbollah", "group:pmf")}),
    (P, "bajo el mando de", "El Basij, una milicia bajo el mando de la Guardia Revolucionaria, reprimió las protestas.",
     {("group:basij", "group:irgc")}),
]


# cells still failing at the end of session 14, with the mechanism each needs (strict: a cell that starts
# passing fails the run, so this list cannot go stale)
OPEN = {
    "adjetivo proiraní": "a 'pro-' + demonym adjective ('la milicia proiraní X') is not read as a tie to that state",
    "relativa de objeto al que": "a request inside an object relative clause ('Irak, al que Irán ha pedido expulsar ...') "
                                 "has no Spanish rule (English has en.urged14.object_relative)",
    "título exguerrillero de": "the person after 'El exguerrillero de las FARC' is not discovered (no person cue for "
                               "'ex-' + member noun + group before a name)",
}


@pytest.mark.parametrize("pred,cell,text,want", [
    pytest.param(*m, marks=pytest.mark.xfail(reason=OPEN[m[1]], strict=True)) if m[1] in OPEN else m
    for m in MATRIX], ids=[f"{m[0]}:{m[1]}" for m in MATRIX])
def test_matrix(pred, cell, text, want):
    assert _got(text, pred) == _want(pred, want)
