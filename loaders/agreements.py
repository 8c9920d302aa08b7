"""Agreements and who signed them, read by construction rather than by phrasing (issue 3).

The relation rules (rules/*.yaml, SIGNED_MOU_WITH) read the common word orders of a signing.
This module reads what they leave: a sentence where a signing verb (or "the signing of")
and an agreement noun phrase share a clause, with the parties found by their role in it:
the subject list before the verb, "with / con X" anywhere in the clause (also several,
"with A in 2022 and with B a year later"), "between / entre A and B", and the signatories
after "by / por" (officials: SIGNED, and their states are the parties). A participle names
a past agreement ("A and B are bound by a treaty signed in 1951"). Requests, plans, talks,
drafts, refusals and withdrawals give nothing: only an asserted or reported signing is one.

It works on the sentence skeleton of loaders.extract (actors are ⟦k⟧ slots) and returns
claims; extract.py calls it for a sentence the rules gave no agreement, and `pending` at the
end of a document for signatories named before their agreement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph import ids
from graph.schema import Agreement, Claim
from loaders import agreement_names, dates, kinship, literals, modality

SLOT = literals.compile(r"⟦(\d+)⟧")

# agreement nouns; the group "head" is what the agreement's kind is read from
_HEAD_EN = (r"memorand(?:ums?|a)\s+of\s+understanding|memorand(?:ums?|a)|mous?|agreements?|accords?|deals?|pacts?|"
            r"treat(?:y|ies)|letters?\s+of\s+intent|joint\s+(?:declaration|statement|communiqu[eé])|protocol|"
            r"convention|framework\s+(?:agreement|accord)|arrangement|cease-?fires?|truces?|armistice|contracts?|"
            # a declaration only by its own name ("the Ankara Declaration"); a plan only of cooperation or action
            r"(?-i:Declaration)|(?:cooperation|action)\s+plans?|(?:cooperation|partnership|defen[cs]e|security)\s+declarations?|charters?|compacts?|(?:cooperation|action)\s+program(?:me)?s?|"
            # a known agreement's name with no agreement noun of its own ("New START", "the Rome Statute", "T-MEC");
            # a statute named after its city ("the ⟦Rome⟧ Statute": the city is an actor slot)
            r"(?<=⟧\s)(?-i:Statute)|" + agreement_names.headless_pattern())
_HEAD_ES = (r"memor[aá]nd(?:um|o)s?(?:\s+de\s+entendimiento)?|mous?|acuerdos?|convenios?|tratados?|pactos?|"
            r"cartas?\s+de\s+intenci(?:[oó]n|ones)|declaraci[oó]n\s+conjunta|comunicado\s+conjunto|protocolo|convención|"
            r"alto\s+el\s+fuego|cese\s+(?:al|del)\s+fuego|tregua|armisticio|(?<=la\s)paz|contratos?|"
            r"(?-i:Declaración)|(?-i:Carta)(?=\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?(?:[A-ZÁÉÍÓÚ]|⟦))|declaraci[oó]n(?=\s+de\s+(?:⟦|[A-ZÁÉÍÓÚ]))|declaraci[oó]n(?:es)?\s+(?:de|sobre)\s+(?:cooperación|asociación)|plan(?:es)?\s+de\s+(?:cooperación|acción)|programas?\s+de\s+(?:cooperación|acción)|"
            # "un acta de entendimiento", "el acta final", "el acta fue firmada": a signed record, not a meeting's minutes
            r"actas?\s+(?:de\s+(?:entendimiento|compromiso|acuerdo|cooperación|colaboración|intenci[oó]n|intenciones)|final)|"
            r"actas?(?=\s*,?\s+(?:que\s+)?(?:(?:fue|fueron|ha\s+sido|había\s+sido)\s+)?(?:firmad|suscrit|rubricad))|"
            r"(?-i:Estatuto)(?=\s+de\s+⟦)|" + agreement_names.headless_pattern())
# a determiner, then up to four modifiers that are not clause words ("a 10-year defence cooperation")
# a definite determiner opening a noun phrase ("the pact", "ese memorando")
_DEFINITE = literals.compile(r"(?:the|this|that|el|la|este|esta|ese|esa|aquel|aquella|dicho|dicha)\b", re.I)
_NP = {
    "en": literals.compile(r"\b(?:(?:an?|the|its|their|this|that|new|landmark|historic|bilateral)\s+)?(?P<mods>(?:(?!(?:that|which|who|"
                     r"with|between|by|to|and|or|of|on|in|for|was|were|is|are|has|have|had)\b)[\w-]+\s+){0,4}?)"
                     rf"(?P<head>{_HEAD_EN})\b", re.I),
    "es": literals.compile(r"\b(?:(?:un|una|el|la|los|las|su|sus|dicho|dicha|este|esta|ese|esa|aquel|aquella|nuevo|nueva)\s+)?(?P<mods>(?:(?:nuevo|nueva|"
                     r"amplio|amplia|histórico|histórica|bilateral|estratégico|estratégica|militar|primer|\d+)\s+){0,3})"
                     rf"(?P<head>{_HEAD_ES})\b", re.I),
}
# an agreement still to be made is not one ("a draft accord", "el posible acuerdo")
_NOT_YET_NP = literals.compile(r"\b(?:draft|proposed|planned|possible|potential|future|prospective|eventual|hypothetical|"
                         r"borrador|posible|futuro|futura|eventual|propuesto|propuesta|hipotético)\b", re.I)

# "became the first country to sign", "fue el primer país en firmar": the infinitive is an act done, not a plan
_FIRST_TO = {
    "en": (r"(?:(?:became|becomes|become|is|was|were)\s+(?:also\s+)?the\s+(?:first|second|third|fourth|fifth|latest|last|"
           r"\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?to|"
           # agree24: a narrative infinitive told as done, "went on to sign", "proceeded to sign"
           r"went\s+on\s+to|proceeded\s+to)\s+(?:sign|join|ratify|accede\s+to|initial|ink)"),
    "es": (r"(?:(?:fue|es|era|se\s+convirti(?:ó|eron)\s+en|se\s+ha(?:n)?\s+convertido\s+en)\s+(?:el|la)\s+(?:primer[oa]?|"
           r"segund[oa]|tercer[oa]?|últim[oa])\s+(?:[\w-]+\s+){0,3}?en\s+(?:firmar|suscribir|rubricar|ratificar|"
           r"adherirse\s+al?|sumarse\s+al?)"
           # agree24: "terminó firmando", "acabó por suscribir": the act done at last
           r"|(?:termin|acab)(?:ó|aron)\s+(?:por\s+(?:firmar|suscribir|rubricar)|firmando|suscribiendo|rubricando))"),
}
_FIRST_TO_RX = literals.compile(rf"(?:{_FIRST_TO['en']}|{_FIRST_TO['es']})", re.I)
# signing and joining, finite or participle (no bare infinitive: "to sign" is a plan)
_VERB = {
    "en": literals.compile(r"\b(?:signed(?:\s+off\s+on|\s+on\s+to)?|signs|sign|ink|seal|inked|inks|sealed|seals|penned|pens|"
                     r"put\s+pen\s+to\s+paper\s+on|"
                     r"put\s+(?:his|her|their|its)\s+(?:signatures?|names?)\s+(?:to|on)|"
                     r"affix(?:ed|es)?\s+(?:his|her|their|its)\s+signatures?\s+to|" + _FIRST_TO["en"] + "|"
                     r"(?:became|become|becomes|is|are|was|were)\s+(?:(?:both|all|also|now|still|already)\s+)?(?:a\s+|the\s+\w+\s+)?(?:part(?:y|ies)|signator(?:y|ies))\s+(?:to|of)\b|concluded|concludes|initial(?:l)?ed|clinched|"
                     # a standing party: "A and B remain bound by the 1951 treaty"
                     r"(?:are|were|remain|remained|remains|is|was)\s+(?:still\s+|also\s+|formally\s+|legally\s+)*bound\s+by|"
                     r"clinches|struck|strikes|reached|reaches|finali[sz]ed|ratified|ratifies|renewed|renews|extended|"
                     r"extends|agreed(?:\s+(?:on|upon))?|formali[sz]ed|formali[sz]es|adopted|acceded\s+to|accedes\s+to|joined|joins|entered\s+into|"
                     r"accepted|accepts|announced|announces)\b", re.I),
    "es": literals.compile(r"\b(?:firm(?:ó|aron|a|an)|(?:ha|han|había|habían|hubo)\s+(?:firmado|suscrito|rubricado|sellado)|"
                     r"suscribi(?:ó|eron)|suscribe|suscriben|rubric(?:ó|aron|a|an)|sell(?:ó|aron)|cerr(?:ó|aron)|"
                     r"conclu(?:yó|yeron)|alcanz(?:ó|aron)|ratific(?:ó|aron)|renov(?:ó|aron)|prorrog(?:ó|aron)|"
                     + _FIRST_TO["es"] + r"|se\s+adhiri(?:ó|eron)|se\s+(?:sum(?:ó|aron)|uni(?:ó|eron))\s+a|acord(?:ó|aron)|formaliz(?:ó|aron)|oficializ(?:ó|aron)|adopt(?:ó|aron)|pact(?:ó|aron)|firman|suscriben|estamp(?:ó|aron)\s+sus?\s+firmas?\s+en|"
                     r"(?:es|son|era|eran|fue|fueron|se\s+convirti(?:ó|eron)\s+(?:\w+mente\s+)?en|pas(?:ó|aron)\s+(?:\w+mente\s+)?a\s+ser)\s+(?:(?:ambos|ambas|también|ya|todavía|aún|\w+mente)\s+)?(?:(?:un|una)\s+)?"
                     r"(?:Estados?\s+)?(?:parte|partes|signatari[oa]s?|firmantes?)\s+(?:del?|en)|"
                     r"(?<=que\s)(?:firmara|firmaran|suscribiera|suscribieran|rubricara|rubricaran|sellara|sellaran)|acept(?:ó|aron)|"
                     r"lleg(?:ó|aron)\s+a|(?:ha|han|había|habían)\s+llegado\s+a|anunci(?:ó|aron)|"
                     r"(?:están|estaban|siguen|seguían|continúan|permanecen)\s+(?:(?:aún|todavía|formalmente|legalmente)\s+)*"
                     r"(?:obligad[oa]s|vinculad[oa]s|ligad[oa]s)\s+por)\b", re.I),
}
_SIGN_PROPER = literals.compile(r"(?:signed|signs|sign\b|ink\b|put\s|pen|estamp|inked|inks|initial|firm|suscrib|rubric|(?:ha|han|había|habían|hubo)\s+(?:firm|suscr|rubr))",
                          re.I)
# "the signing of", "la firma del": the act named as a noun
_NOMINAL = {
    "en": literals.compile(r"\b(?:signing|conclusion|inking|sealing|ratification)\s+(?:ceremony\s+)?(?:of|for)\s+", re.I),
    "es": literals.compile(r"\b(?:firma|suscripción|rúbrica|ratificación)\s+(?:de(?:l)?\s+|de\s+(?:un|una|el|la)\s+)", re.I),
}
# a participle after the agreement dates a past one: "a treaty signed in 1951", "un acuerdo firmado en 2019"
# (agree24: a mediator's participle first: "an agreement brokered by ⟦China⟧ and signed in Beijing", "un acuerdo mediado
# por ⟦Qatar⟧ y firmado en Doha"; the mediator is no party)
_MEDIATED_FIRST = {
    "en": r"(?:(?:brokered|mediated|sponsored|backed|facilitated|hosted|negotiated)\s+by\s+(?:the\s+)?⟦\d+⟧(?:\s*(?:,|and)\s*(?:the\s+)?⟦\d+⟧)?\s*,?\s*(?:and\s+)?)?",
    "es": r"(?:(?:mediad|auspiciad|patrocinad|impulsad|facilitad|negociad)[oa]s?\s+por\s+(?:el\s+|la\s+|los\s+)?⟦\d+⟧(?:\s*(?:,|y|e)\s*(?:el\s+|la\s+)?⟦\d+⟧)?\s*,?\s*(?:y\s+)?)?",
}
_PARTICIPLE = {
    "en": literals.compile(r"^\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?" + _MEDIATED_FIRST["en"] + r"(?:signed|inked|sealed|concluded|agreed)\s+(?:(?:in|on)\s+|back\s+in\s+)", re.I),
    "es": literals.compile(r"^\s*,?\s*(?:que\s+fue\s+)?" + _MEDIATED_FIRST["es"] + r"(?:firmad[oa]|suscrit[oa]|rubricad[oa]|sellad[oa])\s+(?:en|el)\s+", re.I),
}
# what was signed is another document about the agreement: "signed a letter criticising the deal",
# "firmaron una carta que critica el acuerdo", "una declaración contra el tratado"
OTHER_DOCUMENT = literals.compile(
    r"\b(?:signed|signs|sign|inked|firm\w*|suscri\w*|rubric\w*|put\s+(?:his|her|their|its)\s+(?:names?|signatures?)\s+(?:to|on))"
    r"\s+(?:(?:an?|the|their|its|una?|la|el|su|sus)\s+)?"
    # (a modifier or two: "a short declaration", "una breve declaración")
    r"(?:(?!(?:joint|conjunta)\b)(?:open|short|brief|one-page|two-page|written|final|formal|breve|corta|escrita|final|formal)\s+){0,2}"
    r"(?:letters?|petitions?|statements?|declarations?|appeals?|complaints?|manifesto|cartas?|peticiones|"
    r"petición|declaraci[oó]n|llamamiento|denuncia|manifiesto)\b(?!\s+(?:of\s+intent|de\s+intenci|conjunta|of\s+principles))"
    r"(?:\s+abierta)?"
    # (where or when it was signed between: "a declaration in the Red Sea resort pledging ...")
    r"(?:\s*,?\s+(?:in|at|on|during|en|durante|el)\s+[^,;.⟦]{0,40}?(?:⟦\d+⟧[^,;.⟦]{0,20}?)?)?"
    r"\s*,?\s+(?:that|which|criticis|criticiz|against|opposing|rejecting|condemning|denouncing|calling|"
    r"urging|que|contra|critic|rechaz|conden|denunci|pidiendo|exigiendo|instando|"
    # a document that commits its signers to an agreement made before is no agreement of its own
    r"pledging|committing|vowing|promising|reaffirming|recommitting|renewing|backing|supporting|welcoming|endorsing|"
    r"comprometi[eé]ndose|reafirmando|respaldando|apoyando|celebrando|renovando)", re.I)
# a signing verb in the present tense ("sign", "firman") with a time still to come after it in its clause
# ("A and B sign the pact next week", "firman el acuerdo mañana"): a scheduled signing, not one made
PRESENT_SIGN = {
    "en": literals.compile(r"\b(?:sign|signs|ink|inks|seal|seals|concludes?|strikes?|reach(?:es)?|finali[sz]es?|pens?)\b", re.I),
    "es": literals.compile(r"\b(?:firman?|suscriben?|sellan?|rubrican?|alcanzan?|cierran?|concluyen?|pactan?)\b", re.I),
}
FUTURE_TIME = {
    "en": literals.compile(r"\b(?:tomorrow|next\s+(?:week|month|year|\w+day|weekend)|later\s+(?:this|in\s+the)\s+(?:week|month|year)|"
                     r"in\s+the\s+(?:coming|next)\s+(?:days|weeks|months)|this\s+coming\s+\w+)\b", re.I),
    "es": literals.compile(r"(?<!\besta\s)(?<!\bla\s)(?<!\bsu\s)(?<!\bpor\s)\bmañana\b|\b(?:(?:el|la)\s+próxim[oa]\s+(?:semana|mes|año|\w+)|"
                     r"(?:la|el)\s+(?:semana|mes|año)\s+(?:que\s+viene|entrante)|en\s+los\s+próximos\s+(?:días|meses|semanas)|"
                     r"a\s+finales\s+de\s+(?:esta|este)\s+(?:semana|mes|año)|pasado\s+mañana)\b", re.I),
}


def signing_scheduled(skel: str, verb_text: str, after: int, end: int, lang: str) -> bool:
    """A present-tense signing verb (`verb_text`) with a time still to come in skel[after:end]."""
    lang = lang if lang in PRESENT_SIGN else "en"
    return bool(PRESENT_SIGN[lang].search(verb_text)) and bool(FUTURE_TIME[lang].search(skel, after, end))


# what makes a signing not (yet) a fact: plans, requests, talks, refusals, exits, futures
_BLOCK = {
    "en": literals.compile(r"(?<=\w)n['’]t\b|\b(?:not|never|no|neither|nor|failed|refus\w*|declin\w*|walk\w*\s+away|pull\w*\s+out|withdr[ae]w\w*|withdrawn|"
                     r"quit|abandon\w*|scrap\w*|suspend\w*|tore\s+up|tear\s+up|cancel\w*|terminat\w*|expected|could|would|(?-i:may)|might|"
                     r"should|will|shall|plan\w*|intend\w*|hope\w*|seek\w*|sought|aim\w*|want\w*|ready|set\s+to|due\s+to|poised|"
                     r"prepar\w*|talks?|negotiat\w*|discuss\w*|consider\w*|explor\w*|push\w*|urg\w*|press\w*|call\w*\s+(?:on|for)|"
                     r"ask\w*|demand\w*|if|whether|unless|yet\s+to|ahead\s+of|upcoming|before\s+signing|to\s+sign|"
                     r"to\s+(?:ink|seal|conclude|join|ratify|renew|reach|strike)|nearing|close\s+to|allegedly|nearly|almost|"
                     r"verge\s+of|brink\s+of|toward|towards|"
                     # "agreed to begin drafting a charter", "decided to set up a joint plan": an infinitive is a plan
                     r"(?:agree[sd]?|decide[sd]?|resolved|pledge[sd]?|promise[sd]?|vowed|undert(?:ook|akes?)|moved)\s+to\s+"
                     r"(?!(?:an?|the|its|their|this|that|these|those|his|her|our|terms|principles?)\b)(?-i:[a-z]+))\b", re.I),
    "es": literals.compile(r"\b(?:no|nunca|jamás|ni|se\s+neg\w*|rechaz\w*|se\s+retir\w*|retir\w*|abandon\w*|suspend\w*|suspendi\w*|"
                     r"cancel\w*|rompi\w*|denunci\w*|podr\w*|pudiera\w*|deber\w*|firmará\w*|firmaría\w*|suscribirá\w*|"
                     r"va\s+a|van\s+a|iba\s+a|planea\w*|prev[eé]\w*|previst\w*|pretend\w*|busca\w*|quiere\w*|espera\w*|"
                     r"negoci\w*|conversaciones|diálogo|propuest\w*|borrador|pid\w*|inst\w*|exig\w*|presion\w*|si|para\s+firmar|"
                     r"a\s+firmar|de\s+firmar|antes\s+de\s+(?:la\s+)?firma\w*|próxim\w*|supuest\w*|presunt\w*|"
                     r"firmar|suscribir|rubricar|sellar|casi|a\s+punto\s+de|(?:est(?:aba|aban|á|án|uvo|uvieron))\s+por|"
                     # "acordaron iniciar la redacción de un tratado", "se comprometieron a elaborar un plan": a plan
                     r"(?:acord(?:ó|aron)|decidi(?:ó|eron)|resolvi(?:ó|eron)|(?:se\s+)?comprometi(?:ó|eron)(?:se)?\s+a)\s+"
                     r"(?-i:[a-zñ]+(?:ar|er|ir)))\b", re.I),  # (a bare infinitive: "acordaron firmar", a plan)
}
# "signed a law ratifying the treaty", "firmó el decreto que ratifica el acuerdo": the signatory signs the law; the
# state is party to the agreement it ratifies
_INSTRUMENT = literals.compile(r"\s*(?:(?:an?|the|un|una|el|la)\s+)?(?:[\w-]+\s+)?(?:law|decree|bill|order|instrument|ley|decreto|"
                         r"proyecto\s+de\s+ley|instrumento)\b", re.I)
_SIGNED_INSTRUMENT = literals.compile(r"\b(?:signed|signs|sign|firm(?:ó|aron|a|an)|suscribi(?:ó|eron)|rubric(?:ó|aron))(?=" +
                                _INSTRUMENT.pattern + ")", re.I)


def signed_instrument(skel: str, start: int, end: int) -> bool:
    """A rule's signing whose verb's object is a law or decree ("firmó el decreto que ratifica el acuerdo con X"):
    the person signed the instrument, not the agreement."""
    return _SIGNED_INSTRUMENT.search(skel, start, end) is not None


# the clause a reading stays inside
_CLAUSE_END = literals.compile(r"[;:]|\.\s|,\s+(?:but|while|whereas|although|pero|mientras|aunque)\b|\s[—–]\s")
_PREP_BEFORE = literals.compile(r"\b(?:of|from|in|at|to|for|against|on|over|into|with|like|than|de|del|en|a|al|para|contra|"
                          r"con|desde|hacia|sobre|como)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)
# (or their officials: "the foreign ministers of ⟦A⟧ and ⟦B⟧ signed", "los cancilleres de ⟦A⟧ y ⟦B⟧ firmaron")
_GOV_OF = literals.compile(r"\b(?:governments?|authorities|administrations?|gobiernos?|autoridades|administración|"
                     r"(?:(?:foreign|defen[cs]e|trade|energy|finance|interior|economy|transport|justice|agriculture|prime)\s+)?"
                     r"(?:ministers|secretaries|presidents|leaders|heads\s+of\s+(?:state|government)|delegations|representatives|"
                     r"envoys|negotiators|ambassadors)|ministros(?:\s+de\s+[A-ZÁÉÍÓÚ]\w+)?|cancilleres|presidentes|mandatarios|"
                     r"delegaciones|representantes|jefes\s+de\s+(?:Estado|Gobierno))\s+(?:of|de)\s+"
                     r"(?:the\s+|la\s+|el\s+)?$", re.I)
# (an item may be a person with their state's name before them, "⟦U.S.⟧ Ambassador ⟦X⟧" read as "⟦k⟧ ⟦j⟧")
# ("the government of ⟦A⟧ and that of ⟦B⟧", "el Gobierno ⟦peruano⟧ y el de ⟦B⟧": the last item's government)
_LIST = literals.compile(r"⟦\d+⟧(?:\s*,\s*(?:the\s+|el\s+|la\s+)?(?:⟦\d+⟧ )?⟦\d+⟧)*(?:\s*,?\s*(?:and|y|e)\s+(?:(?:that|those)\s+of\s+(?:the\s+)?|"
                   r"(?:el|la|los|las)\s+del?\s+(?:la\s+|los\s+|las\s+)?|the\s+|el\s+|la\s+|los\s+)?(?:⟦\d+⟧ )?⟦\d+⟧)?")
# a partner introduced by what it is, in lower case: "with the rebel group ⟦ELN⟧", "con el astillero gallego ⟦X⟧",
# "with the breakaway region of ⟦X⟧"; never whose help, backing or presence it was ("with the support of ⟦X⟧")
_DESCRIPTOR = (r"(?-i:(?:(?!(?:in|at|en|help|support|backing|mediation|participation|presence|blessing|approval|consent|assistance|"
               r"funding|funds|money|observers|witnesses|facilitation|auspices|encouragement|aid|apoyo|ayuda|respaldo|"
               r"mediación|participación|presencia|bendición|aprobación|consentimiento|asistencia|financiación|fondos|"
               r"dinero|observadores|testigos|auspicio|facilitación|aval|visto)\b)[a-záéíóúñ][a-záéíóúñ-]*\s+){1,3}(?:(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?)?)")
# "with X looking on", "con X como testigo": a witness, no partner nor signatory
_WATCHING = (r"(?!\s*,?\s+(?:looking\s+on|watching|in\s+attendance|present\b|as\s+(?:a\s+)?witness|on\s+hand|"
             r"como\s+testigos?|de\s+testigos?|presente\b|observando|"
             # "with X adding his own signature": a further signatory (added_signatures), no partner
             r"(?:also\s+|too\s+|también\s+)?(?:adding|affixing|appending|añadiendo|estampando|sumando|poniendo|agregando)\s+"
             r"(?:also\s+|también\s+)?(?:his|her|their|its|su|sus)\s+(?:own\s+|propias?\s+)?(?:signatures?|firmas?)))")
_WITH = literals.compile(r"\b(?:with|con)\s+(?:(?:the|el|la|los|las)\s+)?(?:(?:neighbou?ring|fellow|su\s+vecin[oa]|sus\s+vecin[oa]s|"
                   r"vecin[oa]|la\s+vecina|el\s+vecino)\s+)?(?:(?:his|her|its|their|su|sus)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:counterparts?|homólog[oa]s?|(?<=su\s)par|(?<=sus\s)pares|(?<=its\s)(?:[\w-]+\s+){0,2}?neighbou?r|"
                   r"(?<=su\s)(?:[\w-]+\s+)?vecin[oa](?:\s+(?!(?:el|la|en|de|del)\b)[^\W\d_]+)?)\s*,?\s*)?(?:(?:government|gobierno|authorities|autoridades)\s+"
                   r"(?:of|de)\s+(?:the\s+|la\s+|el\s+)?|" + _DESCRIPTOR + r")?⟦(\d+)⟧" + _WATCHING, re.I)
_WITH_WORD = literals.compile(r"\b(?:with|con)\b", re.I)
# (an item may have its acronym after it, "the ⟦k⟧ (DNCD)"; not a body with its owner before it, "the ⟦U.S.⟧ ⟦DEA⟧":
# measured, the state agency stands for its state here, and the signing body itself is the party the gold names)
# ("between the government of ⟦A⟧ and ⟦B⟧", "entre el Gobierno de ⟦A⟧ y ⟦B⟧": the government is its state's)
_BTW_ITEM = r"(?:(?:government|gobierno)\s+(?:of|de)\s+(?:the\s+|la\s+|el\s+)?)?⟦\d+⟧(?:\s*\([^()⟦⟧]{1,15}\))?(?!\s*⟦)"
# ("between the governments of A and B", "entre los gobiernos de A y B": the plural head is the list's, its states the parties)
_BTW_PLURAL = (r"(?:(?:governments|gobiernos|authorities|autoridades|administrations|delegations|delegaciones|"
               r"executives|ejecutivos)\s+(?:of|de)\s+(?:the\s+|la\s+|el\s+)?)?")
_BETWEEN = literals.compile(rf"\b(?:between|entre)\s+(?:(?:the|el|la|los|las)\s+)?{_BTW_PLURAL}(?P<list>{_BTW_ITEM}(?:\s*,\s*(?:the\s+|el\s+|la\s+)?{_BTW_ITEM})*"
                      rf"\s*,?\s*(?:and|y|e)\s+(?:the\s+|el\s+|la\s+|los\s+)?{_BTW_ITEM})", re.I)


def _between_parties(m: re.Match) -> list[int]:
    return [int(x) for x in SLOT.findall(m.group("list"))]


# an agreement's name tail and its "between A and B", then maybe an apposition naming it again, before the signing told
# about it: "the Treaty on Strategic Partnership between A and B, signed in May", "el Tratado de Asociación entre A y B,
# el instrumento que X y Y firmaron en mayo"
_TO_ACT = literals.compile(r"(?:\s+(?:on|of|for|de|del|sobre|para)\s+(?:the\s+|la\s+|el\s+)?(?-i:[A-ZÁÉÍÓÚ][\w-]*)"
                           r"(?:\s+(?:(?:y|e|and|de|del|of|on|for|the|la|el)\s+)*(?-i:[A-ZÁÉÍÓÚ][\w-]*))*)?\s+" + _BETWEEN.pattern +
                           r"(?:\s*,\s*(?:the|el|la|this|that|este|esta)\s+(?:document|text|instrument|agreement|accord|pact|treaty|"
                           r"documento|texto|instrumento|acuerdo|tratado|pacto|convenio)(?=\s*,?\s*(?:that|which|que|signed|firmad)))?",
                           re.I)


# "by A, <who A is>, and B, <who B is>": signatories; stops at "alongside", "in the presence of", ...
_BY = literals.compile(r"\b(?:by|por|(?:corrió|estuvo)\s+a\s+cargo\s+de(?:l\b)?)\s*", re.I)  # "la firma corrió a cargo del ministro X"
_BY_STOP = literals.compile(r"\b(?:alongside|in\s+the\s+presence|witnessed|while|who|whose|which|cuy[oa]s?|after|before|junto\s+a|junto\s+con|"
                      r"(?:with|con)(?=\s+[^;]{0,80}?\b(?:looking\s+on|watching|in\s+attendance|como\s+testigos?|de\s+testigos?)\b)|"
                      r"en\s+presencia|(?:con|en)\s+(?:la\s+)?presencia|ante|mientras|tras|después|antes|luego|que|quien|quienes|durante|"
                      r"during)\b|[;(]", re.I)  # ("..., cinco meses después de romper relaciones con B": not a signatory)
# "with his Somali counterpart(, X)", "con su homólogo somalí(, X)": the partner state is the adjective's
_COUNTERPART = literals.compile(r"\b(?:with|and|con|y)\s+(?:his|her|their|its|su|sus)\s+(?:(?P<pre>[\w-]+)\s+(?:[\w-]+\s+)?)?"
                          r"(?:counterparts?|homólog[oa]s?|(?<=su\s)par|(?<=sus\s)pares)(?:\s+(?!(?:in|at|on|from|en|desde)\b)(?P<post>[^\W\d_]+))?"
                          r"(?:\s*,?\s*⟦(?P<slot>\d+)⟧)?", re.I)  # (not the place: "his Ugandan counterpart in ⟦Paris⟧")
# references to an agreement without a signing verb: "under the 2019 defence pact between A and B",
# "A's 2015 deal with B", "the A-B memorandum", "el tratado de 1951 entre A y B"
_REF_BETWEEN = literals.compile(r"(?:\s+(?:of|on|for|de|del|sobre|para)\s+[^⟦,;()]{1,40}?)?\s*,?\s+(?=(?:between|entre)\s)", re.I)
_REF_WITH = literals.compile(r"\s+(?:with|con)\s+(?:the\s+|el\s+|la\s+)?⟦(\d+)⟧", re.I)
_POSSESSIVE = literals.compile(r"⟦(\d+)⟧['’](?:s\s+)?$")  # the phrase may begin at the "s"
_ITS_WITH = literals.compile(r"(?P<tail>(?:\s+(?!(?:with|con|que|that|which|signed|firmad\w*|suscrit\w*)\b)[a-záéíóúñ\d][\w-]*){0,4}?)"
                             r"\s+(?:with|con)\s+(?:the\s+|el\s+|la\s+)?⟦(?P<w>\d+)⟧", re.I)
_ITS = literals.compile(r"\b(?:its|their|su|sus)\s+(?:[\w-]+\s+){0,7}$", re.I)
# the slot that opens a clause (its subject in the common order): "Turkey has supplied ...", "Since 2020, Egypt has ...",
# "The Houthis ...", "Los hutíes ..." (a capital "El"/"La" measured worse on unread text: 2 more wrong parties)
_CLAUSE_SUBJECT = literals.compile(r"[\s,;:]*(?:(?:[A-Z]\w*\s+){0,3}(?:\d{4}|[A-Z]\w+)\s*,\s*)?(?:[Tt]he\s+|el\s+|la\s+|[Ll]os\s+|[Ll]as\s+)?⟦(\d+)⟧"
                                   r"(?!\s*['’])")
_HYPHEN_PAIR = literals.compile(r"⟦(\d+)⟧\s*[-–/]\s*⟦(\d+)⟧\s+$")
_OF_WITH = literals.compile(r"\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?⟦(\d+)⟧\s+(?:with|con)\s+(?:the\s+|la\s+|el\s+)?⟦(\d+)⟧", re.I)
# what doubts an agreement's very existence: "denied that the 2019 pact ... exists", "no such accord", "negó que exista"
_NO_SUCH = literals.compile(r"\b(?:exist\w*|no\s+such|non-?existent|inexistent\w*|ningún|ninguna|den(?:y|ies|ied)\s+(?:that|any)|"
                      r"desminti\w*|neg(?:ó|aron)\s+que)\b", re.I)
_TALKS = literals.compile(r"\b(?:talks?|negotiat\w*|discuss\w*|draft\w*|propos\w*|conversaciones|negoci\w*|diálogo|borrador|propuest\w*)\b", re.I)
_ENDING = literals.compile(r"\b(?:suspend\w*|suspendi\w*|cancel\w*|terminat\w*|scrap\w*|tore\s+up|tear\w*\s+up|withdr[ae]w\w*|withdrawn|"
                     r"pull\w*\s+out|quit|abandon\w*|walk\w*\s+away|rompi\w*|denunci\w*|se\s+retir\w*|retir\w*|rescind\w*|"
                     r"(?:pone|puso|ponen|pusieron)\s+fin|dio\s+por\s+terminado)\b", re.I)
_REF_NEG = literals.compile(r"(?<=\w)n['’]t\b|\b(?:not|never|no|den(?:y|ies|ied)|nunca|jamás|neg(?:ó|aron|a|an)|desminti\w*)\b", re.I)
_YEAR = literals.compile(r"\b(?:1[89]|20)\d\d\b")
_REF_YEAR_AFTER = literals.compile(r"\s+(?:of|de)\s+(?:1[89]|20)\d\d\b")
# a month naming a definite agreement ("the May ceasefire between A and B", "la tregua de mayo entre A y B")
_REF_MONTH = literals.compile(r"\b(?-i:" + "|".join(m.capitalize() for m in dates.MONTH_NAMES_EN) + r")\b")
_REF_MONTH_AFTER = literals.compile(r"\s+de\s+(?P<m>" + "|".join(dates.MONTH_NAMES_ES) + r")\b(?!\s+(?:de|del)\s+\d)", re.I)
# "A and the Moroccan minister-delegate for defence, B, signed": a titled person joined to a subject
_TITLE_GAP = literals.compile(r"⟦(\d+)⟧\s*,?\s*(?:and|y|e)\s+(?:the\s+|el\s+|la\s+|his\s+|her\s+|su\s+)?"
                        r"(?P<title>[^⟦;:,]{3,110}?)\s*,\s*$", re.I)
_TITLE_WORD = literals.compile(r"\b(?:minister|ministr[oa]|president[ea]?|canciller|secretary|secretari[oa]|envoy|enviad[oa]|"
                         r"ambassador|embajador[a]?|chief|jef[ea]|head|commander|comandante|delegate|delegad[oa]|"
                         r"representative|representante|premier|leader|líder|mandatari[oa]|foreign|defen[cs]e|defensa)\b", re.I)
_SAY = literals.compile(r"\b(?:said|says|told|announced|reported|dijo|afirmó|informó|anunció|aseguró|señaló)\b", re.I)


@dataclass
class Reading:
    """One signing read off a sentence: slot indices by role, and the skeleton span it covers."""

    head: str
    span: tuple[int, int]
    subj_pos: int
    parties: list[int] = field(default_factory=list)
    signers: list[int] = field(default_factory=list)
    partners: list[tuple[int, tuple[int, int]]] = field(default_factory=list)  # "with X" + its own date span
    signs: bool = False  # the verb is one of signing proper (sign, ink, initial, firmar, suscribir, rubricar)
    signed: bool = False  # ... or the accord "was signed"/"fue firmado": its date is the signing's
    definite: bool = False  # "the pact", "el acuerdo", "dicho memorando": may be the document's agreement
    name: str | None = None  # "the Paris Agreement", "el Tratado de Tlatelolco": an agreement with a name of its own
    ref: bool = False  # named, not signed, here ("under the 2019 pact between A and B"): dated only by its own text
    year: str | None = None  # a reference's own year ("the 2019 pact", "el tratado de 1951")
    month: int | None = None  # a reference's own month ("the May ceasefire", "la tregua de mayo": the latest one; with its year, "the November 2024 ceasefire")
    referred: bool = False  # signed, but named first and its signing told after it ("the pact (that A) signed (by A)"):
    # undated, it is an agreement the text refers to, not news of the report's day
    counterparts: list[tuple[str, int | None, tuple[int, int]]] = field(default_factory=list)  # "his Somali counterpart"
    intro: int = 0  # fresh_mention: 2 "another accord", 1 "a protocol", 0 "the pact"
    year_span: tuple[int, int] | None = None  # a reference's "signed in November 2023": its own date phrase
    kinds: list[str] = field(default_factory=list)  # "two accords — a X agreement and a memorandum": one agreement each
    relative: bool = False  # "the memorandum that A signed with B": signed in a relative clause on the agreement
    date_span: tuple[int, int] | None = None  # where the signing's own date is read, when not the whole reading
    adjectives: tuple[str, str] | None = None  # "the Franco-Algerian accord": the two states' adjectives
    presupposed: bool = False  # a dated definite reference in a clause that plans, doubts or denies something about it
    shift: tuple[int, str, tuple[int, int]] | None = None  # "<date>, five years after it signed": (5, "years", date span)
    presupposable: bool = False  # ... or may: dated, definite, its existence not in doubt, no talks about it
    host: int | None = None  # "A flew to ⟦Rabat⟧ and signed ... with X": the place visited, X's state if X has none known


# a name after the head: "Treaty on the Non-Proliferation of Nuclear Weapons", "Acuerdo de Escazú"
_NOT_NAME = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
             r"August|September|October|November|December)\b)")
# (a city in the name is a slot: "la Convención de ⟦k⟧", restored to its text by signing_claims)
_NAME_TAIL = literals.compile(rf"\s+(?:on|of|for|de|del|sobre|para)\s+(?:(?:the|la|el|los|las)\s+)?(?:{_NOT_NAME}[A-ZÁÉÍÓÚ][\w’'-]*|⟦\d+⟧)"
                        rf"(?:\s+(?:(?:of|on|and|for|the|de|del|y|e|la|el|los|las|para)\s+)*{_NOT_NAME}[A-ZÁÉÍÓÚ][\w’'-]*)*")


_PLACE_BEFORE = literals.compile(r"\b(?:the|its|their)\s+(⟦\d+⟧)\s+$", re.I)


def _name(skel: str, np: re.Match) -> str | None:
    """The agreement's own name when the text gives one in capitals ("the Paris Agreement",
    "the Treaty of Asunción", "el Acuerdo de Escazú"), else None."""
    head = np.group("head")
    if not head[:1].isupper():
        return None
    mods = (np.group("mods") or "").split()
    caps: list[str] = []  # the capitalised words right before the head ("joined the Escazú Agreement")
    for w in reversed(mods):
        if not (w[:1].isupper() or w[:1].isdigit() or (w.startswith("⟦") and w.endswith("⟧"))):
            break  # (a place in the name is a slot: "the ⟦Paris⟧ Agreement", restored by signing_claims)
        caps.insert(0, w)
    tail = _NAME_TAIL.match(skel, np.end())
    place = _PLACE_BEFORE.search(skel, max(0, np.start() - 24), np.start()) if not mods else None
    if place is not None:  # "the ⟦Paris⟧ Agreement": the phrase began after the slot
        return " ".join([place.group(1), head] + ([tail.group().strip()] if tail else []))
    if caps and np.start() + skel[np.start():].find(caps[0]) > 0:
        return " ".join(caps + [head] + ([tail.group().strip()] if tail else []))
    mods = caps
    if tail and not mods:
        return f"{head} {tail.group().strip()}"
    return None


# agreement nouns whose plural is the same kind ("los acuerdos bilaterales" is of the kind "acuerdo")
_PLURAL_HEADS = ("accords", "deals", "pacts", "agreements", "acuerdos", "convenios", "pactos", "protocolos", "compacts", "charters")


def singular_kind(kind: str) -> str:
    """One kind whatever the number: "los acuerdos" are of the kind "acuerdo" (lower case in)."""
    return kind[:-1] if kind.endswith(_PLURAL_HEADS) else kind


def kind_of(head: str) -> str:
    known = agreement_names.kind_for(head) if head[:1].isupper() else None
    if known:
        return known  # "JCPOA", "the Rome Statute": the known agreement's kind
    h = head.lower()
    if re.search(r"memor|\bmou", h):
        return "memorandum of understanding"
    if re.search(r"treat|tratado", h):
        return "treaty"
    if re.search(r"intent|intenci", h):
        return "letter of intent"
    if re.search(r"fire|fuego|truce|tregua|armist", h):
        return "ceasefire"
    if re.search(r"^declara", h):
        return "declaration"
    if re.search(r"contra(?:ct|to)", h):
        return "contract"  # a purchase signed by two governments or a government and a firm
    return re.sub(r"\s+", " ", singular_kind(h))


def _clause(skel: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _CLAUSE_END.finditer(skel, 0, at):
        start = m.end()
    m = _CLAUSE_END.search(skel, at)
    return start, (m.start() if m else len(skel))


# "⟦A⟧ and ⟦B⟧' state energy companies, X and Y, signed": the states own the signers, firms that are parties of their own
_OWNED_FIRMS = literals.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:compan(?:y|ies)|firms?|producers?|operators?|corporations?|banks?|"
                          r"giants?|conglomerates?|shipyards?|manufacturers?)\b", re.I)


def _subjects(skel: str, cs: int, v: int) -> tuple[list[int], int]:
    """The slot list that is the clause's subject: the last list before the verb that no
    preposition governs ("the ministers of A" is not A signing), with only adverbials between."""
    region = skel[cs:v]
    aside = _ASIDE.search(region)
    if aside is not None and not _BLOCK_ASIDE.search(aside.group()):
        # "A and B, which have disputed their border for decades, signed", "A y B, que ..., firmaron", "A,
        # both members of C, signed": the subject is the list before the aside, whatever it names
        region = region[:aside.start()]
    best = None
    for m in _LIST.finditer(region):
        best = m
    if best is None:
        return _pronoun_subjects(skel, cs, v)
    fill = region[best.end():]
    if _RELATIVE_SUBJECT.match(fill):
        fill = ""  # "Vanuatu, which signed ...", "el MILF, que firmó ...": the list is the relative's subject
    if fill[:1] in ("'", "’"):
        # "Uzbekneftegaz, Uzbekistan's state oil and gas producer, joined": the last slot owns the
        # apposition's noun; the body before the comma is the subject
        owned = _OWNER_APPOS.search(region, 0, best.start() + best.group().rfind("⟦"))
        if owned:
            return [int(owned.group(1))], cs + owned.start()
    if SLOT.search(fill) or len(fill) > 70 or re.search(r"\b(?:that|which|who|whom|que|quien|quienes|cuyo)\b", fill, re.I) \
            or _SAY.search(fill):
        return [], v
    if _OWNED_FIRMS.match(fill):
        # "⟦Rosatom⟧, ⟦Russia⟧'s state nuclear company, signed": the firm before its owner's apposition signs;
        # "⟦A⟧ and ⟦B⟧' state energy companies, X and Y, signed": nobody named here
        items = SLOT.findall(best.group())
        if len(items) >= 2 and re.search(r"⟧\s*,\s*(?:the\s+)?⟦\d+⟧$", best.group()):
            return [int(x) for x in items[:-1]], cs + best.start()
        return [], v
    before = region[:best.start()]
    members = [int(x) for x in SLOT.findall(best.group())]
    if len(members) >= 3 and fronted_first(skel, members):
        # "Hosted by A, B and C signed": the first belongs to the phrase in front; the rest is the subject
        return members[1:], cs + best.start() + best.group().find("⟦", 1)
    tg = _TITLE_GAP.search(before)
    if tg and _TITLE_WORD.search(tg.group("title")) and not _SAY.search(tg.group("title")):
        # "A y el ministro delegado marroquí encargado de la Defensa, B, firmaron": both sign
        before = region[:tg.start()]
        if _PREP_BEFORE.search(before) and not _GOV_OF.search(before):
            return [], v
        return [int(tg.group(1))] + [int(x) for x in SLOT.findall(best.group())], cs + tg.start()
    if _PREP_BEFORE.search(before) and not _GOV_OF.search(before):
        return [], v
    items = [int(x) for x in SLOT.findall(best.group())]
    again = _PRONOUN_AGAIN.search(fill)
    if again is not None and (len(items) >= 2) == (again.group("p").lower() in _PLURAL_PRONOUNS):
        # "A and B deny any arms trade, though they signed a pact": the pronoun takes the list up again in a clause of
        # its own, whose verb group starts there (the denial is the first clause's)
        return items, cs + best.end() + again.start("p")
    return items, cs + best.start()


# A second verb phrase of the clause's subject: "⟦A⟧ hosted the talks and (later) signed a pact with ⟦B⟧", "⟦A⟧ recibió
# a la delegación y luego firmó un acuerdo": the signing's subject is the list opening the clause. The conjunction and
# adverbs of sequence right before the verb ...
_VP_AND = literals.compile(r"(?:,\s*)?\s(?:and|y|e)\s+(?:(?:then|later|also|subsequently|finally|eventually|jointly|luego|después|"
                           r"también|posteriormente|finalmente|ya|conjuntamente)\s+)*(?:(?:has|have|had|ha|han|había|habían)\s+)?$", re.I)
# ... the first verb phrase opened by a verb of that subject (no apposition, possessive or preposition after it) ...
_VP_FIRST = literals.compile(r"\s+(?:(?:has|have|had|also|first|ha|han|había|habían|también|primero|ya|se|le|les|lo)\s+)*"
                             r"(?!(?:and|or|of|in|on|at|with|for|to|y|o|e|de|del|en|con|para|a|al)\b)(?-i:[a-záéíóúñ]{3,})\b")
# ... and no clause of its own in it: a relative, a report, a contrast, a subordinate, another subject after a comma
# or a conjunction ("⟦A⟧ refused the talks and ⟦B⟧ signed" has a subject of its own and is not read here)
_VP_OWN_CLAUSE = literals.compile(r"[;:()]|\b(?:that|which|who|whom|whose|but|yet|while|whereas|although|though|when|because|"
                                  r"after|before|que|quien|quienes|cuy[oa]s?|pero|sino|mientras|aunque|cuando|porque|tras|"
                                  r"said|says|told|announced|reported|dijo|afirmó|informó|anunció|aseguró|señaló)\b|"
                                  r"(?:,|\b(?:and|y|e))\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?⟦\d+⟧(?!\s*['’])\s+"
                                  r"(?!(?:and|y|e|or|o)\b)(?-i:[a-záéíóúñ]{3,})", re.I)

# time or place phrases before the subject, closed by commas ("Less than a year later, on 24 November 2021, ⟦A⟧ ...")
_VP_LEAD = literals.compile(r"\s*(?:[^⟦,;:()]{1,45},\s*){1,2}(?=(?:[Tt]he\s+|el\s+|la\s+|[Ll]os\s+|[Ll]as\s+)?⟦)")

_VP_ARTICLE = literals.compile(r"\s*(?:El|La|Los|Las)\s+(?=⟦)")


def _shared_subject(skel: str, cs: int, v: int, lang: str) -> tuple[list[int], int, int, int | None] | None:
    """The subject list the signing verb at `v` shares with an earlier verb phrase of its clause, its position, where
    the signing's own verb group starts (after "and") and the place a first "visited/flew to" names; None when the verb
    is no second verb phrase. A first verb phrase that is a refusal, plan or hypothesis governs the signing too:
    ([], v, v, None), no signing made; talks held before the signing are no plan of it ("hosted the talks and signed")."""
    conj = _VP_AND.search(skel, cs, v)
    if conj is None or conj.end() != v:
        return None
    art = _VP_ARTICLE.match(skel, cs)  # ("El ⟦ministro X⟧ viajó a ... y firmó")
    first = _CLAUSE_SUBJECT.match(skel, art.end() if art else cs)
    lead = _VP_LEAD.match(skel, cs, conj.start()) if first is None else None
    if lead is not None and not _VP_OWN_CLAUSE.search(lead.group()):
        first = _CLAUSE_SUBJECT.match(skel, lead.end())  # "Less than a year later, on 24 November 2021, ⟦A⟧ flew to ..."
    if first is None or first.end() > conj.start():
        return None
    lst = _LIST.match(skel, first.start(1) - 1)
    if lst is None or lst.end() > conj.start():
        return None
    vp1 = skel[lst.end():conj.start()]
    if not _VP_FIRST.match(vp1) or len(vp1) > 140 or _VP_OWN_CLAUSE.search(vp1):
        return None
    if _BLOCK[lang].search(_TALKS.sub(" ", vp1)):
        return [], v, v, None
    visit = _VISITED.match(vp1)
    return [int(x) for x in SLOT.findall(lst.group())], lst.start(), conj.end(), int(visit.group(1)) if visit else None


# the first verb phrase a visit to the place named: the host there is the signing's other side
_VISITED = literals.compile(r"\s+(?:(?:also|first|then|ya|también|primero)\s+)*(?:visited|flew\s+to|travell?ed\s+to|went\s+to|"
                            r"arrived\s+in|landed\s+in|visitó|visitaron|viajó\s+a|viajaron\s+a|llegó\s+a|llegaron\s+a|"
                            r"se\s+desplazó\s+a)\s+(?:the\s+|la\s+|el\s+)?⟦(\d+)⟧\s*$", re.I)


def _pronoun_subjects(skel: str, cs: int, v: int) -> tuple[list[int], int]:
    """A clause opened by a concessive whose subject is a pronoun ("A and B deny any trade, but they signed ...",
    "..., aunque ellos firmaron ..."): the list that opens the clause before, if the pronoun's number fits it."""
    pro = _BARE_PRONOUN.fullmatch(skel, cs, v)
    if pro is None or cs == 0:
        return [], v
    first = _CLAUSE_SUBJECT.match(skel, _clause(skel, cs - 1)[0])
    lst = _LIST.match(skel, first.start(1) - 1) if first is not None else None
    if lst is None:
        return [], v
    items = [int(x) for x in SLOT.findall(lst.group())]
    if (len(items) >= 2) != (pro.group("p").lower() in _PLURAL_PRONOUNS):
        return [], v
    return items, pro.start("p")


# a subject pronoun and the adverbs or auxiliary before its verb; a plural one takes up a list of two or more
_PRONOUN_SUBJECT = r"(?P<p>they|it|ellos|ellas|ambos|ambas)\s+(?:(?:have|had|has|also|later|then|jointly|también|luego|después|ya)\s+)*"
_PLURAL_PRONOUNS = ("they", "ellos", "ellas", "ambos", "ambas")
_BARE_PRONOUN = literals.compile(r"\s*" + _PRONOUN_SUBJECT, re.I)


# a subject pronoun that takes the clause's list up again after a clause break ("..., though they signed",
# "..., pero ellos firmaron"), nothing but adverbs before the verb
_PRONOUN_AGAIN = literals.compile(r"(?:[,;]\s*|\s)(?:though|although|but|yet|and|while|whereas|aunque|pero|y|mientras)\s+"
                                  + _PRONOUN_SUBJECT + r"$", re.I)


# a non-restrictive relative clause or apposition closed by a comma right before the verb: "A and B, who heads
# C's D, signed", "A y B, que llevan años negociando, firmaron", "A and B, both members of C, signed"
_ASIDE = literals.compile(r",\s*(?:who|which|whose|que|quien|quienes|cuy[oa]s?|both|ambos|ambas|each|then|entonces|"
                    r"long|longtime|once|until\s+recently|hasta\s+hace|"
                    # the occasion between the subject and the verb: "A, on his first visit to Kyiv as prime minister, signed",
                    # "A, during a two-day trip to B, signed", "A, en su primera visita oficial a B, firmó"
                    r"(?:on|during|while\s+on|in\s+the\s+course\s+of|at|en|durante|con\s+motivo\s+de)\s+(?:his|her|their|its|a|an|the|su|sus|"
                    r"una|un|la|el)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stop|stopover|summit|visita|viaje|gira|escala|cumbre))"
                    r"\b[^,;:()]{3,110},\s*(?:(?:on|last|this|in|el|ayer|"
                    r"hoy|también|also|finally|finalmente|jointly|formally)\b[^,;:⟦]{0,25}?\s*)?$", re.I)
# "⟦0⟧, " right before a possessive apposition ("⟦0⟧, ⟦1⟧'s state oil producer, joined")
_OWNER_APPOS = literals.compile(r"⟦(\d+)⟧\s*,\s*(?:the\s+)?$")
# ... that is no report or request of its own ("A, which B urged to sign, signed nothing" stays unread)
_BLOCK_ASIDE = literals.compile(r"\b(?:said|says|urged|asked|pressed|told|dijo|instó|pidió|exigió|según|according)\b", re.I)
# after "with B": a comma that still goes on with the signing ("with B, in Nairobi, on Monday")
_CLAUSE_GO_ON = literals.compile(r",\s+(?:in|on|at|en|el|last|this|ayer|hoy)\b", re.I)
# ", which signed", ", que firmó": the slot list right before is the subject of the relative clause's verb
_RELATIVE_SUBJECT = literals.compile(r"\s*,\s*(?:which|who|que|quien|quienes|el\s+cual|la\s+cual)\s+(?:(?:also|already|previously|"
                               r"then|later|finally|ya|también|luego|finalmente)\s+)?(?:(?:has|have|had|ha|han|había|habían)\s+)?$",
                               re.I)


def _by_list(skel: str, at: int, end: int) -> list[int]:
    m = _BY.search(skel, at, end)
    if not m or m.start() - at > 60:
        return []
    stop = _BY_STOP.search(skel, m.end(), end)
    while stop is not None:
        # "by A, who was then foreign minister, and B": the aside on one signatory, the list goes on after it
        aside = _SIGNER_RELATIVE.match(skel, stop.start(), end)
        if aside is None:
            break
        stop = _BY_STOP.search(skel, aside.end(), end)
    e = stop.start() if stop else end
    # (not the place after them: "agreed by A and B in ⟦Addis Ababa⟧" is hosted there, not signed by it)
    return [int(x.group(1)) for x in SLOT.finditer(skel, m.end(), e) if not _PLACE_BEFORE_SLOT.search(skel, max(m.end(), x.start() - 12), x.start())]


_SIGNER_RELATIVE = literals.compile(r"(?:who|quien)\b[^,;.⟦()]{1,60},\s*(?:and|y|e)\s+(?:by\s+|por\s+)?(?:(?:the|el|la)\s+)?"
                              r"(?:(?:then|entonces)\s+)?(?=⟦)", re.I)
_PLACE_BEFORE_SLOT = literals.compile(r"\b(?:in|at|en)\s+(?:the\s+)?$", re.I)


# a cheap test first: most sentences name no agreement, and the noun-phrase regex is the costly part
_ANY_HEAD = {"en": literals.compile(rf"\b(?:{_HEAD_EN})\b", re.I), "es": literals.compile(rf"\b(?:{_HEAD_ES})\b", re.I)}


def _noun_phrases(skel: str, lang: str):
    """The agreement noun phrases, found from their heads: the phrase regex runs only on the few
    words before each head (measured: a scan of the whole sentence was most of this module's cost)."""
    end = 0
    for h in literals.finditer(_ANY_HEAD[lang], skel):
        if h.start() < end:
            continue
        # (a few characters past the head: a head's lookahead, "declaración de ⟦k⟧", reads them)
        # ("el acta fue firmada": that head's lookahead reads its passive)
        ahead = 40 if h.group()[:4].lower() == "acta" else 6
        for np in _NP[lang].finditer(skel, max(end, h.start() - 80), min(len(skel), h.end() + ahead)):
            if np.end() == h.end():
                end = np.end()
                yield np
                break


_PARTNER_AFTER = literals.compile(r"\w*(?:\s+(?:[^⟦;,.]{0,40}?\s+)?)?(?:with|con)\s+(?:the\s+|el\s+|la\s+)?⟦(\d+)⟧", re.I)
_PLURAL = literals.compile(r"(?:agreements|accords|deals|pacts|treaties|memoranda|memorandums|mous|protocols|contracts|acuerdos|convenios|"
                     r"tratados|pactos|memorandos|memorándums|protocolos|contratos)$", re.I)


# between an agreement and "with ⟦k⟧": a purpose clause or another noun that takes "with" ("a deal to end the war
# with ⟦k⟧", "un acuerdo para poner fin a la guerra con ⟦k⟧", "a pact on trade with ⟦k⟧"): ⟦k⟧ is no partner
_NOT_PARTNER_GAP = literals.compile(r"\b(?:to|in\s+order\s+to|aimed\s+at|that|which|para|a\s+fin\s+de|que|war|wars|conflict|fighting|"
                              r"clashes|talks|dispute|tensions|relations|ties|hostilities|guerra|conflicto|combates|enfrentamientos|"
                              r"conversaciones|disputa|tensiones|relaciones|lazos|hostilidades)\b", re.I)


# "the only major agreement the two signed was the Black Sea Grain Initiative", "el único gran acuerdo firmado por ambos
# países fue la Iniciativa de Granos del Mar Negro": a description whose copula names the agreement it means
_COPULA_THEN = literals.compile(r"[^.;:]{0,100}?\s(?:was|is|remains|remained|has\s+been|had\s+been|fue|es|era|sigue\s+siendo|"
                                r"ha\s+sido|había\s+sido)\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?=(?-i:[A-ZÁÉÍÓÚ]))", re.I)
_NAME_HEAD = literals.compile(r"(?-i:(?:[A-ZÁÉÍÓÚ][\w’'-]*|de|del|la|las|los|el|of|the|on|for|y|and)\s+){0,7}?"
                              r"(?-i:Agreements?|Accords?|Initiative|Declaration|Treaty|Pact|Protocol|Convention|Charter|Compact|"
                              r"Memorandum|Acuerdos?|Tratado|Iniciativa|Declaración|Pacto|Protocolo|Convención|Convenio|Carta|"
                              r"Memorando|Memorándum)\b")


def copula_name(skel: str, end: int) -> str | None:
    """The named agreement an agreement description (ending at `end`) is said to be by its clause's copula, if any."""
    m = _COPULA_THEN.match(skel, end)
    if m is None:
        return None
    known = [h for h in agreement_names.find(skel[m.end():m.end() + 120]) if h.start() == 0]
    if known:
        return known[0].group()
    named = _NAME_HEAD.match(skel, m.end())
    return named.group().strip() if named is not None else None


def named_by_copula(skel: str, end: int) -> bool:
    """An agreement description (ending at `end`) whose clause goes on to say which named agreement it is."""
    return copula_name(skel, end) is not None


# "the SNSD-led entity government", "Moscow-backed separatists", "the Hamas-run administration": a slot that only modifies
# the noun after it is no party of what that noun signs
_MODIFIER_AFTER = literals.compile(r"-(?:led|backed|run|controlled|dominated|sponsored|supported|brokered|mediated|aligned|allied|"
                                   r"funded|armed|trained|installed|appointed|friendly|leaning)\b", re.I)


# ... or as the agent of a participle on the noun ("separatists backed by ⟦Moscow⟧", "los separatistas respaldados por ⟦Moscú⟧")
# (not "led by": "a delegation led by X signed" is X's signature)
_AGENT_BEFORE = literals.compile(r"\b(?:backed|run|controlled|dominated|sponsored|supported|funded|armed|trained|installed|"
                                 r"respaldad[oa]s?|apoyad[oa]s?|controlad[oa]s?|"
                                 r"patrocinad[oa]s?|financiad[oa]s?|armad[oa]s?|entrenad[oa]s?|instalad[oa]s?)\s+(?:by|por)\s+"
                                 r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)


def modifier_slot(skel: str, i: int) -> bool:
    """Whether slot ⟦i⟧ only modifies a noun: hyphenated before it ("⟦Moscow⟧-backed separatists") or the agent of a
    participle after it ("separatists backed by ⟦Moscow⟧")."""
    at = skel.find(f"⟦{i}⟧")
    return at >= 0 and (_MODIFIER_AFTER.match(skel, at + len(f"⟦{i}⟧")) is not None
                        or _AGENT_BEFORE.search(skel, max(0, at - 40), at) is not None)


def partner_after(skel: str, at: int) -> int | None:
    """The slot of "with ⟦k⟧" right after an agreement phrase that ends at `at`, if any."""
    m = _PARTNER_AFTER.match(skel, at)
    if m is None or _NOT_PARTNER_GAP.search(skel, at, m.start(1)):
        return None
    return int(m.group(1))


def plural(head: str) -> bool:
    return bool(_PLURAL.search(head.strip()))


def _counterparts(skel: str, start: int, end: int) -> list[tuple[str, int | None, tuple[int, int]]]:
    """("Somali", slot or None, span) for each "with his Somali counterpart(, X)" in the clause."""
    out = []
    for m in _COUNTERPART.finditer(skel, start, end):
        word = m.group("post") if m.group(0)[:1] in "cCyY" or (m.group("post") and not m.group("pre")) else m.group("pre")
        if word:
            out.append((word, int(m.group("slot")) if m.group("slot") else None, m.span()))
    return out


# a pair of state adjectives on an agreement: "the Franco-Algerian accord", "the Sino-Russian treaty", "the Turkish-Libyan
# deal", "el acuerdo franco-argelino", "el tratado colombo-venezolano"
_ADJ = r"[^\W\d_]{3,}"
_ADJ_PAIR = literals.compile(rf"(?<![\w-])(?P<a>{_ADJ})-(?P<b>{_ADJ})(?![\w-])")
_ADJ_PAIR_AFTER = literals.compile(rf"\s+(?P<a>{_ADJ})-(?P<b>{_ADJ})(?![\w-])")
# the first half of such a pair when it is no demonym of its own ("Franco-", "sino-", "colombo-")
_COMBINING = {"franco": "state:FRA", "anglo": "state:GBR", "sino": "state:CHN", "indo": "state:IND", "germano": "state:DEU",
              "luso": "state:PRT", "hispano": "state:ESP", "italo": "state:ITA", "ítalo": "state:ITA", "russo": "state:RUS",
              "greco": "state:GRC", "austro": "state:AUT", "belgo": "state:BEL", "nipo": "state:JPN", "colombo": "state:COL",
              "israelo": "state:ISR", "irano": "state:IRN", "turco": "state:TUR", "sirio": "state:SYR", "egipcio": "state:EGY"}


def adjective_states(words: tuple[str, str], demonym) -> list[str]:
    """The two states of an adjective pair ("Franco", "Algerian"), or [] unless both are known and distinct."""
    out = []
    for w in words:
        st = (demonym(w) if demonym is not None else None) or _COMBINING.get(w.lower())
        if not st or not st.startswith("state:"):
            return []
        out.append(st)
    return out if out[0] != out[1] else []


_DEF_IN_MODS = literals.compile(r"\b(?:the|el|la)\s+(?:[\w-]+\s+){0,3}$", re.I)


_MONTH_BEFORE_YEAR = literals.compile(rf"\b(?P<m>{dates.FULL_MONTH})\s+(?:de(?:l)?\s+)?$", re.I)


def _month_before(text: str, at: int) -> int | None:
    """The month named right before the year at text[at:] ("November 2024", "noviembre de 2024"), else None."""
    m = _MONTH_BEFORE_YEAR.search(text, max(0, at - 20), at)
    return dates.MONTHS.get(m.group("m").lower()) if m else None


def _reference(skel: str, np: re.Match, cs: int, ce: int, lang: str) -> Reading | None:
    """An agreement the sentence names without signing it: "under the 2019 defence pact between A and
    B", "A's 2015 deal with B", "the A-B memorandum", "el tratado de 1951 entre A y B". Only a dated,
    definite or named one: "a pact between A and B" may be one still wished for."""
    head = np.group("head")
    lead = skel[max(cs, np.start() - 30):np.start()]
    year = _YEAR.search(np.group("mods") or "") or _REF_YEAR_AFTER.match(skel, np.end())
    definite = bool(_DEFINITE.match(np.group())) or bool(
        _DEF_IN_MODS.search(skel, np.start(), np.start("head")))  # ("invoke the 2019 defence pact": the phrase took the verb)
    r = Reading(head=head, span=(np.start(), np.end()), subj_pos=np.start(), ref=True, name=_name(skel, np),
                definite=definite, year=_YEAR.search(year.group()).group() if year else None)
    if year is not None and definite:
        # (dates23) "the November 2024 ceasefire", "el alto el fuego de noviembre de 2024": the reference's month too
        r.month = _month_before(year.string, year.start())
    if year is None and definite:
        month = _REF_MONTH.search(np.group("mods") or "") or (_REF_MONTH_AFTER.match(skel, np.end()) if lang == "es" else None)
        if month is not None:
            word = (month.groupdict().get("m") or month.group()).lower()
            r.month = dates.MONTHS[word]
    after = skel[np.end():ce]
    bw = _REF_BETWEEN.match(after)
    if bw is not None:
        m = _BETWEEN.match(skel, np.end() + bw.end())
        if m is None:
            return None
        r.parties = _between_parties(m)
        r.span = (np.start(), m.end())
        if r.year is None and _YEAR.search(bw.group()):  # "el pacto de defensa de 2019 entre ..."
            year = _YEAR.search(bw.group())
            r.year = year.group()
            r.month = _month_before(bw.group(), year.start()) if definite else None
    elif _OF_WITH.match(skel, np.end()):
        # "el acuerdo de A con B", "the pact of A with B": A's agreement with B
        m = _OF_WITH.match(skel, np.end())
        r.parties = [int(m.group(1)), int(m.group(2))]
        r.span = (np.start(), m.end())
        definite = definite or bool(re.match(r"(?:del|al)\b", skel[max(0, np.start() - 4):np.start()].strip(), re.I))
    elif _ADJ_PAIR.search(np.group("mods") or "") or _ADJ_PAIR_AFTER.match(skel, np.end()):
        # "the 1968 Franco-Algerian agreement", "el acuerdo franco-argelino de 1968": the pair its adjectives name
        # (resolved to states by signing_claims; an unknown word names nobody)
        adj = _ADJ_PAIR.search(np.group("mods") or "") or _ADJ_PAIR_AFTER.match(skel, np.end())
        r.adjectives = (adj.group("a"), adj.group("b"))
        if adj.re is _ADJ_PAIR_AFTER:
            r.span = (np.start(), adj.end())
            after_year = _REF_YEAR_AFTER.match(skel, adj.end())
            if year is None and after_year is not None:
                year = after_year
                r.year = _YEAR.search(year.group()).group()
                r.span = (np.start(), after_year.end())
        definite = definite or bool(re.match(r"(?:del|al)\b", skel[max(0, np.start() - 4):np.start()].strip(), re.I))
    else:
        own = _POSSESSIVE.search(lead) or _HYPHEN_PAIR.search(lead)
        if own is None:
            # "Turkey has supplied drones under its 2024 framework agreement with Somalia", "Egipto invocó su protocolo
            # de 2024 con Somalia": a dated agreement the clause's subject owns, with the partner it names
            its = _ITS.search(skel, max(cs, np.start() - 60), np.start("head"))
            if its is not None and year is None and (own_year := _YEAR.search(its.group())):
                year, r.year = own_year, own_year.group()  # ("its 2024 defence and economic cooperation agreement")
            wm = _ITS_WITH.match(skel, np.end(), ce) if its else None
            if wm is not None and year is None and (own_year := _YEAR.search(wm.group("tail"))):
                year, r.year = own_year, own_year.group()  # ("su acuerdo marco de 2024 con B")
            first = _CLAUSE_SUBJECT.match(skel, cs) if wm and year else None
            if first is None or first.group(1) == wm.group("w"):
                return None
            r.parties = [int(first.group(1)), int(wm.group("w"))]
            r.span = (np.start(), wm.end())
            definite = True
            own = None
        if own is None:
            pass
        else:
            r.parties = [int(x) for x in own.groups()]
            r.span = (np.start() - len(lead) + own.start(), np.end())
        wm = _REF_WITH.match(skel, np.end()) if own is not None else None
        if wm is not None and len(r.parties) == 1:
            r.parties.append(int(wm.group(1)))
            r.span = (r.span[0], wm.end())
        definite = True  # "A's deal", "the A-B pact": that one
    tail = skel[r.span[1]:ce]
    part = _PARTICIPLE[lang].match(tail)  # "..., signed in 1991": its own year
    if part is not None and r.year is None:
        stop = re.search(r"[,;.]", tail[part.end():part.end() + 30])  # "signed in (Paris in) November 2023"
        py = _YEAR.search(tail, part.end(), part.end() + (stop.start() if stop else 30))
        if py is not None:
            r.year, year = py.group(), py
            r.year_span = (r.span[1] + part.start(), r.span[1] + py.end())  # its month and day too, if it gives them
    if (len(r.parties) < 2 and not r.adjectives) or not (year or definite or r.name):
        return None
    # the clause before the phrase: no plan, talks, exit or refusal ("talks on the 2019 pact between ..."); an exit from
    # an agreement of its own year still names one its parties signed then ("suspended the 1968 Franco-Algerian
    # agreement", "la denuncia del tratado de 1909": measured, four writers' gold keeps them parties)
    clause = skel[:r.span[1]]
    if r.year:
        clause = _ENDING.sub(lambda m: " " * len(m.group()), clause)
    if _NOT_YET_NP.search(skel, max(cs, r.span[0] - 20), r.span[1]):
        return None
    # ("talks on the 2019 pact": the year may name one still negotiated)
    r.presupposable = bool(r.year and definite) and not (_NO_SUCH.search(skel, 0, ce) or _TALKS.search(clause, cs))
    if _BLOCK[lang].search(clause, cs) or _REF_NEG.search(skel, cs, _before_relative(skel, r.span[1], ce)):
        if not r.presupposable:
            return None
        # "threatened to denounce the 1968 Franco-Algerian agreement if ...", "did not invoke the 2019 pact between A and
        # B": a definite agreement of its own year is presupposed, whatever the clause does with it (signing_claims
        # keeps it only when its year is past)
        r.presupposed = True
    r.subj_pos = r.span[0]
    return r


# "the memorandum (on the Belt and Road) that A signed with B in 2017", "la Convención de 1954, que firmaron
# A y B", "el acuerdo que A suscribió con B": the agreement named first, its signing in a relative clause
_REL_LEAD_ES = (r"(?-i:(?:\s+(?!(?:que|y|e|o|con|en|de|del|dice|establece|señala|indica|prevé|permite|obliga|estipula|fue|era|es)\b)"
                r"[a-záéíóúñA-ZÁÉÍÓÚ\d][\w-]*){0,3}?)")  # "el acuerdo marco que", "el plan de cooperación a 20 años que",
# "el Acuerdo General de Seguridad ... que"
_REL_LEAD_REST = (r"(?:\s+(?:on|of|for|de|del|sobre|para|en\s+materia\s+de)\s+(?:[^⟦,;()]|⟦\d+⟧){1,70}?)?(?:\s+(?:of|de)\s+(?:1[89]|20)\d\d)?"
                  r"(?:\s*\((?-i:[A-Z][\w-]{1,12})\))?"  # its acronym: "(GSOMIA)"
                       r"(?:\s*,?\s+(?:that|which|que|el\s+cual|la\s+cual)\s+|\s+(?=⟦\d+⟧(?:\s+(?:and|y)\s+⟦\d+⟧)?\s+"
                       r"(?:had\s+|has\s+|have\s+)?(?:signed|inked|sealed)\b))")
_REL_LEAD = {"en": literals.compile(_REL_LEAD_REST, re.I), "es": literals.compile(_REL_LEAD_ES + _REL_LEAD_REST, re.I)}
# the subjects of a relative signing: a determiner may open it ("that the ⟦EU⟧ signed"), and a person may carry
# a body and a title before the name ("that ⟦European Commission⟧ President ⟦X⟧ and ⟦Y⟧ signed")
# ("the ⟦Peruvian⟧ government", "⟦Peru⟧'s government", "el gobierno de ⟦Perú⟧": the state's own)
_REL_ITEM = (r"(?:(?:the|el|la)\s+)?(?:(?:gobierno|autoridades)\s+(?:de\s+|del\s+)?)?(?:⟦\d+⟧\s+(?-i:[A-Z][\w.'’-]*\s+){1,3})?⟦\d+⟧"
             r"(?:(?:['’]s)?\s+(?:government|authorities|administration)\b)?")
_REL_LIST = rf"{_REL_ITEM}(?:\s*,\s*{_REL_ITEM})*(?:\s*,?\s*(?:and|y|e)\s+(?:los\s+)?{_REL_ITEM})?"
_REL_SIGNED = {
    "en": literals.compile(rf"(?P<list>{_REL_LIST})\s+(?:(?:had|has|have|also|jointly)\s+)?(?:signed|inked|sealed|concluded|(?P<wit>witnessed))\b", re.I),
    "es": literals.compile(rf"(?:(?P<list>{_REL_LIST})\s+(?:(?:había|habían|ha|han)\s+)?(?:firm(?:ó|aron)|firmado|"
                     rf"suscribi(?:ó|eron)|suscrito|rubric(?:ó|aron)|rubricado|sell(?:ó|aron)|sellado|(?P<wit>presenciaron))"
                     rf"|(?:firm(?:ó|aron)|suscribi(?:ó|eron)|rubric(?:ó|aron)|sell(?:ó|aron))\s+(?:en\s+(?:1[89]|20)\d\d\s+)?"
                     rf"(?P<list2>{_LIST.pattern}))", re.I),
}


# the place and date phrases after a relative clause's verb ("in ⟦Tehran⟧ in June 2022", "en ⟦k⟧ el pasado 27 de mayo")
_REL_TAIL = literals.compile(r"(?:\s*,?\s+(?:in|on|at|during|last|back\s+in|en|el|del|durante|a\s+(?:principios|finales|mediados)\s+de)"
                       r"\s+(?:(?:the|el|la|pasado|early|late|mid)\s+)?(?:⟦\d+⟧|\d{1,4}|[A-Za-záéíóúñ]+)(?:\s+(?:pasad[oa]|anterior))?"
                       r"(?:\s+(?:de\s+)?(?:\d{1,4}|[A-Za-záéíóúñ]+)(?=\s+de\s+\d{4}))?(?:,?\s+(?:de\s+)?\d{4})?)*", re.I)


# "X defendió el memorando que firmó en mayo con B", "X defended the pact he signed with B": the relative's subject is
# left out (or a pronoun), so it is the main clause's; read only with a partner ("con B"), one side alone is too little
_EN_PRONOUN_SIGNED = r"(?:he|she|it|they)\s+(?:(?:had|has|have|also|jointly)\s+)?(?:signed|inked|sealed)\b"
_REL_BARE = {
    "en": literals.compile(_EN_PRONOUN_SIGNED, re.I),
    "es": literals.compile(r"(?:(?:había|habían|ha|han)\s+)?(?:firm(?:ó|aron)|firmado|suscribi(?:ó|eron)|suscrito|"
                           r"rubric(?:ó|aron)|rubricado|sell(?:ó|aron))\b", re.I),
}

_PLURAL_BARE = {"en": literals.compile(r"they\b", re.I),
                "es": literals.compile(r"(?:(?:habían|han)\s+)?(?:firmaron|firmado|suscribieron|suscrito|rubricaron|rubricado|"
                                       r"sellaron)\b", re.I)}
# what may follow such a verb: its date or place, the clause's end, another relative ("y que ..."), never a subject
_BARE_TAIL = literals.compile(r"\s*(?:[,.;)]|$|(?:in|on|at|back|last|during|en|el|hace|durante|a\s+(?:principios|finales|mediados))\b|"
                              r"(?:and|y)\s+(?:that|which|que)\b)", re.I)

# "the pact he signed with B": a relative clause with no relative pronoun
_ZERO_REL = literals.compile(rf"\s+(?={_EN_PRONOUN_SIGNED})", re.I)
# a bare relative's lead: its pronoun, or none at all
_REL_LEAD_END = literals.compile(r"(?:(?:that|which|que|el\s+cual|la\s+cual)\s+|^\s+)$", re.I)


# an agreement noun with a determiner of its own after the first one ("... del tratado", "the treaty"; not "el acuerdo de
# alto el fuego que", one agreement)
_OTHER_NP_IN_LEAD = literals.compile(r"\b(?:the|a|an|its|their|el|la|los|las|del|al|un|una|su|sus)\s+(?:[\w-]+\s+){0,3}?"
                                     rf"(?:{_HEAD_EN}|{_HEAD_ES})\b", re.I)


def _relative_signing(skel: str, np: re.Match, ce: int, lang: str) -> Reading | None:
    lead = _REL_LEAD[lang].match(skel, np.end())
    if lead is None and lang == "en":
        lead = _ZERO_REL.match(skel, np.end())  # "the pact he signed with B": no "that"
    between: list[int] = []
    if lead is None and (to_act := _TO_ACT.match(skel, np.end(), ce)) is not None:
        # "el Tratado ... entre A y B, el instrumento que X y Y firmaron": the listed states are its parties
        lead = _REL_LEAD[lang].match(skel, to_act.end())
        between = [x for bm in _BETWEEN.finditer(skel, np.end(), to_act.end()) for x in _between_parties(bm)]
    if lead is None:
        return None
    if _OTHER_NP_IN_LEAD.search(lead.group()) and _NP[lang].search(lead.group()) and not between:
        # "el pacto sigue el modelo del tratado ... que Moscú firmó con Irán", "the deal mirrors the treaty that A
        # signed": the relative clause is the later agreement noun's (read there), not this one's
        return None
    if not between:  # ("el Tratado de Asociación entre A y B, que X y Y firmaron": the lead took the list in)
        between = [x for bm in _BETWEEN.finditer(skel, np.end(), lead.end()) for x in _between_parties(bm)]
    m = _REL_SIGNED[lang].match(skel, lead.end())
    bare = None
    if m is None:
        m = bare = _REL_BARE[lang].match(skel, lead.end())
        if bare is None or not _REL_LEAD_END.search(lead.group()):
            return None
    lst = "" if bare is not None else (m.group("list") or m.groupdict().get("list2") or "")
    end = skel.find(",", m.end(), ce)
    end = ce if end < 0 else end
    r = Reading(head=np.group("head"), span=(np.start(), end), subj_pos=np.start(), signs=True, signed=True, referred=True, relative=True,
                name=_name(skel, np), definite=bool(_DEFINITE.match(np.group())))
    # (an item's body before its title and name is whom the person works for, not another party)
    r.parties = [int(SLOT.findall(it.group())[-1]) for it in re.finditer(_REL_ITEM, lst)] + between
    if m.groupdict().get("wit"):
        # "the memorandum that A and B witnessed": two leaders at their ministers' signing, parties and no signatories
        # (one witness is a host or a mediator; a peace deal's witnesses are its guarantors)
        if len(r.parties) < 2 or _PEACE.search(skel, np.start(), min(len(skel), np.end() + 12)):
            return None
        r.signs = False
    for w in _WITH.finditer(skel, m.end(), end):
        r.partners.append((int(w.group(1)), (w.start(), w.end())))  # (to the clause's tail: see below)
    r.counterparts = _counterparts(skel, np.start(), end)
    if bare is not None:
        cs = _clause(skel, np.start())[0]
        r.parties, pos = _subjects(skel, cs, np.start())
        # "Tokio y Seúl mantienen el acuerdo que firmaron en 2016", "A and B kept the pact they signed": a plural verb
        # with nothing but its date or place after it takes the clause's two subjects as the signers
        both = len(r.parties) >= 2 and _PLURAL_BARE[lang].match(bare.group()) and _BARE_TAIL.match(skel, bare.end())
        if not r.parties or not (r.partners or r.counterparts or both):
            return None
        r.span, r.subj_pos = (pos, r.span[1]), pos
    # (the relative clause and its place and date; not the main clause after it: "el plan que A y B firmaron en
    # 2022 incluye un capítulo cuyo contenido no se ha hecho público" is signed, whatever is not public)
    last = max([m.end()] + [b for _, (a, b) in r.partners])  # ("que A firmó con B en 2023": past the partner)
    tail = _REL_TAIL.match(skel, last)
    scope = min(end, tail.end() if tail else last)
    # (the main clause after it is not the signing's: "el acuerdo que A y B firmaron el año pasado prevé ...")
    r.partners = [(k, (a, max(scope, b))) for k, (a, b) in r.partners]
    r.span = (r.span[0], max([scope] + [p[1][1] for p in r.partners]))
    if _BLOCK[lang].search(skel, lead.start(), scope) or _REF_NEG.search(skel, lead.start(), scope):
        return None
    if _YEAR.search(skel, m.start(), scope):
        # "suspended in June 2022 the treaty it had signed with Spain in 2002": the relative clause dates its signing
        r.date_span = (m.start(), scope)
    year = _YEAR.search(skel, m.end(), end)
    if year is not None and not _NO_SUCH.search(skel, _clause(skel, np.start())[0]) and (
            r.definite or re.search(r"\b(?:del|al)\s+$", skel[max(0, np.start() - 5):np.start()], re.I)):
        # "la denuncia del tratado que ambos países firmaron en 1909, después de que X acusara a Y": a dated signing in a
        # relative clause on a definite agreement is presupposed, whatever the sentence around it alleges or plans
        r.year, r.presupposable = year.group(), True
    return r


# a standing party in a relative clause: "the 1977 Neutrality Treaty, to which both Panama and the United States are
# parties", "the treaty, of which A is a signatory", "el Tratado de 1977, del que ambos países son parte", "la convención,
# de la que A y B son Estados parte" (no signing told: parties, no signatories, the agreement's own year)
_REL_PARTY = {
    "en": literals.compile(rf"\s*,?\s+(?:to|of)\s+which\s+(?:(?:both|all)\s+)?(?P<list>{_REL_LIST})\s+(?:(?:are|is|were|was|remain|remains|"
                           rf"have\s+been|has\s+been|had\s+been|became|become|becomes)\s+)(?:(?:both|all|also|still|now)\s+)?(?:a\s+|the\s+)?"
                           rf"(?:(?:state\s+)?part(?:y|ies)|signator(?:y|ies))\b", re.I),
    "es": literals.compile(rf"\s*,?\s+(?:del|de\s+la|de\s+los|de\s+las)\s+(?:que|cual|cuales)\s+(?:(?:ambos|ambas)\s+)?(?P<list>{_REL_LIST})\s+"
                           rf"(?:es|son|era|eran|fue|fueron|ha\s+sido|han\s+sido|había\s+sido|habían\s+sido|sigue\s+siendo|siguen\s+siendo)\s+"
                           rf"(?:(?:ambos|ambas|también|todavía|aún)\s+)?(?:(?:un|una)\s+)?(?:Estados?\s+)?(?:parte|partes|signatari[oa]s?|firmantes?)\b", re.I),
}


def _relative_party(skel: str, np: re.Match, ce: int, lang: str) -> Reading | None:
    """A standing party told in a relative clause on the agreement (see _REL_PARTY)."""
    rx = _REL_PARTY.get(lang)
    if rx is None:
        return None
    lead = _REL_LEAD_REST_PARTY.match(skel, np.end())
    m = rx.match(skel, lead.end() if lead else np.end())
    if m is None:
        return None
    if _BLOCK[lang].search(m.group()) or _REF_NEG.search(m.group()) or _NO_SUCH.search(m.group()):
        return None
    r = Reading(head=np.group("head"), span=(np.start(), m.end()), subj_pos=np.start(), signs=False, signed=True, referred=True,
                relative=True, name=_name(skel, np), definite=bool(_DEFINITE.match(np.group())))
    r.parties = [int(SLOT.findall(it.group())[-1]) for it in re.finditer(_REL_ITEM, m.group("list"))]
    if len(r.parties) < 2:
        return None  # (one state's party-hood to an agreement named alone is no agreement of a pair read here)
    year = _YEAR.search(skel, np.start(), m.start())
    if year is not None:
        r.year, r.presupposable = year.group(), True
    return r


# the agreement's name or description before the relative ("the treaty on the canal's neutrality of 1977, to which")
_REL_LEAD_REST_PARTY = literals.compile(r"(?:\s+(?:on|of|for|de|del|sobre|para|en\s+materia\s+de)\s+(?:[^⟦,;()]|⟦\d+⟧){1,70}?"
                                        r"(?=\s*,?\s+(?:to|of)\s+which|\s*,?\s+(?:del|de\s+la|de\s+los|de\s+las)\s+(?:que|cual)))?", re.I)


# "The Pukpuk Treaty, named after the word for crocodile, was signed ... by A and B": a passive after an apposition
_PASSIVE_APPOS = literals.compile(r"(?:\s+(?:of|on|de|del|sobre)\s+(?:⟦\d+⟧|[A-ZÁÉÍÓÚ][\w-]*(?:\s+[A-ZÁÉÍÓÚ][\w-]*){0,3}))?\s*,[^,;⟦]{3,80},\s*(?:was|were|has\s+been|had\s+been|fue|fueron|ha\s+sido|había\s+sido)\s+"
                            r"(?:signed|inked|sealed|concluded|initial(?:l)?ed|firmad[oa]s?|suscrit[oa]s?|rubricad[oa]s?)\b", re.I)


_PASSIVE_AUX = literals.compile(r"\b(?:was|were|been|being|fue|fueron|sido)\s+(?:\w+ly\s+|\w+mente\s+)?$", re.I)
_RELATIVE_AFTER = literals.compile(r"\s*,?\s*(?:that|which|que|el\s+cual|la\s+cual)\b", re.I)


def _before_relative(skel: str, at: int, ce: int) -> int:
    """Where a reference's clause ends for its negation: before a relative clause on it ("a 2020 agreement
    between A and B that A's authorities have never ratified" was signed; its ratification is denied)."""
    return at if _RELATIVE_AFTER.match(skel, at) else ce


# "A('s foreign ministry) said (on Tuesday) (that) it had signed", "A anunció que (había) firmado": the speaker
_SAID_IT = {
    "en": literals.compile(r"⟦(\d+)⟧(?:['’]s?\s+(?:[\w-]+\s+){0,3}?(?:ministry|government|office|presidency|cabinet))?\s+"
                     r"(?:said|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+"
                     r"(?:had\s+|has\s+|have\s+)?(?:also\s+)?", re.I),
    "es": literals.compile(r"⟦(\d+)⟧\s+(?:anunció|informó|confirmó|dijo|aseguró|señaló)\s+(?:el\s+\w+\s+|este\s+\w+\s+|hoy\s+|ayer\s+)?"
                     r"que\s+(?:(?:había|habían|ha|han)\s+)?(?:también\s+)?", re.I),
}


# a capitalised word and "of/for" right before a capitalised agreement noun: a longer proper name ("Government of
# National Accord", "Movimiento por la Paz"), unless that word is itself an agreement's ("Treaty of Friendship")
_ORG_NAME_BEFORE = literals.compile(r"\b(?-i:(?!(?:Treaty|Agreement|Accord|Protocol|Convention|Pact|Memorandum|Tratado|Acuerdo|"
                              r"Protocolo|Convenio|Convención|Pacto|Memorando|Declaration|Declaración)\b)[A-ZÁÉÍÓÚ][\w’'-]+)\s+"
                              r"(?:of|for|de|del|para|por)\s+(?:(?:the|la|el|los|las)\s+)?$", re.I)


def _number(word: str) -> int:
    """A count written in digits or as a word ("five", "cinco"); 0 when it is neither."""
    word = word.lower()
    return int(word) if word.isdigit() else dates.NUM_WORDS.get(word, 0)


_ACCEPT = literals.compile(r"accept|acept", re.I)
# ", five years after (it) signed", ", dos años después de que (⟦k⟧) firmara": counted back from the date before the comma
_ONE_TO_TEN = dates.count_words(1, 10, articles=True)  # ("a year", "five years", "un año", "cinco años")
_SHIFT = literals.compile(r",\s+(?:some\s+|about\s+|unos\s+|unas\s+)?(?P<n>\d{1,2}|" + _ONE_TO_TEN + r")\s+(?P<unit>years?|months?|decades?|años?|mes(?:es)?|décadas?)\s+"
                    r"(?:after|later\s+than|después\s+de(?:\s+que)?)\s+(?:it|they|he|she|⟦\d+⟧(?:\s+(?:and|y)\s+⟦\d+⟧)?)?\s*$", re.I)


# "The decision comes a year after A and B signed", "La medida llega dos años después de que A firmara": counted back
# from the report's day (the present of "comes" is the news)
_COMES_AFTER = literals.compile(r"\b(?:comes?|arrives?|llega|llegan|se\s+produce|se\s+producen)\s+(?:just\s+|only\s+|almost\s+|nearly\s+|"
                          r"apenas\s+|justo\s+|casi\s+)?(?P<n>\d{1,2}|" + _ONE_TO_TEN + r")\s+(?P<unit>years?|months?|decades?|años?|mes(?:es)?|décadas?)\s+"
                          r"(?:after|después\s+de(?:\s+que)?)\s+(?:it|they|he|she|⟦\d+⟧(?:\s+(?:and|y)\s+⟦\d+⟧)?)?\s*$", re.I)


def shift_before(skel: str, at: int) -> tuple[int, str, tuple[int, int] | None] | None:
    """(n, unit, span of the anchor date) when the signing at `at` is the complement of ", N units after": "removed from
    the list in November 2021, five years after it signed a peace agreement" is dated from November 2021, N units back.
    The span is None when the anchor is the report's day ("The decision comes a year after A and B signed")."""
    end = at + 1 if skel[at:at + 1].isspace() else at
    sh = _SHIFT.search(skel, max(0, at - 70), end)
    if sh is None:
        ca = _COMES_AFTER.search(skel, max(0, at - 70), end)
        if ca is None:
            return None
        n = _number(ca.group("n"))
        return (n, ca.group("unit").lower(), None) if n else None
    n = _number(sh.group("n"))
    anchor_from = max(skel.rfind(",", 0, max(0, sh.start() - 2)), skel.rfind(";", 0, sh.start()), -1) + 1
    # (the date right before the comma: "designated in 1997 and removed in November 2021, five years after")
    return (n, sh.group("unit").lower(), (max(anchor_from, sh.start() - 30), sh.start())) if n else None


# "Five months after that memorandum, A, B and C signed", "Un año después de aquel acuerdo, A y B firmaron": counted
# on from the agreement the text named before (its own date)
_AFTER_AGREEMENT = literals.compile(rf"\b(?P<n>\d{{1,2}}|{_ONE_TO_TEN})\s+(?P<unit>years?|months?|años?|mes(?:es)?)\s+(?:after|later\s+than|"
                              rf"después\s+de(?:l)?)\s+(?:that|the|this|their|aquel|aquella|ese|esa|este|esta|el|la|dicho|dicha|su)\s+"
                              rf"(?:[\w-]+\s+){{0,2}}?(?:{_HEAD_EN}|{_HEAD_ES})\b", re.I)


def after_agreement(skel: str, at: int, ctx: dict, agreements: dict) -> str | None:
    """The date of a signing at `at` told as "N units after that memorandum": the last agreement read's own date
    (not the report's day it fell back on) moved on N units; else None."""
    m = _AFTER_AGREEMENT.search(skel, 0, at)
    last = ctx.get("last_agreement")
    if m is None or not last:
        return None
    anchor = (ctx.get("dated_agreements") or {}).get(last) or getattr(agreements.get(last), "date", None)
    if not anchor or anchor == ctx.get("published"):
        return None
    n = _number(m.group("n"))
    return shifted(anchor, -n, m.group("unit").lower()) if n else None


_SIGN_AFTER_SHIFT = literals.compile(r"\s*(?:(?:had|has|have|había|habían)\s+)?(?:signed|inked|sealed|concluded|reached|struck|firm\w*|"
                               r"suscrib\w*|rubric\w*|sell\w*|alcanz\w*)\b", re.I)


def date_shifted_back(skel: str, start: int, end: int, pick, pub: str | None = None, lang: str | None = None) -> str | None:
    """The date of a rule's signing in skel[start:end] whose verb is the complement of ", N units after" (see
    shift_before), pick(span) reading the anchor's date; else None."""
    for v in _SIGN_AFTER_SHIFT.finditer(skel, start, end):
        sh = shift_before(skel, v.start())
        anchor = pick(sh[2]) if sh else None  # (pick(None): the report's day)
        if anchor:
            return finer(shifted(anchor, sh[0], sh[1]), skel, v.end(), pub, lang)
    return None


def finer(counted: str | None, skel: str, at: int, pub: str | None, lang: str | None) -> str | None:
    """A date counted back ("a year after ...": 2025) made as precise as a date the sentence gives after the signing
    (past `at`) in that same year ("..., during Modi's visit to Colombo in April 2025": 2025-04)."""
    if not counted:
        return counted
    for d in dates.find(skel, at, len(skel), pub, lang):
        if d.start >= at and d.value and not d.weak and len(d.value) > len(counted) and d.value.startswith(counted):
            return d.value
    return counted


# "A in March 2023 and, three months later, signed ...", "y, tres meses después, firmó": the date before it, counted on
_LATER = literals.compile(r"(?:^|[,;(]|\b(?:and|y|e)\b)\s*(?:some\s+|about\s+|unos\s+|unas\s+)?(?P<n>\d{1,2}|a|an|one|two|three|four|five|"
                          r"six|seven|eight|nine|ten|eleven|twelve|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+"
                          r"(?P<unit>years?|months?|años?|mes(?:es)?)\s+(?:later|después|más\s+tarde)\s*,", re.I)


def later_than(skel: str, end: int, date: str | None, pub: str | None, lang: str | None) -> str | None:
    """The date of a signing told "N months later" than the date its sentence gave before that phrase (the date
    counted on, to its precision); None when the sentence has no such phrase before the signing or no date before it."""
    if not date or not ("later" in skel or "despu" in skel or "tarde" in skel):
        return None
    for m in _LATER.finditer(skel, 0, end):
        before = [d for d in dates.find(skel, 0, m.start(), pub, lang) if d.value and not d.weak]
        after = [d for d in dates.find(skel, m.end(), end, pub, lang) if d.value and not d.weak]
        n = _number(m.group("n"))
        if before and not after and n and before[-1].value == date:
            return shifted(date, -n, m.group("unit").lower())
    return None


def shifted(anchor: str, n: int, unit: str) -> str | None:
    """`anchor` (ISO, to its precision) moved back n years, months or decades, kept to the year (or month) it can name."""
    try:
        y = int(anchor[:4])
    except ValueError:
        return None
    if unit.startswith(("year", "año")):
        return str(y - n)
    if unit.startswith(("decade", "década")):
        return str(y - 10 * n)
    if len(anchor) >= 7:  # months: to the month
        m = y * 12 + int(anchor[5:7]) - 1 - n
        return f"{m // 12:04d}-{m % 12 + 1:02d}"
    return None
_ANNOUNCE = literals.compile(r"announc|anunci", re.I)
_OF_BETWEEN = literals.compile(r"\b(?:of|de|del|for|para|about|sobre)\b", re.I)
# "accepted a ceasefire proposal / plan / in principle": not yet one in force
_ACCEPT_NOT_YET = literals.compile(r"\s+(?:proposals?|plans?|offers?|terms|in\s+principle|propuesta|plan|oferta|en\s+principio)\b", re.I)


# "A and B witnessed the signing of", "A y B presenciaron la firma de": leaders at their ministers' signing
_WITNESS = literals.compile(r"\b(?:witnessed|witness|oversaw|oversee|presided\s+over|presenciaron|presidieron|encabezaron)\s+"
                      r"(?:the\s+|la\s+|el\s+acto\s+de\s+)?$", re.I)
_PEACE = literals.compile(r"\b(?:peace|paz|cease-?fires?|truces?|armistice|alto\s+el\s+fuego|cese\s+(?:al|del)\s+fuego|tregua|armisticio)\b", re.I)
# what puts off a signing named as a noun (the rules' {PUTOFF}, loaders/rules/en.yaml and es.yaml)
_PUT_OFF = {
    "en": literals.compile(r"[^.;]{0,60}?\b(?:postpon\w*|delay\w*|defer\w*|suspend\w*|cancel\w*|called\s+off|put\s+off|"
                     r"pushed\s+back|scheduled|planned|expected|will|due\s+to|set\s+(?:for|to)|slated|stalled|on\s+hold)\b", re.I),
    "es": literals.compile(r"[^.;]{0,60}?\b(?:aplaz\w*|pospu\w*|pospon\w*|suspend\w*|suspendi\w*|cancel\w*|retras\w*|previst\w*|"
                     r"programad\w*|prevé|se\s+realizará|tendrá\s+lugar|se\s+celebrará|quedó\s+en\s+suspenso|congelad\w*)\b", re.I),
}
# what governs a signing named as a noun as one still to come: "will host the signing of", "offered to host the
# signing of", "ahead of the signing of", "se ofreció a acoger la firma de", "a la espera de la firma de"
_NOMINAL_AHEAD = {
    "en": literals.compile(r"\b(?:will|would|could|may|might|shall|to\s+(?:host|hold|attend|witness|oversee|stage|organi[sz]e)|plan\w*|hope\w*|offer\w*|propos\w*|prepar\w*|expect\w*|"
                     r"await\w*|ahead\s+of|before|upcoming|future|seek\w*|sought|want\w*|invit\w*|pav\w*\s+the\s+way|"
                     r"clear\w*\s+the\s+way|paving|scheduled|set\s+for)\b[^.;⟦]{0,30}$", re.I),
    "es": literals.compile(r"\b(?:acoger(?:á|ía|án|ían)?|albergar(?:á|ía)?|se\s+ofreci\w*|ofreci\w*|ofrece\w*|espera\w*|prepara\w*|"
                     r"propus\w*|propone\w*|planea\w*|antes\s+de|a\s+la\s+espera\s+de|previa|previo|próxima|futura|"
                     r"busca\w*|quiere\w*|invit\w*|allan\w*\s+el\s+camino|será|serán|tendrá)\b[^.;⟦]{0,30}$", re.I),
}


def signing_ahead(skel: str, at: int, lang: str) -> bool:
    """The signing named as a noun at `at` ("the signing of", "la firma de") is governed by words of one still to
    come in its clause ("Turkey offered to host the signing of ...", "Turquía acogerá la firma de ...")."""
    rx = _NOMINAL_AHEAD.get(lang if lang in _NOMINAL_AHEAD else "en")
    cs = _clause(skel, at)[0]
    return bool(rx.search(skel, max(cs, at - 60), at))


# "la firma llega dos años después del acuerdo ...": "firma" after a determiner is the noun (the signing), no verb
_NOUN_FIRMA = literals.compile(r"\b(?:la|una|su|esta|esa|cuya|sus|las)\s+$", re.I)


# "the ⟦US⟧-brokered deal": the determiner is before the actor its participle names
_SLOT_BROKERED = literals.compile(r"\b(?:the|this|that)\s+⟦\d+⟧-$", re.I)


# the passive or participle after an agreement noun ("the deal that ended the war was signed by", "a memorandum on cyber
# security (was) signed", "el acuerdo con B fue firmado"); read per agreement noun in readings(): compiled once here
_PASSIVE_AFTER = literals.compile(r"(?:\s*,?\s+(?:that|which|que)\s+(?!(?:was|were|fue|fueron)\b)[^⟦,;.()]{1,40}?(?=\s*,?\s+(?:was|were|fue|fueron|ha\s+sido|"
                                  r"había\s+sido)\s))?"  # "El acuerdo que le dio origen fue firmado por", "the deal that ended the war was signed by"
                                  r"(?:\s+(?:on|for|covering|worth|valued\s+at|sobre|para|en\s+materia\s+de|de|por\s+valor\s+de)\s+"
                                  r"(?!(?:the\s+|el\s+|la\s+)?(?:signing|firma)\b)(?:(?!\b(?:que|that|which|who|quien)\b)[^⟦,;.()]){1,40}?"
                                  r"(?=\s*,?\s+(?:was|were|has|had|fue|fueron|ha|había|signed|"
                                  r"inked|sealed|firmad|suscrit|rubricad|between\s+(?:the\s+)?⟦|entre\s+(?:el\s+|la\s+)?⟦)))?"  # "a memorandum on cyber security (was) signed", "el contrato de 375 millones de dólares firmado"
                                  # ("a memorandum on maritime security between A and B was signed": the topic, then the parties)
                                  # "A's treaty with B was signed", "el acuerdo con B fue firmado"; "los acuerdos bilaterales, rubricados"
                                  r"(?:(?:\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?⟦\d+⟧)?\s+(?:with|con)\s+(?:the\s+|el\s+|la\s+)?⟦\d+⟧"
                                  r"(?=\s*,?\s+(?:was|were|has|had|fue|fueron|ha|había)\s))?"
                                  r"(?:\s+(?-i:[a-záéíóúñ]+(?:al|ales|ic[oa]s?|iv[oa]s?|ar|ares|er[oa]s?|ari[oa]s?))(?=\s*,?\s+(?:firmad|suscrit|rubricad)))?"
                                  r"(?:\s+(?:between|entre)\s+(?:the\s+|el\s+|la\s+)?⟦\d+⟧(?:\s*,\s*⟦\d+⟧)*\s*,?\s*(?:and|y|e)\s+"
                                  r"(?:the\s+|el\s+|la\s+)?⟦\d+⟧(?=\s*,?\s*(?:was|were|has|had|fue|fueron|ha|había)\s))?"
                                  r"\s*,?\s*(?:(?:was|were|has\s+been|had\s+been|fue|fueron|ha\s+sido|había\s+sido)\s+)?"
                                  r"(?:signed|inked|sealed|concluded|initial(?:l)?ed|reached|struck|agreed|finali[sz]ed|formali[sz]ed|"
                                  r"firmad[oa]s?|suscrit[oa]s?|rubricad[oa]s?|sellad[oa]s?|alcanzad[oa]s?|acordad[oa]s?|pactad[oa]s?|"
                                  r"formalizad[oa]s?)\b", re.I)


_VISIT_TO = literals.compile(r"\b(?:during|on|in\s+the\s+course\s+of|durante|en)\s+(?:an?|his|her|their|its|the|una|un|su)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|visita|gira|viaje)\s+(?:to|of|a|por)\s+(?:the\s+)?⟦(\d+)⟧", re.I)
_FRONT_NOMINAL = literals.compile(r"^\s*(?:with|after|following|upon|con|tras|después\s+de)\s+(?:the|la|el)\s+$", re.I)
_AFTER_FRONT = literals.compile(r"(?!(?:[^,;.]{0,60}?)\b(?:pending|postponed|delayed|awaited|stalled|suspended|cancell?ed|"
                                r"pendiente|aplazad[oa]|postergad[oa]|suspendid[oa]|demorad[oa]|cancelad[oa])\b)(?:[^,;.⟦]|⟦\d+⟧){0,60}?,\s*(?:(?:the|el|la)\s+)?(?P<list>⟦\d+⟧(?:\s*,\s*(?:the\s+|el\s+|la\s+)?⟦\d+⟧)*\s*,?\s*"
                                r"(?:and|y|e)\s+(?:the\s+|el\s+|la\s+)?⟦\d+⟧)\s+(?![,;.(]|(?:and|y|e)\b)", re.I)
_MODIFIER_BEFORE_NP = literals.compile(r"⟦(\d+)⟧-[\w-]+\s+(?:[\w-]+\s+)?$")


def readings(skel: str, lang: str) -> list[Reading]:
    lang = lang if lang in _NP else "en"
    # (gated: the heads' start strings found in one automaton pass; the alternation itself tries every
    # offset. Measured on the skeletons of 300 synthetic articles: 0.46 -> 0.27 ms per article)
    if not literals.search(_ANY_HEAD[lang], skel):
        return []
    out: list[Reading] = []
    for np in _noun_phrases(skel, lang):
        if _NOT_YET_NP.search(np.group("mods") or "") or _NOT_YET_NP.search(skel, max(0, np.start() - 12), np.start()):
            continue
        if np.group("head")[:1].isupper() and _ORG_NAME_BEFORE.search(skel, max(0, np.start() - 40), np.start()):
            continue  # "the Government of National Accord": the tail of an organisation's name, no agreement
        hs = np.start("head")  # the modifiers may have swallowed the verb ("clinched a free trade deal")
        cs, ce = _clause(skel, np.start())
        # the act: a verb before the noun phrase in its clause, "the signing of" right before it,
        # or a participle right after it
        verbs = [v for v in _VERB[lang].finditer(skel, cs, hs)
                 if not (v.group()[:5].lower() == "firma" and _NOUN_FIRMA.search(skel, max(0, v.start() - 12), v.start()))]
        verb = verbs[-1] if verbs else None
        if verb is not None and _ACCEPT.match(verb.group()) and (kind_of(np.group("head")) != "ceasefire" or
                                                                 _ACCEPT_NOT_YET.match(skel, np.end())):
            verb = None  # one accepts a ceasefire (a truce) into force; an accepted deal or plan may be a proposal
        if verb is not None and _ANNOUNCE.match(verb.group()) and (
                len(skel[verb.end():np.start("head")].split()) > 4 or _OF_BETWEEN.search(skel, verb.end(), np.start("head"))):
            verb = None  # "announced a ceasefire", "anunció un acuerdo con X"; not "announced the collapse of the deal"
        if verb is not None and _PASSIVE_AUX.search(skel, max(cs, verb.start() - 16), verb.start()):
            verb = None  # "Six years after it was signed, the memorandum ...": a passive takes no object after it
        clitic = _CLITIC_SIGN_ES.match(skel, np.end(), ce) if lang == "es" and verb is None else None
        if clitic is not None:
            verb = _VERB["es"].match(skel, clitic.start("v"))  # "El memorando lo firmaron X y Y": the object fronted
        nominal = None
        for nm in _NOMINAL[lang].finditer(skel, max(cs, hs - 60), hs):
            if nm.end() >= hs - 45:
                nominal = nm
        part = _PARTICIPLE[lang].match(skel[np.end():ce])
        part_off = 0
        if part is None and (to_act := _TO_ACT.match(skel, np.end(), ce)) is not None:
            part = _PARTICIPLE[lang].match(skel[to_act.end():ce])  # "the treaty between A and B, signed in May"
            part_off = to_act.end() - np.end()
        passive = _PASSIVE_AFTER.match(skel[np.end():ce]) or _PASSIVE_APPOS.match(skel[np.end():ce])
        if verb is None and part is None and passive is None and nominal is not None \
                and (_PUT_OFF[lang].match(skel, np.end(), min(ce, np.end() + 120)) or signing_ahead(skel, nominal.start(), lang)):
            continue  # "the signing of the accord between A and B was postponed": a signing still to come
        if verb is not None and not _SIGN_PROPER.match(verb.group()) and part is None and passive is None:
            # agree24: "ratificó el memorando que ⟦A⟧ firmó con ⟦B⟧", "renewed the pact that ⟦A⟧ signed with ⟦B⟧": the
            # agreement is the one the relative clause tells the signing of, with its parties
            rel = _relative_signing(skel, np, ce, lang)
            if rel is not None:
                out.append(rel)
                continue
        if verb is None and nominal is None and part is None and passive is None:
            rel = _relative_signing(skel, np, ce, lang) or _relative_party(skel, np, ce, lang)
            if rel is not None:
                out.append(rel)
                continue
            ref = _reference(skel, np, cs, ce, lang)
            if ref is not None:
                out.append(ref)
            continue
        if verb is not None and (re.search(r"\b(?:that|which|who|whose|que|cual|quien|cuyo|cuya)\b", skel[verb.end():hs], re.I)
                                 or OTHER_DOCUMENT.match(skel, verb.start(), hs)):
            verb = None  # "signed a letter that criticises the accord": the accord is not what was signed
        if verb is not None and hs - verb.end() > 70:
            verb = None  # too far to govern the noun phrase
            if not (nominal or part or passive):
                continue
        if np.group("head").lower() == "paz" and (verb is None or skel[verb.end():np.start("head")].strip().lower() != "la"):
            continue  # only "firmó la paz (con X)" is a peace agreement; "amenaza la paz" is none
        act = verb.start() if verb is not None else (nominal.start() if nominal else np.end())
        shared = _shared_subject(skel, cs, act, lang) if verb is not None and clitic is None else None
        if shared is not None and not shared[0]:
            continue  # "refused to host the talks and sign", "dijo que podría acoger la cumbre y firmar": no signing made
        host = None
        if shared is not None:
            subj, subj_pos, own_from, host = shared
        else:
            subj, subj_pos = _subjects(skel, cs, act if clitic is None else np.start()) if verb is not None else ([], act)
            own_from = -1
        if verb is not None and not subj and lang == "es" and not _SAID_IT[lang].search(skel, cs, act):
            # Spanish puts the subject after the verb and its object: "Firmaron el memorando en julio los ministros X y
            # Y", "El memorando lo firmaron en Teherán X y su homólogo iraní, Y"
            subj = _postverbal(skel, max(verb.end(), np.end()), ce)
            subj_pos = act
        witnessed = False
        if verb is None and nominal is not None and not _PEACE.search(skel, np.start(), min(len(skel), np.end() + 12)):
            wit = _WITNESS.search(skel, max(cs, nominal.start() - 40), nominal.start())
            if wit is not None:
                # "A and B witnessed the signing of a memorandum": the two leaders' states are its parties (their
                # ministers sign); one witness is a host or a mediator, and a peace deal's witnesses are its guarantors
                ws, wpos = _subjects(skel, cs, wit.start())
                if len(ws) >= 2:
                    subj, subj_pos, witnessed = ws, wpos, True
        if verb is None and nominal is not None and not subj and _FRONT_NOMINAL.search(skel, cs, nominal.start()):
            # agree24: "With the signing of the memorandum, ⟦A⟧ and ⟦B⟧ committed to ...", "Tras la firma del acuerdo, ⟦A⟧ y
            # ⟦B⟧ se comprometieron": the signing fronted, its parties the clause's subject after it
            after = _AFTER_FRONT.match(skel, np.end(), ce)
            if after is not None:
                subj, subj_pos = [int(x) for x in SLOT.findall(after.group("list"))], act
        said_at = None
        if verb is not None and not subj:
            said = _SAID_IT[lang].search(skel, cs, act)
            if said is not None and said.end() == act:
                # "Kenya's foreign ministry said it had signed ...", "⟦k⟧ anunció que firmó ...": the speaker signed
                subj, subj_pos = [int(said.group(1))], said.start()
                said_at = act  # (its date is the signing's, not the saying's: "said on Tuesday it signed ... in 2019")
        if part is not None and verb is None and not subj:
            # "A and B are bound by a treaty signed in 1951": the clause's subject list (agree24: a mediator's slot
            # modifying the agreement is none: "under a ⟦China⟧-brokered agreement signed in Beijing")
            at = np.start()
            mod = _MODIFIER_BEFORE_NP.search(skel, max(cs, hs - 40), hs)
            if mod is not None and modifier_slot(skel, int(mod.group(1))):
                at = min(at, mod.start())
            subj, subj_pos = _subjects(skel, cs, at)
        head = "acuerdo de paz" if np.group("head").lower() == "paz" else np.group("head")
        r = Reading(head=head, span=(min(subj_pos, act), np.end()), subj_pos=min(subj_pos, act))
        r.parties = [i for i in subj if not modifier_slot(skel, i)]
        r.host = host
        r.signs = verb is not None and bool(_SIGN_PROPER.match(verb.group())) and not _INSTRUMENT.match(skel, verb.end(), hs)
        r.signed = r.signs or passive is not None
        # "a treaty signed in 1951", "the pact signed by A and B" (no "was"): the agreement named, its signing told after
        r.referred = verb is None and nominal is None and (part is not None or (
            passive is not None and not re.search(r"\b(?:was|were|has\s+been|had\s+been|fue|fueron|ha\s+sido|había\s+sido)\s",
                                                  passive.group(), re.I)))
        r.name = _name(skel, np)
        known = agreement_names.named_in(np.group())
        if known and (r.name is None or known not in r.name):
            r.name = known  # a known agreement's name in the phrase ("the New START treaty", "the Rome Statute")
        if r.name is None and not np.group("head")[:1].isupper():
            r.name = copula_name(skel[:ce], np.end())  # "the only deal they signed was the Black Sea Grain Initiative"
        r.definite = bool(_DEFINITE.match(np.group())
                          or _SLOT_BROKERED.search(skel, max(0, np.start() - 30), np.start()))
        r.kinds = _enumerated(skel, np, lang)
        if verb is not None:
            r.shift = shift_before(skel, verb.start())
        if said_at is not None:
            r.date_span = (said_at, ce)
        elif shared is not None:
            r.date_span = (own_from, ce)  # "hosted the talks in January and signed ... in March": the signing's own date first
        if not r.signs:
            # "renewed the pact (that) they signed in 2019", "ratificó el pacto firmado en 2019": the agreement is
            # the one signed then, whatever the verb that governs it does today
            own = _OWN_SIGNING.match(skel, np.end(), ce)
            if own is not None:
                r.date_span = (own.start("sign"), own.end())
        tail_end = min(ce, np.end() + 120)
        between = [x for bm in _BETWEEN.finditer(skel, np.end(), tail_end) for x in _between_parties(bm)]
        if verb is None and len(between) >= 2:
            r.parties = []  # "X cited an agreement signed in March between A and B": the parties are A and B, not X
        r.parties += [x for bm in _BETWEEN.finditer(skel, cs, np.end()) for x in _between_parties(bm)] + between
        withs = [w for w in _WITH.finditer(skel, act, tail_end)
                 if w.start() < np.end() or not (_NOT_PARTNER_GAP.search(skel, np.end(), w.start())
                                                 or _other_predicate(skel, np.end(), w.start(), lang)
                                                 or _WITH_OF_NOUN.search(skel, np.end(), w.start()))]
        for k, w in enumerate(withs):
            nxt = withs[k + 1].start() if k + 1 < len(withs) else tail_end
            more = _WITH_LIST.match(skel, w.end(), nxt) if r.parties and verb is not None and not plural(np.group("head")) else None
            if more is not None:
                # "A signed a declaration with B and C": one agreement of all three ("signed memoranda with B and C":
                # one each, as the partners below give)
                r.parties += [int(x) for x in SLOT.findall(more.group())]
            comma = skel.find(", ", w.end(), nxt)  # "with B last December, has yet to ratify it": not the signing's
            if comma >= 0 and not _CLAUSE_GO_ON.match(skel, comma):
                nxt = comma
            r.partners.append((int(w.group(1)), (w.start(), nxt)))
        if verb is not None and not r.partners and len(r.parties) == 1:
            # agree24: "A signed a memorandum during a visit to ⟦Beijing⟧", "firmó un acuerdo durante su gira por ⟦Perú⟧": the
            # host is the other side
            visit = _VISIT_TO.search(skel, act, ce)
            if visit is not None and int(visit.group(1)) != r.parties[0]:
                r.partners.append((int(visit.group(1)), (visit.start(), min(ce, visit.end() + 40))))  # (with a date after it)
        if verb is None and nominal is None and not r.parties and len(r.partners) == 1 and (passive or part) is not None \
                and _SIGNED_WITH.search(skel, np.end(), r.partners[0][1][0] + 6) \
                and not re.search(r"\b(?:by|por)\s+(?:the\s+|el\s+|la\s+)?⟦", skel[np.end():ce], re.I):
            # "⟦Kenya⟧ defended the security memorandum signed with ⟦Haiti⟧ in March", "⟦el Gobierno⟧ recuerda la vigencia
            # del memorando suscrito con ⟦EE. UU.⟧": the clause's subject is the other side (as in a bare relative)
            first = _CLAUSE_SUBJECT.match(skel, cs)
            if first is not None and int(first.group(1)) != r.partners[0][0]:
                r.parties = [int(first.group(1))]
        if passive is not None or nominal is not None:
            r.signers = _by_list(skel, np.end() + (passive.end() if passive is not None else 0), ce)
        if witnessed and r.signers:
            r.parties = []  # "A and B witnessed the signing of a memorandum by C and D": C and D are its parties
        r.counterparts = _counterparts(skel, max(cs, r.subj_pos), tail_end)
        end = np.end() + (part_off + part.end() + 25 if part is not None else 0)  # the participle's date ("signed in 1951")
        if passive is not None and r.signers:
            # "the X Declaration, signed by A and B in December 2024, ...": the date after the signatories,
            # up to the comma that closes the participle
            pe = np.end() + passive.end()
            comma = skel.find(",", pe, ce)
            end = max(end, min(comma if comma >= 0 else ce, pe + 80))
        r.span = (r.span[0], min(len(skel), max(end, *(p[1][1] for p in r.partners)) if r.partners else end))
        # the verb group and the noun phrase: no plan, request, refusal or exit among them
        # (up to the head: "an action plan" is no plan of what is still to come)
        # (a first verb phrase of a shared subject was read by _shared_subject: "hosted the talks and signed")
        scope = skel[max(cs, r.subj_pos, own_from):np.start("head")]
        if verb is not None and np.start() < verb.start():
            scope = skel[max(cs, r.subj_pos, own_from):verb.start()] + " " + skel[verb.start():np.start("head")]
        if verb is not None and _FIRST_TO_RX.match(verb.group()):
            scope = scope.replace(verb.group(), " ")  # its "to sign" is no plan
        # (talks held before the signing are no plan: "after talks hosted by X, A and B signed", "tras meses de
        # negociaciones, A y B firmaron", "at the end of two days of talks")
        scope = _PAST_TALKS.sub(" ", scope)
        presupposed_by = verb is None and passive is not None and r.definite and r.signers and \
            _DATED_PARTICIPLE.match(skel, np.end(), ce) is not None
        if presupposed_by:
            # "the agreement signed on 10 March by A and B", "el acuerdo firmado el 10 de marzo por A y B": a dated signing
            # by named signers, told in a participle on a definite agreement, is presupposed whatever the clause does with
            # it ("Much of the discussion concerned the agreement signed ...")
            scope = ""
        if _BLOCK[lang].search(scope) or (not presupposed_by and _BLOCK[lang].search(_PAST_TALKS.sub(" ", skel[cs:r.subj_pos])[-40:])):
            continue
        if verb is not None and signing_scheduled(skel, verb.group(), np.end(), min(ce, np.end() + 100), lang):
            continue  # "A and B sign the pact next week", "firman el acuerdo mañana": a signing still to come
        if part is not None and verb is None and re.search(r"\b(?:withdr\w*|left|quit|abandon\w*|se\s+retir\w*|salió)\b",
                                                            skel[cs:np.start()], re.I):
            continue
        out.append(r)
    return out


# "signed a deal with A and is negotiating similar arrangements with B", "firmó con A y negocia otro con B": a partner
# after a coordinated predicate that is a plan, a talk or a refusal is that predicate's, not the signing's
# a participle dating the signing and naming its signers: "signed on 10 March by", "signed in Doha in 2024 by", "firmado el
# 10 de marzo por", "suscrito en 2019 por"
_DATED_PARTICIPLE = literals.compile(
    r"\s*,?\s*(?:signed|inked|sealed|concluded|firmad[oa]|suscrit[oa]|rubricad[oa]|sellad[oa])\s+(?:on|in|el|en)\s+"
    r"(?=[^⟦;.()]{0,60}?(?:\d|\b(?-i:[A-Z][a-z]+|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b))"
    r"[^⟦;.()]{1,60}?,?\s+(?:by|por)\s", re.I)


# talks that led to the signing, told as done: "after (months of) talks", "following negotiations in Doha", "at the end of
# the talks", "tras (meses de) negociaciones", "al término de las conversaciones", "después de dos días de diálogo"
_PAST_TALKS = literals.compile(
    r"\b(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of|tras|después\s+de|luego\s+de|al\s+(?:término|cabo|cierre|final)\s+de)"
    r"\s+(?:(?:the|a|an|their|its|two|three|several|many|long|lengthy|intense|marathon|indirect|direct|secret|round\s+of|"
    r"rounds\s+of|las|los|unas|unos|sus|dos|tres|varias|varios|largas|largos|intensas|duras|ronda\s+de|rondas\s+de|"
    r"\w+\s+(?:days|weeks|months|years|días|semanas|meses|años)\s+(?:of|de)|(?:days|weeks|months|years|días|semanas|meses|años)\s+(?:of|de))\s+)*"
    r"(?:talks|negotiations|discussions|consultations|mediation|conversaciones|negociaciones|diálogo|consultas|mediación)\b",
    re.I)
_CONJ = literals.compile(r"\b(?:and|but|while|whereas|y|e|pero|mientras|aunque)\s", re.I)


# a coordinated clause of its own after the signing: a subject (or none) and a finite verb that signs nothing ("..., and it
# is paying, with Saudi Arabia, Syria's arrears", "and Chinese firms built roads with B", "y está pagando, junto con B, ...",
# "y sus empresas construyeron con B"): a "with" inside it is that clause's, no partner of the signing
_SIGNS_AGAIN = r"(?!(?:also\s+|then\s+|later\s+|también\s+|luego\s+)?(?:sign|ink|seal|conclu|initial|firm|suscrib|rubric|sell))"
_NEW_FINITE = {
    "en": literals.compile(r"(?:(?:it|he|she|they|we|both|the\s+[a-z]+(?:\s+[a-z]+)?|its\s+[a-z]+|their\s+[a-z]+|⟦\d+⟧(?:['’]s\s+[a-z]+)?)\s+)?"
                           r"(?:also\s+|now\s+|still\s+)?" + _SIGNS_AGAIN +
                           r"(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|keeps|remains)\b", re.I),
    "es": literals.compile(r"(?:(?:él|ella|ellos|ellas|ambos|⟦\d+⟧|(?:sus|su|las|los|el|la)\s+[a-záéíóúñ]+)\s+)?"
                           r"(?:también\s+|ahora\s+|aún\s+|todavía\s+)?" + _SIGNS_AGAIN +
                           r"(?:está|están|estaba|estaban|es|son|era|eran|fue|fueron|ha|han|había|habían|será|serán|sigue|siguen|"
                           r"va|van|tiene|tienen)\b", re.I),
}


# ", and a year later ⟦Iran⟧ signed ...", ", y un año después ⟦Irán⟧ firmó ...": a clause with a subject and a finite verb of
# its own (past its adverbials), whose "with" is its own
_NEW_SUBJECT_VERB = {
    "en": literals.compile(r"[^⟦;]{0,60}?⟦\d+⟧\s+(?:(?:also|then|later|has|have|had|went\s+on\s+to)\s+){0,2}"
                           r"(?-i:signed|inked|sealed|concluded|agreed|struck|reached|[a-z]{3,}ed)\b", re.I),
    "es": literals.compile(r"[^⟦;]{0,60}?⟦\d+⟧\s+(?:(?:también|luego|después|ya|ha|han|había|habían)\s+){0,2}"
                           r"(?-i:[a-záéíóúñ]{2,}(?:ó|aron|ieron)|firmado|suscrito|sellado|rubricado|acordado|alcanzado)\b", re.I),
}


def _other_predicate(skel: str, start: int, end: int, lang: str) -> bool:
    conj = None
    for conj in _CONJ.finditer(skel, start, end):
        pass
    return conj is not None and (_BLOCK[lang].search(skel, conj.end(), end) is not None
                                 or _SUBORDINATE.match(skel, conj.end()) is not None
                                 or _NEW_SUBJECT_VERB[lang].match(skel, conj.end(), end) is not None
                                 or (conj.group().strip().lower() in ("and", "but", "y", "e", "pero")
                                     and skel[max(start, conj.start() - 2):conj.start()].rstrip().endswith(",")
                                     and _NEW_FINITE[lang].match(skel, conj.end()) is not None))


_LAST_WITH = literals.compile(r"\b(?:with|con)\s+(?:(?:the|el|la|los|las|su|sus|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?⟦\d+⟧\s*$", re.I)
_WITH_NEW_CLAUSE = literals.compile(r"\b(?:while|whereas|when|mientras|cuando|aunque)\b", re.I)
_WITH_OF_NOUN = literals.compile(r"\b(?:border|borders|frontier|front(?:\s+line)?|frontline|frontera|fronteras|frente)\s+$", re.I)


def partner_in_new_clause(skel: str, start: int, end: int, lang: str) -> bool:
    """A rule's "signed a pact ... with ⟦B⟧" whose "with" belongs to another clause ("Russia signed the pact while its
    troops fought along the border with Ukraine", "y mientras sus tropas combatían en la frontera con Ucrania") or to a
    noun that takes it (a border, a front line): B is no partner of the signing."""
    w = _LAST_WITH.search(skel, start, end)
    v = _VERB.get(lang, _VERB["en"]).search(skel, start, w.start()) if w else None
    if w is None or v is None:
        return False
    return bool(_WITH_NEW_CLAUSE.search(skel, v.end(), w.start()) or _WITH_OF_NOUN.search(skel, v.end(), w.start())
                or _other_predicate(skel, v.end(), w.start(), lang))


# "... and as troops deploy near the front line with B", "y mientras sus tropas combaten con B": a new clause's "with"
_SUBORDINATE = literals.compile(r"\s*(?:as|while|when|after|before|because|since|although|though|cuando|mientras|porque|"
                                r"aunque|después|antes)\b", re.I)


# (a truce or deal "agreed/reached/struck with B", "pactada/alcanzada con B" is one made, as one signed)
# the rest of a list of partners after "with A": ", B and C" (not a new clause's subject: "and B signed ...", "and B's")
_WITH_LIST = literals.compile(r"(?:\s*,\s*(?:the\s+|el\s+|la\s+)?⟦\d+⟧)*\s*,?\s+(?:and|y|e)\s+(?:the\s+|el\s+|la\s+)?⟦\d+⟧"
                              r"(?!\s*['’])(?!\s+(?:[a-z]+\s+){0,2}(?:signed|has|have|had|is|are|was|were|will|would|did|also|"
                              r"firm\w+|suscri\w+|ha|han|había|habían|es|son|fue|será|también)\b)"
                              r"(?!\s+(?-i:[a-z]+ed|[a-záéíóúñ]+(?:ó|aron|ieron))\b)", re.I)  # ("and B agreed ...", "y B anunció ...")
_SIGNED_WITH = literals.compile(r"\b(?:signed|inked|sealed|concluded|agreed|reached|struck|firmad[oa]s?|suscrit[oa]s?|rubricad[oa]s?|"
                                r"sellad[oa]s?|acordad[oa]s?|pactad[oa]s?|alcanzad[oa]s?|concertad[oa]s?)\s+(?:(?:in|on|en|el)\s+[^⟦,;]{1,25}?\s+)?(?:with|con)\s", re.I)


_CLITIC_SIGN_ES = literals.compile(r"\s*,?\s+(?:lo|la|los|las)\s+(?P<v>firm(?:ó|aron)|suscribi(?:ó|eron)|rubric(?:ó|aron)|sell(?:ó|aron)|"
                             r"(?:ha|han|había|habían)\s+(?:firmado|suscrito|rubricado))\b", re.I)
# a slot that is no subject after the verb: a place, a partner, an agent, a title's body or a possessor
_NOT_POSTVERBAL = literals.compile(r"(?:\b(?:en|desde|hacia|a|al|con|contra|sobre|para|por|de|del|entre|ante|tras|según|in|at)\s+"
                             r"(?:la\s+|el\s+|los\s+|las\s+)?(?:ciudad\s+de\s+|capital\s+(?:\w+\s+)?)?)$", re.I)
_POSTVERBAL_STOP = literals.compile(r"[;.:(]|\b(?:que|quien|quienes|cuy[oa]s?|mientras|aunque|pero|tras|después|según|para|"
                              r"en\s+presencia|ante|durante)\b", re.I)


def _postverbal(skel: str, start: int, ce: int) -> list[int]:
    """The slots after a Spanish verb (and its object) that are its subject: up to a clause word, none a place,
    a partner ("con"), a body of a title ("de") or a possessor."""
    stop = _POSTVERBAL_STOP.search(skel, start, ce)
    end = stop.start() if stop else ce
    if end - start > 200:
        return []
    out = []
    for sm in SLOT.finditer(skel, start, end):
        if _NOT_POSTVERBAL.search(skel, max(start, sm.start() - 30), sm.start()) or skel[sm.end():sm.end() + 2] in ("'s", "’s"):
            continue
        out.append(int(sm.group(1)))
    return out


def signing_claims(skel: str, slots: list, base: dict, ctx: dict, lang: str, pub: str | None, *,
                   party_of, make_agreement, pick_date, background, known: list[Claim] = (),
                   agreements: dict | None = None, demonym=None) -> list[Claim]:
    """Claims (PARTY_TO, SIGNED, SIGNED_MOU_WITH between states for a memorandum) for the
    signings `readings` finds. party_of(mention, on) -> the state/group a mention signs for;
    make_agreement(a, b, head, date, parties) -> Agreement; pick_date(skel, span, excluded) -> date.
    `known`: the claims the rules already made for this sentence (their agreements are not read again).
    demonym(word) -> the state an adjective names ("Somali", "marroquí"), for partners named by it."""
    out: list[Claim] = []
    # the offices the document gave its people ("Kenya's defence minister Aden Duale"): a person the
    # gazetteer does not know signs for the state of that office, here and in later sentences
    roles = ctx.setdefault("role_states", {})
    for c in known:
        if c.predicate == "HOLDS_ROLE" and c.polarity == "positive" and c.object.startswith("state:"):
            roles.setdefault(c.subject, c.object)
    hint: dict[int, str] = {}
    visited: dict[int, str] = {}  # a partner met at a place visited: that place's state
    named = {m.entity for m in slots if m.entity.startswith("state:")}

    def party(x, on):
        if isinstance(x, str):
            return x  # a state named by its adjective ("with his Somali counterpart")
        if x >= len(slots):
            return None
        m = slots[x]
        if m.entity.startswith("official:"):
            # "his Mauritian counterpart, X": the adjective is X's state, whatever office the other holds
            mine = _counterpart_title_state(base, m, demonym)
            if mine:
                return mine
        got = party_of(m, on)
        if got is None and m.entity.startswith("official:") and x in visited and roles.get(m.entity) not in named:
            got = visited[x]  # (over an office the story gave in no state the sentence names: its home state, a guess)
        if got is None and m.entity.startswith("official:"):
            got = roles.get(m.entity) or hint.get(x) or _owner_state(slots, m, base) or _title_state(skel, x, demonym) or _home_state(
                ctx, m, counterpart_states) or _unmarked_home(ctx, m, other_sides(x))
        return got

    # the states the reading's other actors sign for by their own names or titles ("Defence Minister X and
    # French Armed Forces Minister Y signed", "el ministro X firmó con Estados Unidos"): beside one of
    # another state, a minister with no country of their own signs for the story's home state
    def other_sides(x: int) -> set:
        out_: set = set()
        for i in current:
            if i == x:
                continue
            if isinstance(i, str):
                out_.add(i)
            elif i < len(slots):
                mm = slots[i]
                st = party_of(mm, pub) if not mm.entity.startswith("official:") else (
                    _counterpart_title_state(base, mm, demonym) or party_of(mm, pub) or roles.get(mm.entity)
                    or hint.get(i) or _owner_state(slots, mm, base) or _title_state(skel, i, demonym))
                if st:
                    out_.add(st)
        return out_
    current: list = []

    # the states of the counterparts named in the sentence: a minister with no country of their own signs
    # for the story's home state only beside a counterpart of another state ("X and his Cuban counterpart")
    def counterpart_states() -> set:
        if not _COUNTER_WORD.search(base.get("quote") or ""):
            return set()
        return {st for st in (_counterpart_title_state(base, mm, demonym) for mm in slots
                              if mm.entity.startswith("official:")) if st}

    read: dict[str, set] = {}
    for c in known:
        if c.predicate == "PARTY_TO":
            read.setdefault(c.object, set()).add(c.subject)
    signed = {c.subject for c in known if c.predicate == "SIGNED"}
    agreements = agreements if agreements is not None else {}
    if read and len(_WITH_WORD.findall(skel)) < 2:
        # the rules read this sentence's agreement; only a second partner ("and with B") adds one, and (agree24) its
        # signatories when the rules named none: "A, B and C sealed a treaty signed in Niamey by X, Y and Z", "A y B
        # firmaron un memorando, rubricado por X y por Y"
        if not signed:
            for r in readings(skel, lang):
                people = [i for i in r.signers if i < len(slots) and slots[i].entity.startswith("official:")]
                sides = {party(i, pub) for i in people} - {None}
                aids = [a for a, ps in read.items() if sides and sides <= ps]
                if not people or len(aids) != 1:
                    continue
                like = next(c for c in known if c.predicate == "PARTY_TO" and c.object == aids[0])
                for i in people:
                    if slots[i].entity not in signed:
                        signed.add(slots[i].entity)
                        out.append(Claim(predicate="SIGNED", subject=slots[i].entity, object=aids[0], modality=like.modality,
                                         polarity="positive", date=like.date, rule=f"{lang}.agreements.rule_signers", **base))
        return out
    for r in readings(skel, lang):
        hint.clear()
        visited.clear()
        r.intro = 0 if (r.definite or r.ref or r.name) else fresh_mention(skel, max(0, r.subj_pos), r.span[1])
        if r.name and "⟦" in r.name:
            r.name = _restored(r.name, slots, base)
        if r.counterparts and demonym is not None:
            _add_counterparts(r, skel, demonym, hint)
        if r.host is not None and r.host < len(slots):
            # "A flew to ⟦Rabat⟧ and signed a memorandum with ⟦X⟧": X, of no state known, signs for the host's
            there = party_of(slots[r.host], pub)
            if there is not None and there not in {party(i, pub) for i in r.parties}:
                for x, _ in r.partners:
                    if isinstance(x, int) and x < len(slots) and slots[x].entity.startswith("official:"):
                        visited[x] = there
        if r.adjectives:
            r.parties = adjective_states(r.adjectives, demonym)
        current[:] = list(dict.fromkeys(r.parties + r.signers + [p for p, _ in r.partners]))
        if not (r.parties or r.signers or r.partners):
            continue  # no actor in a role: nothing to date or assess
        # cheap test first (dates and modality are the costly part): two sides, a named agreement or a signatory
        sides = {party(i, pub) for i in r.parties + r.signers + [p for p, _ in r.partners]}
        sides.discard(None)
        if r.ref and len(sides) < 2:
            continue
        if len(sides) < 2 and not r.name and not any(
                i < len(slots) and slots[i].entity.startswith("official:") for i in r.parties + r.signers):
            continue
        if len(r.partners) < 2 and any(sides <= have for have in read.values()):
            continue  # the rules read this agreement already
        ass = modality.assess(skel, r.span[0], r.span[1], r.subj_pos, lang)
        if r.presupposable and (ass.polarity != "positive" or ass.modality not in ("asserted", "reported")):
            r.presupposed = True
        if r.presupposed and not (pub and r.year and r.year < pub[:4]):
            continue  # ("the 2026 pact" in a 2025 story may be one still to be signed)
        if r.presupposed and (ass.polarity != "positive" or ass.modality not in ("asserted", "reported")):
            ass = modality.Assessment("asserted", "positive", None, None, ass.excluded)  # (its existence is not what is doubted)
        if ass.polarity != "positive" or ass.modality not in ("asserted", "reported"):
            continue
        common = dict(base, modality=ass.modality, polarity="positive", rule=f"{lang}.agreements.clause")
        if len(sides) < 2 and not r.name and not ctx.get("last_agreement") and (r.year or _YEAR.search(skel, *r.span)):
            # "signed in 2019 by X and Y": a signatory out of office today signs for the state they served then
            # (the offices are read on the signing's date, as the claims below are)
            then = (r.date_span and pick_date(skel, r.date_span, None)) or pick_date(skel, r.span, ass.excluded)
            if then:
                sides = {party(i, then) for i in r.parties + r.signers + [p for p, _ in r.partners]} - {None}
        if len(sides) < 2 and not r.name and not ctx.get("last_agreement"):
            # signatories of an agreement not read yet: dated only if one is read later (dates are costly)
            if read or (r.partners and not {party(i, pub) for i in r.parties + r.signers} - {None}):
                continue  # the rules' agreement of this sentence, or a partner that is no party
            for i in r.signers if not r.signs else dict.fromkeys(r.parties + r.signers):
                if i < len(slots) and slots[i].entity.startswith("official:") and slots[i].entity not in signed:
                    ctx.setdefault("pending_signers", []).append((slots[i].entity, dict(
                        common, rule=f"{lang}.agreements.signed_by"), (pick_date, skel, r.span, ass.excluded),
                        party(i, pub)))
            continue
        # a reference is dated by its own year (and month) only ("the ceasefire ... collapsed in March" is not its date);
        # a live blog's entry dates a signing that gives none
        date = r.year if r.ref else ((r.date_span and pick_date(skel, r.date_span, None)) or
                                     pick_date(skel, r.span, ass.excluded) or after_agreement(skel, r.span[0], ctx, agreements)
                                     or ctx.get("entry_day"))
        if date and not r.ref:
            date = later_than(skel, r.span[1], date, pub, lang) or date  # "in June 2017 and, two months later, signed"
        if r.shift and r.shift[0]:
            anchor = pick_date(skel, r.shift[2], None) if r.shift[2] else pub
            date = (finer(shifted(anchor, r.shift[0], r.shift[1]), skel, r.span[1], pub, lang) if anchor else None) or date
        if r.ref and r.month and not r.year and pub and len(pub) >= 7:
            # "the May ceasefire": the latest May up to the report (last year's, when May is still to come)
            y = int(pub[:4]) - (1 if r.month > int(pub[5:7]) else 0)
            date = f"{y}-{r.month:02d}"
        if r.ref and r.month and r.year:  # "the November 2024 ceasefire": its month and year (dates23)
            date = f"{r.year}-{r.month:02d}"
        if r.ref and r.year_span:  # "A's pact with B, signed in November 2023": to the month its phrase gives
            full = pick_date(skel, r.year_span, None)
            date = full if full and full.startswith(r.year) else date
        on = date or pub

        def side(i):
            return party(i, on)

        # a person signs only by a verb of signing ("reached a deal", "joined the pact" is for states);
        # a partner person too ("signed with his counterpart, X, a joint statement")
        signers = [i for i in dict.fromkeys((r.parties + [p for p, _ in r.partners] if r.signs else []) + r.signers)
                   if isinstance(i, int) and i < len(slots) and slots[i].entity.startswith("official:")]
        by = r.signers
        if r.definite and ctx.get("last_agreement") and not r.parties and not r.partners:
            # "The pact was signed by officials of both governments": the document's agreement, whose
            # parties are known; "both governments" is no new pair of parties
            by = [i for i in by if slots[i].kind != "pair"]
        own = [p for p in dict.fromkeys(side(i) for i in r.parties + by) if p]
        # one agreement per partner named with its own "with" ("with A in 2022 and with B a year later")
        groups: list[tuple[list[str], str | None]] = []
        if r.partners and len(own) == 1:
            for pi, pspan in r.partners:
                p = side(pi)
                if p and p != own[0]:
                    # several partners: each its own date phrase ("... and with B a year later")
                    d = (pick_date(skel, pspan, None) or date) if len(r.partners) > 1 else date
                    groups.append(([own[0], p], d))
        elif len(own) >= 2 and r.partners and plural(r.head):
            # "Nicaragua and Cuba signed memoranda with Russia": each its own with the partner
            for p in dict.fromkeys(side(pi) for pi, _ in r.partners):
                groups.extend(([o, p], date) for o in own if p and p != o)
        elif len(own) >= 2:
            # "A and B signed a pact with C": one agreement of all of them
            groups.append((own + [p for p in dict.fromkeys(side(pi) for pi, _ in r.partners) if p and p not in own], date))
        elif r.partners and not own:
            continue
        if not groups and r.name and len(own) == 1 and not r.partners:
            # "Colombia joined the Escazú Agreement": a party to an agreement known by its name
            aid = "agreement:" + ids.slug(r.name)
            if aid not in agreements:
                agreements[aid] = Agreement(id=aid, name=r.name, title=r.name, kind=kind_of(r.head))
            ctx["last_agreement"] = aid
            kw = dict(common, date=date)
            out.append(Claim(predicate="PARTY_TO", subject=own[0], object=aid, **kw))
            out.extend(Claim(predicate="SIGNED", subject=slots[i].entity, object=aid, **kw) for i in signers)
            continue
        groups = [(ps, d) for ps, d in groups if not any(set(ps) <= have for have in read.values())]
        signers = [i for i in signers if slots[i].entity not in signed]
        if not groups and read:
            continue
        if not groups:
            ag = agreement_for(ctx, {side(i) for i in signers})
            if ag and signers and r.signed and r.definite and date and date != pub:
                # "The memorandum was signed by X in Tehran on July 20, 2023": the date signs the accord read undated
                # before (as the same parties' reading does below)
                dated = ctx.setdefault("dated_agreements", {})
                a = agreements.get(ag)
                if a is not None and not dated.get(ag) and (a.date is None or a.date == pub):
                    a.date = dated[ag] = date
            if signers:
                # "The deal was signed by A and B": the document's agreement, now or once it is read
                for i in signers:
                    kw = dict(common, date=date or ctx.get("last_agreement_date"), rule=f"{lang}.agreements.signed_by")
                    if ag:
                        theirs = (ctx.get("dated_agreements") or {}).get(ag) or getattr(agreements.get(ag), "date", None)
                        if date and date != pub and theirs and str(date)[:4] != str(theirs)[:4]:
                            continue  # "un memorando firmado en 2017 por X": not the story's 2025 memorandum
                        if i in r.signers:  # "signed by A and B"; "A signed the deal" may be another deal (measured)
                            out.append(Claim(predicate="SIGNED", subject=slots[i].entity, object=ag, **kw))
                    else:
                        ctx.setdefault("pending_signers", []).append((slots[i].entity, kw, None, side(i)))
            continue
        # "two security accords — a status-of-forces agreement and a memorandum": one agreement of each kind
        heads = r.kinds if len(groups) == 1 and r.kinds else [r.head]
        one_group = len(groups) == 1
        for parties, d, head, intro in [(ps, d_, h, r.intro if k == 0 else 2) for ps, d_ in groups
                                        for k, h in enumerate(heads)]:
            step_day = None
            dated = ctx.setdefault("dated_agreements", {})
            # the same parties' agreement read earlier in the document is this one, unless this
            # sentence dates a new one ("a new pact" in another year): signed once, dated once
            prefix = "agreement:" + ids.slug(" ".join(sorted(p.split(":")[1] for p in parties))) + "-"
            # (an agreement of that year, or another one of theirs that year: "...-2025-protocol")
            earlier = [a for a in agreements if a.startswith(prefix) and a[len(prefix):len(prefix) + 4].isdigit()
                       and (len(a) == len(prefix) + 4 or a[len(prefix) + 4] == "-")]
            refs = ctx.setdefault("ref_agreements", set())
            if r.ref:
                # a reference is to the same parties' agreement already read (of its year, if it gives one);
                # an undated one to nothing read yet makes no agreement of its own (a headline's "the A-B deal")
                same = [a for a in earlier if not d or d.startswith(a[len(prefix):])]
                earlier = same
            else:
                # another year's agreement only referred to ("under their 2019 pact") is not the one signed now
                earlier = [a for a in earlier if a not in refs or (d and d.startswith(a[len(prefix):len(prefix) + 4]))]
            if d:  # "the accord both governments signed in July 2022": not theirs a sentence dated to another year
                earlier = [a for a in earlier if d.startswith(a[len(prefix):len(prefix) + 4]) or not dated.get(a)]
            # (measured: a "signed by" reference naming "the text"/"el documento" gave a wrong signatory, so
            # only agreement nouns are read)
            if earlier and (r.definite or r.ref or not d or any(d.startswith(a[len(prefix):len(prefix) + 4]) for a in earlier)):
                pick = earlier[-1]
                first = pick[:len(prefix) + 4]  # that year's first agreement of theirs
                which = distinct_id(first, kind_of(head) if head == r.head else head, intro, agreements)
                if which in agreements:
                    ag = agreements[which]
                else:  # "Separately, A and B signed a protocol": another agreement of theirs that year
                    ag = make_agreement(parties[0], parties[1], head, d or agreements[first].date,
                                        parties if len(parties) > 2 else None, fresh=intro)
                # "The memorandum was signed ... on July 20, 2023": the reference's own date signs
                # the accord read undated before (not the report's day it fell back on)
                # (a verb of signing proper only: another verb's date, "takes effect on July 1", is not it)
                d = dated.get(ag.id) or (d if r.signed else None)
                if d and not dated.get(ag.id) and (ag.date is None or ag.date == pub):
                    ag.date = d
                if kind_of(head) == "memorandum of understanding" != ag.kind:
                    # "the memorandum" naming the deal read before: it is a memorandum (as _agreement does)
                    ag.title = ag.name = ag.title.replace(f" {ag.kind}", " memorandum of understanding", 1)
                    ag.kind = "memorandum of understanding"
            elif r.ref:
                if milestone(skel):  # "the pact between A and B entered into force": already signed
                    ctx.setdefault("in_force", set()).add(frozenset(parties))
                    # (the parties are bound from that day: their claims take it, the agreement keeps its own date)
                    step_day = None if d else pick_date(skel, r.span, ass.excluded)
                ag = make_agreement(parties[0], parties[1], head, d, parties if len(parties) > 2 else None)
                refs.add(ag.id)
                if not d:  # undated: the same parties' agreement the document dates elsewhere, else none (settle_undated)
                    ctx.setdefault("undated_agreements", {}).setdefault(ag.id, "ref")
            elif r.relative and not d:
                # "the memorandum that A signed with B", undated: a known agreement, not news of the report's day;
                # the one the document dates elsewhere, else none (measured on unread text: of the report's year,
                # these were wrong agreements)
                ag = make_agreement(parties[0], parties[1], head, None, parties if len(parties) > 2 else None)
                ctx.setdefault("undated_agreements", {})[ag.id] = "ref"
            else:
                ante = None if d or not r.definite or r.ref else antecedent(ctx.get("prev_sentence") or "", head, pick_date)
                if ante:  # "The pact, signed by A and B, ...": the agreement the sentence before named with its year
                    head, d = ante[0].lower(), ante[2]
                    r.name = r.name or ante[1]
                agr_date = d or (None if background(base["quote"]) or in_force_before(ctx, parties) or (
                    r.definite and milestone(ctx.get("prev_sentence") or "")) else pub)
                if d and not r.signed and milestone(skel):
                    # "Colombia's Congress ratified on Tuesday the pact between A and B", "entered into force on
                    # Monday": that day is the ratification's or the entry into force's, not the day it was signed
                    agr_date = None
                    ctx.setdefault("in_force", set()).add(frozenset(parties))
                ag = make_agreement(parties[0], parties[1], head, agr_date, parties if len(parties) > 2 else None)
                if not agr_date and d:
                    ctx.setdefault("undated_agreements", {})[ag.id] = "signed"
                    step_day, d = d, None  # (its claims keep the day; the agreement's date is the signing's, read elsewhere)
                elif not d and not agr_date and in_force_before(ctx, parties):
                    ctx.setdefault("undated_agreements", {})[ag.id] = "signed"  # (kept, not dropped as a reference)
                elif not d and (r.referred or not agr_date):
                    # undated and named as known ("the pact signed by A and B"): the same parties' agreement the
                    # document dates elsewhere, if any (settle_undated); else the report's year, as news
                    ctx.setdefault("undated_agreements", {}).setdefault(ag.id, "signed")
            if not r.ref and not (r.relative and not d):
                # (a reference is background: later "the deal" / "signed by" mean the story's agreement)
                ctx["last_agreement"] = ag.id
            if r.name and r.name not in ag.aliases:
                ag.aliases = sorted({*ag.aliases, r.name})  # "the Mutual Defense Treaty": found by its name too
            if d:
                dated.setdefault(ag.id, d)
            kw = dict(common, date=dated.get(ag.id) or d or step_day or ag.date)  # undated news: the report's day, as its Agreement
            if r.ref:
                kw["rule"] = f"{lang}.agreements.reference"
            else:
                ctx["last_agreement_date"] = dated.get(ag.id)
            for p in parties:
                out.append(Claim(predicate="PARTY_TO", subject=p, object=ag.id, **kw))
            if kind_of(head) == "memorandum of understanding" and len(parties) == 2 \
                    and all(p.startswith("state:") for p in parties):
                out.append(Claim(predicate="SIGNED_MOU_WITH", subject=parties[0], object=parties[1],
                                 props={"agreement": ag.id}, **kw))
            if one_group:
                for i in signers:
                    out.append(Claim(predicate="SIGNED", subject=slots[i].entity, object=ag.id, **kw))
    return out


# a later step of an agreement signed before: its entry into force or ratification (a date there is that step's)
_MILESTONE = literals.compile(r"\b(?:ratif(?:y|ies|ied|ying|ication|ic[oó]|icaron|icad[oa]s?|icaci[oó]n|ica|ican)|"
                              r"(?:enter(?:s|ed|ing)?|c[ao]mes?|coming)\s+into\s+(?:force|effect)|(?:took|takes|take|taking)\s+effect|"
                              r"(?:went|goes|go)\s+into\s+effect|in\s+force\s+since|"
                              r"(?:entr[oó]|entra|entraron|entran|ha\s+entrado|había\s+entrado)\s+en\s+vigor|"
                              r"(?:está|están|estaba)\s+en\s+vigor|vigente\s+desde|rige\s+desde)\b", re.I)


def milestone(skel: str) -> bool:
    """Whether a sentence tells an agreement's later step ("entered into force", "was ratified", "entró en vigor")
    and not its signing ("the treaty, signed in March 2023, took effect on January 1" dates the signing too)."""
    return ("rat" in skel or "ffect" in skel or "orce" in skel or "vigo" in skel or "vigente" in skel or "rige" in skel) \
        and _MILESTONE.search(skel) is not None and _SIGN_WORD.search(skel) is None


_SIGN_WORD = literals.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|firm(?:ó|aron|ad[oa]s?|a|an)|suscri(?:bió|bieron|t[oa]s?)|"
                              r"rubric(?:ó|aron|ad[oa]s?))\b", re.I)


def in_force_before(ctx: dict, parties) -> bool:
    """Whether the document told these parties' agreement already in force or ratified: a signing of theirs it
    gives no date is an older one, not news of the report's day."""
    return frozenset(parties) in (ctx.get("in_force") or ())


def _restored(name: str, slots: list, base: dict) -> str | None:
    """An agreement name with its slots put back as the text wrote them ("Convención de Caracas")."""
    s0, quote = base.get("char_start"), base.get("quote") or ""

    def text(mm: re.Match) -> str:
        k = int(mm.group(1))
        return quote[slots[k].start - s0:slots[k].end - s0] if s0 is not None and k < len(slots) else ""
    out = SLOT.sub(text, name)
    return out if out and "⟦" not in out and all(out.split()) else None


def _add_counterparts(r: Reading, skel: str, demonym, hint: dict[int, str]) -> None:
    """"with his Somali counterpart(, X)": X (or, unnamed, the state itself) is a partner, signing for
    the adjective's state; "A and his Somali counterpart signed": A is a party too."""
    known = set(r.parties) | {p for p, _ in r.partners} | set(r.signers)
    for word, slot, span in r.counterparts:
        state = demonym(word)
        if state is None:
            continue
        before = re.search(r"⟦(\d+)⟧\s*,?\s*$", skel[max(0, span[0] - 12):span[0]])
        if before and int(before.group(1)) not in known and not skel[span[0]:span[1]].lower().startswith(("with", "con")):
            r.parties.append(int(before.group(1)))
            known.add(int(before.group(1)))
        if slot is not None:
            hint[slot] = state
            if slot not in known:
                r.partners.append((slot, span))
                known.add(slot)
        elif state not in {p for p, _ in r.partners}:
            r.partners.append((state, span))


# "his Mauritian counterpart, X", "su homólogo saudí, el príncipe X", "su par chino, X": right before X
_COUNTER_TITLE = literals.compile(r"\b(?:his|her|their|its|su|sus)\s+(?P<pre>[^\W\d_]+\s+)?(?:counterparts?|homólog[oa]s?|"
                            r"(?<=su\s)par|(?<=sus\s)pares)(?P<post>\s+[^\W\d_]+)?\s*,?\s*(?:(?:the|el|la)\s+"
                            r"(?:[^\W\d_]+\s+){0,2})?$", re.I)
_TITLE_STATE_WORD = literals.compile(r"\b(?:minister|ministr[oa]|president[ea]?|premier|canciller|chancellor|secretary|"
                               r"secretari[oa]|head\s+of\s+state|jef[ea]\s+de\s+(?:estado|gobierno))\b", re.I)


def _counterpart_title_state(base: dict, m, demonym) -> str | None:
    """The state of "his Mauritian counterpart, X" / "su homólogo saudí, X" / "su par chino, X", read off
    the sentence text (the skeleton keeps only the person's slot; the person may carry the other's office)."""
    s0 = base.get("char_start")
    if demonym is None or s0 is None:
        return None
    at = m.start - s0
    if at <= 0:
        return None
    cm = _COUNTER_TITLE.search((base.get("quote") or "")[max(0, at - 70):at])
    if cm is None:
        return None
    for w in (cm.group("pre"), cm.group("post")):
        st = demonym(w.strip()) if w else None
        if st:
            return st
    return None


_COUNTER_WORD = literals.compile(r"\b(?:counterparts?|homólog[oa]s?|su\s+par|sus\s+pares)\b", re.I)


def _home_state(ctx: dict, m, counterpart_states) -> str | None:
    """A minister or head of government named with no country: the state the story is filed from (its
    dateline); or, beside a counterpart of another state ("Deputy Prime Minister X and his Cuban
    counterpart"), the one state the story is clearly about (measured: without a counterpart the
    story's main state was as often the partner's or a third one's)."""
    if not _TITLE_STATE_WORD.search(getattr(m, "role", None) or ""):
        return None
    if ctx.get("para_dateline") or ctx.get("dateline_state"):
        # (a round-up's section head, "URUGUAY. ...", files its paragraph as a dateline files a story)
        return ctx.get("para_dateline") or ctx["dateline_state"]
    home = ctx.get("home_states") or ()
    if len(home) != 1:
        return None
    others = counterpart_states()
    if not others or next(iter(home)) in others:
        return None
    return next(iter(home))


def _unmarked_home(ctx: dict, m, others: set) -> str | None:
    """A minister with no country beside a signatory or partner of another state ("Defence Minister X and
    French Armed Forces Minister Y signed", "el ministro de Defensa, X, firmó con el general chino Y"): the
    state the story is filed from, else the one its unmarked titles serve (people.unmarked_home). Not the
    state the story names most: measured, an interview from Malé named India more than the Maldives."""
    if not others or not _TITLE_STATE_WORD.search(getattr(m, "role", None) or ""):
        return None
    home = ctx.get("para_dateline") or ctx.get("dateline_state") or ctx.get("title_home")
    if home is None:
        # the state the story names most, when its headline names it too ("Armenia is walking away from Moscow")
        most = ctx.get("home_states") or ()
        lead = set(most) & set(ctx.get("lead_states") or ())
        home = next(iter(lead)) if len(lead) == 1 else None
    return home if home and home not in others else None


def _owner_state(slots: list, m, base: dict) -> str | None:
    """The state written with a possessive right before a person ("signed by Romania's Angel Tilvar"), when nothing
    else gives the person's state (the skeleton folds the owner into the person's slot)."""
    quote, s0 = base.get("quote") or "", base.get("char_start")
    if s0 is None:
        return None
    for x in slots:
        if x.entity.startswith("state:") and x.end <= m.start and \
                quote[x.end - s0:m.start - s0] in ("'s ", "’s ", "' ", "’ "):
            return x.entity
    return None


def _title_state(skel: str, i: int, demonym) -> str | None:
    """The state of a person's title right before them ("el ministro delegado marroquí encargado de
    la Defensa, X"), when nothing else gives it."""
    if demonym is None:
        return None
    at = skel.find(f"⟦{i}⟧")
    if at < 0:
        return None
    lo = max(0, at - 110)
    prev = skel.rfind("⟧", lo, at)
    title = skel[max(lo, prev + 1):at]
    if not _TITLE_WORD.search(title):
        return None
    for w in re.findall(r"[^\W\d_]{4,}", title):
        st = demonym(w)
        if st:
            return st
    return None


_MOU_WORD = literals.compile(r"\b(?:memorand\w*|memor[aá]nd\w*|MoUs?)\b", re.I)


def memoranda_only(claims: list[Claim], agreements: dict) -> list[Claim]:
    """SIGNED_MOU_WITH is the schema's edge for memoranda of understanding: a state pair's deal,
    treaty or pact is PARTY_TO only, unless the document calls that same agreement a memorandum
    somewhere ("a new security partnership" that another sentence names as the MoU)."""
    out = []
    # sentences whose memorandum is another agreement read there: their word names that one ("signed memoranda with
    # Armenia, and Washington and Baku signed a charter": the charter is no memorandum)
    mou_read = {(c.char_start, c.quote) for c in claims if c.predicate == "SIGNED_MOU_WITH" and getattr(
        agreements.get((c.props or {}).get("agreement")), "kind", None) == "memorandum of understanding"}
    for c in claims:
        if c.predicate == "SIGNED_MOU_WITH":
            ag = agreements.get((c.props or {}).get("agreement"))
            if ag is not None and ag.kind != "memorandum of understanding" and (
                    not _MOU_WORD.search(c.quote or "") or (c.char_start, c.quote) in mou_read and
                    len(_MOU_WORD.findall(c.quote or "")) == 1):
                continue  # (a sentence naming a memorandum keeps it: a rule may have read another noun as the head)
        out.append(c)
    return out


# the agreement told as not signed yet: "was initialled ... but still has to be signed by the leaders", "has yet to be
# signed", "awaits the leaders' signatures", "aún debe ser firmado", "está pendiente de firma", "todavía no ha sido firmado"
_NOT_SIGNED_YET = literals.compile(
    r"\b(?:(?:still|yet)\s+(?:has|have|had|needs?|needed)\s+to\s+be\s+(?:formally\s+)?signed|(?:has|have|had|is|are|was|were)\s+"
    r"(?:still\s+)?yet\s+to\s+be\s+(?:formally\s+)?signed|not\s+(?:yet\s+)?(?:been\s+)?(?:formally\s+)?signed\s+yet|"
    r"(?:has|have|had)\s+not\s+yet\s+been\s+(?:formally\s+)?signed|(?:awaits?|awaiting|awaited)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?signatures?|"
    r"(?:aún|todavía)\s+(?:debe|deben|debía|debían|tiene\s+que|tienen\s+que|tenía\s+que)\s+(?:ser\s+)?firmad|"
    r"(?:aún|todavía)\s+(?:falta|faltaba)\s+(?:la\s+firma|firmarlo|firmarla)|"
    r"(?:está|están|estaba|estaban|queda|quedan|sigue|siguen)\s+(?:aún\s+|todavía\s+)?pendientes?\s+de\s+(?:la\s+)?firma|"
    r"(?:aún|todavía)\s+no\s+(?:ha|han|había|habían)\s+sido\s+firmad|a\s+la\s+espera\s+de\s+(?:la\s+|las\s+)?firmas?|"
    # or does not exist at all: "...; no such agreement exists", "; ese acuerdo no existe"
    r"no\s+such\s+(?:agreement|accord|deal|pact|treaty|memorandum|document)\s+(?:exists|existed)|"
    r"(?:the|that|this)\s+(?:agreement|accord|deal|pact|treaty|memorandum|document)\s+(?:does\s+not|doesn['’]t|did\s+not|never)\s+exist|"
    r"(?:el|ese|este|dicho|tal)\s+(?:acuerdo|pacto|tratado|memorando|convenio|documento)\s+(?:no\s+existe|nunca\s+existió|es\s+inexistente)|"
    r"no\s+existe\s+(?:tal|ese|ningún|dicho)\s+(?:acuerdo|pacto|tratado|memorando|convenio|documento))", re.I)


# "the government of Juan Carlos Varela signed", "la administración del presidente X firmó", "X's government signed":
# the person names the government that signed, and is no signatory of their own
_GOVERNMENT_OF = literals.compile(r"\b(?:government|administration|executive|cabinet|regime|gobierno|administración|ejecutivo|"
                                  r"gabinete|régimen)\s+(?:of|de|del)\s+(?:the\s+|el\s+)?(?:(?:then|former|entonces|"
                                  r"expresidente|ex\s*presidente)\s+)?(?:(?:president|presidente|prime\s+minister|"
                                  r"primer\s+ministro|premier|mandatario)\s+)?$", re.I)
_GOVERNMENT_AFTER = literals.compile(r"['’]s?\s+(?:(?:then|former|own)\s+)?(?:government|administration|cabinet|regime)\b", re.I)


def governments_not_signers(claims: list[Claim], text: str, mentions) -> list[Claim]:
    """Drops a SIGNED whose person the quote names only as the one whose government signed."""
    out = []
    for c in claims:
        if c.predicate == "SIGNED" and c.polarity == "positive" and c.quote:
            here = [m for m in mentions if m.entity == c.subject and c.char_start <= m.start and m.end <= c.char_end]
            if here and all(_GOVERNMENT_OF.search(text, max(0, m.start - 60), m.start)
                            or _GOVERNMENT_AFTER.match(text, m.end) for m in here):
                continue
        out.append(c)
    return out


def not_signed_yet(claims: list[Claim]) -> list[Claim]:
    """Drops the parties read off a sentence that tells its one agreement is not signed yet ("The text of a peace
    agreement was initialled by the two foreign ministers but still has to be signed by the leaders", "El texto,
    rubricado por los negociadores, aún debe ser firmado por los presidentes"): no state is party to it yet. The
    initialling ministers' SIGNED stays (an initial is a signature of the text)."""
    out = []
    for c in claims:
        if c.predicate in ("PARTY_TO", "SIGNED_MOU_WITH") and c.polarity == "positive" and c.quote:
            q = c.quote
            late = _NOT_SIGNED_YET.search(q)
            heads = _ANY_HEAD_BOTH.findall(q, 0, late.start()) if late is not None else []
            if late is not None and len(heads) == 1 and len(_ANY_HEAD_BOTH.findall(q, late.end())) == 0:
                continue
        out.append(c)
    return out


def note_parties(ctx: dict, claims) -> None:
    """Remember each agreement's parties, most recently named last, so that a later "the pact was
    signed by A" finds the agreement A's state is party to (a round-up names several)."""
    parts = ctx.setdefault("agreement_parties", {})
    order = ctx.setdefault("agreement_order", [])
    for c in claims:
        if c.predicate == "PARTY_TO" and c.polarity == "positive":
            ctx["agreement_sentence"] = ctx.get("sent_index")
            parts.setdefault(c.object, set()).add(c.subject)
            if order and order[-1] == c.object:
                continue
            if c.object in order:
                order.remove(c.object)
            order.append(c.object)


# "A and B signed it", "lo firmaron A y B", "A y B lo rubricaron": the agreement just read, signed by people
_PEOPLE = r"⟦\d+⟧(?:\s*,\s*(?:por|for|on\s+behalf\s+of|en\s+nombre\s+de)\s+⟦\d+⟧\s*,?)?"
_PEOPLE_LIST = rf"{_PEOPLE}(?:\s*,\s*{_PEOPLE})*(?:\s*,?\s*(?:and|y|e)\s+{_PEOPLE})?"
_PRONOUN_SIGN = {
    "en": (literals.compile(rf"(?P<list>{_PEOPLE_LIST})\s+(?:(?:also|then|later|formally|both)\s+)?(?:signed|inked|initial(?:l)?ed)"
                      rf"\s+it\b", re.I),),
    "es": (literals.compile(rf"\b(?:lo|la)\s+(?:firm(?:ó|aron)|suscribi(?:ó|eron)|rubric(?:ó|aron))\s+(?P<list>{_PEOPLE_LIST})", re.I),
           literals.compile(rf"(?P<list>{_PEOPLE_LIST})\s+(?:lo|la)\s+(?:firm(?:ó|aron)|suscribi(?:ó|eron)|rubric(?:ó|aron))", re.I)),
}
_ON_BEHALF = literals.compile(r"⟦(\d+)⟧\s*,?\s*(?:por|for|on\s+behalf\s+of|en\s+nombre\s+de)\s+⟦(\d+)⟧", re.I)
# the people named around a verb of signing whose object is the agreement just read, with their titles between
# them: "X and the U.S. charge d'affaires, Y, put their names to the text" (the people before the verb),
# "Rubricaron el documento el comandante de la Guardia Costera filipina, el almirante X, y su homólogo
# vietnamita, Y" (the people after it, the Spanish verb first)
_THE_TEXT = (r"(?:it|the\s+(?:document|text|agreement|accord|deal|memorandum|pact|treaty)|"
             r"(?:el|la)\s+(?:documento|texto|acuerdo|memorando|memorándum|convenio|tratado|pacto))\b")
_THEIR_SIDES = (r"(?:for|on\s+behalf\s+of|en\s+nombre\s+de|por)\s+(?:their|sus)\s+(?:respective\s+|respectivos\s+)?"
                r"(?:countries|governments|nations|states|sides|países|gobiernos|naciones|estados)\b")
_SIGN_ES = r"(?:firm(?:ó|aron)|suscribi(?:ó|eron)|rubric(?:ó|aron))"
# a clitic signing in a chronicle's present too ("Lo suscriben X y Y"): the pronoun names an agreement already told
_SIGN_ES_CLITIC = (r"(?:firm(?:ó|aron|a|an)|suscrib(?:ió|ieron|e|en)|rubric(?:ó|aron|a|an)|"
                   r"(?:ha|han|había|habían)\s+(?:firmado|suscrito|rubricado))")
# each pattern: the people before the verb, or (group "vfirst") after it
_SIGNED_TEXT = {
    "en": (literals.compile(rf"\b(?:(?:also|then|later|formally|both|jointly)\s+)?(?:signed|inked|initial(?:l)?ed|"
                      rf"put\s+(?:their|his|her)\s+(?:names?|signatures?)\s+to)\s+(?:{_THE_TEXT}|(?:it\s+|the\s+\w+\s+)?{_THEIR_SIDES})", re.I),),
    "es": (literals.compile(rf"(?:^|[,:]\s+)(?:⟦\d+⟧(?:\s*,\s*⟦\d+⟧)*(?:\s+(?:y|e)\s+⟦\d+⟧)?\s+)?(?:(?:[A-Za-zÁÉÍÓÚáéíóúñ]+\s+){{0,3}}?)"
                      rf"(?:(?:lo|la)\s+(?P<vclitic>{_SIGN_ES_CLITIC})\b|(?P<vfirst>{_SIGN_ES})\s+(?:{_THE_TEXT}|(?=por\s+⟦)))", re.I),
           literals.compile(rf"\b{_SIGN_ES}\s+(?:{_THE_TEXT}|(?:el\s+\w+\s+)?{_THEIR_SIDES})", re.I),
           literals.compile(r"\b(?P<vfirst>llev(?:a|an|aba)|tiene)\s+las?\s+firmas?\s+de(?:l\b)?", re.I)),
}
_SIGNED_TEXT["en"] += (literals.compile(r"\b(?P<vfirst>bears|bore|carries|carried)\s+the\s+signatures?\s+of\b", re.I),)
# agree24: a signing told with no object, of the agreement just read: "A and his counterpart B signed in Cairo on
# Monday", "the two ministers put pen to paper at the palace", "X y su homólogo Y firmaron en Caracas" (the people
# before the verb; nothing after it but a place, a time or the sentence's end)
_NO_OBJECT_AFTER = (r"(?=\s*(?:[.;]|,\s+(?:and|but|while|y|pero|mientras)\b|$|,?\s+(?:(?:in|at|en)\s+(?:the\s+|la\s+|el\s+)?(?-i:⟦|[A-ZÁÉÍÓÚ]|\d)|"
                    r"(?:on|during|last|this|el|este|esta|durante)\s+(?!behalf\b)|(?:yesterday|today|earlier|ayer|hoy)\b)"
                    r"(?![^.;]{0,60}\b(?:" + _HEAD_EN + "|" + _HEAD_ES + r")\b)))")
_SIGNED_TEXT["en"] += (literals.compile(r"\b(?:(?:also|then|later|formally|both|jointly)\s+)?(?:signed|inked|put\s+pen\s+to\s+paper)"
                                        + _NO_OBJECT_AFTER, re.I),)
_SIGNED_TEXT["es"] += (literals.compile(r"(?<!\bque\s)(?<!\bse\s)\b(?:firmaron|suscribieron|rubricaron|estamparon\s+sus\s+firmas)" + _NO_OBJECT_AFTER,
                                        re.I),)
# agree24: the signatories named by the noun: "The Saudi signatory was X", "the signatories were X and Y", "X was the
# Iranian signatory", "Signatories: X (Rosatom); Y", "El firmante saudí fue X", "Firmantes: X y Y", "X fue la firmante
# por Chile"; people only (_people_in: "the signatories were Iran and Saudi Arabia" names parties, read elsewhere)
_SIGNATORY_NOUN = {
    "en": (literals.compile(r"\b(?:[Tt]he\s+(?:[\w-]+\s+){0,2}?)?(?P<vsig>(?-i:[Ss])ignator(?:y|ies)(?:\s+(?:was|were|is|are)\s+|\s*:\s*)|"
                            r"(?-i:Signed\s+by)\s*:\s*)", re.I),
           literals.compile(r"\b(?:was|were)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?signator(?:y|ies)\b(?!\s+(?:to|of|states?|countries|nations|parties)\b)", re.I)),
    "es": (literals.compile(r"\b(?:(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as)\s+)?(?P<vsig>(?-i:[Ff])irmantes?(?:\s+(?:[\wáéíóúñ-]+\s+){0,2}?(?:fue|fueron|es|son)\s+|\s*:\s*))", re.I),
           literals.compile(r"\b(?:fue|fueron)\s+(?:el|la|los|las)\s+firmantes?\b(?!\s+(?:del?|en)\b)", re.I)),
}
_SIGNED_TEXT["en"] += _SIGNATORY_NOUN["en"]
_SIGNED_TEXT["es"] += _SIGNATORY_NOUN["es"]
# (the next signatory told in a clause of its own ends the list: "..., and the Iranian signatory was Y")
_SIG_STOP = literals.compile(r"[;.]|,\s*(?:and|y)\s+(?:the|el|la)\s|\b(?:signator(?:y|ies)|firmantes?)\b", re.I)
_OF_ANOTHER = literals.compile(r"\s+(?:of|for|de|del)\s+(?:a|an|another|un|una|otro|otra)\b", re.I)
_PEOPLE_STOP = literals.compile(r"[;.]|\b(?:tras|después|en\s+presencia|(?:con|en)\s+(?:la\s+)?presencia|witnessed|ante|durante|mientras|after|before|during|in\s+the\s+presence|"
                          r"while|que|who|which)\b", re.I)
_TITLE_OF = literals.compile(r"\b(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
# "hermano del ⟦k⟧", "a cousin of ⟦k⟧": a signatory's relative named in their title signs nothing
_KIN_OF = literals.compile(r"\b" + kinship.NOUN + r"\s+(?:of|de|del)\s+"
                     r"(?:the\s+|la\s+|el\s+)?(?-i:(?:[a-záéíóúñ][\w-]*\s+){0,3})$", re.I)  # (a title between: "del presidente ⟦k⟧")
# "X signed for Peru", "X firmó en nombre de Perú": the signatory of the agreement that state is party to
# ("X, who serves as the ⟦Taliban⟧'s foreign minister, signed for Kabul": a relative clause on the signatory between)
# (an aside between: "X, who led the talks, signed for Peru", "X, Kosovo's defence minister, signed for Pristina")
_SIGNED_FOR = literals.compile(r"⟦(?P<p>\d+)⟧(?:\s*,\s*(?:(?:who|quien|que)\s+)?[^,;⟦]{0,60}(?:⟦\d+⟧[^,;⟦]{0,40})?,)?\s*,?\s+(?:(?:who|quien)\s+)?(?:signed|firm(?:ó|aron))\s+(?:it\s+|the\s+\w+\s+)?(?:for|on\s+behalf\s+of|"
                         r"en\s+nombre\s+de|por\s+parte\s+de)\s+(?:the\s+|la\s+|el\s+)?⟦(?P<st>\d+)⟧", re.I)
# "... and Y on behalf of Uganda", "... y Y por Uganda": the next signatory, the verb left out
_AND_FOR = literals.compile(r"\s*,?\s*(?:and|y|e)\s+(?:[\w-]+\s+){0,3}?⟦(?P<p>\d+)⟧\s*,?\s+(?:for|on\s+behalf\s+of|por|en\s+nombre\s+de)\s+"
                      r"(?:the\s+|la\s+|el\s+)?⟦(?P<st>\d+)⟧", re.I)


_SIGNED_AT = literals.compile(r"\b(?:en|in|at|desde)\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+)?$", re.I)


def _people_in(skel: str, slots: list, start: int, end: int) -> list[int] | None:
    """The officials named in skel[start:end], their titles' bodies and states aside ("el comandante de la
    ⟦k⟧ filipina, el ⟦j⟧"); None when a clause word or another actor in a role makes it no list of signers."""
    region = skel[start:end]
    if len(region) > 200 or _SAY.search(region):
        return None
    people = []
    prev_end = prev = None
    for sm in SLOT.finditer(region):
        k = int(sm.group(1))
        if k >= len(slots):
            return None
        if slots[k].entity.startswith("official:"):
            # "hermano del ⟦k⟧", "brother of ⟦k⟧": whose relative the signatory is; "⟦j⟧, el ⟦k⟧": one person twice
            # (agree24: a bare comma between two different people is a list, "⟦A⟧, ⟦B⟧, ⟦C⟧ and ⟦D⟧ put their signatures")
            if not (_KIN_OF.search(region, 0, sm.start()) or (
                    prev_end is not None and re.fullmatch(r"\s*,\s*(?:el|la|the)?\s*", region[prev_end:sm.start()])
                    and (slots[prev].entity == slots[k].entity
                         or re.fullmatch(r"\s*,\s*(?:el|la|the)\s*", region[prev_end:sm.start()])))):
                people.append(k)
            prev_end, prev = sm.end(), k
        elif slots[k].kind == "capital" and _SIGNED_AT.search(region, 0, sm.start()):
            continue  # where it was signed ("Lo firmaron en ⟦Teherán⟧, en julio, X y Y"), not a party
        elif not (_TITLE_OF.search(region, 0, sm.start()) or re.match(r"\s*['’]s\b|\s+[a-zé'’-]+\s*(?:[a-z'’-]+\s*)?,\s*(?:⟦|[A-Z])"
                                                                         # agree24: "his ⟦Argentine⟧ counterpart ⟦k⟧" (no comma)
                                                                         r"|\s+(?:counterparts?|homólog[oa]s?|par)\s+⟦",
                                                                         region[sm.end():])):
            return None  # a state or body that is no part of a title: a party, not a signatory
    return people


def pronoun_signings(skel: str, slots: list, base: dict, ctx: dict, lang: str, party, date) -> list[Claim]:
    """SIGNED for the people of "A and B signed it" / "lo firmaron A, por Kenia, y B, por Etiopía", when the
    agreement "it" stands for was read in this sentence or the two before (an older "it" may be anything)."""
    rxs = _PRONOUN_SIGN.get(lang)
    if rxs is None or "⟦" not in skel or ctx.get("agreement_sentence") is None \
            or ctx.get("sent_index", 0) - ctx["agreement_sentence"] > 2:
        return []
    out: list[Claim] = []
    for m in (m for rx in rxs for m in rx.finditer(skel)):
        if _BLOCK[lang].search(skel, 0, m.start()) or _BLOCK[lang].search(m.group()):
            continue
        lst = m.group("list")
        behalf = {int(a): int(b) for a, b in _ON_BEHALF.findall(lst)}
        people = [int(k) for k in SLOT.findall(lst) if int(k) not in behalf.values()]
        if not people or any(k >= len(slots) or not slots[k].entity.startswith("official:") for k in people):
            continue
        along = _ALONGSIDE.match(skel, m.end())
        if along is not None and int(along.group(1)) < len(slots) and slots[int(along.group(1))].entity.startswith("official:"):
            people.append(int(along.group(1)))  # "X signed it alongside / with (her counterpart) Y": Y signed it too
        states = {party(behalf[k]) if k in behalf and behalf[k] < len(slots) else party(k) for k in people} - {None}
        ag = agreement_for(ctx, states)
        if ag is None:
            continue
        for k in people:
            out.append(Claim(predicate="SIGNED", subject=slots[k].entity, object=ag, modality="asserted",
                             polarity="positive", date=date(m.span()) or ctx.get("last_agreement_date"),
                             rule=f"{lang}.agreements.signed_it", **base))
    return out or _signed_text(skel, slots, base, ctx, lang, party, date)


_ALONGSIDE = literals.compile(r"\s*,?\s+(?:alongside|together\s+with|with|junto\s+a|junto\s+con|con)\s+(?:(?:his|her|their|su|sus)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:counterparts?|homólog[oa]s?)\s*,?\s*)?(?:⟦\d+⟧\s*,?\s*)?⟦(\d+)⟧", re.I)
# ("with ⟦Turkish⟧, ⟦X⟧": "her Turkish counterpart, X" leaves its adjective's state before the person)


def _signed_text(skel: str, slots: list, base: dict, ctx: dict, lang: str, party, date) -> list[Claim]:
    """SIGNED for the people around "put their names to the text" / "Rubricaron el documento ..." and for
    "X signed for Peru" (see _SIGNED_TEXT, _SIGNED_FOR)."""
    found: list[tuple[list[int], set, tuple[int, int]]] = []
    for m in _SIGNED_FOR.finditer(skel):
        while m is not None:
            p, st = int(m.group("p")), int(m.group("st"))
            if max(p, st) < len(slots) and slots[p].entity.startswith("official:") and slots[st].entity.startswith("state:"):
                found.append(([p], {slots[st].entity}, m.span()))
            m = _AND_FOR.match(skel, m.end())
    verbs: set[int] = set()
    for m in (m for rx in _SIGNED_TEXT.get(lang, ()) for m in rx.finditer(skel)):
        cs, ce = _clause(skel, m.start())
        v = m.start(m.lastgroup) if m.lastgroup in ("vfirst", "vclitic", "vsig") else m.start()
        if any(abs(v - x) < 3 for x in verbs):
            continue  # the verb-first reading of this verb was taken
        if m.groupdict().get("vsig"):
            stop = _SIG_STOP.search(skel, m.end())
            people = _people_in(skel, slots, m.end(), stop.start() if stop else len(skel))
        elif m.groupdict().get("vfirst") or m.groupdict().get("vclitic"):
            stop = _PEOPLE_STOP.search(skel, m.end(), ce)
            people = _people_in(skel, slots, m.end(), stop.start() if stop else ce)
        elif _OF_ANOTHER.match(skel, m.end()):
            continue  # "initialled the text of a 17-article peace agreement": a new agreement, not the one read
        else:  # (from the last ";" or ":", not the clause: an initial's dot, "Thomas R. Ellery", ends no clause)
            people = _people_in(skel, slots, max(skel.rfind(";", 0, m.start()), skel.rfind(":", 0, m.start())) + 1, m.start())
            along = _ALONGSIDE.match(skel, m.end())
            if people and along is not None and int(along.group(1)) < len(slots) \
                    and slots[int(along.group(1))].entity.startswith("official:"):
                people = people + [int(along.group(1))]  # "X put her name to it alongside Y": Y signed it too
        if people:
            verbs.add(v)
            found.append((people, {party(k) for k in people} - {None}, (cs, m.end())))
    out: list[Claim] = []
    for people, states, span in found:
        if _BLOCK[lang].search(skel, 0, span[1]):
            continue
        ag = agreement_for(ctx, states)
        if ag is None:
            continue
        for k in people:
            out.append(Claim(predicate="SIGNED", subject=slots[k].entity, object=ag, modality="asserted",
                             polarity="positive", date=date(span) or ctx.get("last_agreement_date"),
                             rule=f"{lang}.agreements.signed_text", **base))
    return out


# agree24: one more party named after the signing, the agreement referred back to: "China is a party to the trilateral
# statement", "The United States is also a signatory of the declaration", "Egypt became a party to the accord", "Qatar
# también es parte del acuerdo", "Estados Unidos es signatario de la declaración"; a party of the agreement this sentence
# or one of the two before read (a negation, a plan or a wish before it in its clause reads nothing: _BLOCK)
_REF_HEAD = (r"(?:[\w-]+\s+){0,2}?(?:memorand(?:um|a)|mou|agreement|accord|deal|pact|treaty|declaration|statement|communiqu[eé]|"
             r"document|text|memor[aá]nd(?:um|o)|acuerdo|convenio|tratado|pacto|declaración|comunicado|documento|texto)\b")
_JOINED_PARTY = literals.gated(
    # (an apposition between: "⟦Rosatom⟧, the Russian state nuclear corporation, is a party to the document")
    r"⟦(?P<k>\d+)⟧(?:\s*,\s*(?:the|a|an|el|la|un|una)\s+(?:[^,;⟦]|⟦\d+⟧){1,60},)?\s*,?\s+(?:(?:is|was|are|were|became|has\s+become|had\s+become)\s+(?:(?:also|too|now|itself|likewise)\s+)?"
    r"(?:an?\s+|the\s+)?(?:(?:third|fourth|other|formal|full|founding)\s+)?(?:party|parties|signatory|signatories|co-?signatory)\s+(?:to|of)\s+"
    r"(?:the|this|that)\s+"
    r"|(?:(?:también|además)\s+)?(?:es|era|son|fue|pas(?:ó|aron)\s+a\s+ser)\s+(?:(?:también|además|ya)\s+)?(?:(?:un|una)\s+)?"
    r"(?:parte|signatari[oa]s?|firmantes?)\s+(?:del\s+|de\s+(?:la|este|esta|dicho|dicha)\s+|en\s+(?:el|la)\s+))" + _REF_HEAD,
    re.I)


def joined_parties(skel: str, slots: list, base: dict, ctx: dict, lang: str, claims: list, date) -> list[Claim]:
    """PARTY_TO for a state or group named a party of the agreement just read (see _JOINED_PARTY)."""
    if "⟦" not in skel or not _JOINED_PARTY.search(skel):
        return []
    here = [c for c in claims if c.predicate in ("SIGNED", "PARTY_TO") and c.polarity == "positive"]
    if here:
        ag, dated = here[-1].object, here[-1].date
    elif ctx.get("agreement_sentence") is not None and ctx.get("sent_index", 0) - ctx["agreement_sentence"] <= 2:
        ag, dated = ctx.get("last_agreement"), ctx.get("last_agreement_date")
    else:
        return []
    if ag is None:
        return []
    out = []
    for m in _JOINED_PARTY.finditer(skel):
        k = int(m.group("k"))
        if k >= len(slots) or not slots[k].entity.startswith(("state:", "group:")):
            continue
        cs = _clause(skel, m.start())[0]
        if _BLOCK[lang].search(skel, cs, m.end()):
            continue  # "China is not a party to the statement", "X wants to become a party to the treaty"
        if any(c.predicate == "PARTY_TO" and c.subject == slots[k].entity and c.object == ag for c in claims):
            continue
        out.append(Claim(predicate="PARTY_TO", subject=slots[k].entity, object=ag, modality="asserted", polarity="positive",
                         date=dated or date(m.span()), rule=f"{lang}.agreements.joined_party", **base))
    return out


# agree24: the signature blocks at the foot of a signed text (a joint statement, a declaration, a memorandum reproduced in
# full): "For the Government of ⟦A⟧: ⟦X⟧, Prime Minister", "On behalf of the Republic of ⟦A⟧, ⟦X⟧", "Por la República de
# ⟦A⟧, ⟦X⟧, Ministro de Relaciones Exteriores", "En nombre del Reino de ⟦A⟧: ⟦X⟧" (a sentence of its own, nothing else in
# it), and the line dating them ("Signed in ⟦Honiara⟧ on 5 March 2025", "Done at", "Firmado en ⟦Quito⟧, el 5 de marzo",
# "Hecho en"): the text's own agreement, signed by each person for their state
_FOOT_SIGNATURE = literals.compile(
    r"^\s*(?:[-–—*•]\s*)?(?:(?:signed\s+)?(?:for|on\s+behalf\s+of)|(?:firmado\s+)?(?:por|en\s+nombre\s+de|en\s+representación\s+de))\s+"
    r"(?:(?:the|el|la)\s+)?(?:(?:government|gobierno|republic|república|kingdom|reino|state|estado)\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?)?"
    r"⟦(?P<st>\d+)⟧\s*[:,]?\s*(?:(?:H\.\s?E\.|S\.\s?E\.|Dr\.?|Dra\.?|the\s+Hon\.?)\s+)?⟦(?P<p>\d+)⟧"
    r"(?:\s*,\s*(?:[^⟦.;]|⟦\d+⟧){0,80}?)?\s*\.?\s*$", re.I)
_FOOT_DATED = literals.compile(r"^\s*(?:signed|done|firmad[oa]|hecho|suscrit[oa])\s+(?:at|in|en)\s+", re.I)


def note_foot_signature(skel: str, slots: list, base: dict, ctx: dict, date) -> None:
    """Remember a signature block (see _FOOT_SIGNATURE) or the line dating them, for foot_signatures."""
    if "⟦" not in skel:
        return
    if _FOOT_DATED.match(skel):
        ctx["foot_date"] = date((0, len(skel))) or ctx.get("foot_date")
        return
    m = _FOOT_SIGNATURE.match(skel)
    if m is None:
        return
    st, p = int(m.group("st")), int(m.group("p"))
    if max(st, p) >= len(slots) or not slots[p].entity.startswith("official:") \
            or not slots[st].entity.startswith(("state:", "group:")):
        return
    blocks = ctx.setdefault("foot_signatures", {})
    blocks[(base.get("char_start"), slots[p].entity)] = (slots[p].entity, slots[st].entity, dict(base))


def foot_signatures(ctx: dict, agreements: dict, title: str, lang: str, make_agreement, pub: str | None) -> list[Claim]:
    """PARTY_TO and SIGNED for the signature blocks of a text signed by two sides or more: the text's own agreement,
    of the kind its title names ("Joint Statement on ...", "Memorandum of Understanding between ...", "Declaración
    conjunta ..."); a title naming none signs nothing."""
    blocks = list((ctx.get("foot_signatures") or {}).values())
    states = list(dict.fromkeys(st for _, st, _ in blocks))
    if len(states) < 2:
        return []
    head = _ANY_HEAD_BOTH.search(title or "")
    if head is None:
        return []
    date = ctx.get("foot_date") or pub
    ag = make_agreement(states[0], states[1], head.group().lower(), date, states if len(states) > 2 else None)
    if ag.date is None:
        ag.date = date
    out: list[Claim] = []
    done: set = set()
    for who, st, kw in blocks:
        kw = dict(kw, modality="asserted", polarity="positive", date=date, rule=f"{lang}.agreements.foot_signature")
        if st not in done:
            done.add(st)
            out.append(Claim(predicate="PARTY_TO", subject=st, object=ag.id, **kw))
        out.append(Claim(predicate="SIGNED", subject=who, object=ag.id, **kw))
    return out


# agree24: a companion put before the signing's subject signs too: "Together with President ⟦k⟧, the two leaders signed a
# declaration", "Along with ⟦k⟧, A and B signed", "Junto a ⟦k⟧, ambos mandatarios firmaron" (a signatory, no party: the text
# says so elsewhere if it is one)
_COMPANION_SIGNER = literals.compile(r"(?:^|[,;:]\s*)(?:together\s+with|along\s+with|alongside|junto\s+(?:a|con))\s+(?:(?:the|el|la)\s+)?"
                                     r"(?:[\w.-]+\s+){0,3}?⟦(?P<k>\d+)⟧\s*,", re.I)


def companion_signers(skel: str, slots: list, claims: list) -> list[Claim]:
    """SIGNED for a companion of the signers this sentence read (see _COMPANION_SIGNER)."""
    signed = [c for c in claims if c.predicate == "SIGNED" and c.polarity == "positive"]
    if not signed or len({c.object for c in signed}) != 1 or "⟦" not in skel:
        return []
    out = []
    for m in _COMPANION_SIGNER.finditer(skel):
        k = int(m.group("k"))
        if k >= len(slots) or not slots[k].entity.startswith("official:") or any(c.subject == slots[k].entity for c in signed):
            continue
        if not _SIGN_WORD.search(skel, m.end(), m.end() + 90):
            continue  # (the companion's clause must be the signing's: "Together with X, they signed ...")
        like = signed[0]
        out.append(Claim(**{**like.model_dump(), "id": "", "subject": slots[k].entity, "rule": like.rule.rsplit(".", 1)[0] + ".companion"}))
    return out


# agree24: the signers named by their plural office, "The ministers signed a memorandum between ⟦A⟧ and ⟦B⟧", "the leaders
# inked", "Los cancilleres firmaron": for each party of the agreement this sentence read, the official of that party the
# document named last whose office the noun names (a minister for "ministers", a head for "leaders")
_PLURAL_SIGNERS = literals.compile(
    r"(?:^|[.;:]\s+|,\s+)(?:(?:the|both|los|las|ambos)\s+)(?:two\s+|dos\s+)?(?:(?:foreign|defen[cs]e|interior|trade|energy|economy|finance|security)\s+)?"
    r"(?P<noun>ministers|leaders|presidents|heads\s+of\s+state|prime\s+ministers|cancilleres|ministros|mandatarios|presidentes|"
    r"líderes|jefes\s+de\s+(?:estado|gobierno))(?:\s+de\s+(?:defensa|exteriores|economía|interior))?\s+"
    r"(?:(?:also|then|later|jointly|formally|también|además|luego)\s+)?"
    r"(?:signed|inked|initial(?:l)?ed|sealed|put\s+their\s+(?:names|signatures)|firmaron|suscribieron|rubricaron|sellaron)\b", re.I)
_MINISTER_NOUN = literals.compile(r"ministers|cancilleres|ministros", re.I)


def plural_signers(skel: str, base: dict, ctx: dict, claims: list, minister, leader) -> list[Claim]:
    """SIGNED for the people a plural office noun names (see _PLURAL_SIGNERS); `minister(oid)`, `leader(oid)`: whether
    the official's office is a ministry, a head of state or government."""
    if any(c.predicate == "SIGNED" for c in claims):
        return []
    m = _PLURAL_SIGNERS.search(skel)
    if m is None:
        return []
    parties = [c for c in claims if c.predicate == "PARTY_TO" and c.polarity == "positive" and c.subject.startswith("state:")]
    if len({c.object for c in parties}) != 1 or len({c.subject for c in parties}) < 2:
        return []
    noun = m.group("noun").lower()
    fits = minister if _MINISTER_NOUN.search(noun) and not noun.startswith("prime") else leader
    seen = ctx.get("officials_seen") or []
    people = []
    for st in dict.fromkeys(c.subject for c in parties):
        who = next((oid for oid, ost in reversed(seen) if ost == st and fits(oid)), None)
        if who is None:
            return []  # every party's signer, or none
        people.append(who)
    like = parties[0]
    return [Claim(**{**like.model_dump(), "id": "", "predicate": "SIGNED", "subject": who, "props": {},
                     "rule": f"{like.rule.split('.', 1)[0]}.agreements.plural_signers"}) for who in people]


# agree24: a declaration told in its own first person, the text itself: "We, the Leaders of ⟦A⟧, ⟦B⟧ and ⟦C⟧, meeting in
# ⟦X⟧ on 5 March 2025, adopt the following declaration", "Los jefes de Estado y de Gobierno de ⟦A⟧, ⟦B⟧ y ⟦C⟧, reunidos en
# ⟦X⟧, suscribimos la presente Declaración": each state or group listed is a party to it
_COLL_LIST = r"(?P<list>⟦\d+⟧(?:\s*,\s*(?:the\s+|la\s+|el\s+)?⟦\d+⟧)*\s*,?\s*(?:and|y|e)\s+(?:the\s+|la\s+|el\s+)?⟦\d+⟧)"
_COLLECTIVE = {
    "en": literals.compile(r"\b(?-i:We)\s*,\s+(?:the\s+)?(?:leaders|heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?|heads\s+of\s+government|"
                           r"presidents|(?:foreign\s+|defen[cs]e\s+)?ministers|prime\s+ministers|representatives|governments)\s+of\s+(?:the\s+)?"
                           + _COLL_LIST + r"(?P<mid>[^;.]{0,160}?)\b(?:hereby\s+)?(?:adopt|sign|endorse|issue|subscribe\s+to|agree\s+(?:on|to))\s+"
                           r"(?:the\s+following|this|the\s+present)\s+(?P<head>joint\s+declaration|declaration|joint\s+statement|"
                           r"communiqu[eé]|agreement|charter|compact|memorandum)\b", re.I),
    "es": literals.compile(r"\b(?:(?:nosotros|nosotras)\s*,\s+)?(?:los|las)\s+(?:jefes?\s+de\s+estado(?:\s+y\s+de\s+gobierno)?|presidentes|"
                           r"mandatarios|cancilleres|ministr[oa]s(?:\s+de\s+\w+)?|líderes|representantes|gobiernos)\s+de\s+"
                           + _COLL_LIST + r"(?P<mid>[^;.]{0,160}?)\b(?:suscribimos|firmamos|adoptamos|aprobamos|emitimos|acordamos)\s+"
                           r"(?:la\s+presente|esta|la\s+siguiente|el\s+presente|el\s+siguiente)\s+(?P<head>declaración\s+conjunta|declaración|"
                           r"comunicado\s+conjunto|comunicado|acuerdo|carta|memorando)\b", re.I),
}


def collective_declaration(skel: str, slots: list, base: dict, lang: str, make_agreement, date) -> list[Claim]:
    """PARTY_TO for the parties of a declaration told in its own first person (see _COLLECTIVE)."""
    rx = _COLLECTIVE.get(lang)
    if rx is None or "⟦" not in skel:
        return []
    m = rx.search(skel)
    if m is None or _REF_NEG.search(m.group("mid")):
        return []
    parties = [slots[int(k)].entity for k in SLOT.findall(m.group("list")) if int(k) < len(slots)]
    parties = list(dict.fromkeys(p for p in parties if p.startswith(("state:", "group:"))))
    if len(parties) < 2:
        return []
    when = date(m.span())
    ag = make_agreement(parties[0], parties[1], m.group("head").lower(), when, parties if len(parties) > 2 else None)
    kw = dict(base, modality="asserted", polarity="positive", date=when, rule=f"{lang}.agreements.collective_declaration")
    return [Claim(predicate="PARTY_TO", subject=p, object=ag.id, **kw) for p in parties]


# a further signatory joining a signing just told: "with ⟦k⟧ adding his own signature", "⟦k⟧ also added her signature
# to it", "⟦k⟧ countersigned it", "con ⟦k⟧ estampando también su firma", "⟦k⟧ añadió su firma al documento", "⟦k⟧ lo
# refrendó con su firma" (a title and its state between "with" and the name: "with U.S. President ⟦k⟧ adding ...")
_ADD_VERB = (r"(?:add(?:ed|s|ing)|affix(?:ed|es|ing)|put(?:s|ting)?|append(?:ed|ing)|añad(?:ió|iendo|e)|estamp(?:ó|ando|a)|"
             r"sum(?:ó|ando|a)|pus(?:o)|poniendo|agreg(?:ó|ando|a))")
_ADDED_SIGNATURE = literals.gated(
    r"(?:\b(?:with|con)\s+(?:[^;.⟦()]|⟦\d+⟧){0,50}?⟦(?P<p>\d+)⟧\s*,?\s+"
    r"(?:also\s+|too\s+|también\s+)?" + _ADD_VERB +
    r"|⟦(?P<q>\d+)⟧\s*,?\s+(?:(?:also|then|later|too|también|luego|después)\s+)?" + _ADD_VERB + r")"
    r"\s+(?:(?:also|then|later|too|también|luego|después|además)\s+)?(?:his|her|their|its|su|sus)\s+(?:own\s+|propias?\s+)?"
    r"(?:signatures?|firmas?)\b"
    r"|⟦(?P<r>\d+)⟧\s*,?\s+(?:(?:also|then|later)\s+)?(?:countersigned|co-?signed)\b", re.I)


def added_signatures(skel: str, slots: list, base: dict, ctx: dict, lang: str, claims: list, date) -> list[Claim]:
    """SIGNED for a further signatory joining a signing this sentence (or one of the two before) told (see
    _ADDED_SIGNATURE): the person signs that agreement; their state is no party for it (a host or a guarantor
    adding a signature is no party unless the text says so)."""
    if "⟦" not in skel or not _ADDED_SIGNATURE.search(skel):
        return []
    here = [c.object for c in claims if c.predicate in ("SIGNED", "PARTY_TO") and c.polarity == "positive"]
    if here:
        ag = here[-1]
    elif ctx.get("agreement_sentence") is not None and ctx.get("sent_index", 0) - ctx["agreement_sentence"] <= 2:
        ag = ctx.get("last_agreement")
    else:
        ag = None
    if ag is None:
        return []
    out = []
    for m in _ADDED_SIGNATURE.finditer(skel):
        k = int(m.group("p") or m.group("q") or m.group("r"))
        if k >= len(slots) or not slots[k].entity.startswith("official:"):
            continue
        if _BLOCK[lang].search(skel, _clause(skel, m.start())[0], m.end()):
            continue  # "with X refusing to add his signature", "X was expected to add his signature"
        if any(c.predicate == "SIGNED" and c.subject == slots[k].entity and c.object == ag for c in claims):
            continue
        dated = next((c.date for c in claims if c.object == ag and c.date), None)
        out.append(Claim(predicate="SIGNED", subject=slots[k].entity, object=ag, modality="asserted", polarity="positive",
                         date=dated or date(m.span()) or ctx.get("last_agreement_date"),
                         rule=f"{lang}.agreements.added_signature", **base))
    return out


# an agreement's proper name in a signing's words: capitalised words before a capitalised head ("the Ankara
# Declaration", "the Reciprocal Access Agreement") or a capitalised Spanish head with a capitalised complement
# ("el Acuerdo de Escazú", "la Declaración de Ankara")
_PROPER_AGREEMENT = literals.compile(r"(?-i:(?:[A-ZÁÉÍÓÚ][\w'’-]+\s+){1,4}(?:Declaration|Agreement|Accords?|Treaty|Pact|Charter|"
                                     r"Memorandum|Protocol|Convention|Communiqu[eé])"
                                     r"|(?:Declaración|Acuerdo|Tratado|Pacto|Carta|Memorando|Protocolo|Convención|Convenio)\s+"
                                     r"(?:(?:de|del|sobre|la|el)\s+)*[A-ZÁÉÍÓÚ])")


def names_another(words: str, ag) -> bool:
    """Whether a lone signatory's words ("X signed the Ankara Declaration", "X signed the declaration") name an
    agreement other than `ag`, the document's agreement they would be read as signing: a proper name none of
    its names holds, or a kind that cannot be its (a declaration for a defence agreement)."""
    if ag is None:
        return False
    m = _PROPER_AGREEMENT.search(words)
    if m is not None:
        proper = re.sub(r"^(?:the|el|la)\s+", "", m.group(), flags=re.I).lower()
        if proper not in " | ".join([ag.name or "", ag.title or "", *ag.aliases]).lower():
            return True
    head = _ANY_HEAD_BOTH.search(words)
    if head is not None and _INDEFINITE_BEFORE.search(words, 0, head.start()):
        return True  # "initialled the text of a peace agreement", "firmó un acuerdo": one the text introduces now
    return head is not None and not compatible(kind_of(head.group()), ag.kind)


_INDEFINITE_BEFORE = literals.compile(r"\b(?:a|an|another|un|una|otro|otra)\s+(?:[\w-]+\s+){0,3}$", re.I)


def agreement_for(ctx: dict, states) -> str | None:
    """The document's agreement a signatory's reference means: the latest one whose parties include
    the signatories' states; else the latest one (whose parties may not be read yet)."""
    last = ctx.get("last_agreement")
    states = {x for x in states if x}
    parts = ctx.get("agreement_parties") or {}
    if not states or (last and states <= parts.get(last, set())):
        return last
    refs = ctx.get("ref_agreements") or set()
    for aid in reversed(ctx.get("agreement_order") or []):
        if aid not in refs and states <= parts.get(aid, set()):
            return aid
    if last and parts.get(last) and not states & parts[last] and not any(states & p for p in parts.values()):
        # signatories none of whose states is a party to any agreement read ("Under the deal, signed by Ethiopia's
        # Abiy Ahmed and Somaliland's Muse Bihi Abdi" after a Somalia-Turkey accord): another agreement, not read
        return None
    return last


def pending(ctx: dict, agreements: dict) -> list[Claim]:
    """Signatories named before their agreement ("Who signed it: A and B" above the story):
    theirs is the document's agreement when it has exactly one, else the one their state is
    the only such agreement's party to."""
    waiting = ctx.get("pending_signers") or []
    if not waiting or not agreements:
        return []
    parts = ctx.get("agreement_parties") or {}
    # the states of the signatories one sentence names together ("signed by Iran's A and his Saudi counterpart, B")
    together: dict = {}
    for who, kw, later, state in waiting:
        together.setdefault((kw.get("char_start"), kw.get("char_end")), set()).add(state)
    out = []
    for who, kw, later, state in waiting:
        if len(agreements) == 1:
            aid = next(iter(agreements))
            states = together[(kw.get("char_start"), kw.get("char_end"))] - {None}
            if parts.get(aid) and not states <= parts[aid]:
                continue  # a signatory of a state that is no party to it: the signing of another agreement
        else:
            mine = [a for a in agreements if state and state in parts.get(a, ())]
            if len(mine) != 1:
                continue
            aid = mine[0]
        on = (ctx.get("dated_agreements") or {}).get(aid)  # the date a sentence gave its signing, not a fallback
        date = kw.get("date") or (later[0](*later[1:]) if later else None)
        theirs = on or getattr(agreements[aid], "date", None)
        if date and theirs and str(date)[:4] != str(theirs)[:4]:
            continue  # "un memorando firmado en 2017 por el gobierno de X" is not the story's 2025 memorandum
        out.append(Claim(predicate="SIGNED", subject=who, object=aid, **dict(kw, date=date or on)))
    return out




# an agreement the sentence before names with its year: what a definite reference with no date of its own points back
# to ("India placed the 1960 Indus Waters Treaty in abeyance. The pact, signed by Nehru and Ayub Khan, ...", "el
# memorando que Bolivia firmó con Irán en julio de 2023 ... Ese memorando, suscrito por ...")
# (the year just before the head, up to four words before it: "the 1960 Indus Waters Treaty")
_ANTE_YEAR_BEFORE = literals.compile(r"\b((?:1[89]|20)\d\d)\s+(?:[\w'’-]+\s+){0,4}$")
_ANTE_CLAUSE_END = literals.compile(r"[;.]|,\s+(?:and|y|but|pero)\b")
_ANTE_NAME = literals.compile(r"((?:[A-Z][\w'’-]*\s+){1,4})$")


def antecedent(prev: str, head: str, pick) -> tuple[str, str | None, str] | None:
    """(head, name, date) of the one agreement `prev` names with a year in its own phrase (a year just before it, or
    its clause after it) of a kind `head` fits; None when it names none or more than one."""
    found = []
    for m in _ANY_HEAD_BOTH.finditer(prev):
        if not compatible(kind_of(m.group()), kind_of(head)):
            continue
        before = prev[max(0, m.start() - 40):m.start()]
        after = _ANTE_CLAUSE_END.split(prev[m.end():m.end() + 100])[0]
        year = _ANTE_YEAR_BEFORE.search(before)
        year = year.group(1) if year else (y.group() if (y := _YEAR.search(after)) else None)
        if year is None:
            continue
        date = pick(prev, (m.start(), m.end() + len(after)), None)
        date = date if date and date.startswith(year) else year
        name = _ANTE_NAME.search(before)
        name = (name.group(1) + m.group()).strip() if name and m.group()[:1].isupper() else None
        found.append((m.group(), name, date))
    return found[0] if len(found) == 1 else None


# the kinds an agreement's words name; any other word ("agreement", "deal", "pact", "acuerdo") names none in particular
_KIND_CLASSES = ((literals.compile(r"memor|\bmous?\b", re.I), "memorandum"), (literals.compile(r"treat|tratado", re.I), "treaty"),
                 (literals.compile(r"protoc", re.I), "protocol"), (literals.compile(r"contra(?:ct|to)", re.I), "contract"),
                 (literals.compile(r"conven(?:tion|ción)", re.I), "convention"), (literals.compile(r"intent|intenci", re.I), "letter of intent"),
                 (literals.compile(r"declara", re.I), "declaration"), (literals.compile(r"status.of.forces|\bsofa\b", re.I), "status of forces"),
                 (literals.compile(r"fire|fuego|truce|tregua|armist", re.I), "ceasefire"), (literals.compile(r"framework|\bmarco\b", re.I), "framework"))


def kind_class(kind: str | None) -> str | None:
    """"memorandum", "treaty", "protocol", ... for an agreement's kind; None for a word that names no kind in
    particular ("agreement", "deal", "pact", "acuerdo"), which any kind may be."""
    for rx, name in _KIND_CLASSES:
        if rx.search(kind or ""):
            return name
    return None


def compatible(a: str | None, b: str | None) -> bool:
    """Two kinds that may name one agreement: the same, or one of them no kind in particular."""
    ka, kb = kind_class(a), kind_class(b)
    return ka is None or kb is None or ka == kb


def settle_undated(claims: list[Claim], agreements: dict, ctx: dict) -> list[Claim]:
    """An agreement the document names with no date of its own ("the memorandum between A and B", "the pact
    signed by A and B") is the one agreement of the same parties (and a kind that fits) the document dates
    elsewhere: its claims move there (a memorandum names the kind of a plain "deal"). A reference that matches
    none is dropped (it may be any agreement, or one still wished for); an undated signing keeps no year."""
    undated = ctx.get("undated_agreements") or {}
    if not undated:
        return claims
    dated, pub = ctx.get("dated_agreements") or {}, ctx.get("published")

    def own_date(a: str) -> bool:  # a date a sentence gave, not the report's day it fell back on
        d = getattr(agreements.get(a), "date", None)
        return bool(dated.get(a) or (d and d != pub))
    parties: dict[str, set] = {}
    for c in claims:
        if c.predicate == "PARTY_TO" and c.polarity == "positive":
            parties.setdefault(c.object, set()).add(c.subject)
    remap: dict[str, str | None] = {}
    for aid, how in undated.items():
        ag, mine = agreements.get(aid), parties.get(aid)
        if ag is None or dated.get(aid):
            continue  # (a sentence gave its signing a date: an agreement of its own)
        year = (ag.date or "")[:4] if own_date(aid) else ""  # (a next sentence may have dated it: of that year only)
        targets = [a for a, ps in parties.items() if a not in undated and a != aid and mine and mine <= ps
                   and own_date(a) and compatible(ag.kind, agreements[a].kind)
                   and (agreements[a].date or "").startswith(year)]
        if len(targets) == 1:
            remap[aid] = targets[0]
            to = agreements[targets[0]]
            if kind_class(ag.kind) == "memorandum" and kind_class(to.kind) is None:
                to.title = to.name = to.title.replace(f" {to.kind}", " memorandum of understanding", 1)
                to.kind = "memorandum of understanding"
            if ag.aliases:
                to.aliases = sorted({*to.aliases, *ag.aliases})
        elif how == "ref" and not year:
            remap[aid] = None
    if not remap:
        return claims
    out = []
    for c in claims:
        key = "object" if c.predicate in ("PARTY_TO", "SIGNED") else None
        aid = c.object if key else (c.props or {}).get("agreement") if c.predicate == "SIGNED_MOU_WITH" else None
        if aid in remap:
            if remap[aid] is None:
                continue
            # (a new claim: its id is made of its object and props)
            c = Claim(**{**c.model_dump(), "id": "", **({"object": remap[aid]} if key else
                                                         {"props": dict(c.props, agreement=remap[aid])})})
        out.append(c)
    for aid in remap:
        agreements.pop(aid, None)
    return out


# the agreement named first, its signing told after it as a participle or in a relative clause ("the pact signed by A
# and B", "the memorandum (on X) that A signed with B", "el acuerdo que firmaron A y B", "el convenio firmado por A")
_SIGN_PART = (r"(?:signed|inked|sealed|concluded|struck|agreed|firmad[oa]s?|suscrit[oa]s?|rubricad[oa]s?|sellad[oa]s?|"
              r"alcanzad[oa]s?)")
_REFERRED = literals.compile(
    rf"\b(?:{_HEAD_EN}|{_HEAD_ES})\b(?:\s+(?:on|of|for|de|del|sobre|para|en\s+materia\s+de)\s+[^⟦,;.]{{1,40}}?)?"
    rf"(?:\s*,?\s+{_SIGN_PART}\s+(?:by|por|in|en|between|entre|with|con|at)\b"
    rf"|\s*,?\s+(?:that|which|que|el\s+cual|la\s+cual)\s+(?:⟦\d+⟧(?:\s*,?\s*(?:and|y|e)\s+⟦\d+⟧)?\s+)?"
    rf"(?:(?:had|has|have|había|habían|ha|han)\s+)?(?:signed|inked|sealed|concluded|struck|firm(?:ó|aron)|firmado|"
    rf"suscribi(?:ó|eron)|suscrito|rubric(?:ó|aron)|rubricado|sell(?:ó|aron)|sellado)\b)", re.I)


# agree24: a definite agreement the subject of a passive signing, "The deal was inked by A and B", "El acuerdo fue rubricado
# por A y B", "The memorandum had been signed in Doha by": the agreement the text told before, named again to say who signed
_REFERRED_PASSIVE = literals.compile(
    rf"\b(?:the|this|that|el|la|este|esta|ese|esa|dicho|dicha)\s+(?:[\w-]+\s+){{0,2}}?(?:{_HEAD_EN}|{_HEAD_ES})\b\s*,?\s+"
    rf"(?:was|were|had\s+been|has\s+been|fue|fueron|había\s+sido|ha\s+sido)\s+(?:\w+ly\s+|\w+mente\s+)?{_SIGN_PART}\s+"
    rf"(?:by|por|in|en|at|on|el)\b", re.I)


def referred(skel: str, start: int, end: int) -> bool:
    """A rule's signing span whose agreement is named first and signed after it (see _REFERRED, _REFERRED_PASSIVE):
    undated, it is an agreement the text refers to, not one signed on the report's day."""
    return _REFERRED.search(skel, start, end) is not None or _REFERRED_PASSIVE.search(skel, max(0, start - 30), end) is not None


# what introduces an agreement of its own beside one already read: "another accord", "a second memorandum", "a separate
# protocol", "otro convenio", "un segundo acuerdo"; an indefinite "a protocol" only when its kind is not the other's
_ANY_HEAD_BOTH = literals.compile(rf"\b(?:{_HEAD_EN}|{_HEAD_ES})\b", re.I)
_DETERMINER = literals.compile(r"\b(?:(?P<another>another|second|third|separate|companion|otr[oa]|segund[oa]|tercer[oa]?|"
                         r"distint[oa])|(?P<indef>an?|one|un|una)|(?P<def>the|this|that|these|those|its|their|his|her|"
                         r"el|la|los|las|este|esta|ese|esa|aquel|aquella|dicho|dicha|su|sus|del|al|two|three|both|dos|tres|ambos|ambas))\b", re.I)


_TEXT_OF_A = literals.compile(r"\b(?:text|texto)\s+(?:of|de)\s+(?:an?|un|una)\s+(?:[\w-]+\s+){0,3}$", re.I)


def fresh_mention(skel: str, start: int, end: int) -> int:
    """How the first agreement phrase in skel[start:end] is introduced: 2 as another one ("another accord",
    "un segundo acuerdo"), 1 as an indefinite ("a protocol", "firman memorando"), 0 as one known ("the pact")."""
    h = _ANY_HEAD_BOTH.search(skel, start, end)
    h = h and _ANY_HEAD_BOTH.match(skel, h.start())  # (a rule's span may end inside the word: "memorando|s")
    if h is None or plural(re.sub(r"\s+(?:of|de)\s+(?:understanding|entendimiento|intent|intención)$", "", h.group(), flags=re.I)):
        return 0  # (a batch, "a dozen memoranda", "dos acuerdos", names no one agreement of its own)
    before = skel[max(start, h.start() - 40):h.start()]
    before = before[before.rfind("⟧") + 1:]
    if _TEXT_OF_A.search(before):
        return 2  # "initialled the text of a peace agreement": a new one, whatever was signed before
    last = None
    for m in _DETERMINER.finditer(before):
        if m.lastgroup == "another":
            return 2
        last = m
    return 0 if last is not None and last.lastgroup == "def" else 1


def distinct_id(aid: str, kind: str | None, fresh: int, agreements: dict) -> str:
    """The id of the agreement a mention of `kind` means, when the same parties have one of that year (`aid`):
    a new one (aid + its kind) when the mention introduces another (fresh 2) or an indefinite one of a kind none of
    theirs fits ("a protocol" beside "the memorandum"); else theirs of that kind, else the first (a headline's
    "pact" is the lede's memorandum)."""
    if not aid[-4:].isdigit():
        return aid  # (undated: settle_undated finds which it is)
    family = [a for a in agreements if a == aid or (a.startswith(aid + "-") and a[len(aid) + 1:][:1].isalpha())]
    kc = kind_class(kind)
    if fresh == 2 or (fresh == 1 and kc and not any(compatible(kind, agreements[a].kind) for a in family)):
        stem = f"{aid}-{ids.slug(kc or kind or 'agreement')}"
        new, n = stem, 2
        while new in agreements:
            new, n = f"{stem}-{n}", n + 1
        return new
    if kc:
        for a in reversed(family):
            if kind_class(agreements[a].kind) == kc:
                return a
    return aid


# a phrase in front of the clause that ends with an actor governed by a preposition, then the comma that closes it:
# "At a ceremony hosted by ⟦A⟧, ⟦B⟧ and ⟦C⟧ signed", "Under ⟦A⟧'s mediation", "Tras reunirse en ⟦A⟧, ⟦B⟧ y ⟦C⟧ firmaron"
_FRONTED_BY = literals.compile(r"\b(?:by|in|at|from|to|with|under|of|after|before|during|for|por|en|desde|con|bajo|de|del|tras|"
                         r"durante|para|ante|a|al|hacia)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


def fronted_first(skel: str, members: list[int]) -> bool:
    """A list of three or more slots whose first one ends a fronted phrase (see _FRONTED_BY): "⟦A⟧, ⟦B⟧ and ⟦C⟧"
    read as one list makes A a party to B and C's agreement."""
    at = skel.find(f"⟦{members[0]}⟧")
    if at < 0 or not re.match(r"⟦\d+⟧\s*,", skel[at:]):
        return False
    if re.search(r"(?:signed|inked|sealed|concluded|firmad[oa]s?|suscrit[oa]s?|rubricad[oa]s?)\s+(?:[\w-]+\s+){0,3}?(?:by|por)\s+"
                 r"(?:the\s+|la\s+|el\s+)?$", skel[max(0, at - 50):at], re.I):
        return False  # "signed by A, B and C": all three sign
    if _GOV_OF.search(skel, max(0, at - 60), at):
        return False  # "the defence ministers of A, B and C signed": the list is whose ministers sign
    return _FRONTED_BY.search(skel, max(0, at - 30), at) is not None


# "two security accords (in Quito in 2023) — a status-of-forces agreement and a memorandum on maritime interdiction":
# the kinds a counted plural lists after a dash or a colon
_COUNT = {**dates.count_table(2, 4, es=False), "both": 2, **dates.count_table(2, 4, en=False), "ambos": 2, "ambas": 2}
_TO_LIST = literals.compile(r"[^;.—–:]{0,80}?\s*[—–:]\s*")
_LIST_END = literals.compile(r"\s[—–]|[;.]|$")
_ENUM_NP = literals.compile(rf"\b(?:an?|one|un|una|uno)\s+(?P<mods>(?:(?!(?:and|y|or|o|on|of|de|sobre)\b)[\w-]+\s+){{0,3}}?)"
                      rf"(?P<head>{_HEAD_EN}|{_HEAD_ES})\b", re.I)


def _enumerated(skel: str, np: re.Match, lang: str) -> list[str]:
    """The kinds ("status-of-forces agreement", "memorandum") a counted plural of agreements lists right after it,
    as many as it counts; else []."""
    words = (np.group("mods") or "").lower().split() + np.group().lower().split()[:1] + \
        skel[max(0, np.start() - 10):np.start()].lower().split()[-1:]  # ("dos acuerdos": the count before the phrase)
    n = next((_COUNT[w] for w in words if w in _COUNT), 0)
    if n < 2 or not plural(np.group("head")):
        return []
    lead = _TO_LIST.match(skel, np.end())
    if lead is None:
        return []
    end = _LIST_END.search(skel, lead.end()).start()
    kinds = [(m.group("mods") + m.group("head")).strip().lower() for m in _ENUM_NP.finditer(skel, lead.end(), end)]
    return kinds if len(kinds) == n else []


_COUNT_WORD = literals.compile(rf"\b(?:{'|'.join(_COUNT)})\b", re.I)
_DASH_OR_COLON = literals.compile(r"[—–:]")


def enumerated_kinds(skel: str, start: int, end: int, lang: str) -> list[str]:
    """The kinds a counted plural of agreements in skel[start:end] lists after it (see _enumerated), else []."""
    lang = lang if lang in _NP else "en"
    if not _COUNT_WORD.search(skel, start, end) or not _DASH_OR_COLON.search(skel, end):
        return []  # (the cheap test first: a count and a dash or colon after it)
    for np in _noun_phrases(skel, lang):
        if start <= np.start("head") < end:
            kinds = _enumerated(skel, np, lang)
            if kinds:
                return kinds
    return []


# the agreement's own signing, dated, right after it: "(the pact) they signed in 2019", "(el pacto) firmado en 2019",
# "(the deal) that Kenya signed with Ethiopia in March 2019"
_OWN_SIGNING = literals.compile(r"(?:\s+(?:on|of|for|de|del|sobre|para)\s+[^⟦,;.]{1,40}?)?(?:\s+(?:with|con)\s+(?:the\s+|el\s+|la\s+)?⟦\d+⟧)?"
                          r"\s*,?\s+(?:(?:that|which|que)\s+)?"
                          r"(?:(?:⟦\d+⟧|they|both|ambos|ambas)(?:\s+(?:and|y)\s+⟦\d+⟧)?\s+)?(?:(?:had|have|has|había|habían|ha|han)\s+)?"
                          r"(?P<sign>signed|inked|sealed|concluded|firm(?:ó|aron|ad[oa]s?)|suscri(?:bió|bieron|t[oa]s?)|"
                          r"rubric(?:ó|aron|ad[oa]s?))\s+(?:[^⟦,;.]{0,25}?\s+)?(?:in|on|en|el)\s+[^,;.]{0,25}?\b(?:1[89]|20)\d\d\b", re.I)


_ASIDE_OPEN = literals.compile(r",\s*(?:which|who|whose|que|quien|quienes|cuy[oa]s?|el\s+cual|la\s+cual)\b[^,;:]*$", re.I)


def ends_aside(skel: str, k: int) -> bool:
    """Slot k closes a non-restrictive relative clause ("A, which has a pact with ⟦k⟧, signed"): the verb after
    the comma is the clause's subject's, not k's."""
    at = skel.find(f"⟦{k}⟧")
    if at < 0 or not re.match(r"⟦\d+⟧\s*,", skel[at:]):
        return False
    return _ASIDE_OPEN.search(skel, max(0, at - 120), at) is not None
