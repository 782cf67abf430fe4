// Golden AST printouts: each tests/syntax/ast/NAME.hx is parsed (with the defines named on a first
// line `// defines: a b=1`, if any) and its printout compared with NAME.ast. Diagnostics, if the case
// has any, are appended so that a golden can never hide an error.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatClassic } from '../src/diag/format.js';
import { DiagnosticSink } from '../src/diag/sink.js';
import { SourceFile } from '../src/diag/source.js';
import { printModule } from '../src/syntax/ast-print.js';
import { parseFile } from '../src/syntax/parser.js';
import { parseDefines } from '../src/syntax/preprocess.js';
import { checkGolden, ROOT } from './support/golden.js';

const DIR = join(ROOT, 'tests', 'syntax', 'ast');

export function definesOf(text: string): Map<string, string> {
  const m = /^\/\/ defines:(.*)$/m.exec(text.split('\n')[0] ?? '');
  return parseDefines(m ? m[1]!.trim().split(/\s+/).filter(Boolean) : []);
}

for (const name of readdirSync(DIR).filter((n) => n.endsWith('.hx')).sort()) {
  test(`ast golden: ${name}`, () => {
    const text = readFileSync(join(DIR, name), 'utf8');
    const file = new SourceFile(name, text);
    const sink = new DiagnosticSink();
    const { module } = parseFile(file, definesOf(text), sink);
    let out = printModule(module, file);
    if (sink.items.length > 0) out += '--- diagnostics\n' + sink.items.map((d) => formatClassic(d)).join('\n') + '\n';
    checkGolden(join(DIR, name.replace(/\.hx$/, '.ast')), out);
  });
}
