"""A listing's or a job advert's header: its title near its price, and over the company that offers it."""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.clean.lines import Line
from narrator.clean.marketplace import PRICE_ALONE, company_name, place_line
from narrator.clean.menubars import entries_bar, menu_bar

# An address's end: a town, then its postcode or ZIP, a comma between or none ("..., Hay-on-Wye, HR3", "..., Dayton,
# OH 45409", "..., Nottingham NG1 5AB").
_ADDRESS_END = re.compile(r",\s+[A-Z][\w' -]*,?\s+(?:[A-Z]{1,2}\d[A-Z\d]?(?:\s+\d[A-Z]{2})?|[A-Z]{2}\s+\d{5})$")
# A listing's headline stands this near its price (marketplace.PRICE_ALONE), above or below.
PRICE_NEAR = 4


def by_the_price(lines: list[Line], candidates: list[int], top: int, bottom: int) -> int | None:
    """A shop's or an agent's listing: the longest headline-like line near its price, not a button, a rating or a
    detail between the price and the description ("Add to basket", "Request a tour")."""
    price = next((i for i in range(bottom - 1, top - 1, -1) if PRICE_ALONE.match(lines[i].text)), None)
    near = [i for i in candidates if price is not None and abs(i - price) <= PRICE_NEAR]
    if price is not None and (named := _file_product_over(lines, price, top)) is not None:
        near.append(named)
    if not near or price is None:
        return None
    best = max(near, key=lambda i: (lines[i].words, i < price))
    # "3 bedroom cottage for sale" over "Mill Lane, Hay-on-Wye, HR3": the listing's own name over its address (an
    # address alone, under the price, is the title: "412 Maple Ave, Dayton, OH 45409")
    return best - 1 if best - 1 in near and _ADDRESS_END.search(lines[best].text) else best


# A digital product's name says its file's type in brackets ("Hedgerow Foraging Guide (PDF)", "Fair Isle Hat
# Pattern (PDF)"), as a link to a file does ("Annual report 2025 (PDF)", taken for a prompt): over the price alone,
# right over it or over its maker's name, it is the product's name. A link opens on its verb ("Download the guide
# (PDF)").
_FILE_TYPE_END = re.compile(r"\((?:PDF|EPUB|MP3|ZIP|ePub)\)\s*$")
_LINK_VERBS = frozenset({"download", "view", "get", "read", "open", "see", "print"})
PRODUCT_OVER_PRICE = 2
PRODUCT_WORDS = 12


def _file_product_over(lines: list[Line], price: int, top: int) -> int | None:
    """The line a line or two over the price that names a product and its file's type; else None."""
    for i in range(price - 1, max(top, price - PRODUCT_OVER_PRICE) - 1, -1):
        line = lines[i]
        if (")" in line.text and _FILE_TYPE_END.search(line.text) and not line.terminal
                and 2 <= line.words <= PRODUCT_WORDS and line.text.split()[0].lower() not in _LINK_VERBS):
            return i
    return None


# A listing's company stands over its details: the place or the pay, within this many lines.
DETAIL_LINES = 2


# An app store's notices under an app's maker ("Contains ads", "In-app purchases", "Offers in-app purchases"): the
# listing's, as a price is.
_STORE_NOTICE = re.compile(r"(?i)^\s*(?:contains ads|(?:offers\s+)?in-app purchases|ad-supported)\s*$")


def _listing_detail_under(lines: list[Line], i: int) -> bool:
    """True when a place, a price or a store's notice stands right under the company's line ("Oban, Argyll", "£26,500
    a year", "Contains ads"): a job's or an item's, not a footer's company over its address or another company."""
    return any(place_line(lines[j].text) or PRICE_ALONE.match(lines[j].text) or _STORE_NOTICE.match(lines[j].text)
               for j in range(i + 1, min(len(lines), i + 1 + DETAIL_LINES)))


# A public employer's name alone, by the noun its name ends on ("Ceredigion County Council", "Hywel Dda University
# Health Board", "Cardiff University"): a job's advertiser as a company is, with no legal form to show it.
_EMPLOYER_NOUNS = ("Council", "Trust", "Board", "Authority", "University", "College", "School", "Service")
_PUBLIC_EMPLOYER = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,5}[A-Z][a-z]+$")


def _employer(text: str) -> bool:
    """True for a company's name alone by its legal form, or a public employer's by its last noun."""
    return company_name(text) or (text.endswith(_EMPLOYER_NOUNS) and _PUBLIC_EMPLOYER.match(text) is not None)


def over_a_company(lines: list[Line], top: int, anchor: int) -> int | None:
    """The line of a few words over a company's name alone (a job's title over its employer, an item's over its
    maker, or a public employer's), not a menu's entry nor the site's name at the top; else None."""
    for i in range(max(top, 2), anchor):
        above = lines[i - 1]
        if (_employer(lines[i].text) and above.words >= 2 and not above.terminal and not above.cta
                and not company_name(above.text) and not menu_bar(above.text) and not entries_bar(above.text)
                and _listing_detail_under(lines, i)):
            return i - 1
    return None


# An app's name with its age rating after it, as an app store prints its listing's headline ("Trefnydd Bins 4+",
# "Tide Times 12+"): a short name of capitalised words, the rating a number and a plus.
_AGE_RATED = re.compile(r"^\s*((?:[A-Z0-9][\w'’&.:-]*\s+){0,5}[A-Z0-9][\w'’&.:-]*)\s+\d{1,2}\+\s*$")


def age_rated_name(lines: list[Line], top: int, bottom: int) -> tuple[int, str] | None:
    """The line of an app's name with its age rating over its details ("Trefnydd Bins 4+"), and the name without
    the rating; else None."""
    for i in range(top, bottom):
        if lines[i].text.rstrip().endswith("+") and (found := _AGE_RATED.match(lines[i].text)):
            return i, found.group(1)
    return None


# A maker's shop page sets the maker's or the shop's name right under the product's name and over its price alone
# ("Riverbank Birds colouring book" / "Tamsin Hale" / "£9"; "... mug" / "Kiln Shed Pottery" / "£28.00"): the maker
# wrote the listing. A town there ("Cardiff, Roath") is where the item is, and a detail ("Hand glazed in Frome") is no
# name: every word of a name is capitalised.
MAKER_WORDS = 4
_MAKER = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w'’.-]*){1,3}$")


def maker_over_price(lines: list[Line], title_at: int) -> str | None:
    """The maker's name right under a product's name and over its price alone; else None."""
    if title_at + 2 >= len(lines) or not PRICE_ALONE.match(lines[title_at + 2].text):
        return None
    maker = lines[title_at + 1]
    name = maker.text.strip()
    if maker.cta or maker.terminal or maker.credit or not 2 <= maker.words <= MAKER_WORDS or place_line(name):
        return None
    return name if _MAKER.match(name) else None


# A fundraising page sets its campaign's name, then who organises it and where, over the sum raised ("Mend the roof of
# Tanfield village hall" / "Tanfield Village Hall Committee" / "Stanley, County Durham" / "£4,210 raised of £12,000
# target"), its tagline between the name and the organiser or none: the campaign titles the page and its organiser
# wrote the appeal. The sum raised, a few lines under the
# place, is the evidence: an event's name over its venue and town has none.
_RAISED = re.compile(r"(?i)\braised\b|\btarget\b")
RAISED_NEAR = 3
ORGANISER_WORDS = 6


def organiser_under_title(lines: list[Line], top: int, start: int) -> tuple[int, str] | None:
    """Where a fundraiser's name stands and its organiser's name under it, over their place and the sum raised; else
    None."""
    for place in range(max(top, 2), start):
        if not place_line(lines[place].text):
            continue
        if not any(_RAISED.search(lines[i].text) for i in range(place + 1, min(start, place + 1 + RAISED_NEAR))):
            return None
        organiser, named = lines[place - 1], place - 2
        if named > top and lines[named].terminal and not lines[named - 1].terminal:
            named -= 1  # its tagline, a sentence, under the campaign's name ("Light for four hours from a cup of ...")
        title, name = lines[named], organiser.text.strip()
        if (organiser.cta or organiser.terminal or not 2 <= organiser.words <= ORGANISER_WORDS
                or not all(word[:1].isupper() for word in name.split() if word.isalpha() and len(word) > 3)
                or title.terminal or title.cta or title.words < 3):
            return None
        return named, name
    return None



# A let's or a property's facts in a row under its name, three parts or more between middle dots, two of them counts
# ("Sleeps 4 · 2 bedrooms · 1 bathroom · Pets: 1", "Entire cabin · Sleeps 2 · 1 bedroom · 1 bathroom"). The name right
# over the row titles the page: not a section's label under the row ("About the property"), nor the site's name over
# the menu. The counts are of what a let or a house holds: a byline's row ("By Ann Lee · 3 min read · 12 Dec 2026") or
# a reviewer's ("Local Guide · 84 reviews · 412 photos") counts no rooms.
# A route's page sets its measures in such a row under its name ("Distance 5.5 km · Time 2 - 3 hours · Ascent 330 m",
# "Length 8.4 km · Elevation gain 412 m · Est. 2h 45m"): a distance, a time or a climb, each a number and its unit.
_ROOMS = r"(?:bed(?:room)?s?|bath(?:room)?s?|receptions?|reception rooms?|guests?|berths?|acres?|parking spaces?)"
_MEASURE = (r"(?:distance|length|time|duration|ascent|descent|elevation gain|uphill|downhill|climb):?\s+"
            r"\d[\d.,:]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:km|mi|miles|m|ft|h|hrs?|hours?|mins?|minutes)")
_COUNT = re.compile(rf"(?i)^\s*(?:\d+\s+{_ROOMS}|(?:sleeps|{_ROOMS}|pets):?\s+\d+|{_MEASURE})\s*$")
FACTS_PARTS = 3
FACT_CHARS = 30


def facts_row(text: str) -> bool:
    """True for a listing's row of facts between middle dots, two of them counts ("Sleeps 4 · 2 bedrooms · ...")."""
    if "·" not in text:
        return False
    parts = text.split("·")
    return (len(parts) >= FACTS_PARTS and all(0 < len(part.strip()) <= FACT_CHARS for part in parts)
            and sum(bool(_COUNT.match(part)) for part in parts) >= 2
            and not text.lstrip().lower().startswith("by "))


# A let's reference on a line of its own between its name and its facts ("Property ID: 24817", "Ref. 1099421",
# "Listing ref: SC-1187"): the site's number for it, never its name.
_LISTING_REFERENCE = re.compile(r"(?i)^\s*(?:(?:property|listing|cottage|holiday)\s+)?(?:id|ref(?:erence)?\.?|no\.)"
                                r"\s*[:#]?\s*[A-Z]{0,3}-?\d[\d-]{2,11}\s*$")


def name_over_facts(lines: list[Line], top: int, bottom: int, named: Callable[[Line], bool]) -> int | None:
    """The line right over a listing's facts row between top and bottom (over its reference, when the site numbers
    it there), when it is a name (named says so), else None."""
    for i in range(max(top, 1), bottom):
        if "·" not in lines[i].text or not facts_row(lines[i].text):
            continue
        name = i - 2 if i > max(top, 1) and _LISTING_REFERENCE.match(lines[i - 1].text) else i - 1
        if named(lines[name]) and not menu_bar(lines[name].text):
            return name
    return None
