// Lints every canned query (queries/cypher/**/*.cypher) with Neo4j's own parser and
// semantic analysis (lintCypherQuery from @neo4j-cypher/language-support) and prints
// one JSON object: {"queries": [{"file", "name", "errors": [...], "warnings": [...]}], "errors": N}.
//
// Usage: node queries/lint/lint.mjs [--schema schema.json] [files...]
// The schema file (labels, relationshipTypes, propertyKeys) turns on the linter's
// "not present in the database" warnings for typos; tests/test_cypher_lint.py writes it
// from graph.schema. Parameters are declared from each file's `// param:` header, so an
// undeclared $name is an error. Neo4j's built-in functions are declared, APOC's are not
// (FalkorDB has no APOC), so an APOC call is an error too.
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cypherDir = join(here, '..', 'cypher');

// Constructs FalkorDB does not run (DESIGN.md); Neo4j accepts them, so we flag them here.
const NOT_PORTABLE = [
  [/=~/, 'regular expressions (=~) do not run on FalkorDB'],
  [/\bEXISTS\s*\{/i, 'EXISTS { } subqueries do not run on FalkorDB'],
  [/\bCOUNT\s*\{/i, 'COUNT { } subqueries do not run on FalkorDB'],
  [/\bapoc\./i, 'APOC is not available on FalkorDB'],
  [/\bshortestPath\s*\(/i, 'FalkorDB has no undirected shortestPath; use a bounded path ordered by length'],
];

function walk(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.cypher') ? [p] : [];
  });
}

function header(text) {
  const meta = { params: [] };
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    const m = line.slice(2).trim().match(/^(\w+)\s*:\s*(.*)$/);
    if (!m) continue;
    if (m[1] === 'param') meta.params.push(m[2].split(':')[0].trim());
    else meta[m[1]] = m[2];
  }
  return meta;
}

// Neo4j's built-in functions, without APOC's.
function builtinFunctions() {
  const out = {};
  for (const [version, fns] of Object.entries(testData.mockSchema.functions)) {
    out[version] = Object.fromEntries(Object.entries(fns).filter(([name]) => !name.toLowerCase().startsWith('apoc.')));
  }
  return out;
}

const args = process.argv.slice(2);
let schemaFile = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--schema') schemaFile = args[++i];
  else files.push(args[i]);
}
const base = schemaFile ? JSON.parse(readFileSync(schemaFile, 'utf8')) : {};
const functions = builtinFunctions();

const results = [];
let errors = 0;
for (const file of files.length ? files : walk(cypherDir)) {
  const text = readFileSync(file, 'utf8');
  const meta = header(text);
  const dbSchema = {
    ...base,
    functions,
    parameters: Object.fromEntries(meta.params.map((p) => [p, null])),
  };
  const { diagnostics } = lintCypherQuery(text, dbSchema);
  const asJson = (d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message });
  const errs = diagnostics.filter((d) => d.severity === 1).map(asJson);
  const warns = diagnostics.filter((d) => d.severity !== 1).map(asJson);
  const body = text.split('\n').filter((l) => !l.startsWith('//')).join('\n');
  for (const [re, message] of NOT_PORTABLE) {
    if (re.test(body)) errs.push({ line: null, column: null, message: `not portable: ${message}` });
  }
  errors += errs.length;
  results.push({ file: relative(join(here, '..', '..'), file), name: meta.name ?? null, errors: errs, warnings: warns });
}
process.stdout.write(JSON.stringify({ queries: results, errors }, null, 1) + '\n');
process.exitCode = errors ? 1 : 0;
