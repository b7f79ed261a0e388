// compare.mjs measures main-text extraction on pages that have a
// reference text (x.html next to x.main.txt): token precision, recall and
// F1 of thidua (internal/htmltext, through ./maintext) and of Mozilla
// Readability (@mozilla/readability on linkedom) on the same pages.
//
// Usage (from this folder, after `npm install`):
//
//   node compare.mjs DIR ...        (default: the repo's pages, variants and portal pages)
//
// Tokens are the NFC, lower-cased runs of letters and digits; precision
// and recall count tokens as a multiset. Readability's title is put before
// its text when the text does not start with it, as the reference texts
// start with the article's title.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve, basename, dirname } from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [join(repo, "parse/testdata/html"), join(repo, "internal/htmltext/testdata/platforms"), join(repo, "parse/testdata/html/variants"), join(repo, "parse/testdata/html/portals")];

const pages = [];
for (const d of dirs) {
  for (const f of readdirSync(d).sort()) {
    if (!f.endsWith(".html")) continue;
    // A variant (x.tcvn3.html in variants/) is scored against its page's
    // reference text (../x.main.txt).
    let ref = join(d, f.replace(/\.html$/, ".main.txt"));
    if (!existsSync(ref)) ref = join(d, "..", f.replace(/\..*$/, ".main.txt"));
    if (existsSync(ref)) pages.push({ file: resolve(d, f), ref });
  }
}
if (!pages.length) {
  console.error("no x.html with x.main.txt in", dirs.join(", "));
  process.exit(2);
}

const tokens = (s) => (s || "").normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];

function score(got, want) {
  const g = tokens(got), w = tokens(want);
  const count = new Map();
  for (const t of w) count.set(t, (count.get(t) || 0) + 1);
  let hit = 0;
  for (const t of g) {
    const c = count.get(t) || 0;
    if (c > 0) { count.set(t, c - 1); hit++; }
  }
  const p = g.length ? hit / g.length : 0, r = w.length ? hit / w.length : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, hit, ng: g.length, nw: w.length };
}

// decodePage decodes a page as a browser does: a BOM, else the charset of
// <meta>, else UTF-8.
function decodePage(buf) {
  const head = buf.subarray(0, 4096).toString("latin1");
  const m = head.match(/<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i);
  let label = m ? m[1].toLowerCase() : "utf-8";
  try {
    return new TextDecoder(label).decode(buf);
  } catch {
    return new TextDecoder("utf-8").decode(buf);
  }
}

function readability(html) {
  const { document } = parseHTML(html);
  const art = new Readability(document).parse();
  if (!art) return "";
  // textContent glues blocks together ("2025Ngày"): take the article's
  // HTML with a line break before every block boundary instead.
  const spaced = (art.content || "").replace(/<(\/?)(p|div|h[1-6]|li|tr|td|th|br|section|article|blockquote|pre|ul|ol|table|figure|figcaption|dd|dt)\b/gi, "\n<$1$2");
  const text = parseHTML("<html><body>" + spaced + "</body></html>").document.body.textContent || "";
  // Put the title first unless the text already starts with it.
  const norm = (x) => tokens(x).join(" ");
  if (art.title && !norm(text).startsWith(norm(art.title))) return art.title + "\n" + text;
  return text;
}

const out = execFileSync("go", ["run", "./scripts/readability/maintext", ...pages.map((p) => p.file)], {
  cwd: repo, encoding: "utf8", maxBuffer: 64 << 20,
});
const thidua = new Map(out.trim().split("\n").map((l) => JSON.parse(l)).map((o) => [o.file, o.text]));

const rows = [];
const groups = new Map(); // group → {thidua: [hit, got, want], readability: [...]}
const fmt = (x) => x.toFixed(3);
for (const pg of pages) {
  const want = readFileSync(pg.ref, "utf8");
  const t = score(thidua.get(pg.file), want);
  const r = score(readability(decodePage(readFileSync(pg.file))), want);
  const dir = basename(dirname(pg.file));
  const group = { variants: "encoding variants", portals: "portals", world: "foreign news", vn: "Vietnamese news" }[dir] || "pages";
  for (const g of [group, "all"]) {
    if (!groups.has(g)) groups.set(g, { thidua: [0, 0, 0], readability: [0, 0, 0] });
    for (const [k, x] of [["thidua", t], ["readability", r]]) {
      const tot = groups.get(g)[k];
      tot[0] += x.hit; tot[1] += x.ng; tot[2] += x.nw;
    }
  }
  rows.push([basename(pg.file), fmt(t.p), fmt(t.r), fmt(t.f), fmt(r.p), fmt(r.r), fmt(r.f)]);
}
const micro = ([hit, ng, nw]) => {
  const p = ng ? hit / ng : 0, r = nw ? hit / nw : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
let tf = 0, rf = 0;
for (const g of ["pages", "portals", "encoding variants", "foreign news", "Vietnamese news", "all"].filter((x) => groups.has(x))) {
  const tot = groups.get(g);
  const [tp, tr, f1t] = micro(tot.thidua), [rp, rr, f1r] = micro(tot.readability);
  rows.push([`**${g} (micro)**`, fmt(tp), fmt(tr), fmt(f1t), fmt(rp), fmt(rr), fmt(f1r)]);
  if (g === "all") [tf, rf] = [f1t, f1r];
}

const head = ["page", "thidua P", "thidua R", "thidua F1", "Readability P", "Readability R", "Readability F1"];
console.log("| " + head.join(" | ") + " |");
console.log("|" + head.map((h, i) => (i ? "---:" : "---")).join("|") + "|");
for (const r of rows) console.log("| " + r.join(" | ") + " |");
if (tf < rf) {
  console.error(`thidua F1 ${fmt(tf)} < Readability F1 ${fmt(rf)}`);
  process.exit(1);
}
