// A disassembler for the modules the backend writes: wasm bytes → WAT-like text
// (`rayzor dump --stage wasm`).
// Takes: module bytes. Gives: one line per declaration and per instruction, code indented by block
// nesting, functions named from the name section (`call $Main.fib`), data shown as escaped strings.
// Invariant: it decodes the bytes themselves (not the compiler's intermediate state), so the dump is
// what V8 receives; an opcode it does not know is printed as `<0xNN>` and ends that function's dump.

import { FC, OP } from './encoder.js';

const VALTYPE: Record<number, string> = { 0x7f: 'i32', 0x7e: 'i64', 0x7d: 'f32', 0x7c: 'f64', 0x70: 'funcref' };
const NAMES: Record<number, string> = {};
// `OP` keys are `i32_load8_s`: only the first underscore becomes a dot.
for (const [k, v] of Object.entries(OP)) {
  if (k === 'prefix_fc') continue;
  const i = k.indexOf('_');
  NAMES[v] = i < 0 ? k : `${k.slice(0, i)}.${k.slice(i + 1)}`;
}
NAMES[OP.br_if] = 'br_if';
NAMES[OP.br_table] = 'br_table';
NAMES[OP.call_indirect] = 'call_indirect';
NAMES[OP.catch_all] = 'catch_all';
const FC_NAMES: Record<number, string> = {};
for (const [k, v] of Object.entries(FC)) {
  const i = k.indexOf('_');
  FC_NAMES[v] = `${k.slice(0, i)}.${k.slice(i + 1)}`;
}

class Reader {
  pos = 0;
  constructor(readonly b: Uint8Array) {}
  byte(): number {
    if (this.pos >= this.b.length) throw new Error('unexpected end of module');
    return this.b[this.pos++]!;
  }
  u32(): number {
    let r = 0;
    let shift = 0;
    for (;;) {
      const x = this.byte();
      r += (x & 0x7f) * 2 ** shift;
      shift += 7;
      if ((x & 0x80) === 0) return r;
    }
  }
  s32(): number {
    let r = 0;
    let shift = 0;
    let x: number;
    do {
      x = this.byte();
      r |= (x & 0x7f) << shift;
      shift += 7;
    } while (x & 0x80);
    if (shift < 32 && x & 0x40) r |= -1 << shift;
    return r | 0;
  }
  s64(): bigint {
    let r = 0n;
    let shift = 0n;
    let x: number;
    do {
      x = this.byte();
      r |= BigInt(x & 0x7f) << shift;
      shift += 7n;
    } while (x & 0x80);
    if (shift < 64n && x & 0x40) r |= -1n << shift;
    return BigInt.asIntN(64, r);
  }
  bytes(n: number): Uint8Array {
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  name(): string {
    return new TextDecoder().decode(this.bytes(this.u32()));
  }
}

function ident(n: string): string {
  return /^[\w.$<>!#%&'*+\-/:=?@^`|~]+$/.test(n) ? `$${n}` : `$${JSON.stringify(n)}`;
}

function escapeData(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x >= 0x20 && x < 0x7f && x !== 0x22 && x !== 0x5c ? String.fromCharCode(x) : `\\${x.toString(16).padStart(2, '0')}`;
  return s;
}

export function disassemble(bytes: Uint8Array): string {
  const r = new Reader(bytes);
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || magic.some((x, i) => bytes[i] !== x)) throw new Error('not a wasm module (version 1)');
  r.pos = 8;
  const types: { params: string[]; results: string[] }[] = [];
  const funcNames = new Map<number, string>();
  const funcTypes: number[] = [];
  let imported = 0;
  const sections: { id: number; start: number; end: number }[] = [];
  while (r.pos < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    sections.push({ id, start: r.pos, end: r.pos + size });
    r.pos += size;
  }
  // Names first, so every reference can use them.
  for (const s of sections) {
    if (s.id !== 0) continue;
    r.pos = s.start;
    if (r.name() !== 'name') continue;
    while (r.pos < s.end) {
      const sub = r.byte();
      const size = r.u32();
      const end = r.pos + size;
      if (sub === 1) {
        const n = r.u32();
        for (let i = 0; i < n; i++) {
          const idx = r.u32();
          funcNames.set(idx, r.name());
        }
      }
      r.pos = end;
    }
  }
  const fname = (i: number) => (funcNames.has(i) ? ident(funcNames.get(i)!) : `${i}`);
  const sig = (t: number) => {
    const ty = types[t];
    if (!ty) return `(type ${t})`;
    return `(type ${t})${ty.params.length ? ` (param ${ty.params.join(' ')})` : ''}${ty.results.length ? ` (result ${ty.results.join(' ')})` : ''}`;
  };
  const out: string[] = ['(module'];
  for (const s of sections) {
    r.pos = s.start;
    switch (s.id) {
      case 1: {
        const n = r.u32();
        for (let i = 0; i < n; i++) {
          r.byte();
          const params = Array.from({ length: r.u32() }, () => VALTYPE[r.byte()]!);
          const results = Array.from({ length: r.u32() }, () => VALTYPE[r.byte()]!);
          types.push({ params, results });
          out.push(`  (type ${i} (func${params.length ? ` (param ${params.join(' ')})` : ''}${results.length ? ` (result ${results.join(' ')})` : ''}))`);
        }
        break;
      }
      case 2: {
        const n = r.u32();
        for (let i = 0; i < n; i++) {
          const mod = r.name();
          const nm = r.name();
          const kind = r.byte();
          if (kind === 0) {
            const t = r.u32();
            funcTypes.push(t);
            out.push(`  (import ${JSON.stringify(mod)} ${JSON.stringify(nm)} (func ${fname(imported)} ${sig(t)}))`);
            imported++;
          } else if (kind === 4) {
            r.byte();
            out.push(`  (import ${JSON.stringify(mod)} ${JSON.stringify(nm)} (tag ${sig(r.u32())}))`);
          } else throw new Error(`import kind ${kind} not supported by the disassembler`);
        }
        break;
      }
      case 3: {
        const n = r.u32();
        for (let i = 0; i < n; i++) funcTypes.push(r.u32());
        break;
      }
      case 4: {
        r.u32();
        r.byte();
        const flags = r.byte();
        const min = r.u32();
        out.push(`  (table ${min}${flags & 1 ? ` ${r.u32()}` : ''} funcref)`);
        break;
      }
      case 5: {
        r.u32();
        const flags = r.byte();
        const min = r.u32();
        out.push(`  (memory ${min}${flags & 1 ? ` ${r.u32()}` : ''})`);
        break;
      }
      case 13: {
        const n = r.u32();
        for (let i = 0; i < n; i++) {
          r.byte();
          out.push(`  (tag ${i} ${sig(r.u32())})`);
        }
        break;
      }
      case 7: {
        const n = r.u32();
        const kinds = ['func', 'table', 'memory', 'global', 'tag'];
        for (let i = 0; i < n; i++) {
          const nm = r.name();
          const k = r.byte();
          const idx = r.u32();
          out.push(`  (export ${JSON.stringify(nm)} (${kinds[k]} ${k === 0 ? fname(idx) : idx}))`);
        }
        break;
      }
      case 9: {
        const n = r.u32();
        for (let i = 0; i < n; i++) {
          r.byte();
          r.byte();
          const off = r.s32();
          r.byte();
          const m = r.u32();
          const fs = Array.from({ length: m }, () => fname(r.u32()));
          out.push(`  (elem (i32.const ${off}) func`);
          for (let j = 0; j < fs.length; j += 8) out.push(`    ${fs.slice(j, j + 8).join(' ')}`);
          out.push('  )');
        }
        break;
      }
      case 10: {
        const n = r.u32();
        for (let i = 0; i < n; i++) {
          const size = r.u32();
          const end = r.pos + size;
          const idx = imported + i;
          out.push(`  (func ${fname(idx)} ${sig(funcTypes[idx]!)}`);
          const runs = r.u32();
          const locals: string[] = [];
          for (let j = 0; j < runs; j++) {
            const c = r.u32();
            const t = VALTYPE[r.byte()]!;
            for (let k = 0; k < c; k++) locals.push(t);
          }
          if (locals.length) out.push(`    (local ${locals.join(' ')})`);
          code(r, end, out, fname, sig);
          out.push('  )');
          r.pos = end;
        }
        break;
      }
      case 11: {
        const n = r.u32();
        for (let i = 0; i < n; i++) {
          r.byte();
          r.byte();
          const off = r.s32();
          r.byte();
          const data = r.bytes(r.u32());
          for (let j = 0; j < data.length; j += 64) out.push(`  (data (i32.const ${off + j}) "${escapeData(data.subarray(j, j + 64))}")`);
        }
        break;
      }
      default:
        break;
    }
  }
  out.push(')');
  return out.join('\n') + '\n';
}

function code(r: Reader, end: number, out: string[], fname: (i: number) => string, sig: (t: number) => string): void {
  let depth = 2;
  const line = (s: string) => out.push(`${'  '.repeat(depth)}${s}`);
  const blockType = (): string => {
    const b = r.b[r.pos]!;
    if (b === 0x40) {
      r.pos++;
      return '';
    }
    if (VALTYPE[b] && b !== 0x70) {
      r.pos++;
      return ` (result ${VALTYPE[b]})`;
    }
    return ` ${sig(r.s32())}`;
  };
  while (r.pos < end) {
    const op = r.byte();
    switch (op) {
      case OP.block: case OP.loop: case OP.if: case OP.try:
        line(`${NAMES[op]}${blockType()}`);
        depth++;
        break;
      case OP.else: case OP.catch_all:
        depth--;
        line(NAMES[op]!);
        depth++;
        break;
      case OP.catch:
        depth--;
        line(`catch ${r.u32()}`);
        depth++;
        break;
      case OP.end:
        depth--;
        if (depth >= 2) line('end');
        break;
      case OP.br: case OP.br_if: case OP.throw: case OP.rethrow: case OP.delegate:
        line(`${NAMES[op]} ${r.u32()}`);
        break;
      case OP.br_table: {
        const n = r.u32();
        const ts = Array.from({ length: n + 1 }, () => r.u32());
        line(`br_table ${ts.join(' ')}`);
        break;
      }
      case OP.call:
        line(`call ${fname(r.u32())}`);
        break;
      case OP.call_indirect: {
        const t = r.u32();
        r.byte();
        line(`call_indirect ${sig(t)}`);
        break;
      }
      case OP.local_get: case OP.local_set: case OP.local_tee: case OP.global_get: case OP.global_set:
        line(`${NAMES[op]} ${r.u32()}`);
        break;
      case OP.memory_size: case OP.memory_grow:
        r.byte();
        line(NAMES[op]!);
        break;
      case OP.i32_const:
        line(`i32.const ${r.s32()}`);
        break;
      case OP.i64_const:
        line(`i64.const ${r.s64()}`);
        break;
      case OP.f32_const: {
        const v = new DataView(r.bytes(4).slice().buffer).getFloat32(0, true);
        line(`f32.const ${floatText(v)}`);
        break;
      }
      case OP.f64_const: {
        const v = new DataView(r.bytes(8).slice().buffer).getFloat64(0, true);
        line(`f64.const ${floatText(v)}`);
        break;
      }
      case OP.prefix_fc: {
        const sub = r.u32();
        if (sub === FC.memory_copy) r.bytes(2);
        if (sub === FC.memory_fill) r.byte();
        line(FC_NAMES[sub] ?? `<0xfc ${sub}>`);
        break;
      }
      default: {
        const name = NAMES[op];
        if (name === undefined) {
          line(`<0x${op.toString(16)}>`);
          return;
        }
        if (op >= OP.i32_load && op <= OP.i64_store32) {
          const align = r.u32();
          const offset = r.u32();
          line(`${name}${offset ? ` offset=${offset}` : ''} align=${2 ** align}`);
        } else line(name);
      }
    }
  }
}

function floatText(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v < 0 ? '-inf' : 'inf';
  return Object.is(v, -0) ? '-0' : String(v);
}
