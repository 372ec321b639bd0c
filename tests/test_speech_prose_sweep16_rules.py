"""The rules the sixteenth sweep's classes asked for (issue #10), each on examples of our own (not the sweep's rows):
pre-decimal money ("£3 2s. 9d.", "4/6", "1/-", "¾d."), old ordinals ("the 32d Foot", "April 23d"), a letter's "inst.",
"ult." and "prox.", "&c." and a given name's short form ("Robt. Morris"), old measures ("40 qrs."), "cent." and "m."
(miles), a ship's log's "Lat." and dotted wind ("Wind E.S.E."), "2 Tim. 4"; and the modern forms each must leave
alone (a reading already wrong kept as it was: "a 10s. pause")."""

from __future__ import annotations

from sweeps import rule_tests

_READ = [
    # pounds, shillings and pence, and each alone
    ("en-gb", "The horse cost £3 2s. 9d. at the fair.",
     "The horse cost three pounds two shillings and ninepence at the fair."),
    ("en-gb", "A loaf was 11d. then.", "A loaf was elevenpence then."),
    ("en-gb", "The chair was 8s. 3d. new.", "The chair was eight shillings and threepence new."),
    ("en-gb", "Cab fare, 1s. 1d.", "Cab fare, one shilling and a penny."),
    ("en-gb", "She had £2 0s. 3d. left.", "She had two pounds and threepence left."),
    ("en-gb", "He won £20 15s. at cards.", "He won twenty pounds fifteen shillings at cards."),
    ("en-gb", "A 6s. postal order came.", "A six shilling postal order came."),
    ("en-gb", "It sold for 16s.", "It sold for sixteen shillings."),
    ("en-gb", "The toll was ¾d. a head.", "The toll was three farthings a head."),
    ("en-gb", "Candles were 5¼d. a pound.", "Candles were fivepence farthing a pound."),
    ("en-gb", "The sum of L.20 was owed.", "The sum of twenty pounds was owed."),
    ("en-gb", "Dinner cost 4/6 a head.", "Dinner cost four and six a head."),
    ("en-gb", "A 1/- stamp was rare.", "A one shilling stamp was rare."),
    ("en-gb", "Gloves, 3/- the pair.", "Gloves, three shillings the pair."),
    ("en-us", "Coffee was 8 cts. a cup.", "Coffee was eight cents a cup."),
    # old ordinals: after "the" or a day's name before a name, "of", a letter's month or the sentence's end; after a
    # month always
    ("en-us", "The 32d Foot held the bridge.", "The thirty second Foot held the bridge."),
    ("en-us", "Shakespeare died April 23d.", "Shakespeare died April twenty third."),
    ("en-gb", "It rained on the 3d of March.", "It rained on the third of March."),
    ("en-gb", "Friday, 2d. Cold and wet.", "Friday, second. Cold and wet."),
    # a letter's month after its day
    ("en-gb", "Thank you for yours of the 6th inst.", "Thank you for yours of the sixth instant."),
    ("en-gb", "I wrote on the 30th ult. to the bank.", "I wrote on the thirtieth ultimo to the bank."),
    ("en-gb", "The sale opens on the 1st prox. at noon.", "The sale opens on the first proximo at noon."),
    ("en-gb", "Dated the 2d inst., and signed.", "Dated the second instant, and signed."),
    # "&c." and a given name's short form before a surname
    ("en-gb", "Knives, forks, &c. were sold.", "Knives, forks, et cetera were sold."),
    ("en-gb", "Hats, coats, &c.", "Hats, coats, et cetera."),
    ("en-us", "Robt. Morris paid for the war.", "Robert Morris paid for the war."),
    ("en-us", "Signed, Danl. Webster.", "Signed, Daniel Webster."),
    ("en-gb", "Sir Geo. was away.", "Sir George was away."),
    # old measures after a number, "cent." after a century's ordinal, "m." with a stop before a distance's words
    ("en-gb", "They threshed 40 qrs. that year.", "They threshed forty quarters that year."),
    ("en-us", "The wagon took 12 bbls. west.", "The wagon took twelve barrels west."),
    ("en-gb", "The bell weighed 9 cwt. 1 qr.", "The bell weighed nine hundredweight one quarter."),
    ("en-gb", "Built in the 12th cent. by monks.", "Built in the twelfth century by monks."),
    ("en-gb", "The inn stands 3 m. off the road.", "The inn stands three miles off the road."),
    ("en-gb", "The mill is 4 m. S. of Bath.", "The mill is four miles south of Bath."),
    # a log's position and wind
    ("en-gb", "Lat. 10° 15′ S., wind light.", "Latitude ten degrees fifteen minutes south, wind light."),
    ("en-gb", "At noon, long. 30° W.", "At noon, longitude thirty degrees west."),
    ("en-gb", "Wind E.S.E., squally.", "Wind east-southeast, squally."),
    ("en-gb", "Wind SW by S, rain.", "Wind southwest by south, rain."),
    # a numbered book shortened before a chapter alone
    ("en-gb", "The text was 2 Tim. 4 that day.", "The text was Second Timothy four that day."),
    ("en-gb", "He preached on 1 Pet. 2 twice.", "He preached on First Peter two twice."),
]

_LEFT = [
    ("en-gb", "The 2d barcode is scanned.", "The two d barcode is scanned."),
    ("en-gb", "Print the 3d model.", "Print the three d model."),
    ("en-gb", "The 3D glasses broke.", "The three D glasses broke."),
    ("en-gb", "Roll 2d6 to move.", "Roll two d six to move."),
    ("en-gb", "Crowds came in their 10s of thousands.", "Crowds came in their tens of thousands."),
    ("en-gb", "Binary is 1s and 0s.", "Binary is ones and zeros."),
    ("en-gb", "She was in her 30s.", "She was in her thirties."),
    ("en-gb", "The band peaked in the 80s.", "The band peaked in the eighties."),
    ("en-gb", "Read Part 3/4 tonight.", "Read Part three of four tonight."),
    ("en-gb", "The 12th inning was long.", "The twelfth inning was long."),
    ("en-gb", "Tickets cost £5 each.", "Tickets cost five pounds each."),
    ("en-us", "Alex. Then we left.", "Alex. Then we left."),
    ("en-gb", "He hit 4s and 6s.", "He hit fours and sixes."),
    ("en-gb", "A 10s. pause followed.", "A tens. pause followed."),
    ("en-gb", "Rest for 45s. between sets.", "Rest for forty five seconds. between sets."),
    ("en-gb", "The odds were priced at 9/4 by noon.", "The odds were priced at nine to four by noon."),
    ("en-gb", "Pay Rs 500/- at the desk.", "Pay five hundred rupees at the desk."),
    ("en-gb", "The film is in 3d.", "The film is in three d."),
    ("en-gb", "Winds SW, rain later.", "Winds southwest, rain later."),
    ("en-gb", "The ship lay at 51°N, 3°W.", "The ship lay at fifty one degrees north, three degrees west."),
    ("en-gb", "Wind N.S. here.", "Wind N.S here."),
    ("en-gb", "We met 1 Tim. Then we left.", "We met one Tim. Then we left."),
    ("en-gb", "She swam 50 m. in record time.", "She swam fifty metres in record time."),
]


globals().update(rule_tests(_READ, _LEFT))
