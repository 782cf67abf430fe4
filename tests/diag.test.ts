// Unit tables for diagnostics: Haxe's classic position format, code-point columns, the sink's
// de-duplication and clamping, and the pretty format.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCodes, messageFor } from '../src/diag/codes.js';
import { formatClassic, formatPosition, formatPretty } from '../src/diag/format.js';
import { DiagnosticSink } from '../src/diag/sink.js';
import { SourceFile } from '../src/diag/source.js';

const f = new SourceFile('src/Main.hx', 'class A {\n\tvar é = "😀"; x\n}\r\nlast');

const POS: [number, number, string][] = [
  [0, 5, 'src/Main.hx:1: characters 1-6'],
  [3, 3, 'src/Main.hx:1: character 4'],
  [0, 14, 'src/Main.hx:1: lines 1-2'],
  [15, 16, 'src/Main.hx:2: characters 6-7'], // é is one character
  [20, 22, 'src/Main.hx:2: characters 11-12'], // 😀 (two UTF-16 units) counts once
  [30, 34, 'src/Main.hx:4: characters 1-5'], // after a CRLF line end
];

for (const [s, e, want] of POS) {
  test(`position ${s}-${e}`, () => assert.equal(formatPosition(f, s, e), want));
}

test('classic format: position, message and notes', () => {
  const sink = new DiagnosticSink();
  sink.report('parse.unexpected', f, 8, 9, ['{'], [{ message: 'note here' }]);
  assert.equal(formatClassic(sink.items[0]!), 'src/Main.hx:1: characters 9-10 : Unexpected {\nsrc/Main.hx:1: characters 9-10 : note here');
});

test('sink de-duplicates and clamps spans into the file', () => {
  const sink = new DiagnosticSink();
  sink.report('parse.missing-semicolon', f, 3, 4);
  sink.report('parse.missing-semicolon', f, 3, 4);
  sink.report('parse.missing-semicolon', f, -5, 9999);
  assert.equal(sink.items.length, 2);
  assert.equal(sink.errorCount, 2);
  assert.deepEqual([sink.items[1]!.start, sink.items[1]!.end], [0, f.text.length]);
});

test('pretty format: code frame with underline, no colour when off', () => {
  const sink = new DiagnosticSink();
  sink.report('parse.unexpected', f, 23, 24, [';']);
  const out = formatPretty(sink.items[0]!, { color: false });
  assert.equal(out, [
    'error[parse.unexpected]: Unexpected ;',
    '  --> src/Main.hx:2:13',
    '  |',
    '2 |     var é = "😀"; x',
    '  |                ^',
  ].join('\n'));
});

test('every code has a template and placeholders are filled', () => {
  for (const c of allCodes()) assert.ok(messageFor(c, ['X', 'Y']).length > 0, c);
  assert.equal(messageFor('parse.expected', [') or ,']), 'Expected ) or ,');
});
