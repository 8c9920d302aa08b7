"""Supplies told from the buyer's or the receiver's side (session 6 mechanism): a purchase is a
supply read the other way ("X bought drones from the company Y", "los cazas que X le compró a
Y"), a supplier noun owned by the buyer ("Y became X's largest arms supplier", "el principal
proveedor de armas de X"), goods handed over before or after the receiver ("cedió un avión a X",
"suministró a X obuses", "handed the X armed forces patrol boats"). Every sentence is written
for these tests; negatives: denials, questions, no goods, a stake or a warning is no supply."""

from tests.extracting import extract_text, positive_pairs


def supplied(text, lang="en"):
    return positive_pairs(text, "SUPPLIED", language=lang, published="2024-05-01")


def denied(text, lang="en"):
    return {(c.subject, c.object) for c in extract_text(text, language=lang, published="2024-05-01")
            if c.predicate == "SUPPLIED" and c.polarity == "negative"}


# -- English: purchases ----------------------------------------------------------------------

def test_bought_from_reads_the_seller_as_supplier():
    assert supplied("Nigeria ordered twelve attack helicopters from Italy last spring.") == {("state:ITA", "state:NGA")}
    assert ("state:KOR", "state:POL") in supplied("Poland bought 180 tanks from South Korea in 2022.")
    assert ("state:DNK", "state:ARG") in supplied(
        "The F-16 jets that Argentina purchased from Denmark landed at Río Cuarto in December.")


def test_the_seller_after_its_category_noun():
    assert ("group:baykar", "state:NER") in supplied(
        "Niger acquired armed drones from the Turkish manufacturer Baykar in 2023.")


def test_purchases_that_are_no_supply():
    assert supplied("Rosneft bought a stake from BP in 2013.") == set()
    assert supplied("Did Mali buy drones from Turkey?") == set()


# -- English: a supplier owned by the buyer ---------------------------------------------------

def test_possessive_supplier_noun():
    assert supplied("France has become Greece's main arms supplier.") == {("state:FRA", "state:GRC")}
    assert ("state:IND", "state:ARM") in supplied("India overtook Russia as Armenia's largest arms supplier last year.")
    assert ("state:RUS", "state:VNM") in supplied("Russia, Vietnam's traditional weapons supplier, lost two contracts.")


def test_a_supplier_no_longer_or_of_something_else_is_none():
    assert supplied("Russia is no longer India's main arms supplier.") == set()


# -- English: double object -------------------------------------------------------------------

def test_goods_after_the_receiver():
    assert ("state:USA", "state:ECU") in supplied(
        "Washington has handed the Ecuadorian armed forces two patrol boats and night-vision gear.")
    assert supplied("Russia gave Serbia a stern warning about the vote.") == set()


# -- Spanish ---------------------------------------------------------------------------------

def test_compro_a_reads_the_seller():
    assert supplied("Los cazas que Colombia le compró a Suecia llegarán en 2026.", "es") == {("state:SWE", "state:COL")}
    assert ("state:ISR", "state:MAR") in supplied("Marruecos compró a Israel un sistema de defensa aérea.", "es")
    assert ("group:baykar", "state:BFA") in supplied(
        "Un dron que Burkina Faso adquirió a la empresa turca Baykar se estrelló en el norte.", "es")


def test_recibio_de_before_the_goods():
    assert ("state:IRN", "group:hamas") in supplied("Hamás recibió de Irán fusiles, cohetes y lanzagranadas.", "es")
    assert supplied("La milicia recibió de Irán garantías políticas.", "es") == set()


def test_proveedor_de_armas():
    assert ("state:CHN", "state:PAK") in supplied("China es el principal proveedor de armas de Pakistán.", "es")
    assert ("state:RUS", "state:MLI") in supplied("Rusia se ha convertido en el mayor proveedor de armamento de Malí.", "es")


def test_cedio_and_suministro_a():
    assert ("state:ESP", "state:SEN") in supplied("España ya había cedido el año pasado un avión de vigilancia a Senegal.", "es")
    assert ("state:ITA", "state:LBY") in supplied("Italia entregó a Libia cuatro patrulleras en 2018.", "es")


def test_denials_and_support_are_no_supply():
    assert supplied("Perú no compró aviones a Suecia.", "es") == set()
    assert ("state:SWE", "state:PER") in denied("Perú no compró aviones a Suecia.", "es")
    assert supplied("España prestó apoyo diplomático a Senegal.", "es") == set()
    assert supplied("¿Compró Bolivia drones a Irán?", "es") == set()
