// The archive's MCP server as an assistant's host reaches it: the official MCP TypeScript SDK's client over
// streamable HTTP. Lists the tools, checks their schemas (enums, bounds, an output schema), calls every tool and
// checks the answer: structured content (which the SDK validates against the output schema itself), absolute
// permalinks, a bounded size; and a bad argument refused in the tool's own parameter name.
// Usage: node mcp-client.mjs <base url>; prints one line per check, exits 1 on the first failure.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const base = new URL(process.argv[2]);
const client = new Client({ name: "archive-test", version: "1.0.0" });
await client.connect(new StreamableHTTPClientTransport(new URL("/mcp", base)));

function fail(message) {
  throw new Error(message);
}

const { tools } = await client.listTools();
const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
const expected = ["changes", "cite", "find_precedent", "get_paragraph", "list_commitments", "review_draft", "search_paragraphs"];
if (JSON.stringify(Object.keys(byName).sort()) !== JSON.stringify(expected)) {
  fail(`tools: ${Object.keys(byName).sort().join(", ")}`);
}
for (const tool of tools) {
  if (!tool.outputSchema || tool.outputSchema.type !== "object") fail(`${tool.name}: no object outputSchema`);
  if (tool.annotations?.readOnlyHint !== true) fail(`${tool.name}: not marked read-only`);
}
const schemaOf = (tool, parameter) => byName[tool].inputSchema.properties[parameter];
const enumOf = (tool, parameter) => JSON.stringify(schemaOf(tool, parameter).enum ?? schemaOf(tool, parameter).anyOf?.flatMap((s) => s.enum ?? []));
for (const [tool, parameter, values] of [
  ["search_paragraphs", "language", ["any", "en", "id"]],
  ["cite", "format", ["text", "bibtex", "ris", "csl-json"]],
  ["list_commitments", "strength", ["decision", "commitment", "tasking", "encouragement", "acknowledgement"]],
]) {
  const listed = enumOf(tool, parameter) ?? "";
  if (!values.every((v) => listed.includes(`"${v}"`))) fail(`${tool}.${parameter}: enum ${listed}`);
}
const k = schemaOf("search_paragraphs", "k");
if (k.minimum !== 1 || k.maximum !== 100) fail(`search_paragraphs.k: bounds ${JSON.stringify(k)}`);
console.log(`ok tools/list: ${tools.length} tools with enums, bounds and output schemas`);

const permalinks = [];
function collect(value) {
  if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "permalink" && typeof item === "string") permalinks.push(item);
      else collect(item);
    }
  }
}

async function call(name, args, maxBytes = 30_000) {
  const result = await client.callTool({ name, arguments: args });
  if (result.isError) fail(`${name}: ${result.content.map((c) => c.text).join(" ")}`);
  if (!result.structuredContent) fail(`${name}: no structured content`);
  const text = result.content.map((c) => c.text ?? "").join("");
  if (text.length > maxBytes) fail(`${name}: ${text.length} characters, more than ${maxBytes}`);
  const before = permalinks.length;
  collect(result.structuredContent);
  collect(JSON.parse(text));
  const found = permalinks.slice(before);
  const relative = found.filter((p) => !p.startsWith(base.origin));
  if (relative.length > 0) fail(`${name}: permalinks not absolute: ${relative.slice(0, 3).join(", ")}`);
  console.log(`ok ${name} ${JSON.stringify(args)}: ${text.length} characters, ${found.length} absolute permalinks`);
  return result.structuredContent;
}

const search = await call("search_paragraphs", { query: "returns reintegration", language: "en", k: 5 });
if (search.hits.length === 0) fail("search_paragraphs: no hits");
await call("search_paragraphs", { query: "penyelundupan manusia", language: "id", k: 3, offset: 3 });
const paragraph = await call("get_paragraph", { id: search.hits[0].id });
if (paragraph.id !== search.hits[0].id) fail("get_paragraph: another paragraph");
for (const format of ["text", "bibtex", "ris", "csl-json"]) {
  const citation = await call("cite", { id: search.hits[0].id, format });
  if (!citation.permalink.startsWith(base.origin)) fail(`cite ${format}: permalink ${citation.permalink}`);
}
const precedent = await call("find_precedent", { draft: "Ministers agreed to strengthen cooperation on voluntary returns and reintegration.", k: 3 });
if (precedent.precedents.length === 0) fail("find_precedent: none");
const review = await call("review_draft", { text: "1. Ministers agreed to strengthen cooperation on voluntary returns and reintegration.\n\n2. Ministers thanked the interpreters for their long hours at the venue." });
if (review.summary.paragraphs !== 2) fail(`review_draft: ${review.summary.paragraphs} paragraphs`);
const commitments = await call("list_commitments", {});
if (commitments.commitments.length !== 10 || commitments.total <= 10) fail(`list_commitments: ${commitments.commitments.length} of ${commitments.total}`);
const next = await call("list_commitments", { offset: 10, k: 5 });
if (next.commitments[0].id === commitments.commitments[0].id) fail("list_commitments: offset ignored");
const changes = await call("changes", { from: "7", to: "8" });
const total = Object.values(changes.counts).reduce((a, b) => a + b, 0);
if (changes.changes.length !== Math.min(10, total)) fail(`changes: ${changes.changes.length} of ${total}`);
if (permalinks.length < 20) fail(`only ${permalinks.length} permalinks seen`);

for (const [name, args, words] of [
  ["search_paragraphs", {}, "query is required"],
  ["search_paragraphs", { query: "returns", fromYear: 2020, toYear: 2010 }, "fromYear must not be later than toYear"],
  ["find_precedent", { draft: "two words" }, "draft must have at least 3 words"],
  ["changes", { from: "7", to: "8", k: 0 }, "k must be between 1 and 1000"],
]) {
  const result = await client.callTool({ name, arguments: args });
  const said = result.content.map((c) => c.text).join(" ");
  if (!result.isError || !said.startsWith(words)) fail(`${name} ${JSON.stringify(args)}: ${said}`);
  console.log(`ok ${name} refused: ${said}`);
}

await client.close();
console.log(`mcp client: every tool answered, ${permalinks.length} permalinks, all absolute`);
