#!/usr/bin/env python3
"""Makes the committed PDF fixtures for footnotes, page breaks and a UN-style masthead, and what each must extract to.

    python3 tests/Archive.Core.Tests/Extraction/Documents/_make_layout_fixtures.py

Needs soffice (libreoffice-writer-nogui, fonts-noto-core; fonts-liberation2 comes with it) and pdftotext
(poppler-utils) to check the page breaks. Every text is illustrative, written for these tests; none is taken from a
real document (the organ's name, "Economic and Social Council", is a fact).
  footnoted-wordlike.pdf       a Word-like page (Liberation Serif 12 pt) with real footnotes: superscript markers in
                               several paragraphs, notes set at 10 pt under the separator rule Writer draws, one note
                               running over two lines.
  page-break-running-head.pdf  three pages with a running header (symbol and short title) and a "Page N of M" footer;
                               a numbered paragraph runs across each page break mid-sentence (checked here).
  masthead-cover.pdf           a UN-style cover: "United Nations" and the symbol, the organ in large bold with
                               "Distr.: General" on its right, the date and "Original: English" at the right, the
                               session and agenda lines at the left, the title, "Report of the Secretary-General",
                               then numbered paragraphs.
  status-table.pdf             an audit-style report: numbered paragraphs under sub-sections numbered 1, 2 in plain
                               type (below the paragraphs' own numbers), each recommendation followed by a two-column
                               status table; a table ends one page and the next numbered paragraph opens the next.
Each PDF gets NAME.expected.json, written from the same strings the PDF is set from.
"""
import json
import os
import re
import subprocess
import tempfile
import xml.dom.minidom
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
LABEL = "This text is illustrative, written for the archive's tests; it is not an official document."

# ---------------------------------------------------------------------------------------------------------------
# (a) footnoted-wordlike: paragraphs as (text with {n} where note n is cited) and the notes.
FOOTNOTED_TITLE = "Illustrative Note on Regional Information Sharing"
FOOTNOTED_PARAGRAPHS = [
    LABEL + " It describes how members of a regional consultation might share information on irregular movements.",
    "Members have exchanged information on people smuggling networks since the consultation was first convened{1} "
    "and have agreed that such exchanges should be timely, accurate and lawful.",
    "Each member designates a contact point for urgent requests. The contact points meet once a year to review "
    "how requests were handled and to agree on improvements.",
    "Requests name the legal basis{2} on which the information is sought and the purpose for which it will be used, "
    "so that the receiving member can apply its own law.{3}",
    "Personal data are shared only where the law of both members permits it, and are kept no longer than the "
    "purpose requires.",
    "Members report each year on the number of requests made and answered, without naming the persons concerned.{4}",
    "The consultation will review these arrangements at its next meeting and may amend them by consensus.",
]
FOOTNOTES = {
    "1": "The first meeting was held in an illustrative year chosen for these tests.",
    "2": "A treaty, a memorandum of understanding or national law may each provide such a basis.",
    "3": "Where the receiving member's law forbids the use that is sought, it says so in its answer and explains "
         "which provision applies, so that the requesting member can consider another channel for its request, "
         "such as a formal request for mutual legal assistance.",
    "4": "Figures are given by category of request only.",
}

# ---------------------------------------------------------------------------------------------------------------
# (b) page-break-running-head: headings (str) and numbered paragraphs (list of sentences, joined with spaces).
RUNNING_SYMBOL = "S/2031/99"
RUNNING_SHORT_TITLE = "Illustrative review of maritime cooperation"
RUNNING_TITLE = "Illustrative Review of Maritime Cooperation"
RUNNING_BODY = [
    "I. Background",
    [LABEL, "It reviews, in general terms, how coastal States might cooperate at sea when vessels carrying migrants are "
     "found in distress, and how the burden of disembarkation and reception might be shared among them in a fair way."],
    ["Coastal States have long recognised a duty to assist persons in distress at sea, whatever their nationality or "
     "status and whatever the circumstances in which they are found.", "That duty falls on the masters of ships and on "
     "the States whose rescue coordination centres receive the first alert, and it is owed regardless of where the "
     "rescued persons will eventually be disembarked.", "The review considers how that duty has been discharged in the "
     "illustrative period it covers and which practical difficulties the centres reported in coordinating their "
     "responses with one another across the boundaries of their search and rescue regions."],
    ["Centres reported that alerts often reached several of them at once, so that each waited for another to take "
     "the lead, and that the time lost in agreeing on coordination was sometimes longer than the time needed to reach "
     "the vessel in distress.", "Several centres proposed that the first centre to receive an alert should keep "
     "coordination until another formally accepts it, and that acceptance should be confirmed in writing without "
     "delay, so that no alert is left without a centre responsible for it.", "Others noted that such a rule would "
     "work only if every centre could be reached at any hour by a person able to accept coordination on its behalf."],
    "II. Disembarkation and reception",
    ["Once persons have been rescued, the question of where they are to be disembarked has often taken longer to "
     "answer than the rescue itself, leaving ships and their crews waiting at sea for days with people on board who "
     "need medical care, food, water and shelter that a merchant ship is not built to provide.", "The review found "
     "that arrangements agreed in advance among neighbouring States shortened those delays considerably, in "
     "particular where they named a place of safety for each area and set out how the costs of reception would be "
     "shared among the States concerned.", "It recommends that such arrangements be concluded for every area in which "
     "rescues are frequent and be reviewed every two years in the light of experience, so that they keep pace with "
     "changes in the routes that vessels take."],
    ["Reception after disembarkation was found to work best where the authorities of the place of safety were told "
     "early how many persons to expect, what their needs were and whether any of them were children travelling "
     "alone, persons with disabilities or persons who had been injured during the voyage or the rescue.", "Centres "
     "and ships can pass on such information only if they know to whom it should be sent and in what form, which the "
     "arrangements recommended above should therefore also specify for each place of safety they name.", "The review "
     "also notes that the persons rescued should be told, in a language they understand, where they are being taken "
     "and what will happen to them on arrival, so that fear and rumour do not make their reception harder than it "
     "needs to be for them and for the authorities alike."],
    ["The States taking part in the review agreed to meet again in an illustrative year to take stock of the "
     "arrangements concluded by then, to share the lessons learned in applying them and to consider whether the "
     "recommendations of this review should be revised in the light of what they have learned."],
    ["They also agreed that the next review should hear the masters of ships and the staff of rescue coordination "
     "centres directly, since their experience is the best guide to what works at sea."],
    "III. Follow-up",
    ["To prepare the next review, each State will collect, in the same illustrative format, the number of alerts its "
     "centre received, the number of rescues it coordinated, the time that passed between the first alert and the "
     "arrival of the first vessel on the scene, and the time that passed between the rescue and the disembarkation "
     "of the last person rescued.", "States will also describe any arrangement on disembarkation and reception "
     "that they concluded with their neighbours after this review, the difficulties they met in applying it and the "
     "changes they would propose to it, so that the next review can compare arrangements that were made in "
     "different areas under different conditions.", "The figures will be shared with all the States taking part "
     "before the meeting, so that each can prepare its views in good time and the meeting itself can be given to "
     "discussion rather than to the presentation of figures that everyone could have read beforehand."],
    ["The States asked that the figures be published together with the report of the next review, in a form that "
     "names no person and no vessel, so that researchers, shipping companies and the organisations that assist "
     "rescued persons can follow the progress made and can suggest improvements of their own to the arrangements "
     "described in this review and in the reviews that follow it over the coming years.", "They also asked that "
     "the report be made available in the languages of the States taking part, and that a short summary of it be "
     "written for the crews of merchant ships, who are often the first to reach persons in distress and who rarely "
     "have time to read a long report while they are at sea."],
]

# ---------------------------------------------------------------------------------------------------------------
# (d) status-table: headings (str), numbered paragraphs (str), status tables (list of (label, value) rows) and
# "PAGE", a page break before the next item.
STATUS_TITLE = "Illustrative Report on the Status of Recommendations"
STATUS_BODY = [
    "A. Introduction",
    LABEL + " It is set out as an audit report would be, with the status of each recommendation below it.",
    "The reviewers looked at every recommendation made in the earlier report and asked the members how far each "
    "had been carried out.",
    "B. Recommendations on information sharing",
    "1. Contact points",
    "In an illustrative earlier report, the reviewers recommended that each member designate a contact point for "
    "urgent requests and publish how it can be reached at any hour.",
    [("Office responsible:", "Regional coordination office and national focal points"), ("Status:", "Under implementation"),
     ("Priority:", "High"), ("Target date:", "Second quarter of an illustrative year")],
    "PAGE",
    "Response of the members: Most members have designated a contact point, and the remaining members expect to do "
    "so before the next meeting, when the list will be published.",
    "2. Shared templates",
    "The reviewers also recommended that requests follow a common template, so that the receiving member can see at "
    "once the legal basis of the request and the purpose for which the information is sought.",
    [("Office responsible:", "Working group on information sharing"), ("Status:", "Implemented"),
     ("Priority:", "Medium"), ("Target date:", "Not applicable")],
    "Response of the members: A template was agreed at the last meeting and is now used for all requests.",
    "C. Recommendations on training",
    "The reviewers recommended joint training for officials who first meet victims of trafficking, held in the "
    "languages of the region.",
]

# ---------------------------------------------------------------------------------------------------------------
# (c) masthead-cover
MASTHEAD_SYMBOL = "E/2031/7"
MASTHEAD_ORGAN = "Economic and Social Council"
MASTHEAD_DATE_TEXT = "12 March 2031"
MASTHEAD_DATE = "2031-03-12"
MASTHEAD_SESSION = "2031 session"
MASTHEAD_AGENDA = "Item 7 of the provisional agenda"
MASTHEAD_AGENDA_TITLE = "Regional cooperation"
MASTHEAD_TITLE = "Illustrative review of regional cooperation against trafficking in persons"
MASTHEAD_AUTHOR = "Report of the Secretary-General"
MASTHEAD_PARAGRAPHS = [
    LABEL + " It is set out as a report of the Secretary-General would be, so that the archive can be tested on such "
    "a cover.",
    "The report reviews how members of regional consultations have cooperated against trafficking in persons over "
    "an illustrative period, and what they have learned from that cooperation.",
    "Members have strengthened the identification of victims, trained officials who meet them first and agreed on "
    "referral procedures that place the needs of victims at the centre.",
    "Cooperation between law enforcement agencies has grown, but members report that requests for information are "
    "still answered slowly when they pass through several channels.",
    "The Council may wish to take note of the report and to encourage members to continue their cooperation.",
]


def document(fonts, styles, automatic, master, body):
    source = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>{fonts}</office:font-face-decls>
<office:styles>{styles}</office:styles>
<office:automatic-styles>{automatic}</office:automatic-styles>
<office:master-styles>{master}</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""
    xml.dom.minidom.parseString(source)  # a malformed .fodt would be imported silently as plain text
    return source


def default_style(font, size):
    return f"""
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="en" fo:country="US" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1cm" fo:text-indent="-1cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
"""


def page_layout(header, footer):
    return f"""
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style>{'<style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.8cm"/>' if header else ''}</style:header-style>
  <style:footer-style>{'<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.8cm"/>' if footer else ''}</style:footer-style>
 </style:page-layout>"""


def master(header, footer):
    parts = [f"<style:header>{header}</style:header>" if header else "",
             f"<style:footer>{footer}</style:footer>" if footer else ""]
    return f'<style:master-page style:name="Standard" style:page-layout-name="pm1">{"".join(parts)}</style:master-page>'


def numbered(number, text_xml):
    return f'<text:p text:style-name="Num">{number}.<text:tab/>{text_xml}</text:p>'


def footnoted():
    body = [f'<text:p text:style-name="Title">{escape(FOOTNOTED_TITLE)}</text:p>']
    expected = []
    for number, paragraph in enumerate(FOOTNOTED_PARAGRAPHS, start=1):
        def note(match):
            marker = match.group(1)
            return (f'<text:note text:id="n{marker}" text:note-class="footnote"><text:note-citation>{marker}</text:note-citation>'
                    f'<text:note-body><text:p text:style-name="Note">{escape(FOOTNOTES[marker])}</text:p></text:note-body></text:note>')
        body.append(numbered(number, re.sub(r"\{(\d+)\}", note, escape(paragraph))))
        expected.append({"number": str(number), "text": re.sub(r"\{\d+\}", "", paragraph),
                         "footnotes": re.findall(r"\{(\d+)\}", paragraph)})
    fonts = '<style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'"/>'
    source = document(fonts, default_style("Liberation Serif", "12pt"), page_layout(False, False), master(None, None), body)
    return source, {"title": FOOTNOTED_TITLE, "paragraphs": expected,
                    "footnotes": [{"marker": m, "text": t} for m, t in FOOTNOTES.items()]}


def running():
    body = [f'<text:p text:style-name="Title">{escape(RUNNING_TITLE)}</text:p>']
    expected, headings, number = [], [], 0
    for item in RUNNING_BODY:
        if isinstance(item, str):
            body.append(f'<text:h text:style-name="Heading" text:outline-level="1">{escape(item)}</text:h>')
            headings.append(item)
            continue
        number += 1
        text = " ".join(item)
        body.append(numbered(number, escape(text)))
        expected.append({"number": str(number), "text": text, "section": headings[-1], "footnotes": []})
    fonts = '<style:font-face style:name="Noto Serif" svg:font-family="\'Noto Serif\'"/>'
    header = f'<text:p text:style-name="Header">{escape(RUNNING_SYMBOL)}<text:tab/>{escape(RUNNING_SHORT_TITLE)}</text:p>'
    footer = ('<text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of '
              '<text:page-count>1</text:page-count></text:p>')
    source = document(fonts, default_style("Noto Serif", "12pt"), page_layout(True, True), master(header, footer), body)
    return source, {"title": RUNNING_TITLE, "headings": headings, "paragraphs": expected, "footnotes": [],
                    "running": [RUNNING_SYMBOL, RUNNING_SHORT_TITLE, "Page "]}


def masthead():
    styles = default_style("Noto Serif", "11pt") + """
 <style:style style:name="Top" style:family="paragraph"><style:paragraph-properties fo:padding-bottom="0.1cm" fo:border-bottom="0.06pt solid #000000" fo:margin-bottom="0.3cm"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Organ" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"><style:tab-stops><style:tab-stop style:position="11cm" style:type="left"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:margin-left="11cm"/><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Left" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="LeftBold" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.8cm"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="BigTitle" style:family="paragraph"><style:paragraph-properties fo:margin-left="2cm" fo:margin-right="2cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Author" style:family="paragraph"><style:paragraph-properties fo:margin-left="2cm" fo:margin-bottom="0.8cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="text"><style:text-properties fo:font-size="10pt" fo:font-weight="normal"/></style:style>
 <style:style style:name="SymbolText" style:family="text"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
"""
    body = [
        f'<text:p text:style-name="Top">United Nations<text:tab/><text:span text:style-name="SymbolText">{escape(MASTHEAD_SYMBOL)}</text:span></text:p>',
        f'<text:p text:style-name="Organ">{escape(MASTHEAD_ORGAN)}<text:tab/><text:span text:style-name="Small">Distr.: General</text:span></text:p>',
        f'<text:p text:style-name="Right">{escape(MASTHEAD_DATE_TEXT)}</text:p>',
        '<text:p text:style-name="Right"/>',
        '<text:p text:style-name="Right">Original: English</text:p>',
        '<text:p text:style-name="Right"/>',
        f'<text:p text:style-name="Left">{escape(MASTHEAD_SESSION)}</text:p>',
        f'<text:p text:style-name="Left">{escape(MASTHEAD_AGENDA)}</text:p>',
        f'<text:p text:style-name="LeftBold">{escape(MASTHEAD_AGENDA_TITLE)}</text:p>',
        f'<text:p text:style-name="BigTitle">{escape(MASTHEAD_TITLE)}</text:p>',
        f'<text:p text:style-name="Author">{escape(MASTHEAD_AUTHOR)}</text:p>',
    ]
    expected = []
    for number, paragraph in enumerate(MASTHEAD_PARAGRAPHS, start=1):
        body.append(numbered(number, escape(paragraph)))
        expected.append({"number": str(number), "text": paragraph, "footnotes": []})
    fonts = '<style:font-face style:name="Noto Serif" svg:font-family="\'Noto Serif\'"/>'
    source = document(fonts, styles, page_layout(False, False), master(None, None), body)
    return source, {"title": MASTHEAD_TITLE, "date": MASTHEAD_DATE, "issuer": MASTHEAD_ORGAN, "symbol": MASTHEAD_SYMBOL,
                    "session": MASTHEAD_SESSION, "agendaTitle": MASTHEAD_AGENDA_TITLE, "author": MASTHEAD_AUTHOR,
                    "paragraphs": expected, "footnotes": []}


def status_table():
    styles = default_style("Noto Serif", "11pt") + """
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
"""
    automatic = page_layout(False, False) + """
 <style:style style:name="Status" style:family="table"><style:table-properties style:width="13cm" fo:margin-left="2cm" table:align="left" fo:margin-bottom="0.4cm"/></style:style>
 <style:style style:name="StatusA" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="StatusB" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="NewPage" style:family="paragraph" style:parent-style-name="Num"><style:paragraph-properties fo:break-before="page"/></style:style>
"""
    body = [f'<text:p text:style-name="Title">{escape(STATUS_TITLE)}</text:p>']
    expected, headings, tables, number, page_break = [], [], [], 0, False
    for item in STATUS_BODY:
        if item == "PAGE":
            page_break = True
        elif isinstance(item, list):
            rows = "".join(f'<table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Cell">{escape(a)}</text:p></table:table-cell>'
                           f'<table:table-cell office:value-type="string"><text:p text:style-name="Cell">{escape(b)}</text:p></table:table-cell></table:table-row>'
                           for a, b in item)
            body.append(f'<table:table table:name="Status{len(tables) + 1}" table:style-name="Status"><table:table-column table:style-name="StatusA"/>'
                        f'<table:table-column table:style-name="StatusB"/>{rows}</table:table>')
            tables.append([f"{a} {b}" for a, b in item])
        elif re.match(r"^(?:[A-Z]|\d)\. ", item):
            style = "Heading" if item[0].isalpha() else "Sub"
            body.append(f'<text:h text:style-name="{style}" text:outline-level="{1 if style == "Heading" else 2}">{escape(item)}</text:h>')
            headings.append(item)
        else:
            number += 1
            paragraph = numbered(number, escape(item))
            if page_break:
                paragraph = paragraph.replace('text:style-name="Num"', 'text:style-name="NewPage"', 1)
                page_break = False
            body.append(paragraph)
            expected.append({"number": str(number), "text": item, "section": headings[-1], "footnotes": []})
    fonts = '<style:font-face style:name="Noto Serif" svg:font-family="\'Noto Serif\'"/>'
    source = document(fonts, styles, automatic, master(None, None), body)
    return source, {"title": STATUS_TITLE, "headings": headings, "tables": tables, "paragraphs": expected, "footnotes": []}


def pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def check_running(pdf, expected):
    """Each page break must fall inside a numbered paragraph, mid-sentence, or the fixture tests nothing. Records the
    pages each paragraph stands on."""
    texts = pages(pdf)
    assert 2 <= len(texts) <= 3, f"{pdf}: {len(texts)} pages"
    flat = [re.sub(r"\s+", " ", t) for t in texts]
    for paragraph in expected["paragraphs"]:
        words = paragraph["text"].split()
        first = next(i for i, t in enumerate(flat, start=1) if " ".join(words[:6]) in t)
        last = next(i for i, t in enumerate(flat, start=1) if " ".join(words[-6:]) in t)
        paragraph["pages"] = list(range(first, last + 1))
    broken = [p["number"] for p in expected["paragraphs"] if len(p["pages"]) > 1]
    assert len(broken) == len(texts) - 1, f"paragraphs across page breaks: {broken}"
    for number, page in enumerate(texts[:-1], start=1):
        body = [l.strip() for l in page.splitlines() if l.strip() and not l.strip().startswith("Page ")]
        last = body[-1]
        assert not last.endswith((".", ":")), f"page {number} ends a sentence: {last!r}"
        assert any(re.sub(r"\s+", " ", last) in p["text"] for p in expected["paragraphs"]), f"page {number} ends outside a paragraph: {last!r}"


def main():
    work = tempfile.mkdtemp()
    made = {"footnoted-wordlike": footnoted(), "page-break-running-head": running(), "masthead-cover": masthead(),
            "status-table": status_table()}
    sources = []
    for name, (source, _) in made.items():
        path = os.path.join(work, name + ".fodt")
        open(path, "w", encoding="utf-8").write(source)
        sources.append(path)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, *sources], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for name, (_, expected) in made.items():
        pdf = os.path.join(HERE, name + ".pdf")
        assert not pages(pdf)[0].lstrip().startswith("<?xml"), f"{pdf} was imported as plain text"
        if name == "page-break-running-head":
            check_running(pdf, expected)
        with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as out:
            json.dump(expected, out, indent=2, ensure_ascii=False)
            out.write("\n")


if __name__ == "__main__":
    main()
