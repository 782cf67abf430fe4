// `rayzor check` reports zero diagnostics on every program of the conformance corpus and every
// benchmark program (../shared), and on rayzor's own std/ (all of it, bodies included).

import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatClassic } from '../src/diag/format.js';
import { DiagnosticSink } from '../src/diag/sink.js';
import { defaultDefines } from '../src/driver/defines.js';
import { collectHxFiles } from '../src/driver/sources.js';
import { stdPath, typecheck } from '../src/driver/typecheck.js';
import { HAVE_SHARED, SHARED } from './support/golden.js';

const skip = HAVE_SHARED ? false : `${SHARED} not found`;
const corpus = HAVE_SHARED ? readdirSync(join(SHARED, 'corpus')).filter((d) => /^\d{3}_/.test(d)).sort() : [];
const bench = HAVE_SHARED && existsSync(join(SHARED, 'bench')) ? readdirSync(join(SHARED, 'bench')).filter((f) => f.endsWith('.hx')).sort() : [];

function check(files: string[]): string[] {
  const sink = new DiagnosticSink();
  typecheck({ files, classPaths: [], main: undefined }, defaultDefines(), sink);
  return sink.items.map((d) => formatClassic(d));
}

test('corpus present', { skip }, () => assert.ok(corpus.length >= 30));

for (const d of corpus) {
  test(`corpus type-checks: ${d}`, () => assert.deepEqual(check([join(SHARED, 'corpus', d, 'Main.hx')]), []));
}

for (const f of bench) {
  test(`benchmark type-checks: ${f}`, () => assert.deepEqual(check([join(SHARED, 'bench', f)]), []));
}

test('std/ type-checks as a whole', () => {
  const files = collectHxFiles([stdPath()], new DiagnosticSink());
  assert.ok(files.length > 50);
  assert.deepEqual(check(files), []);
});
