"""Short forms the segmenter holds inside their sentence (h172), said without their stop by words.py: French and Spanish
titles in English prose, a church's saints, a firm of brothers, a letter's enclosures, an emeritus professor, a
candidate's "(Ind.)" and an estate's "Ind. Est.". Written with their readings before narrator read them; first score
4 of 25 (titles 0/10, firms 0/3, letters 0/3, parties 0/3, guards 4/6; three expected readings then said numbers as
digits and "Sr." as "Senior", corrected to the house forms), now 24."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "said"), [
    ('We met Mme. Leclerc at noon.', 'We met Madame Leclerc at noon.'),  # title
    ('Mme. Curie won twice.', 'Madame Curie won twice.'),  # title
    ('The letter was for Mmes. Roux and Blanc.', 'The letter was for Mesdames Roux and Blanc.'),  # title
    ('Sra. Gómez teaches here.', 'Señora Gómez teaches here.'),  # title
    ('We rented from Sr. Ruiz and Sra. Ruiz.', 'We rented from Sister Ruiz and Señora Ruiz.'),  # title
    ('Srta. Vega sang.', 'Señorita Vega sang.'),  # title
    ('The feast of Sts. Cyril and Methodius is in May.', 'The feast of Saints Cyril and Methodius is in May.'),  # title
    ('They rebuilt Sts. Mary and John in 1890.', 'They rebuilt Saints Mary and John in eighteen ninety.'),  # title
    ('Prof. em. Dr. Klaus Weber spoke.', 'Professor emeritus Dr Klaus Weber spoke.'),  # title
    ('She is Prof. em. at Leeds.', 'She is Professor emeritus at Leeds.'),  # title
    ('Brown Bros. Harriman advised.', 'Brown Brothers Harriman advised.'),  # company
    ('The Bros. Grimm collected tales.', 'The Brothers Grimm collected tales.'),  # company
    ('Lehman Bros. Holdings failed.', 'Lehman Brothers Holdings failed.'),  # company
    ('Encl. 2 copies of the deed.', 'Enclosure two copies of the deed.'),  # letter
    ('Encl. CV and references.', 'Enclosure C.V and references.'),  # letter
    ('Encls. Three invoices.', 'Enclosures Three invoices.'),  # letter
    ('Hale (Ind.) took the seat.', 'Hale (Independent) took the seat.'),  # party
    ('Patel (Lab.), Ross (Ind.), Cole (Con.).', 'Patel (Lab.), Ross (Independent), Cole (Con.).'),  # party
    # h215: a vote after it tells a candidate's label (places.py); a town's keeps its state
    ('Ann Ross, Ind., won by 40 votes.', 'Ann Ross, Independent, won by forty votes.'),  # party
    ('The mayor of Gary, Ind., won by 40 votes.', 'The mayor of Gary, Indiana, won by forty votes.'),  # guard
    ('We bought it from Warner Bros. Then we left.', 'We bought it from Warner Brothers. Then we left.'),  # guard
    ('Pray for Mary. Then go.', 'Pray for Mary. Then go.'),  # guard
    ('Ind. Est. units to let.', 'Industrial Estate units to let.'),  # guard
    ('The plant sits on Hale Ind. Est. near the ring road.',
     'The plant sits on Hale Industrial Estate near the ring road.'),  # guard
    ('Let em. Go home.', 'Let em. Go home.'),  # guard
    ('Please pray for the sick, esp. Joan.', 'Please pray for the sick, especially Joan.'),  # guard
])
def test_a_held_short_form_is_said_without_its_stop(written: str, said: str) -> None:
    assert speakable(written) == said


@pytest.mark.parametrize(("written", "said"), [
    # the titles and the saints only before a name; streets' "Sts." at a sentence's end are left
    ("Elm and Oak Sts.", "Elm and Oak Sts."),
    ("We met at Elm and Oak Sts. on foot.", "We met at Elm and Oak Sts. on foot."),
    ("Mme. and Mlle. went.", "Mme. and Mlle. went."),
    # a name's particle before it
    ("Mme. de Staël wrote.", "Madame de Staël wrote."),
    ("Sra. de la Cruz spoke.", "Señora de la Cruz spoke."),
    ("Mme. d'Épinay wrote.", "Madame d'Épinay wrote."),
    # a cricketer's country in brackets, with no talk of a vote, is not a party's
    ("Kohli (Ind.) made 80.", "Kohli (India) made eighty."),  # h198: in talk of runs and wickets
    ("Hale (Ind.) 412 votes, Roe (Lab) 300.",
     "Hale (Independent) four hundred twelve votes, Roe (Labour) three hundred."),
    # a firm's "Bros." keeps its stop where it ends the text or a sentence before a common word
    ("Warner Bros.", "Warner Brothers."),
    ("Gary, Ind., closed.", "Gary, Indiana, closed."),
    ("The Est. cost is high.", "The Estimated cost is high."),
])
def test_the_look_alikes_keep_their_reading(written: str, said: str) -> None:
    assert speakable(written) == said


@pytest.mark.parametrize("form", ["Mme. Roux and ", "Warner Bros. Then ", "Hale (Ind.) votes ", "Ind. Est. ",
                                  "Mme. de de "])
def test_the_rules_stay_linear(form: str) -> None:
    """Four times the text costs about four times as long."""
    speakable(form * 10)
    check_linear(form, 1_000, read=speakable, ratio=8)

