"""The rules the fifteenth sweep's classes asked for, each on examples of our own (not the sweep's rows): a results
line's score said per region, a listing's time after its channel, a clause's colon after a time, a dotted time before
"tonight", en-US money and measures without "and", and a tote price; and what each must leave alone."""

from __future__ import annotations

from sweeps import rule_tests

_READ = [
    # a results line's score: sides apart in British and Commonwealth English, "to" in American
    ("en-gb", "Ashby 3-1 Kingsford.", "Ashby three one Kingsford."),
    ("en-gb", "Leyton 2-2 Barnet.", "Leyton two all Barnet."),
    ("en-gb", "Leyton drew 0-0 at Barnet.", "Leyton drew nil nil at Barnet."),
    ("en-gb", "Barnet won 4-2 after extra time.", "Barnet won four two after extra time."),
    ("en-au", "Brisbane Roar 0-2 Macarthur.", "Brisbane Roar nil two Macarthur."),
    ("en-ie", "A 1-0 win at Oriel Park.", "A one nil win at Oriel Park."),
    ("en-us", "Austin 3-1 Houston.", "Austin three to one Houston."),
    ("en-us", "Austin won 2-2 on penalties.", "Austin won two to two on penalties."),
    # a listing's dotted time after its channel; a clause's colon after a time
    ("en-gb", "Radio 2, 7.30: Drivetime.", "Radio two, seven thirty: Drivetime."),
    ("en-gb", "Ch 5, 6.00 - News.", "Channel five, six o'clock - News."),
    ("en-gb", "Doors open at 7:30: bring a coat.", "Doors open at seven thirty: bring a coat."),
    # a dotted time just before the part of the day it falls in
    ("en-gb", "Kick-off 7.45 tonight.", "Kick-off seven forty five tonight."),
    ("en-gb", "The ferry sails 6.15 tomorrow morning.", "The ferry sails six fifteen tomorrow morning."),
    # en-US money and measures without "and", as its counts
    ("en-us", "Tickets cost $105.", "Tickets cost one hundred five dollars."),
    ("en-us", "The lake is 2,305 km away.", "The lake is two thousand three hundred five kilometers away."),
    ("en-ca", "The fine was $1,250.", "The fine was one thousand two hundred fifty dollars."),
    ("en-us", "The house sold for $310,000.", "The house sold for three hundred ten thousand dollars."),
    ("en-us", "It cost $2,305,450.", "It cost two million three hundred five thousand four hundred fifty dollars."),
    ("en-us", "The basin drains 125,000 km².", "The basin drains one hundred twenty five thousand square kilometers."),
    # a tote price
    ("en-au", "She was a $3.20 favourite.", "She was a three dollars twenty favourite."),
    ("en-nz", "The gelding paid $12.40 for the win.", "The gelding paid twelve dollars forty for the win."),
]

_LEFT = [
    ("en-gb", "He lost 5-10 pounds over the summer.", "He lost five to ten pounds over the summer."),
    ("en-gb", "Chapters 3-5 Cover the war.", "Chapters three to five Cover the war."),
    ("en-gb", "Ages 5-11 Welcome.", "Ages five to eleven Welcome."),
    ("en-gb", "The final 3-4 weeks are busy.", "The final three to four weeks are busy."),
    ("en-gb", "She won 6-0 6-2 at Wimbledon.", "She won six love six two at Wimbledon."),
    ("en-gb", "Table 2, 7.30: Results.", "Table two, seven point three zero: Results."),
    ("en-gb", "Tickets cost £105.", "Tickets cost one hundred and five pounds."),
    ("en-us", "Between 200 and 300 came.", "Between two hundred and three hundred came."),
    ("en-us", "Between $200 and $300,000.", "Between two hundred dollars and three hundred thousand dollars."),
    ("en-gb", "It fell 2.35 this morning.", "It fell two point three five this morning."),
    ("en-au", "He paid $12.50 for the book.", "He paid twelve dollars fifty cents for the book."),
    ("en-au", "It cost $12.50 for the win bonus.", "It cost twelve dollars fifty cents for the win bonus."),
]


globals().update(rule_tests(_READ, _LEFT))
