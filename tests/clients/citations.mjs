// A citation file read as a reference manager reads it: citation-js parses RIS, BibTeX/biblatex or CSL-JSON into
// CSL items, the shape Zotero and every CSL processor work with. Prints those items as JSON.
// Usage: node citations.mjs <file>
import { readFileSync } from "node:fs";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";

const items = new Cite(readFileSync(process.argv[2], "utf8")).data;
console.log(JSON.stringify(items, null, 2));
