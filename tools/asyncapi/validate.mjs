// Validates an AsyncAPI document with the official parser; exits 1 on any error-level diagnostic.
//   node validate.mjs <asyncapi.json>
import { readFile } from 'node:fs/promises';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';

const path = process.argv[2];
if (!path) {
  console.error('usage: node validate.mjs <asyncapi.json>');
  process.exit(2);
}

const parser = new Parser();
const { document, diagnostics } = await parser.parse(await readFile(path, 'utf8'), { source: path });
const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
for (const d of diagnostics) {
  const level = d.severity === DiagnosticSeverity.Error ? 'error' : 'warning';
  console.error(`${level}: ${d.code} ${d.message} at ${d.path.join('.')}`);
}

if (!document || errors.length > 0) {
  console.error(`${path}: ${errors.length} error(s)`);
  process.exit(1);
}

console.log(`${path}: valid AsyncAPI ${document.version()}, ${document.allMessages().length} messages`);
