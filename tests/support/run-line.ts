// MIR filetests' `; run:` lines (`@f(1, 2) == 3`, `@f() traps MSG`, `@f() throws`), parsed once for
// the interpreter's and the JIT's filetest suites.
// Takes: a module and a line; or the text of a value and its MIR type. Gives: the function, its
// argument values and the expected outcome; values as the executors give them (BigInt for i64, JS
// numbers otherwise, `inf`/`-inf`/`nan` spelled as the MIR printer spells them).

import assert from 'node:assert/strict';
import type { MirValue } from '../../src/interp/interp.js';
import type { MirFunction, MirModule, MirType } from '../../src/mir/mir.js';

export type RunExpect = { k: 'value'; value: MirValue } | { k: 'traps'; message: string } | { k: 'throws' };

/** A run line's function, arguments and expectation; a malformed line or unknown function fails the test. */
export function parseRunLine(m: MirModule, line: string): { f: MirFunction; args: MirValue[]; expect: RunExpect } {
  const r = /^@([\w.$<>]+)\(([^)]*)\)\s*(?:==\s*(\S+)|traps\s+(.+)|(throws))$/.exec(line.trim());
  assert.ok(r, `bad run line: ${line}`);
  const f = m.funcs.find((x) => x.name === r[1]);
  assert.ok(f, `no function @${r[1]}`);
  const args = r[2]!.trim() ? r[2]!.split(',').map((a, i) => parseValue(a.trim(), f.sig.params[i])) : [];
  const expect: RunExpect =
    r[3] !== undefined ? { k: 'value', value: parseValue(r[3], f.sig.results[0]) } : r[4] !== undefined ? { k: 'traps', message: r[4].trim() } : { k: 'throws' };
  return { f, args, expect };
}

export function parseValue(text: string, t: MirType | undefined): MirValue {
  if (t === 'i64') return BigInt(text);
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}
