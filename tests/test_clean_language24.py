"""The language decision on pages of kinds the twenty-three sets before did not try: Norwegian Bokmål under a Danish
template, Danish under a Norwegian one, Nynorsk declared as Bokmål (one language's two written standards), Swedish
under a Norwegian template, Afrikaans under a South African English one, Maltese under an Italian template, Basque
under a French one, West Frisian under a Dutch one, Scottish Gaelic under a British English one, Breton under a French
one, Latvian under a Lithuanian one, an English article with a French comment thread, and a French page whose <html>
says English and whose <meta http-equiv="content-language"> says French. A listener wants the language the article's
own words are in; a declaration the words plainly overrule is warned of, one of the same language's other standard
stands. Every page is our own, its expected language and warning written before narrator first read it.
FIRST READING: narrator decided all thirteen right, language and warning: the tuned two thirds 9 of 9, the third kept
aside (every third case) 4 of 4. Six probes of the boundary were then written, their expectations before they were
read (a short Bokmål notice and Nynorsk under a Danish template, Maltese quoting English and Luxembourgish quoting
German declared so, an English article quoting Norwegian, Bokmål declared "no"): 6 of 6 (tuned 4 of 4, kept 2 of 2).
No rule was written: clean/language.py is unchanged, and these pages hold what it does. The identifier knows every one
of these languages (Norwegian's two standards as "no" and "nn", one language to narrator's tags), and each page's words
are plain enough to overrule a neighbour's declaration."""

from __future__ import annotations

from narrator.model import Format
from tests.languages import decision_tests
from tests.test_clean_language7 import page
from tests.test_clean_language19 import with_comments

BOKMAL = (
    "<p>Bergen kommune skal bygge en ny svømmehall på Laksevåg, og arbeidet starter til høsten. Hallen blir "
    "tjuefem meter lang, og det blir også et eget basseng for de minste barna.</p>"
    "<p>Ifølge byrådet koster prosjektet omtrent tre hundre millioner kroner, og hallen skal være ferdig til "
    "sommeren om to år. Innbyggerne kan sende inn forslag til navn på hallen fram til utgangen av måneden.</p>")
DANISH = (
    "<p>Aarhus Kommune vil bygge en ny svømmehal i Viby, og arbejdet går i gang til efteråret. Hallen bliver "
    "femogtyve meter lang, og der kommer også et lille bassin til de mindste børn.</p>"
    "<p>Ifølge rådmanden koster projektet omkring tre hundrede millioner kroner, og hallen skal stå færdig til "
    "sommer om to år. Borgerne kan sende forslag til et navn til hallen indtil udgangen af måneden.</p>")
NYNORSK = (
    "<p>Voss herad skal byggja ein ny symjehall ved skulen på Vangen, og arbeidet tek til i haust. Hallen blir "
    "tjuefem meter lang, og det kjem òg eit eige basseng for dei minste borna.</p>"
    "<p>Ifølgje ordføraren kostar prosjektet om lag hundre millionar kroner, og hallen skal vera ferdig til "
    "sommaren om to år. Innbyggjarane kan senda inn framlegg til namn på hallen fram til slutten av månaden.</p>")
SWEDISH = (
    "<p>Göteborgs stad ska bygga en ny simhall i Frölunda, och arbetet börjar i höst. Hallen blir tjugofem meter "
    "lång, och det blir också en egen bassäng för de minsta barnen.</p>"
    "<p>Enligt kommunalrådet kostar projektet ungefär trehundra miljoner kronor, och hallen ska vara klar till "
    "sommaren om två år. Invånarna kan skicka in förslag på namn till hallen fram till slutet av månaden.</p>")
AFRIKAANS = (
    "<p>Die Stellenbosch-munisipaliteit gaan volgende jaar 'n nuwe openbare swembad in Cloetesville bou. Die "
    "swembad sal vyf-en-twintig meter lank wees, en daar sal ook 'n vlak bad vir klein kinders wees.</p>"
    "<p>Volgens die burgemeester kos die projek omtrent sestig miljoen rand, en die swembad moet teen die einde "
    "van die somer oop wees. Inwoners kan tot die einde van die maand voorstelle vir 'n naam instuur.</p>")
MALTESE = (
    "<p>Il-Kunsill Lokali tal-Belt Valletta ħabbar li se jinbena pixxina pubblika ġdida ħdejn il-port, u x-xogħol "
    "se jibda fil-ħarifa. Il-pixxina se tkun twila ħamsa u għoxrin metru, u se jkun hemm ukoll pixxina żgħira "
    "għat-tfal.</p>"
    "<p>Skont is-sindku, il-proġett se jiswa madwar tmien miljun ewro, u l-pixxina għandha tkun lesta sas-sajf "
    "tas-sena d-dieħla. Ir-residenti jistgħu jibagħtu suġġerimenti għall-isem sal-aħħar tax-xahar.</p>")
BASQUE = (
    "<p>Baionako Udalak igerileku publiko berri bat eraikiko du Santa Kruz auzoan, eta lanak udazkenean hasiko "
    "dira. Igerilekuak hogeita bost metro izango ditu, eta haur txikientzako igerileku txiki bat ere egongo da.</p>"
    "<p>Alkatearen arabera, proiektuak hamabi milioi euro inguru balio du, eta igerilekua datorren udan zabalik "
    "egongo da. Herritarrek izenerako proposamenak bidal ditzakete hilabetearen amaiera arte.</p>")
FRISIAN = (
    "<p>De gemeente Ljouwert sil takom jier in nij swimbad bouwe yn it Aldlânsdyk-kertier. It bad wurdt "
    "fiifentweintich meter lang, en der komt ek in lyts bad foar de lytste bern.</p>"
    "<p>Neffens de wethâlder kostet it projekt sa'n tweintich miljoen euro, en it swimbad moat by it begjin fan "
    "de simmer iepen wêze. Ynwenners kinne oant de ein fan de moanne útstellen foar in namme ynstjoere.</p>")
GAELIC = (
    "<p>Tha Comhairle nan Eilean Siar ag ràdh gun tèid amar-snàmh ùr a thogail ann an Steòrnabhagh an ath-bhliadhna. "
    "Bidh an t-amar còig meatairean fichead a dh'fhaid, agus bidh amar beag ann cuideachd airson na cloinne.</p>"
    "<p>A rèir a' chomhairliche, cosgaidh am pròiseact mu fhichead millean not, agus bidh an t-amar fosgailte ro "
    "dheireadh an t-samhraidh. Faodaidh muinntir an àite ainm a mholadh gu deireadh na mìos.</p>")
BRETON = (
    "<p>Kêr Kemper a zo o vont da sevel ur poull-neuial nevez e karter Penhars, ha kregiñ a raio al labourioù "
    "en diskar-amzer. Pemp metr warn-ugent e vo hir ar poull, hag ur poull bihan a vo ivez evit ar vugale.</p>"
    "<p>Hervez ar maer e koustfe ar raktres war-dro dek milion a euroioù, hag digor e vo ar poull a-raok fin an "
    "hañv. Gallout a ra an annezidi kinnig un anv betek fin ar miz.</p>")
LATVIAN = (
    "<p>Rīgas dome paziņoja, ka nākamgad Purvciemā tiks uzbūvēts jauns publiskais peldbaseins. Baseins būs "
    "divdesmit piecus metrus garš, un tur būs arī mazs baseins bērniem.</p>"
    "<p>Pēc mēra teiktā, projekts izmaksās aptuveni divdesmit miljonus eiro, un baseinam jābūt atvērtam līdz "
    "vasaras beigām. Iedzīvotāji līdz mēneša beigām var iesūtīt savus priekšlikumus baseina nosaukumam.</p>")
ENGLISH = (
    "<p>The county council has approved plans for a new public swimming pool on the site of the old bus depot. The "
    "pool will be twenty-five metres long, with a smaller learner pool for young children and a cafe overlooking "
    "the water.</p>"
    "<p>Councillors said the project would cost about twelve million pounds and should open before the end of next "
    "summer. Residents have until the end of the month to suggest a name for the new building.</p>")
FRENCH_COMMENTS = (
    "<section class='comments' id='comments'><h2>Réactions</h2>"
    "<div class='comment'><p>Enfin une bonne nouvelle pour les familles du quartier, il était temps que la mairie "
    "s'occupe de ce terrain abandonné depuis des années.</p></div>"
    "<div class='comment'><p>J'espère qu'ils prévoiront assez de places de parking, sinon les voitures vont encore "
    "envahir les petites rues autour de l'ancien dépôt.</p></div>"
    "<div class='comment'><p>Douze millions pour une piscine, c'est beaucoup trop cher à mon avis, surtout quand on "
    "voit l'état des écoles de la ville.</p></div></section>")
FRENCH = (
    "<p>La mairie de Nantes a annoncé la construction d'une nouvelle piscine publique dans le quartier de la "
    "Beaujoire. Les travaux commenceront à l'automne, et le bassin principal mesurera vingt-cinq mètres.</p>"
    "<p>Selon l'adjoint aux sports, le projet coûtera environ quinze millions d'euros et la piscine devrait ouvrir "
    "avant la fin de l'été prochain. Les habitants peuvent proposer un nom jusqu'à la fin du mois.</p>")


SHORT_BOKMAL = (
    "<p>Biblioteket på Grünerløkka holder stengt mandag og tirsdag på grunn av vannlekkasje. Lånere kan levere "
    "bøker på hovedbiblioteket i mellomtiden.</p>")
NYNORSK_NOTICE = (
    "<p>Kyrkja i Vik er stengd for vitjande heile veka medan takarbeidet held fram. Gudstenesta på sundag blir "
    "halden i grendahuset, og kyrkjekaffien blir som vanleg etterpå. Dei som treng skyss, kan ringja til "
    "kyrkjekontoret innan fredag, så ordnar vi det.</p>"
    "<p>Arbeidet på taket skal vera ferdig før jul, seier kyrkjeverja, men det kan bli nokre veker til om vêret "
    "blir dårleg i november.</p>")
MALTESE_QUOTING_ENGLISH = MALTESE + (
    "<blockquote><p>\"We expect the pool to be open to the public by next summer,\" the contractor said.</p>"
    "</blockquote>")
LUXEMBOURGISH_QUOTING_GERMAN = (
    "<p>D'Gemeng Esch wëll nächst Joer eng nei Schwämm am Quartier Lallenger bauen. D'Schwämm gëtt fënnefanzwanzeg "
    "Meter laang, an et gëtt och e klengt Basseng fir d'Kanner.</p>"
    "<blockquote><p>\"Wir rechnen damit, dass das Bad im Sommer übernächsten Jahres eröffnet\", sagte der "
    "Architekt.</p></blockquote>"
    "<p>De Buergermeeschter seet, de Projet kascht ongeféier zwanzeg Milliounen Euro, an d'Leit kënnen bis Enn "
    "vum Mount Virschléi fir en Numm aschécken.</p>")
ENGLISH_QUOTING_NORWEGIAN = ENGLISH + (
    "<blockquote><p>«Vi er veldig glade for at prosjektet endelig er i gang, og vi håper at mange familier vil "
    "bruke det nye bassenget», sa ordføreren i vennskapsbyen.</p></blockquote>")


def with_equiv(lang: str, equiv: str, body: str, title: str) -> bytes:
    """An HTML page declaring lang in <html> and equiv in <meta http-equiv="content-language">."""
    return (f"<!doctype html><html lang=\"{lang}\"><head><meta charset='utf-8'>"
            f"<meta http-equiv='content-language' content='{equiv}'><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{body}</article></body></html>").encode()


CASES = [
    # (name, data, kind, language, warned); expectations written before narrator read the pages
    # Norwegian Bokmål under a Danish template: Norwegian, warned
    ("no-declaring-da", page("da", BOKMAL, "Ny svømmehall på Laksevåg"), Format.HTML, "no", True),
    # Danish under a Norwegian template: Danish, warned
    ("da-declaring-nb", page("nb", DANISH, "Ny svømmehal i Viby"), Format.HTML, "da", True),
    # Nynorsk declared as Bokmål: one language's two written standards, the declaration stands
    ("nn-declaring-nb", page("nb", NYNORSK, "Ny symjehall på Vangen"), Format.HTML, "nb", False),
    # Swedish under a Norwegian template: Swedish, warned
    ("sv-declaring-nb", page("nb", SWEDISH, "Ny simhall i Frölunda"), Format.HTML, "sv", True),
    # Afrikaans under a South African English template: Afrikaans, warned
    ("af-declaring-en-za", page("en-ZA", AFRIKAANS, "Nuwe swembad vir Cloetesville"), Format.HTML, "af", True),
    # Maltese under an Italian template: Maltese, warned
    ("mt-declaring-it", page("it", MALTESE, "Pixxina ġdida fil-Belt"), Format.HTML, "mt", True),
    # Basque under a French template (a paper of the French Basque Country): Basque, warned
    ("eu-declaring-fr", page("fr", BASQUE, "Igerileku berria Santa Kruzen"), Format.HTML, "eu", True),
    # West Frisian under a Dutch template: Frisian, warned
    ("fy-declaring-nl", page("nl", FRISIAN, "Nij swimbad yn Ljouwert"), Format.HTML, "fy", True),
    # Scottish Gaelic under a British English template: Gaelic, warned
    ("gd-declaring-en-gb", page("en-GB", GAELIC, "Amar-snàmh ùr ann an Steòrnabhagh"), Format.HTML, "gd", True),
    # Breton under a French template: Breton, warned
    ("br-declaring-fr", page("fr", BRETON, "Ur poull-neuial nevez e Penhars"), Format.HTML, "br", True),
    # Latvian under a Lithuanian template: Latvian, warned
    ("lv-declaring-lt", page("lt", LATVIAN, "Jauns peldbaseins Purvciemā"), Format.HTML, "lv", True),
    # an English article followed by a French comment thread, declared English: English, no warning
    ("en-with-french-comments-declaring-en", with_comments("en", ENGLISH, "A pool on the old bus depot",
                                                           FRENCH_COMMENTS), Format.HTML, "en", False),
    # French whose <html> says English and whose http-equiv says French: French, warned
    ("fr-html-en-equiv-fr", with_equiv("en", "fr", FRENCH, "Une piscine à la Beaujoire"), Format.HTML, "fr", True),
    # probes of the boundary, written before the first reading as the rest: a short Bokmål notice (two sentences)
    # under a Danish template, Nynorsk under a Danish one (the identifier's "nn"), Maltese quoting English and
    # Luxembourgish quoting German, each declared so, an English article quoting Norwegian, Bokmål declared "no"
    ("no-short-declaring-da", page("da", SHORT_BOKMAL, "Biblioteket stengt"), Format.HTML, "no", True),
    ("nn-declaring-da", page("da", NYNORSK_NOTICE, "Kyrkja stengd"), Format.HTML, "nn", True),
    ("mt-quoting-english-declaring-mt", page("mt", MALTESE_QUOTING_ENGLISH, "Pixxina ġdida fil-Belt"), Format.HTML,
     "mt", False),
    ("lb-quoting-german-declaring-lb", page("lb", LUXEMBOURGISH_QUOTING_GERMAN, "Nei Schwämm zu Lallenger"),
     Format.HTML, "lb", False),
    ("en-quoting-norwegian-declaring-en", page("en", ENGLISH_QUOTING_NORWEGIAN, "A pool on the old bus depot"),
     Format.HTML, "en", False),
    ("nb-declaring-no", page("no", BOKMAL, "Ny svømmehall på Laksevåg"), Format.HTML, "no", False),
]
# What narrator does not decide right yet; strict, so that one that starts to pass becomes a test.
KNOWN: dict[str, str] = {}

# The tests every file of cases runs (tests/languages.py).
globals().update(decision_tests(CASES, KNOWN))
