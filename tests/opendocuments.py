"""OpenDocument texts as LibreOffice, Collabora and OnlyOffice save them (.odt, and LibreOffice's flat .fodt), each
built here in code with LibreOffice's own element and style names, and what a listener must hear and must not.
Every document is our own."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from tests.documents import FERRY_DEK, FERRY_TITLE, LINE1, LINE2, LINE3, LINE4, Case

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3"')
XML = '<?xml version="1.0" encoding="UTF-8"?>'
MIMETYPE = "application/vnd.oasis.opendocument.text"
LIBREOFFICE = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"
# LibreOffice's paragraph styles, by XML name and display name.
STYLES = (("Standard", "Default Paragraph Style", ""), ("Text_20_body", "Body Text", "Standard"),
          ("Heading", "Heading", "Standard"), ("Title", "Title", "Heading"), ("Subtitle", "Subtitle", "Heading"),
          ("Heading_20_1", "Heading 1", "Heading"), ("Heading_20_2", "Heading 2", "Heading"),
          ("Quotations", "Quotations", "Standard"), ("Contents_20_Heading", "Contents Heading", "Heading"),
          ("Contents_20_1", "Contents 1", "Standard"), ("Header", "Header", "Standard"),
          ("Footer", "Footer", "Standard"), ("Footnote", "Footnote", "Standard"),
          ("Endnote", "Endnote", "Standard"), ("List_20_Paragraph", "List Paragraph", "Standard"))
LISTS = ('<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/>'
         '</text:list-style><text:list-style style:name="L2"><text:list-level-style-number text:level="1" '
         'style:num-suffix="." style:num-format="1"/></text:list-style>')


def tp(text: str = "", style: str = "Text_20_body", inner: str | None = None) -> str:
    """One text:p: its style and its text (or marked-up inner content)."""
    return f'<text:p text:style-name="{style}">{inner if inner is not None else escape(text)}</text:p>'


def th(text: str, level: int = 1) -> str:
    """One heading with its outline level."""
    return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
            f"{escape(text)}</text:h>")


def note(text: str, kind: str = "footnote", number: int = 1) -> str:
    """A footnote or endnote, as it stands in the paragraph that cites it."""
    return (f'<text:note text:id="{kind[:3]}{number}" text:note-class="{kind}"><text:note-citation>{number}'
            f'</text:note-citation><text:note-body>{tp(text, kind.capitalize())}</text:note-body></text:note>')


def text_list(items: list[str], style: str = "L1") -> str:
    """A list of one-paragraph items."""
    return (f'<text:list text:style-name="{style}">'
            + "".join(f"<text:list-item>{tp(item, 'List_20_Paragraph')}</text:list-item>" for item in items)
            + "</text:list>")


def odt(body: list[str], *, title: str = "", creator: str = "", initial_creator: str = "",
        language: str = "en", country: str = "GB", dc_language: str = "", generator: str = LIBREOFFICE,
        automatic: str = "", header: str = "", footer: str = "", flat: bool = False, manifest_extra: str = "",
        created: str = "2026-01-12T10:04:31.512000000") -> bytes:
    """An .odt (or a flat .fodt) as LibreOffice saves one: content, styles with the page's header and footer, meta."""
    meta_fields = (f"<meta:generator>{escape(generator)}</meta:generator>"
                   + (f"<dc:title>{escape(title)}</dc:title>" if title else "")
                   + (f"<meta:initial-creator>{escape(initial_creator)}</meta:initial-creator>" if initial_creator
                      else "")
                   + (f"<dc:creator>{escape(creator)}</dc:creator>" if creator else "")
                   + f"<meta:creation-date>{created}</meta:creation-date><dc:date>2026-03-02T18:00:00</dc:date>"
                   + (f"<dc:language>{dc_language}</dc:language>" if dc_language else "")
                   + '<meta:document-statistic meta:page-count="2" meta:word-count="412"/>')
    default = (f'<style:default-style style:family="paragraph"><style:text-properties fo:language="{language}" '
               f'fo:country="{country}" style:font-name="Liberation Serif"/></style:default-style>')
    named = "".join(
        f'<style:style style:name="{name}" style:display-name="{shown}" style:family="paragraph"'
        + (f' style:parent-style-name="{parent}"' if parent else "") + "/>" for name, shown, parent in STYLES)
    masters = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
               + (f"<style:header>{header}</style:header>" if header else "")
               + (f"<style:footer>{footer}</style:footer>" if footer else "")
               + "</style:master-page></office:master-styles>")
    decls = ('<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
             '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>')
    text = f"<office:body><office:text>{decls}{''.join(body)}</office:text></office:body>"
    auto = f"<office:automatic-styles>{automatic}</office:automatic-styles>"
    if flat:
        return (f'{XML}<office:document {NS} office:mimetype="{MIMETYPE}"><office:meta>{meta_fields}</office:meta>'
                f"<office:styles>{default}{named}{LISTS}</office:styles>{auto}{masters}{text}"
                "</office:document>").encode()
    content = f"{XML}<office:document-content {NS}>{auto}{text}</office:document-content>"
    styles = (f"{XML}<office:document-styles {NS}><office:styles>{default}{named}{LISTS}</office:styles>"
              f"{masters}</office:document-styles>")
    meta = f"{XML}<office:document-meta {NS}><office:meta>{meta_fields}</office:meta></office:document-meta>"
    manifest = (f'{XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                f'manifest:media-type="{MIMETYPE}"/><manifest:file-entry manifest:full-path="content.xml" '
                f'manifest:media-type="text/xml">{manifest_extra}</manifest:file-entry></manifest:manifest>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        for name, part in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("settings.xml", f"{XML}<office:document-settings {NS}/>"),
                           ("META-INF/manifest.xml", manifest)):
            archive.writestr(name, part)
    return buffer.getvalue()


PAGE_FOOTER = tp(style="Footer", inner='Page <text:page-number text:select-page="current">1</text:page-number> of '
                                       "<text:page-count>2</text:page-count>")


def odt_cases() -> list[Case]:
    """Fourteen and more OpenDocument texts, each with what must be heard and what must not."""
    cases = []
    # 1. LibreOffice: Title, Subtitle, byline, date, a header and footer on the page, a footnote
    cases.append(Case("lo-title-byline-header-footer-footnote", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "Title"), tp(FERRY_DEK, "Subtitle"), tp("By Ann Lee"), tp("3 March 2026"),
         tp(inner=escape(LINE1) + note("Timetable of 1986, kept at the museum.")), tp(LINE2),
         th("The first winter"), tp(LINE3), tp(LINE4)],
        header=tp("Harbour Trust \u2013 internal draft", "Header"), footer=PAGE_FOOTER),
        FERRY_TITLE, ("Ann Lee",), "2026-03-03", (FERRY_DEK, LINE1, LINE2, "The first winter", LINE3, LINE4),
        ("internal draft", "Page 1 of 2", "Timetable of 1986", "museum"), language="en-gb"))
    # 2. LibreOffice's automatic styles: a title paragraph made bold by hand is "P1", child of Title
    auto = ('<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title">'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body">'
            '<style:paragraph-properties fo:text-align="justify"/></style:style>'
            '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/>'
            "</style:style>")
    cases.append(Case("lo-automatic-styles", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "P1"), tp(LINE1, "P2"),
         tp(style="P2", inner='When the engine failed in <text:span text:style-name="T1">January</text:span>, the '
                              "village raised the money in a week."), tp(LINE3, "P2")], automatic=auto),
        FERRY_TITLE, (), None, (LINE1, LINE2, LINE3), (FERRY_TITLE,)))
    # 3. Tracked changes: a deleted paragraph and a deleted word kept in text:tracked-changes; an insertion
    changes = ('<text:tracked-changes text:track-changes="false"><text:changed-region xml:id="ct1" text:id="ct1">'
               "<text:deletion><office:change-info><dc:creator>Ed Park</dc:creator><dc:date>2026-03-02T10:00:00"
               "</dc:date></office:change-info>" + tp("An old paragraph about the harbour master that the editor cut.")
               + '</text:deletion></text:changed-region><text:changed-region xml:id="ct2" text:id="ct2"><text:deletion>'
               "<office:change-info><dc:creator>Ed Park</dc:creator><dc:date>2026-03-02T10:01:00</dc:date>"
               "</office:change-info>" + tp(inner=" of three") + "</text:deletion></text:changed-region>"
               '<text:changed-region xml:id="ct3" text:id="ct3"><text:insertion><office:change-info><dc:creator>'
               "Ed Park</dc:creator><dc:date>2026-03-02T10:02:00</dc:date></office:change-info></text:insertion>"
               "</text:changed-region></text:tracked-changes>")
    cases.append(Case("lo-tracked-changes", "odt", "ferry.odt", odt(
        [changes, tp(FERRY_TITLE, "Title"), tp(LINE2), tp(inner='<text:change text:change-id="ct1"/>'),
         tp(inner='The crew<text:change-start text:change-id="ct3"/> of four<text:change-end text:change-id="ct3"/>'
                  '<text:change text:change-id="ct2"/> worked through the night.')]),
        FERRY_TITLE, (), None, (LINE2, "The crew of four worked through the night."),
        ("harbour master", "of three", "Ed Park")))
    # 4. A reviewer's comments on a span of text, and one at a point
    comment = ('<office:annotation office:name="__Annotation__1"><dc:creator>Ed Park</dc:creator><dc:date>'
               "2026-03-02T11:00:00</dc:date>" + tp("Check this figure with the treasurer", "Standard")
               + "</office:annotation>")
    cases.append(Case("lo-comments", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "Title"), tp(LINE1),
         tp(inner=f"{comment}It cost eleven thousand pounds."
                  '<office:annotation-end office:name="__Annotation__1"/>'),
         tp(inner="The baker gave bread<office:annotation><dc:creator>Mia Chen</dc:creator>"
                  + tp("Name the baker?", "Standard") + "</office:annotation> to the crew and the garage gave the "
                  "fuel.")]),
        FERRY_TITLE, (), None, (LINE1, "It cost eleven thousand pounds.", LINE3),
        ("Check this figure", "Ed Park", "Name the baker", "Mia Chen")))
    # 5. A table of contents (Insert > Table of Contents and Index) before the chapters
    toc = ('<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Table of Contents1">'
           '<text:table-of-content-source text:outline-level="10"><text:index-title-template '
           'text:style-name="Contents_20_Heading">Table of Contents</text:index-title-template>'
           "</text:table-of-content-source><text:index-body><text:index-title text:style-name=\"Sect1\" "
           'text:name="Table of Contents1_Head">' + tp("Table of Contents", "Contents_20_Heading")
           + "</text:index-title>"
           + tp(style="Contents_20_1", inner='<text:a xlink:type="simple" xlink:href="#__RefHeading___Toc1_1">'
                "The first winter<text:tab/>2</text:a>")
           + tp(style="Contents_20_1", inner='<text:a xlink:type="simple" xlink:href="#__RefHeading___Toc2_1">'
                "The second summer<text:tab/>3</text:a>")
           + "</text:index-body></text:table-of-content>")
    cases.append(Case("lo-table-of-contents", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "Title"), toc, tp(LINE1), th("The first winter"), tp(LINE2), th("The second summer"),
         tp(LINE4)]),
        FERRY_TITLE, (), None, (LINE1, "The first winter", LINE2, "The second summer", LINE4),
        ("Table of Contents", "The first winter 2", "The second summer 3"),
        once=("The first winter", "The second summer")))
    # 6. Lists (bulleted, numbered, nested) and a table with a header row
    nested = ('<text:list text:style-name="L1"><text:list-item>' + tp("Held a jumble sale", "List_20_Paragraph")
              + text_list(["Cakes from the school", "Books from the library"]) + "</text:list-item>"
              "<text:list-item>" + tp("Asked the council", "List_20_Paragraph") + "</text:list-item></text:list>")
    table = ('<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/>'
             "<table:table-header-rows><table:table-row>"
             + "".join(f"<table:table-cell>{tp(cell, 'Table_20_Heading')}</table:table-cell>"
                       for cell in ("Year", "Passengers")) + "</table:table-row></table:table-header-rows>"
             + "".join("<table:table-row>" + "".join(f"<table:table-cell>{tp(cell)}</table:table-cell>"
                                                     for cell in row) + "</table:table-row>"
                       for row in (("2024", "41,000"), ("2025", "43,500"))) + "</table:table>")
    cases.append(Case("lo-lists-table", "odt", "facts.odt", odt(
        [tp(FERRY_TITLE, "Title"), tp(LINE1), tp("What the village did:"), nested,
         text_list(["Sold the old engine", "Bought a new one"], "L2"), table]),
        FERRY_TITLE, (), None, (LINE1, "Held a jumble sale", "Cakes from the school", "Books from the library",
                                "Asked the council", "Sold the old engine", "Bought a new one", "2024", "41,000",
                                "43,500")))
    # 7. Spaces written as text:s, tabs, line breaks in an address, a soft page break inside a paragraph
    cases.append(Case("lo-spaces-tabs-breaks", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "Title"),
         tp(inner="For forty years the ferry has left the pier at seven every morning, rain or "
                  "<text:soft-page-break/>shine."),
         '<text:soft-page-break/>', tp(inner="Departs<text:tab/>07:00, returns<text:tab/>18:00."),
         tp(inner="Write to the Harbour Trust,<text:line-break/>Pier Road,<text:line-break/>Port Ellen."),
         tp(inner="The crew said it in two words:<text:s/> never again.<text:s text:c=\"3\"/>Then they laughed.")]),
        FERRY_TITLE, (), None, (LINE1, "Departs 07:00, returns 18:00.",
                                "Write to the Harbour Trust, Pier Road, Port Ellen.",
                                "The crew said it in two words: never again. Then they laughed.")))
    # 8. No title paragraph: the title from File > Properties, the writer from the user's name (no byline);
    # the file's creation date is no publication date
    cases.append(Case("lo-properties-title-writer", "odt", "untitled 3.odt", odt(
        [tp(LINE1, "Standard"), tp(LINE2, "Standard"), tp(LINE3, "Standard")], title=FERRY_TITLE,
        initial_creator="Ann Lee", creator="Ed Park"),
        FERRY_TITLE, ("Ann Lee",), None, (LINE1, LINE2, LINE3), ()))
    # 9. A first Heading 1 as the title, Heading 2 chapters
    cases.append(Case("lo-heading-title", "odt", "essay.odt", odt(
        [th("Why the ferry matters"), tp("By Ann Lee | 3 March 2026"), tp(LINE1), th("The first winter", 2),
         tp(LINE2), th("The second summer", 2), tp(LINE4)]),
        "Why the ferry matters", ("Ann Lee",), "2026-03-03",
        (LINE1, "The first winter", LINE2, "The second summer", LINE4), ("| 3 March",)))
    # 10. A text box in a frame anchored to a paragraph; an image with a title and description; a caption
    box = ('<draw:frame draw:style-name="fr1" draw:name="Frame1" text:anchor-type="paragraph" svg:width="6cm">'
           '<draw:text-box fo:min-height="2cm">' + tp("Ferry facts: the boat carries forty cars and two hundred "
                                                      "people.", "Frame_20_contents") + "</draw:text-box></draw:frame>")
    image = ('<draw:frame draw:name="Image1" text:anchor-type="char" svg:width="8cm"><draw:image '
             'xlink:href="Pictures/1000000000000320.jpg" xlink:type="simple"/><svg:title>IMG_2291</svg:title>'
             "<svg:desc>A photo of a boat</svg:desc></draw:frame>")
    cases.append(Case("lo-text-box-image", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "Title"), tp(inner=box + escape(LINE1)), tp(inner=image), tp(LINE2)]),
        FERRY_TITLE, (), None, (LINE1, "Ferry facts: the boat carries forty cars and two hundred people.", LINE2),
        ("IMG_2291", "A photo of a boat", "Pictures/"), once=("Ferry facts",)))
    # 11. Sections, an endnote, a quotation in the Quotations style
    cases.append(Case("lo-sections-endnote-quote", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "Title"), '<text:section text:style-name="Sect1" text:name="Section1">', tp(LINE1),
         tp("We never doubted it would sail again.", "Quotations"), "</text:section>",
         tp(inner=escape(LINE2) + note("Figures from the Harbour Trust accounts.", "endnote"))]),
        FERRY_TITLE, (), None, (LINE1, "We never doubted it would sail again.", LINE2), ("Harbour Trust accounts",)))
    # 12. A French document whose default language is French (France)
    french = ["Depuis quarante ans, le bac quitte la jetée à sept heures chaque matin, qu'il pleuve ou qu'il vente.",
              "Quand le moteur est tombé en panne en janvier, le village a réuni l'argent en une semaine.",
              "Le boulanger a donné du pain à l'équipage et le garage a offert le carburant."]
    cases.append(Case("lo-french", "odt", "bac.odt", odt(
        [tp("Le bac qui a sauvé une île", "Title"), *(tp(line) for line in french)], language="fr", country="FR"),
        "Le bac qui a sauvé une île", (), None, tuple(french), (), language="fr-fr"))
    # 13. Collabora Online: its generator, the language in the document's properties (en-US)
    cases.append(Case("collabora", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "Title"), tp("Ann Lee", "Standard"), tp(LINE1), tp(LINE2), tp(LINE3)],
        generator="Collabora_Office/23.05.9.4$Linux_X86_64", dc_language="en-US", language="en", country="US"),
        FERRY_TITLE, ("Ann Lee",), None, (LINE1, LINE2, LINE3), (), language="en-us"))
    # 14. OnlyOffice: its generator, its own automatic paragraph styles for every paragraph
    only_auto = "".join(f'<style:style style:name="P{n}" style:family="paragraph" style:parent-style-name="{parent}"/>'
                        for n, parent in ((1, "Title"), (2, "Standard"), (3, "Heading_20_1")))
    cases.append(Case("onlyoffice", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "P1"), tp(LINE1, "P2"),
         f'<text:h text:style-name="P3" text:outline-level="1">{escape("The first winter")}</text:h>', tp(LINE2, "P2")],
        generator="ONLYOFFICE/8.0.1.31", automatic=only_auto, language="en", country="US"),
        FERRY_TITLE, (), None, (LINE1, "The first winter", LINE2), (), language="en-us"))
    # 15. A flat OpenDocument text (.fodt), one XML file
    cases.append(Case("lo-flat-fodt", "odt", "ferry.fodt", odt(
        [tp(FERRY_TITLE, "Title"), tp("By Ann Lee"), tp(LINE1), th("The first winter"), tp(LINE2)],
        footer=PAGE_FOOTER, flat=True),
        FERRY_TITLE, ("Ann Lee",), None, (LINE1, "The first winter", LINE2), ("Page 1 of 2",), language="en-gb"))
    # 16. A hidden paragraph and hidden text (Format > Character > Hidden); a field showing the title
    cases.append(Case("lo-hidden-and-fields", "odt", "ferry.odt", odt(
        [tp(FERRY_TITLE, "Title"), tp(LINE1),
         tp(inner='<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Draft note: ask the '
                  "skipper."),
         tp(inner='<text:hidden-text text:condition="ooow:1" text:string-value="Note to self: call the pier" '
                  'text:is-hidden="true"/>' + escape(LINE2)),
         tp(inner=f"This is <text:title>{escape(FERRY_TITLE)}</text:title>, a story of the island.")],
        title=FERRY_TITLE),
        FERRY_TITLE, (), None, (LINE1, LINE2, f"This is {FERRY_TITLE}, a story of the island."),
        ("Note to self", "Draft note")))
    return cases
