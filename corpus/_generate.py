#!/usr/bin/env python3
"""Generates the illustrative sample corpus from corpus/_sources/*.txt (format: _sources/FORMAT.md).

For each document in catalog.json it writes the file the catalog names: a PDF through LibreOffice headless
(a Flat ODT with running header, "Page N of M" footer, justified text, hanging numbers), an HTML page, or a
hard-wrapped plain-text file. The outputs are committed, so a fresh clone needs no LibreOffice; run this
script only after changing a source. Needs: python3, soffice (Debian: libreoffice-writer-nogui, fonts-noto-core).

    python3 corpus/_generate.py            # all documents
    python3 corpus/_generate.py bpmc6      # only files whose name contains "bpmc6"
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from xml.sax.saxutils import escape
import xml.dom.minidom

CORPUS = os.path.dirname(os.path.abspath(__file__))
NUMBERED = re.compile(r"^(\d{1,3})\.\s+(.*)$")
SUBITEM = re.compile(r"^\(([a-z]{1,2}|[ivx]{1,6})\)\s+(.*)$")
# A wrapped line must not begin like a new block, or a reader (and our extractor) would split the paragraph.
BAD_LINE_START = re.compile(r"^(?:\d{1,3}[.)]|\([a-z]{1,2}\)|\([ivxlc]+\)|[IVXLC]{1,6}\.|Attachment\b|Lampiran\b|Annex\b)")


def parse(path):
    """Blocks of a source file: (kind, label, text) with kind in title, subtitle, heading, numbered, sub, body."""
    blocks = []
    for raw in open(path, encoding="utf-8").read().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("== "):
            blocks.append(("subtitle", None, line[3:].strip()))
        elif line.startswith("= "):
            blocks.append(("title", None, line[2:].strip()))
        elif line.startswith("# "):
            blocks.append(("heading", None, line[2:].strip()))
        elif NUMBERED.match(line):
            m = NUMBERED.match(line)
            blocks.append(("numbered", m.group(1), m.group(2)))
        elif SUBITEM.match(line):
            m = SUBITEM.match(line)
            blocks.append(("sub", m.group(1), m.group(2)))
        else:
            blocks.append(("body", None, line))
    return blocks


def running_header(entry):
    conference = f"BPMC {entry['conference']} ({entry['date'][:4]})"
    if entry["language"] == "id":
        return f"Contoh ilustratif, bukan teks resmi | {short_name(entry)} | {conference}"
    return f"Illustrative sample, not an official text | {short_name(entry)} | {conference}"


def short_name(entry):
    names = {
        ("co-chairs-statement", "en"): "Co-Chairs' Statement", ("co-chairs-statement", "id"): "Pernyataan Ketua Bersama",
        ("declaration", "en"): "Bali Declaration", ("declaration", "id"): "Deklarasi Bali",
        ("framework", "en"): "Regional Cooperation Framework", ("framework", "id"): "Kerangka Kerja Sama Regional",
        ("strategy", "en"): "Adelaide Strategy", ("strategy", "id"): "Strategi Adelaide",
    }
    return names[(entry["type"], entry["language"])]


FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Noto Serif" svg:font-family="'Noto Serif'"/>
 <style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
  <style:text-properties style:font-name="Noto Serif" fo:font-size="11pt" fo:language="{lang}" fo:country="{country}" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.25cm"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Subtitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.6cm"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.4cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="1cm" fo:text-indent="-1cm" fo:margin-bottom="0.25cm"/></style:style>
 <style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="2cm" fo:text-indent="-1cm" fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Noto Sans" fo:font-size="8pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Noto Sans" fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.8cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.8cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">{page} <text:page-number text:select-page="current">1</text:page-number> {of} <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def to_fodt(entry, blocks):
    indonesian = entry["language"] == "id"
    out = [FODT_HEAD.format(
        lang=entry["language"], country="ID" if indonesian else "GB", header=escape(running_header(entry)),
        page="Halaman" if indonesian else "Page", of="dari" if indonesian else "of")]
    out.extend(fodt_block(kind, label, text) for kind, label, text in blocks)
    out.append("</office:text></office:body></office:document>\n")
    return checked_xml("\n".join(out))


def fodt_block(kind, label, text):
    """One source block as a Flat ODT paragraph in the styles of FODT_HEAD."""
    t = escape(text)
    if kind in ("title", "subtitle"):
        return f'<text:p text:style-name="{kind.capitalize()}">{t}</text:p>'
    if kind == "heading":
        return f'<text:h text:style-name="Heading" text:outline-level="1">{t}</text:h>'
    if kind == "numbered":
        return f'<text:p text:style-name="Num">{label}.<text:tab/>{t}</text:p>'
    if kind == "sub":
        return f'<text:p text:style-name="Sub">({label})<text:tab/>{t}</text:p>'
    return f'<text:p text:style-name="Body">{t}</text:p>'


def checked_xml(document):
    xml.dom.minidom.parseString(document.encode("utf-8"))  # LibreOffice imports malformed XML silently as text
    return document


def to_html(entry, blocks):
    lang = entry["language"]
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(entry["title"])}</title>\n</head>\n<body>',
           f'<header><p>{html.escape(running_header(entry))}</p></header>',
           '<nav><a href="#">Home</a> | <a href="#">Documents</a> | <a href="#">Contact</a></nav>', "<main>"]
    first_title = True
    open_list = None  # "ol" while numbered paragraphs run
    open_item = False
    open_sub = None
    def close_sub():
        nonlocal open_sub
        if open_sub:
            out.append("</ol>")
            open_sub = None
    def close_list():
        nonlocal open_list, open_item
        close_sub()
        if open_item:
            out.append("</li>")
            open_item = False
        if open_list:
            out.append("</ol>")
            open_list = None
    for kind, label, text in blocks:
        t = html.escape(text)
        if kind == "numbered":
            close_sub()
            if open_item:
                out.append("</li>")
            if not open_list:
                out.append(f'<ol start="{label}">')
                open_list = "ol"
            out.append(f"<li><p>{t}</p>")
            open_item = True
            continue
        if kind == "sub":
            # A run of sub-items is lettered (a), (b) … or, when it opens with (i), numbered in roman.
            kind_attr = "i" if label == "i" or open_sub == "i" else "a"
            if open_sub is None:
                out.append(f'<ol type="{kind_attr}">')
                open_sub = kind_attr
            out.append(f"<li>{t}</li>")
            continue
        close_list()
        if kind == "title" and first_title:
            out.append(f"<h1>{t}</h1>")
            first_title = False
        elif kind == "title":
            out.append(f'<p style="text-align: center"><strong>{t}</strong></p>')
        elif kind == "subtitle":
            out.append(f'<p style="text-align: center">{t}</p>')
        elif kind == "heading":
            out.append(f"<h2>{t}</h2>")
        else:
            out.append(f"<p>{t}</p>")
    close_list()
    out += ["</main>", "<footer><p>Bali Process Archive: illustrative sample corpus</p></footer>", "</body>\n</html>\n"]
    return "\n".join(out)


def wrap(text, width=76, indent=""):
    """Hard-wraps like text copied from a PDF, never starting a line with something that reads as a label."""
    words = text.split()
    lines, line = [], indent
    for word in words:
        candidate = (line + " " + word) if line.strip() else line + word
        if len(candidate) > width and line.strip():
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    fixed = [lines[0]]
    for current in lines[1:]:
        while BAD_LINE_START.match(current) and " " in fixed[-1].strip():
            head, last = fixed[-1].rsplit(" ", 1)
            fixed[-1] = head
            current = last + " " + current
        fixed.append(current)
    return "\n".join(fixed)


def to_text(entry, blocks):
    out = []
    previous = None
    for kind, label, text in blocks:
        if kind in ("title", "subtitle"):
            out.append(text)
        elif kind == "heading":
            out.append("")
            out.append(text)
            out.append("")
        elif kind == "numbered":
            out.append(wrap(f"{label}. {text}"))
        elif kind == "sub":
            out.append(wrap(f"({label}) {text}"))
        else:
            if previous in ("title", "subtitle", "numbered", "sub", "body"):
                out.append("")
            out.append(wrap(text))
            out.append("")
        previous = kind
    return "\n".join(out).replace("\n\n\n", "\n\n").strip() + "\n"


def main():
    catalog = json.load(open(os.path.join(CORPUS, "catalog.json"), encoding="utf-8"))["documents"]
    selected = [e for e in catalog if len(sys.argv) < 2 or sys.argv[1] in e["file"]]
    work = tempfile.mkdtemp(prefix="corpus-gen-")
    fodts = []
    for entry in selected:
        stem, ext = os.path.splitext(entry["file"])
        blocks = parse(os.path.join(CORPUS, "_sources", stem + ".txt"))
        target = os.path.join(CORPUS, entry["file"])
        if ext == ".pdf":
            path = os.path.join(work, stem + ".fodt")
            open(path, "w", encoding="utf-8").write(to_fodt(entry, blocks))
            fodts.append(path)
        elif ext == ".html":
            open(target, "w", encoding="utf-8").write(to_html(entry, blocks))
            print("wrote", entry["file"])
        elif ext == ".txt":
            open(target, "w", encoding="utf-8").write(to_text(entry, blocks))
            print("wrote", entry["file"])
    if fodts:
        profile = tempfile.mkdtemp(prefix="lo-profile-")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", work, *fodts], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for path in fodts:
            pdf = os.path.splitext(path)[0] + ".pdf"
            text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
            if text.lstrip().startswith("<?xml"):
                sys.exit(f"{pdf}: LibreOffice read the FODT as plain text; the XML is malformed")
            shutil.move(pdf, os.path.join(CORPUS, os.path.basename(pdf)))
            print("wrote", os.path.basename(pdf))
        shutil.rmtree(profile, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
