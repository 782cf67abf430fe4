// Unit table for the lexer: input text → token kinds and values, plus lexical diagnostics.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatClassic } from '../src/diag/format.js';
import { DiagnosticSink } from '../src/diag/sink.js';
import { SourceFile } from '../src/diag/source.js';
import { Lexer } from '../src/syntax/lexer.js';
import { T, tokenText } from '../src/syntax/token.js';

const KIND: Record<number, string> = {
  [T.Ident]: 'id', [T.Kwd]: 'kw', [T.Int]: 'int', [T.Float]: 'float', [T.String]: 'str', [T.Regex]: 're', [T.Dollar]: '$',
  [T.Op]: 'op', [T.Sharp]: '#', [T.Eof]: 'eof',
};

function lexShow(src: string): { toks: string; diags: string[] } {
  const sink = new DiagnosticSink();
  const toks = new Lexer(new SourceFile('t.hx', src), sink).lexAll();
  const show = toks.filter((t) => t.t !== T.Eof).map((t) => {
    const k = KIND[t.t];
    if (t.t === T.String) return `${t.single ? 'sq' : 'dq'}:${JSON.stringify(t.value)}${t.parts ? `[${t.parts.map((p) => p.kind).join(',')}]` : ''}`;
    if (t.t === T.Regex) return `re:${t.value}/${t.flags}`;
    return k ? `${k}:${t.value}` : tokenText(t);
  });
  return { toks: show.join(' '), diags: sink.items.map((d) => formatClassic(d)) };
}

const TABLE: [string, string, string[]?][] = [
  ['42 0xFF 0x1f', 'int:42 int:0xFF int:0x1f'],
  ['1.5 .5 1. 1e10 1.5e-3 2E+2', 'float:1.5 float:.5 float:1. float:1e10 float:1.5e-3 float:2E+2'],
  ['0...10', 'int:0 ... int:10'],
  ['1e', 'int:1 id:e'],
  ['5.times()', 'int:5 . id:times ( )'],
  ['1.e5 1.e', 'float:1.e5 int:1 . id:e'],
  ['0x', 'int:0 id:x'],
  ['a.b', 'id:a . id:b'],
  ['"a\\n\\t\\r\\"\\\\"', 'dq:"a\\n\\t\\r\\"\\\\"'],
  ['"\\x41\\u0042\\u{1F600}\\101"', 'dq:"AB😀A"'],
  ["'no interp'", 'sq:"no interp"'],
  ["'a $b c'", 'sq:"a $b c"[text,ident,text]'],
  ["'${x + 1}'", 'sq:"${x + 1}"[code]'],
  ["'$$x'", 'sq:"$x"'],
  ["'${ \"}\" }'", 'sq:"${ \\"}\\" }"[code]'],
  ['~/a\\/b/gi', 're:a/b/gi'],
  ['>> >>> >= >>=', 'op:> op:> op:> op:> op:> op:> op:= op:> op:> op:='],
  ['<< <<= <= <', 'op:<< op:<<= op:<= op:<'],
  ['+= -= *= /= %= &= |= ^= && || ++ --', 'op:+= op:-= op:*= op:/= op:%= op:&= op:|= op:^= op:&& op:|| op:++ op:--'],
  ['-> => ... ? : ; , . @ # #if #end', '-> op:=> ... ? : ; , . @ #: #:if #:end'],
  ['$x $', '$:x $:'],
  ['function class var if else while do for in', 'kw:function kw:class kw:var kw:if kw:else kw:while kw:do kw:for kw:in'],
  ['abstract macro final operator overload cast untyped', 'kw:abstract kw:macro kw:final kw:operator kw:overload kw:cast kw:untyped'],
  ['a // line\nb /* block */ c /** doc */ d', 'id:a id:b id:c id:d'],
  ['"abc', 'dq:"abc"', ['t.hx:1: character 1 : Unterminated string']],
  ['/* open', '', ['t.hx:1: character 1 : Unclosed comment']],
  ['~/abc', 're:abc/', ['t.hx:1: character 1 : Unterminated regular expression']],
  ['~/a/x', 're:a/', ['t.hx:1: character 5 : Invalid regular expression option']],
  ['"\\q"', 'dq:"q"', ['t.hx:1: character 2 : Invalid escape sequence \\q']],
  ['a ` b', 'id:a id:b', ["t.hx:1: character 3 : Invalid character '`'"]],
  ['é', '', ['t.hx:1: character 1 : Invalid character 0xE9']],
];

for (const [src, want, diags] of TABLE) {
  test(`lex ${JSON.stringify(src)}`, () => {
    const got = lexShow(src);
    assert.equal(got.toks, want);
    assert.deepEqual(got.diags, diags ?? []);
  });
}

test('doc comments attach to the next token', () => {
  const toks = new Lexer(new SourceFile('t.hx', '/** hello */ class'), new DiagnosticSink()).lexAll();
  assert.equal(toks[0]!.doc, ' hello ');
});

test('token spans are exact offsets', () => {
  const toks = new Lexer(new SourceFile('t.hx', '  foo(1)'), new DiagnosticSink()).lexAll();
  assert.deepEqual(toks.map((t) => [t.start, t.end]), [[2, 5], [5, 6], [6, 7], [7, 8], [8, 8]]);
});
