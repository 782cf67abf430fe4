// Every Main.hx of the conformance corpus (../shared/corpus) parses with zero diagnostics, with
// rayzor's default defines. Skips visibly where ../shared is absent.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatClassic } from '../src/diag/format.js';
import { DiagnosticSink } from '../src/diag/sink.js';
import { defaultDefines } from '../src/driver/defines.js';
import { parseFiles } from '../src/driver/syntax-check.js';
import { HAVE_SHARED, SHARED } from './support/golden.js';

const dirs = HAVE_SHARED ? readdirSync(join(SHARED, 'corpus')).filter((d) => /^\d{3}_/.test(d)).sort() : [];

test('corpus is present', { skip: HAVE_SHARED ? false : `${SHARED}/corpus not found` }, () => {
  assert.ok(dirs.length >= 30, `only ${dirs.length} corpus programs`);
});

for (const d of dirs) {
  test(`corpus parses: ${d}`, () => {
    const sink = new DiagnosticSink();
    const [parsed] = parseFiles([join(SHARED, 'corpus', d, 'Main.hx')], defaultDefines(), sink);
    assert.deepEqual(sink.items.map((d) => formatClassic(d)), []);
    assert.ok(parsed && parsed.module.decls.length > 0);
  });
}
