// Unit table for conditional compilation: which identifiers survive for a define set.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatClassic } from '../src/diag/format.js';
import { DiagnosticSink } from '../src/diag/sink.js';
import { SourceFile } from '../src/diag/source.js';
import { Lexer } from '../src/syntax/lexer.js';
import { parseDefines, preprocess } from '../src/syntax/preprocess.js';
import { T } from '../src/syntax/token.js';

function run(src: string, defs: string[]): { out: string; diags: string[] } {
  const file = new SourceFile('t.hx', src);
  const sink = new DiagnosticSink();
  const toks = preprocess(new Lexer(file, sink).lexAll(), parseDefines(defs), file, sink);
  return { out: toks.filter((t) => t.t !== T.Eof).map((t) => t.value).join(' '), diags: sink.items.map((d) => formatClassic(d)) };
}

const TABLE: [string, string[], string][] = [
  ['#if js a #else b #end', [], 'b'],
  ['#if js a #else b #end', ['js'], 'a'],
  ['#if !js a #end', [], 'a'],
  ['#if (js || cpp) a #end', ['cpp'], 'a'],
  ['#if (js && cpp) a #else b #end', ['cpp'], 'b'],
  ['#if js a #elseif cpp b #elseif hl c #else d #end', ['hl'], 'c'],
  ['#if js a #elseif cpp b #else d #end', ['js', 'cpp'], 'a'],
  ['#if js #if cpp a #else b #end #else c #end', ['js'], 'b'],
  ['#if js #if cpp a #else b #end #else c #end', ['cpp'], 'c'],
  ['#if (haxe_ver >= 4.2) a #else b #end', ['haxe_ver=4.205'], 'a'],
  ['#if (haxe_ver >= 4.3) a #else b #end', ['haxe_ver=4.205'], 'b'],
  ['#if (haxe_ver >= 4.2) a #else b #end', [], 'b'],
  ['#if (haxe >= version("4.2.0")) a #else b #end', ['haxe=4.2.5'], 'a'],
  ['#if (haxe < version("4.2.0")) a #else b #end', ['haxe=4.2.5'], 'b'],
  ['#if (target.name == "js") a #else b #end', ['target.name=js'], 'a'],
  ['#if target.sys a #else b #end', ['target.sys=true'], 'a'],
  ['#if (level > 2) a #else b #end', ['level=3'], 'a'],
  ['#if (level == "3") a #end', ['level=3'], 'a'],
  ['#if (foo) a #else b #end', ['foo=0'], 'a'],
  ['#if (!(js || cpp) && !hl) a #end', [], 'a'],
  ['#if macro a #else b #end', [], 'b'],
  ['#if my-flag a #end', ['my_flag'], ''],
  ['#if my_flag a #end', ['my-flag'], 'a'],
  ['x #if js #error "no" #end y', [], 'x y'],
];

for (const [src, defs, want] of TABLE) {
  test(`pp ${JSON.stringify(src)} with [${defs.join(' ')}]`, () => {
    const r = run(src, defs);
    assert.equal(r.out, want);
    assert.deepEqual(r.diags, []);
  });
}

test('#error in an active branch reports its message over the string', () => {
  assert.deepEqual(run('#if !js\n#error "stop here"\n#end', []).diags, ['t.hx:2: characters 8-19 : stop here']);
});

test('unclosed #if reports at the #if', () => {
  assert.deepEqual(run('a\n  #if js\nb', []).diags, ['t.hx:2: characters 3-6 : Unclosed conditional compilation block']);
});

test('#end without #if is reported', () => {
  assert.deepEqual(run('a #end', []).diags, ['t.hx:1: characters 3-7 : Unexpected #end']);
});
