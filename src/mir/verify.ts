// The MIR verifier. Takes: a module. Gives: a list of errors, each located at an instruction, and a
// report that prints the offending function annotated with `; error:` lines.
//
// Rules checked (each error names its rule):
//   R1  a function has at least one block; the entry block's parameters match the signature's params
//   R2  every block ends with exactly one terminator (the reader/builder enforce "exactly")
//   R3  every value is defined exactly once (a block parameter or an instruction result)
//   R4  every use refers to a defined value whose definition dominates the use
//   R5  operand and result types fit the opcode (integer/float class, type suffix, fixed types)
//   R6  branch targets exist; block-call arguments match the target's parameters in number and type
//   R7  `br` conditions are i32; `switch` values are i32 or i64; `switch` case values are distinct
//   R8  `ret` values match the function's result types
//   R9  direct calls name a function of the module with the arguments and results of its signature;
//       indirect calls take an i32 table index first; `funcref` names a function of the module
//   R10 the entry block has no predecessors
//   R11 memory operands are ptr values; offsets are non-negative
//   R12 allocation operands: malloc(i32 size) -> ptr, realloc(ptr, i32, i32) -> ptr, free(ptr, i32)
//   R13 bulk memory and static data: memcpy(ptr, ptr, i32), memset(ptr, i32, i32); `gaddr +N` lies
//       inside the data image (N <= its length)
//   R14 `throw` throws a ptr value
//   R15 `invoke` calls as R9 says; its normal successor takes the callee's results as its leading
//       parameters (same types), then the edge's arguments; its unwind successor takes a ptr first,
//       then the edge's arguments; the two successors are different blocks
//   R16 module: table entries name functions of the module, each once; each relocation lies inside
//       the data image (4 bytes) at a distinct offset, and the offset stored there points into it
// Module-level errors (R16) have block -1 and func ''.

import { OPS, parseSignature, termCalls, type BlockCall, type Inst, type MirFunction, type MirModule, type MirType, type Signature, type ValueId } from './mir.js';
import { printFunction } from './print.js';

export interface VerifyError {
  func: string;
  block: number; // -1: function level
  index: number; // instruction index, insts.length for the terminator, -1 for the block header
  rule: string;
  message: string;
}

function successors(f: MirFunction, b: number): BlockCall[] {
  return termCalls(f.blocks[b]?.term);
}

/** Immediate dominators (Cooper, Harvey, Kennedy), over blocks reachable from the entry. */
export function dominators(f: MirFunction): (number | undefined)[] {
  const n = f.blocks.length;
  // Post-order by an explicit stack: functions can have far more blocks than the JS stack has frames.
  const order: number[] = [];
  const seen = new Array<boolean>(n).fill(false);
  if (n > 0) {
    const stack: { b: number; succ: BlockCall[]; i: number }[] = [{ b: 0, succ: successors(f, 0), i: 0 }];
    seen[0] = true;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.i < top.succ.length) {
        const s = top.succ[top.i++]!.block;
        if (s < n && !seen[s]) {
          seen[s] = true;
          stack.push({ b: s, succ: successors(f, s), i: 0 });
        }
      } else {
        order.push(top.b);
        stack.pop();
      }
    }
  }
  const rpo = order.reverse();
  const index = new Map(rpo.map((b, i) => [b, i]));
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const b of rpo) for (const s of successors(f, b)) if (s.block < n) preds[s.block]!.push(b);
  const idom: (number | undefined)[] = new Array(n).fill(undefined);
  idom[0] = 0;
  let changed = true;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (index.get(a)! > index.get(b)!) a = idom[a]!;
      while (index.get(b)! > index.get(a)!) b = idom[b]!;
    }
    return a;
  };
  while (changed) {
    changed = false;
    for (const b of rpo.slice(1)) {
      let nd: number | undefined;
      for (const p of preds[b]!) if (idom[p] !== undefined) nd = nd === undefined ? p : intersect(p, nd);
      if (nd !== undefined && idom[b] !== nd) {
        idom[b] = nd;
        changed = true;
      }
    }
  }
  return idom;
}

/** Pre/post numbers of the dominator tree, so "a dominates b" is an interval test (O(1)). */
function domIntervals(idom: (number | undefined)[]): { pre: number[]; post: number[] } {
  const n = idom.length;
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let b = 1; b < n; b++) if (idom[b] !== undefined) children[idom[b]!]!.push(b);
  const pre = new Array<number>(n).fill(-1);
  const post = new Array<number>(n).fill(-1);
  let clock = 0;
  if (n > 0) {
    const stack: { b: number; i: number }[] = [{ b: 0, i: 0 }];
    pre[0] = clock++;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const kids = children[top.b]!;
      if (top.i < kids.length) {
        const c = kids[top.i++]!;
        pre[c] = clock++;
        stack.push({ b: c, i: 0 });
      } else {
        post[top.b] = clock++;
        stack.pop();
      }
    }
  }
  return { pre, post };
}

export function verifyModule(m: MirModule): VerifyError[] {
  const errors: VerifyError[] = [];
  const funcs = new Map(m.funcs.map((f) => [f.name, f]));
  verifyModuleLevel(m, funcs, errors);
  const dataLength = m.data?.bytes.length ?? 0;
  for (const f of m.funcs) if (!f.external) verifyFunction(f, funcs, dataLength, errors);
  return errors;
}

function verifyModuleLevel(m: MirModule, funcs: Map<string, MirFunction>, errors: VerifyError[]): void {
  const err = (message: string) => errors.push({ func: '', block: -1, index: -1, rule: 'R16', message });
  const seen = new Set<string>();
  for (const name of m.table ?? []) {
    if (!funcs.has(name)) err(`table entry @${name} is not a function of the module`);
    if (seen.has(name)) err(`table entry @${name} appears twice`);
    seen.add(name);
  }
  const bytes = m.data?.bytes ?? new Uint8Array(0);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = new Set<number>();
  for (const r of m.data?.relocs ?? []) {
    if (at.has(r)) err(`relocation at ${r} appears twice`);
    at.add(r);
    if (r + 4 > bytes.length) err(`relocation at ${r} lies outside the data image (${bytes.length} bytes)`);
    else if (view.getUint32(r, true) > bytes.length) err(`relocation at ${r} points to ${view.getUint32(r, true)}, outside the data image`);
  }
}

function verifyFunction(f: MirFunction, funcs: Map<string, MirFunction>, dataLength: number, errors: VerifyError[]): void {
  const err = (block: number, index: number, rule: string, message: string): void => {
    errors.push({ func: f.name, block, index, rule, message });
  };
  if (f.blocks.length === 0) return err(-1, -1, 'R1', 'function has no blocks');
  const entry = f.blocks[0]!;
  if (entry.params.length !== f.sig.params.length || entry.params.some((p, i) => f.values[p]?.type !== f.sig.params[i])) {
    err(0, -1, 'R1', `entry block parameters do not match the signature (${f.sig.params.join(', ')})`);
  }
  // R3: definitions.
  const defs = new Map<ValueId, { block: number; index: number }>();
  const define = (v: ValueId, block: number, index: number) => {
    if (defs.has(v)) err(block, index, 'R3', `v${v} is defined more than once`);
    else defs.set(v, { block, index });
  };
  f.blocks.forEach((b, bi) => {
    b.params.forEach((p) => define(p, bi, -1));
    b.insts.forEach((inst, ii) => inst.results.forEach((r) => define(r, bi, ii)));
    if (!b.term) err(bi, b.insts.length, 'R2', `bb${bi} has no terminator`);
  });
  const idom = dominators(f);
  const { pre, post } = domIntervals(idom);
  const dominates = (a: number, b: number) => pre[a]! <= pre[b]! && post[b]! <= post[a]!;
  const type = (v: ValueId): MirType | undefined => f.values[v]?.type;
  const use = (v: ValueId, block: number, index: number) => {
    const d = defs.get(v);
    if (!d) return err(block, index, 'R4', `v${v} is used but never defined`);
    if (idom[block] === undefined) return; // unreachable code: no dominance to check
    if (d.block === block ? d.index >= index : !dominates(d.block, block)) err(block, index, 'R4', `v${v} does not dominate this use`);
  };
  const expect = (v: ValueId, t: MirType | MirType[], block: number, index: number, rule: string, what: string) => {
    const ts = Array.isArray(t) ? t : [t];
    const got = type(v);
    if (got && !ts.includes(got)) err(block, index, rule, `${what} v${v} is ${got}, expected ${ts.join(' or ')}`);
  };
  // `implicit`: the leading parameters an invoke edge fills itself (results, or the thrown value),
  // with their types; the edge's arguments fill the rest.
  const checkCall = (c: BlockCall, block: number, index: number, implicit?: { types: MirType[]; what: string }) => {
    const target = f.blocks[c.block];
    if (!target) return err(block, index, 'R6', `bb${c.block} does not exist`);
    if (c.block === 0) err(block, index, 'R10', 'the entry block cannot be a branch target');
    const k = implicit?.types.length ?? 0;
    if (implicit && target.params.length !== k + c.args.length) {
      return err(block, index, 'R15', `bb${c.block} takes ${target.params.length} parameters; the ${implicit.what} gives ${k} and ${c.args.length} arguments`);
    }
    if (target.params.length !== c.args.length + k) return err(block, index, 'R6', `bb${c.block} takes ${target.params.length} arguments, given ${c.args.length}`);
    implicit?.types.forEach((t, i) => {
      const got = type(target.params[i]!);
      if (got && got !== t) err(block, index, 'R15', `parameter ${i} of bb${c.block} is ${got}, the ${implicit.what} gives ${t}`);
    });
    c.args.forEach((a, i) => {
      use(a, block, index);
      const want = type(target.params[i + k]!);
      if (want) expect(a, want, block, index, 'R6', `argument ${i} to bb${c.block}`);
    });
  };
  f.blocks.forEach((b, bi) => {
    b.insts.forEach((inst, ii) => {
      for (const a of inst.args) use(a, bi, ii);
      checkInst(f, inst, bi, ii, funcs, dataLength, err, expect, type);
    });
    const t = b.term;
    if (!t) return;
    const ti = b.insts.length;
    switch (t.k) {
      case 'jump': checkCall(t.to, bi, ti); break;
      case 'br':
        use(t.cond, bi, ti);
        expect(t.cond, 'i32', bi, ti, 'R7', 'branch condition');
        checkCall(t.then, bi, ti);
        checkCall(t.else, bi, ti);
        break;
      case 'switch': {
        use(t.value, bi, ti);
        expect(t.value, ['i32', 'i64'], bi, ti, 'R7', 'switch value');
        const seen = new Set<string>();
        for (const c of t.cases) {
          if (seen.has(c.value)) err(bi, ti, 'R7', `switch case ${c.value} appears twice`);
          seen.add(c.value);
          checkCall(c.to, bi, ti);
        }
        checkCall(t.default, bi, ti);
        break;
      }
      case 'ret':
        t.values.forEach((v) => use(v, bi, ti));
        if (t.values.length !== f.sig.results.length) err(bi, ti, 'R8', `ret gives ${t.values.length} values, the function returns ${f.sig.results.length}`);
        else t.values.forEach((v, i) => expect(v, f.sig.results[i]!, bi, ti, 'R8', `return value ${i}`));
        break;
      case 'unreachable':
        break;
      case 'throw':
        use(t.value, bi, ti);
        expect(t.value, 'ptr', bi, ti, 'R14', 'thrown value');
        break;
      case 'invoke': {
        t.args.forEach((a) => use(a, bi, ti));
        let sig: Signature | undefined;
        let args = t.args;
        if (t.indirect) {
          sig = parseSignature(t.callee);
          if (!sig) err(bi, ti, 'R15', `bad signature '${t.callee}'`);
          if (args.length === 0) err(bi, ti, 'R15', 'invoke_indirect needs a table index');
          else expect(args[0]!, 'i32', bi, ti, 'R15', 'table index');
          args = args.slice(1);
        } else {
          sig = funcs.get(t.callee)?.sig;
          if (!sig) err(bi, ti, 'R15', `invoke of unknown function @${t.callee}`);
        }
        if (sig) {
          const what = t.indirect ? 'the signature' : `@${t.callee}`;
          if (args.length !== sig.params.length) err(bi, ti, 'R15', `${what} takes ${sig.params.length} arguments, given ${args.length}`);
          else args.forEach((x, i) => expect(x, sig!.params[i]!, bi, ti, 'R15', `argument ${i}`));
          checkCall(t.to, bi, ti, { types: sig.results, what: 'call' });
        } else t.to.args.forEach((a) => use(a, bi, ti));
        checkCall(t.unwind, bi, ti, { types: ['ptr'], what: 'unwind edge' });
        if (t.to.block === t.unwind.block) err(bi, ti, 'R15', 'the normal and unwind successors must be different blocks');
        break;
      }
    }
  });
}

const INT: MirType[] = ['i32', 'i64'];
const FLOAT: MirType[] = ['f32', 'f64'];

function checkInst(
  f: MirFunction, inst: Inst, bi: number, ii: number, funcs: Map<string, MirFunction>, dataLength: number,
  err: (b: number, i: number, rule: string, m: string) => void,
  expect: (v: ValueId, t: MirType | MirType[], b: number, i: number, rule: string, what: string) => void,
  type: (v: ValueId) => MirType | undefined,
): void {
  const info = OPS[inst.op];
  const t = inst.type;
  if (info.typed && t) {
    const cls = info.class === 'int' ? INT : info.class === 'float' ? FLOAT : undefined;
    // ptr takes part in integer comparisons and loads/stores.
    if (cls && !cls.includes(t) && !(t === 'ptr' && (inst.op === 'ieq' || inst.op === 'ine'))) err(bi, ii, 'R5', `${inst.op} does not take type ${t}`);
  }
  if (info.args >= 0 && inst.args.length !== info.args) err(bi, ii, 'R5', `${inst.op} takes ${info.args} operands, given ${inst.args.length}`);
  const res = inst.results[0];
  const resultWant = info.result === 'same' ? t : info.result === 'none' || info.result === 'call' ? undefined : info.result;
  if (info.result !== 'call') {
    if (info.result === 'none' && inst.results.length) err(bi, ii, 'R5', `${inst.op} has no result`);
    if (info.result !== 'none' && inst.results.length !== 1) err(bi, ii, 'R5', `${inst.op} has one result`);
    if (res !== undefined && resultWant && type(res) !== resultWant) err(bi, ii, 'R5', `result v${res} is ${type(res)}, ${inst.op} gives ${resultWant}`);
  }
  const a = inst.args;
  switch (inst.op) {
    case 'iadd': case 'isub': case 'imul': case 'sdiv': case 'udiv': case 'srem': case 'urem': case 'and': case 'or': case 'xor':
    case 'shl': case 'sshr': case 'ushr': case 'fadd': case 'fsub': case 'fmul': case 'fdiv': case 'fneg':
    case 'fsqrt': case 'ffloor': case 'fceil': case 'ftrunc': case 'fabs': case 'fmin': case 'fmax':
    case 'ieq': case 'ine': case 'slt': case 'sle': case 'ult': case 'ule': case 'feq': case 'fne': case 'flt': case 'fle':
      a.forEach((x) => expect(x, t!, bi, ii, 'R5', `operand of ${inst.op}`));
      break;
    case 'sext': case 'zext': if (t !== 'i64') err(bi, ii, 'R5', `${inst.op} widens to i64`); a.forEach((x) => expect(x, 'i32', bi, ii, 'R5', 'operand')); break;
    case 'ptrtoint': a.forEach((x) => expect(x, 'ptr', bi, ii, 'R5', 'operand')); break;
    case 'trunc': if (t !== 'i32') err(bi, ii, 'R5', 'trunc narrows to i32'); a.forEach((x) => expect(x, 'i64', bi, ii, 'R5', 'operand')); break;
    case 'sitof': a.forEach((x) => expect(x, INT, bi, ii, 'R5', 'operand')); break;
    case 'ftosi': a.forEach((x) => expect(x, FLOAT, bi, ii, 'R5', 'operand')); break;
    case 'fconv': a.forEach((x) => expect(x, FLOAT, bi, ii, 'R5', 'operand')); break;
    case 'select': expect(a[0]!, 'i32', bi, ii, 'R5', 'select condition'); a.slice(1).forEach((x) => expect(x, t!, bi, ii, 'R5', 'select operand')); break;
    case 'load': case 'load8s': case 'load8u': case 'load16s': case 'load16u':
      expect(a[0]!, 'ptr', bi, ii, 'R11', 'address');
      break;
    case 'store': case 'store8': case 'store16':
      expect(a[0]!, t!, bi, ii, 'R5', 'stored value');
      expect(a[1]!, 'ptr', bi, ii, 'R11', 'address');
      break;
    case 'ptradd': expect(a[0]!, 'ptr', bi, ii, 'R11', 'base'); expect(a[1]!, 'i32', bi, ii, 'R11', 'offset'); break;
    case 'malloc': expect(a[0]!, 'i32', bi, ii, 'R12', 'size'); break;
    case 'realloc': expect(a[0]!, 'ptr', bi, ii, 'R12', 'pointer'); expect(a[1]!, 'i32', bi, ii, 'R12', 'old size'); expect(a[2]!, 'i32', bi, ii, 'R12', 'new size'); break;
    case 'free': expect(a[0]!, 'ptr', bi, ii, 'R12', 'pointer'); expect(a[1]!, 'i32', bi, ii, 'R12', 'size'); break;
    case 'call': {
      const callee = funcs.get(inst.callee ?? '');
      if (!callee) {
        err(bi, ii, 'R9', `call of unknown function @${inst.callee}`);
        break;
      }
      if (a.length !== callee.sig.params.length) err(bi, ii, 'R9', `@${callee.name} takes ${callee.sig.params.length} arguments, given ${a.length}`);
      else a.forEach((x, i) => expect(x, callee.sig.params[i]!, bi, ii, 'R9', `argument ${i}`));
      if (inst.results.length !== callee.sig.results.length) err(bi, ii, 'R9', `@${callee.name} returns ${callee.sig.results.length} values, ${inst.results.length} taken`);
      else inst.results.forEach((r, i) => type(r) !== callee.sig.results[i] && err(bi, ii, 'R9', `result v${r} is ${type(r)}, @${callee.name} returns ${callee.sig.results[i]}`));
      break;
    }
    case 'call_indirect': {
      if (a.length === 0) err(bi, ii, 'R9', 'call_indirect needs a table index');
      else expect(a[0]!, 'i32', bi, ii, 'R9', 'table index');
      const sig = parseSignature(inst.callee ?? '');
      if (!sig) {
        err(bi, ii, 'R9', `bad signature '${inst.callee}'`);
        break;
      }
      const rest = a.slice(1);
      if (rest.length !== sig.params.length) err(bi, ii, 'R9', `the signature takes ${sig.params.length} arguments, given ${rest.length}`);
      else rest.forEach((x, i) => expect(x, sig.params[i]!, bi, ii, 'R9', `argument ${i}`));
      if (inst.results.length !== sig.results.length) err(bi, ii, 'R9', `the signature returns ${sig.results.length} values, ${inst.results.length} taken`);
      else inst.results.forEach((r, i) => type(r) !== sig.results[i] && err(bi, ii, 'R9', `result v${r} is ${type(r)}, the signature returns ${sig.results[i]}`));
      break;
    }
    case 'gaddr': {
      const off = Number(inst.imm);
      if (!/^\d+$/.test(inst.imm ?? '') || off > dataLength) err(bi, ii, 'R13', `gaddr +${inst.imm} lies outside the data image (${dataLength} bytes)`);
      break;
    }
    case 'memcpy': expect(a[0]!, 'ptr', bi, ii, 'R13', 'destination'); expect(a[1]!, 'ptr', bi, ii, 'R13', 'source'); expect(a[2]!, 'i32', bi, ii, 'R13', 'length'); break;
    case 'memset': expect(a[0]!, 'ptr', bi, ii, 'R13', 'destination'); expect(a[1]!, 'i32', bi, ii, 'R13', 'byte'); expect(a[2]!, 'i32', bi, ii, 'R13', 'length'); break;
    case 'funcref':
      if (!funcs.has(inst.callee ?? '')) err(bi, ii, 'R9', `funcref of unknown function @${inst.callee}`);
      break;
    case 'iconst':
      if (t === 'f32' || t === 'f64') err(bi, ii, 'R5', `iconst does not take type ${t}`);
      if (!/^-?(0x[0-9a-fA-F]+|\d+)$/.test(inst.imm ?? '')) err(bi, ii, 'R5', `bad integer constant ${inst.imm}`);
      break;
    case 'fconst':
      if (Number.isNaN(Number(inst.imm)) && !['nan', 'inf', '-inf'].includes(inst.imm ?? '')) err(bi, ii, 'R5', `bad float constant ${inst.imm}`);
      break;
  }
  void f;
}

/** The function(s) with errors, printed with `; error: [rule] message` after the faulty line. */
export function formatVerifyErrors(m: MirModule, errors: VerifyError[]): string {
  const out: string[] = errors.filter((e) => e.func === '').map((e) => `; module error: [${e.rule}] ${e.message}\n`);
  for (const f of m.funcs) {
    const mine = errors.filter((e) => e.func === f.name);
    if (mine.length === 0) continue;
    const notes = new Map<string, string[]>();
    for (const e of mine) {
      const k = `${e.block}:${e.index}`;
      notes.set(k, [...(notes.get(k) ?? []), `[${e.rule}] ${e.message}`]);
    }
    out.push(printFunction(f, notes));
  }
  return out.join('\n');
}
