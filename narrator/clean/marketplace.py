"""A shop's, a marketplace's or an ad board's interface around a listing: its buttons and its search box, never read
("Add to basket", "Contact seller", "Report this advert", "Search for anything")."""

from __future__ import annotations

import re

# A listing's buttons: a verb of buying, contacting or reporting and what it acts on, a closed set of the listing's
# nouns, alone on the line. A sentence that uses the verbs goes on past them ("Contact the seller before you drive
# over.") and is read.
_LISTING_BUTTON = re.compile(
    r"(?i)^\W*(?:add\s+to\s+(?:(?:my\s+)?(?:basket|cart|bag|trolley|favou?rites|wish\s?list|watch\s?list|want\s?list"
    r"|collection|library|shelf|playlist|queue|calendar|reading\s+list|card))"
    r"|add\s+an?\s+(?:(?:child|linked|sub)\s?)?(?:comment|reply|review|note|photo|attachment|label|issue|task|link)"
    r"|buy\s+(?:it\s+)?now|make\s+(?:an\s+)?offer|watch\s+(?:this\s+)?item"
    r"|(?:contact|message|e-?mail|call|text)\s+(?:the\s+)?(?:shop\s+|store\s+)?(?:seller|advertiser|owner|agent|landlord"
    r"|poster|employer)"
    r"|(?:follow|favou?rite)\s+(?:this\s+)?(?:shop|store|seller)"
    r"|send\s+(?:the\s+)?(?:seller|advertiser|agent)\s+a\s+message"
    r"|report\s+(?:this\s+)?(?:ad|advert|advertisement|listing|item|job|post)"
    r"|(?:place|post)\s+(?:an?\s+)?(?:free\s+)?(?:ad|advert|listing)"
    r"|(?:save|share)\s+(?:this\s+)?(?:ad|advert|listing|item|job|search)"
    r"|request\s+(?:details|a\s+viewing|a\s+call\s?back))\W*$")
# A search box's placeholder: "Search for anything", "Search for items", "Search this topic…".
_SEARCH_BOX = re.compile(r"(?i)^\W*search\s+(?:for\s+)?(?:anything|everything|items|products|jobs|ads|listings"
                         r"|recipes|this\s+(?:topic|forum|board|site|blog)|the\s+site)\W*$")
# A price alone on its line ("£34.99", "$239,900", "From £95 per night", "£640 pw", "$1,850/mo"): a listing's.
PRICE_ALONE = re.compile(r"(?i)^\s*(?:from\s+)?[£$€¥]\s?\d[\d,]*(?:\.\d\d)?"
                         r"(?:\s*(?:/|per|an?)\s*(?:night|week|month|mo|year|person)|\s*(?:pw|pcm|pppn))?\s*$")
# A sale's price: an amount alone, no "from" and no rate after it ("£28.00", "£85", "$1,200").
_SALE_PRICE = re.compile(r"^\s*[£$€¥]\s?\d[\d,]*(?:\.\d\d)?\s*$")
# A place under a price: a town and its district or county, in capitals, no more ("Cardiff, Roath").
_PLACE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?){1,2}$")
# A company's name by its legal form ("Island Ferries Ltd", "Hart & Sons Limited", "Acme Inc."): who offers a job
# or sells an item, over or under the listing's own title, never the title.
_COMPANY = re.compile(r"^\s*(?:[A-Z][\w&'’.-]*\s+|&\s+){1,5}(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH|Co)\.?\s*$")
# Either is a few words at most.
BUTTON_WORDS = 6


def listing_button(text: str, words: int) -> bool:
    """True for a listing's button or a search box's placeholder alone on its line."""
    return words <= BUTTON_WORDS and bool(_LISTING_BUTTON.match(text) or _SEARCH_BOX.match(text))


def company_name(text: str) -> bool:
    """True for a company's name alone on its line, by its legal form ("Island Ferries Ltd")."""
    return ("L" in text or "l" in text or "I" in text or "G" in text or "C" in text) and bool(_COMPANY.match(text))


# A route's or a place's locality under its name, "near" the town and its region or country ("near Brecon, Wales
# (United Kingdom)", "Near Keswick, Cumbria", "near Bled (Slovenia)"): where it is, never its title.
# A giveaway's or a market's pick-up place says so ("Collect from Heaton, Newcastle", "Pickup from Ecclesall,
# Sheffield", "Pick up in Roath, Cardiff"): where the item is, under its name.
_NEAR_PLACE = re.compile(r"^\s*(?:[Nn]ear|(?:[Cc]ollect(?:ion)?|[Pp]ick-?\s?up) (?:from|in)) "
                         r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})*"
                         r"(?<=[\w'’-])(?: \([A-Z][\w'’ -]{1,40}\))?\s*$")


def near_a_place(text: str) -> bool:
    """True for a locality line: "near" a town or where to pick the item up, then its region or country after a comma
    or in brackets."""
    found = _NEAR_PLACE.match(text) if "ear " in text or "ick" in text or "ollect" in text else None
    return found is not None and ("," in text or "(" in text)


def place_line(text: str) -> bool:
    """True for a town and its district or county alone on a line ("Oban, Argyll")."""
    return bool(_PLACE.match(text))


def listing_lead(texts: list[str], title_at: int, start: int) -> list[int]:
    """The lines a listing opens on right under its title, above its description: its price, and the place under
    that ("£85" / "Cardiff, Roath"); what a buyer asks first. A price further down, under the item's condition or
    among its postage, is the page's detail, left out; so is a rate ("From £145", "£875 pcm"), a booking's or a
    letting's widget beside the calendar or the terms."""
    price = title_at + 1
    if not (price < start and _SALE_PRICE.match(texts[price])):
        return []
    place = price + 1
    return [price, place] if place < start and _PLACE.match(texts[place]) else [price]
