#!/usr/bin/env python3
"""Makes the committed PDF fixtures that need a real producer, and the text each must extract to.

    python3 tests/Archive.Core.Tests/Extraction/Documents/_make_fixtures.py

Needs soffice (libreoffice-writer-nogui, fonts-noto-core, hyphen-en-us) and qpdf. The texts are written for these
tests; none is taken from a real document.
  two-column-libreoffice.pdf  a page set in two columns with automatic hyphenation, typographic ligature characters
                              (U+FB00-FB03) in the text, a footnote, running header and "Page N of M" footer.
  encrypted.pdf               a sample page protected with a user password (qpdf, AES-256).
"""
import json
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

TITLE = "Illustrative Test Statement on Regional Cooperation"
PREAMBLE = ("This illustrative statement was written for the archive's tests. It is set in two columns with automatic "
            "hyphenation, so that the extractor must read the left column before the right one and join words broken at line ends.")
PARAGRAPHS = [
    "Ministers agreed that e\uFB00ective cooperation against people smuggling and trafficking in persons depends on "
    "timely information sharing between law enforcement agencies, and that such cooperation must respect the "
    "national laws of each member and the rights of the people concerned.",
    "Ministers tasked the Regional Support O\uFB03ce with preparing practical guidance on the identification of "
    "victims of trafficking in persons, in consultation with international organisations and with the \uFB01nancial "
    "intelligence units of interested members.",
    "Ministers encouraged members to strengthen the protection of victims and witnesses, and to ensure that victims "
    "are not punished for unlawful acts they were compelled to commit as a direct consequence of being trafficked.",
    "Ministers noted the growing use of online platforms to recruit and deceive migrants, and the illicit \uFB01nancial "
    "\uFB02ows that sustain the networks behind them. They encouraged closer cooperation with technology companies "
    "and with financial institutions to detect and disrupt these \uFB02ows.",
    "Ministers welcomed the contribution of the Government and Business Forum to responsible recruitment and to "
    "transparency in supply chains, and encouraged members to engage the private sector in preventing labour "
    "exploitation and forced labour.",
    "Ministers agreed to review the implementation of these undertakings at their next meeting, on the basis of a "
    "report prepared by the Ad Hoc Group with the support of the Regional Support O\uFB03ce.",
]
FOOTNOTE = "Guidance of this kind is illustrative only and binds no member."


def ligatures_to_letters(text):
    for lig, letters in (("\uFB00", "ff"), ("\uFB01", "fi"), ("\uFB02", "fl"), ("\uFB03", "ffi"), ("\uFB04", "ffl")):
        text = text.replace(lig, letters)
    return text


def fodt():
    body = [f'<text:p text:style-name="Title">{escape(TITLE)}</text:p>',
            f'<text:p text:style-name="Body">{escape(PREAMBLE)}</text:p>',
            '<text:section text:style-name="TwoColumns" text:name="Columns">']
    for number, paragraph in enumerate(PARAGRAPHS, start=1):
        text = escape(paragraph)
        if number == 2:
            text += ('<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                     f'<text:note-body><text:p text:style-name="Note">{escape(FOOTNOTE)}</text:p></text:note-body></text:note>')
        body.append(f'<text:p text:style-name="Num">{number}.<text:tab/>{text}</text:p>')
    body.append("</text:section>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif" svg:font-family="'Noto Serif'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:orphans="2" fo:widows="2" fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Noto Serif" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
 </style:default-style>
 <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-weight="bold" fo:hyphenate="false"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Num" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-left="0.8cm" fo:text-indent="-0.8cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Note" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:hyphenate="false"/></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:hyphenate="false"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:hyphenate="false"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="TwoColumns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.8cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.8cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">Test fixture | two columns</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""


def main():
    work = tempfile.mkdtemp()
    source = os.path.join(work, "two-column-libreoffice.fodt")
    open(source, "w", encoding="utf-8").write(fodt())
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, source], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    expected = {"title": TITLE, "u1": PREAMBLE, "footnote": FOOTNOTE}
    expected.update({f"p{n}": ligatures_to_letters(p) for n, p in enumerate(PARAGRAPHS, start=1)})
    json.dump(expected, open(os.path.join(HERE, "two-column-libreoffice.expected.json"), "w", encoding="utf-8"),
              indent=2, ensure_ascii=False)
    sample = os.path.join(HERE, "..", "..", "..", "..", "corpus", "bpmc6-2016-declaration-en.pdf")
    subprocess.run(["qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--", sample,
                    os.path.join(HERE, "encrypted.pdf")], check=True)


if __name__ == "__main__":
    main()
