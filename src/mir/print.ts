// MIR text form, in the style of Cranelift's: what `--dump-after` and filetests show.
// Takes: a module or function. Gives: text that `readModule` parses back to an equal function (the
// printer → reader → printer round trip is tested on every filetest).
// Invariant: values print as `v7`, blocks as `bb3`, functions as `@Main.fib`; one instruction a line;
// `annotate` adds `; …` comment lines after chosen instructions (the verifier's error report).
// A module opens with its table (`table @a, @b`, 8 names a line), data image (`data 0a0b…`, 32 bytes
// a line, in hex) and relocations (`relocs 8, 16`, 16 a line); each is omitted when empty.
// Function names print bare (`@rayzor.Vec<Int>.push`) when made of letters, digits, `_ . $ < >`, else
// quoted as a JSON string (`@"Map<String,(Int)->Int>.get"`), so any name reads back.

import type { BlockCall, Inst, MirFunction, MirModule, Signature, Terminator } from './mir.js';

export function sigText(s: Signature): string {
  const res = s.results.length === 0 ? '' : s.results.length === 1 ? ` -> ${s.results[0]}` : ` -> (${s.results.join(', ')})`;
  return `(${s.params.join(', ')})${res}`;
}

const BARE_NAME = /^[\w.$<>]+$/;

/** `@name`, quoted when the name has characters the text syntax uses (commas, parentheses, spaces…). */
export function fnRef(name: string): string {
  // `;` starts a comment in MIR text, so it is escaped even inside quotes.
  return BARE_NAME.test(name) ? `@${name}` : `@${JSON.stringify(name).replace(/;/g, '\\u003b')}`;
}

function v(id: number): string {
  return `v${id}`;
}

function callText(c: BlockCall): string {
  return c.args.length ? `bb${c.block}(${c.args.map(v).join(', ')})` : `bb${c.block}`;
}

export function instText(i: Inst): string {
  const res = i.results.length ? `${i.results.map(v).join(', ')} = ` : '';
  const op = i.type ? `${i.op}.${i.type}` : i.op;
  switch (i.op) {
    case 'iconst':
    case 'fconst':
      return `${res}${op} ${i.imm}`;
    case 'call':
      return `${res}call ${fnRef(i.callee!)}(${i.args.map(v).join(', ')})`;
    case 'call_indirect':
      return `${res}call_indirect ${i.callee} ${v(i.args[0]!)}(${i.args.slice(1).map(v).join(', ')})`;
    case 'funcref':
      return `${res}funcref ${fnRef(i.callee!)}`;
    case 'gaddr':
      return `${res}gaddr +${i.imm ?? '0'}`;
    case 'load': case 'load8s': case 'load8u': case 'load16s': case 'load16u':
    case 'store': case 'store8': case 'store16':
      return `${res}${op} ${i.args.map(v).join(', ')}${i.imm && i.imm !== '0' ? ` +${i.imm}` : ''}`;
    default:
      return `${res}${op} ${i.args.map(v).join(', ')}`.trimEnd();
  }
}

export function termText(t: Terminator): string {
  switch (t.k) {
    case 'jump': return `jump ${callText(t.to)}`;
    case 'br': return `br ${v(t.cond)}, ${callText(t.then)}, ${callText(t.else)}`;
    case 'switch': return `switch ${v(t.value)}, [${t.cases.map((c) => `${c.value}: ${callText(c.to)}`).join(', ')}], ${callText(t.default)}`;
    case 'ret': return t.values.length ? `ret ${t.values.map(v).join(', ')}` : 'ret';
    case 'unreachable': return 'unreachable';
    case 'throw': return `throw ${v(t.value)}`;
    case 'invoke': {
      const call = t.indirect
        ? `invoke_indirect ${t.callee} ${v(t.args[0]!)}(${t.args.slice(1).map(v).join(', ')})`
        : `invoke ${fnRef(t.callee)}(${t.args.map(v).join(', ')})`;
      return `${call} to ${callText(t.to)} unwind ${callText(t.unwind)}`;
    }
  }
}

/** Print a function; `notes` maps "block:index" (index = insts.length for the terminator) to comments. */
export function printFunction(f: MirFunction, notes?: Map<string, string[]>): string {
  if (f.external) return `declare ${fnRef(f.name)}${sigText(f.sig)}\n`;
  const out = [`function ${fnRef(f.name)}${sigText(f.sig)} {`];
  const note = (b: number, i: number) => {
    for (const n of notes?.get(`${b}:${i}`) ?? []) out.push(`    ; error: ${n}`);
  };
  f.blocks.forEach((b, bi) => {
    const params = b.params.map((p) => `${v(p)}: ${f.values[p]?.type ?? '?'}`).join(', ');
    out.push(params ? `bb${bi}(${params}):` : `bb${bi}:`);
    note(bi, -1);
    b.insts.forEach((inst, ii) => {
      out.push(`    ${instText(inst)}`);
      note(bi, ii);
    });
    if (b.term) out.push(`    ${termText(b.term)}`);
    note(bi, b.insts.length);
  });
  note(-1, -1);
  out.push('}');
  return out.join('\n') + '\n';
}

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** The module-level lines (table, data, relocs), each ending with a newline; '' when all are empty. */
export function printModuleHeader(m: MirModule): string {
  const out: string[] = [];
  for (const c of chunks(m.table ?? [], 8)) out.push(`table ${c.map(fnRef).join(', ')}`);
  const bytes = m.data?.bytes ?? new Uint8Array(0);
  for (let i = 0; i < bytes.length; i += 32) {
    out.push(`data ${Array.from(bytes.subarray(i, i + 32), (b) => b.toString(16).padStart(2, '0')).join('')}`);
  }
  for (const c of chunks(m.data?.relocs ?? [], 16)) out.push(`relocs ${c.join(', ')}`);
  return out.length ? out.join('\n') + '\n' : '';
}

export function printModule(m: MirModule): string {
  const head = printModuleHeader(m);
  const body = m.funcs.map((f) => printFunction(f)).join('\n');
  return head && body ? `${head}\n${body}` : head + body;
}
