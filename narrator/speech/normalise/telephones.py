"""Numbers said digit by digit in the groups they are written in: numbers to call (a country's code, an area's, a
free number's, an extension, a short code to text, an emergency number), and the codes read the same way, a code after
the word that labels it ("Meeting ID: 845 2291 0037"), a book's, a bank account's, a disc's and a paper's numbers, a
network's ports and addresses (IP, IPv6, MAC) and a phone's keypad codes. Moved from electronic.py, which says
web addresses, e-mail addresses and files and lends its reading of an address's pieces to an IP address's page."""

from __future__ import annotations

import re

from narrator.speech.normalise import nationalphones, numbers
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.electronic import say_address
from narrator.speech.normalise.facts import (
    CODE_LABELS,
    CODE_OWNERS,
    CURRENCIES,
    EMERGENCY_REGIONS,
    EU_SERVICE_NUMBERS,
    MONEY_SIGNS,
    RECORD_LABELS,
    SHORT_NUMBER_CODES,
    STANDARD_BODIES,
    TOLL_FREE_AREAS,
)
from narrator.speech.normalise.util import among_known_words, among_words, char_classes, first_letters, padded

# A book's or a journal's number, read digit by digit: "ISBN 0-330-39310-3", "ISSN 0891-1851" (not a range); the
# label's length, "ISBN-13", said after it as a reader says it (it was dropped).
_ISBN = compiled(
    r"\b(ISBN|ISSN)(?:-(1[03]))?((?:\s(?:is|was|number|no\.?))?)(?::?\s*)((?:\d[\s-]?){9,12}[\dX]|\d{4}-?\d{3}[\dX])\b"
)
# A researcher's ORCID after its label, four groups of four digits, the last a check digit that may be X ("ORCID iD
# 0000-0003-4321-987X"): each group's digits said, as the plain ones are; the X stopped them ("four thousand three
# hundred twenty one-nine hundred eighty seven X").
_ORCID = compiled(r"\b(ORCID(?:\s(?:iD|ID))?:?\s?)(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])(?![\w-])")
# a bank account's IBAN after its label, "IBAN GB29 NWBK 6016 1331 9268 19": its country, check digits, bank and
# account said character by character, as a bank reads it out (its groups of four were counts, "six thousand
# sixteen"). Two capitals, two digits, then groups of four (the last shorter), spaced or run together; the label is
# left to the voice, which says it as a word as bankers do ("eye-ban").
_IBAN = compiled(r"\b(IBAN)(:?\s?)([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)(?![\w-])")
# a disc's catalogue number after its label, two groups of digits or more and seven digits at least ("Decca 485
# 7721", "Sony 19658 80412 2", "Mundi HMM 902345" is a code already): each group's digits said, as a shop reads them
# (counts they were). One group alone is the label's year or a count ("Sony 2026", "EMI 1500 jobs" stays).
_CATALOGUE_NUMBER = compiled(rf"\b({'|'.join(sorted(RECORD_LABELS))}) (\d{{3,6}}(?: \d{{1,6}}){{1,3}})"
                             r"(?![\w.,]\d|\w| \d)")
_RECORD_LABEL_FIRST = frozenset(RECORD_LABELS)  # each stands apart before its digits: a first look among letter_words
# A reference's identifier, read digit by digit or piece by piece: "PMID 18583455", "PMC3456789", "IMO 9321483",
# "doi:10.1000/xyz123", "arXiv:2101.00001".
_REFERENCE_ID = compiled(
    r"\b(PMID|PMCID|OCLC|LCCN|JSTOR|OSTI|SSRN|S2CID|IMO|MMSI)(:?\s?|\s(?:[Nn]umber|[Nn]o\.)\s?)(\d{4,12})\b(?![.,]\d)"
    r"|\bPMC(\d{5,9})\b"
)
# its label's word between, "IMO number 9987341", "MMSI no. 235087654", kept as "number" (a count it was)
# "PMC" covers "PMCID"; a ship's IMO and MMSI numbers are read the same way
_REFERENCE_LABELS = ("PMID", "PMC", "OCLC", "LCCN", "JSTOR", "OSTI", "SSRN", "S2CID", "IMO", "MMSI")
_REFERENCE_FIRST = first_letters(_REFERENCE_LABELS)  # a first look among util.letter_words ("S2CID": "S")
# The last digits of a card or account are read one by one.
_ENDING_IN = compiled(r"(?<=\bending in )(\d{3,6})\b|(?<=\bends in )(\d{3,6})\b")
_ENDING_WORDS = frozenset({"ending", "ends"})  # each stands apart in every match: a word of util.letter_words
# 3-3-4 groups (and a fourth group of four, an extension) are a phone number, however they are parted.
_PHONE = compiled(
    r"(?<![\w+-])(?P<country>\+\d{1,3}[\s.-]?|1[\s.-])?"
    r"(?:\((?P<area>\d{3})\)[\s.-]?|(?P<plain_area>\d{3})[\s.-])(?P<exchange>\d{3})[\s.-](?P<line>\d{4})"
    r"(?:[\s.-](?P<extension>\d{4}))?(?![\w-]|[.,]\d)"
)
# "555-1234" and "555-0100": local numbers; "100-1500" (a round second group) stays a range, but a group led by a
# zero is never a range's end. In brackets only that one ("(555-0142)"): "(960-1279)" is a span of years.
_LOCAL = compiled(r"(?<![\w+.-])(?:(?<!\()|(?=\d{3}-0))([2-9]\d{2})-(0\d{3}|\d{2}(?!00)\d{2})(?![\w-]|\.\d)")
_SSN = compiled(r"(?<![\w-])(\d{3})-(\d{2})-(\d{4})(?![\w-])")
# a number of a place dialled with five digits or four, written after its code in one group ("+677 21234", the
# Solomon Islands; "+683 4002", Niue): the code and the number digit by digit, where a place's code of three digits
# that dials more is left alone ("+678 23456" was "plus six hundred seventy eight twenty three thousand ...")
_SHORT_CODE_ONE_GROUP = compiled(r"(?<![\w+])\+(\d{3})\s(\d{4,5})(?![\w-]|[.,]\d)")
# "+44 (0) 20 ...": the trunk zero in brackets is not dialled from abroad, and not said.
# A group may hold up to eight digits: "+49 30 1234567", "+49 89 12345678" (Germany's numbers keep them together).
# and its area code in brackets after the country's, "+52 (81) 8123-4567", "+44 (20) 7946 0018" (the country's
# code and the area's were said as numbers, "plus fifty two (eighty one)"): eight digits at least after the country's.
_INTERNATIONAL = compiled(r"(?<![\w+])\+(\d{1,3})(?:\s?\(0\))?((?:\s\(\d{1,4}\))?(?:(?:(?<=\))|[\s-])\d{1,8}){2,6})"
                          r"(?![\w-])")
# "0044 20 7946 0958", "0033 1 42 68 53 00": the international prefix as Europe dials it, in place of the plus.
# and its two noughts spaced from the country's code, as a German card prints it ("00 49 30 901820": "zero zero
# forty nine thirty nine hundred..." it was), with eight digits at least after the code.
_DOUBLE_ZERO = compiled(r"(?<![\w+.,-])(00 ?[1-9]\d{0,2})((?:[\s-]\d{1,8}){2,6})(?![\w-]|[.,]\d)")
# "+15551234567", "+442079460958": a number to call as E.164 writes it, all its digits run together (no amount is
# written with a plus and ten digits or more and no commas). A North American one is said in its groups.
_RUN_TOGETHER = compiled(r"(?<![\w+])\+(\d{10,15})(?![\w.,]\d|\w)")
# "+91-9876543210", "+44 7700900123": the country's code parted from the rest, run together (a mobile number as
# India writes it); was "plus ninety one to nine billion ...".
_CODE_THEN_RUN = compiled(r"\+(?<![\w+]\+)(\d{1,3})[\s-](\d{9,11})(?![\w.,]\d|\w)")  # led by the plus
# "1-800-FLOWERS", "1-888-GO-FEDEX", "1-888-2-GO-4-IT": a toll-free number spelled with the letters of its keys
# ("800-METER" is a race).
_VANITY = compiled(
    r"(?<![\w+-])1[\s.-](8(?:00|[2-8]{2})|900)[\s.-]((?:\d-)?[A-Z]{2,}(?:-[A-Z0-9]+)*)\b(?![-\w])")
# Free and shared-cost numbers led by 1300, 1800 or 1900, which no zero leads: Australia's "1800 123 456", India's
# "1800-180-1551" and "1800 11 4000" (a year is never followed by two more groups of digits). And Ireland's
# shared-cost 1850 and 1890 ("LoCall 1890 123 456": "eighteen ninety one hundred twenty three ..." it was).
_AUSTRALIAN_NATIONAL = compiled(  # led by its digit, scanned for in C
    r"(1(?<![\w+.,-]1)(?:[389]00|8[59]0))([\s-])(\d{2,4})\2(\d{3,4})(?![\w-]|[.,]\d)")
# India's ten-digit mobile numbers, run together or in two fives, after a word that labels a number to call
# ("Mob: 9876543210", "WhatsApp 98765 43210"); alone they may be counts.
_LABELLED_MOBILE = compiled(
    r"\b((?:[Mm]ob(?:ile)?|MOB|[Cc]ell|[Cc]ontact|[Ww]hats[Aa]pp|[Pp]h|[Pp]hone|[Tt]el|[Cc]all|[Hh]elpline)\.?"
    r"(?:\s(?:no\.?|number|us|on|at)){0,2}:?\s)([6-9]\d{4})\s?(\d{5})(?![\w.,]\d|\w)"
)
_MOBILE_LABELS = frozenset({"Mob", "mob", "Mobile", "mobile", "MOB", "Cell", "cell", "Contact", "contact", "WhatsApp",
                            "Whatsapp", "whatsapp", "whatsApp", "Ph", "ph", "Phone", "phone", "Tel", "tel", "Call",
                            "call", "Helpline", "helpline"})
# A network port ("port 8443", "ports 8080 and 8443"): said digit by digit as administrators read it out, where the
# count "eight thousand four hundred forty three" names nothing; and a span of them, its dash said "to" ("ports
# 8000–8080": the dash went unsaid and the other end was counted).
_PORT = compiled(r"\b([Pp]orts? )(\d{4,5})\b(?![.,]\d)(?:( and | or |, | to | ?[-–] ?)(\d{4,5})\b(?![.,]\d))?")
# "Ports 80/443": two ports parted by a slash are a list, "and" between them ("out of" it was); a port of three
# digits or more said digit by digit as above.
_SLASHED_PORTS = compiled(r"\b([Pp]orts )(\d{2,5})/(\d{2,5})\b(?![./]\d)")
# A national number led by a zero, in groups ("0800 123 456", "020 7946 0958", "07700 900123"); a two-digit area
# code ("01 806 4200" Dublin, "02 9876 5432" Sydney) only before two more groups, which no amount is written in.
# and Germany's, its subscriber's seven or eight digits run together after a code of three digits or more ("030
# 1234567", "0221 9876543"; "one million two hundred ..." it was).
# After a slash, the other last group of a second line ("01632 960 785 / 786", "0131 496 0558 / 9"): no longer than
# the last, said digit by digit after "or" ("seven hundred eighty six" it was); a whole second number after the slash
# is read as its own.
# and a British code of six digits (Cumbria's and the Borders' mixed dialling areas, "015242 71845", "(013873 80211)")
# before the five of its number, eleven digits as every British number holds ("seventy one thousand ..." it was): a
# count is never written led by a zero, six digits, a space and five more; in a bracket too, as any number is
# Led by its zero, the look behind after it: the engine scans for the zero in C (led by the look behind, with two
# branches after it, every position of every text with a number's groups was tried).
_ZERO_LED = compiled(r"(0(?<![\w+.,-]0)(?:\d{1,4}|1\d{4}(?=[\s-]\d{5}(?![\w-]|[.,]\d))))[\s-]"
                     r"(\d{3,6}|(?<=\d\d\d[\s-])\d{7,8})(?:[\s-](\d{3,4}))?"
                     r"(?![\w-]|[.,]\d)(?: ?/ ?(\d{1,4}(?: ?/ ?\d{1,4})*)(?![\w/-]|[.,]\d| \d))?")
# the same number in groups parted by stops, as people write it ("020.7946.0958", "07700.900.321"): a code of three
# digits to five led by a zero, then two groups of three or four, ten or eleven digits in all (a date's groups are of
# two or four, a thousands separator's of three after a first group not led by a zero). Led by its zero: scanned in C.
_ZERO_LED_DOTTED = compiled(r"(0(?<![\w+.,-]0)\d{2,4})\.(\d{3,4})\.(\d{3,4})(?![\w-]|[.,]\d)")
# and in groups parted where the writer paused, not where the code ends ("077 00 900 222", "07700 9001 23": "nine
# hundred two hundred twenty two" and "one twenty three" they were): groups of two digits to five, one of them of two,
# eleven digits in all, as a British number is, after a code of three digits at least led by a zero.
_ZERO_LED_ODD_GROUPS = compiled(r"(0(?<![^ ]0)\d{2,4})((?: \d{2,5}){2,3})(?![\w-]|[.,]\d)")  # after a space or first
# Its area code in brackets: "(020) 7946 0958", "(03) 9123 4567" (Australia), "(01) 234 5678" (Dublin), and a
# British town's code before its six digits, together or in threes ("(01632) 960123", "(01632) 960 123"; the six
# were a count, "nine hundred sixty thousand ...").
_AFTER_COUNTRY_CODE = compiled(r"\+\d{1,3}\s$")  # "+39 06 1234 5678": Rome's code, read with Italy's after
# a number to call written in pairs after its code, as British and Australian leaflets print it ("03459 33 55
# 77", "0800 11 11", "01865 27 80 00", "1800 88 77 66"): each digit said as it is dialled ("thirty three fifty five
# seventy seven" it was, counts). The code is led by a zero and is four digits or five, two pairs to four after it
# and eleven digits at most (a lottery's "03 11 24 35 41" is pairs alone, and left), or is a free number's 1300, 1800
# or 1900 before three pairs, its ten digits (a table's year and two counts, "1800 22 33", is left); no number after.
# A group of three may stand between the code and its pairs, as a British number of eleven digits is printed ("0300
# 123 23 23", "0800 555 11 11": "one hundred twenty three twenty three ..." it was).
_IN_PAIRS = compiled(r"(?<![\w+.,-])(?<!\d\s)(0\d{3,4}(?=(?: \d{3})?(?: \d\d){2,4}\b)|1[389]00(?=(?: \d\d){3}\b))"
                     r"((?: \d{3})?(?: \d\d){2,4})"
                     r"(?![\w-]|[.,]\d| \d)")
_ZERO_LED_BRACKETED = compiled(r"\((0\d{1,4}|01\d{4}(?=\)\s?\d{5}(?!\d)))\)\s?(\d{3,6})(?:[\s-](\d{3,4}))?"
                               r"(?![\w-]|[.,]\d)")
# A short number to call or text ("call 911", "dial 999", "text 85258 now", "call 999 or 111") and an extension
# ("ext. 204").
# The rule's words, each standing apart before the number: a first look among util.letter_words.
_CALL_VERBS = ("Call", "call", "Dial", "dial", "Ring", "ring", "Text", "text", "CALL", "DIAL")
_PORT_WORDS = frozenset({"port", "Port", "ports", "Ports"})
# ... in any tense, and the verbs whose tenses are not the stem's ("dialled", "rang", "phoned"): "He dialled 999" was
# "nine hundred ninety nine".
_CALL_TENSES = ("dialled", "Dialled", "dialling", "Dialling", "rang", "Rang", "phone", "Phone", "phones", "Phones",
                "phoned", "Phoned", "phoning", "Phoning")
_CALL_WORDS = frozenset({verb + ending for verb in _CALL_VERBS for ending in ("", "s", "ed", "ing")}
                        | {"NHS", *_CALL_TENSES})
# The three sets phones asks about of every text with a digit, their words rare: their union asked once first,
# each set then answered by the text being the one asked where none of the words is in it (a rule that changed it made
# a new string, asked again).
_PHONE_SET_LOOKS_RUNS = None if _REFERENCE_FIRST is None else _REFERENCE_FIRST | _ENDING_WORDS | _CALL_WORDS
_CALL = compiled(
    r"\b((?:(?:[Cc]all|[Dd]ial|[Rr]ing|[Tt]ext|CALL|DIAL)(?:s|ed|ing)?|[Dd]ial(?:led|ling)|[Rr]ang"
    r"|[Pp]hon(?:e[sd]?|ing)|NHS)\s+)(\d{3,6})(?:(\s(?:or|and)\s)(\d{3,6}))?"
    r"(?=\s*$|[,;:!?)]|\.(?!\d)|\s(?:now|today|or|and|for|if|to|from|on|at|first|immediately|right away|in|when"
    r"|after|before|with|about|back|instead|as|anywhere|anytime|any time|online|free)\b"
    # or an emergency number, whatever word follows but a count ("Dialling 112 works anywhere"; "dialled 999 times"),
    # or where it is dialled in brackets ("Dial 999 (UK)")
    r"|(?<![\d,.]\d{3})(?<=112|999|911|000|111|101|988)\s(?:(?!(?:times|more|people|numbers)\b)[a-z]"
    rf"|\((?:{'|'.join(EMERGENCY_REGIONS)})\)))"
)
# a service's number after "on" in a clause that calls it, "Call NHS 24 on 111", "Ring the police on 101", "call the
# coastguard on 999 and ask" ("one hundred eleven" it was: the verb's number was looked for right after it): digit by
# digit, the verb or "NHS" up to five words before "on" and within its clause; where a count's noun follows it is a
# count ("spent £4m on 111 beds", "called on 111 families").
_SERVICE_ON = compiled(
    r"\b((?:(?:[Cc]all|[Dd]ial|[Rr]ing|CALL|DIAL)(?:s|ed|ing)?|[Dd]ial(?:led|ling)|[Rr]ang|[Pp]hon(?:e[sd]?|ing)|NHS)"
    r"(?: [^\s,;:.!?]+){1,5} on )(112|999|911|000|111|101|988|105|119)"
    r"(?=\s*$|[,;:!?)]|\.(?!\d)|\s(?:now|today|or|and|for|if|to|from|first|immediately|instead|anytime|any time"
    r"|free|when|at|in|as soon as)\b)"
)
# The other number to call, after "or" later in a sentence that calls one ("Call 999 if it's happening now, or 101
# otherwise", "Call 111 for advice, or 999 in an emergency"): three digits after a comma and "or", before a word of
# when or a stop.
_OTHER_NUMBER = compiled(r"(?<=, or )\d{3}(?=\s(?:otherwise|instead|if|for|when|after|from|in)\b|[,;.!?)]|$)(?![.,]\d)")
# a service number after "in an emergency", "call 111 or, in an emergency, 999", "In an emergency, 999 is the
# number": dialled, digit by digit ("nine hundred ninety nine" it was: the verb's reach stopped at the comma); a count
# before its noun ("999 days of food") is left.
_IN_AN_EMERGENCY = compiled(r"\b([Ii]n an emergency,?\s)(112|999|911|000|111|101|988)"
                            r"(?=\s*$|[,;:!?)]|\.(?!\d)|\s(?:is|or|and|if|for|works|anywhere|from|on|at|instead)\b)")
_SENTENCE_END = compiled(r"[.!?](?=\s+[\"“]?[A-Z])")
# An emergency or service number before what it names ("911 calls", "a 999 operator", "the 988 hotline", a
# headline's "911 outage hits three states"): digit by digit, as it is dialled ("a Porsche 911" is not followed by
# any of these).
_SERVICE_NUMBER = compiled(
    # led by digits: scanned in C
    rf"([1-9](?<![\w{MONEY_SIGNS}.,/-][1-9])11|9(?<![\w{MONEY_SIGNS}.,/-]9)(?:99|88)"
    rf"|1(?<![\w{MONEY_SIGNS}.,/-]1)(?:12|01))"
    # a plain space, as the gate's "11 " looks for (a no-break space is made one before this stage)
    r"(?= (?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|system"
    r"|lines?|hotline|services?|(?:non-)?emergenc\w+|tapes?|recordings?|texts?|responders?|outages?|number"
    r"|call-takers?|dispatchers?|networks?)\b"
    # or a helpline by its name, up to three words in capitals before it, "the 988 Suicide & Crisis Lifeline", "the
    # 111 Mental Health Helpline" ("nine hundred eighty eight Suicide ..." it was); a transport line ("111 Blue Line
    # tickets") is left; each word ends at its space, so the repeat is linear
    r"| (?:[A-Z][a-z]{1,15} (?:(?:&|and) )?){0,3}(?:[Ll]ifeline|[Hh]elpline|[Hh]otline)\b)"
)
# an emergency number before where it is dialled, in brackets, as a list of them writes it ("112 (EU)", "999
# (UK)", "000 (Australia)"; "one hundred twelve (E.U)" it was): digit by digit, where it opens the text or an item of a
# list ("a Porsche 911 (USA)" is a car's name, "Room 101 (BBC)" a show's).
_SERVICE_REGION = compiled(rf"(?<![\w.,/{MONEY_SIGNS}-])(112|999|911|000|111|101|988)"
                           rf"(?=\s\((?:{'|'.join(EMERGENCY_REGIONS)})\))")
_LIST_BEFORE = compiled(r"(?:^|[,;(/]|\b(?:or|and))\s*$")
# A short code to text a word to: "Text STOP to 80888", "text HELP to 741741", in any tense ("Donate by texting GIVE
# to 70070", "I texted YES to 81234": a code, not "seventy thousand and seventy").
_TEXT_TO = compiled(r"\b((?:[Tt]ext|TEXT)(?:s|ed|ing|ING|ED)?\s+\S+\s+to\s+)(\d{4,6})\b(?![.,]\d)")
# an emergency number texted, "send a text to 999", "texting 112 works", "text POLICE to 999": digit by digit as
# when it is called ("nine hundred ninety nine" it was), and so is one a keyword is replied to ("Reply STOP to 999");
# a count of people after it is a count ("a text to 111 people").
_TEXT_TO_SERVICE = compiled(r"\b((?:(?:[Tt]ext|TEXT)(?:s|ed|ing|ING|ED)?\s+(?:\S+\s+)?"
                            r"|(?:[Rr]eply|REPLY)\s+[A-Z]{2,}\s+)to\s+)(112|999|911|111|101|988)"
                            r"(?![\w]|[.,]\d|\s(?:people|others|friends|contacts|users|customers|numbers|times|of|per"
                            r"|more|members|phones|pupils|parents|staff|residents)\b)")
# a text message's short code that messages are forwarded to, "texts can be forwarded to 7726" (the network's
# spam code): digit by digit as it is keyed ("seven thousand seven hundred twenty six" it was), where a clause ends
# after it; a year ("forwarded to 2027") and a count before its noun ("forwarded to 1500 members") are left.
_FORWARDED_TO = compiled(r"orward(?<=\b[Ff]orward)(?:ed|ing|s)?\s"
                         r"(?:(?:it|them|texts|messages|the\s(?:text|message))\s)?to\s(?!1[5-9]\d\d\b|20\d\d\b)"
                         r"(\d{4,5})(?=\s*$|[,;:!?)]|\.(?!\d))")  # led by "orward"
# and a short code after its name, "short code 60123", "Shortcode: 7726" ("sixty thousand ..." it was).
# and after "SMS", "SMS 60060" (four digits at least, before no word: "SMS 500 messages" is a count), but not the
# first group of a whole number to text, "SMS 07700 900 250", "SMS: 0113 496 0999" (its first group was keyed alone
# and the rest counted, "nine hundred two hundred fifty"): a telephone's groups are read as the number's.
_SHORT_CODE = compiled(r"\b([Ss]hort ?code:?\s?|SMS:?\s(?=\d{4,6}\b(?!\s[a-z]|\s\d)))(\d{3,6})\b(?![.,]\d)")
# "ext. 204", and "x12" or "x 12" after a phone number's last four digits ("555-1234 x12").
# Not "ext2" to "ext4" in small letters with nothing between, but after a phone number: Linux's file systems.
# and "Ext: 12" with its colon, and "x 302" after a British number's groups of three ("01632 960 001 x 302": "x
# three hundred two" it was); a dimension's "1 000 x 2 000" has no group of four before its threes. "extn 2210",
# a switchboard's older short form.
_EXTENSION = compiled(r"(?:\b(?:[Ee]xtn?|EXTN?)(?!(?<=ext)(?<!\d\sext)[234]\b)\.?:?\s?"
                      r"|x(?:(?<=\d{3}[-.)\s]\d{4}\sx)|(?<=\d{4}\s\d{3}\s\d{3}\sx))\s?)(\d{1,5})\b(?![.,]\d)")
# ... and an extension's "x" alone before its digits after a word of calling ("Ring x305 for the desk", "call
# reception on x2210": "x three hundred five" it was); "the x86 chip", "a x10 zoom" have no such word, and "call about
# the x300 model" names a model by its article.
_BARE_EXTENSION = compiled(r"(?<= )(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\ban )x(\d{3,5})\b(?![.,]\d|-)")
_CALLING_BEFORE = compiled(r"\b(?:[Cc]all|[Rr]ing|[Dd]ial|[Pp]hone|[Cc]ontact|[Rr]each)(?:s|ed|ing)?\b[^.;!?\d]{0,24}$")
# A first look in char_classes (util), where every digit is "0" and every space " ": two digits, a mark and two
# digits, or a digit, a stop, digits, a stop and a digit (a sign before a digit, "+0", is a look of its own). Led by
# the literal "0", which the engine skips to a character at a time, where the text's class of digits ("[\d+]") was
# tried at every character (a call to Unicode's tables each); the marks are themselves in the classes, so the two
# looks find what the pattern on the text found.
_PHONE_SHAPE = compiled(r"0(?:0[ .)-]+00|\.0+\.0)")
# An IP address, and its port ("10.0.0.1:22") or its network's prefix ("192.168.0.0/24"); its stop may end the
# sentence.
# and a page on it, "192.168.1.1/admin", "10.0.0.1:8080/login", said "slash admin" (its slash was "or").
_IP = compiled(r"(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::(\d{1,5})|/(\d{1,2})(?![\d/]))?"
               r"(/[A-Za-z][\w-]*(?:/[\w-]+)*)?(?!\w|\.\w|:\d)")
# A network card's MAC address: six pairs of hexadecimal digits, each character said.
# "error 0x80070005", "mask 0xFF": a hexadecimal literal, said "hex" and then each digit (as programmers read it
# aloud: "zero x eighty million seventy thousand five" was a decimal number the code is not).
_HEX_LITERAL = compiled(r"(?<![\w.])0[xX]([0-9A-Fa-f]{1,16})(?!\w|\.\w)")
_MAC = compiled(r"(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:-])")
# a MAC address as a switch's console prints it, three dotted groups of four ("3c22.fb1a.9e04", "0050.56c0.0008"):
# each character said, the stops "dot" ("three c twenty two.fb one a" it was). Led by its first stop, found at memchr
# speed; a letter and a digit in it, so that a number dotted so ("2024.1012.3301") and a word are none.
# Its groups all digits, it is a MAC address only beside the words that name one ("MAC 0050.5612.3456", "mac address
# 0800.2700.1234": "point two thousand..." it was), as three groups of four digits are a version's as often; not a
# Mac, the computer.
_MAC_WORD = compiled(r"\bMAC\b|\b(?:[Mm]ac|MAC|[Hh]ardware|HARDWARE) (?:[Aa]ddress|ADDRESS)")
_DOTTED_MAC = compiled(r"\.(?<=(?<![\w.])[0-9A-Fa-f]{4}\.)[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?!\w|\.\w)")
# An IPv6 address, "2001:db8::1", "fe80::1", "::1": groups of hexadecimal digits parted by colons, a run of zero
# groups written "::" (else eight groups); a digit in it, so that "Foo::Bar" in code is none, and no word or colon
# before it, so that a clock's "12:30:45" is none either. Each group's characters said, "::" "colon colon" ("two
# thousand one:db eight::one" it was).
# and its network's prefix after a slash ("2001:db8::/32", "fd00::/8": the slash was "or"), or in brackets with a
# port after them ("[::1]:8080": "]:eight thousand eighty" it was), the port said as a port is.
# and an IPv4 address inside one ("::ffff:192.0.2.1", "64:ff9b::198.51.100.7": "one nine two.0.2.1" it was), said as an
# IPv4 address is, and a link-local address's zone after "%", its interface ("fe80::1%eth0", "%25en0" in a link:
# "percenteth zero" it was), said "percent" and the interface's name.
_IPV6 = compiled(r"(?<![\w:.])(\[(?=[0-9A-Fa-f:]{2,39}\]:\d))?(?=[0-9A-Fa-f:]*\d)"
                 r"((?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?::(?:[0-9A-Fa-f]{1,4}:){0,5}"
                 r"\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"
                 r"|(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?::"
                 r"(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){7})"
                 r"(?(1)\]:(\d{1,5})(?!\d)|(?:/(\d{1,3})(?![\d/])|%(?:25)?([A-Za-z][A-Za-z0-9]{0,15}))?)(?![\w:])")


def _port(digits: str) -> str:
    """A port's number: two digits as a number ("eighty"), more digit by digit ("four four three")."""
    return numbers.cardinal(int(digits)) if len(digits) <= 2 else numbers.digits(digits)


def _groups(*groups: str | None) -> str:
    return ", ".join(numbers.digits(g) for g in groups if g)


def _phone(match: re.Match[str]) -> str:
    country = match.group("country")
    area = match.group("area") or match.group("plain_area")
    if match.group("plain_area") and "-" not in match.group(0) and "." not in match.group(0) and area[0] in "01":
        return match.group(0)  # "100 200 3000" is a list of numbers: no area code starts with 0 or 1
    # Toll-free codes are said as numbers: "one, eight hundred, ..."
    groups = [numbers.cardinal(int(area)) if area in TOLL_FREE_AREAS else numbers.digits(area),
              numbers.digits(match.group("exchange")), numbers.digits(match.group("line"))]
    if match.group("extension"):
        groups.append(numbers.digits(match.group("extension")))
    spoken = ", ".join(groups)
    if country:
        lead = "plus " + numbers.digits(country) if "+" in country else _groups(country)
        spoken = lead + ", " + spoken
    return padded(match, spoken)


def _vanity(match: re.Match[str]) -> str:
    """"1-800-FLOWERS" -> "one, eight hundred, flowers": the letters are said as the word they spell."""
    code = match.group(1)
    spoken = numbers.cardinal(int(code)) if code.endswith("00") else numbers.digits(code)
    return padded(match, f"one, {spoken}, {match.group(2).replace('-', ' ').lower()}")


def _service_region(match: re.Match[str]) -> str:
    """"112 (EU)" -> "one one two (EU)" where the number opens the text or a list's item; else as written."""
    if not _LIST_BEFORE.search(match.string, max(0, match.start() - 6), match.start()):
        return match.group(0)
    return numbers.digits(match.group(1))


def _international(match: re.Match[str]) -> str:
    """"+44 20 7946 0958" -> "plus four four, two zero, seven nine four six, zero nine five eight"."""
    groups = [group for group in re.split(r"[\s()-]+", match.group(2)) if group]
    fewest = 4 if match.group(1) in SHORT_NUMBER_CODES else 8 if "(" in match.group(2) else 6
    if not fewest <= sum(len(group) for group in groups) <= 15:  # the world's longest: 15
        return match.group(0)  # "+3 1 2" is a sum or a list, not a number to call
    return padded(match, "plus " + numbers.digits(match.group(1)) + ", " + _groups(*groups))


def _short_code_one_group(match: re.Match[str]) -> str:
    """"+677 21234" -> "plus six seven seven, two one two three four" where the code dials so few digits."""
    if match.group(1) not in SHORT_NUMBER_CODES:
        return match.group(0)
    return padded(match, f"plus {numbers.digits(match.group(1))}, {numbers.digits(match.group(2))}")


def _double_zero(match: re.Match[str]) -> str:
    """"0044 20 7946 0958" -> "zero zero four four, two zero, seven nine four six, zero nine five eight"."""
    groups = re.split(r"[\s-]+", match.group(2).strip("- "))
    if not (8 if " " in match.group(1) else 6) <= sum(len(group) for group in groups) <= 15:
        return match.group(0)
    return padded(match, numbers.digits(match.group(1).replace(" ", "")) + ", " + _groups(*groups))


def _code_then_run(match: re.Match[str]) -> str:
    """"+91-9876543210" -> "plus nine one, nine eight seven six five four three two one zero"; a North American
    number in its groups."""
    code, rest = match.groups()
    if len(rest.rstrip("0")) * 2 <= len(rest):
        return match.group(0)  # a round number is a count ("+5 1000000000"), no number to call
    if code == "1" and len(rest) == 10:
        return padded(match, "plus one, " + _groups(rest[:3], rest[3:6], rest[6:]))
    return padded(match, f"plus {numbers.digits(code)}, {numbers.digits(rest)}")


def _run_together(match: re.Match[str]) -> str:
    """"+15551234567" -> "plus one, five five five, one two three, four five six seven"; others digit by digit.
    A round number is a count that rose ("views rose +1000000000"), no number to call."""
    digits = match.group(1)
    if len(digits.rstrip("0")) * 2 <= len(digits):
        return match.group(0)
    if len(digits) == 11 and digits[0] == "1":
        return padded(match, "plus one, " + _groups(digits[1:4], digits[4:7], digits[7:]))
    return padded(match, "plus " + numbers.digits(digits))


def _isbn(match: re.Match[str]) -> str:
    """Book and serial numbers digit by digit; a final X is a check digit."""
    kind, length, verb, code = match.groups()
    label = ".".join(kind) + (" " + numbers.cardinal(int(length)) if length else "")
    return label + verb + " " + numbers.digits(code) + (" X" if code.endswith("X") else "")


def _orcid(match: re.Match[str]) -> str:
    """"ORCID 0000-0003-4321-987X" -> "ORCID zero zero zero zero, ..., nine eight seven X": each group's digits."""
    return match.group(1) + ", ".join(numbers.digits(group.rstrip("X")) + (" X" if group.endswith("X") else "")
                                      for group in match.groups()[1:])


_SLASH = compiled(r" ?/ ?")


def _zero_led(match: re.Match[str]) -> str:
    # after a country's code the groups are the international number's, its area code keeping its zero as Italy's
    # and San Marino's do ("+39 0471 123456", "+378 0549 123456"; the code was said as a count before them)
    groups = match.groups()[:3]
    other = match.group(4) if match.re.groups > 3 else None  # the bracketed code's pattern has no other group
    if not 9 <= sum(len(group) for group in groups if group) <= 11 or (
            len(match.group(1)) == 2 and not match.group(3)) or _AFTER_COUNTRY_CODE.search(
            match.string, max(0, match.start() - 6), match.start()):
        return match.group(0)
    last = match.group(3) or match.group(2)
    others = _SLASH.split(other) if other else []
    if any(len(group) > len(last) for group in others):  # "... 785 / 2024": no other group of this number
        end = match.end(3) if match.group(3) else match.end(2)
        return _groups(*groups) + match.string[end:match.end()]
    return padded(match, ", or ".join([_groups(*groups), *map(numbers.digits, others)]))


def _zero_led_dotted(match: re.Match[str]) -> str:
    """"07700.900.321" -> "zero seven seven zero zero, nine zero zero, three two one": a number to call."""
    if not 10 <= sum(len(group) for group in match.groups()) <= 11:
        return match.group(0)
    return padded(match, _groups(*match.groups()))


def _zero_led_odd_groups(match: re.Match[str]) -> str:
    """"077 00 900 222" -> "zero seven seven, zero zero, nine zero zero, two two two": eleven digits to call."""
    groups = [match.group(1), *match.group(2).split()]
    if sum(len(group) for group in groups) != 11 or all(len(group) != 2 for group in groups[1:]):
        return match.group(0)
    return padded(match, _groups(*groups))


def _codes_of_three_digits(text: str) -> str:
    """A disc's catalogue number after its label, an IBAN, a short code after its name or after "forwarded to"."""
    if "00 0" in char_classes(text) and among_words(_RECORD_LABEL_FIRST, text):
        text = _CATALOGUE_NUMBER.sub(_catalogue_number, text)
    if "IBAN" in text:
        text = _IBAN.sub(lambda m: padded(m, f"IBAN{m.group(2)}{_characters(m.group(3))}"), text)
    if "ort code" in text or "ortcode" in text or "SMS" in text:
        text = _SHORT_CODE.sub(lambda m: m.group(1) + numbers.digits(m.group(2)), text)
    if "mergenc" in text and " 000" in char_classes(text):
        text = _IN_AN_EMERGENCY.sub(lambda m: m.group(1) + numbers.digits(m.group(2)), text)
    if "orward" in text and " 0000" in char_classes(text):
        text = _FORWARDED_TO.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + numbers.digits(m.group(1)), text)
    return text


def _catalogue_number(match: re.Match[str]) -> str:
    """"Decca 485 7721" -> "Decca four eight five, seven seven two one"; under seven digits, as written."""
    groups = match.group(2).split()
    if sum(len(group) for group in groups) < 7:
        return match.group(0)
    return f"{match.group(1)} {_groups(*groups)}"


def _characters(code: str) -> str:
    """"GB29 NWBK" -> "G B two nine N W B K": each character of a code said, its spaces dropped."""
    return " ".join(numbers.digits(c) if c.isdigit() else c for c in code if not c.isspace())


def _in_pairs(match: re.Match[str]) -> str:
    """"03459 33 55 77" -> "zero three four five nine, three three, five five, seven seven"."""
    pairs = match.group(2).split()
    if len(match.group(1)) + sum(len(pair) for pair in pairs) > 11:
        return match.group(0)
    return padded(match, _groups(match.group(1), *pairs))


def _reference_id(match: re.Match[str]) -> str:
    """"PMID 18583455" -> "PMID one eight five ...", "PMC3456789" -> "PMC three four five ..."."""
    if match.group(4):
        return padded(match, "PMC " + numbers.digits(match.group(4)))
    label = match.group(1) + (" number" if match.group(2).strip(": ") else "")  # "IMO number", "IMO no.": "number"
    return padded(match, f"{label} {numbers.digits(match.group(3))}")


# A code after its label, read digit by digit in the groups it is written in: "Meeting ID: 845 2291 0037" was "eight
# hundred forty five two thousand ...". Four digits at least ("ref 12" is a reference's number); the label's
# capitals ("ID", "PIN") only as written, its words in any case.
_CODE_OWNER = "|".join(sorted(CODE_OWNERS, key=len, reverse=True))
_CODE_LABEL = "|".join(re.escape(label) for label in sorted(CODE_LABELS, key=len, reverse=True) if label.isupper()
                       or "." in label)
_CODE_WORD = "|".join(label for label in CODE_LABELS if label.islower())
_CODE = compiled(
    rf"\b((?:(?i:{_CODE_OWNER})(?:\s(?i:number|no\.?|num\.?|code|ending(?:\sin)?|reference|ref\.?|ID)|(?=\s?#))"
    rf"|(?:{_CODE_LABEL})(?:\s(?:code|number|no\.))?|(?i:{_CODE_WORD})\.?(?:\s(?i:number|no\.?|code))?)"
    r"(?:\s?[:#]\s?|\s(?:is|was)\s|\s))(\d{2,16}(?:[ -]\d{2,6}){0,5})(?![\w-]|[.,]\d)"
)
# The rule's words, each standing apart: a first look among util.letter_words. "I.D." is looked for as written: its
# first run, "I", is the pronoun of most sentences.
_CODE_FIRST = frozenset(
    form for word in {*CODE_OWNERS, *(label for label in CODE_LABELS if "." not in label)} if word[0].isalpha()
    for form in (word, word.capitalize(), word.upper())
)


# "1Z999AA10123456784", "MAEU1234567", "KB5034441": capitals and a run of five digits or more in one word of
# eight characters or more are a parcel's, a container's or a record's code, never an amount ("M.A.E.U one million
# two hundred..." it was): each letter and each digit said. A currency's code before the digits is money
# ("GBP1500000"); a model's short number keeps its reading ("A380", "RTX4090").
# "HS 8471.30", "HTS code 8471.30.0100": a customs tariff's heading and its subheadings after its label, said
# in their digits group by group ("eight thousand four hundred seventy one point three zero" it was).
_TARIFF_CODE = compiled(r"(H(?<!\wH)T?S(?:\s[Cc]ode)?:?\s?)(\d{4})\.(\d{2})(?:\.(\d{2,4}))?(?!\w|[.,]\d)")
# Led by the class (scanned in C); the looks after it are the rest's: five digits in it, a capital in it or before.
# After a hyphen only where capitals open the code ("PCN-WK3419872", a fine's reference: "three million four hundred
# ..." it was); "co-AB1234567" is no code's part.
_IDENTIFIER = compiled(r"[A-Z\d](?<![\w.,/@#$£€+][A-Z\d])(?<![^A-Z]-[A-Z\d])(?=[A-Z\d]*?\d{5})"
                       r"(?:(?<=[A-Z])|(?=\d*[A-Z]))"
                       r"[A-Z\d]{7,23}(?![\w@-]|[.,]\d)")

# "SR-20931", "DEV-88412", "CASE-004512": a ticket's or a record's key, its project's capitals and a hyphen before five
# digits or more, is keyed, never counted ("twenty thousand nine hundred thirty one" it was): its digits said one by
# one, its capitals left to be said as before. Four digits or fewer keep their reading ("OPS-1427", "COVID-19"), and
# so do a standard's number ("ISO-27001") and an amount after a currency's code ("GBP-25000").
_HYPHENED_KEY = compiled(r"\b([A-Z]{2,6})-(\d{5,10})(?![\w-]|[.,]\d)")


def _hyphened_key(match: re.Match[str]) -> str:
    """"SR-20931" -> "SR two zero nine three one"."""
    letters = match.group(1)
    if letters in STANDARD_BODIES or letters in CURRENCIES:
        return match.group(0)
    return f"{letters} {numbers.digits(match.group(2))}"


def _identifier(match: re.Match[str]) -> str:
    """"MAEU1234567" -> "M.A.E.U one two three four five six seven"; a currency's amount as written."""
    code = match.group(0)
    letters = code.rstrip("0123456789")
    if letters.isalpha() and letters in CURRENCIES:
        return code
    runs = re.findall(r"[A-Z]+|\d+", code)
    # a lone "A" said as the letter, as regional.py's codes say it ("Eh"), not the article
    return " ".join(("Eh" if run == "A" else ".".join(run)) if run.isalpha() else numbers.digits(run) for run in runs)

# an EU service number, "116" and its three digits (facts.EU_SERVICE_NUMBERS), before its groups are read as
# thousands: digit by digit in its two groups. A count goes on to its noun ("116 123 people"); a word of calling or
# a stop may follow. Led by its first digit (scanned in C).
_EU_SERVICE = compiled(rf"1(?<![\w.,/{MONEY_SIGNS}+-]1)16 ({'|'.join(EU_SERVICE_NUMBERS)})(?![\w-]|[.,]\d| \d"
                       r"| (?!(?:or|and|for|free|is|was|from|on|at|anytime|now|if|to|any|in|number|helpline|line)\b)"
                       r"[a-z])")
# "plate number 7ABC123", "reg AB12 CDE", "licence plate KX-4471": a vehicle's plate after its label, capitals and
# digits mixed in one or two groups, said character by character ("seven A.B.C one hundred twenty three" it was).
# Only after the label: "4KX219" alone may be a part's number, and "plates 4 and 5" hold no letter.
_PLATE = compiled(r"\b((?:[Pp]lates?|[Rr]eg\.?|[Rr]egistration (?:[Nn]umber|plate|[Nn]o\.?)|[Tt]ag number)"
                  r"(?: (?:[Nn]umber|[Nn]o\.?|reading|read))?:? )"
                  r"([A-Z\d]{2,4}[ -][A-Z\d]{2,4}|[A-Z\d]{4,8})(?![\w-]|[.,]\d)")
_PLATE_FIRST = frozenset({"plate", "plates", "Plate", "Plates", "reg", "Reg", "registration", "Registration", "tag",
                          "Tag"})


# The plate's label in its short forms, said in full before the plate: "reg. no. EK19 TXP" is "registration number E K
# one nine T X P" ("reg. no." it was, the label's words left to the voice), "Reg. No." with its capitals.
_PLATE_LABEL_SHORT = compiled(r"\b(?:([Rr])eg|([Nn])o)\b\.?")


def _plate_label(match: re.Match[str]) -> str:
    """"reg." -> "registration", "No." -> "Number": the short form's word, its first letter's case kept."""
    letter = match.group(1) or match.group(2)
    return letter + ("egistration" if match.group(1) else "umber")


def _plate(match: re.Match[str]) -> str:
    """"plate number 7ABC123" -> "plate number seven A B C one two three". A plate holds a letter and a digit in five
    characters at least ("Plate 12A" is a book's), and a group of digits alone before another is a year or a count
    ("plate 2024 Q3")."""
    first, *rest = match.group(2).replace("-", " ").split()
    bare = first + "".join(rest)
    if bare.isdigit() or bare.isalpha() or len(bare) < 5 or (rest and first.isdigit()):
        return match.group(0)
    return _PLATE_LABEL_SHORT.sub(_plate_label, match.group(1)) + _characters(bare)


def codes(text: str) -> str:
    """"Meeting ID: 845 2291 0037" -> "Meeting ID: eight four five, two two nine one, zero zero three seven": a code
    after the word that labels it, digit by digit in its groups, before its groups can be read as thousands; a code
    that its capitals and its long run of digits show, letter by letter and digit by digit."""
    classes = char_classes(text)
    if among_words(_PLATE_FIRST, text):
        text = _PLATE.sub(_plate, text)
    if "A00000" in classes or "00000A" in classes:
        text = _IDENTIFIER.sub(lambda m: padded(m, _identifier(m)), text)
    if "A-00000" in classes:
        text = _HYPHENED_KEY.sub(lambda m: padded(m, _hyphened_key(m)), text)
    if "000 000" in classes and "116 " in text:
        text = _EU_SERVICE.sub(lambda m: padded(m, f"one one six, {numbers.digits(m.group(1))}"), text)
    if "H" in text and ("HS" in text or "HTS" in text):
        text = _TARIFF_CODE.sub(lambda m: m.group(1) + _groups(*m.groups()[1:]), text)
    # "2FA" looked for as written: its run of letters, "FA", is the Football Association's in many texts
    if not (among_words(_CODE_FIRST, text) or ("I" in text and "I.D" in text) or "2FA" in text):
        return text
    if "ref. " in text or "Ref. " in text:
        text = _MODEL_REFERENCE.sub(_model_reference, text)
    return _CODE.sub(_code, text)


# a model's reference, "ref." after "the" or "a" or after the model's name and number ("the ref. 3100 is the
# smallest", "the Marine 300, ref. 3100, goes"), said as a collector says it, "reference thirty one hundred", in pairs
# (digit by digit after the code's label it was, "ref. three one zero zero"); a booking's "your ref. 4821" keeps its
# digits.
_MODEL_REFERENCE = compiled(  # led by the label, which the engine scans for; what stands before it looked at after
    r"[Rr]ef\.(?:(?<=\b[Tt]he [Rr]ef\.)|(?<=\b[Aa] [Rr]ef\.)|(?<=[A-Za-z] \d\d, [Rr]ef\.)"
    r"|(?<=[A-Za-z] \d\d\d, [Rr]ef\.)|(?<=[A-Za-z] \d\d\d\d, [Rr]ef\.)) ([1-9]\d{2,3})(?![\w-]|[.,]\d)")


def _model_reference(match: re.Match[str]) -> str:
    """"ref. 3100" -> "reference thirty one hundred", "ref. 5711" -> "reference fifty seven eleven"."""
    digits = match.group(1)
    if len(digits) == 3:
        said = numbers.in_pairs(digits)
    elif digits.endswith("000"):
        said = numbers.cardinal(int(digits))  # "ref. 2000": "two thousand"
    elif digits.endswith("00"):
        said = f"{numbers.cardinal(int(digits[:2]))} hundred"
    else:
        said = f"{numbers.cardinal(int(digits[:2]))} {numbers.two_digit_year(digits[2:])}"
    return f"{match.group(0)[0]}eference {said}"


_YEAR_ALONE = compiled(r"(?:1\d|20)\d\d")


def _code(match: re.Match[str]) -> str:
    """The label as written, then the code's groups digit by digit; a short number, or a year after a bare label
    ("in reference 2019 guidelines"), as it was."""
    label, written = match.groups()
    groups = re.split("[ -]", written)
    if sum(len(group) for group in groups) < (3 if "code" in label.lower() else 4):
        return match.group(0)  # "ref 12", "card no. 5": a short number is said as one (a security code has three)
    if len(groups) == 1 and _YEAR_ALONE.fullmatch(written) and label.split()[0].rstrip(".").lower() in _BARE_LABELS:
        return match.group(0)
    # the signs that stood for "number" before digits are said here: once words, the digits no longer call for them
    label = _NUMBER_SIGN_IN_LABEL.sub(_number_sign, label)
    if "ef" in label or "EF" in label:  # "quoting ref. 4527 0019": the label said in full ("ref" it was)
        label = _SHORT_REFERENCE.sub(lambda m: m.group(1) + "eference", label)
    return label + _groups(*groups)


_NUMBER_SIGN_IN_LABEL = compiled(r"\b(?:([Nn])o|([Nn])um)\.?(?=\s|:|#|$)|\s?#\s?(?=\S|$)")
# A reference's short form in a code's label, with or without its stop ("ref. 4527", "Ref: 0019", "booking ref 8812").
_SHORT_REFERENCE = compiled(r"\b([Rr])(?i:ef)\b\.?(?!\w)")


def _number_sign(match: re.Match[str]) -> str:
    """"no." -> "number", "No" -> "Number", " # " -> " number ": a number's sign in a code's label."""
    letter = match.group(1) or match.group(2)
    return (letter + "umber") if letter else " number "


_BARE_LABELS = frozenset(label.rstrip(".").lower() for label in CODE_LABELS)


# a country's code in brackets with its plus, before the number's groups ("Tel. (+34) 93 301 77 75": "(plus
# thirty four) ninety three three hundred one ..." it was): unbracketed, for the international rule. Seven digits at
# least after it, in groups of two to four ("(+3) 12 14" is a score's).
# A small country's code of three digits is followed by five digits or six ("(+681) 72 12 34", Wallis's; "(+500)
# 21234", the Falklands': "(plus six hundred eighty one) seventy two ..." it was): in groups, or one group of five.
_BRACKETED_COUNTRY = compiled(r"\(\+([1-9]\d{0,2})\)\s?(?=(?:\d[ -]?){7})"
                              r"(?=\d{2,4}(?:[ -]\d{2,4}){1,4}(?![\w-]|[.,]\d))"
                              r"|\(\+([2-9]\d\d)\)\s?(?=(?:\d[ -]?){5})"
                              r"(?=\d{5}(?![\w-]|[.,]\d| \d)|\d{2,4}(?:[ -]\d{2,4}){1,2}(?![\w-]|[.,]\d| \d))")


# a British freephone's or non-geographic number of eight digits, its code and one group of four ("0800 1111",
# Childline's: "zero eight zero zero eleven eleven" it was, the group a year's): digit by digit, in its groups. After
# a word that calls it only ("call", "ring", "freephone", "Tel", "on"): a timetable's "0800 1200" is two times.
_SHORT_NON_GEOGRAPHIC = compiled(r"\b((?:[Cc]all|[Rr]ing|[Pp]hone|[Ff]reephone|[Tt]el|TEL|on)\.?:? )"
                                 r"(0(?:800|808|500|300|345|845|870)) (\d{4})(?![\w/-]|[.,]\d| \d)")


def _ports(match: re.Match[str]) -> str:
    """"port 8443" -> "port eight four four three", "ports 8000–8080" -> "ports eight zero zero zero to eight ..."."""
    said = match.group(1) + numbers.digits(match.group(2))
    if not match.group(4):
        return said
    between = " to " if match.group(3).strip() in ("-", "–") else match.group(3)
    return said + between + numbers.digits(match.group(4))


def _bare_extension(match: re.Match[str]) -> str:
    """"call x305" -> "call extension three zero five", after a word of calling."""
    if _CALLING_BEFORE.search(match.string, max(0, match.start() - 40), match.start()) is None:
        return match.group()
    return "extension " + numbers.digits(match.group(1))


def phones(text: str) -> str:
    """Read phone numbers, social security numbers and IP addresses digit by digit, in groups."""
    if "(+" in text:
        text = _BRACKETED_COUNTRY.sub(lambda m: "+" + (m.group(1) or m.group(2)) + " ", text)
    # the code's zero after a space (its word's), then the groups' shape: "0 " looked for the code's last digit, and
    # "0345 6789", "0845 4647" (the codes not ending in 0) went unread, "three thousand thirty" and the like
    if " 0" in text and "0000 0000" in char_classes(text):
        text = _SHORT_NON_GEOGRAPHIC.sub(lambda m: m.group(1) + _groups(m.group(2), m.group(3)), text)
    plain = None if among_words(_PHONE_SET_LOOKS_RUNS, text) else text  # the text that holds none of their words
    if text is not plain and among_words(_REFERENCE_FIRST, text):
        text = _REFERENCE_ID.sub(_reference_id, text)
    if "000" in char_classes(text):  # rules, each of three digits in a row at least: one look for them all
        text = _codes_of_three_digits(text)
    if "I" in text and ("ISBN" in text or "ISSN" in text):
        text = _ISBN.sub(_isbn, text)
    if "ORCID" in text:
        text = _ORCID.sub(_orcid, text)
    # one character first where every needle of a look holds it (a memchr, where each needle costs a scan)
    if text is not plain and among_known_words(_ENDING_WORDS, text) and ("ends in" in text or "ending in" in text):
        text = _ENDING_IN.sub(lambda m: numbers.digits(m.group(0)), text)
    if "00000" in char_classes(text) and among_words(_MOBILE_LABELS, text):  # five digits in a row first
        text = _LABELLED_MOBILE.sub(lambda m: m.group(1) + _groups(m.group(2), m.group(3)), text)
    if text is not plain and among_words(_CALL_WORDS, text):
        # the other number, looked for in the rest of the calling sentence only
        if ", or " in text and (called := _CALL.search(text)):
            stop = _SENTENCE_END.search(text, called.end())
            end = stop.start() if stop else len(text)
            text = (text[:called.end()] + _OTHER_NUMBER.sub(lambda m: numbers.digits(m.group(0)),
                                                            text[called.end():end]) + text[end:])
        text = _CALL.sub(lambda m: m.group(1) + numbers.digits(m.group(2))
                         + (m.group(3) + numbers.digits(m.group(4)) if m.group(4) else ""), text)
        if " on " in text:
            text = _SERVICE_ON.sub(lambda m: m.group(1) + numbers.digits(m.group(2)), text)
    if "orts " in text and "/" in text:
        text = _SLASHED_PORTS.sub(lambda m: f"{m.group(1)}{_port(m.group(2))} and {_port(m.group(3))}", text)
    if "ort" in text and "0000" in char_classes(text) and among_words(_PORT_WORDS, text):
        text = _PORT.sub(_ports, text)
    if ("x" in text or "X" in text) and ("ext " in text or "EXT " in text or "exting " in text or "exted " in text
                                         or "exts " in text or "EXTING " in text):
        text = _TEXT_TO.sub(lambda m: m.group(1) + numbers.digits(m.group(2)), text)
    if ("to 1" in text or "to 9" in text) and ("text" in text or "Text" in text or "TEXT" in text or "eply " in text
                                                or "EPLY " in text):
        text = _TEXT_TO_SERVICE.sub(lambda m: m.group(1) + numbers.digits(m.group(2)), text)
    if "00 " in char_classes(text) and ("11 " in text or ("9" in text and "99 " in text) or "12 " in text
                                        or ("8" in text and "88 " in text) or "01 " in text):
        text = _SERVICE_NUMBER.sub(lambda m: numbers.digits(m.group(1)), text)
    if "000 (A" in char_classes(text):
        text = _SERVICE_REGION.sub(_service_region, text)
    if ("x" in text or "X" in text) and ("xt" in text or "XT" in text or " x" in text):
        text = _EXTENSION.sub(lambda m: padded(m, "extension " + numbers.digits(m.group(1))), text)
        if " x" in text and " a0" in char_classes(text):
            text = _BARE_EXTENSION.sub(_bare_extension, text)
    if "-" in text and "1-" in text and ("1-8" in text or "1-9" in text):
        text = _VANITY.sub(_vanity, text)
    if ("x" in text and "0x" in text) or ("X" in text and "0X" in text):
        text = _HEX_LITERAL.sub(_hex, text)
    if ":" in text and ("::" in text or text.count(":") >= 7):
        text = _IPV6.sub(_ipv6, text)
    if text.count(":") >= 5 or text.count("-") >= 5:  # a MAC address has five
        text = _MAC.sub(_mac, text)
    if text.count(".") >= 2:
        text = _dotted_macs(text)
    # a sign before a digit (the sign a memchr in the text first), or the shape of a number's groups in the classes
    classes = char_classes(text)
    if not (("+" in text and "+0" in classes) or _PHONE_SHAPE.search(classes)):
        return text
    # a trunk code's dash, Brazil's groups' (nationalphones.py), before 3-3-4 groups are read; a Dutch
    # mobile's "06" and eight digits
    if "-" in text or "00 00000000" in classes:
        text = nationalphones.national_groups(text, classes)
    text = _PHONE.sub(_phone, text)
    if "00" in text:
        text = _DOUBLE_ZERO.sub(_double_zero, text)
    # a digit led by a zero after a space, then a group of two digits among a number's, before the groups of three are
    # read (the zero a memchr in the text first)
    if (" 0" in text or text[:1] == "0") and " 00" in classes:
        text = _ZERO_LED_ODD_GROUPS.sub(_zero_led_odd_groups, text)
    text = _ZERO_LED.sub(_zero_led, text)
    if "000.000" in classes:  # a code of three digits at least, a stop and a group
        text = _ZERO_LED_DOTTED.sub(_zero_led_dotted, text)
    if " 00 00" in classes:  # a code and two pairs at least
        text = _IN_PAIRS.sub(_in_pairs, text)
    if ("00 " in classes or "00-" in classes) and "1" in text:
        text = _AUSTRALIAN_NATIONAL.sub(lambda m: padded(m, _groups(m.group(1), m.group(3), m.group(4))), text)
    if "(0" in text:
        text = _ZERO_LED_BRACKETED.sub(_zero_led, text)
    text = _LOCAL.sub(lambda m: padded(m, _groups(m.group(1), m.group(2))), text)
    text = _SSN.sub(lambda m: padded(m, _groups(*m.groups())), text)
    if "+" in text:
        text = _RUN_TOGETHER.sub(_run_together, _CODE_THEN_RUN.sub(_code_then_run, text))
        text = _SHORT_CODE_ONE_GROUP.sub(_short_code_one_group, text)
    text = _INTERNATIONAL.sub(_international, text)
    return _IP.sub(_ip, text)


def _ip(match: re.Match[str]) -> str:
    """"192.168.1.1" -> "one nine two dot one six eight dot one dot one"; a port after it: "colon twenty two", a
    prefix "slash twenty four"."""
    spoken = " dot ".join(numbers.digits(group) for group in match.groups()[:4])
    if match.group(5):
        # a port of three digits or more digit by digit, as after a server's name or an IPv6 address ("colon eight
        # zero eight zero"; "eight thousand eighty" it was), two as a number ("colon twenty two")
        spoken += " colon " + _port(match.group(5))
    if match.group(6):
        spoken += " slash " + numbers.cardinal(int(match.group(6)))
    if match.group(7):
        spoken += " slash " + say_address(match.group(7)[1:])
    return padded(match, spoken)


_ZONE_PARTS = compiled(r"\d+|[A-Za-z]+")  # an interface's letters and digits, "wlp2s0": "wlp two s zero"


def _ipv6(match: re.Match[str]) -> str:
    """"fe80::1" -> "F E eight zero colon colon one": each character of each group; "/32" -> "slash thirty two",
    "[::1]:8080" -> "colon colon one colon eight zero eight zero"."""
    spoken = " colon ".join(" dot ".join(numbers.digits(octet) for octet in group.split(".")) if "." in group
                            else " ".join(numbers.digits(c) if c.isdigit() else c.upper() for c in group)
                            for group in match.group(2).split(":")).replace("colon  colon", "colon colon").strip()
    if match.group(3):
        spoken += " colon " + _port(match.group(3))
    elif match.group(4):
        spoken += " slash " + numbers.cardinal(int(match.group(4)))
    elif match.group(5):  # a zone: "eth0" -> "eth zero"
        spoken += " percent " + " ".join(numbers.digits(part) if part.isdigit() else part
                                         for part in _ZONE_PARTS.findall(match.group(5)))
    return padded(match, spoken)


def _hex(match: re.Match[str]) -> str:
    """"0x1F" -> "hex one F"."""
    return padded(match, "hex " + " ".join(numbers.digits(c) if c.isdigit() else c.upper() for c in match.group(1)))


def _dotted_macs(text: str) -> str:
    """"3c22.fb1a.9e04" -> "three C two two dot F B one A dot nine E zero four" (each match starts at the address's
    first stop, its first group behind it)."""
    parts, last = [], 0
    for match in _DOTTED_MAC.finditer(text):
        start = match.start() - 4
        address = text[start:match.end()]
        if not any(c.isdigit() for c in address) or not (
                any(c.isalpha() for c in address) or _MAC_WORD.search(text, max(0, start - 40), match.end() + 40)):
            continue
        spoken = " dot ".join(" ".join(numbers.digits(c) if c.isdigit() else c.upper() for c in group)
                              for group in address.split("."))
        parts += [text[last:start], spoken]
        last = match.end()
    return "".join(parts) + text[last:] if parts else text


def _mac(match: re.Match[str]) -> str:
    """"00:1A:2B:3C:4D:5E" -> "zero zero, one A, two B, ...": each pair's characters (with no letter, the pairs
    are numbers: a tally or a time, read by their rules)."""
    if not any(c.isalpha() for c in match.group(0)):
        return match.group(0)
    pairs = re.split("[:-]", match.group(0))
    return padded(match, ", ".join(" ".join(numbers.digits(c) if c.isdigit() else c.upper() for c in pair)
                                   for pair in pairs))


# "*#06#", "*123#", "#31#", "**21*07700900123#": a phone's keypad code, star and hash between digits said one by one
# ("*number zero six#" it was), as a network's or a handset's leaflet prints it.
_KEYPAD_CODE = compiled(r"(?<![\w*#])[*#][\d*#]*\d[\d*#]*#(?![\w#])")
_KEYS = {"*": "star", "#": "hash"}


def keypad_codes(text: str) -> str:
    """"dial *#06#" -> "dial star hash zero six hash"."""
    if "#" not in text or not ("*" in text or "#3" in text):  # the cheap gate: a code holds a star, or is "#31#"
        return text
    return _KEYPAD_CODE.sub(lambda m: padded(m, " ".join(_KEYS.get(key) or numbers.digits(key) for key in m.group(0))),
                            text)
