#!/bin/sh
# Makes the scanned fixtures of the OCR tests from our own sample corpus: pages 1-2 of the English and the
# Indonesian BPMC 6 Co-Chairs' Statement (paragraphs 1-5 stand on them), rasterised at 150 dpi as grey JPEG and
# wrapped into image-only PDFs, as a photocopier's scan would be. Needs poppler-utils (pdftoppm) and img2pdf.
# Run from the repository root: sh tests/Archive.Core.Tests/Extraction/Documents/_make_scanned.sh
set -eu
out=tests/Archive.Core.Tests/Extraction/Documents
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for language in en id; do
    pdftoppm -r 150 -gray -jpeg -jpegopt quality=60 -f 1 -l 2 "corpus/bpmc6-2016-cochairs-$language.pdf" "$work/$language"
    # A4 as the source is, so the scan's pages measure what the original's do.
    img2pdf --pagesize A4 --output "$out/scanned-bpmc6-cochairs-$language.pdf" "$work/$language"-*.jpg
done
