// MIR text form, in the style of Cranelift's: what `--dump-after` and filetests show.
// Takes: a module or function. Gives: text that `readModule` parses back to an equal function (the
// printer → reader → printer round trip is tested on every filetest).
// Invariant: values print as `v7`, blocks as `bb3`, functions as `@Main.fib`; one instruction a line;
// `annotate` adds `; …` comment lines after chosen instructions (the verifier's error report).

import type { BlockCall, Inst, MirFunction, MirModule, Signature, Terminator } from './mir.js';

export function sigText(s: Signature): string {
  const res = s.results.length === 0 ? '' : s.results.length === 1 ? ` -> ${s.results[0]}` : ` -> (${s.results.join(', ')})`;
  return `(${s.params.join(', ')})${res}`;
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
      return `${res}call @${i.callee}(${i.args.map(v).join(', ')})`;
    case 'call_indirect':
      return `${res}call_indirect ${i.callee} ${v(i.args[0]!)}(${i.args.slice(1).map(v).join(', ')})`;
    case 'funcref':
      return `${res}funcref @${i.callee}`;
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
  }
}

/** Print a function; `notes` maps "block:index" (index = insts.length for the terminator) to comments. */
export function printFunction(f: MirFunction, notes?: Map<string, string[]>): string {
  if (f.external) return `declare @${f.name}${sigText(f.sig)}\n`;
  const out = [`function @${f.name}${sigText(f.sig)} {`];
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

export function printModule(m: MirModule): string {
  return m.funcs.map((f) => printFunction(f)).join('\n');
}
