// Support for the LLVM backend's golden tests: the `; run:` lines of tests/llvm/*.mir (the filetest
// syntax: `@f(1, 2) == 3`, `traps MSG`, `throws`) as a MIR dispatcher function appended to the
// module, so that one executable runs any line (RZ_TEST=index), and the result parsing.
// Takes: the .mir text. Gives: the run lines, the harness MIR, the expected and actual values.
// Invariant: results cross the process boundary exactly: integers in decimal, floats as bit patterns
// (tests/llvm/harness.c prints them).

import type { MirModule, MirType, Signature } from '../../src/mir/mir.js';

export interface RunLine {
  text: string;
  fn: string;
  args: string[];
  expect: { k: 'value'; text: string } | { k: 'trap'; message: string } | { k: 'throws' };
}

export function parseRunLines(text: string): RunLine[] {
  return [...text.matchAll(/^; run: (.*)$/gm)].map((m) => {
    const line = m[1]!.trim();
    const r = /^@([\w.$<>]+)\(([^)]*)\)\s*(?:==\s*(\S+)|traps\s+(.+)|(throws))$/.exec(line);
    if (!r) throw new Error(`bad run line: ${line}`);
    const args = r[2]!.trim() ? r[2]!.split(',').map((a) => a.trim()) : [];
    const expect: RunLine['expect'] = r[3] !== undefined ? { k: 'value', text: r[3] } : r[4] !== undefined ? { k: 'trap', message: r[4].trim() } : { k: 'throws' };
    return { text: line, fn: r[1]!, args, expect };
  });
}

/** MIR text of @rz_test_main: switch on rz_test_which(), call line k's function, print its result. */
export function harnessMir(m: MirModule, lines: RunLine[]): string {
  const sig = (name: string): Signature => {
    const f = m.funcs.find((x) => x.name === name);
    if (!f) throw new Error(`no function @${name}`);
    return f.sig;
  };
  const out = ['declare @rz_test_which() -> i32', 'declare @rz_test_i32(i32)', 'declare @rz_test_i64(i64)', 'declare @rz_test_f64(f64)', '', 'function @rz_test_main() {', 'bb0:', '    v0 = call @rz_test_which()'];
  let v = 1;
  const cases = lines.map((_, k) => `${k}: bb${k + 1}`);
  out.push(`    switch v0, [${cases.join(', ')}], bb${lines.length + 1}`);
  lines.forEach((line, k) => {
    out.push(`bb${k + 1}:`);
    const s = sig(line.fn);
    const args = line.args.map((a, i) => {
      const t = s.params[i]!;
      const id = v++;
      out.push(`    v${id} = ${t === 'f32' || t === 'f64' ? 'fconst' : 'iconst'}.${t} ${a}`);
      return `v${id}`;
    });
    const res = s.results.map(() => `v${v++}`);
    out.push(`    ${res.length ? `${res.join(', ')} = ` : ''}call @${line.fn}(${args.join(', ')})`);
    const r0 = res[0];
    const t0: MirType | undefined = s.results[0];
    if (r0 && t0) {
      if (t0 === 'i32' || t0 === 'i64') out.push(`    call @rz_test_${t0}(${r0})`);
      else if (t0 === 'f64') out.push(`    call @rz_test_f64(${r0})`);
      else if (t0 === 'f32') {
        const w = `v${v++}`;
        out.push(`    ${w} = fconv.f64 ${r0}`, `    call @rz_test_f64(${w})`);
      }
    }
    out.push('    ret');
  });
  out.push(`bb${lines.length + 1}:`, '    ret', '}');
  return out.join('\n') + '\n';
}

/** A value as the harness prints it (`i 42`, `f <bits>`), from MIR constant text of a result type. */
export function expectedOutput(text: string, t: MirType): string {
  if (t === 'i32' || t === 'i64') return `i ${BigInt(text).toString()}`;
  const x = text === 'nan' ? NaN : text === 'inf' ? Infinity : text === '-inf' ? -Infinity : Number(text);
  return `f ${floatBits(t === 'f32' ? Math.fround(x) : x)}`;
}

export function floatBits(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Whether two harness outputs denote the same value (every NaN is the same NaN). */
export function sameOutput(a: string, b: string): boolean {
  if (a === b) return true;
  const nan = (s: string) => {
    const m = /^f ([0-9a-f]{16})$/.exec(s);
    if (!m) return false;
    const bits = BigInt(`0x${m[1]}`);
    return (bits & 0x7ff0000000000000n) === 0x7ff0000000000000n && (bits & 0xfffffffffffffn) !== 0n;
  };
  return nan(a) && nan(b);
}
