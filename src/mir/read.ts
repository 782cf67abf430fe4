// Reading MIR text (the printer's format) back into a module: filetests are written in it.
// Takes: text. Gives: { module } or { error: "line N: message" }; never throws.
// Invariant: value and block ids are taken from the text (`v7` is value 7); types of values come
// from block parameter declarations and from each opcode's result rule, so the reader needs no type
// annotations on instruction results. Module-level lines (`table`, `data`, `relocs`) may appear
// anywhere outside a function and accumulate in order; a text without them has an empty table and
// data image. Every `funcref` target missing from the table is appended (`fillTable`), as executors do.
// A function name is bare (`@Main.f`, `@Vec<Int>.push`) or a quoted JSON string (`@"A<B,C>.f"`).

import { MIR_TYPES, OPS, fillTable, type Block, type BlockCall, type Inst, type MirFunction, type MirModule, type MirType, type Opcode, type Signature, type Terminator } from './mir.js';

class ReadError {
  constructor(readonly message: string) {}
}

function fail(msg: string): never {
  throw new ReadError(msg);
}

function parseType(s: string): MirType {
  const t = s.trim() as MirType;
  if (!MIR_TYPES.includes(t)) fail(`unknown type '${s.trim()}'`);
  return t;
}

function parseSig(s: string): Signature {
  const m = /^\(([^)]*)\)\s*(?:->\s*(.+))?$/.exec(s.trim());
  if (!m) fail(`bad signature '${s}'`);
  const params = m[1]!.trim() ? m[1]!.split(',').map(parseType) : [];
  let results: MirType[] = [];
  if (m[2]) {
    const r = m[2].trim();
    results = r.startsWith('(') ? (r.slice(1, -1).trim() ? r.slice(1, -1).split(',').map(parseType) : []) : [parseType(r)];
  }
  return { params, results };
}

function valueId(s: string): number {
  const m = /^v(\d+)$/.exec(s.trim());
  if (!m) fail(`expected a value, found '${s.trim()}'`);
  return Number(m[1]);
}

function blockCall(s: string): BlockCall {
  const m = /^bb(\d+)(?:\(([^)]*)\))?$/.exec(s.trim());
  if (!m) fail(`expected a block, found '${s.trim()}'`);
  return { block: Number(m[1]), args: m[2]?.trim() ? m[2].split(',').map(valueId) : [] };
}

/** Split on commas that are not inside brackets or parentheses. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

const BLOCK_CALL = 'bb\\d+(?:\\([^)]*\\))?';
const EDGES = `\\s+to\\s+(${BLOCK_CALL})\\s+unwind\\s+(${BLOCK_CALL})`;
const SIG = '\\([^)]*\\)(?:\\s*->\\s*(?:\\([^)]*\\)|\\w+))?';
// `@name` or `@"quoted name"`: group 1 is the bare name or the JSON string (decode with fnName).
const NAME = '@([\\w.$<>]+|"(?:[^"\\\\]|\\\\.)*")';
const INVOKE = new RegExp(`^${NAME}\\(([^)]*)\\)${EDGES}$`);
const CALL = new RegExp(`^${NAME}\\((.*)\\)$`);
const FUNCREF = new RegExp(`^${NAME}$`);
const HEADER = new RegExp(`^(function|declare)\\s+${NAME}\\s*(\\(.*?\\)(?:\\s*->\\s*(?:\\([^)]*\\)|\\w+))?)\\s*(\\{?)$`);
const TABLE_ENTRY = new RegExp(`\\s*${NAME}\\s*(,|$)`, 'y');

function fnName(token: string): string {
  if (!token.startsWith('"')) return token;
  try {
    return JSON.parse(token) as string;
  } catch {
    fail(`bad quoted name ${token}`);
  }
}
const INVOKE_INDIRECT = new RegExp(`^(${SIG})\\s+(v\\d+)\\(([^)]*)\\)${EDGES}$`);

function setTypeIn(f: MirFunction, v: number, t: MirType): void {
  while (f.values.length <= v) f.values.push({ type: 'i32', def: { k: 'none' } });
  f.values[v]!.type = t;
}

function valueList(s: string): number[] {
  return s.trim() ? s.split(',').map(valueId) : [];
}

function parseTerm(s: string): Terminator | undefined {
  const [word, ...rest] = s.split(/\s+/);
  const tail = s.slice(word!.length).trim();
  void rest;
  switch (word) {
    case 'jump': return { k: 'jump', to: blockCall(tail) };
    case 'br': {
      const parts = splitTop(tail);
      if (parts.length !== 3) fail('br needs a condition and two blocks');
      return { k: 'br', cond: valueId(parts[0]!), then: blockCall(parts[1]!), else: blockCall(parts[2]!) };
    }
    case 'switch': {
      const m = /^(v\d+)\s*,\s*\[(.*)\]\s*,\s*(.+)$/.exec(tail);
      if (!m) fail('switch needs a value, [cases] and a default block');
      const cases = m[2]!.trim() ? splitTop(m[2]!).map((c) => {
        const k = /^\s*(-?\d+)\s*:\s*(.+)$/.exec(c);
        if (!k) fail(`bad switch case '${c.trim()}'`);
        return { value: k[1]!, to: blockCall(k[2]!) };
      }) : [];
      return { k: 'switch', value: valueId(m[1]!), cases, default: blockCall(m[3]!) };
    }
    case 'ret': return { k: 'ret', values: tail ? tail.split(',').map(valueId) : [] };
    case 'unreachable': return { k: 'unreachable' };
    case 'throw': return { k: 'throw', value: valueId(tail) };
    case 'invoke': {
      const m = INVOKE.exec(tail);
      if (!m) fail(`bad invoke '${tail}'`);
      return { k: 'invoke', callee: fnName(m[1]!), indirect: false, args: valueList(m[2]!), to: blockCall(m[3]!), unwind: blockCall(m[4]!) };
    }
    case 'invoke_indirect': {
      const m = INVOKE_INDIRECT.exec(tail);
      if (!m) fail(`bad invoke_indirect '${tail}'`);
      parseSig(m[1]!);
      return {
        k: 'invoke', callee: m[1]!.replace(/\s+/g, ' '), indirect: true, args: [valueId(m[2]!), ...valueList(m[3]!)],
        to: blockCall(m[4]!), unwind: blockCall(m[5]!),
      };
    }
  }
  return undefined;
}

function parseInst(
  s: string, sigs: Map<string, Signature>, pending: (() => void)[], setType: (v: number, t: MirType) => void,
  fn: MirFunction,
): Inst {
  let results: number[] = [];
  let body = s;
  const eq = /^((?:v\d+\s*,\s*)*v\d+)\s*=\s*(.*)$/.exec(s);
  if (eq) {
    results = eq[1]!.split(',').map(valueId);
    body = eq[2]!;
  }
  const m = /^([a-z_0-9]+)(?:\.([a-z0-9]+))?\s*(.*)$/.exec(body);
  if (!m) fail(`cannot read instruction '${s}'`);
  const op = m[1] as Opcode;
  const info = OPS[op];
  if (!info) fail(`unknown opcode '${m[1]}'`);
  const type = m[2] ? parseType(m[2]) : undefined;
  if (info.typed && !type) fail(`${op} needs a type suffix`);
  if (!info.typed && type) fail(`${op} takes no type suffix`);
  const rest = m[3]!.trim();
  const inst: Inst = { op, type, args: [], results, imm: undefined, callee: undefined };
  switch (op) {
    case 'iconst':
    case 'fconst':
      if (!/^-?[0-9a-fA-Fx.e+\-]+$|^(nan|inf|-inf)$/.test(rest)) fail(`bad constant '${rest}'`);
      inst.imm = rest;
      break;
    case 'call': {
      const c = CALL.exec(rest);
      if (!c) fail(`bad call '${rest}'`);
      inst.callee = fnName(c[1]!);
      inst.args = c[2]!.trim() ? c[2]!.split(',').map(valueId) : [];
      pending.push(() => {
        const sig = sigs.get(inst.callee!);
        // Set after the whole text is read (the callee may come later): in this function, not the current one.
        if (sig) sig.results.forEach((t, i) => inst.results[i] !== undefined && setTypeIn(fn, inst.results[i]!, t));
      });
      break;
    }
    case 'call_indirect': {
      const c = /^(\([^)]*\)(?:\s*->\s*(?:\([^)]*\)|\w+))?)\s+(v\d+)\((.*)\)$/.exec(rest);
      if (!c) fail(`bad call_indirect '${rest}'`);
      inst.callee = c[1]!.replace(/\s+/g, ' ');
      const sig = parseSig(c[1]!);
      inst.args = [valueId(c[2]!), ...(c[3]!.trim() ? c[3]!.split(',').map(valueId) : [])];
      sig.results.forEach((t, i) => inst.results[i] !== undefined && setType(inst.results[i]!, t));
      break;
    }
    case 'gaddr': {
      const c = /^\+(\d+)$/.exec(rest);
      if (!c) fail(`bad gaddr '${rest}' (expected +offset)`);
      inst.imm = c[1]!;
      break;
    }
    case 'funcref': {
      const c = FUNCREF.exec(rest);
      if (!c) fail(`bad funcref '${rest}'`);
      inst.callee = fnName(c[1]!);
      break;
    }
    default: {
      let operands = rest;
      const off = /\s\+(\d+)$/.exec(operands);
      if (off) {
        inst.imm = off[1]!;
        operands = operands.slice(0, off.index);
      } else if (op.startsWith('load') || op.startsWith('store')) inst.imm = '0';
      inst.args = operands.trim() ? operands.split(',').map(valueId) : [];
    }
  }
  const rt = info.result === 'same' ? type : info.result === 'none' || info.result === 'call' ? undefined : info.result;
  if (rt && results[0] !== undefined) setType(results[0], rt);
  return inst;
}

export function readModule(text: string): { module: MirModule } | { error: string } {
  const lines = text.split('\n');
  const funcs: MirFunction[] = [];
  const table: string[] = [];
  const dataBytes: number[] = [];
  const relocs: number[] = [];
  const sigs = new Map<string, Signature>();
  const pending: (() => void)[] = [];
  let lineNo = 0;
  try {
    // First pass: signatures, so calls can type their results whatever the order.
    for (const l of lines) {
      const h = HEADER.exec(l.replace(/;.*$/, '').trim());
      if (h) sigs.set(fnName(h[2]!), parseSig(h[3]!));
    }
    let cur: MirFunction | undefined;
    let block: Block | undefined;
    const setType = (v: number, t: MirType) => {
      if (cur) setTypeIn(cur, v, t);
    };
    for (lineNo = 1; lineNo <= lines.length; lineNo++) {
      const raw = lines[lineNo - 1]!;
      const l = raw.replace(/;.*$/, '').trim();
      if (!l) continue;
      const h = HEADER.exec(l);
      if (h) {
        if (cur && !cur.external) fail(`function @${cur.name} is not closed`);
        const name = fnName(h[2]!);
        cur = { name, sig: sigs.get(name)!, blocks: [], values: [], external: h[1] === 'declare' };
        funcs.push(cur);
        block = undefined;
        if (cur.external) cur = undefined;
        else if (!h[4]) fail('expected {');
        continue;
      }
      // Filetest headers (`test verify`) are not MIR.
      if (!cur && /^test\s/.test(l)) continue;
      const mod = cur ? null : /^(table|data|relocs)\s+(.*)$/.exec(l);
      if (mod) {
        const body = mod[2]!.trim();
        if (mod[1] === 'table') {
          TABLE_ENTRY.lastIndex = 0;
          while (TABLE_ENTRY.lastIndex < body.length) {
            const at = TABLE_ENTRY.lastIndex;
            const fm = TABLE_ENTRY.exec(body);
            if (!fm) fail(`bad table entry '${body.slice(at).split(',')[0]!.trim()}'`);
            table.push(fnName(fm[1]!));
          }
        } else if (mod[1] === 'data') {
          if (!/^([0-9a-fA-F]{2})+$/.test(body)) fail('data lines hold an even number of hex digits');
          for (let i = 0; i < body.length; i += 2) dataBytes.push(parseInt(body.slice(i, i + 2), 16));
        } else {
          for (const n of body.split(',')) {
            if (!/^\d+$/.test(n.trim())) fail(`bad relocation '${n.trim()}'`);
            relocs.push(Number(n.trim()));
          }
        }
        continue;
      }
      if (!cur) fail(`unexpected '${l}' outside a function`);
      if (l === '}') {
        cur = undefined;
        continue;
      }
      const b = /^bb(\d+)(?:\(([^)]*)\))?:$/.exec(l);
      if (b) {
        const id = Number(b[1]);
        while (cur.blocks.length <= id) cur.blocks.push({ params: [], insts: [], term: undefined });
        block = cur.blocks[id]!;
        if (block.params.length || block.insts.length || block.term) fail(`block bb${id} defined twice`);
        for (const p of b[2]?.trim() ? b[2].split(',') : []) {
          const pm = /^\s*v(\d+)\s*:\s*(\w+)\s*$/.exec(p);
          if (!pm) fail(`bad block parameter '${p.trim()}'`);
          const vid = Number(pm[1]);
          setType(vid, parseType(pm[2]!));
          block.params.push(vid);
        }
        continue;
      }
      if (!block) fail('instruction outside a block');
      const term = parseTerm(l);
      if (term) {
        if (block.term) fail('a second terminator in one block');
        block.term = term;
        continue;
      }
      if (block.term) fail('instruction after the terminator');
      block.insts.push(parseInst(l, sigs, pending, setType, cur));
    }
    if (cur) fail(`function @${cur.name} is not closed`);
    for (const p of pending) p();
  } catch (e) {
    if (e instanceof ReadError) return { error: `line ${lineNo}: ${e.message}` };
    throw e;
  }
  // Record definitions (the verifier checks them).
  for (const f of funcs) {
    f.blocks.forEach((b, bi) => {
      b.params.forEach((p, i) => (f.values[p]!.def = { k: 'param', block: bi, index: i }));
      b.insts.forEach((inst, ii) => inst.results.forEach((r) => {
        while (f.values.length <= r) f.values.push({ type: 'i32', def: { k: 'none' } });
        f.values[r]!.def = { k: 'inst', block: bi, index: ii };
      }));
    });
  }
  const module: MirModule = { funcs, table, data: { bytes: Uint8Array.from(dataBytes), relocs } };
  fillTable(module);
  return { module };
}
