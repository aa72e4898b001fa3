#!/usr/bin/env python3
"""Renders a few of the project's own source texts (corpus/_sources, format in FORMAT.md) through several PDF
producers, so that PDF extraction can be tested on files made the way other organisations make them.

For each (producer, source) it writes, next to this script:
    <producer>--<source-id>.pdf             the PDF
    <producer>--<source-id>.expected.json   the title lines, paragraphs and footnotes a correct extractor finds

The outputs are committed; run this only after changing a source or a producer (see README.md for packages).

    python3 tests/Archive.Core.Tests/Extraction/Producers/generate.py              # all producers
    python3 tests/Archive.Core.Tests/Extraction/Producers/generate.py groff wordlike  # only these
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SOURCES_DIR = os.path.join(REPO, "corpus", "_sources")

# Two English sources and one Indonesian: lettered and roman sub-items, and an attachment whose numbering restarts.
SOURCES = {
    "bpmc6-2016-cochairs-en": {"symbol": "BP/MC.6/2016/1", "job": "16-04512", "lang": "en",
                               "short": "Co-Chairs' Statement, Sixth Ministerial Conference"},
    "bpmc7-2018-cochairs-en": {"symbol": "BP/MC.7/2018/1", "job": "18-02317", "lang": "en",
                               "short": "Co-Chairs' Statement, Seventh Ministerial Conference"},
    "bpmc8-2023-cochairs-id": {"symbol": "BP/MC.8/2023/1", "job": "23-00861", "lang": "id",
                               "short": "Pernyataan Ketua Bersama, Konferensi Tingkat Menteri ke-8"},
}

# Producers that set a footnote: its text (written here, by the project) hangs off the end of the first numbered
# paragraph. A correct extractor keeps the marker out of the paragraph and reports the note separately.
FOOTNOTE = {
    "en": "This statement is an illustrative sample written for testing; it is not an official text.",
    "id": "Pernyataan ini adalah contoh ilustratif untuk pengujian, bukan teks resmi.",
}

# The source format has one reader, the corpus generator's (corpus/_generate.py, which runs nothing on import).
sys.path.insert(0, os.path.join(REPO, "corpus"))
from _generate import FODT_HEAD, checked_xml, fodt_block, parse  # noqa: E402

ATTACHMENT = re.compile(r"^(?:Attachment|Annex|Appendix|Lampiran)\s+([A-Z]|\d{1,2}|[IVX]{1,4})\b", re.I)


def latin1_safe(text):
    """The raw PDF uses WinAnsi codes 32-126 only: map typographic quotes and dashes to ASCII."""
    table = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}
    return "".join(table.get(c, c) for c in text)


def first_numbered(blocks):
    return next(i for i, b in enumerate(blocks) if b[0] == "numbered")


def expected(blocks, meta, footnote, apostrophe="'"):
    """What a correct extractor returns, following DocumentStructurer: the number label is cut off the text, the
    sub-items are appended to their numbered paragraph with their labels kept (here joined by single spaces), the
    section is the last heading's text, and numbering restarts under an attachment heading. Title lines are no
    paragraphs. `apostrophe` is the character the producer prints for ASCII ' (LaTeX and groff curl it)."""
    title, paragraphs, section, attachment = [], [], None, None
    for kind, label, text in blocks:
        text = " ".join(text.split())
        if kind in ("title", "subtitle"):
            title.append(text.replace("'", apostrophe))
        elif kind == "heading":
            section = text
            m = ATTACHMENT.match(text)
            attachment = m.group(1).upper() if m else attachment
        elif kind == "sub":
            assert paragraphs and paragraphs[-1]["number"], "a sub-item must follow a numbered paragraph"
            paragraphs[-1]["text"] += f" ({label}) {text}"
        else:
            paragraphs.append({"number": label if kind == "numbered" else None, "section": section,
                               "attachment": attachment, "text": text.replace("'", apostrophe)})
    notes = [{"marker": "1", "text": FOOTNOTE[meta["lang"]]}] if footnote else []
    return {"symbol": meta["symbol"], "title": title, "paragraphs": paragraphs, "footnotes": notes}


# ---------------------------------------------------------------------------------------------------- HTML family

def html_page(sid, meta, blocks, css, numbers="float", footnote=False):
    """One HTML page; `numbers` says how a hanging number is set: "float" (own span floated into the indent),
    "table" (a two-column table row) or "inline" (negative text-indent with an inline-block label)."""
    e = html.escape
    doc_title = f"{meta['short']} - illustrative sample"
    out = [f'<!DOCTYPE html>\n<html lang="{meta["lang"]}"><head><meta charset="utf-8"><title>{e(doc_title)}</title>',
           f"<style>{css}</style></head><body>", f'<p class="symbol">{e(meta["symbol"])}</p>']
    fn_at = first_numbered(blocks) if footnote else -1
    for i, (kind, label, text) in enumerate(blocks):
        t = e(text)
        if i == fn_at:
            t += f'<span class="fn">{e(FOOTNOTE[meta["lang"]])}</span>'
        if kind == "title":
            out.append(f'<p class="title">{t}</p>')
        elif kind == "subtitle":
            out.append(f'<p class="subtitle">{t}</p>')
        elif kind == "heading":
            out.append(f"<h2>{t}</h2>")
        elif kind in ("numbered", "sub"):
            lab = f"{label}." if kind == "numbered" else f"({label})"
            cls = "num" if kind == "numbered" else "sub"
            if numbers == "table":
                out.append(f'<table class="{cls}"><tr><td class="n">{lab}</td><td class="t">{t}</td></tr></table>')
            elif numbers == "inline":
                out.append(f'<p class="{cls}"><span class="n">{lab}</span>{t}</p>')
            else:
                out.append(f'<div class="{cls}"><span class="n">{lab}</span><p>{t}</p></div>')
        else:
            out.append(f'<p class="body">{t}</p>')
    out.append("</body></html>\n")
    return "\n".join(out)


CHROMIUM_CSS = """
body { font-family: 'Liberation Serif', serif; font-size: 12pt; line-height: 1.3; text-align: justify; }
.symbol { text-align: right; font-family: 'Liberation Sans', sans-serif; font-size: 10pt; }
.title { text-align: center; font-weight: bold; font-size: 14pt; margin: 0.2em 0; }
.subtitle { text-align: center; margin: 0.8em 0 1.5em; }
h2 { font-size: 12pt; font-weight: bold; margin: 1.2em 0 0.6em; }
.num, .sub { margin: 0 0 0.6em 3em; }
.sub { margin-left: 6em; margin-bottom: 0.3em; }
.n { float: left; width: 3em; margin-left: -3em; }   /* the number in its own float, hanging in the indent */
.num p, .sub p { margin: 0; }
.body { margin: 0 0 0.6em; }
"""

WKHTML_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.25; }
.symbol { font-size: 8pt; text-align: left; }
.title { text-align: center; font-weight: bold; font-size: 12pt; margin: 0.1em 0; }
.subtitle { text-align: center; margin: 0.5em 0 1.2em; }
h2 { font-size: 10pt; margin: 0.8em 0 0.4em; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.5em; }
td { vertical-align: top; padding: 0; }
td.n { width: 2.2em; }                                /* numbers in a table column */
table.sub { margin-left: 2.2em; width: auto; }
.body { margin: 0 0 0.5em; }
"""


def weasy_css(meta):
    s, j = meta["symbol"], meta["job"]
    return f"""
@page {{ size: A4; margin: 2.5cm 2.2cm 2.5cm 2.2cm;
        @bottom-center {{ content: "- " counter(page) " -"; font: 9pt 'DejaVu Serif'; }} }}
/* mirrored running heads: symbol outside, job number inside */
@page :right {{ @top-right {{ content: "{s}"; font: bold 9pt 'DejaVu Sans'; }}
               @top-left {{ content: "{j}"; font: 8pt 'DejaVu Sans'; }} }}
@page :left {{ @top-left {{ content: "{s}"; font: bold 9pt 'DejaVu Sans'; }}
              @top-right {{ content: "{j}"; font: 8pt 'DejaVu Sans'; }} }}
@page :first {{ @top-left {{ content: none; }} @top-right {{ content: none; }} }}
@page {{ @footnote {{ border-top: 0.5pt solid black; padding-top: 4pt; }} }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.35; text-align: justify; }}
.symbol {{ text-align: right; font: bold 11pt 'DejaVu Sans'; margin: 0 0 2em; }}
.title {{ text-align: center; font-weight: bold; font-size: 13pt; margin: 0.2em 0; }}
.subtitle {{ text-align: center; font-style: italic; margin: 0.8em 0 1.6em; }}
h2 {{ font-size: 10.5pt; margin: 1.2em 0 0.5em; break-after: avoid; }}
p {{ margin: 0 0 0.5em; }}
/* hanging numbers by negative text-indent and an inline-block label */
.num {{ padding-left: 1.2cm; text-indent: -1.2cm; }}
.sub {{ padding-left: 2.2cm; text-indent: -1cm; }}
.n {{ display: inline-block; width: 1.2cm; text-indent: 0; }}
.sub .n {{ width: 1cm; }}
.body {{ text-indent: 1.2cm; }}
.fn {{ float: footnote; font-size: 8pt; text-align: left; text-indent: 0; }}
::footnote-call {{ content: counter(footnote); vertical-align: super; font-size: 65%; line-height: 0; }}
::footnote-marker {{ content: counter(footnote) " "; }}
"""


def render_chromium(sid, meta, blocks, out_pdf, work):
    # A fixed path, because Chromium's default footer prints the page's URL.
    path = os.path.join(work, sid + ".html")
    open(path, "w", encoding="utf-8").write(html_page(sid, meta, blocks, CHROMIUM_CSS, numbers="float"))
    # --headless prints its default header (date, title) and footer (URL, "n/m") unless told not to.
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work}/chromium-profile",
         f"--print-to-pdf={out_pdf}", "file://" + path])
    return expected(blocks, meta, footnote=False)


def render_wkhtmltopdf(sid, meta, blocks, out_pdf, work):
    # Debian's wkhtmltopdf is built without patched Qt: no --header-*/--footer-*, so no running heads at all, and
    # its old QtWebKit ignores CSS columns. Its variant: numbers in a table column, text shrunk by "smart shrinking".
    path = os.path.join(work, sid + ".wk.html")
    open(path, "w", encoding="utf-8").write(html_page(sid, meta, blocks, WKHTML_CSS, numbers="table"))
    run(["wkhtmltopdf", "--quiet", "-s", "A4", "-T", "20mm", "-B", "20mm", "-L", "18mm", "-R", "18mm", path, out_pdf])
    return expected(blocks, meta, footnote=False)


def render_weasyprint(sid, meta, blocks, out_pdf, work):
    path = os.path.join(work, sid + ".weasy.html")
    open(path, "w", encoding="utf-8").write(html_page(sid, meta, blocks, weasy_css(meta), numbers="inline", footnote=True))
    run(["weasyprint", "--quiet", path, out_pdf])
    return expected(blocks, meta, footnote=True)


# ---------------------------------------------------------------------------------------------------- LaTeX

def tex_escape(text):
    specials = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return "".join(specials.get(c, c) for c in text)


def render_pdflatex(sid, meta, blocks, out_pdf, work):
    s, j, short = (tex_escape(meta[k]) for k in ("symbol", "job", "short"))
    out = [r"\documentclass[11pt,twoside]{article}",
           r"\usepackage[a4paper,margin=2.6cm]{geometry}",
           r"\usepackage{fancyhdr}",
           r"\pagestyle{fancy}\fancyhf{}",
           rf"\fancyhead[LE,RO]{{\small {s}}}\fancyhead[RE,LO]{{\small\itshape {short}}}",
           rf"\fancyfoot[LE,RO]{{\thepage}}\fancyfoot[RE,LO]{{\footnotesize {j}}}",
           r"\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\thepage}\renewcommand{\headrulewidth}{0pt}}",
           # Paragraphs are told apart only by first-line indents (no space between them), as in most LaTeX.
           r"\setlength{\parindent}{1.5em}\setlength{\parskip}{0pt}",
           # No automatic hyphenation, and no line break after a hyphen, so the expected text is unambiguous.
           r"\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy",
           r"\pdfinfoomitdate=1 \pdftrailerid{} \pdfsuppressptexinfo=-1",  # reproducible output
           r"\newenvironment{numbered}{\begin{list}{}{\setlength{\leftmargin}{2.5em}\setlength{\labelwidth}{2em}"
           r"\setlength{\labelsep}{0.5em}\setlength{\itemsep}{0pt}\setlength{\parsep}{0pt}\setlength{\topsep}{0pt}"
           r"\setlength{\partopsep}{0pt}\renewcommand{\makelabel}[1]{##1\hfil}}}{\end{list}}",
           r"\begin{document}\thispagestyle{plain}"]
    fn_at = first_numbered(blocks)
    in_list = in_sub = False
    for i, (kind, label, text) in enumerate(blocks):
        t = tex_escape(text) + (rf"\footnote{{{tex_escape(FOOTNOTE[meta['lang']])}}}" if i == fn_at else "")
        if kind != "sub" and in_sub:
            out.append(r"\end{numbered}")
            in_sub = False
        if kind not in ("numbered", "sub") and in_list:
            out.append(r"\end{numbered}")
            in_list = False
        if kind == "title":
            out.append(rf"\begin{{center}}\large\bfseries {t}\end{{center}}")
        elif kind == "subtitle":
            out.append(rf"\begin{{center}}{t}\end{{center}}\bigskip")
        elif kind == "heading":
            out.append(rf"\section*{{{t}}}")
        elif kind == "numbered":
            if not in_list:
                out.append(r"\begin{numbered}")
                in_list = True
            out.append(rf"\item[{label}.] {t}")
        elif kind == "sub":
            if not in_sub:
                out.append(r"\begin{numbered}")
                in_sub = True
            out.append(rf"\item[({label})] {t}")
        else:
            out.append(t + "\n")
    out.append(r"\end{numbered}" * (in_sub + in_list) + r"\end{document}")
    tex = os.path.join(work, sid + ".tex")
    open(tex, "w", encoding="utf-8").write("\n".join(out) + "\n")
    run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", work, tex])
    if "Overfull \\hbox" in open(os.path.join(work, sid + ".log"), encoding="latin-1").read():
        print(f"warning: {sid}.tex has overfull lines")
    shutil.copy(os.path.join(work, sid + ".pdf"), out_pdf)
    # pdflatex (OT1 Computer Modern) prints ASCII ' as a right single quote.
    return expected(blocks, meta, footnote=True, apostrophe="\u2019")


# ---------------------------------------------------------------------------------------------------- groff

def roff_escape(text):
    text = text.replace("\\", r"\e")
    return r"\&" + text if text[:1] in (".", "'") else text


def render_groff(sid, meta, blocks, out_pdf, work):
    out = [".nr HY 0",              # no hyphenation, so the expected text is unambiguous
           ".nr PS 11", ".nr VS 13", ".nr PD 0.4v", ".nr PI 3n",
           f".ds LH {roff_escape(meta['symbol'])}", ".ds CH", f".ds RH {roff_escape(meta['job'])}",
           r".ds LF", r".ds CF \- % \-", r".ds RF",
           ".na"]                   # ragged right: the layout variant for this producer
    for kind, label, text in blocks:
        t = roff_escape(text)
        if kind == "title":
            out += [".TL" if not any(o == ".TL" for o in out) else ".br", t]
        elif kind == "subtitle":
            out += [".AU", t]       # ms sets the author line centred (italic) under the title
        elif kind == "heading":
            out += [".SH", t]
        elif kind == "numbered":
            out += [f'.IP "{label}." 4n', t]
        elif kind == "sub":
            out += [".RS", f'.IP "({label})" 4n', t, ".RE"]
        else:
            out += [".PP", t]       # unnumbered paragraphs: first-line indent only
    src = os.path.join(work, sid + ".ms")
    open(src, "w", encoding="latin-1").write("\n".join(out) + "\n")
    ps = os.path.join(work, sid + ".ps")
    with open(ps, "wb") as f:
        subprocess.run(["groff", "-ms", "-Tps", "-P-pa4", "-dpaper=a4", src], stdout=f, check=True)
    run(["ps2pdf", "-sPAPERSIZE=a4", ps, out_pdf])
    # groff's PostScript fonts print ASCII ' as quoteright.
    return expected(blocks, meta, footnote=False, apostrophe="\u2019")


# ---------------------------------------------------------------------------------------------------- Word-like

# Arial / Arial Bold advance widths (1/1000 em) for codes 32-126, as Word writes them in /Widths.
ARIAL = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556,
         556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667,
         556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556,
         556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
         500, 500, 500, 334, 260, 334, 584]
ARIAL_BOLD = [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
              556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
              556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
              556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
              333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584]

PAGE_W, PAGE_H = 595.28, 841.89                  # A4
LEFT, RIGHT, TOP, BOTTOM = 72.0, 523.28, 770.0, 80.0
BODY, LEAD = 11.0, 13.5                          # body size and line distance
NOTE, NOTE_LEAD = 8.0, 9.5


def text_width(text, size, bold=False):
    table = ARIAL_BOLD if bold else ARIAL
    return sum(table[ord(c) - 32] for c in text) * size / 1000


def wrap_words(text, width, size, bold=False):
    lines, line = [], []
    for word in text.split():
        if line and text_width(" ".join(line + [word]), size, bold) > width:
            lines.append(line)
            line = []
        line.append(word)
    return lines + [line]


def pdf_str(text):
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


class WordLike:
    """Lays text out page by page; each page is a list of PDF operators, written out once the page count is known."""

    def __init__(self, meta):
        self.meta, self.pages, self.y, self.bottom, self.note_page = meta, [], 0.0, BOTTOM, None
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.y, self.bottom = TOP, BOTTOM

    def need(self, height, bottom=None):
        if self.y - height < (bottom if bottom is not None else self.bottom):
            self.new_page()

    def put(self, x, text, size=BODY, bold=False, tw=0.0, rise=0.0):
        font = "/F2" if bold else "/F1"
        self.pages[-1].append(f"BT {font} {size:g} Tf {tw:.3f} Tw {rise:g} Ts {x:.2f} {self.y:.2f} Td {pdf_str(text)} Tj ET")

    def paragraph(self, x_first, x_rest, text, label=None, x_label=None, justify=True, size=BODY, bold=False,
                  after=6.0, center=False, marker=None):
        """Wraps and sets one paragraph; a label (the hanging number) goes at x_label on the first line, like a tab."""
        width_first, width_rest = RIGHT - x_first, RIGHT - x_rest
        words = text.split()
        lines = wrap_words(" ".join(words), width_rest, size, bold) if x_first == x_rest else None
        if lines is None:  # first line narrower or wider than the rest
            first = wrap_words(" ".join(words), width_first, size, bold)[0]
            lines = [first] + (wrap_words(" ".join(words[len(first):]), width_rest, size, bold) if len(first) < len(words) else [])
        for n, line in enumerate(lines):
            last = n == len(lines) - 1
            reserve = 0.0
            if marker and last and self.note_page is None:
                reserve = self.note_height()                    # the footnote must fit on the marker's page
            self.need(LEAD, self.bottom + reserve)
            self.y -= LEAD
            x = x_first if n == 0 else x_rest
            s = " ".join(line)
            natural = text_width(s, size, bold)
            tw = 0.0
            if justify and not last and len(line) > 1:
                tw = ((RIGHT - x) - natural) / (len(line) - 1)  # Word justifies by widening the spaces
            if center:
                x = (PAGE_W - natural) / 2
            if n == 0 and label:
                self.put(x_label, label, size, bold)
            self.put(x, s, size, bold, tw)
            if marker and last:
                self.put(x + natural + 0.5, marker, 6.5, rise=4.0)  # raised footnote reference
                self.note_page, self.bottom = len(self.pages) - 1, self.bottom + reserve
        self.y -= after

    def note_height(self):
        return 12 + len(wrap_words(FOOTNOTE[self.meta["lang"]], RIGHT - LEFT - 10, NOTE)) * NOTE_LEAD

    def page_streams(self):
        total, streams = len(self.pages), []
        for i, ops in enumerate(self.pages):
            odd = i % 2 == 0  # page 1 is a right-hand (odd) page
            page = list(ops)
            symbol = self.meta["symbol"]
            sw = text_width(symbol, 10, True)
            sx = RIGHT - sw if odd else LEFT
            page.append(f"BT /F2 10 Tf 0 Tw {sx:.2f} 800 Td {pdf_str(symbol)} Tj ET")
            page.append(f"0.5 w {LEFT} 795 m {RIGHT} 795 l S")
            foot = f"{i + 1}/{total}  {self.meta['job']}"
            fx = RIGHT - text_width(foot, 9) if odd else LEFT
            page.append(f"BT /F1 9 Tf 0 Tw {fx:.2f} 45 Td {pdf_str(foot)} Tj ET")
            if i == self.note_page:
                lines = wrap_words(FOOTNOTE[self.meta["lang"]], RIGHT - LEFT - 10, NOTE)
                y = BOTTOM + len(lines) * NOTE_LEAD
                page.append(f"0.5 w {LEFT} {y + 6:.2f} m {LEFT + 144} {y + 6:.2f} l S")  # Word's short separator
                page.append(f"BT /F1 5.5 Tf 0 Tw 3 Ts {LEFT:.2f} {y - NOTE:.2f} Td (1) Tj ET")
                for line in lines:
                    y -= NOTE_LEAD
                    page.append(f"BT /F1 {NOTE:g} Tf 0 Tw 0 Ts {LEFT + 10:.2f} {y + NOTE_LEAD - NOTE:.2f} Td {pdf_str(' '.join(line))} Tj ET")
            streams.append("\n".join(page))
        return streams


def render_wordlike(sid, meta, blocks, out_pdf, work):
    doc = WordLike(meta)
    fn_at = first_numbered(blocks)
    for i, (kind, label, text) in enumerate(blocks):
        text = latin1_safe(text)
        marker = "1" if i == fn_at else None
        if kind == "title":
            doc.paragraph(LEFT, LEFT, text, size=12, bold=True, justify=False, center=True, after=2)
        elif kind == "subtitle":
            doc.y -= 6
            doc.paragraph(LEFT, LEFT, text, justify=False, center=True, after=18)
        elif kind == "heading":
            doc.need(4 * LEAD)  # keep with next, roughly
            doc.y -= 6
            doc.paragraph(LEFT, LEFT, text, bold=True, justify=False, after=6)
        elif kind == "numbered":
            doc.paragraph(108, 108, text, label=f"{label}.", x_label=72, marker=marker)
        elif kind == "sub":
            doc.paragraph(144, 144, text, label=f"({label})", x_label=108, after=3)
        else:
            doc.paragraph(LEFT, LEFT, text, marker=marker)
    write_raw_pdf(out_pdf, doc.page_streams())
    return expected(blocks, meta, footnote=True)


def write_raw_pdf(path, streams):
    """Writes the PDF objects by hand: two non-embedded TrueType fonts with Word's oversized FontBBox."""
    n_pages = len(streams)
    first_page = 7
    objs = {
        1: "<< /Type /Catalog /Pages 2 0 R >>",
        2: f"<< /Type /Pages /Kids [{' '.join(f'{first_page + 2 * i} 0 R' for i in range(n_pages))}] /Count {n_pages} >>",
        # No FontFile2: the reader has only /Widths and the FontBBox, which is far larger than any glyph.
        3: "<< /Type /Font /Subtype /TrueType /BaseFont /ArialMT /FirstChar 32 /LastChar 126 "
           f"/Widths [{' '.join(map(str, ARIAL))}] /Encoding /WinAnsiEncoding /FontDescriptor 4 0 R >>",
        4: "<< /Type /FontDescriptor /FontName /ArialMT /Flags 32 /FontBBox [-665 -325 2000 1040] /ItalicAngle 0 "
           "/Ascent 905 /Descent -212 /CapHeight 716 /AvgWidth 441 /StemV 80 >>",
        5: "<< /Type /Font /Subtype /TrueType /BaseFont /Arial-BoldMT /FirstChar 32 /LastChar 126 "
           f"/Widths [{' '.join(map(str, ARIAL_BOLD))}] /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>",
        6: "<< /Type /FontDescriptor /FontName /Arial-BoldMT /Flags 32 /FontBBox [-628 -376 2000 1056] /ItalicAngle 0 "
           "/Ascent 905 /Descent -212 /CapHeight 716 /AvgWidth 479 /StemV 153 >>",
    }
    for i, stream in enumerate(streams):
        page, content = first_page + 2 * i, first_page + 2 * i + 1
        objs[page] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                      f"/Resources << /Font << /F1 3 0 R /F2 5 0 R >> >> /Contents {content} 0 R >>")
        data = stream.encode("latin-1")
        objs[content] = f"<< /Length {len(data)} >>\nstream\n".encode("latin-1") + data + b"\nendstream"
    info = max(objs) + 1
    objs[info] = "<< /Producer (generate.py Word-like raw PDF) /CreationDate (D:20160324120000Z) >>"
    out, offsets = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), {}
    for num in sorted(objs):
        offsets[num] = len(out)
        body = objs[num] if isinstance(objs[num], bytes) else objs[num].encode("latin-1")
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {info + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offsets[n]:010d} 00000 n \n".encode() for n in range(1, info + 1))
    out += f"trailer\n<< /Size {info + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(path, "wb").write(out)


# ---------------------------------------------------------------------------------------------------- LibreOffice

# The corpus generator's Flat ODT page, with the body in a two-column section (title and subtitle span the page,
# as in a newsletter-style statement) and a narrower gap than the corpus's own margins.
TWO_COLUMN_SECTION = """ <style:style style:name="TwoColumns" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties>
 </style:style>
</office:automatic-styles>"""


def render_libreoffice(sid, meta, blocks, out_pdf, work):
    indonesian = meta["lang"] == "id"
    head = FODT_HEAD.replace("</office:automatic-styles>", TWO_COLUMN_SECTION, 1).format(
        lang=meta["lang"], country="ID" if indonesian else "GB", header=escape(f"{meta['symbol']}  {meta['job']}"),
        page="Halaman" if indonesian else "Page", of="dari" if indonesian else "of")
    out, in_section = [head], False
    for kind, label, text in blocks:
        if kind not in ("title", "subtitle") and not in_section:
            out.append('<text:section text:style-name="TwoColumns" text:name="Body">')
            in_section = True
        out.append(fodt_block(kind, label, text))
    out.append("</text:section></office:text></office:body></office:document>\n")
    document = checked_xml("\n".join(out))
    path = os.path.join(work, sid + ".fodt")
    open(path, "w", encoding="utf-8").write(document)
    run(["soffice", f"-env:UserInstallation=file://{work}/lo-profile", "--headless", "--convert-to", "pdf",
         "--outdir", work, path])
    shutil.move(os.path.join(work, sid + ".pdf"), out_pdf)
    return expected(blocks, meta, footnote=False)


# ---------------------------------------------------------------------------------------------------- main

PRODUCERS = {
    "chromium": render_chromium,
    "wkhtmltopdf": render_wkhtmltopdf,
    "weasyprint": render_weasyprint,
    "pdflatex": render_pdflatex,
    "groff": render_groff,
    "wordlike": render_wordlike,
    "libreoffice": render_libreoffice,
}


def run(cmd):
    # SOURCE_DATE_EPOCH fixes the dates Ghostscript writes and the font timestamps of WeasyPrint's subsets (fontTools).
    env = dict(os.environ, SOURCE_DATE_EPOCH="1458691200")
    result = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        sys.exit(f"{cmd[0]} failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")


def main():
    chosen = sys.argv[1:] or list(PRODUCERS)
    # A fixed work folder: Chromium prints the page URL in its footer, so the path must not vary between runs.
    work = "/tmp/archive-producers"
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    for producer in chosen:
        for sid, meta in SOURCES.items():
            blocks = parse(os.path.join(SOURCES_DIR, sid + ".txt"))
            stem = os.path.join(HERE, f"{producer}--{sid}")
            exp = PRODUCERS[producer](sid, meta, blocks, stem + ".pdf", work)
            with open(stem + ".expected.json", "w", encoding="utf-8") as f:
                json.dump({"producer": producer, "source": f"corpus/_sources/{sid}.txt", **exp}, f,
                          ensure_ascii=False, indent=1)
                f.write("\n")
            print(f"wrote {producer}--{sid}.pdf ({os.path.getsize(stem + '.pdf') // 1024} KB)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
