// Text-level helpers of the LLVM backend: MIR types as LLVM types, names as LLVM identifiers,
// constants as exact LLVM literals.
// Takes: MIR types, function names, constant immediates. Gives: strings to splice into textual IR.
// Invariant: the output is valid for LLVM 14 with -opaque-pointers and for LLVM >= 17 (`ptr` only);
// float constants are written as the hexadecimal bit pattern of a double, so no value is ever
// rounded by a decimal round trip (LLVM requires a float constant to be given as the double that
// holds it exactly).

import type { MirType, Signature } from '../../mir/mir.js';

export function llType(t: MirType): string {
  switch (t) {
    case 'i32': return 'i32';
    case 'i64': return 'i64';
    case 'f32': return 'float';
    case 'f64': return 'double';
    case 'ptr': return 'ptr';
  }
}

/** The LLVM return type of a signature: void, the one result, or a literal struct for several. */
export function llRetType(sig: Signature): string {
  if (sig.results.length === 0) return 'void';
  if (sig.results.length === 1) return llType(sig.results[0]!);
  return `{ ${sig.results.map(llType).join(', ')} }`;
}

/** The function type of an indirect call (`i32 (ptr, i32)`). */
export function llFnType(sig: Signature): string {
  return `${llRetType(sig)} (${sig.params.map(llType).join(', ')})`;
}

const PLAIN = /^[A-Za-z$._][A-Za-z$._0-9]*$/;

/**
 * A global name as LLVM spells it: bare when LLVM's lexer allows it, else quoted with `"` and `\`
 * and non-printable bytes escaped as \XX. Haxe names keep their dots and angle brackets, so
 * `@"Array<Int>.push"` in the IR is `@Array<Int>.push` in MIR and in a debugger's backtrace.
 */
export function globalName(name: string): string {
  if (PLAIN.test(name)) return `@${name}`;
  let out = '';
  for (const b of new TextEncoder().encode(name)) {
    out += b < 0x20 || b >= 0x7f || b === 0x22 || b === 0x5c ? `\\${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
  }
  return `@"${out}"`;
}

/** An integer immediate (decimal or 0x hex, possibly negative) wrapped to the type's width, in decimal. */
export function intConst(imm: string, t: MirType): string {
  const neg = imm.startsWith('-');
  const mag = BigInt(neg ? imm.slice(1) : imm);
  const v = neg ? -mag : mag;
  if (t === 'i64') return BigInt.asIntN(64, v).toString();
  if (t === 'ptr') {
    const p = BigInt.asIntN(64, v);
    return p === 0n ? 'null' : `inttoptr (i64 ${p} to ptr)`;
  }
  return BigInt.asIntN(32, v).toString();
}

/** The value of a MIR float immediate (`1.5`, `nan`, `inf`, `-inf`). */
export function floatValue(imm: string): number {
  if (imm === 'nan') return NaN;
  if (imm === 'inf') return Infinity;
  if (imm === '-inf') return -Infinity;
  return Number(imm);
}

/** A float constant as LLVM's exact hexadecimal double form; f32 values are rounded to single first. */
export function floatConst(x: number, t: 'f32' | 'f64'): string {
  const v = t === 'f32' ? Math.fround(x) : x;
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, v);
  // A single NaN bit pattern (the quiet NaN) keeps output stable; the bits of a NaN are not observable in MIR.
  if (Number.isNaN(v)) return '0x7FF8000000000000';
  return `0x${dv.getBigUint64(0).toString(16).toUpperCase().padStart(16, '0')}`;
}

/** Bytes as an LLVM string constant body (`c"..."` without the c and quotes). */
export function bytesLiteral(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    out += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
