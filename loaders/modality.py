"""Modality (asserted, reported, alleged, speculative, denied) and attribution of a claim.

Works on the sentence skeleton (mentions replaced by ⟦k⟧ slots, see relations.py) and
the span of the rule match in it. Cues are per language; the scope is kept local
(negation and hedges between the subject and the end of the match; attribution in a
leading "according to X," / "X said that" or a trailing ", X said.") so that
"a move the sources said the U.S. advocated" does not make the whole sentence reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import literals

SLOT = literals.compile(r"⟦(\d+)⟧")

# after "claims"/"claimed": a group taking credit ("claimed the attack", "claims responsibility for") is no
# allegation of what follows (the "alleged" and "say" cues both stop there)
_NOT_CREDIT = r"(?!\s+(?:(?:the|a|an|its|their|his|her|joint)\s+)?(?:\w+\s+)?(?:responsibility|credit|attacks?|bombings?|strikes?|assaults?|killings?|ambush(?:es)?|kidnappings?|blasts?|explosions?|raids?|shootings?|massacres?|assassinations?|hijackings?)\b(?!\s+(?:was|were|is|are|had|has|came|originated|involved|had been)\b))"

# a denial verb whose object is the decision taken ("Caracas rejected Washington's decision to designate ...",
# "rechazó la medida de Washington, que designó ...", "condemned the sanctions"): the rejection presupposes the act,
# a protest, not a denial ("rejected reports that ..." stays a denial; "rejected the designation of X" may oppose a
# proposal, so relations._REQUESTED_BEFORE keeps it out)
_ACT_NOUN_BODY = (r"\s+(?:(?:the|a|an|its|their|this|that|la|el|las|los|su|sus|esta|este|esa|ese)\s+)?"
                  r"(?:(?:⟦\d+⟧|[\w.-]+)\s*['’]s\s+|(?:de\s+)?⟦\d+⟧\s+|[\w.-]+\s+){0,2}?"
                  r"(?:decisions?|moves?|measures?|sanctions|decisi[óo]n|decisiones|medidas?|sanciones)\b")
_ACT_NOUN_AFTER = "(?!" + _ACT_NOUN_BODY + ")"
_ACT_NOUN = re.compile(_ACT_NOUN_BODY, re.I)
# negative adverbials: "at no point", "en ningún momento" (in the verb group, "neg" below; fronted before the
# subject, _NEG_ADVERB_BEFORE)
_NEG_ADVERBIALS_EN = r"at\s+no\s+(?:point|time|stage)|in\s+no\s+way|by\s+no\s+means|under\s+no\s+circumstances"
_NEG_ADVERBIALS_ES = r"en\s+ningún\s+(?:momento|caso)|de\s+ningún\s+modo|de\s+ninguna\s+(?:manera|forma)|bajo\s+ningún\s+concepto"
_CUES = {
    "en": {
        # "no" as a determiner inside the verb group: "has signed no agreement with", "supplied no arms to"
        # "stopped funding X", "ceased hosting": the backing is over, no standing tie ("stopped
        # recognizing X" is itself a severance, read by the rules, so only backing verbs here)
        # ("hasn't", "didn't", "won't": the contraction is glued to its verb, no word boundary before "n't")
        # avoidance before a gerund ("avoided designating", "has resisted cutting", "balked at listing",
        # "resisted pressure to sever"), "neither" after the verb ("designated neither X nor Y"), negative adverbials
        # ("at no point", "under no circumstances"), a postponement ("postponed signing")
        "neg": r"(?<=\w)n['’]t\b|\bcannot\b|\b(?:not|never|nor|neither|no longer|refused to|declined to|failed to|yet to|without|(?:stop(?:ped|s|ping)?|f[ae]ll(?:s|ing)?)\s+short\s+of|refrain(?:ed|s|ing)?\s+from|h[eo]ld(?:s|ing)?\s+off(?:\s+on)?|no(?!\.?\s*\d)(?!\s+doubt)|(?:stopped|ceased|quit)\s+(?:funding|financing|arming|training|backing|supporting|hosting|harbou?ring|sheltering|sponsoring|protecting|aiding)"
               r"|(?:avoid(?:ed|s|ing)?|resist(?:ed|s|ing)?|balk(?:ed|s|ing)?\s+at|sh(?:y|ies|ied|ying)\s+away\s+from|postpon(?:ed|es|ing)|defer(?:red|s|ring)?|put\s+off)\s+(?:\w+ly\s+)?\w+ing"
               r"|resist(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?(?:pressure|calls|demands|appeals|requests)\s+(?:from\s+(?:\S+\s+){1,3}?)?to"
               r"|" + _NEG_ADVERBIALS_EN +
               # "Chile, instead of cutting ties with ⟦Y⟧, recalled ...": the act is the one not done
               r"|(?:instead\s+of|rather\s+than)\s+(?:\w+ly\s+)?\w+ing)\b",
        "deny": r"\b(?:denied|denies|deny|denying|ruled out|rules out|ruling out|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\b" + _ACT_NOUN_AFTER,
        # a negative finding before a that-clause: "found no evidence that", "there is no indication that",
        # "the report does not show that": the writer's or investigators' denial, not a claim reported
        "nofind": r"\b(?:no\s+(?:(?:credible|hard|firm|clear|concrete|official|independent|public|conclusive|direct|solid|documentary|such)\s+)?(?:evidence|indication|sign|proof|record|confirmation|trace)s?\s+(?:that|of)|nothing\s+to\s+(?:suggest|indicate|show)"
                  r"|(?:does|did|do)\s+not\s+(?:show|prove|establish|demonstrate)\s+that"
                  # a case not made: "the prosecution failed to prove that X was a member of Y"
                  r"|(?:fail(?:ed|s)?\s+to|(?:was|were)\s+unable\s+to|could\s+not|couldn['’]t)\s+(?:prove|show|establish|demonstrate)\s+that"
                  # the allegation itself negated: "prosecutors have not alleged that X armed Y", "officials never
                  # accused X of supplying Y", "has yet to claim that": nobody makes the claim
                  r"|(?:not|never|yet\s+to)\s+(?:(?:formally|publicly|directly|explicitly|specifically|even)\s+)?(?:alleged?|accused?|claim(?:ed)?|charged?|assert(?:ed)?|suggest(?:ed)?|contend(?:ed)?)"
                  r"\b(?=\s+that\b|\s*(?:⟦\d+⟧\s*)?(?:of\s*)?$)"
                  # saying nothing of the kind: "has not said that", "never said that"
                  r"|(?:has|have|had|does|did|do)\s+not\s+(?:(?:yet|publicly|formally)\s+)?(?:said|say)\s+that|never\s+(?:(?:publicly|formally)\s+)?said\s+that"
                  r")\b",
        "spec": r"\b(?:(?-i:may)|might|could|would|should|possibly|possible|possibility|likely|unlikely|potential|potentially|perhaps|considering|mulling|weighing|plans? to|planning to|intends? to|intention|seeks? to|seeking to|sought to|expected to|poised to|if|whether|hopes? to|wants? to|aims? to|threatens? to|threatened to|threatening to|proposed|proposal|candidates? for)\b",
        # ("claimed the attack", "claims responsibility for": a group taking credit, no allegation of what follows)
        "alleged": r"\b(?:alleged|allegedly|allege|alleges|alleging|allegations?|accuse|accused|accuses|accusing|accusations?|(?:claims?|claimed|claiming)" + _NOT_CREDIT + r"|purported|purportedly|suspected|supposedly|reportedly accused|charged|believed to|thought to"
                   # denouncing a tie alleges it, as Spanish "denunciar" does ("denounced the presence of X in Y")
                   r"|denounc(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+|what\s+(?:\w+\s+){1,3}?(?:called|described\s+as)\s+)?(?:[\w-]+\s+){0,2}?"
                   r"(?:presence|ties|links|support|backing|funding|financing|involvement|collusion|complicity|interference|meddling|sponsorship)"
                   r")\b",
        # (prec24: hearsay with no one named, "it has been claimed online that", "rumours say that")
        "reported": r"\b(?:reportedly|is said to|are said to|was said to|were said to|it\s+(?:has\s+been|is|was|had\s+been)\s+"
                    r"(?:widely\s+)?(?:said|claimed|rumou?red|suggested|reported)\s+(?:online\s+|on\s+social\s+media\s+)?that"
                    r"|rumou?rs?\s+(?:online\s+|on\s+social\s+media\s+)?(?:say|said|suggest|claim|have\s+it)\s+that)\b",
        "say": r"(?:said|says|say|told|accused|accuses|tell|reported|reports|report|added|noted|stated|states|argued|argues|believes?|believed|wrote|writes|confirmed|confirms|announced|announces|disclosed|revealed|explained|warned|insisted|indicated|alleges?|alleged|(?:claimed|claims)" + _NOT_CREDIT + r"|describe|describes|described|view|views|viewed|point to|points to|pointed to|cited|cite|cites|adds|found|finds|concluded|concludes|determined|determines|estimated|estimates|assessed|assesses|documented|documents)",
        # ("citing" names a source, not a reason: "citing two officials", "citing Reuters" yes, "citing the crackdown" no)
        "acc": r"(?:according to|as reported by|citing(?=\s+(?:⟦|(?:an?\s+|the\s+|two\s+|three\s+|several\s+|unnamed\s+|anonymous\s+|senior\s+|"
               r"\d+\s+)*(?:[\w-]+\s+){0,2}(?:sources?|officials?|people|persons|diplomats?|documents?|reports?|intelligence|"
               r"media|witnesses|analysts|data|records|a\s+statement|statements)\b)))",
        "that": r"(?:that\s+)?",
    },
    "es": {
        # ("no tripulados", "no revelada", "no letales" qualify a noun: unmanned, undisclosed, non-lethal, no negation; desig23:
        # "actores no estatales", non-state actors)
        "neg": r"\b(?:no(?!\s+(?:tripulad|revelad|especificad|identificad|divulgad|precisad|determinad|letal|convencional|gubernamental|estatal)\w*)|ni|nunca|jamás|tampoco|se negó a|se niega a|se abstuvo de|se abstuvieron de|se abstiene de|se abstienen de|sin|dej(?:ó|aron|a|an|ar|ará|arán|aría|arían|ado)\s+de\s+(?:financiar|armar|entrenar|apoyar|respaldar|albergar|acoger|proteger|patrocinar|amparar|cobijar)"
               # evitar/eludir/resistirse/renunciar before an infinitive ("evitó romper", "se resiste a declarar",
               # "renunció a designar"; "para evitar sanciones" is no act avoided), negative adverbials ("en ningún momento")
               r"|(?:(?:ha|han|había|habían)\s+(?:evitado|eludido)|evit(?:ó|a|an|aron)|elud(?:ió|e|en|ieron)|(?:se\s+)?resist(?:e|en|ió|ieron)\s+a|se\s+(?:ha|han)\s+resistido\s+a"
               r"|renunci(?:ó|a|an|aron)\s+a|(?:aplaz|posterg)(?:ó|aron|a|an)|pospus(?:o|ieron))\s+(?:\w+mente\s+)?\w+(?:ar|er|ir)(?:l[oa]s?|se)?"
               r"|" + _NEG_ADVERBIALS_ES +
               r"|(?:en\s+lugar|en\s+vez|lejos)\s+de\s+(?:\w+mente\s+)?\w+(?:ar|er|ir)(?:l[oa]s?|se)?)\b",
        "deny": r"\b(?:negó|niega|negaron|niegan|descartó|descarta|descartaron|rechazó|rechaza|rechazaron|desmintió|desmiente|desmintieron"
                r"|(?:ha|han|había|habían)\s+(?:negado|descartado|rechazado|desmentido)|desestim(?:ó|a|an|aron)|desmentimos|negamos|descartamos"
                # the reports judged false before the act: "calificó de falsas las versiones de que", "salió al paso de"
                r"|calific\w+\s+de\s+(?:fals[oa]s?|infundad[oa]s?|absurd[oa]s?|mentiros[oa]s?|calumnios[oa]s?|inexact[oa]s?)|sali(?:ó|eron)\s+al\s+paso\s+de)\b" + _ACT_NOUN_AFTER,
        "nofind": r"\b(?:(?:no\s+(?:hay|había|existen?|existía|encontr\w+|hall\w+)|sin|ningún|ninguna)\s+(?:\w+\s+)?(?:pruebas?|indicios?|evidencias?|señales?|constancias?|registros?|confirmaci[óo]n|rastros?)\s+(?:(?:públic[oa]s?|sólid[oa]s?|concluyentes?|fehacientes?|direct[oa]s?|documental(?:es)?|clar[oa]s?|algun[oa]s?|firmes?|independientes?)\s+)?(?:algun[oa]\s+)?de\s+que"
                  # "la fiscalía no pudo probar que X era miembro de Y"
                  r"|no\s+(?:pudo|pudieron|logró|lograron|consiguió|consiguieron|ha\s+podido|han\s+podido)\s+(?:probar|demostrar|acreditar)\s+que"
                  # la acusación misma negada: "la fiscalía no ha acusado a X de armar a Y", "nunca afirmó que X ..."
                  r"|(?:no|nunca|jamás)\s+(?:(?:ha|han|había|habían)\s+)?(?:acus\w+|aleg\w+|afirm\w+|sostuv\w+|sostenido|insinu\w+|imput\w+)\b(?=\s+que\b|\s+al?\s*(?:⟦\d+⟧\s*(?:de\s*)?)?$)"
                  # no decir tal cosa: "nunca ha dicho que", "no sostiene que"
                  r"|(?:no|nunca)\s+(?:(?:ha|han|había|habían)\s+(?:dicho|sugerido)|sostiene|sostienen)\s+que"
                  r"|nada\s+(?:indica|sugiere|prueba)\s+que|no\s+(?:consta|constaba|está\s+acreditado|ha\s+quedado\s+acreditado)\s+que)\b",
        "spec": r"\b(?:podría|podrían|podrá|podrán|pudiera|pudieran|posible|posiblemente|posibilidad|probable|probablemente|quizás|quizá|tal vez|considera\s+\w+(?:ar|er|ir)|consideran\s+\w+(?:ar|er|ir)|estudia|estudian|evalúa|evalúan|planea|planean|pretende|pretenden|busca|buscan|buscaba|si|eventual|eventualmente|propuesta|candidat[oa]s?(?!\s+(?:presidencial(?:es)?\s+|opositor[a]?\s+|oficialista\s+)?(?:de|del|por)\s)|amenaz\w*\s+con|prevé|prevén|baraja|barajan)\b",
        "alleged": r"\b(?:presunt\w+|supuest\w+|acusad\w+|acusa|acusan|acusó|acusaron|acusándol[oa]s?|acusaciones?|denuncia|denunció|denunciaron|señalad\w+(?!\s+(?:en|por)\s+(?:el|la)\s+(?:decreto|lista|listado|resolución|orden|medida))|alega|alegó|alegan|afirma(?:n)? sin pruebas)\b",
        # (prec24: hearsay with no one named, "se ha dicho en redes que", "se rumorea que", "se comenta que")
        "reported": r"\b(?:según informes|según reportes|habría|habrían|se\s+(?:ha\s+|había\s+)?(?:dicho|dice|rumorea|rumoreado|"
                    r"comenta|comentado|especula|especulado|afirmado|asegurado|publicado)\s+(?:(?:en|por)\s+(?:las\s+|los\s+)?[\w-]+\s+)?que)\b",
        "say": r"(?:dijo|dice|dicen|dijeron|alerta(?:n|ron|ó)?(?:\s+(?:de|sobre))?|advierte(?:n)?(?:\s+(?:de|sobre))?|afirmó|afirma|afirmaron|aseguró|asegura|aseguraron|informó|informa|informaron|señaló|señala|indicó|indica|agregó|añadió|sostuvo|sostiene|declaró|explicó|advirtió|reveló|reportó|reporta|publicó|confirmó|denunció|acusó|alegó|considera|consideran|cree|creen|añade|añaden|agrega|agregan|concluye|concluyó|concluyeron|determinó|estima|estimó|constató|constata|halló|detalla|detalló|documentó|afirman|aseguran)",
        "acc": r"(?:según|de acuerdo con|citando a)",
        "that": r"(?:que\s+)?",
    },
}


@dataclass
class Assessment:
    modality: str
    polarity: str
    attributed_to: int | None  # slot index of the claimant
    attribution: str | None  # the claimant's words (skeleton text, slots restored by caller)
    excluded: tuple[int, int] | None  # skeleton span of the attribution clause (dates there are not the event's)
    threat: bool = False  # the act is only threatened ("threatened to add X to its list"): no act, no plan




def _compiled(lang: str) -> dict[str, re.Pattern]:
    cache = _compiled.__dict__.setdefault("cache", {})
    if lang not in cache:
        c = _CUES[lang]
        say, acc, that = c["say"], c["acc"], c["that"]
        cache[lang] = {
            "neg": re.compile(c["neg"], re.I),
            "deny": re.compile(c["deny"], re.I),
            "nofind": re.compile(c["nofind"], re.I),
            "spec": re.compile(c["spec"], re.I),
            "alleged": re.compile(c["alleged"], re.I),
            "reported": re.compile(c["reported"], re.I),
            # "According to X, ..." / "Según X, ..."
            "acc_prefix": re.compile(rf"(?:^|[,;:]\s*|\b){acc}\s+(?P<who>[^,;]{{2,90}}?)\s*,", re.I),
            # ", according to X." / ", según X."
            "acc_suffix": re.compile(rf",?\s*{acc}\s+(?P<who>[^,;.]{{2,90}})", re.I),
            # "X said (that) ..." / "X dijo que ..."
            "say_prefix": re.compile(rf"(?P<who>(?:⟦\d+⟧|[^,;.“”\"]){{2,90}}?)(?:,[^;.“”\"]{{0,80}},)?\s+(?:also\s+|previously\s+|has\s+|have\s+|had\s+)?{say}(?:\s+(?:on|in|last|this)\s+[\w.]+(?:\s+\d+)?)?\s*(?:,\s*)?{that}", re.I),
            # "..., X said (on Monday)." / "..., dijo X."
            "say_suffix": re.compile(rf"[,“”\"]\s*(?P<who>[^,;“”\"]{{2,90}}?)\s+{say}\b(?P<rest>[^⟦]{{0,60}})[.!]?$", re.I),
            "say_word": re.compile(rf"\b{say}\b", re.I),
            "acc_word": re.compile(rf"\b{acc}\b", re.I),
            "say_suffix_es": re.compile(rf"[,“”\"]\s*{say}\s+(?P<who>[^,;.“”\"⟦]{{2,90}}?|⟦\d+⟧)(?P<rest>\s+(?:el|este|ayer|hoy|en|a)\b[^⟦,;]{{0,40}})?[.!]?$", re.I),
        }
        # scanned through loaders.literals (same matches): a cue list's words are looked for
        # before `re` tries its alternatives at every position (0.99 -> 0.76 ms per article)
        cache[lang] = {k: literals.Gated(v) for k, v in cache[lang].items()}
    return cache[lang]


# "the contacts between both countries were minimal": the ties named are denied by what follows
_SCANT_AFTER = literals.compile(
    r"[^⟦.;]{0,30}?\b(?:were|are|was|is|remain(?:ed|s)?|have\s+been|had\s+been|eran|son|era|es|fueron|siguen\s+siendo|"
    r"han\s+sido|habían\s+sido)\s+(?:\w+\s+)?(?:minimal|scant|negligible|non-?existent|virtually\s+non-?existent|"
    r"mínim[oa]s?|escas[oa]s?|nul[oa]s?|inexistentes?|casi\s+inexistentes?|prácticamente\s+inexistentes?)\b", re.I)


# "Claims that X hosts Y camps have not been substantiated", "las acusaciones de que ... no han sido probadas":
# what the sentence reports is said to be unproven after the match
_UNPROVEN_AFTER = literals.gated(
    r"[^⟦.;]{0,60}?\b(?:(?:have|has|had)\s+(?:not|never)\s+been|(?:were|was|are|is)\s+(?:not|never)|remain(?:s|ed)?)\s+"
    r"(?:\w+\s+)?(?:substantiated|proven|confirmed|verified|corroborated|established)\b"
    r"|[^⟦.;]{0,60}?\b(?:no|nunca)\s+(?:(?:han|ha|habían|había)\s+sido|fueron|fue|están|está)\s+(?:probad|confirmad|demostrad|verificad|corroborad)\w*"
    r"|[^⟦.;]{0,60}?\bcarec(?:en|ían|ía|e)\s+de\s+(?:(?:cualquier|todo|toda|ningún|ninguna|el\s+menor|la\s+menor|un|el|la)\s+)?"
    r"(?:fundamento|pruebas|sustento|base|asidero|veracidad|evidencia)"
    # the claim refuted or debunked after it ("..., fue desmentida por la Cancillería", "... has been debunked by"; a bare
    # "was denied" stays with the denial readers, as "X denied it" keeps a contested claim)
    r"|[^⟦.;]{0,60}?\b(?:fue|fueron|ha\s+sido|han\s+sido|había\s+sido|habían\s+sido)\s+(?:(?:ya|rotundamente|tajantemente|oficialmente)\s+)?"
    r"(?:desmentid|refutad|desacreditad)[oa]s?\b"
    r"|[^⟦.;]{0,60}?\b(?:lacks?|lacked|lacking|has\s+no|had\s+no|have\s+no)\s+(?:any\s+)?(?:basis|foundation|substance|factual\s+basis)\b"
    r"|[^⟦.;]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:since|already|widely|thoroughly|officially)\s+)?"
    r"(?:debunked|refuted|disproved|disproven|discredited)\b"
    # a fact check's verdict on the claim: "Posts claiming X cut ties with Y are false", "la versión de que ... es falsa"
    r"|[^⟦.;]{0,60}?\b(?:is|are|was|were|(?:has|have)\s+(?:been\s+)?(?:proven|shown)(?:\s+to\s+be)?|proved|turned\s+out\s+to\s+be)\s+"
    r"(?:(?:simply|completely|entirely|totally|also|likewise|patently|demonstrably)\s+)?(?:false|untrue|baseless|unfounded|groundless|"
    r"fabricated|fake|a\s+(?:hoax|fabrication|fake)|incorrect|inaccurate|misleading|not\s+true)\b"
    r"|[^⟦.;]{0,60}?\b(?:es|son|era|eran|resultó|resultaron)\s+(?:(?:completamente|totalmente|también)\s+)?"
    r"(?:fals[oa]s?|infundad[oa]s?|inexact[oa]s?|engaños[oa]s?|un\s+bulo|mentira|incorrect[oa]s?)\b"
    # "..., algo que no ocurrió", "..., something that never happened"
    r"|[^⟦.;]{0,60}?,\s*(?:algo|cosa)\s+que\s+(?:no|nunca)\s+(?:(?:ha|había)\s+)?(?:ocurri|sucedi|pas|produj)\w*"
    r"|[^⟦.;]{0,60}?,\s*something\s+that\s+(?:never|did\s+not|has\s+not|hasn['’]t|didn['’]t)\s+(?:happen|happened|occur|occurred)\b", re.I)


# "no hay pruebas de que X ..., como aseguran algunos congresistas", "no evidence that X sent Y, as some lawmakers
# claim": someone does make the claim the writer finds unproven: a contested allegation, not a bare denial.
# (two shapes of the words before the comma: up to 80 characters naming no actor, or up to 60 with no comma of their own)
_CLAIMED_AFTER = re.compile(
    r"[^⟦.;]{0,80}?,\s*(?:(?:tal\s+)?como\s+(?:lo\s+)?(?:[\w-]+\s+){0,4}?(?:aseguran?|afirman?|sostienen?|denuncian?|dicen|alegan?|acusan?|"
    r"aseguraron|afirmaron|denunciaron|dijeron)|as\s+(?:[\w-]+\s+){0,4}?(?:claim|claims|claimed|allege|alleges|alleged|say|says|said|"
    r"charge|charged|insist|insists|accuse|accused|contend|contends))\b"
    r"|[^,;.]{0,60}?,\s*(?:como|as)\s+(?:(?:lo\s+)?(?:aseguran?|afirman?|sostienen?|dicen?|denuncian?|alegan?|acusan?)\b|"
    r"(?:(?:[\w-]+|⟦\d+⟧)\s+){0,5}?(?:claims?|claimed|alleges?|alleged|says?|said|contends?|insists?)\b)", re.I)


# the writer says what follows is false: "It is not true that X ...", "No es cierto que X ...", "Contrary to posts
# claiming that X ...", "Contrariamente a lo que circula en redes, X ...": no claim of the act, a denial of it
_FALSE_FRAME = literals.compile(
    r"\b(?:it\s+is\s+(?:not\s+true|false|untrue|incorrect|inaccurate)|(?:there\s+is\s+)?no\s+truth\s+(?:to|in)\s+(?:the\s+)?"
    r"(?:claims?|reports?|rumou?rs?|posts?|suggestions?)|it\s+is\s+a\s+myth|(?:no|tampoco)\s+es\s+(?:cierto|verdad)|es\s+(?:falso|mentira|un\s+bulo)|"
    r"no\s+hay\s+nada\s+de\s+cierto\s+en|(?:es|resulta)\s+(?:falso|engañoso|incorrecto|inexacto|erróneo)\s+(?:afirmar|decir|sostener|asegurar)"
    r"|it\s+is\s+(?:false|misleading|incorrect|wrong|inaccurate)\s+to\s+(?:say|claim|suggest|state|assert))\s+(?:que|that)?\s*(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$"
    r"|\bcontrary\s+to\s+(?:what\s+)?(?:[\w-]+\s+){0,4}?(?:claims?|claimed|posts?|reports?|rumou?rs?|assertions?|messages?|"
    r"videos?|suggest(?:ions|ed)?|say|said|says)\b[^⟦;]{0,60}?\b(?:that|claiming|saying|suggesting|asserting)\s+(?:the\s+)?$"
    r"|\b(?:contrariamente\s+a|al\s+contrario\s+de|a\s+diferencia\s+de)\s+(?:lo\s+que\s+)?[^⟦;]{0,60}?\b(?:que|afirman|aseguran|dicen|"
    r"circula\w*|sugieren)\s+(?:que\s+)?(?:el\s+|la\s+|los\s+|las\s+)?$"
    # the act said not to follow: "That does not mean ⟦X⟧ has cut ties", "Eso no quiere decir que ⟦X⟧ haya roto"
    r"|\b(?:(?:does|did|do|would|will)\s+not|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t)\s+(?:necessarily\s+)?(?:mean|imply|signal)\s+(?:that\s+)?(?:the\s+)?$"
    r"|\bno\s+(?:necesariamente\s+)?(?:quiere\s+decir|significa|implica|supone)\s+que\s+(?:el\s+|la\s+|los\s+|las\s+)?$", re.I)


# the subject slot followed by an apposition ("⟦X⟧ (ISWAP), the ⟦Y⟧'s affiliate"): background the finding does not deny
_APPOSITION = literals.compile(r"⟦\d+⟧\s*(?:\([^()]{1,40}\)\s*)?,")
def _in_apposition(skel: str, subj_pos: int, match_end: int) -> bool:
    """The match lies inside an apposition to its subject ("no evidence that ⟦X⟧, the ⟦Y⟧'s affiliate, had
    financed ..." reads PART_OF X Y from the apposition): background, not what the finding denies."""
    am = _APPOSITION.match(skel, subj_pos)
    if am is None:
        return False
    close = skel.find(",", am.end())
    return close == -1 or match_end <= close + 1


_CLAIM_FRAME = literals.compile(r"\b(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?|afirmaci[oó]n(?:es)?|informes?|"
                          r"acusaci[oó]n(?:es)?|denuncias?|versi[oó]n(?:es)?|rumores|"
                          # a post or a version told by what it claims ("a post claiming that", "otra versión, que asegura que")
                          r"claiming|alleging|asserting|que\s+(?:asegura|aseguraba|afirma|afirmaba|sostiene|sostenía|dice|decía)|"
                          r"asegurando|afirmando|sosteniendo)\s+(?:de\s+)?(?:that|que)\s+[\"“«‘']?(?:the\s+|el\s+|la\s+)?$", re.I)


# "Neither X nor Y lists Z", "..., nor has Y listed Z", "Ni X ni Y incluyen a Z", "A, pero no B,
# incluyó ...": the negation stands before the subject, so the verb group alone does not show it.
_NEITHER_BEFORE = literals.gated(r"(?:\b(?:neither|nor|ni)\s+(?:(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could)\s+)?"
                             r"|(?:^|,|\bbut|\bpero|\bsino)\s*(?:not|no)\s+)(?:the\s+|el\s+|la\s+|los\s+|las\s+)?$", re.I)


# a past act negated only up to a time: "did not designate X until 2019", "no rompió relaciones hasta 2019" / "hasta
# que ..." ("until now", "hasta la fecha", "hasta el momento" are "so far": still no act)
_PAST_NEG = {"en": re.compile(r"\b(?:did\s+not|didn['’]t|never)\b", re.I),
             "es": re.compile(r"\bno\s+(?:se\s+)?\w+(?:ó|aron|ieron|ió)\b", re.I)}
# (the month or year a whole word: "hasta la mayoría", "until Mayor X" name no time)
_NOT_UNTIL = re.compile(
    r"[^⟦.;]{0,60}?\b(?:until|till|hasta)\s+(?!(?:now|today|recently|this|ahora|hoy|la\s+fecha|el\s+momento|este|esta)\b)"
    r"(?:que\b|after\b|después\b|(?:(?:early|late|mid|the\s+end\s+of|principios|finales|mediados|fines)[\s-]+(?:de\s+)?)?"
    r"(?:(?:in|en|el|la|\d{1,2}\s+de|\d{1,2})\s+)?(?:\d{4}|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|last)\b)", re.I)
# the subject is the exception of the act: "Todos los miembros del Mercosur, salvo ⟦X⟧, han declarado ...", "All
# members except ⟦X⟧ have designated ...": X did not; the exception of a "none" did ("Salvo ⟦X⟧, ningún país ha enviado",
# "Nobody but ⟦X⟧ has supplied")
_EXCEPT_BEFORE = re.compile(r"(?:\b(?:salvo|excepto|menos|a\s+excepción\s+de|con\s+excepción\s+de|except(?:\s+for)?|other\s+than|"
                            r"with\s+the\s+exception\s+of|aside\s+from|apart\s+from)|\b(?:all|every\w*|todos|todas|nobody|no\s+one|none)\b"
                            r"[^;]{0,50}?\b(?:but|save))\s+(?:(?:the|el|la|los|las)\s+)?$", re.I)
_NONE_WORD = re.compile(r"\b(?:ningún|ninguna|ninguno|nadie|nobody|no\s+one|none|no\s+other|no\s+(?:country|government|state|nation)|"
                        r"no\s+\w+\s+(?:has|have|had)|ningún\s+otro)\b", re.I)
# a negative quantifier heading the subject's phrase: "Ningún comité de sanciones del ⟦X⟧ ha incluido ...",
# "No Latin ⟦American⟧ government has designated ...", "None of the ⟦EU⟧ states has ..." ("No solo ⟦X⟧", "not only",
# "no country except ⟦X⟧", "No es casual que ⟦X⟧" keep the act)
_NEG_QUANT_SUBJECT = re.compile(
    r"(?:^|[;:]\s*|\b(?:but|and|pero|y|sino)\s+)(?:no|ningún|ninguna|ninguno\s+de|none\s+of|not\s+one\s+of|neither\s+of)\s+"
    r"(?:(?!(?:only|just|merely|except|but|other|apart|save|sooner|wonder|doubt|solo|sólo|salvo|excepto|menos|aparte|que|that|es|era|fue|is|was|obstante|vano|casualidad|duda)\b)"
    r"[^\W\d]+\s+){0,5}$", re.I)
# a negative adverbial fronted before the subject: "At no point has ⟦X⟧ designated ...", "En ningún momento ⟦X⟧ ..."
_NEG_ADVERB_BEFORE = re.compile(r"\b(?:" + _NEG_ADVERBIALS_EN + r"|never\s+(?:has|have|had|did)|" + _NEG_ADVERBIALS_ES
                                + r")\b[^,]*$", re.I)
# a negative determiner or existential right before a nominal act: "There are no ties between ⟦X⟧ and ⟦Y⟧",
# "No hay vínculos entre ⟦X⟧ y ⟦Y⟧", "no formal links between" ("no doubt", "No. 2", "no secret that" are none)
_NEG_DET_BEFORE = re.compile(
    r"\b(?:no|ningún|ninguna|ningunos|ningunas|sin|without)\s+(?:(?!(?:doubt|duda|secret|secreto|wonder|extraña|surprise|que|that)\b)"
    r"[^\W\d]+\s+){0,2}$", re.I)
# a nominal act that a negated inclusion verb stands before: "The deal does not provide for the transfer of ...",
# "falls short of a designation of ⟦X⟧", "El acuerdo no contempla el envío de ..." (not "did not comment on the sale of")
_NOT_INCLUDED_BEFORE = re.compile(
    r"(?:\b(?:not|n['’]t)\s+(?:\w+ly\s+)?(?:provide\s+for|include|involve|amount\s+to|constitute|entail|cover)|\bf[ae]ll(?:s|ing)?\s+short\s+of"
    r"|\bno\s+(?:contempla|contemplan|incluye|incluyen|prevé|prevén|supone|suponen|implica|implican|equivale\s+a|constituye|abarca))"
    r"\s+(?:(?:the|an?|any|el|la|los|las|un|una|ningún|ninguna)\s+)?(?:[^\W\d]+\s+){0,2}$", re.I)
# a nominal act said not to have happened after it: "The shipment of drones from ⟦X⟧ to ⟦Y⟧ fell through",
# "la firma del memorando entre ⟦X⟧ y ⟦Y⟧ no se ha concretado", "quedó en suspenso" (no relative pronoun or comma
# between: "a designation that was later suspended" was made)
_UNMADE_AFTER = re.compile(
    r"(?:(?!\b(?:that|which|who|que|cual|cuales|quien)\b)[^⟦.;,]){0,60}?\b(?:"
    r"(?:fell|falls|has\s+fallen|had\s+fallen)\s+through|never\s+(?:materiali[sz]ed|happened|took\s+place|went\s+ahead|came\s+about)"
    r"|(?:did|does|has|have|had)\s+not\s+(?:yet\s+)?(?:materiali[sz]ed?|happen(?:ed)?|take\s+place|taken\s+place|go(?:ne)?\s+ahead)"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|quietly\s+|indefinitely\s+)?(?:shelved|scrapped|called\s+off|cancell?ed|"
    r"put\s+on\s+hold|postponed|suspended|abandoned|frozen|blocked|halted|dropped|derailed)"
    r"|qued(?:ó|aron|a|an|ado)\s+en\s+(?:suspenso|el\s+aire|(?:el\s+)?papel|nada|pausa)"
    r"|(?:no|nunca)\s+se\s+(?:(?:ha|han|había|habían)\s+)?(?:concret|materializ|produ|realiz|firm)\w*"
    r"|(?:no|nunca)\s+(?:(?:ha|han|había|habían)\s+)?(?:lleg(?:ó|aron|ado)\s+a\s+)?(?:concretarse|materializarse|producirse|realizarse|firmarse)"
    r"|se\s+(?:frustr|suspendi|cancel|aplaz|posterg|congel|cay)\w*"
    r"|(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:aplazad|postergad|cancelad|suspendid|congelad|frustrad|bloquead|archivad)\w*"
    r"|fracas(?:ó|aron))\b", re.I)
# prec24: a relative aside between the act's noun and its fate ("A partnership between ⟦X⟧ and ⟦Y⟧, which would give
# U.S. companies access to cobalt, has not yet been signed", "el acuerdo entre ⟦X⟧ y ⟦Y⟧, que incluía drones, nunca se
# concretó"): the fate after the aside
_RELATIVE_ASIDE_AFTER = literals.compile(r"\s*,\s*(?:which|that|who|que|el\s+cual|la\s+cual|cuyo|cuya)\b", re.I)
_NOT_YET_SIGNED = literals.compile(r"\s*(?:(?:has|have|had|was|were)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:signed|concluded|finali[sz]ed)"
                                   r"|(?:no|nunca)\s+(?:se\s+)?(?:(?:ha|han|había|habían)\s+)?(?:sido\s+)?(?:firmad|suscrit|concretad|firm|suscrib|concret)\w*"
                                   r"|(?:aún|todavía)\s+no\s+(?:se\s+)?(?:(?:ha|han)\s+)?(?:sido\s+)?(?:firmad|suscrit|firm|suscrib)\w*)", re.I)


def _unmade_after_aside(skel: str, at: int) -> bool:
    """The act's noun, a relative aside, then words saying it never happened or is not yet signed."""
    am = _RELATIVE_ASIDE_AFTER.match(skel, at)
    if am is None:
        return False
    # (the aside ends at one of its next commas, within the clause: try each)
    end = min(len(skel), am.end() + 200)
    for k in range(am.end(), end):
        if skel[k] in ".;":
            return False
        if skel[k] == "," and (_UNMADE_AFTER.match(skel, k + 1) or _NOT_YET_SIGNED.match(skel, k + 1)):
            return True
    return False


# "Iran called reports that it sent drones to ⟦Y⟧ baseless", "branded claims that ... false": the judgement after
_CALLED_FRAME = re.compile(r"\b(?:call(?:ed|s)?|brand(?:ed|s)?|label+(?:ed|s)?|term(?:ed|s)?|describ(?:ed|es))\s+(?:the\s+|as\s+)?"
                           r"(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|charges?)\s+(?:that\s+)?", re.I)
_CALLED_FALSE_AFTER = re.compile(r"[^⟦.;]{0,60}?\s(?:as\s+)?(?:(?:completely|totally|entirely|utterly)\s+)?(?:baseless|false|untrue|unfounded|"
                                 r"groundless|absurd|fabricated|fake|lies|a\s+lie|nonsense|ridiculous|fiction)\b", re.I)


# prec24: an existential negation heading the clause the act's noun sits in: "Tampoco existe, pese a lo publicado, un
# memorando firmado entre ⟦X⟧ y ⟦Y⟧", "No hubo nunca un acuerdo de ⟦X⟧ con ⟦Y⟧", "There was never a deal between
# ⟦X⟧ and ⟦Y⟧", "There is no memorandum between ⟦X⟧ and ⟦Y⟧" ("No such pact ... exists" is _NEG_DET_BEFORE's; "There has
# never been a treaty" is not read) (no actor between the negation and the subject; "no hay duda
# de que", "there is no doubt that" affirm)
_NO_EXIST_BEFORE = literals.gated(
    r"(?:^|[.;:]\s*|\b(?:y|pero|and|but)\s+)(?:no|tampoco|nunca|jamás)\s+(?:(?:se\s+)?(?:existe|existen|existía|existían|existió|existieron|"
    r"(?:ha|han|había|habían)\s+existido)|hay|había|hubo|(?:ha|había)\s+habido)\b"
    r"(?!\s+(?:ninguna\s+|la\s+menor\s+)?(?:duda|dudas|que|secreto)\b)[^⟦;:]{0,160}$"
    r"|\bthere\s+(?:is|was|are|were|has\s+(?:ever\s+)?been|had\s+(?:ever\s+)?been)\s+(?:no|never\s+(?:been\s+)?(?:an?|any))\b"
    r"(?!\s+(?:doubt|question|secret|denying|way|need|reason)\b)[^⟦;:]{0,160}$", re.I)


# a forecast governing the subject: "We do not expect ⟦X⟧ to designate ...", "No prevemos que ⟦X⟧ rompa ...": the
# writer's expectation that the act will not happen, a denial of it; "Analysts expect ⟦X⟧ to sign ...", "se espera que ⟦X⟧
# firme": an act still to come, speculative (the subject's own "is expected to" is a "spec" cue already)
_FORECAST_VERB_EN = r"(?:expect|anticipate|foresee|predict|envisage|envision)(?:s|ed|ing)?"
_FORECAST_NEG_BEFORE = {
    "en": re.compile(r"\b(?:(?:do|does|did)\s+not|(?:don|doesn|didn)['’]t|no\s+one|nobody|few)\s+(?:(?:really|seriously|currently|yet)\s+)?"
                     + _FORECAST_VERB_EN + r"\s+(?:that\s+)?(?:the\s+)?$", re.I),
    "es": re.compile(r"\bno\s+(?:se\s+)?(?:esper|prev|anticip|pronostic|cre)\w*\s+que\s+(?:el\s+|la\s+|los\s+|las\s+)?$", re.I)}
_FORECAST_BEFORE = {
    "en": re.compile(r"\b" + _FORECAST_VERB_EN + r"\s+(?:that\s+)?(?:the\s+)?$", re.I),
    "es": re.compile(r"\b(?:(?:se\s+)?esper(?:a|an|amos|aba|aban)|prev(?:é|én|emos|eía|eían)|anticip(?:a|an|amos)|pronostic(?:a|an|amos))"
                     r"\s+que\s+(?:el\s+|la\s+|los\s+|las\s+)?$", re.I)}


# "threatened to add X to its list", "amenazó con romper relaciones": a threat is not the act
_THREAT = {"en": literals.compile(r"\bthreat(?:en|ens|ened|ening)?\s+(?:to|with)\b", re.I),
           "es": literals.compile(r"\bamenaz(?:a|an|ó|aron|aba|aban|ando|ado)\s+con\b", re.I)}
# "Hezbollah was added to the list": a passive "added"/"reported" is no speech verb
_PASSIVE_END = literals.compile(r"\b(?:was|were|been|being|is|are|be|fue|fueron|sido)\s*$", re.I)


# "Sweden, but not Finland, designated ...": the aside negates only the actor inside it.
_CONTRAST_ASIDE = literals.compile(r",\s*(?:but|though|although|pero|aunque)?\s*(?:not|no)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?"
                             r"⟦\d+⟧\s*,", re.I)


_REL_SAYS = literals.compile(r"⟦\d+⟧\s*,\s*(?:(?:which|that|who|whom)\s+(?P<who>(?:the\s+)?(?:⟦\d+⟧|[\w-]+)(?:\s+[\w-]+){0,3}?)\s+"
                              r"(?:says?|said|claims?|claimed|alleges?|alleged|believes?|believed|contends?|insists?|maintains?|accuses?|suspects?)|"
                              r"(?:que|quien|el\s+cual|la\s+cual)\s+,?\s*según\s+(?P<who2>(?:el\s+|la\s+|los\s+|las\s+)?(?:⟦\d+⟧|[\w-]+)(?:\s+[\w-]+){0,3}?)\s*,?)\s", re.I)
_RELATIVE_ASIDE = literals.compile(r",\s*(?:which|who|whose|that|where|que|quien|quienes|cuyo|cuya|el\s+cual|la\s+cual|donde)\b[^,]*,", re.I)
# a restrictive relative that picks out the ones asked has its own polarity and mood: "urged the governments that have not
# yet done so, in particular ⟦X⟧, to ...", "exhortó a los gobiernos que aún no lo han hecho, en particular a ⟦X⟧, a ..."
ASKED_ASIDE = literals.gated(r"\b(?:governments|countries|states|nations|allies|partners|members|gobiernos|países|estados|"
                                   r"naciones|aliados|socios|miembros)(?:\s+(?:of|in|de|del|en)\s+(?:the\s+|la\s+|el\s+)?[\w-]+)?"
                                   r"\s+(?:that|which|who|que)\s+[^⟦;,]{0,50}?,"
                                   # (and a speaker naming them: "asked our allies, and here I'd name ⟦X⟧, to ...")
                                   r"|,\s*(?:and\s+)?(?:here\s+)?I(?:['’]d|\s+would|\s+will|['’]ll)\s+(?:name|mention|single\s+out|cite)\b", re.I)


# what ends the clause before a subject in assess(): a semicolon or colon, a contrast, ", and" before a new clause
# (compiled once here: assess() reads it for every claim)
_CLAUSE_BREAK = literals.compile(r"[;:]|,\s+(?:but|however|while|(?:even\s+)?though|although|whereas|yet|pero|aunque|mientras|si\s+bien)\b"
                                  r"|,\s+(?:and|y)\s+(?!(?:that|que)\b)")


def assess(skel: str, m_start: int, m_end: int, subj_pos: int, lang: str, obj_pos: int | None = None) -> Assessment:
    """Modality of the match skel[m_start:m_end] whose subject slot starts at subj_pos
    (obj_pos: where its object slot starts, when after the subject)."""
    c = _compiled(lang if lang in _CUES else "en")
    match_end = m_end
    # hedges and negation count between the subject and the object (the verb group), not in
    # complements: "pressing Bolivia to expel people it alleges are spies" is not alleged
    inner = skel[subj_pos:obj_pos] if obj_pos and obj_pos > subj_pos else skel[subj_pos:m_end]
    before = skel[:subj_pos]
    # the clause right before the subject: "Bolivia denied that ⟦X⟧ ...", "it is unclear if ⟦X⟧ ..."
    # (", and ⟦Y⟧ ...", ", y ⟦Y⟧ ...": a new clause with a subject of its own, which a denial before it does not reach:
    # "Iran denied sending drones, and Ukraine urged China ..."; ", and that ..." is still the denied clause)
    clause_before = _CLAUSE_BREAK.split(before)[-1]
    attributed, attribution, excluded = None, None, None
    modality = "asserted"

    # attribution: leading "according to X," or "X said that", trailing ", X said."
    # cheap word checks first: the attribution regexes are only run when a cue is present
    has_acc = c["acc_word"].search(skel) is not None
    has_say = c["say_word"].search(skel) is not None
    for key, present in (("acc_prefix", has_acc), ("say_prefix", has_say)):
        if not present or not before.strip():
            continue
        for am in c[key].finditer(before):
            if key == "say_prefix" and _PASSIVE_END.search(am.group("who")):
                continue
            attributed, attribution, excluded = _who(am.group("who")), am.group("who").strip(), am.span()
    if attribution is None and (has_acc or has_say):
        # a trailing ", X said." scopes over the whole sentence, even when the match runs to its end
        m_end = min(m_end, max(subj_pos + 1, skel.rfind(",", subj_pos)))
        tail = skel[m_end:]
        am = c["acc_suffix"].search(tail) if has_acc else None
        if am:
            attributed, attribution = _who(am.group("who")), am.group("who").strip()
            excluded = (m_end + am.start(), m_end + am.end())
        else:
            am = None
            if has_say:
                am = c["say_suffix"].search(tail) or (c["say_suffix_es"].search(tail) if lang == "es" else None)
            if am and not SLOT.search(am.group("rest") or "") and not _RELATIVE_OPENS.match(am.group("who")) and not _NOT_ATTRIBUTION.search(
                    am.group("who") + " ⟧ " + (am.group("rest") or "")):
                attributed, attribution = _who(am.group("who")), am.group("who").strip()
                excluded = (m_end + am.start(), m_end + am.end())
    if attribution is None and obj_pos and obj_pos > subj_pos:
        # the claimant inside a relative clause between the subject and its verb: "⟦0⟧, which ⟦2⟧ says transports
        # weapons for ⟦1⟧", "⟦0⟧, que según ⟦2⟧ financia a ⟦1⟧" (its own "which ⟦2⟧ says" ends no clause)
        am = _REL_SAYS.match(skel, subj_pos, obj_pos)
        if am:
            k = "who" if am.group("who") else "who2"
            attributed, attribution, excluded = _who(am.group(k)), am.group(k).strip(), am.span(k)
    if attribution:
        modality = "reported"
        attribution = re.sub(r"^(?:and|but|y|pero|while)\s+", "", attribution, flags=re.I)
    if c["reported"].search(inner) or c["reported"].search(clause_before):
        modality = "reported"
    near_before = clause_before[-50:]
    # a subject after the start of the match: the accusation stands before it ("acusa al grupo de
    # recibir armas de ⟦X⟧", "Accused of funding ⟦Y⟧, ⟦X⟧ ...")
    lead = skel[m_start:subj_pos] if subj_pos > m_start else ""
    # a finding of no evidence, then someone who makes the claim all the same: their allegation (else a denial, below)
    no_finding = c["nofind"].search(near_before) is not None
    claimed = no_finding and _CLAIMED_AFTER.match(skel, match_end) is not None
    if claimed or c["alleged"].search(inner) or c["alleged"].search(near_before) or (lead and c["alleged"].search(lead)) \
            or (attribution and c["alleged"].search(skel[excluded[0]:excluded[1]])):
        modality = "alleged"
    fl = lang if lang in _FORECAST_BEFORE else "en"
    if c["spec"].search(ASKED_ASIDE.sub(" ", inner)) or c["spec"].search(clause_before[-60:]) or skel.rstrip().rstrip("*_").rstrip().endswith("?") \
            or _FORECAST_BEFORE[fl].search(clause_before[-40:]):
        modality = "speculative"
    threat = bool(_THREAT.get(lang, _THREAT["en"]).search(inner))
    inner = _CONTRAST_ASIDE.sub(" ", _last_verb_phrase(inner, c))
    # a relative clause between the subject and its verb has its own polarity: "Kenya, which has no
    # embassy in Tehran, designated ..." / "Suecia, que no es miembro, incluyó ..." stay positive
    inner = ASKED_ASIDE.sub(" ", _RELATIVE_ASIDE.sub(" ", inner))
    # a subject after the start of the match (a passive: "X no está proscrito en Y", "X was not
    # listed by Y"): the verb group stands before the subject
    if subj_pos > m_start:
        inner = inner + " " + _RELATIVE_ASIDE.sub(" ", skel[m_start:subj_pos])
    exc = _EXCEPT_BEFORE.search(clause_before)
    if exc and not _NONE_WORD.search(clause_before) and not _NONE_WORD.search(skel, subj_pos, obj_pos or match_end) \
            and not c["neg"].search(skel, subj_pos, obj_pos or match_end):
        return Assessment("denied", "negative", attributed, attribution, excluded, threat)
    # (the denial verb right before the subject: its object may run past near_before, "rejected ⟦X⟧'s decision")
    at = subj_pos - len(near_before)
    deny_before = any(not _ACT_NOUN.match(skel, at + d.end()) for d in c["deny"].finditer(near_before))
    if c["neg"].search(inner) or deny_before or c["deny"].search(inner) \
            or _SCANT_AFTER.match(skel, m_end) or _NEITHER_BEFORE.search(clause_before) \
            or (no_finding and not claimed and not _in_apposition(skel, subj_pos, match_end)) \
            or ((modality in ("alleged", "reported") or _CLAIM_FRAME.search(clause_before))
                and _UNPROVEN_AFTER.match(skel, match_end)) or _FALSE_FRAME.search(clause_before) \
            or _NEG_QUANT_SUBJECT.search(clause_before) or _NEG_ADVERB_BEFORE.search(clause_before[-60:]) \
            or (not no_finding and _NO_EXIST_BEFORE.search(clause_before)) \
            or _FORECAST_NEG_BEFORE[fl].search(clause_before[-60:]) \
            or (subj_pos >= m_start and not skel.startswith("⟦", m_start) and (_NEG_DET_BEFORE.search(skel, max(0, m_start - 40), m_start)
                                                                                   or _NOT_INCLUDED_BEFORE.search(skel, max(0, m_start - 60), m_start)
                                                                                   or _UNMADE_AFTER.match(skel, match_end)
                                                                                   or _unmade_after_aside(skel, match_end))) \
            or ((_CALLED_FRAME.search(skel, max(0, subj_pos - 60), subj_pos) or _CALLED_FRAME.search(inner))
                and _CALLED_FALSE_AFTER.match(skel, match_end)):
        if _PAST_NEG[lang if lang in _PAST_NEG else "en"].search(inner) and _NOT_UNTIL.match(skel, match_end) \
                and not c["deny"].search(inner) and not deny_before:
            # "Chile did not designate ⟦X⟧ until 2019", "no rompió relaciones hasta que ...": the act came later
            return Assessment(modality, "positive", attributed, attribution, excluded, threat)
        return Assessment("denied", "negative", attributed, attribution, excluded, threat)
    return Assessment(modality, "positive", attributed, attribution, excluded, threat)


# a speech verb after the match that says something of its own ("..., and it confirmed last April that its troops
# fought", "..., a clause that both sides now cite to justify it"): a new statement or a relative clause, no
# attribution of what came before (who ⟧ rest: a relative pronoun in who, a complement opening rest)
# "..., at the invitation of ⟦1⟧, who has since described them as ...": a relative clause about the last actor says
# something of its own, no claimant of what came before ("..., officials who asked not to be named said" still is one)
_RELATIVE_OPENS = re.compile(r"\s*(?:who|whom|whose|quien|quienes)\b", re.I)
_NOT_ATTRIBUTION = literals.compile(r"\b(?:that|which)\b[^⟧]*⟧|⟧\s+(?:[\w-]+\s+){0,3}?(?:that\b|to\s+[a-z]+)", re.I)


def _who(words: str) -> int | None:
    """Slot index of the claimant when the claimant words name an entity."""
    slots = SLOT.findall(words)
    return int(slots[-1]) if slots else None


# "X ruled out severing ties with Y and urged Z ...", "descartaron romper relaciones y pidieron ...":
# a second finite verb phrase joined by and/but/y/pero keeps its own polarity
_VP_JOIN = literals.compile(r"(?:,\s*)?\b(?:and|but|y|pero)\s+(?:(?:also|then|instead|later|también|luego|en\s+cambio|además)\s+)?"
                      r"(?=(?:[a-z]+ed|said|told|sought|made|gave|took|held|[a-záéíóúñ]+(?:ó|aron|ieron|ió))\b)"
                      # prec24: a Spanish preterite after a comma opens the next verb phrase too ("rechazó la ofensiva de
                      # ⟦X⟧, pidió a ⟦Y⟧ que ...")
                      r"|,\s+(?=(?-i:[a-záéíóúñ]{3,}(?:ó|aron|ieron))\b)", re.I)
_VERBISH = literals.compile(r"(?:ed|ing|ar|er|ir|ado|ido|ada|ida|ando|iendo)$", re.I)
_FUNCTION = {"to", "the", "a", "an", "having", "been", "be", "haber", "de", "a", "el", "la", "los", "las", "with", "con"}


def _last_verb_phrase(inner: str, c: dict) -> str:
    """The part of the verb group after the last negated/denied verb phrase that a second
    finite verb phrase follows. The first phrase must have a complement of its own (a slot,
    or words ending in a non-verb), so "denied having armed and trained ⟦X⟧" (one shared
    object) stays denied."""
    cue = None
    for key in ("neg", "deny"):
        for m in c[key].finditer(inner):
            if cue is None or m.end() > cue:
                cue = m.end()
    if cue is None:
        return inner
    for j in _VP_JOIN.finditer(inner, cue):
        seg = inner[cue:j.start()]
        words = [w for w in re.findall(r"⟦\d+⟧|[^\W\d_]+", seg) if w.lower() not in _FUNCTION]
        # after a comma one word closes the negated phrase ("su lista de entidades no fiables, y exigió ...")
        need = 1 if j.group().lstrip().startswith(",") else 2
        if len(words) >= need and (SLOT.search(seg) or not _VERBISH.search(words[-1])):
            return inner[j.end():]
    return inner

