// The JavaScript platform layer (rayzor.Host) for the interpreter; the wasm JIT reuses it.
// Takes: program arguments and output sinks. Gives: the `rayzor_host_*` functions of
// runtime/README.md over the interpreter's memory.
// Invariant: memory may be replaced when the heap grows, so every access re-reads `this.mem`;
// `exit` unwinds the interpreter with ProgramExit (the driver turns it into the process's status).

import type { HostFn, Interpreter, MirValue } from './interp.js';

export class ProgramExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export interface HostIO {
  write(fd: number, bytes: Uint8Array): void;
  args: string[];
}

/** C's `%.<p>g`. */
function fmtG(x: number, p: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const s = x.toExponential(p - 1);
  const [mant, expS] = s.split('e') as [string, string];
  const e = parseInt(expS, 10);
  const strip = (t: string) => (t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t);
  if (e < -4 || e >= p) {
    const ae = Math.abs(e);
    return `${strip(mant)}e${e < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
  }
  return strip(x.toFixed(Math.max(0, p - 1 - e)));
}

/** Std.string of a Float as Haxe's reference interpreter prints it (12, then 15, then 18 digits). */
export function formatFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? 'neg_infinity' : 'infinity';
  for (const p of [12, 15]) {
    const s = fmtG(x, p);
    if (Number(s) === x) return s;
  }
  return fmtG(x, 18);
}

export function makeHost(io: HostIO): Record<string, HostFn> {
  const enc = new TextEncoder();
  const start = performance.now();
  const f1 = (fn: (x: number) => number): HostFn => (x) => fn(Number(x));
  return {
    rayzor_host_write(this: Interpreter, fd: MirValue, buf: MirValue, len: MirValue) {
      const b = new Uint8Array(this.mem.buffer, Number(buf), Number(len)).slice();
      io.write(Number(fd), b);
    },
    rayzor_host_exit(code: MirValue) {
      throw new ProgramExit(Number(code));
    },
    rayzor_host_time: () => Date.now() / 1000,
    rayzor_host_cpuTime: () => (performance.now() - start) / 1000,
    rayzor_host_argCount: () => io.args.length,
    rayzor_host_argLength: (i: MirValue) => (io.args[Number(i)] ?? '').length,
    rayzor_host_argCopy(this: Interpreter, i: MirValue, buf: MirValue) {
      const s = io.args[Number(i)] ?? '';
      for (let k = 0; k < s.length; k++) this.mem.setUint16(Number(buf) + 2 * k, s.charCodeAt(k), true);
    },
    rayzor_host_formatFloat(this: Interpreter, f: MirValue, buf: MirValue) {
      const s = enc.encode(formatFloat(Number(f)));
      new Uint8Array(this.mem.buffer).set(s, Number(buf));
      return s.length;
    },
    rayzor_host_parseFloat(this: Interpreter, buf: MirValue, len: MirValue) {
      let s = '';
      for (let k = 0; k < Number(len); k++) s += String.fromCharCode(this.mem.getUint16(Number(buf) + 2 * k, true));
      return parseFloat(s);
    },
    rayzor_host_sin: f1(Math.sin),
    rayzor_host_cos: f1(Math.cos),
    rayzor_host_tan: f1(Math.tan),
    rayzor_host_asin: f1(Math.asin),
    rayzor_host_acos: f1(Math.acos),
    rayzor_host_atan: f1(Math.atan),
    rayzor_host_exp: f1(Math.exp),
    rayzor_host_log: f1(Math.log),
    rayzor_host_atan2: (y, x) => Math.atan2(Number(y), Number(x)),
    rayzor_host_pow: (x, y) => Math.pow(Number(x), Number(y)),
  };
}
