"""The W3C feed validator's rules for RSS 2.0 + iTunes that narrator's feed touches, checked by hand.

The validator (validator.w3.org/feed) cannot be reached offline and is published neither on PyPI nor in
Debian, so its documented errors and warnings that apply to our elements are restated here:
MissingElement / MissingTitle / MissingLink, MissingAtomSelfLink, ImageTitleDoesntMatch,
ImageLinkDoesntMatch, ImageUrlFormat, InvalidWidth / InvalidHeight, InvalidItunesCategory /
ObsoleteItunesCategory, InvalidTrueFalse (itunes:explicit), InvalidItunesChannelType,
InvalidItunesEpisodeType, InvalidDuration, UnsupportedItunesFormat, MissingItunesEmail / InvalidAddrSpec,
InvalidRFC2822Date / IncorrectDOW, MissingGuid / DuplicateIds, DuplicateElement, lengthLimitedText (255 /
4000), InvalidLanguage, InvalidHttpGUID, NotUTF8, and an image href that is not an http(s) .jpg/.png.
"""

from __future__ import annotations

import re
from collections import Counter
from email.utils import parsedate_to_datetime

from lxml import etree

from narrator.publish.readiness import apple_categories

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
ATOM = "{http://www.w3.org/2005/Atom}"
_RFC822 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                     r"\d{4} \d{2}:\d{2}:\d{2} ([+-]\d{4}|GMT|UT)$")
_DURATION = re.compile(r"^(\d+:)?[0-5]?\d:[0-5]\d$|^\d+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_ONCE_PER_CHANNEL = ("title", "link", "description", "language", "image", "lastBuildDate", f"{ITUNES}image",
                     f"{ITUNES}explicit", f"{ITUNES}type", f"{ITUNES}owner", f"{ITUNES}author", f"{ITUNES}summary")
_ONCE_PER_ITEM = ("title", "guid", "pubDate", "enclosure", "description", "link", f"{ITUNES}duration",
                  f"{ITUNES}explicit", f"{ITUNES}episodeType", f"{ITUNES}image", f"{ITUNES}title")


def problems(feed: bytes) -> list[str]:
    """Every rule the feed breaks, as the validator would name it; empty when it would pass."""
    found: list[str] = []
    if not feed.startswith(b"<?xml version='1.0' encoding='UTF-8'?>") and b'encoding="UTF-8"' not in feed[:60]:
        found.append("NotUTF8: the feed must declare UTF-8")
    rss = etree.fromstring(feed)
    channel = rss.find("channel")
    if rss.tag != "rss" or rss.get("version") != "2.0" or channel is None:
        return [*found, "MissingElement: rss version 2.0 with a channel"]
    found += _channel(channel)
    guids = [item.findtext("guid") for item in channel.findall("item")]
    found += [f"DuplicateIds: guid {guid}" for guid, count in Counter(guids).items() if count > 1]
    for item in channel.findall("item"):
        found += _item(item)
    return found


def _once(parent: etree._Element, tags: tuple[str, ...], where: str) -> list[str]:
    counts = Counter(child.tag for child in parent)
    return [f"DuplicateElement: {where} has {counts[tag]} {tag}" for tag in tags if counts[tag] > 1]


def _date(text: str | None, where: str) -> list[str]:
    if not text or not _RFC822.match(text):
        return [f"InvalidRFC2822Date: {where} {text!r}"]
    moment = parsedate_to_datetime(text)
    if moment.strftime("%a") != text[:3]:
        return [f"IncorrectDOW: {where} {text!r}"]
    return []


def _image_href(url: str | None, where: str) -> list[str]:
    if not url or not re.match(r"^https?://[^/\s]+/\S*\.(jpg|jpeg|png)$", url, re.IGNORECASE):
        return [f"ImageUrlFormat: {where} {url!r} is not an http(s) URL of a .jpg or .png"]
    return []


def _channel(channel: etree._Element) -> list[str]:
    found = _once(channel, _ONCE_PER_CHANNEL, "channel")
    title, link = channel.findtext("title"), channel.findtext("link")
    for tag in ("title", "link", "description"):
        if not (channel.findtext(tag) or "").strip():
            found.append(f"MissingElement: channel {tag}")
    if not _LANGUAGE.match(channel.findtext("language") or ""):
        found.append("InvalidLanguage: channel language")
    found += _date(channel.findtext("lastBuildDate"), "lastBuildDate")
    self_links = [a for a in channel.findall(f"{ATOM}link") if a.get("rel") == "self"]
    if len(self_links) != 1 or self_links[0].get("type") != "application/rss+xml":
        found.append("MissingAtomSelfLink: one atom:link rel=self type=application/rss+xml")
    image = channel.find("image")
    if image is None:
        found.append("MissingElement: channel image")
    else:
        if image.findtext("title") != title:
            found.append("ImageTitleDoesntMatch")
        if image.findtext("link") != link:
            found.append("ImageLinkDoesntMatch")
        found += _image_href(image.findtext("url"), "image url")
        if int(image.findtext("width") or 88) > 144 or int(image.findtext("height") or 31) > 400:
            found.append("InvalidWidth/InvalidHeight: image")
    itunes_image = channel.find(f"{ITUNES}image")
    found += _image_href(itunes_image.get("href") if itunes_image is not None else None, "itunes:image")
    found += _category(channel)
    if channel.findtext(f"{ITUNES}explicit") not in ("true", "false"):
        found.append("InvalidTrueFalse: channel itunes:explicit")
    if channel.findtext(f"{ITUNES}type") not in ("episodic", "serial"):
        found.append("InvalidItunesChannelType")
    if not _EMAIL.match(channel.findtext(f"{ITUNES}owner/{ITUNES}email") or ""):
        found.append("MissingItunesEmail / InvalidAddrSpec: itunes:owner/itunes:email")
    for tag, limit in ((f"{ITUNES}author", 255), (f"{ITUNES}owner/{ITUNES}name", 255), (f"{ITUNES}summary", 4000)):
        if len(channel.findtext(tag) or "") > limit:
            found.append(f"lengthLimitedText: {tag} is over {limit} characters")
    return found


def _category(channel: etree._Element) -> list[str]:
    categories = channel.findall(f"{ITUNES}category")
    if not categories:
        return ["MissingItunesElement: itunes:category"]
    found = []
    known = apple_categories()
    for category in categories:
        text = category.get("text", "")
        if text not in known:
            found.append(f"InvalidItunesCategory: {text!r}")
            continue
        found += [f"InvalidItunesCategory: {text!r} > {sub.get('text')!r}"
                  for sub in category.findall(f"{ITUNES}category") if sub.get("text") not in known[text]]
    return found


def _item(item: etree._Element) -> list[str]:
    title = item.findtext("title") or ""
    found = _once(item, _ONCE_PER_ITEM, f"item {title!r}")
    if not title.strip():
        found.append("MissingTitle: item")
    guid = item.find("guid")
    if guid is None or not (guid.text or "").strip():
        found.append(f"MissingGuid: item {title!r}")
    elif guid.get("isPermaLink", "true") == "true" and not (guid.text or "").startswith(("http://", "https://")):
        found.append(f"InvalidHttpGUID: item {title!r}")
    found += _date(item.findtext("pubDate"), f"item {title!r} pubDate")
    enclosure = item.find("enclosure")
    if enclosure is None:
        return [*found, f"MissingElement: item {title!r} enclosure"]
    url = enclosure.get("url", "")
    if not re.match(r"^https?://[^/\s]+/\S+\.mp3$", url):
        found.append(f"UnsupportedItunesFormat / InvalidFullLink: enclosure {url!r}")
    if not (enclosure.get("length") or "").isdigit() or int(enclosure.get("length", "0")) <= 0:
        found.append(f"InvalidIntegerAttribute: enclosure length of {title!r}")
    if enclosure.get("type") != "audio/mpeg":
        found.append(f"InvalidMIMEType: enclosure of {title!r}")
    if not _DURATION.match(item.findtext(f"{ITUNES}duration") or ""):
        found.append(f"InvalidDuration: item {title!r}")
    if item.findtext(f"{ITUNES}episodeType", "full") not in ("full", "trailer", "bonus"):
        found.append(f"InvalidItunesEpisodeType: item {title!r}")
    if item.findtext(f"{ITUNES}explicit", "false") not in ("true", "false"):
        found.append(f"InvalidTrueFalse: item {title!r} itunes:explicit")
    if "<script" in (item.findtext("description") or "").lower():
        found.append(f"SecurityRisk: description of {title!r} holds a script tag")
    return found
