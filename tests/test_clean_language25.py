"""The language decision on pages of kinds the twenty-four sets before did not try: Sardinian under an Italian template
and declared as itself, Walloon and Picard under French ones, Scots under an English one, an Italian page whose <html
lang=""> is empty, a German article quoting an English minister at length, an English recipe thick with Italian dish
names, Quebec French full of English loan words declared "fr-CA", Low German under a German template, Aragonese under a
Spanish one and Alsatian under a French one; and four probes, regional languages under the template of their kin
(Asturian under Spanish, Friulian and Venetian under Italian, Limburgish under Dutch). A listener wants the language
the article's own words are in; a declaration the words plainly overrule is warned of; where the identifier has no
model of the page's language (it knows no Sardinian, Picard, Scots, Low German, Asturian or Friulian), its nearest
kin is no evidence against the declaration. Every page is our own, its expected language and warning written before
narrator first read it.
FIRST READING: 14 of the 16 cases right, language and warning: the tuned two thirds 11 of 11, the third kept aside
(every third case) 3 of 5. No rule was written (the tuned part showed no miss to write one for): clean/language.py is
unchanged. The kept third's two misses, read once at the end: Venetian under "it" was named "vec" and warned of, where
we wrote "it" on the belief that no model knows Venetian; the identifier does (0.99998), and a regional language it
knows is named and warned of as Occitan, Walloon and Aragonese are, so the case was re-written to "vec", warned (our
premise was wrong, not narrator). Alsatian under "fr" was taken for Luxembourgish ("lb", 0.96; German 0.04) and warned
of: an Alemannic text read by the rules and voice of its Moselle Franconian kin rather than German's; left in KNOWN, for
the kept third is not tuned on. Now 15 of 16 (tuned 11 of 11, kept 4 of 5)."""

from __future__ import annotations

from narrator.model import Format
from tests.languages import decision_tests
from tests.test_clean_language7 import page

SARDINIAN = (
    "<p>Su Comunu de Nùgoro at annuntziadu chi s'annu chi benit s'at a abèrrere una biblioteca noa in su tzentru "
    "istòricu. Sa biblioteca at a tènnere prus de deghemìgia libros, e b'at a àere fintzas un'aposentu pro sos "
    "pitzinnos.</p>"
    "<p>Segundu su sìndigu, su progetu at a costare unos tres milliones de èuros, e sos traballos ant a cumintzare in "
    "beranu. Sos tzitadinos podent imbiare propostas pro su nùmene de sa biblioteca finas a sa fine de su mese.</p>")
WALLOON = (
    "<p>Li comene di Nameur va fé bati ene novele biblioteke dins l' vî cwårtî, et les ovraedjes vont cmincî å "
    "prétimps. I gn årè pus di dijh mile lives, et ene sâle po les efants.</p>"
    "<p>Sorlon l' bourgmwaisse, l' pordjet va coster come treus miyons d' euros, et l' biblioteke serè drovowe po l' "
    "fén di l' anêye ki vént. Les djins polèt evoyî des idêyes po l' no disk' al fén do moes.</p>")
PICARD = (
    "<p>Ech conseil municipal d'Amiens i a décidé d'bâtir eune nouvelle bibliothèque dins ch'quartier Saint-Leu. Chés "
    "ouvriers i vont quémincher au printemps, et i n'y aro pus d'dix mille lives, avuc eune salle pour chés éfants.</p>"
    "<p>D'après ch'maire, cha va coûter à peu près tros millions d'euros, et l'bibliothèque al sro ouverte à l'fin "
    "d'l'anée qui vient. Chés gins i peuvtent invoyer des idées pour sin nom jusqu'à l'fin du mos.</p>")
SCOTS = (
    "<p>The cooncil in Dundee has said that a new library will be biggit in the auld toun centre next year. The "
    "library will hae mair nor ten thoosand buiks, an there will be a room for the bairns as weel.</p>"
    "<p>Accordin tae the provost, the project will cost aboot three million pund, an the wark will stairt in the "
    "spring. Fowk can send in their ideas for a name afore the end o the month.</p>")
ITALIAN = (
    "<p>Il Comune di Bergamo ha annunciato che l'anno prossimo aprirà una nuova biblioteca nel centro storico. La "
    "biblioteca avrà più di diecimila libri e una sala dedicata ai bambini.</p>"
    "<p>Secondo il sindaco, il progetto costerà circa tre milioni di euro e i lavori cominceranno in primavera. I "
    "cittadini possono proporre un nome per la biblioteca fino alla fine del mese.</p>")
GERMAN_QUOTING_ENGLISH = (
    "<p>Der britische Verkehrsminister war am Dienstag zu Gast in Berlin, um über die geplante Zugverbindung zwischen "
    "London und Frankfurt zu sprechen. Die Gespräche dauerten länger als erwartet, und die Pressekonferenz begann mit "
    "einer Stunde Verspätung.</p>"
    "<blockquote><p>We are committed to making this connection happen before the end of the decade. Passengers want "
    "fast, reliable trains between our capitals, and we believe that the demand is there, especially for business "
    "travellers who are tired of airports and delays.</p></blockquote>"
    "<p>Die Deutsche Bahn zeigte sich zurückhaltend. Ein Sprecher sagte, man prüfe das Vorhaben, aber die "
    "Sicherheitskontrollen im Tunnel und die fehlenden Züge seien noch ungelöste Probleme. Eine Entscheidung werde "
    "frühestens im kommenden Jahr fallen.</p>")
RECIPE_WITH_ITALIAN_DISHES = (
    "<p>This is my grandmother's tagliatelle al ragù, the way she made it every Sunday in Bologna. Start the soffritto "
    "with finely chopped onion, carrot and celery, and let it cook slowly in olive oil and butter until soft.</p>"
    "<p>Add the minced beef and pancetta, brown them well, then pour in a glass of white wine. Stir in the passata and "
    "let the sauce simmer for at least three hours. Serve it with fresh tagliatelle, a little Parmigiano Reggiano and, "
    "if you like, a glass of Sangiovese. For dessert, a slice of torta di riso or a simple panna cotta with amarene is "
    "perfect.</p>")
QUEBEC_WITH_LOANS = (
    "<p>Le party de fin d'année du club de hockey a eu lieu samedi soir au sous-sol de l'église, et franchement, "
    "c'était le fun. Mon chum a checké la liste des invités, pis on était plus de quatre-vingts.</p>"
    "<p>Le DJ jouait des vieux hits, les jeunes faisaient du karaoké, pis les parents jasaient au bar. Dimanche, tout "
    "le monde était un peu fatigué, mais on a déjà hâte au prochain party, cet été au chalet du coach.</p>")
LOW_GERMAN = (
    "<p>De Gemeen Husum will nächst Johr en nee Bökeree in de Binnenstadt boen. Dor schöllt mehr as teihndusend Böker "
    "rin, un dat gifft ok en Ruum för de Kinner.</p>"
    "<p>Na de Börgermeester schall dat Projekt so um un bi dree Millionen Euro kösten, un de Arbeid schall in't "
    "Fröhjohr anfangen. De Lüüd köönt bet to't Enn vun'n Maand Vörslääg för en Naam inschicken.</p>")
ARAGONESE = (
    "<p>O Concello de Uesca ha anunciau que l'anyo que viene se ubrirá una nueva biblioteca en o centro d'a ciudat. A "
    "biblioteca tendrá mas de diez mil libros, y i habrá tamién una sala ta os ninos.</p>"
    "<p>Seguntes l'alcalde, o prochecto costará arredol de tres millons d'euros, y as obras empecipiarán en a "
    "primavera. Os ciudadanos pueden ninviar propuestas ta o nombre d'a biblioteca dica la fin d'o mes.</p>")
ALSATIAN = (
    "<p>D'Stadt Mìlhüse wìll s'nächschte Johr a neji Bìbliothek ìm Zentrum baue. Drìnn sollt's meh às zehtàusig "
    "Büecher gah, ùn's gìtt àui a Zìmmer fer d'Kìnder.</p>"
    "<p>Wie dr Bùrgermeischter saat, koschtet s'Projekt ùngfähr drei Millione Euro, ùn d'Àrbet fàngt ìm Friehjohr à. "
    "D'Litt kenne bis Enn vùm Monet Vorschläj fer a Nàme schìcke.</p>")

ASTURIAN = (
    "<p>El Conceyu d'Uviéu anunció que l'añu que vien va abrise una biblioteca nueva nel centru de la ciudá. La "
    "biblioteca va tener más de diez mil llibros, y va haber tamién una sala pa los neños.</p>"
    "<p>Según l'alcalde, el proyeutu va costar alredor de tres millones d'euros, y les obres van entamar na primavera. "
    "Los vecinos puen unviar propuestes pal nome de la biblioteca hasta la fin del mes.</p>")
FRIULIAN = (
    "<p>Il Comun di Udin al à anunziât che l'an che al ven e vignarà vierte une biblioteche gnove tal centri de citât. "
    "La biblioteche e varà plui di dismil libris, e e sarà ancje une sale pai fruts.</p>"
    "<p>Daûr dal sindic, il progjet al costarà plui o mancul trê milions di euros, e i lavôrs a tacaran in Vierte. I "
    "citadins a puedin mandâ propuestis pal non de biblioteche fin ae fin dal mês.</p>")
VENETIAN = (
    "<p>El Comun de Venesia el ga dito che l'ano che vien i verzarà na biblioteca nova in tel sentro storico. La "
    "biblioteca la gavarà pì de diesemila libri, e ghe sarà anca na sala par i putei.</p>"
    "<p>Secondo el sindaco, el projeto el costarà pressapoco tre milioni de euro, e i lavori i scominsiarà in "
    "primavera. I sitadini i pol mandar proposte par el nome de la biblioteca fin a la fine del mese.</p>")
LIMBURGISH = (
    "<p>De gemeinte Mestreech haet bekindgemaak tot ze volgend jaor 'n nuuj bibliotheek in 't centrum geit bouwe. D'r "
    "kómme mie es tiendoezend beuk in, en d'r kump ouch 'n zaol veur de kinder.</p>"
    "<p>Volges de börgemeister kos 't projek ongeveer drie miljoen euro, en 't werk begint in 't veurjaor. De lui "
    "kinne toet 't ind vaan de maond veurstelle veur 'ne naam insjikke.</p>")


def empty_lang(body: str, title: str) -> bytes:
    """An HTML page whose <html lang=""> is empty: the language declared unknown, as the HTML standard reads it."""
    return (f"<!doctype html><html lang=\"\"><head><meta charset='utf-8'><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{body}</article></body></html>").encode()


CASES = [
    # (name, data, kind, language, warned); expectations written before narrator read the pages
    # Sardinian under an Italian template: no model knows Sardinian, the Italian declaration stands
    ("sc-declaring-it", page("it", SARDINIAN, "Una biblioteca noa in Nùgoro"), Format.HTML, "it", False),
    # Sardinian declared as itself: the declaration stands (the identifier's nearest kin is no evidence against it)
    ("sc-declaring-sc", page("sc", SARDINIAN, "Una biblioteca noa in Nùgoro"), Format.HTML, "sc", False),
    # Walloon under a French template: the identifier knows Walloon ("wa"), warned
    ("wa-declaring-fr", page("fr", WALLOON, "Ene novele biblioteke a Nameur"), Format.HTML, "wa", True),
    # Picard under a French template: no model knows Picard, the French declaration stands
    ("pcd-declaring-fr", page("fr", PICARD, "Eune nouvelle bibliothèque à Saint-Leu"), Format.HTML, "fr", False),
    # Scots under a British English template: no model knows Scots, the English declaration stands
    ("sco-declaring-en-gb", page("en-GB", SCOTS, "A new library for Dundee"), Format.HTML, "en", False),
    # Italian under an empty lang="": nothing declared, Italian guessed, no warning
    ("it-under-an-empty-lang", empty_lang(ITALIAN, "Una nuova biblioteca a Bergamo"), Format.HTML, "it", False),
    # a German article quoting an English minister at length, declared German: German, no warning
    ("de-quoting-english-declaring-de", page("de", GERMAN_QUOTING_ENGLISH, "Ein Zug von London nach Frankfurt"),
     Format.HTML, "de", False),
    # an English recipe thick with Italian dish names, declared English: English, no warning
    ("en-recipe-with-italian-dishes-declaring-en", page("en", RECIPE_WITH_ITALIAN_DISHES, "Nonna's Sunday ragù"),
     Format.HTML, "en", False),
    # Quebec French full of English loan words, declared "fr-CA": French, no warning
    ("fr-ca-with-english-loans-declaring-fr-ca", page("fr-CA", QUEBEC_WITH_LOANS, "Le party du club de hockey"),
     Format.HTML, "fr", False),
    # Low German under a German template: no model knows Low German, the German declaration stands
    ("nds-declaring-de", page("de", LOW_GERMAN, "En nee Bökeree för Husum"), Format.HTML, "de", False),
    # Aragonese under a Spanish template: the identifier knows Aragonese ("an"), warned
    ("an-declaring-es", page("es", ARAGONESE, "Una nueva biblioteca en Uesca"), Format.HTML, "an", True),
    # Alsatian under a French template: no model knows Alsatian, but its words are plainly German's kin, not French's:
    # German, warned
    ("gsw-declaring-fr", page("fr", ALSATIAN, "A neji Bìbliothek in Mìlhüse"), Format.HTML, "de", True),
    # probes of the boundary, written before the first reading as the rest: four more regional languages, each under
    # the template of the language it is kin to (Asturian under Spanish, Friulian and Venetian under Italian,
    # Limburgish under Dutch): the declaration stands where no model knows the language
    ("ast-declaring-es", page("es", ASTURIAN, "Una biblioteca nueva n'Uviéu"), Format.HTML, "es", False),
    ("fur-declaring-it", page("it", FRIULIAN, "Une biblioteche gnove a Udin"), Format.HTML, "it", False),
    # (Venetian: written "it", not warned, on the belief that no model knows it; the identifier does, and names it)
    ("vec-declaring-it", page("it", VENETIAN, "Na biblioteca nova a Venesia"), Format.HTML, "vec", True),
    ("li-declaring-nl", page("nl", LIMBURGISH, "'n Nuuj bibliotheek in Mestreech"), Format.HTML, "nl", False),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {
    "gsw-declaring-fr": "Alsatian is taken for Luxembourgish (0.96, German 0.04), the nearest kin the identifier has a "
                        "model of: German's rules and voice are nearer an Alemannic text (kept third)",
}

# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))
