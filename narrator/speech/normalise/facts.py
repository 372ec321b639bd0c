"""Facts the English rules read: units, currencies, US states, street types, link shorteners.

Tables, not rules: a new unit or currency is a line here, and no rule needs to change.
"""

from __future__ import annotations

from narrator.speech.normalise.util import word_set

# symbol or code -> (singular, plural, minor singular, minor plural)
CURRENCIES: dict[str, tuple[str, str, str, str]] = {
    "$": ("dollar", "dollars", "cent", "cents"),
    "US$": ("US dollar", "US dollars", "cent", "cents"),
    "US $": ("US dollar", "US dollars", "cent", "cents"),
    "USD": ("US dollar", "US dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "AU$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "AUD$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "CA$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "CAD$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "AUD": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "EUR": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "sen", "sen"),
    "JPY": ("yen", "yen", "sen", "sen"),
    "₹": ("rupee", "rupees", "paisa", "paise"),
    "INR": ("rupee", "rupees", "paisa", "paise"),
    "₩": ("won", "won", "jeon", "jeon"),
    "CHF": ("Swiss franc", "Swiss francs", "centime", "centimes"),
    "₽": ("rouble", "roubles", "kopek", "kopeks"),
    "₿": ("bitcoin", "bitcoin", "satoshi", "satoshis"),
    "Ξ": ("ether", "ether", "gwei", "gwei"),  # Ethereum's sign, as a wallet writes it ("Ξ2.5"): "xi" it was
    "BTC": ("bitcoin", "bitcoin", "satoshi", "satoshis"),
    "Rs": ("rupee", "rupees", "paisa", "paise"),
    "Rs.": ("rupee", "rupees", "paisa", "paise"),
    "R$": ("real", "reais", "centavo", "centavos"),
    "¢": ("cent", "cents", "cent", "cents"),
    "SEK": ("Swedish krona", "Swedish kronor", "ore", "ore"),
    "NOK": ("Norwegian krone", "Norwegian kroner", "ore", "ore"),
    "DKK": ("Danish krone", "Danish kroner", "ore", "ore"),
    "ISK": ("Icelandic krona", "Icelandic kronur", "eyrir", "aurar"),
    "PLN": ("zloty", "zlotys", "grosz", "groszy"),
    "CZK": ("Czech koruna", "Czech korunas", "haler", "haler"),
    "HUF": ("forint", "forints", "filler", "filler"),
    "HRK": ("Croatian kuna", "Croatian kunas", "lipa", "lipa"),
    "RUB": ("rouble", "roubles", "kopek", "kopeks"),
    "UAH": ("hryvnia", "hryvnias", "kopiyka", "kopiyky"),
    "CNY": ("yuan", "yuan", "fen", "fen"),
    "RMB": ("yuan", "yuan", "fen", "fen"),
    "HKD": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "SGD": ("Singapore dollar", "Singapore dollars", "cent", "cents"),
    "NZD": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "KRW": ("won", "won", "jeon", "jeon"),
    "BRL": ("real", "reais", "centavo", "centavos"),
    "MXN": ("Mexican peso", "Mexican pesos", "centavo", "centavos"),
    "ZAR": ("rand", "rand", "cent", "cents"),
    "ILS": ("shekel", "shekels", "agora", "agorot"),
    "AED": ("dirham", "dirhams", "fils", "fils"),
    "SAR": ("riyal", "riyals", "halala", "halalas"),
    "PKR": ("Pakistani rupee", "Pakistani rupees", "paisa", "paise"),
    "NGN": ("naira", "naira", "kobo", "kobo"),
    "KES": ("Kenyan shilling", "Kenyan shillings", "cent", "cents"),
    "KSh": ("Kenyan shilling", "Kenyan shillings", "cent", "cents"),
    "Ksh": ("Kenyan shilling", "Kenyan shillings", "cent", "cents"),
    "Ksh.": ("Kenyan shilling", "Kenyan shillings", "cent", "cents"),
    "KSh.": ("Kenyan shilling", "Kenyan shillings", "cent", "cents"),
    "THB": ("baht", "baht", "satang", "satang"),
    "IDR": ("rupiah", "rupiah", "sen", "sen"),
    "MYR": ("ringgit", "ringgit", "sen", "sen"),
    "VND": ("dong", "dong", "hao", "hao"),
    "S$": ("Singapore dollar", "Singapore dollars", "cent", "cents"),
    "NT$": ("New Taiwan dollar", "New Taiwan dollars", "cent", "cents"),
    "TWD": ("New Taiwan dollar", "New Taiwan dollars", "cent", "cents"),
    "MX$": ("Mexican peso", "Mexican pesos", "centavo", "centavos"),
    "₦": ("naira", "naira", "kobo", "kobo"),
    "E£": ("Egyptian pound", "Egyptian pounds", "piastre", "piastres"),
    # South Asia's and Africa's other currencies, by their codes
    "BDT": ("taka", "taka", "poisha", "poisha"), "৳": ("taka", "taka", "poisha", "poisha"),
    "LKR": ("Sri Lankan rupee", "Sri Lankan rupees", "cent", "cents"),
    "NPR": ("Nepalese rupee", "Nepalese rupees", "paisa", "paise"),
    "UGX": ("Ugandan shilling", "Ugandan shillings", "cent", "cents"),
    "TZS": ("Tanzanian shilling", "Tanzanian shillings", "cent", "cents"),
    "ZMW": ("Zambian kwacha", "Zambian kwacha", "ngwee", "ngwee"),
    "MWK": ("Malawian kwacha", "Malawian kwacha", "tambala", "tambala"),
    "ETB": ("birr", "birr", "santim", "santim"), "MAD": ("Moroccan dirham", "Moroccan dirhams", "centime", "centimes"),
    "XOF": ("CFA franc", "CFA francs", "centime", "centimes"),
    "XAF": ("CFA franc", "CFA francs", "centime", "centimes"),
    "RWF": ("Rwandan franc", "Rwandan francs", "centime", "centimes"), "BWP": ("pula", "pula", "thebe", "thebe"),
    "MUR": ("Mauritian rupee", "Mauritian rupees", "cent", "cents"),
    "NAD": ("Namibian dollar", "Namibian dollars", "cent", "cents"),
    "DZD": ("Algerian dinar", "Algerian dinars", "centime", "centimes"),
    "TND": ("Tunisian dinar", "Tunisian dinars", "millime", "millimes"),
    "MZN": ("metical", "meticais", "centavo", "centavos"), "AOA": ("kwanza", "kwanzas", "centimo", "centimos"),
    "EGP": ("Egyptian pound", "Egyptian pounds", "piastre", "piastres"),
    "GH₵": ("Ghanaian cedi", "Ghanaian cedis", "pesewa", "pesewas"), "GHS": ("Ghanaian cedi", "Ghanaian cedis",
                                                                          "pesewa", "pesewas"),
    "₵": ("cedi", "cedis", "pesewa", "pesewas"),
    "GH¢": ("Ghanaian cedi", "Ghanaian cedis", "pesewa", "pesewas"),  # the cent sign for the cedi's, as Ghana types it
    "₺": ("lira", "lira", "kurus", "kurus"),
    "₴": ("hryvnia", "hryvnias", "kopiyka", "kopiyky"),
    "₱": ("peso", "pesos", "centavo", "centavos"),
    "฿": ("baht", "baht", "satang", "satang"),
    "₫": ("dong", "dong", "hao", "hao"),
    "₪": ("shekel", "shekels", "agora", "agorot"),
    # the signs of the Caucasus', central Asia's, Laos' and Paraguay's currencies, as their prices are written ("₾20",
    # "₸500", "₲50,000"): the sign went to the voice unread before the number's words
    "₾": ("lari", "lari", "tetri", "tetri"), "₼": ("manat", "manats", "qapik", "qapik"),
    "֏": ("dram", "drams", "luma", "luma"), "₸": ("tenge", "tenge", "tiyn", "tiyn"),
    "₮": ("tugrik", "tugriks", "mongo", "mongo"), "₭": ("kip", "kip", "att", "att"),
    "₲": ("guarani", "guaranis", "centimo", "centimos"),
    "zł": ("zloty", "zlotys", "grosz", "groszy"),
    "RM": ("ringgit", "ringgit", "sen", "sen"),
    "Rp": ("rupiah", "rupiah", "sen", "sen"),
}
# The one-character money signs, for the character classes of rules that must not read the number after one
# ("$£€¥₹₩₽₿Ξ¢₦₺₴₱฿₫₪"): every rule reads them from here, so a sign added above is known to all. Ether's "Ξ" is a
# letter to Python, but a sign here as the others are.
MONEY_SIGNS = "".join(k for k in CURRENCIES if len(k) == 1 and not (k.isascii() and k.isalpha()))
# The minor units of the currencies whose decimals are said as decimals, not as hundredths in the minor unit: a
# coin's ("BTC 0.5", "Ξ2.5": "zero point five bitcoin", "two point five ether").
DECIMAL_MINORS = frozenset({"satoshi", "gwei"})
# A model railway's words, beside which "OO" is its scale, said "double O" ("an OO gauge layout", "OO9")
MODEL_RAILWAY_WORDS = frozenset({
    "gauge", "scale", "layout", "layouts", "locomotive", "locomotives", "loco", "locos", "railway", "railways",
    "modeller", "modellers", "modelling", "model", "models", "Hornby", "Bachmann", "narrow", "TT"
})
# Currencies whose hundredths are no longer coined or priced: a decimal after one is an exchange rate's, said as a
# decimal ("the dollar rose to ¥151.20": "one hundred fifty one point two zero yen", not "... yen twenty sen").
UNCOINED_MAJORS = frozenset({"yen", "won", "rupiah"})
# Codes that are also something else after a number ("3 CAD drawings"): read as money only before it.
CODES_ONLY_BEFORE = frozenset({"CAD", "RM", "Rp", "MAD", "NAD"})
# Currencies their own papers write as letters before the amount ("Tk 1,200", "Ks 5,000", "Nu. 300", "TSh 20,000",
# "USh 50,000"; the letters went to the voice unread), and the codes the rules read them as (money.money): only
# before the amount ("12 Ks" are a pitcher's strikeouts).
LETTERS_BEFORE_AMOUNT = {"Tk": "BDT", "Ks": "MMK", "Nu.": "BTN", "TSh": "TZS", "USh": "UGX"}

# unit -> (singular, plural); the key is matched case-sensitively unless listed in _FOLDED.
UNITS: dict[str, tuple[str, str]] = {
    "in.": ("inch", "inches"), "yds": ("yard", "yards"),  # "in" without its stop is the preposition
    "pcs": ("piece", "pieces"), "pcs.": ("piece", "pieces"),  # "10 pcs": a shop's count
    "mm": ("millimeter", "millimeters"), "cm": ("centimeter", "centimeters"), "m": ("meter", "meters"),
    "km": ("kilometer", "kilometers"), "mi": ("mile", "miles"), "ft": ("foot", "feet"), "yd": ("yard", "yards"),
    "mg": ("milligram", "milligrams"), "g": ("gram", "grams"), "kg": ("kilogram", "kilograms"),
    "t": ("tonne", "tonnes"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "ml": ("milliliter", "milliliters"), "mL": ("milliliter", "milliliters"), "l": ("liter", "liters"),
    "L": ("liter", "liters"), "cl": ("centiliter", "centiliters"), "gal": ("gallon", "gallons"),
    "sq ft": ("square foot", "square feet"), "sq mi": ("square mile", "square miles"),
    "sq km": ("square kilometer", "square kilometers"), "sq m": ("square meter", "square meters"),
    "sq in": ("square inch", "square inches"), "sq yd": ("square yard", "square yards"), "ha": ("hectare", "hectares"),
    "cu ft": ("cubic foot", "cubic feet"), "cu in": ("cubic inch", "cubic inches"),
    "cu yd": ("cubic yard", "cubic yards"), "cu m": ("cubic meter", "cubic meters"),
    # Said as letters, as engine sizes and doses are ("a 250 cc bike", "5 cc of saline").
    "cc": ("C C", "C C"),
    "mph": ("mile per hour", "miles per hour"), "km/h": ("kilometer per hour", "kilometers per hour"),
    "kmh": ("kilometer per hour", "kilometers per hour"), "kph": ("kilometer per hour", "kilometers per hour"),
    "kmph": ("kilometer per hour", "kilometers per hour"),
    "m/s": ("meter per second", "meters per second"),
    "ms": ("millisecond", "milliseconds"), "sec": ("second", "seconds"), "min": ("minute", "minutes"),
    "mins": ("minute", "minutes"), "secs": ("second", "seconds"),
    "hrs": ("hour", "hours"), "hr": ("hour", "hours"),
    "HRS": ("hour", "hours"), "MINS": ("minute", "minutes"),  # "DELAYED 3 HRS": a headline's ("54 HRs" are runs)
    "wk": ("week", "weeks"), "wks": ("week", "weeks"), "mos": ("month", "months"), "mth": ("month", "months"),
    "mo": ("month", "months"), "ns": ("nanosecond", "nanoseconds"),  # "a 12 mo plan", "a 5 ns delay"
    "kgs": ("kilogram", "kilograms"), "kms": ("kilometer", "kilometers"),  # "7 kgs", "40 kms": written plurals
    "mths": ("month", "months"),
    # a player's averages ("22.4 ppg")
    "ppg": ("point per game", "points per game"), "rpg": ("rebound per game", "rebounds per game"),
    "apg": ("assist per game", "assists per game"),
    # a box score's line ("27 pts, 10 reb, 8 ast, 3 stl, 2 blk")
    "reb": ("rebound", "rebounds"), "ast": ("assist", "assists"), "stl": ("steal", "steals"),
    "blk": ("block", "blocks"), "avg": ("average", "average"),  # "25 carries (6.0 avg)"
    # a season's totals, written plural after a count and said in words ("12 HRs", "3 TDs"; a lone "HR" may be hours,
    # "a 24 HR shop"; "RBIs" are said as letters)
    "HRs": ("home run", "home runs"), "SBs": ("stolen base", "stolen bases"), "TDs": ("touchdown", "touchdowns"),
    "INTs": ("interception", "interceptions"),
    # a cricket result's wickets and a bowler's overs ("won by 7 wkts", "10 ov")
    "wkts": ("wicket", "wickets"), "wkt": ("wicket", "wickets"), "ov": ("over", "overs"),
    "°C": ("degree Celsius", "degrees Celsius"), "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "° C": ("degree Celsius", "degrees Celsius"), "° F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "W": ("watt", "watts"), "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"), "GW": ("gigawatt", "gigawatts"), "TW": ("terawatt", "terawatts"),
    "kWh": ("kilowatt hour", "kilowatt hours"),
    "kWp": ("kilowatt peak", "kilowatts peak"), "MWp": ("megawatt peak", "megawatts peak"),  # solar panels' rating
    "GWp": ("gigawatt peak", "gigawatts peak"),
    "MWh": ("megawatt hour", "megawatt hours"), "GWh": ("gigawatt hour", "gigawatt hours"),
    "TWh": ("terawatt hour", "terawatt hours"), "V": ("volt", "volts"), "kV": ("kilovolt", "kilovolts"),
    "mAh": ("milliamp hour", "milliamp hours"), "A": ("amp", "amps"), "mA": ("milliamp", "milliamps"),
    "mV": ("millivolt", "millivolts"), "μA": ("microamp", "microamps"),
    "KB": ("kilobyte", "kilobytes"), "kB": ("kilobyte", "kilobytes"), "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"), "PB": ("petabyte", "petabytes"),
    "MP": ("megapixel", "megapixels"),
    "kbps": ("kilobit per second", "kilobits per second"), "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"), "Tbps": ("terabit per second", "terabits per second"),
    "Mb/s": ("megabit per second", "megabits per second"),
    "Mb": ("megabit", "megabits"),
    "kb/s": ("kilobit per second", "kilobits per second"), "Gb/s": ("gigabit per second", "gigabits per second"),
    "Tb/s": ("terabit per second", "terabits per second"), "kbit/s": ("kilobit per second", "kilobits per second"),
    "Mbit/s": ("megabit per second", "megabits per second"),
    "Gbit/s": ("gigabit per second", "gigabits per second"), "Gb": ("gigabit", "gigabits"),
    "dB": ("decibel", "decibels"), "kcal": ("kilocalorie", "kilocalories"), "cal": ("calorie", "calories"),
    "Cal": ("calorie", "calories"),  # a food label's capital, a kilocalorie ("100 Cal"); spaced, as "cal" is read
    "mmHg": ("millimeter of mercury", "millimeters of mercury"), "ppm": ("part per million", "parts per million"),
    "inHg": ("inch of mercury", "inches of mercury"),  # "29.92 inHg": an American barometer's reading
    "nm": ("nanometer", "nanometers"), "μm": ("micrometer", "micrometers"), "μg": ("microgram", "micrograms"),
    "kt": ("knot", "knots"), "kn": ("knot", "knots"), "kts": ("knot", "knots"), "psi": ("P S I", "P S I"),
    "tbsp": ("tablespoon", "tablespoons"), "tsp": ("teaspoon", "teaspoons"), "fl oz": ("fluid ounce", "fluid ounces"),
    # recipes capitalise the spoons ("2 Tbsp oil", "1 Tsp salt") or shorten the tablespoon further ("1 tbs")
    "Tbsp": ("tablespoon", "tablespoons"), "TBSP": ("tablespoon", "tablespoons"), "tbs": ("tablespoon", "tablespoons"),
    "Tbs": ("tablespoon", "tablespoons"), "Tsp": ("teaspoon", "teaspoons"),
    # the British dessertspoon between them ("2 dsp sugar", "1 dstspn oil"), and the spoons spelled longer or in the
    # plural ("1 tblsp", "3 tsps", "2 tbsps"): as written they went to the voice
    "dsp": ("dessertspoon", "dessertspoons"), "dstspn": ("dessertspoon", "dessertspoons"),
    "tblsp": ("tablespoon", "tablespoons"), "tbsps": ("tablespoon", "tablespoons"), "tsps": ("teaspoon", "teaspoons"),
    "qt": ("quart", "quarts"), "mcg": ("microgram", "micrograms"), "ng": ("nanogram", "nanograms"),
    "pg": ("picogram", "picograms"), "μs": ("microsecond", "microseconds"),
    "fps": ("frame per second", "frames per second"), "rpm": ("revolution per minute", "revolutions per minute"),
    "bpm": ("beat per minute", "beats per minute"), "mpg": ("mile per gallon", "miles per gallon"),
    "hp": ("horsepower", "horsepower"), "h": ("hour", "hours"),
    "bhp": ("brake horsepower", "brake horsepower"), "cwt": ("hundredweight", "hundredweight"),
    # the other horsepowers (a steam engine's nominal "6 nhp", a marine engine's indicated "ihp" or shaft "shp", a
    # tuned car's "whp" at the wheels) and rates per minute a trade writes short: a racing pigeon's yards ("1,412
    # ypm"), a typist's words, a climb's or a lift's feet, a pump's gallons and a fan's cubic feet ("wpm", "fpm",
    # "gpm", "cfm"); as written they went to the voice
    "nhp": ("nominal horsepower", "nominal horsepower"), "ihp": ("indicated horsepower", "indicated horsepower"),
    "shp": ("shaft horsepower", "shaft horsepower"), "whp": ("wheel horsepower", "wheel horsepower"),
    "ypm": ("yard per minute", "yards per minute"), "wpm": ("word per minute", "words per minute"),
    "fpm": ("foot per minute", "feet per minute"), "gpm": ("gallon per minute", "gallons per minute"),
    "cfm": ("cubic foot per minute", "cubic feet per minute"),
    "bbl": ("barrel", "barrels"), "Btu": ("British thermal unit", "British thermal units"),
    "MMBtu": ("million British thermal units", "million British thermal units"),  # gas prices "$2.89/MMBtu"
    "bu": ("bushel", "bushels"), "acre": ("acre", "acres"), "ac": ("acre", "acres"),
    "ppl": ("penny per liter", "pence per liter"), "lb-ft": ("pound foot", "pound feet"),
    "Nm": ("newton meter", "newton meters"),
    # science and engineering
    "dL": ("deciliter", "deciliters"), "dl": ("deciliter", "deciliters"),
    "μL": ("microliter", "microliters"), "μl": ("microliter", "microliters"),
    "mol": ("mole", "moles"), "mmol": ("millimole", "millimoles"),
    # a clinic's electrolytes ("K+ 5.9 mEq/L")
    "mEq": ("milliequivalent", "milliequivalents"), "meq": ("milliequivalent", "milliequivalents"),
    # concentrations and masses of molecules ("10 μM", "5 nM", "a 50 kDa protein")
    "mM": ("millimolar", "millimolar"), "μM": ("micromolar", "micromolar"), "nM": ("nanomolar", "nanomolar"),
    "kDa": ("kilodalton", "kilodaltons"),
    "μmol": ("micromole", "micromoles"), "umol": ("micromole", "micromoles"),
    "nmol": ("nanomole", "nanomoles"), "pmol": ("picomole", "picomoles"),
    "Pa": ("pascal", "pascals"), "hPa": ("hectopascal", "hectopascals"),
    "kPa": ("kilopascal", "kilopascals"), "MPa": ("megapascal", "megapascals"), "GPa": ("gigapascal", "gigapascals"),
    "mbar": ("millibar", "millibars"), "atm": ("atmosphere", "atmospheres"), "N": ("newton", "newtons"),
    "kN": ("kilonewton", "kilonewtons"), "J": ("joule", "joules"), "kJ": ("kilojoule", "kilojoules"),
    "MJ": ("megajoule", "megajoules"), "GJ": ("gigajoule", "gigajoules"), "eV": ("electronvolt", "electronvolts"),
    "keV": ("kiloelectronvolt", "kiloelectronvolts"), "MeV": ("megaelectronvolt", "megaelectronvolts"),
    "GeV": ("gigaelectronvolt", "gigaelectronvolts"), "TeV": ("teraelectronvolt", "teraelectronvolts"),
    "ly": ("light year", "light years"), "AU": ("astronomical unit", "astronomical units"),
    "kpc": ("kiloparsec", "kiloparsecs"), "Mpc": ("megaparsec", "megaparsecs"), "Gpc": ("gigaparsec", "gigaparsecs"),
    # gravity's small pulls as geophysics writes them ("a 5 mGal anomaly"), a utility's million gallons ("40 Mgal/d")
    # and a farm's livestock units ("1.4 LU/ha")
    "mGal": ("milligal", "milligals"), "μGal": ("microgal", "microgals"), "Mgal": ("million gallon", "million gallons"),
    "LU": ("livestock unit", "livestock units"),
    # three that another unit writes with the same letters, told by the sentence (ambiguousunits.named_by_talk):
    # a gun's load in grains ("a 168 gr bullet"; grams elsewhere), a dam's water in megalitres ("300 ML released";
    # millilitres on a label elsewhere), Hungary's forints ("2500 Ft."; feet elsewhere, never "Fort" after a number)
    "gr": ("grain", "grains"), "ML": ("megaliter", "megaliters"), "Ft": ("foot", "feet"),
    # and a railway's trains an hour, a quarry's or a plant's tonnes an hour ("4 tph", "a 300 tph crusher"; spelled
    # beside neither)
    "tph": ("T.P.H", "T.P.H"),
    # deep time, as geology and astronomy write it: a span ("13.8 Gyr") and a date before now ("66 Ma", "12 kya")
    "Myr": ("million years", "million years"), "Gyr": ("billion years", "billion years"),
    "Ma": ("million years ago", "million years ago"), "Ga": ("billion years ago", "billion years ago"),
    "kya": ("thousand years ago", "thousand years ago"), "kyr": ("thousand years", "thousand years"),
    "μF": ("microfarad", "microfarads"), "nF": ("nanofarad", "nanofarads"), "pF": ("picofarad", "picofarads"),
    "hh": ("hand", "hands"),  # a horse's height ("16 hh")
    "ga": ("gauge", "gauge"),  # a wire's, a sheet's or a shotgun's ("16 ga", "a 12 ga shotgun")
    "Wh": ("watt hour", "watt hours"), "kVA": ("kilovolt amp", "kilovolt amps"), "Ω": ("ohm", "ohms"),
    "kΩ": ("kilohm", "kilohms"), "MΩ": ("megohm", "megohms"), "Sv": ("sievert", "sieverts"),
    "mSv": ("millisievert", "millisieverts"), "μSv": ("microsievert", "microsieverts"), "Gy": ("gray", "grays"),
    "Gt": ("gigatonne", "gigatonnes"), "Mt": ("megatonne", "megatonnes"), "dpi": ("dot per inch", "dots per inch"),
    "ppi": ("pixel per inch", "pixels per inch"), "ppb": ("part per billion", "parts per billion"),
    "nmi": ("nautical mile", "nautical miles"), "KiB": ("kibibyte", "kibibytes"), "MiB": ("mebibyte", "mebibytes"),
    "GiB": ("gibibyte", "gibibytes"), "TiB": ("tebibyte", "tebibytes"), "PiB": ("pebibyte", "pebibytes"),
    "EiB": ("exbibyte", "exbibytes"), "TFLOPS": ("teraflop", "teraflops"),
    "Å": ("angstrom", "angstroms"),
    # A rate's change in hundredths of a percent ("a 50 bps hike"); a line's speed in thousands ("9600 bps") is
    # bits per second (units.py).
    "bp": ("basis point", "basis points"), "bps": ("basis point", "basis points"),
    # energy and mining reports: a plant's electric output, a panel's peak rating, an oil market's barrels a day
    # ("103 mb/d", "500,000 bpd"), a mine's ounces of gold ("1.2Moz"), a nation's energy or the ocean's heat
    "MWe": ("megawatt electric", "megawatts electric"), "GWe": ("gigawatt electric", "gigawatts electric"),
    "Wp": ("watt peak", "watts peak"), "mb/d": ("million barrels per day", "million barrels per day"),
    "b/d": ("barrel per day", "barrels per day"), "bpd": ("barrel per day", "barrels per day"),
    "koz": ("thousand ounces", "thousand ounces"), "Moz": ("million ounces", "million ounces"),
    "TJ": ("terajoule", "terajoules"), "PJ": ("petajoule", "petajoules"), "EJ": ("exajoule", "exajoules"),
    "ZJ": ("zettajoule", "zettajoules"),
    # a quantity of greenhouse gas as carbon dioxide's equivalent ("5.6 GtCO2e", "40 MtCO2e")
    "GtCO2e": ("gigatonne of CO2 equivalent", "gigatonnes of CO2 equivalent"),
    "MtCO2e": ("megatonne of CO2 equivalent", "megatonnes of CO2 equivalent"),
    "tCO2e": ("tonne of CO2 equivalent", "tonnes of CO2 equivalent"),
    # the gas itself, without its equivalents ("€85/tCO2", "5 tCO2": "euros/tCO two" it was)
    "GtCO2": ("gigatonne of CO2", "gigatonnes of CO2"), "MtCO2": ("megatonne of CO2", "megatonnes of CO2"),
    "tCO2": ("tonne of CO2", "tonnes of CO2"),
    # ... and in grams or kilograms, the measure of an emission's intensity per a distance, a unit of energy or a trip
    # ("120 gCO2/km", "180 gCO2e/kWh", "250 kgCO2e": "G.C.O two or km" it was)
    "gCO2": ("gram of CO2", "grams of CO2"), "gCO2e": ("gram of CO2 equivalent", "grams of CO2 equivalent"),
    "kgCO2": ("kilogram of CO2", "kilograms of CO2"),
    "kgCO2e": ("kilogram of CO2 equivalent", "kilograms of CO2 equivalent"),
    # a bitcoin fee rate, satoshis per virtual byte ("5-15 sats/vB"; "sats/vB" it was)
    "sat/vB": ("satoshi per virtual byte", "satoshis per virtual byte"),
    "sats/vB": ("satoshi per virtual byte", "satoshis per virtual byte"),
    # an old document's or a horse sale's price in guineas ("5 gns", "1,200 gns"); "gns" means nothing else
    "gns": ("guinea", "guineas"),
    # physics and astronomy: a far-infrared band, a radio source's flux ("2.4 THz", "10 Jy")
    "THz": ("terahertz", "terahertz"), "Jy": ("jansky", "janskys"), "mJy": ("millijansky", "millijanskys"),
    # a circuit's small resistances and inductors ("10 mΩ", "10 μH", "4.7 mH", "100 nH")
    # astronomy's units of the Sun and the Earth ("1.4 M⊙", "a 3 R⊕ planet"; tidy writes the Sun's "☉" as "⊙", which
    # it keeps from the emoji it drops)
    "M⊙": ("solar mass", "solar masses"), "L⊙": ("solar luminosity", "solar luminosities"),
    "R⊙": ("solar radius", "solar radii"), "M⊕": ("Earth mass", "Earth masses"), "R⊕": ("Earth radius", "Earth radii"),
    "mΩ": ("milliohm", "milliohms"), "μH": ("microhenry", "microhenries"), "mH": ("millihenry", "millihenries"),
    "nH": ("nanohenry", "nanohenries"),
    # the world's data, past the petabyte ("3 EB", "1 ZB")
    "EB": ("exabyte", "exabytes"), "ZB": ("zettabyte", "zettabytes"),
    # a lab's smallest concentrations ("5 pM"), beside its nanomolar
    "pM": ("picomolar", "picomolar"), "fM": ("femtomolar", "femtomolar"),
    # a screen's or a stylesheet's pixels ("1920 px", "16px")
    "px": ("pixel", "pixels"),
    # a floor's or a roof's load after a bare count ("40 psf"); after a price, "£25 psf" is per square foot (words.py)
    "psf": ("pound per square foot", "pounds per square foot"),
    # a computer's speed past the teraflop ("1.1 EFLOPS", "a 200 PFLOPS machine"), and below it
    "GFLOPS": ("gigaflop", "gigaflops"), "PFLOPS": ("petaflop", "petaflops"), "EFLOPS": ("exaflop", "exaflops"),
    # radioactivity: an activity's becquerels and curies ("450 Bq/kg", "3.5 MBq", "10 mCi")
    "Bq": ("becquerel", "becquerels"), "kBq": ("kilobecquerel", "kilobecquerels"),
    "MBq": ("megabecquerel", "megabecquerels"), "GBq": ("gigabecquerel", "gigabecquerels"),
    "TBq": ("terabecquerel", "terabecquerels"), "PBq": ("petabecquerel", "petabecquerels"),
    "Ci": ("curie", "curies"), "mCi": ("millicurie", "millicuries"), "μCi": ("microcurie", "microcuries"),
    # a flat's floor area as estate agents abroad write it ("85 sqm", "a 40 sqft studio")
    "sqm": ("square meter", "square meters"), "sqft": ("square foot", "square feet"),
    # a nation's energy in tonnes of oil equivalent ("12 Mtoe", "450 ktoe")
    "Mtoe": ("million tonnes of oil equivalent", "million tonnes of oil equivalent"),
    "ktoe": ("thousand tonnes of oil equivalent", "thousand tonnes of oil equivalent"),
    # a lens's resolution in line pairs per millimeter ("80 lp/mm")
    "lp/mm": ("line pair per millimeter", "line pairs per millimeter"),
}
BITS_PER_SECOND = ("bit per second", "bits per second")

# (AP style abbreviation without its stop, postal code, name)
STATES = (
    ("Ala", "AL", "Alabama"), ("", "AK", "Alaska"), ("Ariz", "AZ", "Arizona"), ("Ark", "AR", "Arkansas"),
    ("Calif", "CA", "California"), ("Colo", "CO", "Colorado"), ("Conn", "CT", "Connecticut"),
    ("Del", "DE", "Delaware"), ("Fla", "FL", "Florida"), ("Ga", "GA", "Georgia"), ("", "HI", "Hawaii"),
    ("", "ID", "Idaho"), ("Ill", "IL", "Illinois"), ("Ind", "IN", "Indiana"), ("", "IA", "Iowa"),
    ("Kan", "KS", "Kansas"), ("Ky", "KY", "Kentucky"), ("La", "LA", "Louisiana"), ("", "ME", "Maine"),
    ("Md", "MD", "Maryland"), ("Mass", "MA", "Massachusetts"), ("Mich", "MI", "Michigan"),
    ("Minn", "MN", "Minnesota"), ("Miss", "MS", "Mississippi"), ("Mo", "MO", "Missouri"),
    ("Mont", "MT", "Montana"), ("Neb", "NE", "Nebraska"), ("Nev", "NV", "Nevada"),
    ("N.H", "NH", "New Hampshire"), ("N.J", "NJ", "New Jersey"), ("N.M", "NM", "New Mexico"),
    ("N.Y", "NY", "New York"), ("N.C", "NC", "North Carolina"), ("N.D", "ND", "North Dakota"),
    ("", "OH", "Ohio"), ("Okla", "OK", "Oklahoma"), ("Ore", "OR", "Oregon"), ("Pa", "PA", "Pennsylvania"),
    ("R.I", "RI", "Rhode Island"), ("S.C", "SC", "South Carolina"), ("S.D", "SD", "South Dakota"),
    ("Tenn", "TN", "Tennessee"), ("Tex", "TX", "Texas"), ("", "UT", "Utah"), ("Vt", "VT", "Vermont"),
    ("Va", "VA", "Virginia"), ("Wash", "WA", "Washington"), ("W.Va", "WV", "West Virginia"),
    ("Wis", "WI", "Wisconsin"), ("Wyo", "WY", "Wyoming"), ("D.C", "DC", "D.C"),
)

# Airlines' codes that name nothing else, before a flight's number without the word "flight" ("BA 2490", "EZY 8571").
AIRLINE_CODES = word_set(
    "BA VS EZY FR RYR LH AF KL AA UA DL WN B6 EK QR EY SQ CX QF IB VY AZ TK LX JL NH MU CZ MH TG VN WS F9 NK G4"
)

# The busiest airports' codes, which a route joins in pairs ("LHR-SIN", "MAN-PMI"): a pair of them is a flight's way
# from one to the other. Only hubs and holiday airports that travel pages name, none a currency's code ("EUR", "USD")
# or a broadcaster's ("NBC", "ITV"), so that two other three-letter codes joined by a hyphen stay as they are.
AIRPORT_CODES = word_set(
    "ATL DFW DEN ORD LAX JFK LGA EWR BOS SFO SEA LAS MCO MIA FLL PHX IAH DTW MSP CLT PHL IAD DCA BWI SAN SLC TPA PDX "
    "HNL AUS BNA MSY STL MDW OAK SJC YYZ YVR YUL YYC MEX CUN GRU GIG EZE BOG LIM SCL PTY "
    "LHR LGW STN LTN LCY MAN EDI GLA BHX BRS NCL LPL ABZ BFS DUB SNN ORK CDG ORY NCE LYS MRS AMS BRU FRA MUC BER DUS "
    "HAM CGN STR ZRH GVA VIE MAD BCN PMI AGP ALC IBZ TFS LPA ACE FUE SVQ VLC LIS OPO FAO FCO MXP LIN VCE NAP BLQ "
    "PSA CTA ATH HER RHO CFU JMK JTR SKG IST SAW AYT DLM BJV CPH ARN OSL BGO HEL KEF WAW KRK PRG BUD OTP SOF DBV SPU "
    "MLA LCA PFO TLV AMM DXB DWC AUH DOH BAH KWI MCT JED RUH CAI HRG SSH RAK CMN TUN JNB CPT NBO ADD LOS "
    "DEL BOM BLR MAA HYD CCU COK GOI CMB MLE KTM SIN KUL BKK DMK HKT CNX HKG MFM TPE PVG SHA PEK PKX SZX CTU "
    "ICN GMP NRT HND KIX ITM FUK CTS MNL CEB CGK DPS SGN HAN DAD PNH REP RGN SYD MEL BNE PER ADL CBR OOL CNS AKL "
    "CHC WLG ZQN NAN PPT"
)

# Canada's provinces and territories and Australia's states as addresses write them after a town ("Toronto, ON",
# "Melbourne, VIC"); read by the US states' rule. Not "WA" or "NT", which name other places too.
PROVINCES = (
    ("AB", "Alberta"), ("BC", "British Columbia"), ("MB", "Manitoba"), ("NB", "New Brunswick"),
    ("NL", "Newfoundland and Labrador"), ("NS", "Nova Scotia"), ("NU", "Nunavut"), ("ON", "Ontario"),
    ("PE", "Prince Edward Island"), ("QC", "Quebec"), ("SK", "Saskatchewan"), ("YT", "Yukon"),
    ("NSW", "New South Wales"), ("VIC", "Victoria"), ("Vic", "Victoria"), ("QLD", "Queensland"),
    ("Qld", "Queensland"), ("TAS", "Tasmania"), ("Tas", "Tasmania"), ("ACT", "the Australian Capital Territory"),
    ("SA", "South Australia"),
)

# Units of length that take a power: "km2" and "km²" are square kilometers, "m3" cubic meters.
LENGTHS = frozenset({"mm", "cm", "m", "km", "ft", "mi", "yd", "nm", "μm"})
# Units of one quantity: "250g/9oz" and "180°C/350°F" give one amount two ways ("or"), where "5 mg/kg" is per.
SAME_QUANTITY = (
    LENGTHS | {"in.", "yds"},
    frozenset({"mg", "g", "kg", "oz", "lb", "lbs", "t", "mcg", "μg", "ng"}),
    frozenset({"ml", "mL", "l", "L", "cl", "dL", "dl", "gal", "qt", "fl oz", "tsp", "tbsp", "Tbsp", "TBSP", "tbs",
               "Tbs", "Tsp", "dsp", "dstspn", "tblsp", "tbsps", "tsps"}),
    frozenset({"°C", "°F", "° C", "° F"}),
    frozenset({"mph", "km/h", "kmh", "kph", "kmph", "m/s", "kt", "kn"}),
    frozenset({"KB", "kB", "MB", "GB", "TB", "PB"}),  # "256GB/512GB/1TB": the sizes a device comes in
    frozenset({"Hz", "kHz", "MHz", "GHz"}),  # "2.4GHz/5GHz": a router's two bands
    frozenset({"kJ", "kcal", "cal"}),  # "190kJ/45kcal": a label's energy in both units
    frozenset({"W", "kW", "MW"}),  # "100W/200W", "110V/220V": the settings or the mains a device takes
    frozenset({"V", "kV"}),
)
POWERS = {"2": "square", "3": "cubic"}
# Units that prose writes only with a power, never alone after a number ("140 fb⁻¹", a collider's data: "140 fb"
# alone is no measure): read only in a chain of powered units (poweredunits.py).
POWERED_ONLY_UNITS = {"fb": ("femtobarn", "femtobarns"), "pb": ("picobarn", "picobarns"),
                      "ab": ("attobarn", "attobarns"), "nb": ("nanobarn", "nanobarns")}
# Time after a slash: "20 g/day", "$5/mo", an energy label's "148 kWh/annum" (said "per annum", as written).
PERIODS = {"s": "second", "sec": "second", "min": "minute", "h": "hour", "hr": "hour", "hour": "hour",
           "d": "day", "day": "day", "wk": "week", "week": "week", "mo": "month", "month": "month",
           "y": "year", "yr": "year", "year": "year", "annum": "annum", "nt": "night", "night": "night",
           "decade": "decade"}  # a warming's rate, "0.2 °C/decade" ("degrees Celsius or decade" it was)
# Kinds of year written against their number: "FY2024/25", "CY24", "AY2023-24" (fiscal, calendar, academic).
YEAR_KINDS = ("FY", "CY", "AY")
SCALES = {
    "thousand": "thousand", "k": "thousand", "K": "thousand",
    "million": "million", "m": "million", "mn": "million", "M": "million", "mln": "million",
    "billion": "billion", "bn": "billion", "Bn": "billion", "BN": "billion", "b": "billion", "B": "billion",
    "bln": "billion",  # the wires' "$3.2 bln", beside their "mln"
    "trillion": "trillion", "tn": "trillion", "trn": "trillion", "T": "trillion", "tr": "trillion",
    "quadrillion": "quadrillion", "quintillion": "quintillion",  # a national debt in yen, the world's derivatives
    # Indian English: a lakh is a hundred thousand, a crore ten million; said as they are written.
    "lakh crore": "lakh crore", "lakh": "lakh", "lakhs": "lakh", "crore": "crore", "crores": "crore",
    # headlines in capitals or title case: "$5 MILLION DEAL", "A $2 Billion Loss"
    "THOUSAND": "thousand", "MILLION": "million", "BILLION": "billion", "TRILLION": "trillion",
    "Thousand": "thousand", "Million": "million", "Billion": "billion", "Trillion": "trillion",
}

# Time zones as written after a clock time ("6 p.m. IST", "9am AEST"). Engines read some as words ("AEST" as
# "east", "CEST" as "sest"), so a zone after a time is spelled; the ones that are also words ("EAT", "WEST") only there.
TIME_ZONES = word_set(
    "GMT UTC BST IST CET CEST EET EEST MSK ET PT CT MT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT "
    "AEST AEDT ACST ACDT AWST NZST NZDT JST KST HKT SGT PHT WIB SAST WAT CAT EAT WET WEST "
    # astronomy's universal time, after a time with its seconds ("21:03:11 UT" was a duration, "twenty one hours...")
    "UT"
)
# and zones whose codes are words, of South America, Afghanistan, eastern Indonesia and the Marquesas ("at 18:00 ART"
# was "art", "10:30 PET" "pet"): a zone only after a clock ("the VET said", "ART supplies" are words), so not among
# the zones the capitals' rule spells wherever they stand.
CLOCK_ZONES = TIME_ZONES | word_set("ART PET BOT VET AFT WIT MART")
# Initialisms that are also common words, spelled after "the": "the WHO said", "the SAT".
# A light-emitting diode too: "the LED flashes", "LED bulbs" ("She LED the charge" is a word in capitals).
INITIALISMS_AFTER_THE = frozenset({"WHO", "SAT", "ACT", "LED"})
# ... and before these nouns: "WHO guidelines", "SAT scores" ("WHO cares" stays the word).
NOUNS_AFTER_INITIALISMS = word_set(
    "score scores test tests exam exams prep results guidelines guidance report reports official officials chief "
    "director spokesman spokeswoman spokesperson data figures member members states chart charts"
    " light lights lighting bulb bulbs lamp lamps screen screens display displays strip strips indicator panel panels"
)
# "IT" before these is information technology ("IT support", "IT spending"); elsewhere it is "it" in capitals.
NOUNS_AFTER_IT = word_set(
    "support department departments staff spending sector systems system services service worker workers team teams "
    "company companies firm firms industry outage outages budget budgets manager managers security infrastructure "
    "director professionals skills consultant consultants giant giants project projects jobs job helpdesk"
)

# Britain's street types, as a council's or a notice's address writes them: "14 Laurel Gdns", "Marine Pde", "Mill Cl",
# "Portland Ind Est" (after a name only: "Cl-" ions, "Gr. 5", "a 6 pk" and an ordinal's "1st Cl." have none).
BRITISH_STREET_TYPES = {
    "Pk": "Park", "Gdns": "Gardens", "Pde": "Parade", "Terr": "Terrace", "Bldgs": "Buildings", "Cl": "Close",
    "Gr": "Grove", "Wy": "Way", "Mws": "Mews", "Wlk": "Walk", "Ind Est": "Industrial Estate",
}
# Street types after a street's name (USPS abbreviations, and Britain's), read in full: "Baker St" -> "Baker Street".
STREET_TYPES = {
    "St": "Street", "Ave": "Avenue", "Av": "Avenue", "Rd": "Road", "Blvd": "Boulevard", "Dr": "Drive",
    "Ln": "Lane", "Ct": "Court", "Pl": "Place", "Pkwy": "Parkway", "Hwy": "Highway", "Ter": "Terrace",
    "Cir": "Circle", "Sq": "Square", "Expy": "Expressway", "Fwy": "Freeway", "Trl": "Trail", "Cres": "Crescent",
    **BRITISH_STREET_TYPES,
}
# Compass points before a street's name: "N 5th St" -> "North Fifth Street".
DIRECTIONS = {"N": "North", "S": "South", "E": "East", "W": "West",
              "NE": "Northeast", "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}
# The sixteen points of the compass, as a weather report says a wind's direction: "winds NW" -> "winds northwest".
COMPASS_POINTS = {
    "N": "north", "NNE": "north-northeast", "NE": "northeast", "ENE": "east-northeast", "E": "east",
    "ESE": "east-southeast", "SE": "southeast", "SSE": "south-southeast", "S": "south", "SSW": "south-southwest",
    "SW": "southwest", "WSW": "west-southwest", "W": "west", "WNW": "west-northwest", "NW": "northwest",
    "NNW": "north-northwest",
}
# Hosts whose links are opaque codes: a listener gains nothing from hearing one spelled out.
LINK_SHORTENERS = frozenset({
    "t.co", "bit.ly", "goo.gl", "tinyurl.com", "ow.ly", "buff.ly", "dlvr.it", "is.gd", "lnkd.in", "fb.me",
    "youtu.be", "amzn.to", "trib.al", "tiny.cc", "rebrand.ly", "shorturl.at", "cutt.ly", "t.ly", "wp.me",
    "apple.co", "spoti.fi", "on.ft.com", "nyti.ms", "wapo.st", "reut.rs", "bbc.in", "cnn.it", "flip.it",
})
# A file's extensions, beyond those the list of web suffixes holds: "README.md", "main.rs", "IMG_0042.JPG" (two
# letters or more; "c" and "h" are left out: "Co.c" is no file).
FILE_EXTENSIONS = (
    "md", "rst", "rs", "ts", "tsx", "jsx", "sh", "rb", "java", "cpp", "hpp", "php", "css", "scss", "yaml", "yml",
    "toml", "ini", "cfg", "conf", "log", "sql", "db", "tex", "bib", "ipynb", "swift", "kt", "lua", "dll", "iso",
    "dmg", "apk", "msi", "deb", "rpm", "tar", "gz", "tgz", "xz", "rar", "svg", "webp", "tif", "tiff", "bmp", "heic",
    "mov", "avi", "mkv", "wav", "flac", "ogg", "m4a", "epub", "mobi", "rtf", "odt", "ods", "psd", "jpg", "jpeg",
    "png", "gif", "pdf", "txt", "csv", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "mp3", "mp4", "html",
    "htm", "exe", "py", "js", "json", "xml",
)
# arXiv's archives as its identifiers before April 2007 name them ("hep-th/9711200", "math/0211159"), as physicists
# and mathematicians say them: a name's letters that are no word spelled ("hep-th" is "hep T H").
ARXIV_ARCHIVES = {
    "hep-th": "hep T.H", "hep-ph": "hep P.H", "hep-ex": "hep E.X", "hep-lat": "hep lat", "astro-ph": "astro P.H",
    "cond-mat": "cond mat", "gr-qc": "G.R Q.C", "math-ph": "math P.H", "nucl-th": "nucl T.H", "nucl-ex": "nucl E.X",
    "quant-ph": "quant P.H", "math": "math", "physics": "physics", "nlin": "N lin", "cs": "C.S", "q-bio": "Q bio",
    "q-fin": "Q fin", "stat": "stat", "chao-dyn": "chao dyn", "solv-int": "solv int", "patt-sol": "patt sol",
    "alg-geom": "alg geom", "dg-ga": "D.G G.A", "funct-an": "funct an", "q-alg": "Q alg", "adap-org": "adap org",
    "cmp-lg": "C.M.P L.G",
}
# and the source files a compiler's or a linter's message names with a line (and a column) after it
# ("handler.go:91:22", "parse.c:311"), beyond those above: only there are they taken for files ("go" and "c" are words
# and letters).
SOURCE_EXTENSIONS = (
    *FILE_EXTENSIONS,
    "go", "c", "h", "cc", "hh", "cxx", "cs", "fs", "hs", "ml", "ex", "exs", "erl", "vue", "svelte", "dart", "jl", "zig",
    "scala", "clj", "kts", "mjs", "cjs", "pyi", "pl", "r", "m", "mm", "tf", "proto", "gradle",
)

# Plural nouns that count: a four-digit number before one is an amount, not a year ("1240 miles long",
# "some 1650 people"), with the unit names of UNITS.
# Keys as shortcuts name them ("Ctrl+Alt+Del", "Cmd+Shift+4"), said as their names; the rest are said as written.
KEY_NAMES = {
    "Ctrl": "Control", "Control": "Control", "Cmd": "Command", "Command": "Command", "Alt": "Alt", "Shift": "Shift",
    "Opt": "Option", "Option": "Option", "Win": "Windows", "Fn": "Function", "Del": "Delete", "Delete": "Delete",
    "Esc": "Escape", "Tab": "Tab", "Enter": "Enter", "Return": "Return", "Space": "Space", "Ins": "Insert",
    "PgUp": "Page Up", "PgDn": "Page Down", "Home": "Home", "End": "End", "Super": "Super", "Meta": "Meta",
    "+": "Plus", "-": "Minus", "=": "Equals",
}

# Makers whose three-digit models are said in pairs ("Porsche 911" is "nine eleven", "Peugeot 208" "two o eight").
# Software whose releases are numbered major.minor: "Python 3.12" is "three point twelve", never "point one two".
VERSIONED_SOFTWARE = word_set(
    "Python Node Node.js iOS iPadOS macOS watchOS Android Windows Ubuntu Debian Fedora Java Ruby PHP Rust Kotlin Swift"
    " Chrome Firefox Safari Linux kernel Django Rails React Angular Vue PostgreSQL Postgres MySQL Redis Kubernetes"
    " Docker Terraform Perl Go TypeScript Xcode Unity Blender Photoshop Excel Office Electron Flutter Dart Scala"
    " Elixir Erlang Haskell Julia Lua NumPy pandas Pandas TensorFlow PyTorch Llama Gemini GPT Claude Mistral Qwen"
)
# Releases named by their year and month ("Ubuntu 24.04", "Kubuntu 22.10"): said as their users say them, "twenty four
# oh four", not as a decimal.
YEAR_MONTH_RELEASES = word_set("Ubuntu Kubuntu Xubuntu Lubuntu Edubuntu")
# words of a sentence that speaks of chess, where a piece's move standing alone ("Rc8", "Nxe5") is one: a move's
# or a game's words, the pieces and the sides (a move's shape is rare enough that one of them settles it).
CHESS_WORDS = word_set(
    "chess move moves moved played plays replied answered sacrifice sacrificed sacrificing pawn pawns rook rooks knight"
    " knights bishop bishops queen queens king kings check checkmate mate castled opening endgame grandmaster blunder"
    " blundered Black White resigned draw drawn"
)
# The bodies whose initials stand before a standard's number ("ISO 12312-2", "BS EN 1176-1:2017", "IEC 60601-1"): after
# them a hyphen joins the standard's part and a colon its year, where elsewhere they would be a span and a ratio.
STANDARD_BODIES = word_set("ISO IEC EN BS DIN")
MODEL_MAKERS = word_set(
    "Porsche Peugeot Volvo Ferrari Saab Fiat Mazda Nissan Maserati Lotus Cessna Airbus Embraer Bombardier Learjet"
    " Xbox"  # "the Xbox 360": three sixty
)

# What a screen's resolution in thousands of pixels describes: "two 2.2K screens", "a 2.5K panel" are "two point two
# K", not thousands of screens.
SCREEN_NOUNS = word_set("screen screens display displays monitor monitors panel panels TV TVs television televisions "
                        "resolution video videos footage OLED LCD")
COUNTED_NOUNS = word_set(
    "acres tons people persons men women children soldiers troops sailors copies pages words votes members "
    "students employees workers residents inhabitants households families species deaths cases dollars euros "
    "ships horses cattle sheep guns rifles houses miles feet yards meters metres kilometres staff personnel "
    "livestock poultry police "
    # what a season, a petition or a box office counts ("scored 1450 points", "gathered 1920 signatures": counts,
    # where "the 1920 season" stays a year; a year's word before them, "in", "by", "the", still makes them one). Every
    # one ends in "s", so the plural looks of money.py and scales.py are unchanged.
    "points goals runs wickets signatures titles tickets visitors spectators fans subscribers followers downloads "
    "patients passengers customers jobs entries applications complaints arrests calls emails messages"
) | frozenset(plural for _, plural in UNITS.values() if " " not in plural)

# Things counted out of a whole after "N/M": "12/20 seats", "11/12 questions", "7/10 games" are "twelve out of
# twenty seats", never a date or "eleven twelfths questions".
OUT_OF_NOUNS = word_set(
    "seats questions answers goals games matches races wins attempts tests exams penalties shots votes stars points"
)

# A place in a series, or one of a consignment's or a set's numbered pieces, before "N/M" with N no more than M:
# "Step 1/3", "Episode 3/6", "Pallet 2/14", "Box 3/12", "Disc 2/2" are "two of fourteen", never a date ("Pallet
# February fourteenth" it was) nor a fraction ("Box three twelfths"). As a pattern's words, the capital or not.
SERIES_PLACES = (
    r"[Ss]tep|[Pp]art|[Ee]pisode|[Ee]p\.?|[Cc]hapter|[Tt]hread|[Pp]age|[Dd]ay|[Ww]eek|[Rr]ound|[Ss]tage|[Gg]ame"
    r"|[Qq]uestion|[Ll]esson|[Ss]lide|[Pp]hoto|[Ii]mage|[Vv]ideo|[Tt]weet|[Pp]ost|[Ll]eg|[Hh]eat"
    r"|[Pp]allet|[Bb]ox|[Cc]arton|[Cc]rate|[Pp]arcel|[Pp]ackage|[Dd]isc|[Dd]isk|[Tt]ape|[Rr]eel|[Ss]heet|[Ii]tem"
)

# Talk of betting, as a pattern's words: a number over a smaller one near them is a price ("backed at 100/1", "won the
# Derby at 5/2", "drifted out to 18/1", "Ladbrokes cut her to 13/2"), never a fraction nor a day of a month.
BETTING_WORDS = (
    r"bet|bets|betting|backed|bookmakers?|bookies?|punters?|wager\w*|each[- ]way|tipped|priced|odds-on|odds"
    r"|went off at|starting price|favou?rites?|outsider|accumulators?|accas?|jockeys?|trainers?|handicap|furlongs?"
    r"|racecourse|Derby|Grand National|Gold Cup|Guineas|drift(?:ed|ing) out|shortened|Ladbrokes|William Hill"
    r"|Paddy Power|Betfair|[Bb]et365|Betfred|Sky Bet|evens|tipsters?|at the off|the field"
    # a bet of several legs, by its stake or its kind, or priced after "at" ("a £5 double at 6/4 and 9/4", "a win
    # treble", "a lucky 15": "six quarters and nine quarters" they were); a player's "2 double faults" is none
    r"|\d (?:double|treble)s?(?! fault)|(?:win|place) (?:double|treble)s?"
    r"|(?:double|treble|acca|accumulator)s? at(?= \d)|trixies?|tricasts?|lucky (?:15|31|63)"
    # the horses priced: "the horse is 14/1 to 20/1 for the race"
    r"|horses?|colts?|fill(?:y|ies)|mares?|geldings?|stallions?|for the race"
    # the starting price's label before its price ("Sea Bird SP 13/8"; "SP" alone is a party or a city)
    r"|(?-i:SP)(?= \d{1,3}/\d)"
)
# another price odds-on, of the ladder below evens in fifths or finer ("Arkle 2/5 on, Mill House 13/8": runners'
# prices, no date among them; a half or a quarter "on" may be a dial's turn, "by 13/8 on." a date). Apart from
# BETTING_WORDS: a pattern led by a digit is entered at every digit of a date's window, so it is asked only where the
# text holds a second slash.
ODDS_ON_PRICE = (r"(?<![\w/])(?:1/(?:[5-9]|10)|2/(?:5|7|9|11|13|15)|3/10|4/(?:5|6|7|9|11)|5/6|8/(?:11|13|15)|10/11)"
                 r" on(?=\s*[,;.)]|$)")

# What a price is quoted on, after "to": "Arsenal are 13/8 to win the league", "15/2 to beat City".
PRICE_VERBS = word_set("win beat score lift qualify finish top claim retain land")

# Talk of cricket, as a pattern's words: "245/6" near them is runs for wickets; a total under forty ("23/2") only
# near the words that name wickets or overs ("runs" alone is a bus's or a shop's).
# One over named by its place: "17/4 in the fourth over", "after the 12th over" ("over" alone is too common a word).
_ONE_OVER = (r"(?:in|of|after) the (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
             r"|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|last|final|same|next|opening|penultimate|previous) over")
# "runs" the noun, after a count or a word that counts or scores them ("87 runs", "needed 45 more runs"): the verb
# ("The show runs 15/1 to 20/1", "it runs until") is no cricket.
# Led by "runs", each word before it a look behind of its own width: led by the words, the alternation was tried at
# every word of every sentence the rules look near.
_RUNS = "runs(?:(?<=\\druns)|(?<=\\d runs)|" + "|".join(
    rf"(?<={word} runs)" for word in ("more", "fewer", "many", "extra", "quick", "of", "the", "scored", "scoring",
                                     "conceded", "conceding", "made", "added", "needed", "needing", "need", "needs",
                                     "his", "her", "their", "ty", "teen", "few", "some")) + ")"
# (a scorecard's and an unbeaten batter's words too: "Scorecard: Khan 64*, Ali 12" is "sixty four not out")
# and a chase's margin in the balls left ("India reached 277-4 with 11 balls to spare", "with two deliveries
# remaining"): no other game counts them so (inside the branches for "b" and "de": each branch more is tried at every
# word of every sentence the rules look near)
CRICKET_WORDS = (
    r"[Ww]ickets?|wkts?|stumps|overs|innings|de(?:clared|liveries (?:to spare|remaining))|all out|[Ss]corecards?"
    r"|unbeaten|[Bb]att(?:ing|ed)|[Bb](?:owl(?:ed|ing|ers?)|alls? (?:to spare|remaining))|[Cc]ricket"
    rf"|T20|ODI|Test|at (?:tea|lunch)|chas(?:e|ed|ing)|{_RUNS}|ov|figures of|off \d+ balls|not out|{_ONE_OVER}"
)
WICKET_WORDS = rf"[Ww]ickets?|wkts?|overs|innings|all out|stumps|declared|{_ONE_OVER}"
# a scorecard's innings, a side's total (its wickets, maybe declared) before a bracket that opens with a batter's
# score or a bowler's figures ("Eng 245 (Root 97, Cummins 4-50) & 178", "312-7 dec (Smith 104*, Stokes 3-55)"): no
# other table prints a total so, and such a line holds no word of cricket to tell its figures and stars by.
INNINGS_LINE = r"\b\d{2,3}(?:[-/]\d{1,2}(?: dec)?)? \([A-Z][\w'’-]+ \d{1,3}(?:\*|-\d{1,3})?[,)]"
# The sides a scorecard shortens at the head of its innings ("Eng 245 & 178", "Aus 265"), said as their names.
CRICKET_SIDES = {"Eng": "England", "Aus": "Australia", "Ind": "India", "Pak": "Pakistan", "NZ": "New Zealand",
                 "SA": "South Africa", "WI": "West Indies", "SL": "Sri Lanka", "Ban": "Bangladesh",
                 "Afg": "Afghanistan", "Ire": "Ireland", "Zim": "Zimbabwe"}

# A box score's capitals after a count, said as the words they stand for where another such count stands by them
# ("54 HR and 59 SB", "3 TD, 1 INT"): singular and plural. "RBI", "ERA", "AVG" are said as written (spelled or as a
# word) but show that the capitals are a box score's ("62 HR, 144 RBI"); alone, "24 HR" is as often hours.
BOX_SCORE_WORDS = {
    "HR": ("home run", "home runs"), "SB": ("stolen base", "stolen bases"), "TD": ("touchdown", "touchdowns"),
    "INT": ("interception", "interceptions"),
}
# a gridiron report's yards count too, "caught 7 passes for 96 yards and a TD" ("a T.D" it was)
BOX_SCORE_OTHERS = ("RBI", "ERA", "AVG", "OPS", "BB", "SO", "K", "H", "R", "TDs", "INTs", "HRs", "yards")

# A race's results list: a place before a runner's initials ("1st J. Brown", "2nd P. Singh"), an age category in
# brackets ("(M50)", "(F40)", "(U15)", "(V45)", "(MV40)"), or a results word. Where one stands in the sentence,
# minutes and seconds after a bracket or a name ("(Harriers) 33:12", "P. Singh 17:40") are a finishing time, never a
# score after a team's bracket nor a clock ("Leeds (H) 15:00" and "AC Milan (A) 20:45" hold none).
RESULTS_LIST = (r"\b\d{1,3}(?:st|nd|rd|th)\s(?:[A-Z]\.\s?)+[A-Z]|\((?:[MFWU]|[MFW]?V|V[MF]|S[MW])\d{2}\)"
                r"|\b(?:Results?|PB|[Cc]ourse record|finished in|[Hh]arriers|Striders|Joggers|Road Runners|parkrun)\b")

# What a race does on its day, as the verb after its distance ("The 10k starts at 9am", "the 5K loops the lake"): after
# an article, "10k" before one of these is a race, never ten thousand counted ("the 10k goes to charity" may be money,
# and "takes", "raises", "goes" are left out for that).
RACE_VERBS = word_set(
    "starts begins finishes ends opens closes returns runs loops winds passes follows leaves departs heads kicks"
)

# Baseball's words: where one stands in the sentence, "HR" is a home run ("a HR in the 7th inning"), not human
# resources nor a House bill.
BASEBALL_WORDS = word_set(
    "inning innings RBI RBIs pitcher pitchers pitched pitching batting batter batters homer homers homered MLB ballpark"
    " dugout bullpen baseball shortstop outfield outfielder strikeout strikeouts slugger"
)

# The words that label a number as a file's, a case's, a route's or a series' ("Case 2021/45", "Route No 138/3",
# "CCI Notes 16/5", "Circular 14/2"): the number after them is said in its parts around "slash", never a fraction nor
# a date ("No" may be "number" already).
NUMBER_LABELS = (
    r"[Nn]umber|[Nn]os?\.?|[Cc]ase|[Ff]ile|[Rr]oute|[Rr]ef\.?|[Rr]eference|[Dd]ocket|[Rr]egulation|[Dd]irective"
    r"|[Rr]esolution|[Dd]ecision|Notes?|Circulars?|Bulletins?|Issues?|Series|Volume|Vol\."
)

# What a day-like "16/9" or "18/10" names before these is a proportion or a grade, never a date: "a 16/9 aspect
# ratio", "16/9 widescreen", "a 21/9 monitor", "18/10 stainless steel", "14/2 cable" (a wire's gauge and its cores).
PROPORTION_NOUNS = word_set(
    "aspect widescreen ultrawide ratio format monitor monitors screen screens display displays stainless steel cable "
    "wire gauge"
)

# Social networks by name: a handle in brackets after one is the account to follow ("on X (@example)"), where after
# a person's name it repeats the name.
SOCIAL_NETWORKS = word_set(
    "X Twitter Instagram TikTok Threads Bluesky Facebook YouTube Mastodon LinkedIn Snapchat Telegram Twitch Reddit"
)

# Words that name a thing by a letter after them ("council tax band E.", "take vitamin D.", "Plan B."): that letter's
# stop may end the sentence, where an initial's would not.
LETTER_LABELS = word_set(
    "band grade class type vitamin plan category group block zone wing level tier row gate terminal platform stand"
    " appendix annex annexe schedule exhibit option route size section part unit flat suite hepatitis division league"
    " model"
)

# A number keyed in or read out to someone, never counted, is named by a label ("Meeting ID: 845 2291 0037", "PIN
# 4821", "quote reference 4471 2290") or by what it belongs to before "number", "code" or "ending" ("account number
# 12345678", "card ending 4421", "security code 482"), in any case.
# Australia's business, company and tax file numbers and India's identity number are said digit by digit too.
# A shop's stock-keeping unit is such a code too ("SKU 100234"), and so is a charity's or a vehicle's registered
# number ("registered charity no. 1098765", "registration number 4471"); an order's or an invoice's number is said
# as a number ("Order no. 4471", tests/test_speech_unseen_sweep.py).
CODE_LABELS = ("ID", "I.D.", "I.D", "PIN", "SKU", "passcode", "reference", "ref", "ABN", "ACN", "TFN", "aadhaar",
               # a one-time password, as a bank's text or a login page writes it ("OTP 604-219")
               "OTP",
               # a purchase order's number, keyed into a supplier's system ("PO 45001234": "forty five million ..." it
               # was); "PO Box 1234" has its box between
               "PO")
CODE_OWNERS = word_set(
    "account acct card customer member membership booking confirmation tracking policy claim passport patient"
    " employee payroll access security verification charity registration"
    # a login's second factor ("2FA code 482 913", "MFA code": "four hundred eighty two thousand ..." it was)
    " 2FA MFA login sign-in"
    # a lock's, a gate's and a smart home device's code, keyed or scanned a digit at a time ("door code 4821", "HomeKit
    # code 123-45-678": "one hundred twenty three, forty five, ..." it was)
    " door gate entry keypad alarm lockbox key-safe setup pairing HomeKit"
)

# The books of the Bible as references shorten them, before a chapter and verse ("Matt. 5:3", "1 Cor. 13:4").
BIBLE_BOOKS = {
    "Gen": "Genesis", "Ex": "Exodus", "Exod": "Exodus", "Lev": "Leviticus", "Num": "Numbers", "Deut": "Deuteronomy",
    "Josh": "Joshua", "Judg": "Judges", "Sam": "Samuel", "Kgs": "Kings", "Chr": "Chronicles", "Chron": "Chronicles",
    "Neh": "Nehemiah", "Esth": "Esther", "Ps": "Psalm", "Psa": "Psalm", "Prov": "Proverbs", "Eccl": "Ecclesiastes",
    "Eccles": "Ecclesiastes", "Isa": "Isaiah", "Jer": "Jeremiah", "Lam": "Lamentations", "Ezek": "Ezekiel",
    "Dan": "Daniel", "Hos": "Hosea", "Mic": "Micah", "Hab": "Habakkuk", "Zech": "Zechariah", "Mal": "Malachi",
    "Matt": "Matthew", "Mt": "Matthew", "Mk": "Mark", "Lk": "Luke", "Jn": "John", "Rom": "Romans",
    "Cor": "Corinthians", "Gal": "Galatians", "Eph": "Ephesians", "Phil": "Philippians", "Col": "Colossians",
    "Thess": "Thessalonians", "Tim": "Timothy", "Tit": "Titus", "Philem": "Philemon", "Heb": "Hebrews",
    "Jas": "James", "Pet": "Peter", "Rev": "Revelation",
}

# The books of the Bible by their names, as a sermon, a service sheet or a study guide cites them before a chapter
# ("Luke 15, v. 11", "Ruth 1, vv. 16-17"): what makes a "v." after them a verse (citations.py).
BIBLE_BOOK_NAMES = (
    "Genesis", "Exodus", "Leviticus", "Numbers", "Deuteronomy", "Joshua", "Judges", "Ruth", "Samuel", "Kings",
    "Chronicles", "Ezra", "Nehemiah", "Esther", "Job", "Psalms?", "Proverbs", "Ecclesiastes", "Song of Songs", "Isaiah",
    "Jeremiah", "Lamentations", "Ezekiel", "Daniel", "Hosea", "Joel", "Amos", "Obadiah", "Jonah", "Micah", "Nahum",
    "Habakkuk", "Zephaniah", "Haggai", "Zechariah", "Malachi", "Matthew", "Mark", "Luke", "John", "Acts", "Romans",
    "Corinthians", "Galatians", "Ephesians", "Philippians", "Colossians", "Thessalonians", "Timothy", "Titus",
    "Philemon", "Hebrews", "James", "Peter", "Jude", "Revelation",
)

# Formulas (maths.py). TeX commands and the Unicode characters MathML and plain text use for them, as spoken.
MATH_WORDS: dict[str, str] = {
    "+": "plus", "-": "minus", "\u2212": "minus", "\\pm": "plus or minus", "\u00b1": "plus or minus",
    "\\mp": "minus or plus", "\\times": "times", "\u00d7": "times", "\\cdot": "times", "\u22c5": "times",
    "\u00b7": "times", "*": "times", "\\ast": "times", "/": "over", "\\div": "divided by", "\u00f7": "divided by",
    "=": "equals", "\\ne": "is not equal to", "\\neq": "is not equal to", "\u2260": "is not equal to",
    "<": "is less than", ">": "is greater than", "\\lt": "is less than", "\\gt": "is greater than",
    "\\le": "is less than or equal to", "\\leq": "is less than or equal to", "\u2264": "is less than or equal to",
    "\\leqslant": "is less than or equal to", "\\ge": "is greater than or equal to",
    "\\geq": "is greater than or equal to", "\u2265": "is greater than or equal to",
    "\\geqslant": "is greater than or equal to", "\\ll": "is much less than", "\\gg": "is much greater than",
    "\\approx": "is approximately", "\u2248": "is approximately", "\\simeq": "is approximately equal to",
    "\\cong": "is congruent to", "\\equiv": "is equivalent to", "\u2261": "is equivalent to",
    "\\propto": "is proportional to", "\u221d": "is proportional to", "\\to": "goes to",
    "\\rightarrow": "goes to", "\u2192": "goes to", "\\longrightarrow": "goes to", "\\mapsto": "maps to",
    "\\leftarrow": "gets", "\\gets": "gets", "\\Rightarrow": "implies", "\\implies": "implies",
    "\u21d2": "implies", "\\Leftarrow": "is implied by", "\\iff": "if and only if",
    "\\Leftrightarrow": "if and only if", "\u21d4": "if and only if", "\\in": "is in", "\u2208": "is in",
    "\\notin": "is not in", "\u2209": "is not in", "\\ni": "contains", "\\subset": "is a subset of",
    "\u2282": "is a subset of", "\\subseteq": "is a subset of", "\u2286": "is a subset of",
    "\\supset": "is a superset of", "\\supseteq": "is a superset of", "\\cup": "union", "\u222a": "union",
    "\\cap": "intersection", "\u2229": "intersection", "\\setminus": "minus", "\\forall": "for all",
    "\u2200": "for all", "\\exists": "there exists", "\u2203": "there exists", "\\neg": "not", "\\lnot": "not",
    "\\land": "and", "\\wedge": "and", "\\lor": "or", "\\vee": "or", "\\infty": "infinity", "\u221e": "infinity",
    "\\partial": "partial", "\u2202": "partial", "\\nabla": "del", "\u2207": "del", "\\emptyset": "the empty set",
    "\\varnothing": "the empty set", "\u2205": "the empty set", "\\angle": "angle", "\\perp": "is perpendicular to",
    "\\parallel": "is parallel to", "\\mid": "such that", "\\circ": "composed with", "\u2218": "composed with",
    "\\ell": "ell",
    "\\hbar": "h bar", "\\Re": "the real part of", "\\Im": "the imaginary part of", "\\%": "percent",
    "\\$": "dollars", "\\&": "and", "\\#": "number", "\\prime": "prime", "'": "prime", "''": "double prime",
    "\\ldots": "and so on", "\\cdots": "and so on", "\\dots": "and so on", "\\dotsc": "and so on",
    "\\dotsb": "and so on", "\\vdots": "and so on", "\\ddots": "and so on", "\u2026": "and so on",
    "\\therefore": "therefore", "\\because": "because", "\\star": "star", "\\dagger": "dagger",
    "\\degree": "degrees", "\\checkmark": "check", "\\sim": "is similar to", "\u223c": "is similar to",
    "!": "factorial", ":": "such that", "\\colon": "from",
}
# In code-point order; lower case has two sigmas (final and medial), upper case a gap in their place.
GREEK_LETTERS = (
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
    "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
)
# Functions said before what they apply to ("sine of x"); \log with a subscript is "log base ...".
MATH_FUNCTIONS: dict[str, str] = {
    "sin": "sine", "cos": "cosine", "tan": "tangent", "cot": "cotangent", "sec": "secant", "csc": "cosecant",
    "arcsin": "arc sine", "arccos": "arc cosine", "arctan": "arc tangent", "sinh": "hyperbolic sine",
    "cosh": "hyperbolic cosine", "tanh": "hyperbolic tangent", "log": "log", "ln": "natural log",
    "lg": "log", "exp": "exponential", "det": "determinant", "dim": "dimension", "ker": "kernel",
    "gcd": "greatest common divisor", "deg": "degree", "Pr": "probability", "Var": "variance",
    "Cov": "covariance", "sgn": "sign", "tr": "trace", "rank": "rank", "erf": "error function",
}
# Operators with limits: "\sum_{i=1}^{n}" is "the sum from i equals one to n of".
BIG_OPERATORS: dict[str, str] = {
    "sum": "sum", "prod": "product", "int": "integral", "iint": "double integral", "iiint": "triple integral",
    "oint": "contour integral", "bigcup": "union", "bigcap": "intersection", "coprod": "coproduct",
    "\u2211": "sum", "\u220f": "product", "\u222b": "integral", "\u222c": "double integral",
    "\u222e": "contour integral",
}
# Operators said "the limit as ... of", "the maximum over ... of".
LIMIT_OPERATORS: dict[str, str] = {
    "lim": "limit", "max": "maximum", "min": "minimum", "sup": "supremum", "inf": "infimum",
    "argmax": "arg max", "argmin": "arg min", "limsup": "limit superior", "liminf": "limit inferior",
}
# Accents said after their letter ("x bar"); \vec before it ("vector v").
MATH_ACCENTS: dict[str, str] = {
    "bar": "bar", "overline": "bar", "hat": "hat", "widehat": "hat", "tilde": "tilde", "widetilde": "tilde",
    "dot": "dot", "ddot": "double dot", "check": "check", "breve": "breve", "acute": "acute", "grave": "grave",
    "underline": "underline",
}
# Sets written in blackboard bold.
NUMBER_SETS: dict[str, str] = {
    "R": "the real numbers", "N": "the natural numbers", "Z": "the integers", "Q": "the rational numbers",
    "C": "the complex numbers",
}

# The chemical elements news names in formulas ("NO2", "SO2", "H2SO4", "CH4"): a formula is read symbol by symbol.
ELEMENTS = word_set(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Ti Cr Mn Fe Co Ni Cu Zn As Se Br Kr Rb Sr Ag Cd Sn Sb I Xe "
    "Cs Ba Pt Au Hg Pb Bi Rn Ra U Pu"
)

# the elements whose isotopes news and papers name by symbol and mass number ("Pu-239", "Cs-137", "Sr-90"),
# with their atomic numbers: a mass number is no less than its atomic number and seldom three times it, so "Be-200"
# (an aircraft) and "Ar-15" are no isotopes. One-letter symbols are left out ("I-95" is a road; "U-235" is said so).
ISOTOPE_ELEMENTS: dict[str, tuple[str, int]] = {
    "He": ("helium", 2), "Li": ("lithium", 3), "Be": ("beryllium", 4), "Na": ("sodium", 11),
    "Mg": ("magnesium", 12), "Al": ("aluminium", 13), "Si": ("silicon", 14), "Cl": ("chlorine", 17),
    "Ar": ("argon", 18), "Ca": ("calcium", 20), "Ti": ("titanium", 22), "Cr": ("chromium", 24),
    "Mn": ("manganese", 25), "Fe": ("iron", 26), "Co": ("cobalt", 27), "Ni": ("nickel", 28), "Cu": ("copper", 29),
    "Zn": ("zinc", 30), "Ga": ("gallium", 31), "Ge": ("germanium", 32), "Se": ("selenium", 34),
    "Br": ("bromine", 35), "Kr": ("krypton", 36), "Rb": ("rubidium", 37), "Sr": ("strontium", 38),
    "Zr": ("zirconium", 40), "Tc": ("technetium", 43), "Ru": ("ruthenium", 44), "Ag": ("silver", 47),
    "Cd": ("cadmium", 48), "Sn": ("tin", 50), "Sb": ("antimony", 51), "Te": ("tellurium", 52),
    "Xe": ("xenon", 54), "Cs": ("caesium", 55), "Ba": ("barium", 56), "Sm": ("samarium", 62),
    "Lu": ("lutetium", 71), "Ir": ("iridium", 77), "Pt": ("platinum", 78), "Au": ("gold", 79),
    "Hg": ("mercury", 80), "Tl": ("thallium", 81), "Pb": ("lead", 82), "Bi": ("bismuth", 83),
    "Po": ("polonium", 84), "Rn": ("radon", 86), "Ra": ("radium", 88), "Ac": ("actinium", 89),
    "Th": ("thorium", 90), "Np": ("neptunium", 93), "Pu": ("plutonium", 94), "Am": ("americium", 95),
    "Cm": ("curium", 96), "Cf": ("californium", 98),
}


# --- the English-writing world's regions (regional.py reads these; a region is a BCP 47 tag's second part) ---

# Regions whose numeric dates lead with the month ("6/12" is June twelfth); every other region writes the day first.
# Canada writes both and its papers spell the month out; the US's order, the old default, is kept for it.
MONTH_FIRST_REGIONS = frozenset({"us", "ca", "ph", "um", "as", "gu", "mp", "pr", "vi", "fm", "mh", "pw"})
# the places a British page names as its own, which count with its spellings, money and bodies when an article
# with no region and no dates of its own is given an order (regional.article_date_order): Britain's nations, and its
# cities and counties that no American state has a larger namesake of ("Birmingham", "Manchester", "Norfolk",
# "Cambridge", "Bristol", "Durham" and "Kent" are left out; "Newcastle" and "Perth" are Australia's too, which writes
# the day first as well).
BRITISH_PLACES = (
    "Britain British England Scotland Scottish Wales Welsh Edinburgh Glasgow Aberdeenshire Dundee Cardiff Swansea"
    " Belfast Liverpool Leeds Sheffield Nottingham Leicester Coventry Newcastle Sunderland Wolverhampton Southampton"
    " Brighton Yorkshire Lancashire Merseyside Surrey Sussex Devon Cornwall Cumbria Northumberland Hampshire"
)
# A region's papers write its currency as a bare letter or a few before the amount ("R18", "N617", "Sh10", "P13",
# "Php 500"): the letters there, and the code or sign the English rules read them as. Elsewhere "R18" is an age
# rating, "N95" a mask, "PHP 8" the language.
REGIONAL_MONEY_LETTERS: dict[str, tuple[tuple[str, ...], str]] = {
    "za": (("R",), "ZAR"), "ng": (("N",), "₦"), "ke": (("Sh", "Ksh"), "KSh"), "ug": (("Sh", "USh"), "UGX"),
    "tz": (("Sh", "TSh"), "TZS"), "ph": (("P", "Php", "PHP"), "₱"), "bw": (("P",), "BWP"), "zm": (("K",), "ZMW"),
    "mw": (("K", "MK"), "MWK"), "pg": (("K",), "PGK"), "bd": (("Tk",), "BDT"), "my": (("RM",), "RM"),
}
# Malaysia's papers shorten the scales after an amount of ringgit ("RM1.2bil", "RM500mil").
SHORT_SCALES = {"bil": "billion", "mil": "million"}
# the particles that open a surname or a name run into its next capital ("McLaren", "LeBron", "DeSantis", "DiCaprio",
# "DaVinci", "DuPont"): a tag's two letters before a capital are a word of their own unless they are one of these.
NAME_PARTICLES = frozenset({"Mc", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Al", "El"})
# Vietnamese scale words after an amount of dong, as English pages on Vietnam quote prices ("₫1.5 tỷ", "₫25 triệu").
DONG_SCALES = {"tỷ": "billion", "tỉ": "billion", "triệu": "million", "nghìn": "thousand", "ngàn": "thousand"}
# Regions that write a decimal comma and group thousands with a space ("R1,5 million", "3,2%", "R1 500").
DECIMAL_COMMA_REGIONS = frozenset({"za"})
# Australia's states and territories, whose four-digit postcode follows them ("VIC 3065"): the state said by its name,
# the postcode digit by digit.
AUSTRALIAN_STATES = {
    "NSW": "New South Wales", "VIC": "Victoria", "Vic": "Victoria", "QLD": "Queensland", "Qld": "Queensland",
    "SA": "South Australia", "WA": "Western Australia", "TAS": "Tasmania", "Tas": "Tasmania",
    "NT": "the Northern Territory", "ACT": "the Australian Capital Territory",
}
# The currencies the table at the top lacks: Papua New Guinea's kina (from its letter above) and Namibia's dollar as
# its papers write it ("N$350"). Bangladesh's "Tk" is among the letters above: a code of small letters would need
# its lead in money.money's first look.
CURRENCIES.update({
    "PGK": ("kina", "kina", "toea", "toea"),
    "N$": ("Namibian dollar", "Namibian dollars", "cent", "cents"),
    # the crown as Denmark, Norway and Sweden write it before or after a price ("kr 450", "kr. 99", "1,200 kr"): the
    # Danish and Norwegian plural, which English dictionaries give ("kr four hundred fifty" it was); its lead letter
    # is among money.money's first looks
    "kr": ("krone", "kroner", "ore", "ore"), "kr.": ("krone", "kroner", "ore", "ore"),
})

# Gaelic games: the counties and the words of the GAA, by which "2-14" is goals and points (a first look among the
# text's words; "Down" is left out, being as often the first word of a sentence).
GAELIC_WORDS = word_set(
    "Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Dublin Fermanagh Galway Kerry Kildare Kilkenny Laois Leitrim"
    " Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Tipp Tyrone Waterford Westmeath"
    " Wexford Wicklow GAA hurling hurlers hurler camogie Gaelic Ireland Croke Maguire MacCarthy sliotar"
)
# Fractional odds as the betting ring quotes them, odds-on and against: "top/bottom" read "top to bottom" after a
# verb of the ring ("went off 15/8", "cut to 2/5"), where a day and a month or a fraction would be misread.
ODDS_LADDER = word_set(
    "1/10 1/9 1/8 2/15 1/7 2/13 1/6 2/11 1/5 2/9 1/4 2/7 3/10 1/3 4/11 2/5 4/9 1/2 8/15 4/7 8/13 4/6 8/11 4/5 5/6"
    " 10/11 11/10 6/5 5/4 11/8 6/4 13/8 7/4 15/8 2/1 9/4 5/2 11/4 3/1 10/3 7/2 4/1 9/2 5/1 11/2 6/1 13/2 7/1 15/2 8/1"
    " 17/2 9/1 10/1 11/1 12/1 14/1 16/1 18/1 20/1 22/1 25/1 28/1 33/1 40/1 50/1 66/1 80/1 100/1 125/1 150/1 200/1"
    " 250/1 500/1"
)
# The races a price is quoted for ("is 1/4 for the Champion Hurdle"): the last word of a race's name.
RACE_NAMES = r"Hurdle|Chase|Stakes|Plate|Handicap|Cup|Derby|Oaks|Guineas|Trophy|National|Bumper|Novices'?"
# What a month's share is of ("1/2 March wages", "1/4 May pay"): after these a fraction before a month is no pair of
# days.
MONTHLY_PAY = word_set("wages wage pay salary salaries earnings income rent rents bills bill pension pensions benefit"
                       " benefits allowance allowances takings rates")

# units the making, measuring and money fields print after a count that the table above lacks: distances in
# light years by the thousand and million ("2.5 Mly"), a miner's hash rates ("110 TH/s"), a server's requests a
# second ("12k req/s"), and a height above the sea ("3,812m asl", as maps and guides print it).
UNITS.update({
    "kly": ("thousand light year", "thousand light years"), "Mly": ("million light year", "million light years"),
    "Gly": ("billion light year", "billion light years"),
    "kH/s": ("kilohash per second", "kilohashes per second"), "MH/s": ("megahash per second", "megahashes per second"),
    "GH/s": ("gigahash per second", "gigahashes per second"), "TH/s": ("terahash per second", "terahashes per second"),
    "PH/s": ("petahash per second", "petahashes per second"), "EH/s": ("exahash per second", "exahashes per second"),
    "req/s": ("request per second", "requests per second"), "reqs/s": ("request per second", "requests per second"),
    **{f"m {asl}": ("meter above sea level", "meters above sea level") for asl in ("asl", "ASL", "a.s.l.")},
    **{f"ft {asl}": ("foot above sea level", "feet above sea level") for asl in ("asl", "ASL", "a.s.l.")},
})
# "12k req/s": a server's requests, counted by the thousand before "/s" as "users" are.
COUNTED_SHORT_NOUNS = word_set("req reqs")
# Forms that stand for words wherever they are written, read by words.abbreviations among its rare forms: a
# server's rate ("12k req/s") and a framer's spacing ("studs 16\" o.c.", on center).
RARE_FORMS = {"req/s": "requests per second", "o.c.": "on center"}
# Words of a parliament's business, near which "TDs" after a count are Ireland's members of the Dáil (Teachtaí Dála,
# spelled "T.D.'s") rather than an American football season's touchdowns; football's own words keep touchdowns.
PARLIAMENT_WORDS = word_set(
    "Dáil Dail Oireachtas Seanad Taoiseach Tánaiste Tanaiste Fianna Fáil Fail Gael Sinn Féin Fein Teachta party "
    "parties elected election constituency constituencies coalition government opposition minister ministers "
    "senators councillors deputies cabinet vote voted votes seats"
)
FOOTBALL_WORDS = word_set(
    "yards yds threw throws throwing passing passes rushing rushed receiving receptions catches quarterback QB QBs "
    "NFL touchdown touchdowns interceptions INTs sacks tackles game games season"
)
# A filter's slope, as crossovers and equalisers print it ("24dB/octave", "12 dB/oct").
UNITS.update({"dB/octave": ("decibel per octave", "decibels per octave"),
              "dB/oct": ("decibel per octave", "decibels per octave")})

# Titles before a name's initials, as written and as read by then ("Ms" is "Miz", "Cllr" "Councillor"): after one, a
# lone "A" before a surname is an initial ("Mrs A. Hale").
TITLES_BEFORE_INITIALS = frozenset({"Mr", "Mrs", "Ms", "Miz", "Miss", "Mx", "Dr", "Doctor", "Prof", "Professor",
                                    "Councillor", "Rev", "Revd", "Sir", "Dame", "Lady", "Lord", "Judge"})
# Ranks and callings written before a name's initials as a title is ("Sister A. K. Boateng", "Canon A. M. Reid", "Sgt
# A. Jones"): after one, a stopped "A" before a surname or another initial is an initial. Only a stopped one ("Captain
# A Hero" may be a headline's article), so these are asked where the stop is still written (capitals.inner_full_stops).
RANKS_BEFORE_INITIALS = frozenset({"Sister", "Nurse", "Matron", "Father", "Brother", "Canon", "Bishop", "Rabbi", "Imam",
                                   "Pastor", "Deacon", "Archdeacon", "Captain", "Major", "Colonel", "Lieutenant",
                                   "Sergeant", "Sgt", "Constable", "Inspector", "Superintendent", "Detective",
                                   "Alderman", "Justice"})

# Capitalised words before a span that name no side of a match ("Chapters 3-5 Review", "Ages 5-11 Welcome"): labels
# of a numbered thing, months and days, and the words that open a sentence before a span.
NOT_A_SIDE = word_set(
    "Chapter Chapters Page Pages Psalm Psalms Verse Verses Section Sections Grade Grades Year Years Age Ages Aged Size "
    "Sizes Room Rooms Level Levels Stage Stages Act Acts Part Parts Week Weeks Day Days Class Classes Group Groups Lot "
    "Lots Line Lines Row Rows Seat Seats Exit Exits Junction Junctions Step Steps Phase Phases Round Rounds Unit Units "
    "Block Blocks Gate Gates Platform Platforms Floor Floors Route Routes Figure Figures Fig Table Tables Item Items "
    "Question Questions Q No Nos Number Numbers Episode Episodes Season Seasons Series Book Books Vol Volume Volumes "
    "Issue Issues Bay Bays Flat Flats House Houses Article Articles Rule Rules Clause Clauses Key Mile Miles Hole "
    "Holes Lap Laps Race Races Heat Heats Windows "
    # the areas and bands a fare, a tax or a pay scale is reckoned in ("Zones 1-6 Travelcard", "Bands 4-6 Posts")
    "Zone Zones Tier Tiers Band Bands Terminal Terminals Berth Berths Pier Piers "
    "January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul "
    "Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs "
    "Fri Sat Sun "
    "The A An In On At By For From With To Of And But Or Between About Around Some Nearly Almost Only Just Over Under "
    "Up Down Top Roughly Approximately Rated Each Every Those These Its Their Our His Her I We They"
)
# Channels and stations as listings name them before a programme's time ("Ch 4, 10.15: News", "BBC One, 6.30",
# "ITV1, 9.00", "Radio 4, 8.45"): the name's first word, its number or word after it read apart.
CHANNEL_NAMES = word_set(
    "Ch Channel Radio BBC ITV ITVX STV UTV RTÉ RTE TG4 S4C E4 More4 Film4 Dave Sky Freeview SBS ABC TVNZ Prime "
    "Newstalk Today CBC CTV PBS NBC CBS Fox HBO"
)
# A tote price before what it names ("a $2.40 favourite", "a $7.50 roughie"): said as the course says it, dollars
# and then cents with no "cents" ("two dollars forty"), not as an attributive amount ("two dollar forty cent").
TOTE_NOUNS = word_set(
    "favourite favourites favorite favorites fav chance chances shot shots pop roughie outsider elect"
)
# Regions that spell "meter" and "liter" so: the United States, its territories and the Philippines; every other
# English region (Canada too) writes "metre" and "litre", as a British page's reading should.
US_SPELLING_REGIONS = MONTH_FIRST_REGIONS - {"ca"}
# Words after which a bare "meter" is a length ("eight hundred meter final", "per meter"), not a gas or parking
# meter, which keeps its spelling on a British page too.
LENGTH_BEFORE_METER = word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million half quarter "
    "zero nought square cubic per"
)
# Nouns a length of time describes, which no decade does: "with 90s rest", "a 60s plank", "30s long" are seconds.
DURATION_NOUNS = word_set(
    "rest rests recovery recoveries plank planks hold holds break breaks pause pauses delay delays countdown "
    "timeout wait interval intervals effort efforts long"
)
# A setting's names whose value is a time, as release notes and configuration pages write them ("The default timeout
# is 30s (was 10s)", "The limit is 60s, down from 90s"): round tens glued to their "s" beside one are seconds, the
# old value and the new, where no decade is owned or dated nearby.
TIME_SETTINGS = word_set(
    "timeout timeouts time-out delay delays interval intervals latency cooldown TTL TTLs expiry limit limits "
    "backoff heartbeat keepalive keep-alive poll polling retry retries refresh timer timers grace"
)
# A crop's nutrients as an agronomist writes them after a rate's mass ("120 kg N/ha", "40 kg P2O5/ha").
NUTRIENTS = {"N": "nitrogen", "P": "phosphorus", "K": "potassium", "P2O5": "phosphate", "K2O": "potash",
             "S": "sulfur", "SO3": "sulfur trioxide", "Mg": "magnesium", "MgO": "magnesium oxide"}
# A meat trade's and a shipping register's weights: "£2.10/kg dwt", "a 300,000 dwt tanker", "265p/kg lwt".
RARE_FORMS.update({"dwt": "deadweight", "lwt": "liveweight"})
# Lifts and holds a gym's programme names before its sets by reps ("Squat 5x5", "Bench 3x10", "Deadlift 1x5").
LIFTS = word_set(
    "squat squats bench deadlift deadlifts press presses row rows curl curls lunge lunges dips pull-ups chin-ups "
    "push-ups pushups pullups snatch clean cleans thrusters swings"
)


# Old books' forms (history.py). A given name's short form as letters and registers of the 18th and 19th centuries
# print it before a surname ("Wm. Lloyd Garrison", "Jno. Adams"): each is no English word, so a stop after it ends no
# sentence.
GIVEN_NAME_SHORT = {
    "Wm": "William", "Jno": "John", "Thos": "Thomas", "Chas": "Charles", "Geo": "George", "Benj": "Benjamin",
    "Jas": "James", "Saml": "Samuel", "Richd": "Richard", "Edw": "Edward", "Robt": "Robert", "Danl": "Daniel",
    "Fredk": "Frederick", "Hy": "Henry", "Nathl": "Nathaniel", "Wmson": "Williamson", "Jos": "Joseph",
}
# A letter's month named after its day ("the 4th inst.", "the 12th ult.", "the 3rd prox."), said in full.
LETTER_MONTHS = {"inst": "instant", "ult": "ultimo", "prox": "proximo"}
# Pence said as one word below a shilling ("sixpence"); a single penny is "a penny".
PENCE_WORDS = ("", "a penny", "twopence", "threepence", "fourpence", "fivepence", "sixpence", "sevenpence",
               "eightpence", "ninepence", "tenpence", "elevenpence")
# Fractions of a penny (tidy has made "½" "1/2"): alone ("½d." a halfpenny), and after whole pence ("9½d." ninepence
# halfpenny).
PENNY_PARTS = {"1/2": ("a halfpenny", "halfpenny"), "1/4": ("a farthing", "farthing"),
               "3/4": ("three farthings", "three farthings")}
# "Ns." alone is shillings only where money is spoken of ("worth 20s.", "the fare was 1s.", "12s. a week"): a word of
# price among the three before it; seconds ("for 30s."), plurals ("two 6s.", "the iPhone 5s.") and decades have none.
SHILLING_CONTEXT = word_set(
    "cost costs paid pay worth fined fine fare fares fee fees price sold fetched fetch charged charge rent wage wages "
    "salary subscription toll tax rate bill owed owe lent borrowed earned earn spent spend gave give allowance postage"
)
# What a sum of shillings or pence names before it ("a 10s. note", "a 3d. bit"), where "a 10s. pause" is seconds.
MONEY_NOUNS = word_set("note notes piece pieces coin coins bit bits stamp stamps postal ticket tickets seat seats")
# A price's words after "Ns." alone ("12s. a week", "25s. per ton", "5s. each").
SHILLING_AFTER = word_set("a per each the apiece")
# Currencies that also write "/-" after a round sum ("Rs 90/-", "KSh. 500/-"): their sums are no shillings.
DASH_CURRENCIES = word_set("Rs Rs. INR PKR LKR NPR Tk Tk. Sh Sh. KSh KSh. Ksh Ksh. Rp ₹")
# Words after which "2/6" is a price in shillings and pence ("cost 2/6", "the pay was 18/6"), not a fraction or date.
PRICE_WORDS = word_set("cost costs paid pay fetched fetches charged charge fare fares")
# Old measures' abbreviations with a stop after a number ("2 qrs. of wheat", "3 bbls.", "30 fms."), as the unit rules
# do not know them: each said in full, singular after "1" (the hundredweight and pennyweight alike in both).
OLD_MEASURES = {
    "qr": ("quarter", "quarters"), "qrs": ("quarter", "quarters"), "gal": ("gallon", "gallons"),
    "gals": ("gallon", "gallons"), "gall": ("gallon", "gallons"), "galls": ("gallon", "gallons"),
    "bush": ("bushel", "bushels"), "bu": ("bushel", "bushels"), "bbl": ("barrel", "barrels"),
    "bbls": ("barrel", "barrels"), "dwt": ("pennyweight", "pennyweight"), "fms": ("fathom", "fathoms"),
    "fm": ("fathom", "fathoms"), "fur": ("furlong", "furlongs"), "pk": ("peck", "pecks"), "pks": ("peck", "pecks"),
}

# The US zones a time's page writes in two letters, without standard or daylight ("2:30 p.m. ET"): a newsreader says
# the zone's name ("E.T" was spelled); the three-letter ones ("EST", "PDT") are spelled as said on air.
ZONE_NAMES = {"ET": "Eastern Time", "PT": "Pacific Time", "CT": "Central Time", "MT": "Mountain Time"}
# A tide table's letters before the time of the tide ("HW 0538", "LW 1152"), said as their words.
TIDE_WORDS = {"HW": "high water", "LW": "low water"}
# The words of the sentences that settle those three units' letters (ambiguousunits.named_by_talk), and a bicycle's,
# beside which a "T" glued to a number is its sprocket's teeth ("an 11-34T cassette", "a 32T chainring").
LOAD_WORDS = frozenset({
    "bullet", "bullets", "powder", "powders", "projectile", "projectiles", "cartridge", "cartridges", "rifle", "rifles",
    "pistol", "pistols", "ammo", "ammunition", "reloading", "reload", "reloads", "primer", "primers", "brass", "load",
    "loads", "charge", "calibre", "caliber", "handgun", "shotgun", "shot", "slug", "slugs", "arrow", "arrows",
    "broadhead", "broadheads"
})
# what is shot from a bow or a gun, beside which "fps" is feet per second ("a 300 fps bow", "the pellet left at 900
# fps"); frames per second elsewhere ("144 fps", and a film "shot at 60 fps": no "shot" here)
MISSILE_WORDS = frozenset({
    "bow", "bows", "crossbow", "crossbows", "longbow", "longbows", "archery", "archer", "archers", "arrow", "arrows",
    "broadhead", "broadheads", "bullet", "bullets", "projectile", "projectiles", "rifle", "rifles", "pistol", "pistols",
    "handgun", "handguns", "airgun", "airguns", "airsoft", "paintball", "pellet", "pellets", "muzzle", "ammo",
    "ammunition", "cartridge", "cartridges", "calibre", "caliber", "barrel", "BB", "BBs"
})
# the words beside which "tph" is trains per hour ("services rise to 6 tph"), and tonnes per hour ("a 300 tph crusher")
TRAIN_WORDS = frozenset({
    "train", "trains", "railway", "railways", "rail", "services", "timetable", "timetables", "station", "stations",
    "platform", "platforms", "tram", "trams", "metro", "tube", "overground", "thameslink", "peak", "signalling"
})
TONNAGE_WORDS = frozenset({
    "quarry", "quarries", "crusher", "crushers", "plant", "plants", "asphalt", "aggregate", "aggregates", "conveyor",
    "conveyors", "ore", "mill", "mills", "screen", "screens", "mine", "mines", "mining", "throughput", "boiler",
    "boilers", "feed", "hopper", "tonnes", "tons"
})
WATER_STORE_WORDS = frozenset({
    "reservoir", "reservoirs", "dam", "dams", "irrigation", "irrigators", "irrigator", "allocation", "allocations",
    "allocated", "catchment", "catchments", "aquifer", "aquifers", "river", "rivers", "inflow", "inflows", "outflow",
    "outflows", "storage", "storages", "entitlement", "entitlements", "licence", "licences", "hectare", "hectares",
    "basin", "weir", "weirs", "floodplain", "wetland", "wetlands", "environmental"
})
# What land is measured in hectares or acres as: a spaced "ha" or "ac" before one of them is the unit ("a 30 ha farm",
# "a 12 ac field": "a thirty ha farm" it was), where after a number alone it may be a laugh or a letter.
LAND_WORDS = frozenset({
    "farm", "farms", "field", "fields", "plot", "plots", "estate", "estates", "site", "sites", "vineyard", "vineyards",
    "orchard", "orchards", "wood", "woods", "woodland", "woodlands", "forest", "forests", "holding", "holdings",
    "smallholding", "smallholdings", "reserve", "reserves", "parcel", "parcels", "paddock", "paddocks", "pasture",
    "pastures", "meadow", "meadows", "ranch", "ranches", "plantation", "plantations", "allotment", "allotments",
    "property", "block", "blocks", "lot", "lots", "tract", "tracts", "park", "parks", "lake", "wetland", "wetlands"
})
HUNGARY_WORDS = frozenset({
    "Hungary", "Hungarian", "Hungarians", "Budapest", "forint", "forints", "HUF", "Debrecen", "Pécs", "Szeged", "Győr",
    "Miskolc", "Balaton"
})
BIKE_WORDS = frozenset({
    "bike", "bikes", "bicycle", "bicycles", "cassette", "cassettes", "chainring", "chainrings", "sprocket", "sprockets",
    "cog", "cogs", "derailleur", "derailleurs", "crankset", "cranksets", "chainset", "chainsets", "crank", "cranks",
    "groupset", "groupsets", "freewheel", "MTB",
    "cycling", "cyclist", "cyclists", "gearing", "drivetrain"
})
# The words of a rate or a share that moves, beside which a number's "pp" is percentage points ("unemployment rose
# 1 pp", "the vote share grew 6 pp"); elsewhere a whole number's "pp" is a book's pages ("the chapter runs 45 pp").
RATE_WORDS = frozenset({
    "rate", "rates", "inflation", "unemployment", "turnout", "share", "shares", "margin", "margins", "yield", "yields",
    "growth", "vote", "votes", "poll", "polls", "polling", "swing", "GDP", "interest", "approval", "support", "uptake",
    "coverage"
})
# The words of a change, right before which (or before "by" after one) a number's "pp" is percentage points ("Labour
# is up 4 pp", "fell by 2 pp"): a book's pages do not go up or down.
CHANGE_WORDS = frozenset({
    "up", "down", "rose", "rise", "rises", "fell", "fall", "falls", "gained", "gain", "gains", "lost", "loses",
    "dropped", "drop", "drops", "slipped", "slips", "climbed", "climbs", "jumped", "jumps", "surged", "slumped",
    "plunged", "widened", "narrowed", "grew", "shrank", "increased", "decreased"
})
# The words of a style sheet's or a designer's colours, beside which "#fff" and "#000" are a colour's hexadecimal
# characters, not a tag or a number ("#404" after "issue" is a number, "#ace" alone a tag).
COLOUR_WORDS = frozenset({
    "colour", "colours", "color", "colors", "background", "backgrounds", "border", "borders", "css", "hex", "fill",
    "stroke", "font", "palette", "rgb", "shade", "swatch", "tint"
})

# A water bill's and a tanker's kilolitres: "6 kl of free water", "20kL a month" (a South African and Australian
# page's unit of household water).
UNITS.update({"kl": ("kiloliter", "kiloliters"), "kL": ("kiloliter", "kiloliters")})
# A trial's statistics before their value ("HR 0.74", "aOR 1.32", "RR=0.8"), said as a doctor reading the paper
# aloud says them, where their capitals were spelled ("H.R zero point seven four").
TRIAL_STATISTICS = {"HR": "hazard ratio", "aHR": "adjusted hazard ratio", "OR": "odds ratio",
                    "aOR": "adjusted odds ratio", "RR": "relative risk", "IRR": "incidence rate ratio"}
# The pairs of consonants an English word may end with ("REWARD", "CERN", "BRICS", "BOINC" as "zinc"): capitals
# whose last two letters are consonants of no such pair are initials, however they begin ("NEJM", "NAACP": a voice
# said them as one word).
WORD_FINAL_PAIRS = frozenset({
    "BS", "CH", "CK", "CS", "CT", "DS", "FS", "FT", "GH", "GS", "KS", "LB", "LD", "LF", "LK", "LM", "LP", "LS", "LT",
    "LV", "MB", "MP", "MS", "NC", "ND", "NG", "NK", "NS", "NT", "NX", "NZ", "PH", "PS", "PT", "RB", "RC", "RD", "RF",
    "RG", "RK", "RL", "RM", "RN", "RP", "RS", "RT", "RV", "RZ", "SH", "SK", "SM", "SP", "ST", "TH", "TS", "TZ", "WK",
    "WL", "WN", "WS", "XT"
})
# The pairs of consonants an English word may begin with ("BRAC", "SCART", "GNOME", "PSOE"), borrowed ones with them
# ("cnidarian", "ctenophore", "bdellium", "djinn", "svelte", "vlog", "zwieback", "tsar"), and any consonant before an
# "H", which makes one sound with it ("dhal", "bhaji", "FHIR" fire): capitals with a vowel that open with two
# consonants of no such pair are initials ("RNIB", "HMIC", "LNER": a voice said them as one word), unless a letter is
# said before a word, as some names and formats are (WORD_AFTER_A_LETTER).
WORD_INITIAL_PAIRS = frozenset({
    "BD", "BL", "BR", "CL", "CN", "CR", "CT", "CZ", "DJ", "DR", "DW", "FL", "FR", "GL", "GN", "GR", "KL", "KN", "KR",
    "MN", "PL", "PN", "PR", "PS", "PT", "SC", "SK", "SL", "SM", "SN", "SP", "SQ", "ST", "SV", "SW", "TR", "TS", "TW",
    "VL", "WR", "ZW"
})
# Four capitals said as a letter and a word ("MPEG", "BTEC", "VLAN" vee-lan), though they open with two consonants no
# word begins with: left to the voice, which says them so.
WORD_AFTER_A_LETTER = frozenset({
    "CMOS", "MPEG", "BTEC", "VLAN", "WLAN", "LDAP", "SRAM", "VRAM", "CPAN", "CPAP", "HVAC", "PCAP", "TKIP", "RTOS"
})
# endings of three letters no English word has, a vowel pair before a final "B" ("RAIB", "MAIB", the rail and
# marine accident branches, said "Raib" and "Maib"): capitals ending so are initials, though they hold a syllable.
ENDINGS_OF_NO_WORD = ("AIB", "EIB", "OIB")  # not "UIB": "SQUIB"
# The three consonants an English word may open with ("STRAP", "SCRUM", "SPLIT", "THREE", "CHRIS"): capitals of five
# letters or more opening with three consonants of no such triple, nor a letter before a word's two (JSTOR's "J"
# before "STOR"), are initials ("DRCOG", "FRCOG", "MRCOG": a voice said "drcog" as one word).
WORD_INITIAL_TRIPLES = frozenset({"SCR", "SPL", "SPR", "STR", "SHR", "THR", "SCH", "CHR", "PHR", "SKR", "SPH", "SQU"})
# The three consonants an English word may end with (W and Y after a vowel taken as its own: "NEWS", "DAYS"):
# capitals ending in three consonants of no such triple are initials ("SWASFT", "NUHFT": an NHS trust's, a voice said
# them as one word), "CAMHS" said as a word as its services say it (capitals._SAID).
WORD_FINAL_TRIPLES = frozenset({
    "CHT", "CKS", "CTS", "DTH", "FTS", "FTH", "GHS", "GHT", "LCH", "LDS", "LFS", "LKS", "LMS", "LPS", "LSH", "LTH",
    "LTS", "MBS", "MPS", "MPT", "NCH", "NCT", "NDS", "NGS", "NKS", "NST", "NTH", "NTS", "NCS", "PHS", "PTH", "PTS",
    "RBS", "RCH", "RDS", "RFS", "RGS", "RKS", "RLD", "RLS", "RMS", "RNS", "RNT", "RPS", "RSH", "RST", "RTH", "RTS",
    "SKS", "SPS", "STS", "TCH", "THS", "XTH", "XTS", "SCH", "LLS",
})
# Degrees' letters in mixed case, a surgeon's "Ch" (chirurgiae) among capitals ("qualified MBChB", "Anna Kerr BChD"):
# spelled, as doctors and dentists say them (the voice said them as one word, or left them whole).
DEGREES_IN_MIXED_CASE = frozenset({"MBChB", "MBBCh", "BMBCh", "BChD", "MChD", "MBBChir", "MChOrth", "ChB", "ChM"})
# What runs between two places named with a hyphen ("the Hull-York line", "the Dover-Calais crossing"), and the
# combining forms that make one word of two peoples' names instead ("an Anglo-French route").
PLACE_TO_PLACE_NOUNS = word_set("line route railway rail flight flights motorway corridor crossing ferry train trains "
                                "express")
COMBINING_FORMS = word_set("Anglo Franco Sino Indo Austro Italo Greco Russo Judeo Afro Euro Hispano Luso Dano")

# A transcript's stage directions, alone in square brackets or brackets ("[Applause]", "(Laughter)", "[inaudible]"):
# what the room did or what the typist missed, which no one reads aloud; with the words that may lead or follow them
# ("[Audience laughter]", "[Music playing]", "[Laughter and applause]").
STAGE_DIRECTIONS = word_set("applause laughter laughs laughing cheers cheering booing boos jeers heckling inaudible "
                            "unintelligible indistinct crosstalk cross-talk silence pause music coughs coughing sighs "
                            "groans gasps murmurs")
STAGE_DIRECTION_LEADS = word_set("audience loud light scattered prolonged sustained brief long")
STAGE_DIRECTION_TAILS = word_set("playing plays continues continue fades ends")
# What a British page's "Reg." or "Regd." stands before when it means "Registered" ("Reg. charity no.", "Regd. office",
# "Reg. in England"): before a name it is a man's ("Reg. Smith").
REGISTERED_NOUNS = word_set("charity charities company office address no number trademark trade design in with")
# Capitals said as a word in one sense only, with the words beside them that show that sense: Britain's savings
# account, "a cash ISA", "the ISA allowance" ("eye-suh"), which a chip's instruction set ("the new ISA") is not.
SAID_BESIDE = {
    "ISA": word_set("cash shares lifetime junior allowance allowances account accounts savings saver savers provider "
                    "providers rate rates wrapper limit deadline season transfer transfers subscription subscriptions"),
}

# an address's labels before a unit's or floor's number, read in full: "Lvl 4, 100 George St" -> "Level four".
ADDRESS_LABELS = {"Lvl": "Level", "Bldg": "Building", "Flr": "Floor"}

# a country's three-letter Olympic (IOC) code, as a results table writes it in brackets after an athlete's name,
# "Anna Berg (SWE)": said as the country, as a commentator says it. Codes that are also a common initialism in
# brackets after a capitalised phrase ("Controller Area Network (CAN)", an independent's "(IND)", a Liberal's "(LIB)",
# "PER", "CHI", "MAS", "SEN", "LAT", "COL", "PAN", "TOG", "MAR", "GAM", "SAM", a time zone's "EST", "BOT") are left
# out, and so is "USA", which commentators spell.
OLYMPIC_CODES = {
    "KEN": "Kenya", "ETH": "Ethiopia", "UGA": "Uganda", "ERI": "Eritrea", "TAN": "Tanzania", "RWA": "Rwanda",
    "BDI": "Burundi", "RSA": "South Africa", "NGR": "Nigeria", "GHA": "Ghana", "EGY": "Egypt", "ALG": "Algeria",
    "TUN": "Tunisia", "GBR": "Great Britain", "IRL": "Ireland", "FRA": "France", "GER": "Germany",
    "ESP": "Spain", "ITA": "Italy", "POR": "Portugal", "NED": "the Netherlands", "BEL": "Belgium", "SUI": "Switzerland",
    "AUT": "Austria", "SWE": "Sweden", "NOR": "Norway", "DEN": "Denmark", "FIN": "Finland", "ISL": "Iceland",
    "POL": "Poland", "CZE": "the Czech Republic", "SVK": "Slovakia", "HUN": "Hungary", "ROU": "Romania",
    "BUL": "Bulgaria", "SRB": "Serbia", "CRO": "Croatia", "SLO": "Slovenia", "UKR": "Ukraine", "BLR": "Belarus",
    "LTU": "Lithuania", "GRE": "Greece", "TUR": "Turkey", "ISR": "Israel", "JPN": "Japan",
    "CHN": "China", "KOR": "South Korea", "PRK": "North Korea", "TPE": "Chinese Taipei", "THA": "Thailand",
    "VIE": "Vietnam", "PHI": "the Philippines", "INA": "Indonesia", "SGP": "Singapore", "AUS": "Australia",
    "NZL": "New Zealand", "MEX": "Mexico", "BRA": "Brazil", "ARG": "Argentina",
    "ECU": "Ecuador", "VEN": "Venezuela", "JAM": "Jamaica", "TTO": "Trinidad and Tobago", "BAH": "the Bahamas",
    "CUB": "Cuba", "KAZ": "Kazakhstan", "UZB": "Uzbekistan", "QAT": "Qatar", "BRN": "Bahrain", "KSA": "Saudi Arabia",
    "IRI": "Iran", "NAM": "Namibia", "ZIM": "Zimbabwe", "ZAM": "Zambia",
}

# the short forms of notices a paper prints in columns of their own, said in full where their column shows
# (notices.py): a parliamentary party's short name in a result ("Con hold", "Lab gain from LD", "Smith (Lab)"), a
# tide table's high and low water, and a classed growth's rank before "Cru" ("1er Cru", "4ème Cru").
PARTY_NAMES = {"Con": "Conservative", "Lab": "Labour", "LD": "Liberal Democrat", "Ind": "Independent"}
TIDE_WATERS = {"HW": "high water", "LW": "low water"}
CRU_RANKS = {"1": "Premier", "2": "Deuxième", "3": "Troisième", "4": "Quatrième", "5": "Cinquième"}
# the Olympic codes OLYMPIC_CODES leaves out because they are words, zones or initialisms too ("CAN", "EST",
# "IND" an independent candidate): said as the country only where the bracket is plainly an athlete's (sports.py).
CLASHING_OLYMPIC_CODES = {
    "CAN": "Canada", "EST": "Estonia", "IND": "India", "PER": "Peru", "CHI": "Chile", "MAS": "Malaysia",
    "SEN": "Senegal", "LAT": "Latvia", "COL": "Colombia", "MAR": "Morocco",
}

# units the table lacked: a winemaker's hectolitre ("28hl/ha", a vineyard's yield per hectare).
UNITS.update({"hl": ("hectoliter", "hectoliters"), "hL": ("hectoliter", "hectoliters")})

# a prescription's Latin shorthand, said as a pharmacist reads the label aloud. The first are never English words
# in small letters and are read wherever they stand; the others ("bid", "od", "PO", "IM") only straight after a dose.
DOSING_ALWAYS = {"prn": "as needed", "qds": "four times a day", "qid": "four times a day", "qd": "once a day",
                 "qhs": "at bedtime"}
DOSING_AFTER_A_DOSE = {"bid": "twice a day", "bd": "twice a day", "od": "once a day", "tds": "three times a day",
                       "tid": "three times a day", "nocte": "at night", "BID": "twice a day",
                       "BD": "twice a day", "TID": "three times a day", "QID": "four times a day",
                       "QDS": "four times a day", "TDS": "three times a day", "OD": "once a day", "QD": "once a day",
                       "PRN": "as needed", "QHS": "at bedtime", "PO": "by mouth", "po": "by mouth",
                       "SC": "subcutaneously", "SQ": "subcutaneously", "subcut": "subcutaneously",
                       "IM": "intramuscularly"}
# What "as needed" is for, when the label names it straight after ("prn pain" is "as needed for pain").
SYMPTOMS = word_set("pain nausea vomiting wheeze wheezing fever anxiety agitation sleep insomnia itch itching cough "
                    "headache headaches constipation breathlessness migraine migraines cramps spasms heartburn "
                    "indigestion diarrhoea diarrhea")

# what a sum with its scale names in a headline, where no article stands before it ("Senate passes $1.8 billion
# budget", "Club agrees £40m fee"): the amount describes the noun, "a one point eight billion dollar budget".
FUNDED_NOUNS = word_set(
    "budget plan deal fund package round fee contract bid project bailout settlement lawsuit merger takeover "
    "investment acquisition programme program scheme stadium upgrade expansion loan fine grant overhaul refit "
    "redevelopment rescue stimulus payout buyout transfer salary jackpot windfall scandal fraud heist "
    # and what it builds or mends ("£48m flood wall approved", "reopens after $6.8M renovation")
    "renovation restoration refurbishment revamp makeover rebuild redesign extension wall bridge bypass tunnel "
    "hospital school library pier "
    # and what is given or raised for a cause ("Church launches £95,000 appeal", "leaves £10,000 bequest")
    "appeal campaign donation bequest legacy endowment target crowdfunder fundraiser pledge gift prize award "
    "bursary scholarship")

# what half of is said "half" before, as a shop's sign or a timetable is read: "½ price", "1/2 term" (a measure
# is not: "1/2 pint of custard" is "half a pint", never "half pint of").
HALF_NOUNS = word_set("price prices fare fares term terms time marathon")

# the jobs one person holds together, joined by a slash ("writer/director", "singer/songwriter"): said one after
# the other, as a credit is read; other pairs are a choice ("buyer/seller" is "buyer or seller").
JOINED_ROLES = word_set("writer director producer actor actress singer songwriter composer arranger musician rapper "
                        "poet author editor photographer filmmaker designer illustrator artist animator dancer "
                        "choreographer presenter host comedian founder owner chef restaurateur entrepreneur")

# a torque's "newton meter" is a length's metre too, spelled so on a British page (units.british_spellings).
METRE_COMPOUNDS = word_set("newton newtons")

# what records, rotas and logs write short (records.py). A register's or a label's entry before the date it records
# ("Bapt. 3 Mar 1712/13", "coll. 12.iv.1932"); the calendar's styles ("O.S.", "N.S."); the monarchs a statute's
# regnal year is counted by ("12 Geo. III"); what a timetable says runs on a short day ("the Sat service"; not
# "hours": a weather table's "Sun hours" are sunshine's).
RECORD_ENTRIES = {"Bapt": "baptised", "bapt": "baptised", "Bur": "buried", "bur": "buried", "Marr": "married",
                  "marr": "married", "Coll": "collected", "coll": "collected"}
STYLE_MARKS = {"O": "Old Style", "N": "New Style"}
REGNAL_MONARCHS = {"Geo": "George", "Hen": "Henry", "Edw": "Edward", "Eliz": "Elizabeth", "Vict": "Victoria",
                   "Will": "William", "Ric": "Richard", "Car": "Charles", "Jac": "James", "Jas": "James",
                   "Chas": "Charles"}
SCHEDULE_NOUNS = ("service", "services", "timetable", "timetables", "train", "trains", "bus", "buses", "market",
                  "markets", "opening", "openings", "matinee", "matinees", "sailing", "sailings", "fixtures",
                  "collection", "collections", "delivery", "deliveries", "shift", "shifts", "rota", "league")

# what a sign-in asks for together, joined by a slash ("username/password", "email/password"): both are typed,
# so the pair is said with "and" (a choice's "or" would tell the listener either will do).
SIGN_IN_NAMES = word_set("username login email user")
SIGN_IN_SECRETS = word_set("password passcode passphrase pin")
# a media type's two parts, as an API's documentation and a header write them ("application/json", "text/html",
# "image/png"): said with "slash" (the slash was "or", "application or json"). Only a type before one of these
# subtypes: "image/video" and "text/call" are a choice.
MEDIA_TYPES = word_set("application text image audio video multipart font")
MEDIA_SUBTYPES = word_set("json html xml plain css csv javascript pdf png jpeg gif webp avif heic tiff bmp "
                          "octet-stream zip gzip mpeg ogg wav webm form-data x-www-form-urlencoded markdown calendar "
                          "rtf woff woff2 ld+json")
# what a pair joined by a slash forms together when this word follows it ("each mentor/mentee pair", "the
# parent/child relationship"): the two are one thing, said one after the other ("buyer or seller" elsewhere).
PAIR_NOUNS = word_set("pair pairs pairing pairings partnership partnerships duo duos relationship relationships "
                      "dyad dyads team teams")
# what a board's thickness in quarter inches is written before ("5/4 decking", "8/4 walnut"): a lumberyard's
# "five quarter", never a fraction's plural ("5/4 time" is a metre, read as a fraction's words elsewhere).
LUMBER_WORDS = word_set("board boards decking deck lumber stock plank planks timber hardwood hardwoods softwood "
                        "walnut oak maple cherry ash pine cedar poplar mahogany birch beech hickory teak redwood "
                        "cypress sapele rough s2s s4s")
# words before a spaced amount that say it is money ("Tickets cost R 350", "paid INR 450"), where a letter or a
# code spaced from a number may be a road ("the R 44") or a lab's ratio ("INR 2.5").
MONEY_CUES = word_set("cost costs costing paid pay pays paying charge charges charged price priced prices fee fees "
                      "fare fares fine fined earn earns earned spent spend spends worth rent salary wage wages budget "
                      "entry admission ticket tickets raised raises raise sold buy bought")
# words of a clinic that make "INR" the blood's clotting ratio, not India's rupee ("her INR 2.5 on warfarin").
CLOTTING_WORDS = word_set("warfarin coumadin anticoagulant anticoagulation anticoagulated heparin clot clots clotting "
                          "patient patients dose doses dosing therapeutic bleeding blood prothrombin vitamin lab labs")
# initialisms written small that are no word ("trapped him lbw", "please rsvp"): spelled, as in capitals.
SMALL_INITIALISMS = word_set("lbw rsvp diy")

# names whose members, sequels or editions are numbered in Roman numerals ("a Saturn V's first stage", "Rocky
# V", "Final Fantasy X", "Super Bowl X"): a lone V or X after them is five or ten, never the letter (romans.py). A lone
# "I" is left, the pronoun as often ("when Rocky I said").
NUMBERED_SERIES = word_set("Saturn Apollo Gemini Rocky Auto Fantasy Bowl WrestleMania Wrestlemania Rambo Creed "
                           "Olympiad Episode Halloween "
                           # games numbered so ("Battlefield V", "The Elder Scrolls V", "Mortal Kombat X")
                           "Battlefield Civilization Civilisation Scrolls Kombat Fighter Trek GTA "
                           # ... and "Metal Gear Solid V", "Dragon Quest V" ("Solid V" was the letter)
                           "Solid Quest "
                           # launchers numbered so ("Ariane V", "an Atlas V": the letter was left)
                           "Ariane Atlas")

# the highest numeral each of these rulers' names took (Scotland's last Malcolm was the fourth): past it, a letter
# after the name is a surname or a chosen name's ("Malcolm X"), never a king's numeral. Only names with short lines of
# rulers; a name not here takes any numeral ("Louis X", "Charles X", "Pius X"), and a royal title before the name
# still makes any numeral a ruler's.
REGNAL_LIMITS = {"Malcolm": 4, "Elizabeth": 2, "Edmund": 2, "Margrethe": 2, "Catherine": 2, "Umberto": 2,
                 "Rainier": 3, "Kamehameha": 5, "Mswati": 3, "Sobhuza": 2, "Moshoeshoe": 2, "Menelik": 2,
                 "Zog": 1, "Carol": 2, "Mihai": 1}
# the endings of names that only kings took: the Sanskrit "-varman" ("armour", "protector") of the Khmer and Pallava
# kings ("Jayavarman VII", "Suryavarman II", "Mahendravarman I"), whose numeral is a ruler's (romans.py)
REGNAL_NAME_ENDINGS = ("varman",)
# a family history's short forms (records.py). An event before the year or date it happened ("bap. 1794",
# "bapt. 4 May 1801"), the life words before a decade or a year before Christ ("fl. 1720s", "r. 283-246 BCE"), which
# the life rule after them, reading digits, no longer sees once the numbers are words.
LIFE_EVENTS = {"bap": "baptised", "bapt": "baptised", "bur": "buried", "marr": "married", "chr": "christened"}
LIFE_WORDS = {"b": "born", "d": "died", "r": "reigned", "fl": "flourished"}
# an institution's shortened words after its name ("Univ. Coll. Dublin", "King's Coll. Hosp."); "Coll." before
# initials is a label's collector, read by records.py's own rule.
INSTITUTION_WORDS = {"Coll": "College", "Hosp": "Hospital"}
# the university towns a college's name ends on, written short after it ("Merton Coll. Oxf.").
UNIVERSITY_TOWNS = {"Oxf": "Oxford", "Camb": "Cambridge", "Oxon": "Oxford", "Cantab": "Cambridge"}

# a battery's charge in amp hours ("a 2.2 Ah cell"; "mAh" is above) and a yarn's weight as a knitter measures
# it, in wraps per inch ("8 wpi"): units no other reading gives these letters after a number.
UNITS.update({"Ah": ("amp hour", "amp hours"), "wpi": ("wrap per inch", "wraps per inch")})

# a message's shorthand, as a newsreader says it when quoting a post ("tbh the update broke it": "to be honest";
# the voice spelled it or said "tibbuh"). Written small, or in capitals or with one capital where the words after it
# show it stands for a clause (shorthand.py). "lol" is said as written; "rip" and "gr8" are words or spellings
# of their own; "imo" after an article is the maritime body's number, spelled.
MESSAGE_SHORTHAND = {
    "tbh": "to be honest", "imo": "in my opinion", "imho": "in my humble opinion", "idk": "I don't know",
    "btw": "by the way", "smh": "shaking my head", "ngl": "not gonna lie", "fwiw": "for what it's worth",
    "omw": "on my way", "irl": "in real life", "afaik": "as far as I know", "iykyk": "if you know you know",
    "jk": "just kidding", "brb": "be right back", "gg": "good game", "ty": "thank you", "tysm": "thank you so much",
    "icymi": "in case you missed it", "nvm": "never mind", "ikr": "I know, right", "ftw": "for the win",
    "dm": "D.M",
}
# Those whose capitals are names or other initialisms ("Ty" Cobb, "JK" Rowling, "GG", a "DM"): only the small forms
# are shorthand; and "Imo" with one capital is a Nigerian state.
MESSAGE_SHORTHAND_SMALL_ONLY = frozenset({"jk", "gg", "ty", "dm", "ikr", "ftw"})
MESSAGE_SHORTHAND_NAMES = frozenset({"Imo"})

# a reference's label shortened with its stop before a Roman numeral ("Ch. XII", "Sch. III", "Art. IV"), said as
# its word, as words.py says it before digits ("Ch. 12" is "Chapter twelve"); the numeral is read first, so the
# label's rule after it no longer sees a number.
ABBREVIATED_COUNTERS = {"Ch.": "Chapter", "Sch.": "Schedule", "Art.": "Article", "Pt.": "Part", "Sec.": "Section",
                        "App.": "Appendix"}
# a pressure in millimetres of mercury written spaced, as clinics and older texts print it ("6 mm Hg"; "six
# millimeters Hg" it was), the same unit as "mmHg" above.
UNITS.update({"mm Hg": UNITS["mmHg"]})
# a device's and a program's own files, named in manuals, patch notes and support pages ("firmware_v3.bin",
# "backup.img", "save.dat"): said as file names ("firmware_v three.bin" went to the voice).
DEVICE_FILE_EXTENSIONS = ("bin", "img", "dat", "bak", "tmp", "hex")

# a book's and a statute's labels shortened with their stop before a Roman numeral ("Bk. VI", "Sect. XII"),
# said as their words, as "Ch. XII" is ("Bk. six" went to the voice).
ABBREVIATED_COUNTERS.update({"Bk.": "Book", "Sect.": "Section"})
# the gas and lighting industries' units after a number: a well's or a field's gas in thousands, millions,
# billions and trillions of cubic feet ("450 Mcf", "3.4 Bcf/d", "a 2 Tcf field"), a lamp's lumens ("4,000 lm"), and
# a precious metal's troy ounces written out ("35 troy oz"); each went to the voice as letters ("four thousand lm").
UNITS.update({
    "Mcf": ("thousand cubic feet", "thousand cubic feet"), "MMcf": ("million cubic feet", "million cubic feet"),
    "Bcf": ("billion cubic feet", "billion cubic feet"), "Tcf": ("trillion cubic feet", "trillion cubic feet"),
    "lm": ("lumen", "lumens"), "troy oz": ("troy ounce", "troy ounces"),
})
# a stay's nights after a count, as a holiday's or a hotel's listing shortens them ("B&B, 3 nts", "5 nts half
# board"; "nts" went to the voice as a word); "NTS" in capitals is a drawing's "not to scale" and is left.
UNITS.update({"nts": ("night", "nights")})
# the words of a job that "Sr" ranks ("Sr Vice President", "Sr Analyst", "Sr. Software Engineer"): before any
# other capitalised word "Sr" is a nun's Sister ("Sr Agnes", "Sr. Mary Joseph"; words.py).
SENIOR_TITLE_WORDS = word_set(
    "Vice Analyst Analysts Associate Associates Consultant Consultants Developer Developers Director Directors "
    "Engineer Engineers Manager Managers Editor Editors Partner Partners Account Accountant Product Staff "
    "Scientist Scientists "
    "Designer Designers Research Researcher Data Sales Marketing Program Programme Project Software Architect Counsel "
    "Officer Officers Executive Executives Specialist Specialists Advisor Adviser Administrator Technician Fellow Lead "
    "Principal Producer Writer Reporter Correspondent Lecturer Nurse Nurses Vp VP Member Members Investigator Buyer "
    "Planner Recruiter Coordinator Co Superintendent Sergeant Chief Clerk Systems Business Financial Finance Legal "
    "Operations Policy Technical Tech Product Network Security Solutions Software Support Customer Client Brand "
    "Content Digital Graphic Web Quality Test Field Team Unit Technologist Pastor Judge High Citizen Citizens")
# games of guesses whose share is tries out of six ("Wordle 1,204 4/6", "Heardle 2/6"; fractions.py).
GUESS_GAMES = ("Wordle", "Heardle", "Worldle", "Nerdle", "Quordle", "Dordle")
# the National Grid's hundred-kilometre squares of Great Britain, by their two letters, that a bare grid reference
# opens with ("NY 342 151"; places.py); those that are words are left out ("NO", "OR", "TV"), and the squares at sea.
GRID_SQUARES = word_set(
    "HL HM HN HP HQ HR HS HT HU HW HX HY HZ JL JM JQ JR JV JW NA NB NC ND NF NG NH NJ NK NL NM NN NP NQ NR NS NT NU "
    "NX NY NZ OV SC SD SE SH SJ SK SM SN SO SP SR SS ST SU SV SW SX SY SZ TA TF TG TL TM TQ TR TW")
# broadcasters' and public bodies' initials that open their accounts' handles in small letters ("@bbcweather",
# "@nhsengland", "@ukparliament"; signs.py), spelled before the word they run into.
HANDLE_INITIALISMS = word_set(
    "bbc itv nhs uk cnn nbc abc cbs npr pbs fbi ft bt rspca rspb rnli tfl hmrc dvla dwp ons rte cbc")
# a book's plates shortened with their stop before a Roman numeral ("Pl. XXXII"), said as "Plate" is.
ABBREVIATED_COUNTERS.update({"Pl.": "Plate"})
# a storm's, a landing's or a licence's category before its numeral ("Cat. V", "a Cat. III approach"), as "Cat. 5"
# is said already ("Cat. V" went to the voice as written).
ABBREVIATED_COUNTERS.update({"Cat.": "Category"})
# record labels whose discs a review cites by catalogue number after the label's name ("Decca 485 7721", "Sony
# 19658 80412 2", "Hyperion CDA68123" is letters and read as a code already): the digits said one by one, group by
# group, as a record shop reads them (electronic.py; "four hundred eighty five seven thousand ..." it was).
RECORD_LABELS = word_set(
    "Decca Sony EMI Naxos Hyperion Chandos BIS Erato Warner RCA Philips Nonesuch ECM Onyx Linn Signum "
    "Telarc Ondine Delphian Resonus Pentatone Orfeo Harmonia Grammophon DG Parlophone Capitol Elektra "
    "Teldec Archiv Arcana Ricercar Glossa Supraphon Coro")
# short forms no voice says as written, from field notes and labels: a birder's "juv Cuckoo", a brewer's "Sp.
# gr. 1.045", a label's "Wt. 2.3 kg" and a chart's "Temp. 38.2°C" (capitalised and stopped: "temp" is a word, "Temp."
# a label), a school's "Yr 6". Rare forms (words.py): each is first looked for as written.
RARE_FORMS.update({"juv": "juvenile", "juvs": "juveniles", "Sp. gr.": "specific gravity", "sp. gr.": "specific gravity",
                   "Wt.": "Weight", "Temp.": "Temperature", "Yr": "Year"})
# The short words of a club's minutes and of a parish's, a surgery's or a venue's notices ("the next mtg", "Apols. from
# Jo Hart", "no appts left", "Central Stn", "£1,240 c/f", "£15 adv / £18 otd"): rare forms (words.py), each first
# looked for as written. A secretary's "Sec." only after "the" or before a name ("Sec. 4" is a section, "30 sec"
# seconds), and a ledger's and a ticket's forms only after a sum (words.py).
NOTICE_FORMS = {
    "mtg": "meeting", "Mtg": "Meeting", "mtgs": "meetings", "Mtgs": "Meetings", "Chmn": "Chairman",
    "Chmn.": "Chairman", "Treas.": "Treasurer", "Treas": "Treasurer", "Sec.": "Secretary", "Apols.": "Apologies",
    "Apols": "Apologies", "apols": "apologies", "Xmas": "Christmas", "appts": "appointments", "Appts": "Appointments",
    "appt": "appointment", "Appt": "Appointment", "Stn": "Station", "Stn.": "Station",
    "b/f": "brought forward", "c/f": "carried forward", "adv": "in advance", "otd": "on the door",
}
# words near which a bare "5.14" or "5.9" is a Yosemite decimal grade, not a decimal (climbing.py).
CLIMBING_WORDS = word_set(
    "climb climbs climbed climber climbers climbing route routes crag crags onsight onsighted onsights redpoint "
    "redpointed redpoints flashed flash pitch pitches belay belayed boulder bouldering bolted trad Yosemite grade "
    "graded")
# A results line's marks after a performance ("9.81 PB", "6.28m WR", "22.05 (SB)"), said as commentators say them:
# "PB" was read as petabytes and the rest spelled (sports.results_marks).
RESULT_MARKS = {"WR": "world record", "PB": "personal best", "SB": "season's best", "NR": "national record",
                "CR": "championship record", "MR": "meeting record", "ER": "European record", "AR": "area record",
                "WL": "world lead", "WB": "world best"}
# The words of a track, field or pool where such a mark follows a time or a distance (one of them in the sentence).
ATHLETICS_WORDS = word_set(
    "ran run runs running clocked clocking sprinted raced jumped jump leapt vaulted vault threw throw thrower cleared "
    "heat heats semi final hurdles relay marathon metres meters steeplechase javelin discus hammer shot put swam "
    "freestyle backstroke breaststroke butterfly medley athlete athletes athletics sprint sprinter Diamond League "
    "Olympics Olympic championships trials")
# scales a degree is counted on beside Celsius and Fahrenheit: a brewer's wort ("12 °P", Plato), a grower's
# sugar ("22 °Bx", Brix) and a malt's colour ("3 °L", Lovibond); "degreesP" it was, the scale's letter glued on.
UNITS.update({"°P": ("degree Plato", "degrees Plato"), "°Plato": ("degree Plato", "degrees Plato"),
              "°Bx": ("degree Brix", "degrees Brix"), "°Brix": ("degree Brix", "degrees Brix"),
              "°L": ("degree Lovibond", "degrees Lovibond"),
              # a machinist's feed per turn of the spindle ("0.3 mm/rev"): "mm or rev" it was
              "rev": ("revolution", "revolutions"),
              # a mine's or a plant's yearly output, and a pump's flow ("5 mtpa", "800 gph"): spelled, they were
              "mtpa": ("million tonnes per annum", "million tonnes per annum"),
              "Mtpa": ("million tonnes per annum", "million tonnes per annum"),
              "gph": ("gallon per hour", "gallons per hour"), "GPH": ("gallon per hour", "gallons per hour"),
              # a wall's or a window's U-value ("0.18 W/m²K", tidied "m2K"): "W/m two K" it was
              "W/m2K": ("watt per square meter kelvin", "watts per square meter kelvin"),
              # a screen's or a sign's luminance ("300 cd/m²", tidied "m2"): "cd/m two" it was; "cd" alone is left
              # (a compact disc as often as a candela)
              "cd/m2": ("candela per square meter", "candelas per square meter")})
# what a weight or a price per kilogram is of, as a livestock market writes it after the unit ("£1.85/kg dw",
# "330 kg lw"): dead weight (the carcass), live weight, carcass weight.
WEIGHT_BASES = {"dw": "dead weight", "lw": "live weight", "cw": "carcass weight"}
# the metals a mine's grade is given in after its unit ("3.2 g/t Au", "1.2% Cu", "0.4 oz/t AuEq"): the symbols
# said as the metal's name ("Au" went to the voice as "oh").
ORE_METALS = {"Au": "gold", "Ag": "silver", "Cu": "copper", "Zn": "zinc", "Pb": "lead", "Ni": "nickel",
              "Pt": "platinum", "Pd": "palladium", "Mo": "molybdenum", "Sn": "tin", "Co": "cobalt", "Li": "lithium"}
# a number's and a proposition's sign before a Roman numeral, as catalogues and Euclid's editions print them
# ("No. XVII", "Prop. XLVII"): "Number seventeen", "Proposition forty seven" ("No. seventeen" and the letters
# "X.L.V.I.I" went to the voice). Only before a numeral (romans.py): "No. 5" is read by the words' rules.
ABBREVIATED_COUNTERS.update({"No.": "Number", "Prop.": "Proposition"})
# the months of the Islamic and Hebrew calendars, which a date gives after its day as an English month is given
# ("3 Ramadan 1447", "15 Nisan 5786"; "three Ramadan ..." was said). "Av" and "Adar" are left out: a word and a name
# as often.
OTHER_CALENDAR_MONTHS = word_set(
    "Muharram Safar Rajab Shaban Ramadan Ramadhan Ramazan Shawwal Tishrei Heshvan Cheshvan Kislev Tevet Shevat Nisan "
    "Iyar Sivan Tammuz Elul")
# the words near which "12A" and "14D" are a crossword's lights, across and down (capitals.py).
CROSSWORD_WORDS = word_set("anagram anagrams clue clues crossword crosswords cryptic setter setters solver solvers "
                           "Anagram Anagrams Clue Clues Crossword Crosswords Cryptic")
# the microprocessors of home and early personal computers, named by their numbers and said as their users say
# them ("sixty five o two", "four eighty six"; "six thousand five hundred and two" it was), with the words near which a
# bare number is the chip (namednumbers.py); glued to its variant ("486DX2", "386SX") it is the chip anywhere.
VINTAGE_PROCESSORS = {
    "6502": "sixty five o two", "6510": "sixty five ten", "6800": "sixty eight hundred", "6809": "sixty eight o nine",
    "8080": "eighty eighty", "8085": "eighty eighty five", "8086": "eighty eighty six", "8088": "eighty eighty eight",
    "68000": "sixty eight thousand", "68020": "sixty eight o twenty", "68030": "sixty eight o thirty",
    "68040": "sixty eight o forty", "80286": "eighty two eighty six", "80386": "eighty three eighty six",
    "80486": "eighty four eighty six", "286": "two eighty six", "386": "three eighty six", "486": "four eighty six"}
PROCESSOR_WORDS = word_set(
    "MHz CPU CPUs chip chips processor processors microprocessor microprocessors assembly assembler opcode opcodes "
    "registers clocked 8-bit 16-bit 32-bit")

# The forms of unit_tokens17.
# a book's and a part's labels shortened without their stop before a Roman numeral, as tables of contents and
# footnotes print them ("Pt II", "Bk IV": "Pt two" and "Bk four" went to the voice), said as "Pt." and "Bk." are.
ABBREVIATED_COUNTERS.update({"Pt": "Part", "Bk": "Book"})
# a schedule's and an opus's short forms before a Roman numeral, as statutes and older concert programmes print
# them ("Sched. III", "Op. XII": "Sched. three" and "Op. twelve" went to the voice).
ABBREVIATED_COUNTERS.update({"Sched.": "Schedule", "Op.": "Opus"})
# a clotting factor's and a Roman legion's numbers ("Factor V Leiden", "Legio X Fretensis"): a lone V or X after
# them is five or ten, never the letter, as after NUMBERED_SERIES's names (romans.py; the letter went to the voice).
NUMBERED_KINDS = word_set("Factor Legio")
# units of paper, cloth, watches and building after a number, as spec sheets and trade counters shorten them:
# paper's and cloth's weight in grams a square metre ("80gsm"), a balance wheel's beats ("28,800 vph") and a builder's
# run of moulding or timber in linear metres ("£6.50/lin m"); each went to the voice as letters or a word ("eighty
# gsm", "per lin m").
UNITS.update({"gsm": ("gram per square meter", "grams per square meter"),
              "vph": ("vibration per hour", "vibrations per hour"),
              "lin m": ("linear meter", "linear meters"), "lin. m": ("linear meter", "linear meters"),
              # a watch's daily rate ("+3 s/day"): a bare "s" is no unit alone, so the rate is one
              "s/day": ("second per day", "seconds per day"), "sec/day": ("second per day", "seconds per day")})
# what a freight rate is quoted per after its stroke, a container's twenty- or forty-foot equivalent unit
# ("$2,850/FEU", "$1,450/TEU"; money.py): said "per" as "$78/bbl" is ("dollars/TEU" went to the voice).
FREIGHT_UNITS = ("TEU", "FEU")
# a price's tax said with it, shortened as shops and trade counters print it ("£9.35 inc VAT", "£12.99 ex
# VAT", "$40 excl. GST"; money.py): "inc" and "ex" went to the voice as words.
TAX_BASES = {"inc": "including", "incl": "including", "ex": "excluding", "exc": "excluding", "excl": "excluding"}
TAXES = ("VAT", "GST", "P&P")
# diets named by a pair of numbers ("the 5/2 diet"): said as the pair, as "16/9 widescreen" is ("five halves
# diet" it was; fractions.py, beside PROPORTION_NOUNS). ("16/8 fasting" is read as a date before: dates.py.)
PAIRED_PLANS = word_set("diet diets")
# a bookmaker's prices that are no date (no such day or month) and no fraction anyone writes, so are odds wherever
# they stand ("100/30", "SP 100/30"; "one hundred slash thirty" it was); "15/2" and "13/8" are dates as often.
ODDS_ONLY_PRICES = frozenset({"100/30", "85/40", "95/40"})
# (moved from trade_forms.py, which the segmenter asks, so that the normaliser reads them too): a kitchen's measure
# after its amount ("1 tbsp. Dijon mustard", "1 pt. Guinness", "½ tsp. salt"): before a name that qualifies the
# ingredient it goes on, where before the next step's verb ("Add 2 tbsp. Stir well") or a name and its verb ("He
# weighs 200 lbs. Jones is lighter", "30 pts. Smith added 10") it ends.
KITCHEN_MEASURES = word_set("tbsp tbsps tbs tsp tsps pt pts qt qts oz lb lbs gal doz pkg")
# Names of a people or a place that qualify an ingredient and are everyday words too ("2 tbsp. Greek yoghurt", "1 tsp.
# Chinese five-spice"): the rarer ones ("Dijon", "Worcestershire") are no common word and go on without the table.
INGREDIENT_ORIGINS = word_set(
    "greek italian french spanish mexican thai chinese japanese indian english american turkish korean swiss dutch "
    "german irish scotch jamaican caribbean persian moroccan cuban brazilian polish russian danish"
)
# what a builder buys by the run, so that "lm" before "of" and one of them is linear metres ("25 lm of skirting",
# "12 lm of guttering"), where a lamp's "800 lm of light" is lumens (units.py).
LINEAR_RUNS = word_set(
    "skirting skirtings coving architrave architraves timber worktop worktops fencing guttering gutter edging trim "
    "decking cladding moulding mouldings molding beading batten battens handrail railing kerb kerbs hedge hedging "
    "pipe pipework ducting cable trunking track fascia soffit")

# North America's toll-free and premium area codes, said as numbers ("one, eight hundred, ...") where the others
# are said digit by digit (telephones.py, regional.py).
TOLL_FREE_AREAS = frozenset({"800", "900"})

# ---- dates, times and numbers to dial ----
# the European Union's harmonised service numbers, each "116" and three digits, the same in every member state
# (missing children, victims, child helplines, the out-of-hours doctor, emotional support: the Samaritans' "116 123"):
# said digit by digit as they are dialled (telephones.py), where a count with a space for its thousands ("one hundred
# sixteen thousand one hundred twenty three") named nothing.
EU_SERVICE_NUMBERS = ("000", "006", "111", "117", "123")
# the dialling codes of places whose numbers hold four or five digits after the code (the Falklands, St Helena,
# Ascension, Tonga, Samoa, Niue, Tokelau, the Cook Islands, Tuvalu, Wallis and Futuna, Norfolk Island): their numbers
# to call are read digit by digit with fewer digits than others' (telephones.py: "+676 23 456" was "plus six hundred
# seventy six twenty three four hundred fifty six"); and the Solomon Islands', Vanuatu's and Kiribati's five digits
# ("+677 21234" was "plus six hundred seventy seven twenty one thousand ...").
SHORT_NUMBER_CODES = frozenset({"500", "290", "247", "676", "685", "683", "690", "682", "688", "681", "672",
                                "677", "678", "686"})
# where an emergency number is dialled, in brackets after it as a list of them writes it ("112 (EU)", "999
# (UK)", "000 (Australia)"): the number dialled, digit by digit (telephones.py).
EMERGENCY_REGIONS = ("EU", "UK", "US", "USA", "Europe", "Australia", "NZ", "New Zealand", "India", "Ireland", "Canada",
                     "North America", "South Africa", "Singapore", "Japan", "Mexico", "Nigeria")

# ---- amounts, measures and money ----
# The forms of unit_tokens18.
# a bullion price's troy ounce, "$2,340/oz t", "3 oz t" ("per ounce t" it was: the "t" went to the voice as a
# letter); a bare "ozt" is the same unit as dealers print it.
UNITS.update({"oz t": ("troy ounce", "troy ounces"), "ozt": ("troy ounce", "troy ounces")})
# what a price is per, shortened after its stroke as a wine list or a broker prints it ("€12/btl", "$34/sh";
# money.py): said in full ("per btl" it was).
PER_THINGS_SHORT = {"sh": "share", "btl": "bottle", "bot": "bottle", "gls": "glass"}
# what a fraction of an inch before a spaced "in" sizes, as a hardware or a bike shop prints it ("1/4 in jack",
# "1 1/8 in steerer"; imperial.py): the inch, where "in" before another noun is the preposition ("1/4 in water").
INCH_SIZED_NOUNS = word_set(
    "jack jacks steerer steerers socket sockets bolt bolts pipe pipes drive drives shank shanks dowel dowels hose "
    "hoses tube tubes screw screws nail nails plywood ply thread threads bit bits chuck spindle axle axles"
    # a knitter's needles and a crocheter's hooks, a fixer's washers and rivets ("3/8 in needles")
    " needle needles hook hooks washer washers rivet rivets"
    # a railway's or a gun's gauge and bore, a drilled hole, and what a cook, a joiner or a sewer cuts to an inch
    # ("1¼ in gauge", "a ¾ in bore", "½ in cubes", "a ⅝ in seam allowance")
    " gauge bore bores hole holes strip strips board boards batten battens square squares cube cubes slice slices"
    " piece pieces tile tiles seam seams hem hems")
# what a whole number of inches after "a" and before a spaced "in" sizes, as a recipe or a shop writes it ("a 9 in pie
# dish", "a 12 in wok", "a 27 in monitor"; imperial.py): a tin, a pan, a screen, a wheel, where "in" before another
# noun is the preposition ("a 9 in maths", "9 in 10 people")
INCH_SIZED_THINGS = word_set(
    "dish dishes pan pans tin tins wok woks skillet skillets tray trays pizza pizzas ramekin ramekins plate plates "
    "cake cakes tart flan quiche mould mold springform casserole saucepan griddle "
    "screen display monitor TV television laptop tablet wheel wheels rim rims")
# a thread's, a fly rod's or a line's weight rating after its number, "40 wt thread", "a 5 wt rod": said "weight"
# and never made plural, as a rating is ("forty wt" it was).
UNITS.update({"wt": ("weight", "weight")})

# ---- amounts, measures and money ----
# The forms of unit_tokens20.
# a heater's or an air conditioner's output per hour, "12,000 BTU/h" ("B.T.U/h" it was: the stroke and the
# hour's letter went to the voice); the unit's letters stay an initialism, as the trade says them.
UNITS.update({"BTU/h": ("BTU per hour", "BTU per hour"), "BTU/hr": ("BTU per hour", "BTU per hour")})

# ---- the segmenter's short forms ----
# a classical author's or work's short form as a citation gives it, before its book and line ("Thuc. 2.40",
# "Hom. Il. 6.146", "Verg. Aen. 4", "Cic. Off. 1.22"): its stop ends no sentence (short_runs.py). Only forms that are
# no everyday word or name in capitals: not "Met." (the Met Office), "Sat." (a weekday), "Ann." (a name), "Ep.".
CLASSICAL_SHORT = frozenset({
    "Hom", "Il", "Od", "Hes", "Hdt", "Thuc", "Xen", "Plat", "Arist", "Aesch", "Soph", "Eur", "Pind", "Theoc", "Callim",
    "Ap", "Rhod", "Verg", "Virg", "Aen", "Georg", "Ecl", "Hor", "Carm", "Ov", "Cic", "Liv", "Tac", "Suet", "Plut",
    "Lucr", "Catull", "Juv", "Quint", "Prop", "Tib", "Stat", "Theb", "Luc", "Sall", "Caes", "Gall"})
# Classical works whose short form is a name or a word too (Tacitus's "Ann." and "Hist.", Ovid's "Met." and "Fast."):
# they hold on to a book and its line only ("Ann. 15.44"), where "I met Ann. 15 came" ends.
CLASSICAL_BOOK_ONLY = frozenset({"Ann", "Hist", "Agr", "Germ", "Met", "Fast"})

# ---- dates, times, ordinals, numerals, links and telephones ----
# the racecourses of Britain and Ireland, by the name a race card gives a meeting: a dotted time before one is a
# race's off time ("the 2.45 Kempton", "1.50 Newmarket"; dotted.py), where it was read as a decimal.
RACECOURSES = (
    "Aintree", "Ascot", "Ayr", "Ballinrobe", "Bangor", "Bath", "Bellewstown", "Beverley", "Brighton", "Carlisle",
    "Cartmel", "Catterick", "Chelmsford", "Cheltenham", "Chepstow", "Chester", "Clonmel", "Cork", "Curragh",
    "Doncaster", "Dundalk", "Epsom", "Exeter", "Fairyhouse", "Fakenham", "Ffos", "Fontwell", "Galway", "Goodwood",
    "Gowran", "Hamilton", "Haydock", "Hereford", "Hexham", "Huntingdon", "Kelso", "Kempton", "Kilbeggan", "Killarney",
    "Laytown", "Leicester", "Leopardstown", "Limerick", "Lingfield", "Listowel", "Ludlow", "Musselburgh", "Naas",
    "Navan", "Newbury", "Newcastle", "Newmarket", "Newton", "Nottingham", "Perth", "Plumpton", "Pontefract",
    "Punchestown", "Redcar", "Ripon", "Roscommon", "Salisbury", "Sandown", "Sedgefield", "Sligo", "Southwell",
    "Stratford", "Taunton", "Thirsk", "Thurles", "Tipperary", "Towcester", "Tramore", "Uttoxeter", "Warwick",
    "Wetherby", "Wexford", "Wincanton", "Windsor", "Wolverhampton", "Worcester", "Yarmouth", "York",
)
# the headings a listing of times opens with before its colon ("Service times: 8.00 Holy Communion", "Programme: 7.30
# welcome, 7.45 talk", "Agenda: ..."): the dotted times after one are the clock's, where they were read as decimals
# (dotted.py). Lower case; the heading may be led by its day or its kind ("Sunday services:", "Mass times:").
TIMES_HEADINGS = (
    "times", "programme", "program", "timetable", "schedule", "services", "running order", "itinerary",
    "order of the day", "order of service", "agenda", "line-up", "lineup", "rota",
)
# the verbs (stems, and the past tenses they do not lead) that set a level and not a time ("will peak at 4.25", "will
# trade at 1.15", "sterling stood at 1.25"): the dotted number after one, and its "at", stays an amount (dotted.py).
LEVEL_VERBS = (
    "peak", "settle", "stand", "trade", "level", "close", "top", "bottom", "cap", "fix", "remain", "stay", "hold",
    "sit", "price", "value", "rest", "stood", "sat",
)
# the events a notice names just before "at" and a dotted time, which is the time the event is set for ("Fireworks at
# 8.15", "the third race at 3.40", "Bingo at 7.15": "eight point one five" it was; dotted.py). Not a match, a game, a
# session, a class or an auction: a price or the odds are named after them as often ("won the match at 1.50", "the
# session at 1.25", "the share class at 4.50"). Lower case, plural where it is used so.
EVENTS_AT = (
    "race", "races", "fireworks", "firework display", "parade", "procession", "carnival", "quiz", "bingo", "raffle",
    "tombola", "talk", "lecture", "concert", "gig", "recital", "show", "ceremony", "wedding", "funeral", "vigil",
    "dinner", "lunch", "supper", "breakfast", "party", "disco", "dance", "ceilidh", "barbecue", "walk", "tour",
    "rehearsal", "assembly", "fete", "fête", "reception", "workshop", "debate", "hustings", "premiere", "service",
    "open day", "coffee morning",
    # a church's services ("Evensong at 6.30", "Mass at 9.30"): a mass in kilograms is never set "at" a time
    "evensong", "matins", "compline", "vespers", "mass", "eucharist", "communion", "prayers",
)
# the images a container registry's pages and compose files name with a tag after a colon ("postgres:16",
# "node:20", "redis:7"): the tag is a version, never a flattened footnote's number after a word's colon (citations.py).
CONTAINER_IMAGES = word_set(
    "postgres mysql mariadb redis mongo node python nginx httpd ubuntu debian alpine golang openjdk eclipse-temurin "
    "php ruby busybox traefik grafana elasticsearch rabbitmq memcached caddy haproxy jenkins gitlab sonarqube "
    "wordpress drupal ghost nextcloud keycloak consul vault minio influxdb telegraf prometheus kibana logstash "
    "centos fedora rockylinux amazonlinux archlinux perl rust swift dart elixir erlang julia gradle maven bash")
# the files and folders a program keeps under a name led by a stop ("dotfiles": ".bashrc", ".env.local",
# ".gitignore"): such a name alone is said with its stops ("dot bashrc"; relativepaths.py), where it went to the voice
# as written. Only these: a stop opening another word is a sentence's or a decimal's as often.
DOTFILES = word_set(
    "env bashrc bash_profile bash_history zshrc zprofile profile vimrc nvimrc inputrc gitignore gitattributes "
    "gitconfig "
    "gitmodules gitkeep git github gitlab dockerignore editorconfig prettierrc eslintrc eslintignore babelrc npmrc "
    "nvmrc yarnrc htaccess htpasswd ssh config cache local vscode idea DS_Store tmux netrc pgpass pylintrc flake8 "
    "coveragerc pre-commit-config terraform venv python-version ruby-version tool-versions")

# ---- the language sweep's concert programmes ----
# the words a programme names a movement by after its Roman number ("II. Adagio", "I. Prelúdio", "III. Rondo"):
# tempo marks and dance or form names, in the languages programmes write them; the number before one is the movement's.
MOVEMENT_WORDS = word_set(
    "Adagio Adagietto Allegro Allegretto Andante Andantino Largo Larghetto Lento Presto Prestissimo Vivace Moderato "
    "Grave Maestoso Scherzo Menuetto Minuetto Minueto Menuet Trio Rondo Rondó Finale Final Preludio Prelúdio Prélude "
    "Präludium Allemande Courante Sarabande Zarabanda Gigue Giga Gavotte Bourrée Fuga Fugue Toccata Introducción "
    "Introdução Introduzione Introduction Intermezzo Romanza Romance Marcia Marcha Tema Aria Ária Ciaccona Chaconne "
    "Passacaglia Sinfonia Kyrie Gloria Credo Sanctus Agnus")

# an astronomer's small angles ("0.5 arcsec", "30 arcmin") and a dose of international units by a body's weight
# or a volume ("50–100 IU/kg", "5 IU/mL"): left as written, they went to the voice as "arcsec" and "I.U/kg".
UNITS.update({"arcsec": ("arcsecond", "arcseconds"), "arcmin": ("arcminute", "arcminutes"),
              "IU/kg": ("IU per kilogram", "IU per kilogram"), "IU/mL": ("IU per milliliter", "IU per milliliter"),
              "IU/ml": ("IU per milliliter", "IU per milliliter"), "IU/L": ("IU per liter", "IU per liter")})
# the Czech crown's sign, written after the amount ("250 Kč"; "CZK" is its code).
CURRENCIES.update({"Kč": ("koruna", "koruna", "haler", "haler")})

# a magnetic field's strength in the small teslas space weather and geology print ("a Bz of -10nT", "a field
# of 50 μT"): "nT" was left as written. "T" alone stays with the magnet's words (units.py, _TESLA): after a count it
# is a trillion as often.
UNITS.update({"nT": ("nanotesla", "nanoteslas"), "μT": ("microtesla", "microteslas"),
              "µT": ("microtesla", "microteslas"), "mT": ("millitesla", "milliteslas")})

# what a type's point ("pt") sizes after an amount: a type's words and the typefaces most named ("10 pt Garamond",
# "a 12pt font"; "ten pt Garamond" it was); a pint is poured, and no beer or milk is named here.
TYPE_WORDS = word_set(
    "type font fonts typeface text body leading caption captions headline headlines heading headings lettering rule"
    " Garamond Arial Helvetica Times Calibri Cambria Georgia Verdana Futura Baskerville Caslon Bodoni Gill Palatino"
    " Courier Tahoma Frutiger Univers Myriad Minion Didot Rockwell Consolas Menlo Roboto Lato Trebuchet Segoe Avenir"
    " Optima Perpetua Bembo Sabon Janson Clarendon Akzidenz Lucida Century Cochin Hoefler Jenson Gotham"
)
# the machines a capital "HP" after an amount rates, horsepower ("a 5 HP motor"; "five H.P motor" it was):
# elsewhere "HP" is a maker ("2 HP printers") or a game's hit points.
HORSEPOWER_THINGS = word_set(
    "motor motors engine engines outboard outboards pump pumps compressor compressors tractor tractors mower mowers"
    " generator generators blower blowers winch winches"
)

# ---- unit_tokens26 ----
# timber's volume as a sawmill or a lumber price prints it ("$800/MBF", "$2.50/bd ft", "12,000 bd ft"): a board
# foot, and a thousand of them ("eight hundred dollars/MBF" and "per bd ft" it was).
UNITS.update({"MBF": ("thousand board feet", "thousand board feet"),
              "MMBF": ("million board feet", "million board feet"),
              "bd ft": ("board foot", "board feet"), "bd. ft.": ("board foot", "board feet"),
              "bd.ft.": ("board foot", "board feet")})

# A recording's nouns, after which "feat." credits a guest ("the last track is a remix feat. DJ Shadow", "a new single
# feat. Rihanna"): after any other word in small letters it is the noun ("no easy feat. While", "an amazing feat.").
RECORDINGS = word_set(
    "remix remixes mix mixes edit version versions track tracks single singles song songs cover covers duet duets"
    " album albums ep eps record records video videos tune tunes anthem ballad rework bootleg mixtape collab"
)

# ---- unit_tokens29 ----
# the money signs their countries write after the amount as often as before it ("50,000₫", "300฿", "100 ₺", "50 ₪"),
# as the euro's is ("5€"): said as the currency's name ("fifty thousand₫" it was). The rupee's, the won's, the
# naira's and the peso's signs lead their amounts. The lari's, the tenge's, the dram's, the manat's, the tugrik's and
# the kip's follow them as often ("20 ₾", "500 ₸").
SIGNS_AFTER_AMOUNT = "€£¢$₫₺₴฿₪₾₸֏₼₮₭"
# a gallon a pilot or a tank's maker names as US or imperial ("2,200 USG", "1 US gal", "5 imp gal"): "U.S.G" and
# "U.S gal" it was.
UNITS.update({"USG": ("US gallon", "US gallons"), "US gal": ("US gallon", "US gallons"),
              "imp gal": ("imperial gallon", "imperial gallons")})
# a chart's and a flight plan's nautical miles in capitals after an amount ("200 NM", "a 12 NM limit"): "N.M" it was;
# the newton metre is "Nm" and the nanometre "nm".
UNITS.update({"NM": ("nautical mile", "nautical miles")})
# a weather report's or a METAR's visibility in statute miles ("Visibility 10 SM", "5SM in mist"): "S.M" it was; only
# after an amount, so a team's or a size's "SM" is still spelled.
UNITS.update({"SM": ("statute mile", "statute miles")})
# a count of live bacteria or viruses in a sample, a laboratory's or a water test's ("500 cfu/100ml", "10⁶ pfu"): "cfu"
# went to the voice as a word.
_COLONIES = ("colony-forming unit", "colony-forming units")
_PLAQUES = ("plaque-forming unit", "plaque-forming units")
UNITS.update({"cfu": _COLONIES, "CFU": _COLONIES, "pfu": _PLAQUES, "PFU": _PLAQUES})

# units of the earth sciences and of structures that the tables above lack: thousands of years before now as
# geology writes them beside "Ma" and "kya" ("12 ka", "125 ka"), a sea's pressure by depth ("400 dbar"), a
# beam's moment ("12 kNm", "kN·m") and a material's conductivity ("0.035 W/mK"); each went to the voice as written.
# "vols" after a count is volumes, of a gas dissolved in beer as of books on a shelf ("2.5 vols CO2", "12 vols").
UNITS.update({"ka": ("thousand years ago", "thousand years ago"), "dbar": ("decibar", "decibars"),
              "kNm": ("kilonewton meter", "kilonewton meters"), "kN·m": ("kilonewton meter", "kilonewton meters"),
              "W/mK": ("watt per meter kelvin", "watts per meter kelvin"),
              "W/m·K": ("watt per meter kelvin", "watts per meter kelvin"), "vols": ("volume", "volumes")})

# a rate of water supplied or abstracted, in megalitres a day or a year as a utility writes it ("120 ML/d", "45 Ml/d",
# "300 GL/yr"): "M.L/d" it was. "ML" alone after a number is left (a label's "500 ML" is millilitres).
_MEGALITRES_A_DAY = ("megaliter per day", "megaliters per day")
UNITS.update({"ML/d": _MEGALITRES_A_DAY, "Ml/d": _MEGALITRES_A_DAY, "ML/day": _MEGALITRES_A_DAY,
              "Ml/day": _MEGALITRES_A_DAY, "ML/yr": ("megaliter per year", "megaliters per year"),
              "GL/yr": ("gigaliter per year", "gigaliters per year")})
# a soil's, a nutrient solution's or a water's conductivity ("1.8 mS/cm", "450 µS/cm", "4 dS/m"): as written it was.
_MICROSIEMENS = ("microsiemens per centimeter", "microsiemens per centimeter")
UNITS.update({"mS/cm": ("millisiemens per centimeter", "millisiemens per centimeter"), "µS/cm": _MICROSIEMENS,
              "μS/cm": _MICROSIEMENS, "uS/cm": _MICROSIEMENS,
              "dS/m": ("decisiemens per meter", "decisiemens per meter")})

# the currencies of Latin America, the Gulf, eastern Europe and central and south-east Asia by their codes, as a
# wire's or a remittance page's prices give them ("ARS 10,000", "QAR 450", "2,500 KZT"): spelled as letters they were.
# Codes that are also a word or a name before a number are left out: "COP 28" is a climate summit, "RON 95" a
# petrol's octane, "PHP 8" a language, "PEN", "BOB", "GEL", "TRY" and "ALL" words, "AMD" a chipmaker, "IRR" a return,
# "MDL" a litigation and "CRC" a checksum.
_PESO, _DINAR = ("centavo", "centavos"), ("fils", "fils")
CURRENCIES.update({
    "ARS": ("Argentine peso", "Argentine pesos", *_PESO), "CLP": ("Chilean peso", "Chilean pesos", *_PESO),
    "UYU": ("Uruguayan peso", "Uruguayan pesos", "centesimo", "centesimos"),
    "DOP": ("Dominican peso", "Dominican pesos", *_PESO), "PYG": ("guarani", "guaranis", "centimo", "centimos"),
    "GTQ": ("quetzal", "quetzales", *_PESO), "HNL": ("lempira", "lempiras", *_PESO),
    "NIO": ("cordoba", "cordobas", *_PESO), "JMD": ("Jamaican dollar", "Jamaican dollars", "cent", "cents"),
    "TTD": ("Trinidad and Tobago dollar", "Trinidad and Tobago dollars", "cent", "cents"),
    "BBD": ("Barbados dollar", "Barbados dollars", "cent", "cents"),
    "FJD": ("Fijian dollar", "Fijian dollars", "cent", "cents"),
    "QAR": ("Qatari riyal", "Qatari riyals", "dirham", "dirhams"),
    "OMR": ("Omani rial", "Omani rials", "baisa", "baisa"),
    "KWD": ("Kuwaiti dinar", "Kuwaiti dinars", *_DINAR), "BHD": ("Bahraini dinar", "Bahraini dinars", *_DINAR),
    "JOD": ("Jordanian dinar", "Jordanian dinars", *_DINAR), "IQD": ("Iraqi dinar", "Iraqi dinars", *_DINAR),
    "LBP": ("Lebanese pound", "Lebanese pounds", "piastre", "piastres"),
    "SYP": ("Syrian pound", "Syrian pounds", "piastre", "piastres"),
    "BGN": ("lev", "leva", "stotinka", "stotinki"), "RSD": ("Serbian dinar", "Serbian dinars", "para", "para"),
    "MKD": ("denar", "denars", "deni", "deni"), "BYN": ("Belarusian rouble", "Belarusian roubles", "kopek", "kopeks"),
    "KZT": ("tenge", "tenge", "tiyn", "tiyn"), "UZS": ("som", "som", "tiyin", "tiyin"),
    "AZN": ("manat", "manats", "qapik", "qapik"), "AFN": ("afghani", "afghanis", "pul", "puls"),
    "MMK": ("kyat", "kyat", "pya", "pya"), "KHR": ("riel", "riels", "sen", "sen"), "LAK": ("kip", "kip", "att", "att"),
    "MNT": ("tugrik", "tugriks", "mongo", "mongo"), "BTN": ("ngultrum", "ngultrum", "chhertum", "chhertum"),
})
# and three of those left out, read only where the sentence prices (money.word_codes): Peru's sol, Turkey's lira and
# the Philippine peso ("PEN 45", "TRY 500", "PHP 299" beside a price's word, another currency or a price's cents)
WORD_CURRENCY_CODES = {"PEN": ("sol", "soles", "centimo", "centimos"), "TRY": ("lira", "lira", "kurus", "kurus"),
                       "PHP": ("peso", "pesos", "centavo", "centavos"),
                       # and four more on the same terms, a summit's, an octane's, a word's and a chipmaker's
                       # elsewhere ("COP 28", "RON 95", "hair GEL", "AMD 7"): Colombia's peso, Romania's leu,
                       # Georgia's lari and Armenia's dram ("COP 120,000", "RON 45 a night", "GEL 1.5m")
                       "COP": ("Colombian peso", "Colombian pesos", "centavo", "centavos"),
                       "RON": ("leu", "lei", "ban", "bani"), "GEL": ("lari", "lari", "tetri", "tetri"),
                       "AMD": ("dram", "drams", "luma", "luma"),
                       # and Qatar's riyal as its press writes it, an airline's code elsewhere ("QR 817")
                       "QR": ("Qatari riyal", "Qatari riyals", "dirham", "dirhams")}
# and the country, its people and its cities and sights a traveller prices in, any of which near such a code's amount
# of two digits or more says the code is money ("In Lima, dinner was PEN 45", "a taxi across Manila is PHP 300";
# "PHP 8" is a language's version, in Manila as anywhere)
WORD_CURRENCY_PLACES = {
    "PEN": "Peru Peruvian Lima Cusco Cuzco Arequipa Trujillo Iquitos Puno Titicaca Machu Picchu Nazca Huaraz Paracas",
    "TRY": "Turkey Türkiye Turkish Istanbul Ankara Izmir Antalya Bodrum Cappadocia Göreme Fethiye Bursa Trabzon Konya",
    "PHP": "Philippines Philippine Filipino Manila Makati Cebu Davao Boracay Palawan Bohol Siargao Baguio Iloilo",
    "COP": "Colombia Colombian Bogotá Bogota Medellín Medellin Cartagena Cali Barranquilla Bucaramanga Salento",
    "RON": "Romania Romanian Bucharest Cluj Brașov Brasov Timișoara Timisoara Sibiu Constanța Constanta Iași Iasi",
    "GEL": "Georgia Georgian Tbilisi Batumi Kutaisi Kazbegi Mestia Svaneti Borjomi Sighnaghi",
    "AMD": "Armenia Armenian Yerevan Gyumri Dilijan Sevan Tatev Goris",
    "QR": "Qatar Qatari Doha Lusail Wakrah",
}
# those five are money by their amount's own look, or a price's word just before them ("fare: GEL 15"), not by a price
# anywhere near: "RON 95 costs £1.45/L" and "AMD 7 chips at $300" are an octane and a chipmaker beside a price.
PRICED_BY_THEIR_AMOUNT = frozenset({"COP", "RON", "GEL", "AMD", "QR"})
# three of them are money after an amount too, where it ends a phrase or is priced by something ("Entry: 15 GEL",
# "50,000 COP a night"); "95 RON" is an octane, and "2 AMD GPUs" names a chipmaker's parts.
WORD_CODES_AFTER_AMOUNT = ("COP", "GEL", "AMD")
# what an amount is priced by when a word after it says so ("GEL 120 per person", "RON 45 a night", "AMD 800 per
# ride"): with such a code, money; "RON 95 unleaded" and "AMD 7 processors" are left.
PRICED_BY = word_set("person head night ride trip ticket day week month year hour kilo kg")
# The currencies of a thousand minor units, whose decimals are said as decimals, as a coin's are ("KWD 1.250", "TND
# 12.5": "one point two five Kuwaiti dinars"; "one Kuwaiti dinar twenty five fils" it was, a tenth of its value).
DECIMAL_MAJORS = frozenset({"Kuwaiti dinar", "Bahraini dinar", "Omani rial", "Jordanian dinar", "Iraqi dinar",
                            "Tunisian dinar"})

# an oil company's output and reserves in barrels of oil equivalent, and its barrels in thousands and millions, as its
# reports write them ("1.2 million boe/d", "45 kboe/d", "320 MMboe", "12 Mbbl"): as written they went to the voice.
# "M" is the trade's thousand and "MM" its million, as in "Mcf" and "MMcf" above.
_BOE = ("barrel of oil equivalent", "barrels of oil equivalent")
_BOE_A_DAY = ("barrel of oil equivalent per day", "barrels of oil equivalent per day")
UNITS.update({
    "boe": _BOE, "boe/d": _BOE_A_DAY, "boepd": _BOE_A_DAY, "boe/day": _BOE_A_DAY,
    "kboe/d": ("thousand barrels of oil equivalent per day", "thousand barrels of oil equivalent per day"),
    "Mboe/d": ("thousand barrels of oil equivalent per day", "thousand barrels of oil equivalent per day"),
    "kboe": ("thousand barrels of oil equivalent", "thousand barrels of oil equivalent"),
    "Mboe": ("thousand barrels of oil equivalent", "thousand barrels of oil equivalent"),
    "MMboe": ("million barrels of oil equivalent", "million barrels of oil equivalent"),
    "Mbbl": ("thousand barrels", "thousand barrels"), "MMbbl": ("million barrels", "million barrels"),
})
# a laboratory's or a dose's enzyme and hormone activity in units per a volume, a mass or a period ("ALT 45 U/L",
# "100 U/mL insulin", "80 U/kg heparin", "5 mIU/mL"): "U/L" went to the voice as "U L"; "U" alone is left (a letter).
UNITS.update({
    "U/L": ("unit per liter", "units per liter"), "U/mL": ("unit per milliliter", "units per milliliter"),
    "U/ml": ("unit per milliliter", "units per milliliter"), "U/kg": ("unit per kilogram", "units per kilogram"),
    "U/h": ("unit per hour", "units per hour"), "U/day": ("unit per day", "units per day"),
    "mU/L": ("milliunit per liter", "milliunits per liter"),
    "mIU/mL": ("milli international unit per milliliter", "milli international units per milliliter"),
    "mIU/L": ("milli international unit per liter", "milli international units per liter"),
})
# a product of two units written with a middle dot or a dot operator, as a spec sheet, a torque wrench or a physics
# text writes it ("60 N·m", "3 kW·h", "300 lb·ft", "1.2 mPa·s", "500 V⋅A"): as written it went to the voice, the dot
# and the second unit with it ("sixty N·m", "three kilowatts·h"). Said as the two units' names, the second counted.
_FIRST_FACTORS = {"N": "newton", "kN": "kilonewton", "mN": "millinewton", "W": "watt", "kW": "kilowatt",
                  "MW": "megawatt", "GW": "gigawatt", "A": "amp", "mA": "milliamp", "V": "volt", "kV": "kilovolt",
                  "Pa": "pascal", "mPa": "millipascal", "lb": "pound", "lbf": "pound-force", "ft": "foot"}
_SECOND_FACTORS = {"m": ("meter", "meters"), "h": ("hour", "hours"), "s": ("second", "seconds"), "A": ("amp", "amps"),
                   "ft": ("foot", "feet"), "lb": ("pound", "pounds")}
_DOTTED_PRODUCTS = ("N·m", "kN·m", "mN·m", "N·s", "W·h", "kW·h", "MW·h", "GW·h", "A·h", "mA·h", "V·A", "kV·A",
                    "Pa·s", "mPa·s", "lb·ft", "lbf·ft", "ft·lb")
for _product in _DOTTED_PRODUCTS:
    _first, _second = _product.split("·")
    _one, _many = (f"{_FIRST_FACTORS[_first]} {name}" for name in _SECOND_FACTORS[_second])
    UNITS.update({_product: (_one, _many), _product.replace("·", "⋅"): (_one, _many)})

# a shell's own variables, named with a dollar in setup guides ("$HOME", "$PATH"): said "dollar home" with no path
# after them too, where a dollar before other capitals alone is a share's cashtag ("$AAPL") as often (shellwords.py).
SHELL_VARIABLES = frozenset({"HOME", "PATH", "USER", "SHELL", "PWD", "OLDPWD", "EDITOR", "VISUAL", "LANG", "TERM",
                             "HOSTNAME", "TMPDIR", "PAGER", "PYTHONPATH", "GOPATH", "JAVA_HOME"})
# commands written in prose before their short options ("git log -n 5", "kubectl -n prod", "docker run -p"): after
# one of them a hyphen and a letter standing alone are an option, "dash n" (shellwords.py). Lower case only, as typed.
COMMAND_WORDS = frozenset({
    "git", "docker", "podman", "kubectl", "helm", "ssh", "scp", "rsync", "curl", "wget", "ls", "grep", "tar", "rm",
    "cp", "mv", "chmod", "chown", "mkdir", "npm", "npx", "yarn", "pnpm", "pip", "pip3", "python", "python3", "node",
    "cargo", "go", "make", "ffmpeg", "terraform", "aws", "gcloud", "az", "systemctl", "journalctl", "ps", "du", "df",
    "sed", "awk", "psql", "mysql", "sudo", "apt", "brew", "uv", "java", "gcc", "unzip", "zip", "ping", "nc",
})

# a peso's or a dollar's sign led by its country's letters, as Latin America's and the Caribbean's prices write it
# ("COL$50,000", "RD$1,500", "J$2,000", "TT$45"): "C.O.L$fifty thousand" it was, the letters spelled before the sign.
CURRENCIES.update({
    "COL$": ("Colombian peso", "Colombian pesos", "centavo", "centavos"),
    "COP$": ("Colombian peso", "Colombian pesos", "centavo", "centavos"),
    "RD$": ("Dominican peso", "Dominican pesos", "centavo", "centavos"),
    "J$": ("Jamaican dollar", "Jamaican dollars", "cent", "cents"),
    "TT$": ("Trinidad and Tobago dollar", "Trinidad and Tobago dollars", "cent", "cents"),
    "BZ$": ("Belize dollar", "Belize dollars", "cent", "cents"),
    "EC$": ("East Caribbean dollar", "East Caribbean dollars", "cent", "cents"),
    "FJ$": ("Fijian dollar", "Fijian dollars", "cent", "cents"),
})
