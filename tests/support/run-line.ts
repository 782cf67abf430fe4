// Values in MIR filetests' `; run:` lines, shared by the interpreter's and the JIT's filetest suites.
// Takes: the text of an argument or expected result and its MIR type. Gives: the executor's value
// (BigInt for i64, JS numbers otherwise, `inf`/`-inf`/`nan` spelled as the MIR printer spells them).

import type { MirValue } from '../../src/interp/interp.js';
import type { MirType } from '../../src/mir/mir.js';

export function parseValue(text: string, t: MirType | undefined): MirValue {
  if (t === 'i64') return BigInt(text);
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}
