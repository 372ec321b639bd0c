"""URLs, e-mail addresses, domain names, files and paths, a reference's DOI, and code in prose (numbers to call,
codes and network addresses are telephones.py's)."""

from __future__ import annotations

import re

from narrator.speech.normalise import numbers, relativepaths
from narrator.speech.normalise.deferred import compiled
from narrator.speech.normalise.facts import (
    ARXIV_ARCHIVES,
    DEVICE_FILE_EXTENSIONS,
    FILE_EXTENSIONS,
    LINK_SHORTENERS,
    SOURCE_EXTENSIONS,
)
from narrator.speech.normalise.options import ReadingOptions
from narrator.speech.normalise.util import among_known_words, char_classes, has_digit, padded, word_set
from narrator.speech.normalise.vocabulary import frequency, is_common_word

# Top-level domains common enough that a bare "word.tld" is taken for a domain name.
_TLDS = (
    "com|org|net|edu|gov|mil|int|info|biz|io|ai|co|app|dev|news|blog|tv|fm|me|ly|uk|us|ca|au|de|fr|it|es|"
    "nl|se|no|dk|fi|ch|at|be|ie|jp|cn|in|ru|br|mx|nz|za|eu|pl|pt|sm|gr|tk|xyz|online|site|tech|cz|kr|"
    "gg|"  # a chat server's invitations, "discord.gg/abc" (left as written)
    # more countries' endings ("shop.ee", "news.lv", "bank.hr": "shop.ee" went to the voice as written); not those
    # that are words or a word's end after a stop ("is", "to", "am", "my", "th")
    "ee|lv|lt|sk|si|hr|ro|bg|hu|lu|ua|tr|il|ae|sg|hk|tw|ph|vn|ar|cl|pe|ng|ke|gh|ws|cc|nu|rs|ba|mk|ge|kz|"
    # a fediverse server's ("mastodon.social/@ada" went to the voice as written) and a private network's hosts, as a
    # setup guide names them ("db.internal:5432", "nas.lan", "printer.local": "db.internal:five thousand...")
    "social|internal|lan|local|localdomain|"
    # the endings set aside for documentation and tests (RFC 2606: "shop.example/cart", "api.test/v2",
    # "app.localhost:8080", left as written) and a newer generic one that is a word ("leaf.shop/green")
    "example|test|invalid|localhost|shop|"
    # file names are read the same way: "report dot P D F"
    "pdf|jpg|jpeg|png|gif|txt|csv|docx?|xlsx?|pptx?|zip|mp3|mp4|html?|exe|py|js|json|xml"
)
_SAID_TLDS = word_set("com org net edu gov mil int info biz app dev news blog online site tech zip jpeg")
# A reference's DOI or arXiv number, said piece by piece: "doi:10.1000/xyz123", "arXiv:2101.00001".
_DOI = compiled(r"\b(doi|DOI|arXiv)(:\s?|\s)(10\.\d{4,9}/[^\s\"<>]*[\w/]|\d{4}\.\d{4,5}(?:v\d{1,2})?)")
# "The paper's DOI is 10.1016/S2468-...", "Its DOI, 10.5281/zenodo.7654321,", "the DOI for the data is 10...": a few
# words between the label and its number, which is said piece by piece all the same (a decimal and a slash's "or"
# it was). A DOI's "10." and registrant's four digits and slash are no other number's.
_DOI_LATER = compiled(r"\b(doi|DOI)(,\s|\s(?:[A-Za-z'’]{1,12}\s){0,4}?(?:is|was|reads)\s)(10\.\d{4,9}/[^\s\"<>]*[\w/])")
# a version pinned with "==" after its package ("requests==2.31.0": "requests==two point..." it was).
_PINNED = compiled(r"(?<=[A-Za-z])==(?=\d{1,4}(?:\.\d{1,4})*(?:\.\*)?(?![\w.*]|\.\w))")  # and its wildcard, "2.2.*"
# a DOI without its label, as reference lists and data repositories print it ("10.5281/zenodo.123456": "ten
# point five two eight one or zenodo..." it was): a registrant of four digits at least after "10." and a suffix after
# the slash that holds a letter (no ratio or decimal is written so).
_BARE_DOI = compiled(r"(?<![\w./:-])10\.\d{4,9}/(?=[\w.-]*[A-Za-z])[^\s\"<>]*[\w/]")
_DOI_WORDS = frozenset({"doi", "DOI", "arXiv"})  # each stands apart in every match: a word of util.letter_words
_SEPARATORS = {
    ".": "dot", "/": "slash", "-": "dash", "_": "underscore", ":": "colon", "@": "at", "?": "question mark",
    "=": "equals", "&": "ampersand", "#": "hash", "~": "tilde", "%": "percent", "+": "plus",
}
# A round number in an address is said as a number ("top-100", "model-3000"), like a model or a list's length;
# any other run of digits is read digit by digit.
_ROUND = compiled(r"[1-9]0{2,5}")
# the schemes of addresses other than a web page's (a backup's "sftp://", a bucket's "s3://", a live feed's
# "wss://", a repository's "ssh://" and "git://", a share's "smb://", a camera's "rtsp://") are addresses too: each
# was left to the voice as written, "sftp colon slash slash" unsaid. Those that are not words are spelled.
# and a database's, a cache's and a message queue's ("redis://cache:6379", "postgres://db:5432/app": left as
# written, "redis://cache:six thousand ...").
# and a data lake's, as Hadoop and Spark name them ("hdfs://nn:8020/user", "s3a://bucket/raw", "abfss://", "wasbs://":
# left as written).
_SCHEMES = ("https?", "s?ftps?", "file", "ssh", "git", "svn", "s3", "gs", "smb", "nfs", "wss?", "rtsps?", "rtmps?",
            "ipfs", "rediss?", "postgres(?:ql)?", "mongodb(?:\\+srv)?", "mysql", "amqps?", "mqtts?", "ldaps?",
            "hdfs", "s3[an]", "abfss?", "wasbs?")
_SPELLED = frozenset({"www", "http", "https", "ftp", "sftp", "ftps", "ssh", "svn", "gs", "smb", "nfs", "ws", "wss",
                      "rtsp", "rtsps", "rtmp", "rtmps", "ipfs", "amqp", "amqps", "mqtt", "mqtts", "ldap", "ldaps",
                      "hdfs", "abfs", "abfss", "wasb", "wasbs"})
# A file's type said as its letters, as people say them ("data dot C S V"; a voice given "csv" sounds it as a word).
_EXTENSIONS = {"jpg": "jpeg", "htm": "HTM", "html": "HTML", "pdf": "PDF", "php": "PHP", "png": "PNG",
               "csv": "CSV", "tsv": "TSV", "xls": "XLS", "xlsx": "XLSX", "svg": "SVG", "xml": "XML", "rtf": "RTF",
               "ppt": "PPT", "pptx": "PPTX", "bmp": "BMP", "mkv": "MKV", "psd": "PSD", "odt": "ODT", "ods": "ODS",
               "dmg": "DMG", "apk": "APK", "msi": "MSI"}
_URL = compiled(rf"\b(?i:(?:{'|'.join(_SCHEMES)}):///?|www\.)[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?]")
# and a mailbox on the machine itself, "root@localhost" (left as written: no stop in it).
# a Go module's version after its path is no host either ("example.com/mod@v1.2.3", "golang.org/x/net@v0.25.0": "mod
# at v one dot two dot three" it was), read by the versions' rule after "at".
# a host with a letter in it: "node@20.11.1", "react@18.2.0" are a package's version ("two zero dot one one" it
# was), read by media.at_signs and the versions' rule. A mailbox's name is at most 64 characters (RFC 5321): a try from
# each "&" of a long run ("&&&", "a&a&") read the run to its end, in time square; now each reads 64 at most.
_EMAIL = compiled(r"(?<![\w.+-])[\w.+&-]{1,64}@(?!v\d{1,4}(?:\.\d{1,4}){1,3}(?![\w-]|\.\w))"
                  r"(?:(?=[\w.-]*[A-Za-z])[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*[\w])?"
                  r"|localhost\b(?![.@-]\w))")
# A server's port may follow its name ("example.com:8443"), said "colon" and digit by digit as the address's other
# digits are ("example dot com:eight thousand..." it was); and a page's fragment its file ("page.html#top").
# and a handle's page after the site ("youtube.com/@veritasium": its "/@" ended the address).
_DOMAIN = compiled(
    rf"(?<![\w@./-])(?:[A-Za-z0-9][\w-]*\.)+(?:{_TLDS})(?::\d{{1,5}}(?![\d:]))?(?:/@?[\w./#?=&%~+-]*[\w]|#[A-Za-z][\w-]*"
    r"|\?\w+=[\w%.-]*(?:&\w+=[\w%.-]*)*(?<![.-]))?"  # a query after a file's name ("index.html?lang=en")
    r"(?![\w-]|@(?!v\d)|\.[A-Za-z0-9])"  # a module's "@v1.2.3" after its path (media.at_signs)
)
# "Visit EXAMPLE.COM now": a site's address in capitals, in a sentence that is not (its name's last part ends in two
# letters, then a site's ending: "U.S.", "A.I." and "N.Y.C." are none).
_TLD_WORDS = frozenset(_TLDS.split("|pdf")[0].split("|"))
_DOMAIN_IN_CAPITALS = compiled(
    rf"(?<![\w@./-])(?:[A-Z0-9][A-Z0-9-]+\.)*(?:[A-Z0-9][A-Z0-9-]*)?[A-Z]{{2}}\.(?:{_TLDS.split('|pdf')[0].upper()})"
    r"(?![\w@-]|\.[A-Za-z0-9])"
)
# A cloud instance's family and a size led by its multiple ("m7i.4xlarge", "c6g.2xlarge", "p4d.24xlarge": the stop
# and the digits after it were a decimal's, "m five point one two xlarge", or left as written)
_INSTANCE_SIZE = compiled(r"(?<![\w@./-])([a-z]{1,3}\d{1,2}[a-z]{0,4})\.(\d{1,2})xlarge(?![\w-]|\.\w)")
# A lower-case "name.ext" standing alone is a domain under one of the many newer suffixes ("brand.store",
# "river.abc") or a file ("config.yaml"); the name is two letters or more and the suffix three, so "e.g", "a.m"
# and "cu.ft" are not taken, and a word that is an abbreviation with its stop ("approx.", "etc.") is not either.
_LOOSE_DOMAIN = compiled(
    r"(?<![\w@./'-])([a-z][a-z0-9-]*[a-z0-9])\.([a-z]{3,6})(?=$|[\s,;:!?)\"']|\.(?:\s|$))"
)
# A file's name with its extension, in small letters or in capitals: "README.md", "IMG_0042.JPG", "jquery.min.js",
# "Report.PDF" (a name of two characters or more, so that "M.D" stays an initial).
_EXTENSION_ALT = "|".join(sorted(FILE_EXTENSIONS + DEVICE_FILE_EXTENSIONS, key=len, reverse=True))
# and a fragment of the page after it, "page.html#top", said "hash top" as in a full address (the "#" was left).
# or a query, "index.html?lang=en", "search.php?q=tea&page=2" ("dot HTML?lang=en" it was): a name, "=" and a
# value at least, glued to the mark ("Is it index.html? Yes" asks).
# and a rotated log's number after its extension, "app.log.1", "error.log.12" (the number was left to be a footnote's
# and dropped at the end of a text, "app dot log.").
_FILE_NAME = compiled(rf"(?<![\w@./'\\-])_{{0,2}}[A-Za-z0-9][\w-]+(?:\.[\w-]+)*\.(?:{_EXTENSION_ALT}"
                      rf"|{_EXTENSION_ALT.upper()})(?:#[A-Za-z][\w-]*|\?\w+=[\w%.-]*(?:&\w+=[\w%.-]*)*(?<![.-])"
                      r"|\.\d{1,3})?"
                      r"(?![\w@(-]|\.[A-Za-z0-9])")  # "console.log(x)" is code
# A source file's line and its column after it, as a compiler's, a linter's or a stack trace's message writes them
# ("utils.ts:48:7", "src/main.rs:64:5", "handler.go:91:22"): said as the address's pieces, "colon four eight colon
# seven" ("dot TS:forty eight:seven" it was, the colons left; one line alone after a domain's ending, "main.py:42",
# was read so as a port).
_LETTER_ENDED = [extension for extension in SOURCE_EXTENSIONS if extension[-1].isalpha()]  # its first look's "a:0"
_LINE_AND_COLUMN = compiled(
    rf"(?<![\w@./'\\:-])(?:[\w.-]{{1,100}}/){{0,20}}[\w-]{{1,100}}(?:\.[\w-]{{1,100}}){{0,4}}"
    rf"\.(?:{'|'.join(sorted(_LETTER_ENDED, key=len, reverse=True))}):\d{{1,6}}(?::\d{{1,4}})?(?!\w|:\S|[.,]\d)")
_MAY_BE_FILE_NAME = compiled(rf"\.(?:{_EXTENSION_ALT}|{_EXTENSION_ALT.upper()})\b")
# A path on a computer, "/usr/bin/python", "~/Documents", "/etc/hosts" (two parts at least after a lone slash, so
# that "km /h" stays a unit), and a local server's address, "localhost:3000": said piece by piece as an address is.
# and a query after the path, as an API's documentation writes a call ("/api/v2/users?limit=50": "users?limit=fifty"
# it was, the query left to the voice).
# A route's parameter, a colon before its name, as a web framework's routes write one ("/users/:id/posts"): "slash:id
# or posts" it was. And one part after the slash with a query after it ("/search?q=tea&page=2"), which no unit is.
_PATH = compiled(r"(?<![\w.~/:<-])(?:~(?:/[\w.-]*\w)+|/[A-Za-z_.][\w.-]*(?:(?:/:?[\w.-]*\w)+/?(?:\?\w+=[\w%.-]*"
                 r"(?:&\w+=[\w%.-]*)*(?<![.-]))?|(?=\?\w+=)\?\w+=[\w%.-]*(?:&\w+=[\w%.-]*)*(?<![.-])))(?![\w/])"
                 r"|\blocalhost(?::\d{1,5})(?:/[\w./#?=&%~+-]*\w)?")
# An HTTP request as API documentation writes it, its method in capitals before its path: "GET /api/v2/items?limit=10",
# "DELETE /users/{id}", "HEAD /health" (a placeholder's braces, a one-part path and a query were left as written,
# "delete /users/{id}"). Said as an address is, the braces unsaid and a query's number a number ("limit equals ten").
_HTTP_SEGMENT = r"(?:[\w.~-]*\w|\{\w{1,40}\}|:\w{1,40})"  # and a route's ":id"
_HTTP_PARAMETER = r"[\w.-]{1,40}=(?:[\w.%-]*\w|\{\w{1,40}\})?"
_HTTP_REQUEST = compiled(rf"\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (/{_HTTP_SEGMENT}?(?:/{_HTTP_SEGMENT})*/?)"
                         rf"(\?{_HTTP_PARAMETER}(?:&{_HTTP_PARAMETER})*)?(?![\w/{{}}?&=])")
_QUERY_NUMBER = compiled(r"(?<==)\d{1,4}(?![\w.])")
# A name with an underscore inside it, as code and configuration write them: "snake_case", "MAX_RETRIES", "is_active";
# and a file's name of that kind whatever its ending ("id_rsa.pub", "key_file.pem", "__init__.py"): said with its
# underscores, as an address's are (they went to the voice as written, "is_active" heard as "is active"). A word in
# capitals that is a word is said as one ("TIMEOUT", "RETRIES", "LOG": a word of four letters or more met 50 times in
# the word list, one of three letters 1,000 times); "API" and "ID" are left to be spelled.
_IDENTIFIER = compiled(r"(?<![\w@./#:\\'-])_{0,2}[A-Za-z][A-Za-z0-9]*(?:_{1,2}[A-Za-z0-9]+)+_{0,2}(?:\.[a-z]{2,4})?"
                       r"(?![\w@/\\'-]|\.\w)")
# Only in prose, where a name stands among words ("compute next_timestamp according to backoff logic"): a line of a
# code listing ("status_code,", "AS lower_bound", "do_work(w)") is left as it was (a voice says "status code"), as a
# listing's every name said with its underscores is more noise than news; a file's name is said anywhere, as
# _FILE_NAME says one with a known ending ("id_rsa.pub" alone is read). A line of code is marked by a call's
# bracket, an assignment, a statement's end or a table's bar, or by fewer than two words in small letters.
_CODE_MARK = compiled(r"[(){};=│|<>\[\]]")
# a number an underscore parts is a machine's name, "x86_64" ("x eighty six sixty four", another rule's), no name's
_DIGITS_APART = compiled(r"\d_\d")
_PROSE_WORD = compiled(r"(?<!\w)[A-Za-z][a-z]+(?!\w)")
_NOT_A_NAME = word_set(
    "approx etc vs viz cf ca ibid al op loc pp vol fig no nos st mr mrs ms dr jr sr "
    # number words: digits beside a stop that no rule read are already words when this rule sees them
    "zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty "
    "eighty ninety"
)
_SCHEME = compiled(r"^(?:[a-z][a-z0-9]*:/+)?(?:www\.)?", re.IGNORECASE)  # "s3://" too
_PIECES = compiled(r"[/?#&=._-]")
_TRACKING_QUERY = compiled(r"[?&](?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|s|si|igshid)=", re.IGNORECASE)
_HEX = compiled(r"[0-9a-f]+")
_TOKEN = compiled(r"[A-Za-z]+|\d+|[^\w\s]|_")
# A commit's or a file's hash written bare in small letters, "9f86d081", "ab12cd34ef": seven to forty hexadecimal
# characters whose letters and digits take turns four times at least, said a character at a time (its runs of digits
# were numbers, "nine f eighty six d"). Fewer turns are a word or a date glued to digits ("12feb2026", "2048bed").
_BARE_HASH = compiled(r"(?<![\w.@/#:+-])[0-9a-f]{7,40}(?![\w@]|[.:/-]\w)")
_TURN = compiled(r"\d(?=[a-f])|[a-f](?=\d)")
# A Unicode code point, "U+" and four to six hexadecimal digits ("U+2014", "U+1F44D"), said a character at a time as a
# type designer or a standard says it ("U plus twenty fourteen" and "one F forty four D" it was, read as a year and as
# numbers). Not inside a word or a sum ("DU+2014", "U+2014+1" stay).
# A UUID, whole or cut to its first groups as logs and tickets print it ("550e8400-e29b", "123e4567-e89b-12d3-a456-
# 426614174000"): eight hexadecimal characters, then groups of four after hyphens and the last twelve maybe, with a
# digit and a letter in it, said a character at a time ("five hundred fifty e eight thousand four hundred" it was).
# Led by the first hyphen, which the engine skips to.
_MAY_BE_UUID = compiled(r"-(?<=[0-9a-fA-F]{8}-)[0-9a-fA-F]{4}")
_UUID = compiled(r"(?<![\w-])(?=[\w-]*?\d)(?=[\w-]*?[a-fA-F])"
                 r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){1,3}(?:-[0-9a-fA-F]{12})?(?![\w-])")
_CODE_POINT = compiled(r"(?<![\w+])U\+([0-9A-Fa-f]{4,6})(?![\w+])")
_MAY_BE_DOMAIN = compiled(r"\.(?<=\w\.)[A-Za-z]{2}")  # led by the stop, skipped to, not by "\w" at every letter
# "C:\Photos", "D:\Backups\2024": a Windows path, its drive's letter and each folder said with "backslash" (left
# as written before).
# A folder's name may hold a space before the next backslash ("C:\Program Files\App": "Files\App" was left).
_WINDOWS_PATH = compiled(r"(?<![\w\\])([A-Za-z]):\\((?:(?:[\w.\\-]| (?=[\w.-]+\\))*\w)?)")
# and led by a Windows variable between its signs instead of a drive ("%APPDATA%\Code", "%USERPROFILE%\Downloads"):
# "percent APPDATA percent\Code" it was, the backslash and the folder glued.
_VARIABLE_PATH = compiled(r"(?<![\w%])%([A-Za-z_][A-Za-z0-9_]{0,30})%((?:\\[\w.-]*\w)+)(?![\w\\])")
# A Matrix address, a user's "@" or a room's "#" before the name, a colon and the server ("@alice:example.org",
# "#rust:matrix.org"): the colon said ("at alice:example dot org" it was, and "hashtag rust:matrix dot org").
_MATRIX_ID = compiled(r"(?<![\w@#])([@#])([A-Za-z][\w.=-]{0,60}):((?:[\w-]+\.)+[A-Za-z]{2,24})(?![\w:/@-]|\.\w)")
# and written with forward slashes, as a cross-platform tool's settings print it ("C:/Windows/System32" was
# left glued, "System thirty two"), a folder of two characters after the drive at least ("Q:/A" is a list's); the
# colon of "http://" has a letter before it.
# A login on a machine of the local network and a path on it, as scp, rsync and ssh take them ("me@box:~/notes",
# "deploy@web01:/var/www": left whole, "user@host:~/src" went to the voice as written, as the host has no domain's
# ending for the e-mail rule): the user, "at", the host, "colon" and the path, each said as an address's pieces. A
# host with a domain ("git@github.com:org/repo.git") is the e-mail rule's.
_LOGIN_PATH = compiled(r"(?<![\w.@+-])([a-z_][\w.-]{0,31})@([A-Za-z][\w-]{0,62}):(~(?:/[\w.-]*\w)*/?"
                       r"|/(?:[\w.-]*\w(?:/[\w.-]*\w)*/?)?)(?![\w@:~/-]|\.\w)")
_FORWARD_WINDOWS_PATH = compiled(r"(?<![\w/\\])([A-Za-z]):/(?!/)(?=[\w.-]{2})([\w.-]*[A-Za-z][\w.-]*(?:/[\w.-]*\w)*)/?"
                                 r"(?![\w/])")


def _piece(token: str, last_dot: bool) -> str:
    """Say one token of an address: separators by name, digits one by one."""
    if token in _SEPARATORS:
        return _SEPARATORS[token]
    if token.isdigit():
        return numbers.cardinal(int(token)) if _ROUND.fullmatch(token) else numbers.digits(token)
    lower = token.lower()
    if lower in _SPELLED:
        return token.upper()  # engines spell a capitalised "WWW" or "HTTPS" letter by letter
    if last_dot and lower in _EXTENSIONS:
        return _EXTENSIONS[lower]
    if last_dot and len(token) == 2 and lower not in _SAID_TLDS:
        return token.upper()  # country code: "dot UK"
    return token


def say_address(address: str) -> str:
    """Read a URL or e-mail address piece by piece ("a-1@x.com" -> "a dash one at x dot com").

    An address written all in capitals ("WWW.EXAMPLE.COM", in a headline) is read as if written small.
    """
    tokens = _TOKEN.findall(address.lower() if address.isupper() else address)
    words = []
    for index, token in enumerate(tokens):
        after_dot = index > 0 and tokens[index - 1] == "."
        at_end = index == len(tokens) - 1 or tokens[index + 1] in "/-"
        words.append(_piece(token, after_dot and at_end))
    return " ".join(words)


def is_opaque_link(address: str) -> bool:
    """A shortened or tracking link ("t.co/AbC123", "...?utm_source=x"): codes, not words for a listener. A number
    alone after a site's name ("vimeo.com/76979871") is the link's whole path, short enough to say, and no code."""
    rest = _SCHEME.sub("", address)
    host, _, path = rest.partition("/")
    if host.lower() in LINK_SHORTENERS or _TRACKING_QUERY.search(path):
        return True
    if path.rstrip("/").isdigit() and len(path) <= 11 and "." in host:
        return False  # a video's or a post's number alone after its site ("vimeo.com/76979871"): said as written
    return any(_is_code(piece) for piece in _PIECES.split(path))


def _is_code(piece: str) -> bool:
    """A path piece mixing capitals, small letters and two digits or more ("AbC123", "3xYz9Q"), a hexadecimal
    hash ("ddd073803aa4") or a story's number ("uk-12345678": six digits or more) is a code."""
    if len(piece) < 6 or not piece.isalnum():
        return False
    if piece.isdigit():
        return True
    digits = sum(c.isdigit() for c in piece)
    if len(piece) >= 8 and digits >= 3 and digits < len(piece) and _HEX.fullmatch(piece):
        return True
    return digits >= 2 and any(c.isupper() for c in piece) and any(c.islower() for c in piece)


# An embedded post's picture ("pic.twitter.com/AbC123"): a picture the listener cannot see, not said at all.
_PICTURE_HOSTS = frozenset({"pic.twitter.com", "pic.x.com"})


def _address(options: ReadingOptions, match: re.Match[str]) -> str:
    address = match.group(0)
    if _SCHEME.sub("", address).partition("/")[0].lower() in _PICTURE_HOSTS:
        return ""
    if "@" not in address and is_opaque_link(address):
        return padded(match, "a link")
    if options.urls == "link" and "@" not in address:
        # Only the site's name, as a person reading aloud would: "more at harbor dot example".
        return padded(match, say_address(_SCHEME.sub("", address).partition("/")[0]))
    return padded(match, say_address(address))


# Code in a release note's prose, said as a newsreader reads it out: a call's empty brackets are not said
# ("tidepool.stream()" -> "tidepool dot stream"), a keyword argument's "=" is "equals" ("legacy=True"; not a web
# address's query, "?id=42", which the address rule reads), and a command's option after a package manager's install
# is "dash" ("pip install -U tidepool" -> "dash U").
_EMPTY_CALL = compiled(r"(?<![\w.])([a-z_][a-z\d_]*(?:\.[a-z_][a-z\d_]*)*)\(\)")
_KEYWORD_ARGUMENT = compiled(r"(?:(?<=[\s(`])|^)([a-z_][a-z\d_]*)=(True|False|None|true|false|null|\d+)\b(?![=.]\w)")
_COMMAND_OPTION = compiled(r"\b((?:pip3?|npm|pnpm|yarn|brew|apt|apt-get|conda|cargo|gem|uv pip) (?:install|add) )"
                           r"((?:--?[A-Za-z][\w-]* )+)")

# A command's long option in prose, "--dry-run", "--verbose", "--output=episode.mp3": "dash dash dry-run" (the dashes
# went to the voice, which dropped them). A typewriter's dash glued to a word ("he paused --then left") is told apart
# by evidence: a hyphen or "=" in the option, a word of options after it, or a word that passes one before it.
# An option may open the text, as a list's item or a table's cell gives it ("--no-cache", "--output=x.mp3").
_LONG_OPTION = compiled(r"(?<![\w-])--([a-z][a-z\d]*(?:-[a-z\d]+)*)(?:(=)(?=[\w./~-])|(?![\w-]))")
_OPTION_BEFORE = compiled(r"\b(?i:with|use|using|pass|passing|add|adding|try|set|run|runs|or)\s$"
                          r"|`$|\b(?:narrator|git|pip3?|npm|python3?|docker|make|curl|ffmpeg|cargo)\s$")
_OPTION_AFTER = compiled(r"\s(?:flags?|options?|switch(?:es)?|argument)\b")
# a short one after git's command, "git checkout -b", "git log -p" ("-b" went to the voice), and the new branch after
# "-b" or "-c" with its slashes said as a branch's ("git switch -c fix/login": "fix or login" it was)
_GIT_SHORT_OPTION = compiled(r"\b(git [a-z]+) -([A-Za-z])(?: ([A-Za-z][\w.-]*(?:/[\w.-]*\w)+))?(?![\w/-])")
# and a short one named as a flag: "the -v flag", "pass -n option" ("-v" went to the voice)
_SHORT_OPTION = compiled(r"(?<![\w-])-([A-Za-z])(?=\s(?:flags?|options?|switch)\b)")


def _long_option(match: re.Match[str]) -> str:
    """"--dry-run" -> "dash dash dry-run" where the text shows it is an option; left otherwise."""
    name, equals = match.groups()
    if not ("-" in name or equals or _OPTION_AFTER.match(match.string, match.end())
            or _OPTION_BEFORE.search(match.string, max(0, match.start() - 12), match.start())):
        return match.group(0)
    return f"dash dash {name}" + (" equals " if equals else "")


def _options_said(options: str) -> str:
    """"-U " -> "dash U ", "--upgrade " -> "dash dash upgrade "."""
    return "".join(("dash dash " + option[2:] if option.startswith("--") else "dash " + option[1:]) + " "
                   for option in options.split())


def _git_short_option(match: re.Match[str]) -> str:
    """"git checkout -b fix/login" -> "git checkout dash b fix slash login"."""
    command, option, branch = match.groups()
    if branch and option in "bBcCdD":  # a branch made, switched to or deleted
        return f"{command} dash {option} {branch.replace('/', ' slash ')}"
    return f"{command} dash {option}" + (f" {branch}" if branch else "")


def code_in_prose(text: str) -> str:
    """A call, a keyword argument and a command's options in prose, said as they are read out."""
    if "()" in text:
        text = _EMPTY_CALL.sub(lambda m: m.group(1).replace(".", " dot "), text)
    if "=" in text:
        text = _KEYWORD_ARGUMENT.sub(r"\1 equals \2", text)
        if "==" in text:
            text = _PINNED.sub(" equals ", text)
    if " -" in text and (" install" in text or " add" in text):
        text = _COMMAND_OPTION.sub(lambda m: m.group(1) + _options_said(m.group(2)), text)
    if "--" in text:
        text = _LONG_OPTION.sub(_long_option, text)
    if " -" in text:
        if "git " in text:
            text = _GIT_SHORT_OPTION.sub(_git_short_option, text)
        if " flag" in text or " option" in text or " switch" in text:
            text = _SHORT_OPTION.sub(r"dash \1", text)
    return text


def hashes(text: str) -> str:
    """"commit 9f86d081" -> "commit nine f eight six d zero eight one": a bare hash's characters one by one."""
    return _BARE_HASH.sub(_hash, text)


def _hash(match: re.Match[str]) -> str:
    code = match.group(0)
    if len(_TURN.findall(code)) < 4:
        return code
    return " ".join(numbers.digits(c) if c.isdigit() else c for c in code)


def uuids(text: str) -> str:
    """"550e8400-e29b" -> "five five zero e eight four zero zero dash e two nine b"."""
    if not _MAY_BE_UUID.search(text):
        return text
    return _UUID.sub(lambda m: padded(m, " ".join("dash" if c == "-" else numbers.digits(c) if c.isdigit() else c
                                                  for c in m.group(0))), text)


# A script's first line, "#!" before its interpreter's path ("#!/usr/bin/env python3", "#!/bin/bash"): "hash bang" and
# the path as an address's pieces (the line went to the voice as written). Only before a path: "#!" alone is a cry.
_SHEBANG = compiled(r"(?<![^\s(\"'“‘`])#! ?(/[\w.+-]{1,100}(?:/[\w.+-]{1,100}){0,20})(?![\w/])")


# An arXiv identifier of the old form, its archive (and a subject class after a stop, "math.AG") before a slash, two
# digits of the year, two of the month and three of the paper ("hep-th/9711200", "astro-ph/0603449v2"): the digits
# said one by one as the new form's are ("hep-th or nine million..." it was, the slash read as a choice).
_OLD_ARXIV = compiled(rf"(?<![\w./-])(?:(arXiv):)?({'|'.join(sorted(ARXIV_ARCHIVES, key=len, reverse=True))})"
                      r"(?:\.[A-Za-z]{2,3}(?:-[a-z]{2,3})?)?/(\d{7})(?:v(\d{1,2}))?(?![\w/]|[.,]\d)")


def old_arxiv_ids(text: str) -> str:
    """"hep-th/9711200" -> "hep T.H slash nine seven one one two zero zero" (text holds a slash before seven
    digits)."""
    return _OLD_ARXIV.sub(_old_arxiv_id, text)


def _old_arxiv_id(match: re.Match[str]) -> str:
    label, archive, paper, version = match.groups()
    rest = match.string[match.end(2):match.end()]
    subject = rest[1:].partition("/")[0] if rest[0] == "." else ""  # "AG" of "math.AG", "str-el" of "cond-mat.str-el"
    said = ARXIV_ARCHIVES[archive] + (" dot " + (".".join(subject) if subject.isupper() else subject.replace("-", " "))
                                      if subject else "")
    return padded(match, ("archive " if label else "") + f"{said} slash {numbers.digits(paper)}"
                  + (f" v {numbers.cardinal(int(version))}" if version else ""))


def source_lines(text: str) -> str:
    """"utils.ts:48:7" -> "utils dot ts colon four eight colon seven" (text holds a small letter, a colon, a digit)."""
    return _LINE_AND_COLUMN.sub(lambda m: padded(m, say_address(m.group(0))), text)


def shebangs(text: str) -> str:
    """"#!/bin/bash" -> "hash bang slash bin slash bash" (text holds "#!")."""
    return _SHEBANG.sub(lambda m: padded(m, "hash bang " + say_address(m.group(1))), text)


def code_points(text: str) -> str:
    """"U+00E9" -> "U plus zero zero E nine": a Unicode code point's hexadecimal digits one by one."""
    return _CODE_POINT.sub(lambda m: "U plus " + " ".join(numbers.digits(c) if c.isdigit() else c.upper()
                                                           for c in m.group(1)), text)


def addresses(text: str, options: ReadingOptions) -> str:
    """Read URLs, e-mail addresses and domain names, and a reference's DOI or arXiv number."""
    if ":" in text:  # asked once for a drive's path, a Matrix address and a path with forward slashes
        if ":\\" in text:
            text = _WINDOWS_PATH.sub(_windows_path, text)
        if "@" in text or "#" in text:
            text = _MATRIX_ID.sub(_matrix_id, text)
            if "@" in text and (":~" in text or ":/" in text):
                text = _LOGIN_PATH.sub(_login_path, text)
        if ":/" in text:
            text = _FORWARD_WINDOWS_PATH.sub(_forward_windows_path, text)
    if "\\" in text:  # asked once for a network share's two backslashes (relativepaths.py) and a variable's path
        if "\\\\" in text:
            text = relativepaths.share_paths(text, say_address)
        if "%\\" in text:
            text = _VARIABLE_PATH.sub(_variable_path, text)
    if "/" in text and "./" in text:  # a path led by "./" or "../" (relativepaths.py)
        text = relativepaths.dot_led_paths(text, say_address)
    # a dotfile's name alone (relativepaths.py); its stop after a space (or opening the text) before a
    # letter asked in the classes first, where the pattern's call cost more than the needles; the space and the stop
    # before the text's last character (a tokenised sentence's " ." ends it: the letter's two needles scanned it)
    if "." in text and ((" ." in (classes := char_classes(text))[:-1] and (" .A" in classes or " .a" in classes))
                        or classes[:2] in (".a", ".A")) and relativepaths.MAY_BE_DOTFILE.search(text):
        text = relativepaths.dotfiles(text, say_address)
    # a slash after a space, asked once for the request's and the path's rules (a needle of two characters steps
    # through the text: ~1,000 instructions a sentence)
    spaced_slash = "/" in text and " /" in text
    if spaced_slash and ("T /" in text or "E /" in text or "H /" in text or "D /" in text or "S /" in text):
        text = _HTTP_REQUEST.sub(_http_request, text)  # a method's last capital before its path
    if ("/" in text or (":" in text and "localhost:" in text)) and (spaced_slash or "~/" in text
                                                                    or "localhost:" in text or text.startswith("/")):
        text = _PATH.sub(lambda m: padded(m, say_address(m.group(0))), text)
    if "#" in text and "/#" in text:  # a relative path's fragment, "docs/v2/#install" (relativepaths.py)
        text = relativepaths.relative_fragments(text, say_address)
    if "/" in text and "wiki/" in text:  # a wiki's page by its path, "wiki/St._Ives" (relativepaths.py)
        text = relativepaths.wiki_pages(text)
    if "." not in text and "://" not in text and "@localhost" not in text:  # "http://localhost:8000/api": no dot
        return text
    if has_digit(text) and among_known_words(_DOI_WORDS, text) and (  # the number's digit, then the word first
            "doi" in text or "DOI" in text or "arXiv" in text):
        text = _DOI_LATER.sub(_doi_later, _DOI.sub(_doi, text))
    if "/" in text and "10." in text:  # the slash first: a memchr
        text = _BARE_DOI.sub(lambda m: _doi_said(m.group(0)), text)
    # a memchr first: a character each needle holds
    if (":" in text and "://" in text) or ("w" in text and "www." in text) or ("W" in text and "WWW." in text):
        text = _URL.sub(lambda m: _address(options, m), text)
    if "@" in text:
        if ".git" in text or (":" in text and "@" in text.partition(":")[0]):  # "git@github.com:org/repo.git"
            text = relativepaths.scp_addresses(text, say_address)
        text = _EMAIL.sub(lambda m: _address(options, m), text)
    # a stop with two characters after it first (a find in C): a sentence's own stop ends it, and the scan led by the
    # stop cost ~0.4 us a sentence
    inner_stop = text.find(".", 0, -2) >= 0
    # a cloud instance's size holds such a stop: asked only there, the rare letter first (a memchr; the text has changed
    # since its classes were last worked out, so that the digit's fact asked first would work them out again)
    if inner_stop and "x" in text and "xlarge" in text and has_digit(text):
        text = _INSTANCE_SIZE.sub(r"\1 dot \2 xlarge", text)
    if not inner_stop or not _MAY_BE_DOMAIN.search(text):
        return text
    text = _DOMAIN.sub(lambda m: _address(options, m), text)
    if "AA.AA" in char_classes(text):  # two capitals, a stop and two capitals: a first look
        text = _DOMAIN_IN_CAPITALS.sub(_address_in_capitals, text)
    if _MAY_BE_FILE_NAME.search(text):
        if "/" in text:  # "src/main.rs", its folders before it (relativepaths.py)
            text = relativepaths.relative_files(text, _EXTENSION_ALT, say_address)
        text = _FILE_NAME.sub(lambda m: padded(m, say_address(m.group(0))), text)
    return _LOOSE_DOMAIN.sub(lambda m: _loose_domain(options, m), text) if "." in text else text


def _http_request(match: re.Match[str]) -> str:
    """"GET /users/{id}?page=2" -> "GET slash users slash id question mark page equals two"."""
    path = say_address(match.group(2).replace("{", "").replace("}", ""))
    query = match.group(3) or ""
    if query:
        query = " " + say_address(_QUERY_NUMBER.sub(lambda m: f" {numbers.cardinal(int(m.group(0)))} ",
                                                    query.replace("{", "").replace("}", "")))
    return padded(match, f"{match.group(1)} {path}{query}")


def identifiers(text: str) -> str:
    """"snake_case" -> "snake underscore case", "MAX_RETRIES" -> "max underscore retries" in a sentence of prose (text
    holds "_")."""
    prose = not (_CODE_MARK.search(text) or text.rstrip().endswith(",") or len(_PROSE_WORD.findall(text)) < 2)
    if not prose and "." not in text:  # a line of code with no file's name in it
        return text
    return _IDENTIFIER.sub(lambda m: padded(m, _identifier(m.group(0))) if (prose or "." in m.group(0))
                           and not _DIGITS_APART.search(m.group(0)) else m.group(0), text)


def _identifier(name: str) -> str:
    tokens = _TOKEN.findall(name)
    words = []
    for index, token in enumerate(tokens):
        if token.isupper() and len(token) > 2 and frequency(token.lower()) >= (50 if len(token) > 3 else 1000):
            token = token.lower()
        words.append(_piece(token, index == len(tokens) - 1 and index > 0 and tokens[index - 1] == "."))
    return " ".join(words)


def _address_in_capitals(match: re.Match[str]) -> str:
    """"EXAMPLE.COM" -> "example dot com", "BBC.CO.UK" -> "BBC dot co dot UK": a word of the name said small, letters
    left to the acronym rules; "ASP.NET", "VB.NET" are a framework's name, not a site."""
    labels = match.group(0).split(".")
    if labels[-1] == "NET" and len(labels) == 2 and len(labels[0]) <= 3:
        return match.group(0)
    ending = len(labels) - 1
    while ending > 1 and labels[ending - 1].lower() in _TLD_WORDS:
        ending -= 1  # "CO.UK": the ending may be two of them
    # a name that is itself an ending said as a word, "GOV.UK", is said so ("gov dot UK"; "G.O.V" it was)
    name = [label.lower() if is_common_word(label) or label.lower() in _SAID_TLDS else label
            for label in labels[:ending]]
    last = labels[-1] if len(labels[-1]) == 2 else labels[-1].lower()  # "dot UK", as _piece says a country's code
    return padded(match, " dot ".join([*name, *(label.lower() for label in labels[ending:-1]), last]))


def loose_domains(text: str, options: ReadingOptions) -> str:
    """Read a "name.ext" left standing once the text is read: one that a glued number or sign hid from the first look
    ("0aa.aaa" is "zero aa.aaa" by now), which a second reading would otherwise read differently."""
    if text.find(".", 0, -2) < 0 or not _MAY_BE_DOMAIN.search(text):  # a stop before two characters first
        return text
    return _LOOSE_DOMAIN.sub(lambda m: _loose_domain(options, m), text)


def _loose_domain(options: ReadingOptions, match: re.Match[str]) -> str:
    """A lower-case "name.ext" with a suffix not in the list of common ones, unless a half is an abbreviation."""
    if match.group(1) in _NOT_A_NAME or match.group(2) in _NOT_A_NAME:
        return match.group(0)
    return _address(options, match)


def _doi(match: re.Match[str]) -> str:
    """"doi:10.1038/nature12373" -> "D.O.I ten dot one zero three eight slash ...": the identifier piece by piece, as
    an address is."""
    if match.group(1).lower() != "doi":
        return padded(match, f"archive {say_address(match.group(3))}")  # arXiv is said "archive"
    return padded(match, f"D.O.I {_doi_said(match.group(3))}")


def _doi_said(code: str) -> str:
    """"10.1000/182" -> "ten dot one zero zero zero slash one eight two". every DOI opens with the handle's "10",
    which readers say "ten" ("one zero" it was), and its registrant's digits are said one by one however round ("one
    thousand" it was)."""
    registrant, _, suffix = code[3:].partition("/")
    return f"ten dot {numbers.digits(registrant)} slash {say_address(suffix)}"


def _doi_later(match: re.Match[str]) -> str:
    """"DOI is 10.1038/x" -> "D.O.I is ten dot one zero three eight slash x": the words between kept."""
    return f"D.O.I{match.group(2)}{_doi_said(match.group(3))}"


def _forward_windows_path(match: re.Match[str]) -> str:
    """"C:/Windows/System32" -> "C colon slash Windows slash System32" (the folders' digits read after)."""
    folders = [say_address(folder) for folder in match.group(2).split("/") if folder]
    return padded(match, " slash ".join([f"{match.group(1).upper()} colon", *folders]))


def _variable_path(match: re.Match[str]) -> str:
    """"%APPDATA%\\Code" -> "percent APPDATA percent backslash Code"."""
    folders = [say_address(folder) for folder in match.group(2).split("\\")[1:]]
    return padded(match, " backslash ".join([f"percent {match.group(1)} percent", *folders]))


def _matrix_id(match: re.Match[str]) -> str:
    """"@alice:example.org" -> "at alice colon example dot org", "#rust:matrix.org" -> "hash rust colon ..."."""
    sigil = "at" if match.group(1) == "@" else "hash"
    return padded(match, f"{sigil} {say_address(match.group(2))} colon {say_address(match.group(3))}")


def _windows_path(match: re.Match[str]) -> str:
    """"C:\\Photos" -> "C colon backslash Photos"."""
    folders = [say_address(folder) for folder in match.group(2).split("\\") if folder]
    return padded(match, " backslash ".join([f"{match.group(1).upper()} colon", *folders]) if folders
                  else f"{match.group(1).upper()} colon backslash")


def _login_path(match: re.Match[str]) -> str:
    """"me@box:~/notes" -> "me at box colon tilde slash notes"."""
    user, host, path = match.groups()
    return padded(match, f"{say_address(user)} at {say_address(host)} colon {say_address(path)}")
