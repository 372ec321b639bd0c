"""A writer's documents from more apps (WPS Office, OnlyOffice, Word for the web, Scrivener; PDFs printed from Chrome
and Firefox, a LaTeX article, a magazine page; Substack, Beehiiv and Kit newsletters; Markdown from Ghost, Jekyll,
Docusaurus and Astro), each built here in code with what a listener must hear and must not. Every document is our
own; each was written down before narrator first read it."""

from __future__ import annotations

from tests.documents import (
    FERRY_DEK,
    FERRY_TITLE,
    LINE1,
    LINE2,
    LINE3,
    LINE4,
    LONG,
    LONG_TEXT,
    SPRING,
    SPRING_TEXT,
    WINTER,
    WINTER_TEXT,
    Case,
    _mail,
    _qp,
    docx,
    note_mark,
    notes,
    p,
    page_field,
    r,
)
from tests.test_clean_pdf import make_pdf, paragraph

LINES = (LINE1, LINE2, LINE3, LINE4)


def word_cases() -> list[Case]:
    """.docx from WPS Office, OnlyOffice, Word for the web and Scrivener's compile."""
    cases = []
    # 1. WPS Office: numbered style ids (its own), a Title and a heading by name, a page-number footer
    wps_styles = (("1", "Normal"), ("2", "heading 1"), ("3", "Title"), ("4", "footer"))
    cases.append(Case("wps-office", "docx", "ferry.docx", docx(
        [p(FERRY_TITLE, "3"), p("By Ann Lee"), p(LINE1, "1"), p("The first winter", "2"), p(LINE2, "1"),
         p(LINE3, "1")], styles=wps_styles, app="WPS Office_12.1.0.16250_F1E327BC-269C-435d-A152-05C5408002CA",
        creator="Ann", footer=page_field(before="- ")),
        FERRY_TITLE, ("Ann Lee",), None, (LINE1, "The first winter", LINE2, LINE3), ("- 1",)))
    # 2. OnlyOffice: a subtitle, a footnote, English (US)
    cases.append(Case("onlyoffice-docx", "docx", "ferry.docx", docx(
        [p(FERRY_TITLE, "Title"), p(FERRY_DEK, "Subtitle"), p(runs=r(LINE1) + note_mark("footnote", 1)), p(LINE2),
         p(LINE4)], app="ONLYOFFICE/8.0.1.31", creator="",
        parts={"word/footnotes.xml": notes("footnotes", ["The timetable of 1986."])}),
        FERRY_TITLE, (), None, (FERRY_DEK, LINE1, LINE2, LINE4), ("timetable of 1986",), language="en-us"))
    # 3. Word for the web: modern comments (comments, commentsExtended, people), a date line under the byline
    comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments '
                'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" '
                'w:author="Ed Park" w:initials="EP"><w:p><w:r><w:t>Is this the right year?</w:t></w:r></w:p>'
                "</w:comment></w:comments>")
    people = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:people '
              'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="Ed Park">'
              '<w15:presenceInfo w15:providerId="AD" w15:userId="S::ed@harbour.example::1"/></w15:person>'
              "</w15:people>")
    commented = ('<w:commentRangeStart w:id="0"/>' + r(LINE2) + '<w:commentRangeEnd w:id="0"/><w:r><w:rPr>'
                 '<w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>')
    cases.append(Case("word-for-the-web", "docx", "Ferry.docx", docx(
        [p(FERRY_TITLE, "Title"), p("Ann Lee"), p("March 3, 2026"), p(LINE1), p(runs=commented), p(LINE3)],
        parts={"word/comments.xml": comments, "word/people.xml": people}, creator="Ann Lee"),
        FERRY_TITLE, ("Ann Lee",), "2026-03-03", (LINE1, LINE2, LINE3), ("right year", "Ed Park")))
    # 4. Scrivener's compile in manuscript format: contact block and word count on the title page, "#" between
    # scenes, "The End"
    scrivener = [p("Ann Lee"), p("12 Pier Road"), p("Kirkwall KW15 1AA"), p("ann@example.com"),
                 p("About 1,200 words"), p(FERRY_TITLE.upper(), "Title"), p("by Ann Lee"), p(LINE1), p(LINE2),
                 p("#"), p(LINE3), p(LINE4), p("The End")]
    cases.append(Case("scrivener-manuscript", "docx", "The ferry.docx", docx(
        scrivener, app="Scrivener", creator="Ann Lee", title="The ferry"),
        FERRY_TITLE.upper(), ("Ann Lee",), None, LINES,
        ("12 Pier Road", "KW15", "ann@example.com", "1,200 words", " # ", "The End")))
    return cases


def pdf_cases() -> list[Case]:
    """PDFs printed from Chrome and Firefox, a LaTeX article with a two-column page, a magazine page."""
    cases = []
    url = "https://harbourletter.example/2026/03/ferry-saved-an-island"
    # 1. Chrome's print: date and time top left, the page's title top centre, its address and "1/3" at the foot
    pages = []
    for number, content in enumerate(([(72, 700, 22, FERRY_TITLE), (72, 672, 11, "By Ann Lee"),
                                       *paragraph(640, LONG)], paragraph(700, WINTER), paragraph(700, SPRING)), 1):
        pages.append([(30, 775, 8, "05/12/2026, 10:14"), (240, 775, 8, f"{FERRY_TITLE} | The Harbour Letter"),
                      (30, 20, 8, url), (560, 20, 8, f"{number}/3"), *content])
    cases.append(Case("pdf-chrome-print", "pdf", "ferry.pdf", make_pdf(pages, title=f"{FERRY_TITLE} | The Harbour "
                                                                                   "Letter"),
                      FERRY_TITLE, ("Ann Lee",), None, (LONG_TEXT, WINTER_TEXT, SPRING_TEXT),
                      ("10:14", "harbourletter.example", "1/3", "2/3", "| The Harbour Letter")))
    # 2. Firefox's print: the title top left, the address top right, "Page 1 of 2" and the date at the foot
    pages = []
    for number, content in enumerate(([(72, 700, 22, FERRY_TITLE), *paragraph(660, LONG)],
                                      paragraph(700, WINTER)), 1):
        pages.append([(30, 775, 8, FERRY_TITLE), (380, 775, 8, url), (30, 20, 8, f"Page {number} of 2"),
                      (500, 20, 8, "05/12/2026"), *content])
    cases.append(Case("pdf-firefox-print", "pdf", "ferry.pdf", make_pdf(pages), FERRY_TITLE, (), None,
                      (LONG_TEXT, WINTER_TEXT), ("harbourletter.example", "Page 1 of 2", "05/12/2026"),
                      once=(LONG[0][:40],)))
    # 3. a LaTeX article: title, author and affiliation, date, abstract, numbered sections, a two-column page 2,
    # the page number centred
    abstract = ["We describe how an island community kept its only ferry running through a winter in which",
                "its engine failed, and what the money raised in a week says about the island's economy."]
    first = [(170, 700, 17, FERRY_TITLE), (270, 670, 12, "Ann Lee"), (220, 655, 10, "University of the Isles"),
             (255, 630, 12, "March 3, 2026"), (285, 600, 9, "Abstract"),
             *[(100, 585 - 11 * n, 9, text) for n, text in enumerate(abstract)],
             (72, 540, 14, "1 Introduction"), *paragraph(515, LONG), (300, 40, 10, "1")]
    left = ["When the engine failed in January,", "the village raised the money in a",
            "week, and the garage gave fuel."]
    right = ["It sailed again on March 3, a day", "early, with half the island on the", "pier to watch it go."]
    second = [(72, 720, 14, "2 The winter"), *[(72, 700 - 13 * n, 10, text) for n, text in enumerate(left)],
              (320, 720, 14, "3 The spring"), *[(320, 700 - 13 * n, 10, text) for n, text in enumerate(right)],
              (300, 40, 10, "2")]
    cases.append(Case("pdf-latex-article", "pdf", "ferry-paper.pdf", make_pdf([first, second]), FERRY_TITLE,
                      ("Ann Lee",), "2026-03-03", (" ".join(abstract), "Introduction", LONG_TEXT, " ".join(left),
                                                  " ".join(right)),
                      ("University of the Isles",)))
    # 4. a magazine page: the masthead and issue at the head, a dek, "Words by", a pull quote repeating a sentence
    # of the text in large type, the folio at the foot
    magazine = [(72, 760, 9, "HARBOUR LIFE"), (450, 760, 9, "SPRING 2026"), (72, 710, 30, "Saved by the ferry"),
                (72, 680, 14, FERRY_DEK), (72, 660, 9, "Words by Ann Lee"), *paragraph(630, LONG),
                (100, 560, 18, "\u201cHalf the island was on the pier.\u201d"),
                *paragraph(520, SPRING), (300, 30, 9, "HARBOUR LIFE | 23")]
    cases.append(Case("pdf-magazine-page", "pdf", "spring.pdf", make_pdf([magazine]), "Saved by the ferry",
                      ("Ann Lee",), None, (FERRY_DEK, LONG_TEXT, SPRING_TEXT),
                      ("HARBOUR LIFE", "SPRING 2026", "| 23", "Half the island was on the pier.\u201d")))
    return cases


PREHEADER = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">How a village kept its boat running'
             + "&#847;&zwnj;&nbsp;" * 30 + "</div>")


def _html_mail(sender: str, subject: str, html: str, extra: list[tuple[str, str]] | None = None) -> bytes:
    """A newsletter sent as HTML only, quoted-printable."""
    return _mail([("From", sender), ("Subject", subject), ("Date", "Sat, 28 Nov 2026 07:30:00 +0000"),
                  ("Message-ID", "<n1@mail.example>"), ("MIME-Version", "1.0"), *(extra or []),
                  ("Content-Type", "text/html; charset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable")],
                 _qp(html))


def mail_cases() -> list[Case]:
    """Newsletters from Substack, Beehiiv and Kit: HTML only, a preheader, a "view online" link."""
    body = "".join(f"<p>{line}</p>" for line in LINES)
    substack = (f"<html><body>{PREHEADER}<table><tr><td><a href=\"https://harbourletter.example/p/ferry\">View in "
                "browser</a></td></tr><tr><td><h1><a href=\"https://harbourletter.example/p/ferry\">"
                f"{FERRY_TITLE}</a></h1><h3>{FERRY_DEK}</h3><p><a href=\"https://substack.example/@casey\">"
                "Casey Rivera</a></p><p>Nov 28</p><table><tr><td><a href=\"https://x.example/like\">12</a></td>"
                "<td><a href=\"https://x.example/comments\">3</a></td><td><a href=\"https://x.example/restack\">"
                f"Restack</a></td></tr></table>{body}<p><a href=\"https://x.example/open\">Open in app</a></p>"
                "<p>\u00a9 2026 Casey Rivera<br>548 Market Street PMB 72296, San Francisco, CA 94104<br>"
                "<a href=\"https://x.example/unsub\">Unsubscribe</a></p><p><a href=\"https://substack.example/signup\">"
                "Start writing</a> <a href=\"https://substack.example/app\">Get the app</a></p></td></tr></table>"
                "</body></html>")
    beehiiv = (f"<html><body>{PREHEADER}<table><tr><td><a href=\"https://harbourletter.example/p/ferry\">View "
               f"online</a></td></tr><tr><td><h1>{FERRY_TITLE}</h1><p>Plus: the school roof, and a new baker</p>"
               "<p>Read time: 3 minutes</p><p>Casey Rivera</p>"
               f"{body}<p><a href=\"https://harbourletter.example/refer\">Share The Harbour Letter with a friend"
               "</a></p><p>Update your email preferences or <a href=\"https://x.example/unsub\">unsubscribe here</a>"
               "</p><p>\u00a9 2026 The Harbour Letter</p><p><a href=\"https://www.beehiiv.example/\">Powered by "
               "beehiiv</a></p></td></tr></table></body></html>")
    kit = (f"<html><body>{PREHEADER}<div class=\"ck-inner-section\"><p>Hi Ann,</p>{body}<p>Until next week,<br>Casey"
           "</p></div><div class=\"ck-footer\"><p><a href=\"https://x.example/unsub\">Unsubscribe</a> | "
           "<a href=\"https://x.example/profile\">Update your profile</a> | 113 Cherry St #92768, Seattle, WA "
           "98104-2205</p></div></body></html>")
    return [
        Case("substack-html-only", "eml", "ferry.eml", _html_mail(
            "Casey Rivera from The Harbour Letter <harbourletter@substack.example>", FERRY_TITLE, substack,
            [("List-Unsubscribe", "<https://x.example/unsub>")]),
            FERRY_TITLE, ("Casey Rivera",), "2026-11-28", (FERRY_DEK, *LINES),
            ("View in browser", "Restack", "Open in app", "Market Street", "Unsubscribe", "Start writing",
             "Get the app", "How a village kept its boat running \u034f")),
        Case("beehiiv", "eml", "ferry.eml", _html_mail("The Harbour Letter <casey@mail.beehiiv.example>",
                                                       FERRY_TITLE, beehiiv),
             FERRY_TITLE, ("Casey Rivera",), "2026-11-28", LINES,
             ("View online", "Read time", "Share The Harbour Letter", "preferences", "Powered by beehiiv",
              "\u00a9 2026")),
        Case("kit-convertkit", "eml", "ferry.eml", _html_mail("Casey Rivera <casey@harbourletter.example>",
                                                              "The ferry is back", kit),
             "The ferry is back", ("Casey Rivera",), "2026-11-28", LINES,
             ("Unsubscribe", "Update your profile", "Cherry St", "98104")),
    ]


def markdown_cases() -> list[Case]:
    """Markdown from Ghost's export, Jekyll with Liquid, Docusaurus MDX and Astro MDX."""
    def md(name: str, text: str, furniture: tuple[str, ...], lines: tuple[str, ...] = LINES,
           authors: tuple[str, ...] = ("Ann Lee",), origin: str = "post.md") -> Case:
        return Case(name, "md", origin, text.encode(), FERRY_TITLE, authors, "2026-03-03", lines, furniture)

    return [
        md("ghost-export", f"---\ntitle: \"{FERRY_TITLE}\"\nslug: ferry\ndate_published: 2026-03-03T09:00:00.000Z\n"
           "date_updated: 2026-03-04T10:00:00.000Z\ntags: Islands\nexcerpt: How a village kept its boat.\n"
           f"authors: Ann Lee\nfeature_image: /content/images/2026/03/pier.jpg\n---\n\n{LINE1}\n\n"
           "<!--kg-card-begin: html-->\n<div class=\"kg-card kg-callout-card\"><p>The ferry leaves at seven.</p>"
           f"</div>\n<!--kg-card-end: html-->\n\n{LINE2}\n\n<figure class=\"kg-card kg-bookmark-card\"><a "
           "class=\"kg-bookmark-container\" href=\"https://trust.example\"><div class=\"kg-bookmark-title\">Harbour "
           "Trust</div><div class=\"kg-bookmark-description\">Support the ferry</div></a></figure>\n\n"
           f"{LINE3}\n\n{LINE4}\n",
           ("kg-card", "Support the ferry", "pier.jpg", "date_updated"),
           lines=(LINE1, "The ferry leaves at seven.", LINE2, LINE3, LINE4)),
        md("jekyll-liquid", f"---\nlayout: post\ntitle: \"{FERRY_TITLE}\"\ndate: 2026-03-03 09:00:00 +0000\n"
           "author: Ann Lee\ncategories: [islands]\n---\n\n{% include toc.html %}\n\n"
           f"{LINE1}\n\n{{% include figure.html image=\"/assets/pier.jpg\" caption=\"The pier\" %}}\n\n{LINE2}\n\n"
           "{% highlight ruby %}\nputs ferry.departures\n{% endhighlight %}\n\n"
           f"{LINE3} Read more on [{{{{ site.title }}}}]({{{{ site.url }}}}).\n\n{LINE4}\n",
           ("{%", "{{", "include", "site.title", "highlight", "puts"),
           lines=(LINE1, LINE2, LINE3, LINE4), origin="2026-03-03-ferry.md"),
        md("jekyll-comment-raw", f"---\ntitle: {FERRY_TITLE}\nauthor: Ann Lee\ndate: 2026-03-03\n---\n\n{LINE1}\n\n"
           "{% comment %}\nAsk Morag for the 1986 timetable before this goes out.\n{% endcomment %}\n\n"
           f"{LINE2}\n\n{{%- assign year = page.date | date: \"%Y\" -%}}\n\n{LINE3}\n\n{LINE4}\n",
           ("Morag", "1986", "endcomment", "assign", "%Y")),
        md("docusaurus-mdx", f"---\ntitle: {FERRY_TITLE}\nauthors: [Ann Lee]\ndate: 2026-03-03\nsidebar_position: 2\n"
           "---\n\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n"
           f"{LINE1}\n\n<!-- truncate -->\n\n:::tip Timetable\n\nThe ferry leaves at seven.\n\n:::\n\n{LINE2}\n\n"
           "<Tabs>\n  <TabItem value=\"winter\" label=\"Winter\">\n\n"
           f"{LINE3}\n\n  </TabItem>\n</Tabs>\n\n{LINE4}\n",
           ("import", "@theme", ":::", "TabItem", "truncate", "sidebar_position"),
           lines=(LINE1, "The ferry leaves at seven.", LINE2, LINE3, LINE4), origin="ferry.mdx"),
        md("astro-mdx", f"---\nlayout: ../../layouts/Post.astro\ntitle: \"{FERRY_TITLE}\"\npubDate: 2026-03-03\n"
           "author: Ann Lee\nheroImage: /pier.jpg\n---\nimport { Image } from 'astro:assets';\n"
           "import Chart from '../../components/Chart.astro';\nexport const prerender = true;\n\n"
           f"{LINE1}\n\n<Chart data={{passengers}} client:load />\n\n{LINE2}\n\n<Image src={{pier}} alt=\"\" />\n\n"
           f"{LINE3}\n\n{LINE4}\n",
           ("import", "astro:assets", "export const", "prerender", "client:load", "Chart", "Post.astro"),
           origin="ferry.mdx"),
    ]


def all_cases() -> list[Case]:
    """Every document of this round."""
    return word_cases() + pdf_cases() + mail_cases() + markdown_cases()
