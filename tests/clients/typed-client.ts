// A client as a TypeScript user writes one: types generated from the committed openapi.json by openapi-typescript
// (api.d.ts, made by the test before this compiles), calls made with openapi-fetch, which escapes path parameters
// as RFC 6570 says (a slash in an id is sent as %2F). It calls every GET operation with valid and invalid input and
// every other operation as far as it can be called without a key (401, or 403 where the service has no key at all), and checks each answer against the document:
// the status is declared, the media type is declared for it, and the body validates against its schema (ajv).
// Usage: node typed-client.js <base url> <openapi.json>; prints one line per call, exits 1 on the first mismatch.
import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { paths } from "./api.js";

const [baseUrl, documentPath] = process.argv.slice(2);
const apiDocument = JSON.parse(readFileSync(documentPath, "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const format of ["int32", "int64", "double", "float"]) {
  ajv.addFormat(format, true);
}
ajv.addSchema(apiDocument, "openapi.json");

const client = createClient<paths>({ baseUrl });
let calls = 0;

function pointer(...parts: string[]): string {
  return parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
}

/** The answer as the document declares it, or an error naming what differs. */
function conforms(template: string, method: string, response: Response, body: unknown, ...expected: number[]): void {
  calls++;
  const where = `${method.toUpperCase()} ${template} -> ${response.status}`;
  if (!expected.includes(response.status)) {
    throw new Error(`${where}: expected ${expected}; body ${JSON.stringify(body).slice(0, 400)}`);
  }
  const declared = apiDocument.paths[template]?.[method]?.responses?.[String(response.status)];
  if (!declared) {
    throw new Error(`${where}: status not declared in the document`);
  }
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  const content = declared.content ?? {};
  if (response.status === 204 || response.status === 304) {
    console.log(`ok ${where}`);
    return;
  }
  if (!(mediaType in content)) {
    throw new Error(`${where}: media type ${mediaType} not declared (declared: ${Object.keys(content).join(", ")})`);
  }
  const schema = content[mediaType].schema;
  if (schema) {
    const validate = ajv.getSchema(`openapi.json#/${pointer("paths", template, method, "responses", String(response.status), "content", mediaType, "schema")}`)!;
    if (!validate(body)) {
      throw new Error(`${where} ${mediaType}: body does not match the schema: ${ajv.errorsText(validate.errors)}`);
    }
  }
  console.log(`ok ${where} ${mediaType}`);
}

/** A request the typed client cannot even express (a word where a number goes): sent raw, answered as declared. */
async function raw(template: string, path: string, expected: number, init?: RequestInit): Promise<unknown> {
  const response = await fetch(new URL(path, baseUrl), init);
  const text = await response.text();
  const body = text.length > 0 && /json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : text;
  conforms(template, (init?.method ?? "get").toLowerCase(), response, body, expected);
  return body;
}

const paragraphId = "bpmc6-2016-cochairs-en/p5";

{
  const { data, response } = await client.GET("/api/about");
  conforms("/api/about", "get", response, data, 200);
}

{
  const { data, response } = await client.GET("/api/search", { params: { query: { q: "returns reintegration", lang: "en", k: 3 } } });
  conforms("/api/search", "get", response, data, 200);
  if (!data || data.hits.length === 0 || data.hits.some((h) => h.language !== "en")) {
    throw new Error("search: no English hits");
  }
  const first = data.hits[0];
  const { data: paragraph, response: again } = await client.GET("/api/paragraphs/{id}", { params: { path: { id: first.id } } });
  conforms("/api/paragraphs/{id}", "get", again, paragraph, 200);
  if (paragraph?.id !== first.id) {
    throw new Error(`paragraph ${first.id} came back as ${paragraph?.id}`);
  }
}
{
  const { data, response } = await client.GET("/api/search", { params: { query: { q: "penyelundupan manusia", lang: "id", k: 2, view: "full" } } });
  conforms("/api/search", "get", response, data, 200);
  const { error, response: tooMany } = await client.GET("/api/search", { params: { query: { q: "returns", k: 500 } } });
  conforms("/api/search", "get", tooMany, error, 400);
  await raw("/api/search", "/api/search?q=returns&conference=six", 400);
  await raw("/api/search", "/api/search?q=returns&lang=fr", 400);
  await raw("/api/search", "/api/search?q=%22unclosed", 400);
}

{
  const { data, response } = await client.GET("/api/search/feed", { params: { query: { q: "returns", lang: "en", limit: 5, ui: "id" } }, parseAs: "text" });
  conforms("/api/search/feed", "get", response, data, 200);
  if (!data?.includes("<feed") || !data.includes("Arsip Bali Process")) {
    throw new Error("search feed: no Atom feed titled in Indonesian");
  }
  const { error, response: tooMany } = await client.GET("/api/search/feed", { params: { query: { q: "returns", limit: 500 } } });
  conforms("/api/search/feed", "get", tooMany, error, 400);
  await raw("/api/search/feed", "/api/search/feed?q=%22unclosed", 400);
}

{
  const { data, response } = await client.GET("/api/documents");
  conforms("/api/documents", "get", response, data, 200);
  const id = data![0].id;
  const { data: document, response: one } = await client.GET("/api/documents/{id}", { params: { path: { id } } });
  conforms("/api/documents/{id}", "get", one, document, 200);
  const { error, response: unknown } = await client.GET("/api/documents/{id}", { params: { path: { id: "no-such-document" } } });
  conforms("/api/documents/{id}", "get", unknown, error, 404);
  await raw("/api/documents", "/api/documents?conference=sixth", 400);
  for (const format of ["text", "bibtex", "ris"] as const) {
    const { data: citation, response: cited } = await client.GET("/api/documents/{id}/cite", { params: { path: { id }, query: { format } }, parseAs: "text" });
    conforms("/api/documents/{id}/cite", "get", cited, citation, 200);
  }
}

{
  const { data, response } = await client.GET("/api/paragraphs/{id}", { params: { path: { id: paragraphId } } });
  conforms("/api/paragraphs/{id}", "get", response, data, 200);
  if (data?.counterpart?.id !== "bpmc6-2016-cochairs-id/p5") {
    throw new Error(`paragraph ${paragraphId}: counterpart ${data?.counterpart?.id}`);
  }
  const { error, response: unknown } = await client.GET("/api/paragraphs/{id}", { params: { path: { id: "bpmc6-2016-cochairs-en/p999" } } });
  conforms("/api/paragraphs/{id}", "get", unknown, error, 404);
  for (const lang of ["en", "id"] as const) {
    for (const format of ["text", "bibtex", "ris"] as const) {
      const { data: citation, response: cited } = await client.GET("/api/paragraphs/{id}/cite", { params: { path: { id: paragraphId }, query: { format, lang } }, parseAs: "text" });
      conforms("/api/paragraphs/{id}/cite", "get", cited, citation, 200);
    }
    const { data: csl, response: cited } = await client.GET("/api/paragraphs/{id}/cite", { params: { path: { id: paragraphId }, query: { format: "csl-json", lang } } });
    conforms("/api/paragraphs/{id}/cite", "get", cited, csl, 200);
  }
  const { error: badFormat, response: refused } = await client.GET("/api/paragraphs/{id}/cite", { params: { path: { id: paragraphId }, query: { format: "docx" as "text" } } });
  conforms("/api/paragraphs/{id}/cite", "get", refused, badFormat, 400);
}

{
  const { data, response } = await client.GET("/api/conferences");
  conforms("/api/conferences", "get", response, data, 200);
}

{
  const { data, response } = await client.GET("/api/commitments", { params: { query: { topic: "returns-reintegration", k: 5 } } });
  conforms("/api/commitments", "get", response, data, 200);
  if (data === undefined || typeof data === "string") {
    throw new Error("commitments: JSON asked for, text answered");
  }
  const commitmentId = data.commitments[0].id;
  const { data: csv, response: asCsv } = await client.GET("/api/commitments", { params: { query: { format: "csv", k: 5 } }, parseAs: "text" });
  conforms("/api/commitments", "get", asCsv, csv, 200);
  const { error, response: none } = await client.GET("/api/commitments", { params: { query: { k: 0 } } });
  conforms("/api/commitments", "get", none, error, 400);
  const { data: one, response: got } = await client.GET("/api/commitments/{id}", { params: { path: { id: commitmentId } } });
  conforms("/api/commitments/{id}", "get", got, one, 200);
  const { error: missing, response: unknown } = await client.GET("/api/commitments/{id}", { params: { path: { id: "nothing/p1/c1" } } });
  conforms("/api/commitments/{id}", "get", unknown, missing, 404);
  const { data: record, response: followed } = await client.GET("/api/commitments/{id}/follow-up", { params: { path: { id: commitmentId } } });
  conforms("/api/commitments/{id}/follow-up", "get", followed, record, 200);
  const { error: noRecord, response: noCommitment } = await client.GET("/api/commitments/{id}/follow-up", { params: { path: { id: "nothing/p1/c1" } } });
  conforms("/api/commitments/{id}/follow-up", "get", noCommitment, noRecord, 404);
  const { data: feed, response: fed } = await client.GET("/api/commitments/{id}/feed", { params: { path: { id: commitmentId } }, parseAs: "text" });
  conforms("/api/commitments/{id}/feed", "get", fed, feed, 200);
  const { error: noFeed, response: unknownFeed } = await client.GET("/api/commitments/{id}/feed", { params: { path: { id: "nothing/p1/c1" } } });
  conforms("/api/commitments/{id}/feed", "get", unknownFeed, noFeed, 404);
  const { data: topicFeed, response: topicFed } = await client.GET("/api/commitments/feed", { params: { query: { topic: "returns-reintegration", limit: 5 } }, parseAs: "text" });
  conforms("/api/commitments/feed", "get", topicFed, topicFeed, 200);
  const { error: noTopic, response: unknownTopic } = await client.GET("/api/commitments/feed", { params: { query: { topic: "nothing" } } });
  conforms("/api/commitments/feed", "get", unknownTopic, noTopic, 400);
  const { error: noKey, response: refused } = await client.PUT("/api/commitments/{id}/follow-up", { params: { path: { id: commitmentId } }, body: { status: "in-progress" } });
  conforms("/api/commitments/{id}/follow-up", "put", refused, noKey, 401, 403);
}

for (const path of ["/api/commitments/disagreements", "/api/topics", "/api/addressees", "/api/meetings"] as const) {
  const { data, response } = await client.GET(path);
  conforms(path, "get", response, data, 200);
}

{
  const { data, response } = await client.GET("/api/changes", { params: { query: { from: "7", to: "8", lang: "en" } } });
  conforms("/api/changes", "get", response, data, 200);
  const { error, response: backwards } = await client.GET("/api/changes", { params: { query: { from: "8", to: "7" } } });
  conforms("/api/changes", "get", backwards, error, 400);
}

{
  const { data, response } = await client.GET("/api/follow-up.csv", { parseAs: "text" });
  conforms("/api/follow-up.csv", "get", response, data, 200);
}

{
  const { data, response } = await client.GET("/api/export/tmx", { params: { query: { conference: 6 } }, parseAs: "text" });
  conforms("/api/export/tmx", "get", response, data, 200);
  if (!data?.includes("<tu ")) {
    throw new Error("export: no translation unit");
  }
  const { error, response: refused } = await client.GET("/api/export/tmx", { params: { query: { from: 2020, to: 2010 } } });
  conforms("/api/export/tmx", "get", refused, error, 400);
  await raw("/api/export/tmx", "/api/export/tmx?conference=six", 400);
}

{
  const { data, response } = await client.POST("/api/precedent", { body: { text: "Ministers agreed to strengthen cooperation on voluntary returns and reintegration.", k: 3 } });
  conforms("/api/precedent", "post", response, data, 200);
  const { error, response: empty } = await client.POST("/api/precedent", { body: { text: "" } });
  conforms("/api/precedent", "post", empty, error, 400);
  await raw("/api/precedent", "/api/precedent", 400, { method: "POST", headers: { "content-type": "application/json" }, body: '{"text": "Ministers agreed to cooperate on returns.", "k": "three"}' });
}

{
  const { error, response } = await client.GET("/api/writes/{ticket}", { params: { path: { ticket: "0123456789abcdef" } } });
  conforms("/api/writes/{ticket}", "get", response, error, 401, 403);
  const { error: noKey, response: refused } = await client.DELETE("/api/documents/{id}", { params: { path: { id: "bpmc6-2016-cochairs-en" } } });
  conforms("/api/documents/{id}", "delete", refused, noKey, 401, 403);
}

console.log(`typed client: ${calls} calls, every answer as the document declares it`);
