"""The language decision on pages of kinds the twenty-one sets before did not try: Galician under a Portuguese
template, Maltese under an English one, Haitian Creole under a French one, Slovene under a Croatian one, Slovak under a
Czech one, Latin under an Italian one; a paragraph that switches between Spanish and English, one way and the other;
pages of one line (French under "en", German declaring nothing, Italian declaring itself); the tag "und"
(undetermined) over German; Mozambican Portuguese declared "pt-MZ"; a Brazilian page with "você" and reais declared
plain "pt"; and an Italian report quoting a long English statement, declared "it". A listener wants the language the
article's own words are in, named as what it is; a declaration the words plainly overrule is warned of, and a tag that
names no language is none. Every page is our own, its expected language and warning written before narrator first
read it.
FIRST READING: narrator decided all 15 right, language and warning: the tuned two thirds 10 of 10, the third kept aside
(every third case) 5 of 5. The decision is unchanged. What the first reading showed besides, in the tuned part: the
Brazilian page declared plain "pt", addressing its reader as "você" and pricing in reais, was read as European "pt"
(its region, which chooses the voice: one "R$" and no word of language.BRAZIL_WORDS). "você" now counts with the
real's sign as Brazil's words do (language.BRAZIL_ADDRESS: Portugal writes it too, less, so it does not keep
Portugal's words from choosing Portugal), and BRAZIL_WORDS holds a phone's "aplicativo", "esporte", "caminhão" and
"xícara", PORTUGAL_WORDS their Portuguese "desporto", "camião" and "chávena". Of the six pages written for that class
below, four were read as "pt" (or "pt-pt" under a template's "pt-PT") before and are "pt-br" now; the two near misses
read as before. The kept third had no region to score."""

from __future__ import annotations

import pytest

from narrator.clean.language import BRAZIL_ADDRESS, BRAZIL_WORDS, PORTUGAL_WORDS
from narrator.model import Format
from tests.languages import decided, decision_tests
from tests.sweeps import check_linear
from tests.test_clean_language7 import page

GALICIAN = (
    "<p>O Concello de Lugo vai abrir no mes de marzo unha nova biblioteca no barrio da Residencia, no antigo edificio "
    "da escola de música. Terá unha sala para os rapaces, outra para estudar e un espazo para as asociacións "
    "veciñais.</p>"
    "<p>Segundo a concelleira de Cultura, as obras custaron preto de oitocentos mil euros e foron pagadas en boa parte "
    "pola Xunta. A biblioteca abrirá todos os días agás os domingos, desde as nove da mañá ata as nove da noite.</p>")
MALTESE = (
    "<p>Il-Kunsill Lokali tal-Belt Valletta ħabbar li t-triq ewlenija se tingħalaq għat-traffiku kull nhar ta' Ħadd "
    "mix-xahar li ġej. Il-ħwienet u l-kafetteriji jkunu jistgħu jpoġġu l-imwejjed barra matul il-ġurnata kollha.</p>"
    "<p>Is-sindku qal li l-idea ġiet mir-residenti nfushom, li talbu aktar spazju għat-tfal u għall-anzjani. Il-"
    "Kunsill se jara kif tmur l-esperjenza wara tliet xhur qabel jiddeċiedi jekk jagħmilhiex permanenti.</p>")
HAITIAN = (
    "<p>Meri Okap la di li l ap ouvri yon nouvo mache pou machann legim yo bò lanmè a, apre travay yo fini nan mwa "
    "avril. Machann yo p ap bezwen vann nan lari ankò, e yo pral gen dlo pwòp ak twalèt.</p>"
    "<p>Majistra a eksplike ke mache a ap gen plas pou plis pase twa san machann. Moun ki vle yon plas dwe al "
    "enskri nan biwo meri a avan fen mwa sa a, ak yon kat idantifikasyon.</p>")
SLOVENE = (
    "<p>Mestna občina Maribor bo do konca leta uredila novo kolesarsko pot ob Dravi, ki bo povezala središče mesta s "
    "Tezenom. Pot bo dolga približno štiri kilometre in bo osvetljena tudi ponoči.</p>"
    "<p>Kot je povedal podžupan, bodo dela stala dva milijona evrov, večino denarja pa bo prispevala Evropska unija. "
    "Občani lahko svoje predloge za ureditev počivališč pošljejo do konca meseca.</p>")
SLOVAK = (
    "<p>Mesto Košice otvorí na jar nové detské ihrisko v parku pri Hornáde. Na ihrisku budú hojdačky, pieskovisko a "
    "malá lezecká stena pre staršie deti.</p>"
    "<p>Podľa primátora stála výstavba asi tristo tisíc eur a väčšinu peňazí poskytol samosprávny kraj. Park bude "
    "otvorený každý deň od siedmej ráno do desiatej večer a v lete aj dlhšie.</p>")
LATIN = (
    "<p>Summus Pontifex die dominico in Foro Sancti Petri Missam celebravit et fideles ex multis terris salutavit. "
    "In homilia de pace inter populos et de cura pauperum locutus est.</p>"
    "<p>Post Missam Pontifex iuvenes, qui ad urbem convenerant, benedixit et eos hortatus est ut spem numquam "
    "amitterent. Proximo mense iter in Africam facturus est, ubi tres civitates visitabit.</p>")
SPANISH_SWITCHING = (
    "<p>La tienda de la esquina cerró el viernes después de treinta años, y los vecinos no lo pueden creer. Como dijo "
    "doña Carmen, it was the only place where you could buy fresh tortillas on Sunday. Ahora hay que ir en carro "
    "hasta el supermercado de la avenida, que queda lejísimos, y muchos de los mayores no manejan.</p>"
    "<p>El dueño dice que la renta subió demasiado y que ya no le alcanzaba, so he decided to retire. Sus hijos "
    "piensan abrir un puesto en el mercado de los sábados para que la gente no pierda la costumbre.</p>")
ENGLISH_SWITCHING = (
    "<p>The corner store on Alvarado Street closed on Friday after thirty years, and the neighbours still cannot "
    "believe it. As Mrs Carmen Ruiz put it, era el único lugar con tortillas frescas los domingos. Now most people "
    "have to drive to the supermarket on the avenue, and many of the older residents do not drive at all.</p>"
    "<p>The owner said the rent had gone up too much, y ya no le alcanzaba. His children hope to open a stall at the "
    "Saturday market so that the neighbourhood does not lose the habit of shopping together.</p>")
FRENCH_ONE_LINE = ("<p>La médiathèque de Quimper sera fermée lundi et mardi pour l'installation de nouvelles "
                   "étagères.</p>")
GERMAN_ONE_LINE = "<p>Die Stadtbücherei in Ulm bleibt am Montag wegen einer Betriebsversammlung geschlossen.</p>"
ITALIAN_ONE_LINE = "<p>La biblioteca comunale di Cremona resterà chiusa sabato per la pulizia degli scaffali.</p>"
GERMAN = (
    "<p>Die Gemeinde Oberstdorf baut bis zum Winter einen neuen Parkplatz am Ortsrand, damit weniger Autos durch die "
    "Ortsmitte fahren. Von dort sollen Busse im Viertelstundentakt zu den Bergbahnen fahren.</p>"
    "<p>Der Bürgermeister rechnet mit Kosten von etwa drei Millionen Euro. Einheimische sollen den Parkplatz mit "
    "ihrer Gästekarte kostenlos nutzen können, Tagesgäste zahlen fünf Euro am Tag.</p>")
MOZAMBICAN = (
    "<p>O Conselho Municipal de Maputo vai reabilitar o mercado do Xipamanine até ao fim do ano, com novas bancas, "
    "iluminação e casas de banho. As obras começam em Junho e devem durar cerca de oito meses.</p>"
    "<p>Segundo o edil, os vendedores vão ficar num espaço provisório ao lado do mercado enquanto decorrem os "
    "trabalhos. O projecto custa perto de cem milhões de meticais e é financiado por parceiros de cooperação.</p>")
BRAZILIAN_VOCE = (
    "<p>Se você mora em Belo Horizonte e tem um carro antigo, vale a pena conferir as novas regras do IPVA. Quem "
    "pagar o imposto à vista até o fim de janeiro ganha um desconto de três por cento, e a primeira parcela custa a "
    "partir de R$ 150.</p>"
    "<p>Você também pode parcelar o valor em até três vezes sem juros pelo aplicativo do governo. Os motoristas que "
    "não pagarem no prazo ficam sujeitos a multa e podem ter o carro apreendido numa blitz.</p>")
ITALIAN_QUOTING_ENGLISH = (
    "<p>La casa automobilistica americana ha annunciato ieri la chiusura dello stabilimento di Cassino entro la fine "
    "dell'anno. I sindacati hanno proclamato uno sciopero di otto ore per lunedì e chiedono un incontro urgente al "
    "ministero.</p>"
    "<p>Nel comunicato diffuso dall'azienda si legge: \"We have taken this difficult decision after a long review "
    "of our European operations, and we will support every employee affected by it.\"</p>"
    "<p>Il sindaco di Cassino ha definito la notizia un colpo durissimo per tutto il territorio, dove lo stabilimento "
    "dà lavoro a più di mille persone, e ha chiesto alla Regione di intervenire subito.</p>")

CASES = [
    # (name, data, kind, language, warned)
    # a neighbour's template over a language of its own: Galician, Maltese, Haitian Creole, Slovene, Latin, Slovak
    ("gl-declaring-pt", page("pt", GALICIAN, "Nova biblioteca na Residencia"), Format.HTML, "gl", True),
    ("mt-declaring-en", page("en", MALTESE, "Triq mingħajr karozzi"), Format.HTML, "mt", True),
    ("ht-declaring-fr", page("fr", HAITIAN, "Nouvo mache Okap"), Format.HTML, "ht", True),
    ("sl-declaring-hr", page("hr", SLOVENE, "Nova kolesarska pot"), Format.HTML, "sl", True),
    ("la-declaring-it", page("it", LATIN, "Missa in Foro Sancti Petri"), Format.HTML, "la", True),
    # a paragraph switching between Spanish and English: the language most of it is in, as declared
    ("es-switching-declaring-es", page("es", SPANISH_SWITCHING, "Cierra la tienda de la esquina"), Format.HTML, "es",
     False),
    ("en-switching-declaring-en", page("en", ENGLISH_SWITCHING, "Corner store closes"), Format.HTML, "en", False),
    # pages of one line
    ("fr-one-line-declaring-en", page("en", FRENCH_ONE_LINE, "Médiathèque fermée"), Format.HTML, "fr", True),
    ("de-one-line-declaring-none", page("", GERMAN_ONE_LINE, "Bücherei geschlossen"), Format.HTML, "de", False),
    ("it-one-line-declaring-it", page("it", ITALIAN_ONE_LINE, "Biblioteca chiusa"), Format.HTML, "it", False),
    # "und", the tag for a language not determined: no language, and no warning
    ("de-declaring-und", page("und", GERMAN, "Neuer Parkplatz in Oberstdorf"), Format.HTML, "de", False),
    # Mozambican Portuguese with its region; a Brazilian page with "você" and reais declared plain "pt"
    ("pt-mz-declaring-pt-mz", page("pt-MZ", MOZAMBICAN, "Mercado do Xipamanine"), Format.HTML, "pt", False),
    ("pt-br-voce-declaring-pt", page("pt", BRAZILIAN_VOCE, "Desconto no IPVA"), Format.HTML, "pt", False),
    # an Italian report quoting a long English statement: Italian, as declared
    ("it-quoting-english-declaring-it", page("it", ITALIAN_QUOTING_ENGLISH, "Chiude lo stabilimento di Cassino"),
     Format.HTML, "it", False),
    ("sk-declaring-cs", page("cs", SLOVAK, "Nové ihrisko pri Hornáde"), Format.HTML, "sk", True),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {}

# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))


def test_a_brazilian_page_declared_plain_pt_takes_brazil_from_its_words(caplog: pytest.LogCaptureFixture) -> None:
    assert decided(page("pt", BRAZILIAN_VOCE, "Desconto no IPVA"), caplog)[0] == "pt-br"


# A Portuguese page's region from its words: Brazil's way of addressing the reader, "você", counts with the real's sign
# as Brazil's words do, and so do a phone's "aplicativo", "esporte", "caminhão" and "xícara"; Portugal's "desporto",
# "camião" and "chávena" count for Portugal. A Lisbon page quoting "você", and a page with only two such words, are as
# before.
_REGION_PAGES = [
    ("<p>Se você gosta de esportes, o novo aplicativo do clube mostra todos os jogos ao vivo.</p><p>Vocês também podem "
     "comprar ingressos pelo site, com desconto para sócios.</p>", "pt", "pt-br"),
    ("<p>Para o bolo, você vai precisar de duas xícaras de farinha, uma xícara de açúcar e três ovos.</p><p>Misture "
     "tudo e asse por quarenta minutos em forno médio.</p>", "", "pt-br"),
    ("<p>Um caminhão carregado de laranjas tombou na rodovia Anhanguera na manhã desta terça.</p><p>Os caminhões que "
     "seguiam para o interior ficaram parados por três horas, e você pode acompanhar o trânsito pelo aplicativo da "
     "concessionária.</p>", "", "pt-br"),
    ("<p>O novo aplicativo da companhia de saneamento avisa você quando falta água no seu bairro.</p><p>Você também "
     "pode pedir a segunda via da conta sem sair de casa.</p>", "pt-PT", "pt-br"),
    # near misses: a Lisbon paper quoting "você" beside Portugal's words; two Brazilian words only
    ("<p>O treinador disse aos jogadores: \"você tem de acreditar até ao fim\". A equipa apanhou o autocarro para o "
     "estádio logo a seguir.</p><p>De facto, o desporto vive destes momentos, e os adeptos encheram a bancada.</p>",
     "", "pt-pt"),
    ("<p>Você já visitou o novo museu da cidade? A entrada é gratuita aos domingos.</p><p>O edifício foi recuperado "
     "durante dois anos e tem agora uma sala para exposições temporárias.</p>", "", "pt"),
]


@pytest.mark.parametrize(("body", "lang", "tag"), _REGION_PAGES)
def test_a_portuguese_page_takes_its_region_from_its_words(body: str, lang: str, tag: str,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    assert decided(page(lang, body, "Notícia"), caplog)[0] == tag


@pytest.mark.parametrize("token", ["você ", "Vocês", "aplicativo ", "caminhão", "desporto ", "vocês você"])
def test_the_region_words_stay_linear(token: str) -> None:
    check_linear(token, 300, lambda text: (BRAZIL_ADDRESS.findall(text), BRAZIL_WORDS.findall(text),
                                           PORTUGAL_WORDS.findall(text)))
