"""The language decision on pages of kinds the twenty-two sets before did not try: Irish under an English template, an
Irish page quoting an English statement, a Welsh one quoting English, Irish in og:locale under an English <html>, an
Irish notice alternating with its English, Serbian in the Latin script (declared as such, as English, and as its close
neighbour Croatian), Faroese and Icelandic under a Danish template, Estonian under a Finnish one, and a Swahili report
quoting English. A listener wants the language the article's own words are in; a declaration the words plainly
overrule is warned of, and one the words cannot tell apart from a close neighbour stands. Every page is our own, its
expected language and warning written before narrator first read it.
FIRST READING: narrator decided 11 of the 12 right, language and warning: the tuned two thirds 7 of 8, the third kept
aside (every third case) 4 of 4. The miss was Serbian in the Latin script under an English template, read as English
with no warning: the identifier splits its belief between Bosnian (0.50), Croatian (0.35) and Serbian (0.16), so that
none was plain. The three are now one language's standards, their shares summed (language.KIN) and the standard told
by its words (clean/standards.py: Serbian's ekavian forms and own words, Croatian's own words and months); a
declaration of one of the three stands over the words of another. Now 12 of 12; the kept third 4 of 4, as before (it
had nothing of that class to move). Below the cases, seven pages of our own for the class, two of them near misses."""

from __future__ import annotations

import pytest

from narrator.clean.standards import CROATIAN_WORDS, SERBIAN_WORDS
from narrator.model import Format
from tests.languages import decided, decision_tests
from tests.sweeps import check_linear
from tests.test_clean_language7 import page
from tests.test_clean_language16 import with_locale

IRISH = (
    "<p>Osclóidh Comhairle Contae na Gaillimhe leabharlann nua i mBaile Átha an Rí an mhí seo chugainn. Beidh seomra "
    "do pháistí ann, áit staidéir do mhic léinn agus spás do ghrúpaí pobail.</p>"
    "<p>Dúirt an comhairleoir go raibh na hoibreacha níos costasaí ná mar a ceapadh ar dtús, ach go mbeidh an "
    "foirgneamh ar oscailt gach lá seachas an Domhnach, ó a naoi a chlog ar maidin go dtí a hocht tráthnóna.</p>")
IRISH_QUOTING_ENGLISH = (
    "<p>Tá imní ar mhuintir an oileáin faoin tseirbhís farantóireachta nua a thosóidh i mí an Mhárta. Dúirt an "
    "comhlacht i ráiteas: \"We are confident that the new timetable will serve the island better, and we will "
    "review it after the summer season.\"</p>"
    "<p>Ach deir na hoileánaigh nach bhfuil go leor bád ann sa gheimhreadh, agus go mbíonn ar dhaoine fanacht ar an "
    "gcé ar feadh uaireanta an chloig nuair a bhíonn an aimsir go dona.</p>")
WELSH_QUOTING_ENGLISH = (
    "<p>Mae trigolion pentref Llanberis yn poeni am y cynllun i godi maes parcio newydd ger y llyn. Yn ôl llefarydd "
    "ar ran y cwmni, \"the new car park will take pressure off the village streets during the busy summer "
    "months.\"</p>"
    "<p>Ond mae'r cyngor cymuned yn dweud y bydd mwy o geir yn dod i'r ardal o ganlyniad, ac maen nhw wedi gofyn i'r "
    "parc cenedlaethol wrthod y cais pan fydd yn cael ei drafod fis nesaf.</p>")
IRISH_ENGLISH_ALTERNATING = (
    "<p>Beidh an linn snámha poiblí dúnta ón gcéad lá de mhí Lúnasa go dtí deireadh na míosa le haghaidh oibreacha "
    "deisiúcháin.</p>"
    "<p>The public swimming pool will be closed from the first of August until the end of the month for repair "
    "works.</p>"
    "<p>Is féidir le baill an linn snámha in Uachtar Ard a úsáid saor in aisce le linn an ama sin.</p>"
    "<p>Members may use the swimming pool in Oughterard free of charge during that time.</p>")
SERBIAN_LATIN = (
    "<p>Gradska uprava Novog Sada najavila je da će do kraja godine biti otvoren novi most preko Dunava za pešake i "
    "bicikliste. Most će povezati Ribarac sa Petrovaradinom i biće osvetljen i noću.</p>"
    "<p>Prema rečima gradonačelnika, radovi koštaju oko dve milijarde dinara, a veći deo novca obezbedila je Vlada "
    "Srbije. Građani mogu da pošalju svoje predloge za ime mosta do kraja meseca.</p>")
FAROESE = (
    "<p>Tórshavnar kommuna fer at byggja ein nýggjan svimjihyl í Hoyvík, og arbeiðið byrjar í heyst. Hylurin verður "
    "25 metrar langur, og har verður eisini ein lítil hylur til smábørn.</p>"
    "<p>Borgarstjórin sigur, at verkætlanin kostar umleið 150 milliónir krónur, og at hylurin skal vera liðugur til "
    "summarið 2027. Fólk kunnu senda uppskot um navnið á hylinum til kommununa.</p>")
ICELANDIC = (
    "<p>Reykjavíkurborg ætlar að opna nýtt bókasafn í Úlfarsárdal næsta vor. Þar verður sérstakt herbergi fyrir börn, "
    "lesaðstaða fyrir nemendur og salur fyrir félagasamtök í hverfinu.</p>"
    "<p>Að sögn borgarstjóra kostuðu framkvæmdirnar um átta hundruð milljónir króna. Safnið verður opið alla daga "
    "nema sunnudaga, frá klukkan tíu á morgnana til klukkan sjö á kvöldin.</p>")
ESTONIAN = (
    "<p>Tartu linnavalitsus teatas, et uus jalgrattatee Emajõe ääres valmib järgmise aasta suveks. Tee on umbes neli "
    "kilomeetrit pikk ja see valgustatakse ka öösel.</p>"
    "<p>Abilinnapea sõnul maksavad tööd kokku kaks miljonit eurot ning suurema osa rahast annab Euroopa Liit. "
    "Linnaelanikud saavad oma ettepanekuid puhkekohtade kohta saata kuu lõpuni.</p>")
SWAHILI_QUOTING_ENGLISH = (
    "<p>Halmashauri ya Jiji la Dar es Salaam imetangaza kwamba soko jipya la samaki litafunguliwa mwezi ujao karibu "
    "na bandari. Wafanyabiashara wataweza kuuza samaki wao mahali safi, na kutakuwa na maji ya bomba na vyoo.</p>"
    "<p>Msemaji wa kampuni iliyojenga soko alisema: \"This market will give traders a clean and safe place to "
    "work.\" Hata hivyo, baadhi ya wavuvi wanasema kodi ya meza ni kubwa mno kwa wafanyabiashara wadogo.</p>")
CROATIAN = (
    "<p>Grad Zagreb otvorit će do kraja godine novi vrtić u Dubravi, u zgradi stare glazbene škole. Vrtić će imati "
    "mjesta za stotinu djece, a radit će svaki dan osim nedjelje od šest ujutro do pet poslijepodne.</p>"
    "<p>Prema riječima gradonačelnika, radovi su stajali oko dva milijuna eura, a veći dio novca osigurala je Europska "
    "unija. Roditelji mogu prijaviti djecu do kraja siječnja, a upisi počinju u veljači.</p>")
SERBIAN_LATIN_NOTICE = (
    "<p>Opština Zemun obaveštava građane da će u sredu od osam do četrnaest časova biti isključena voda u delu "
    "naselja pored reke. Radovi se izvode zbog zamene stare cevi na glavnom vodu.</p>"
    "<p>Cisterne sa pijaćom vodom biće postavljene na dve lokacije, kod pijace i ispred doma zdravlja. Građani koji "
    "imaju pitanja mogu da pozovu dežurnu službu svakog dana posle deset sati.</p>")
SLOVENE_NOTICE = (
    "<p>Občina Koper obvešča občane, da bo v sredo od osmih do štirinajstih ure prekinjena dobava vode v delu naselja "
    "ob reki. Dela potekajo zaradi zamenjave stare cevi na glavnem vodu.</p>"
    "<p>Cisterne s pitno vodo bodo postavljene na dveh lokacijah, pri tržnici in pred zdravstvenim domom. Občani, ki "
    "imajo vprašanja, lahko pokličejo dežurno službo vsak dan po deseti uri.</p>")

CASES = [
    # (name, data, kind, language, warned)
    # Irish under an English template; Irish quoting a statement in English, declared Irish
    ("ga-declaring-en", page("en", IRISH, "Leabharlann nua i mBaile Átha an Rí"), Format.HTML, "ga", True),
    ("ga-quoting-english-declaring-ga", page("ga", IRISH_QUOTING_ENGLISH, "Imní faoin bhfarantóireacht"),
     Format.HTML, "ga", False),
    # Welsh quoting a line of English, declared Welsh
    ("cy-quoting-english-declaring-cy", page("cy", WELSH_QUOTING_ENGLISH, "Maes parcio newydd yn Llanberis"),
     Format.HTML, "cy", False),
    # Serbian in the Latin script, declared so, as English, and as Croatian (a neighbour the words cannot overrule)
    ("sr-latn-declaring-sr-latn", page("sr-Latn", SERBIAN_LATIN, "Novi most preko Dunava"), Format.HTML, "sr", False),
    ("sr-latn-declaring-en", page("en", SERBIAN_LATIN, "Novi most preko Dunava"), Format.HTML, "sr", True),
    ("sr-latn-declaring-hr", page("hr", SERBIAN_LATIN, "Novi most preko Dunava"), Format.HTML, "hr", False),
    # Faroese under a Danish template
    ("fo-declaring-da", page("da", FAROESE, "Nýggjur svimjihylur í Hoyvík"), Format.HTML, "fo", True),
    # Irish whose <html> says English and whose og:locale says Irish
    ("ga-html-en-og-ga", with_locale("en", "ga_IE", IRISH, "Leabharlann nua"), Format.HTML, "ga", True),
    # Icelandic under a Danish template
    ("is-declaring-da", page("da", ICELANDIC, "Nýtt bókasafn í Úlfarsárdal"), Format.HTML, "is", True),
    # Swahili quoting a line of English, declared Swahili
    ("sw-quoting-english-declaring-sw", page("sw", SWAHILI_QUOTING_ENGLISH, "Soko jipya la samaki"), Format.HTML,
     "sw", False),
    # Estonian under a Finnish template
    ("et-declaring-fi", page("fi", ESTONIAN, "Uus jalgrattatee Emajõe ääres"), Format.HTML, "et", True),
    # an Irish notice alternating paragraph by paragraph with its English, declared Irish English
    ("ga-en-alternating-declaring-en-ie", page("en-IE", IRISH_ENGLISH_ALTERNATING, "Linn snámha dúnta / Pool closed"),
     Format.HTML, "en", False),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {}

# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))


# Serbian, Croatian and Bosnian, one language in three standards whose shares the identifier splits: their shares are
# one, the standard told by its words (Serbian's ekavian "dve", "deo", "posle", "opština"; Croatian's "tisuća",
# "glazbene", "siječnja"), and a declaration of one of the three stands over the words of another. Slovene, a
# neighbour of its own, and a Croatian page declared so, are as before.
_STANDARD_PAGES = [
    (page("en", CROATIAN, "Novi vrtić u Dubravi"), "hr", True),
    (page("de", SERBIAN_LATIN_NOTICE, "Isključenje vode u Zemunu"), "sr", True),
    (page("", SERBIAN_LATIN_NOTICE, "Isključenje vode u Zemunu"), "sr", False),
    (page("sr", CROATIAN, "Novi vrtić u Dubravi"), "sr", False),
    (page("sr-Latn-RS", SERBIAN_LATIN_NOTICE, "Isključenje vode u Zemunu"), "sr", False),
    # near misses: Slovene declared Croatian, a Croatian page declared so
    (page("hr", SLOVENE_NOTICE, "Prekinjena dobava vode"), "sl", True),
    (page("hr", CROATIAN, "Novi vrtić u Dubravi"), "hr", False),
]


@pytest.mark.parametrize(("data", "language", "warned"), _STANDARD_PAGES)
def test_serbian_croatian_and_bosnian_are_one_language_told_by_its_words(data: bytes, language: str, warned: bool,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    found, warning = decided(data, caplog)
    assert (found.split("-")[0], warning) == (language, warned)


@pytest.mark.parametrize("token", ["dve ", "deo", "opština ", "tisuća ", "siječnja", "dvedeo "])
def test_the_standards_words_stay_linear(token: str) -> None:
    check_linear(token, 300, lambda text: (SERBIAN_WORDS.findall(text), CROATIAN_WORDS.findall(text)))
