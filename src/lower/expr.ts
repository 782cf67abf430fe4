// Lowering of expressions and statements (everything but calls, fields, closures and switch).
// Takes: a typed expression inside a FnLower. Gives: its value (V) in the current block; control
// flow (if, loops, try, return, break, throw) becomes blocks and terminators.
// Invariant: after a terminator the lowering continues in a fresh unreachable block, so callers never
// check whether the current block is open; values of `if`/`switch`/`try` expressions merge through a
// builder variable, which the SSA builder turns into block parameters.

import type { BlockId } from '../mir/mir.js';
import type { TExpr, TVar } from '../typing/texpr.js';
import { follow, type Type } from '../typing/types.js';
import { lowerCall, lowerField, lowerNew, placeOfField, lowerTypeValue } from './calls.js';
import { lowerClosure } from './closures.js';
import { FnLower, LowerError, VOID, type V } from './fn.js';
import { lowerSwitch } from './switch.js';
import { arrayInfo, toStr, lowerEquality, strConcat, isStringType, lowerArrayDecl, lowerObjectDecl, isDynamicLike, mapParams, newMap, mapSet } from './values.js';
import type { Kind } from './repr.js';

export function lowerExpr(fl: FnLower, e: TExpr): V {
  if (e.end > e.pos) fl.at = e;
  switch (e.kind) {
    case 'TConst': return lowerConst(fl, e);
    case 'TLocal': return fl.readLocal(e.v);
    case 'TParenthesis': return lowerExpr(fl, e.e);
    case 'TMeta': {
      if (e.name === ':arrayComprehension' || e.name === ':mapComprehension') return lowerComprehension(fl, e);
      if (e.name === ':bind') return lowerBind(fl, e);
      if (e.name === ':yield' && fl.yieldTo) {
        fl.yieldTo(e.e);
        return VOID;
      }
      return lowerExpr(fl, e.e);
    }
    case 'TBlock': {
      let last: V = VOID;
      for (const x of e.exprs) last = lowerExpr(fl, x);
      return e.exprs.length ? last : VOID;
    }
    case 'TVarDecl': {
      const init = e.init ? fl.coerce(lowerExpr(fl, e.init), e.init.t, e.v.type) : undefined;
      fl.declareLocal(e.v, init);
      return VOID;
    }
    case 'TBinop': return lowerBinop(fl, e);
    case 'TUnop': return lowerUnop(fl, e);
    case 'TField': return lowerField(fl, e);
    case 'TCall': return lowerCall(fl, e);
    case 'TNew': return lowerNew(fl, e);
    case 'TArray': return placeOf(fl, e).get();
    case 'TArrayDecl': return lowerArrayDecl(fl, e);
    case 'TObjectDecl': return lowerObjectDecl(fl, e);
    case 'TFunction': return lowerClosure(fl, e);
    case 'TTypeExpr': return lowerTypeValue(fl, e);
    case 'TIf': return lowerIf(fl, e);
    case 'TWhile': return lowerWhile(fl, e);
    case 'TFor': return lowerFor(fl, e);
    case 'TSwitch': return lowerSwitch(fl, e);
    case 'TTry': return lowerTry(fl, e);
    case 'TReturn': {
      const ir = fl.inlineRet;
      if (ir) {
        const v = e.e ? lowerExpr(fl, e.e) : VOID;
        if (ir.res !== undefined) fl.b.defVar(ir.res, fl.coerceKind(v, ir.kind).v);
        fl.b.jump(ir.exit);
        fl.deadBlock();
        return VOID;
      }
      if (e.e && fl.retKind !== 'void') {
        const v = fl.coerceKind(lowerExpr(fl, e.e), fl.retKind);
        fl.b.ret([v.v]);
      } else {
        if (e.e) lowerExpr(fl, e.e);
        fl.b.ret(fl.retKind === 'void' ? [] : [fl.zero(fl.retKind).v]);
      }
      fl.deadBlock();
      return VOID;
    }
    case 'TBreak':
    case 'TContinue': {
      const l = fl.loops[fl.loops.length - 1];
      if (l) {
        fl.b.jump(e.kind === 'TBreak' ? l.brk : l.cont);
        fl.deadBlock();
      }
      return VOID;
    }
    case 'TThrow': {
      const v = fl.coerceKind(lowerExpr(fl, e.e), 'ptr');
      fl.throwValue(v.v);
      return VOID;
    }
    case 'TCast': {
      const v = lowerExpr(fl, e.e);
      if (e.checked) return lowerCheckedCast(fl, v, e.checked, e.t);
      const to = fl.kind(e.t);
      if (v.k === 'float' && (to === 'int' || to === 'bool')) return { v: fl.b.unary('ftosi', 'i32', v.v), k: to };
      return fl.coerce(v, e.e.t, e.t);
    }
    case 'TEnumIndex': {
      const v = lowerExpr(fl, e.e);
      return { v: fl.load('int', v.v, 8), k: 'int' };
    }
    case 'TEnumParameter': return lowerEnumParameter(fl, e);
    case 'TIs': {
      const v = fl.coerceKind(lowerExpr(fl, e.e), 'ptr');
      return isOfType(fl, v, e.mt);
    }
    case 'TInterp': {
      let acc: V | undefined;
      for (const part of e.parts) {
        const s = toStr(fl, lowerExpr(fl, part), part.t);
        acc = acc ? strConcat(fl, acc, s) : s;
      }
      return acc ?? lowerConst(fl, { ...e, kind: 'TConst', value: { k: 'string', v: '' } } as TExpr & { kind: 'TConst' });
    }
    case 'TIdent': return { v: fl.nullPtr(), k: 'ptr' };
  }
}

export function lowerConst(fl: FnLower, e: TExpr & { kind: 'TConst' }): V {
  const c = e.value;
  switch (c.k) {
    case 'int': {
      const k = fl.kind(e.t);
      if (k === 'float') return { v: fl.b.fconst('f64', c.v), k };
      if (k === 'ptr') return fl.box({ v: fl.i32(c.v), k: 'int' });
      if (k === 'i64') return { v: fl.b.iconst('i64', c.v), k };
      return { v: fl.i32(c.v), k: 'int' };
    }
    case 'float': {
      const k = fl.kind(e.t);
      const v: V = { v: fl.b.fconst('f64', Number(c.v)), k: 'float' };
      return k === 'ptr' ? fl.box(v) : v;
    }
    case 'string':
      // A literal spelling a field name may reach Reflect.field/callMethod: its methods must then be
      // reachable by name at run time (RTTI lists the methods of names the program mentions).
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(c.v)) fl.p.nameId(c.v);
      return { v: fl.b.gaddr(fl.p.data.string(c.v)), k: 'ptr' };
    case 'bool': {
      const v: V = { v: fl.i32(c.v ? 1 : 0), k: 'bool' };
      return fl.kind(e.t) === 'ptr' ? fl.box(v) : v;
    }
    case 'null': return fl.zero(fl.kind(e.t) === 'void' ? 'ptr' : 'ptr');
    case 'this':
    case 'super': return fl.thisValue();
  }
}

// ---- places: what can be assigned ------------------------------------------------------------------

export interface Place {
  get(): V;
  set(v: V): V;
  kind: Kind;
  type: Type;
}

export function placeOf(fl: FnLower, e: TExpr): Place {
  switch (e.kind) {
    case 'TLocal': {
      const tv = e.v;
      return { get: () => fl.readLocal(tv), set: (v) => fl.writeLocal(tv, v), kind: fl.kind(tv.type), type: tv.type };
    }
    case 'TParenthesis':
    case 'TMeta':
      return placeOf(fl, e.e);
    case 'TConst': {
      if (e.value.k === 'this' && fl.thisVar !== undefined) {
        // `this = value` in an abstract's constructor or member.
        const id = fl.thisVar;
        return {
          get: () => fl.thisValue(),
          set: (v) => {
            const c = fl.coerceKind(v, fl.thisKind);
            fl.b.defVar(id, c.v);
            fl.thisWrite?.(c);
            return c;
          },
          kind: fl.thisKind,
          type: e.t,
        };
      }
      const v = lowerExpr(fl, e);
      return { get: () => v, set: (x) => x, kind: v.k, type: e.t };
    }
    case 'TField':
      return placeOfField(fl, e);
    case 'TArray': {
      const arr = lowerExpr(fl, e.e);
      const idx = fl.coerceKind(lowerExpr(fl, e.index), 'int');
      const at = fl.concrete(e.e.t);
      const ai = arrayInfo(fl, at);
      const k = fl.kind(e.t);
      if (ai) {
        return {
          get: () => fl.coerceKind(fl.callV(ai.get, [arr.v, idx.v], ai.elem), k),
          set: (v) => {
            const c = fl.coerceKind(v, ai.elem);
            fl.callV(ai.set, [arr.v, idx.v, c.v], ai.elem);
            return c;
          },
          kind: k,
          type: e.t,
        };
      }
      // Dynamic indexing: the element accessors found by name at run time.
      return {
        get: () => fl.coerceKind(dynArrayOp(fl, arr, idx, undefined), k),
        set: (v) => {
          const b = fl.coerceKind(v, 'ptr');
          dynArrayOp(fl, arr, idx, b);
          return v;
        },
        kind: k,
        type: e.t,
      };
    }
    case 'TCall': {
      const acc = propertyAccessors(e);
      if (acc) {
        // `obj.prop++` / `obj.prop += x` through get_prop/set_prop: read once, write through the setter.
        const recvV = lowerExpr(fl, acc.recv);
        const recvVar = syntheticLocal(fl, acc.recv.t, recvV);
        const getCall = { ...e, e: { ...acc.getter, e: recvVar } } as TExpr;
        return {
          get: () => lowerExpr(fl, getCall),
          set: (v) => {
            const arg = syntheticLocal(fl, e.t, v);
            const setCall = { kind: 'TCall', t: e.t, pos: e.pos, end: e.end, e: { ...acc.getter, e: recvVar, t: acc.setterType, access: { ...acc.getter.access, field: acc.setter } }, args: [arg] } as TExpr;
            return lowerExpr(fl, setCall);
          },
          kind: fl.kind(e.t),
          type: e.t,
        };
      }
      const v = lowerExpr(fl, e);
      return { get: () => v, set: (x) => x, kind: v.k, type: e.t };
    }
    default: {
      const v = lowerExpr(fl, e);
      return { get: () => v, set: (x) => x, kind: v.k, type: e.t };
    }
  }
}

let syntheticIds = -1;
/** A local holding an already lowered value, so it can be passed where a typed expression is expected. */
export function syntheticLocal(fl: FnLower, t: Type, v: V): TExpr {
  const tv: TVar = { id: syntheticIds--, name: '$tmp', type: t, final: true, captured: false, origin: 'local' };
  fl.declareLocal(tv, v);
  return { kind: 'TLocal', v: tv, t, pos: 0, end: 0 } as TExpr;
}

function propertyAccessors(e: TExpr & { kind: 'TCall' }): { recv: TExpr; getter: TExpr & { kind: 'TField' }; setter: import('../typing/types.js').ClassField; setterType: Type } | undefined {
  const g = e.e;
  if (g.kind !== 'TField' || e.args.length !== 0) return undefined;
  const a = g.access;
  if (a.k === 'abstract' && a.field.name.startsWith('get_')) {
    // An abstract's accessors are members of its implementation class; `g.e` is the `this` value.
    const set = a.abs.impl?.fields.get(`set_${a.field.name.slice(4)}`);
    return set ? { recv: g.e, getter: g, setter: set, setterType: set.type } : undefined;
  }
  if (a.k !== 'instance' && a.k !== 'static') return undefined;
  if (!a.field.name.startsWith('get_')) return undefined;
  const name = a.field.name.slice(4);
  for (let c: import('../typing/types.js').ClassType | undefined = a.cls; c; c = c.superClass?.cls) {
    const set = (a.k === 'instance' ? c.fields : c.statics).get(`set_${name}`);
    if (set) return { recv: g.e, getter: g, setter: set, setterType: set.type };
  }
  return undefined;
}

function dynArrayOp(fl: FnLower, arr: V, idx: V, val: V | undefined): V {
  const args = [fl.box(idx)];
  if (val) args.push(val);
  const a = makeDynArgs(fl, args);
  const name = fl.p.nameId(val ? '__set' : '__get');
  return fl.callV(fl.rt('rayzor.rt.Dyn', 'callField'), [arr.v, fl.i32(name), a.v], 'ptr');
}

/** An Array<Dynamic> of already boxed values (arguments of a dynamic call). */
export function makeDynArgs(fl: FnLower, vals: V[]): V {
  const ai = arrayInfo(fl, undefined)!;
  const arr = fl.callV(ai.make, [fl.i32(vals.length)], 'ptr');
  for (const v of vals) fl.callV(ai.push, [arr.v, v.v], 'int');
  return arr;
}

// ---- operators ---------------------------------------------------------------------------------------

const ARITH: Record<string, { i?: string; f?: string }> = {
  '+': { i: 'iadd', f: 'fadd' },
  '-': { i: 'isub', f: 'fsub' },
  '*': { i: 'imul', f: 'fmul' },
  '/': { f: 'fdiv' },
  '%': { i: 'srem' },
  '&': { i: 'and' },
  '|': { i: 'or' },
  '^': { i: 'xor' },
  '<<': { i: 'shl' },
  '>>': { i: 'sshr' },
  '>>>': { i: 'ushr' },
};

function isFloatType(fl: FnLower, t: Type): boolean {
  const k = fl.kind(t);
  return k === 'float';
}

export function arith(fl: FnLower, op: string, a: V, b: V, resultType: Type, ta: Type, tb: Type): V {
  if (op === '+' && (isStringType(fl, resultType) || isStringType(fl, ta) || isStringType(fl, tb))) {
    return strConcat(fl, toStr(fl, a, ta), toStr(fl, b, tb));
  }
  const rk = fl.kind(resultType);
  if (rk === 'ptr' || (a.k === 'ptr' && b.k === 'ptr' && isDynamicLike(fl, ta) && isDynamicLike(fl, tb))) {
    // Dynamic arithmetic: numbers boxed, decided at run time.
    if (a.k === 'ptr' && b.k === 'ptr' && (isDynamicLike(fl, ta) || isDynamicLike(fl, tb))) {
      const r = fl.callV(fl.rt('rayzor.rt.Dyn', 'arith'), [fl.i32(opCode(op)), a.v, b.v], 'ptr');
      return rk === 'ptr' ? r : fl.coerceKind(r, rk);
    }
  }
  const floaty = op === '/' || rk === 'float' || a.k === 'float' || b.k === 'float';
  const ops = ARITH[op];
  if (!ops) throw new LowerError(`operator ${op} is not supported`);
  if (a.k === 'i64' || b.k === 'i64') {
    const x = fl.coerceKind(a, 'i64').v, y = fl.coerceKind(b, 'i64').v;
    const io = op === '/' ? 'sdiv' : ops.i!;
    const r: V = { v: fl.b.binary(io as 'iadd', 'i64', x, y), k: 'i64' };
    return rk === 'i64' ? r : fl.coerceKind(r, rk === 'void' ? 'i64' : rk);
  }
  if (floaty && ops.f) {
    const x = fl.coerceKind(a, 'float').v, y = fl.coerceKind(b, 'float').v;
    const r: V = { v: fl.b.binary(ops.f as 'fadd', 'f64', x, y), k: 'float' };
    return rk === 'ptr' ? fl.box(r) : rk === 'int' ? fl.coerceKind(r, 'int') : r;
  }
  if (floaty && op === '%') {
    const x = fl.coerceKind(a, 'float').v, y = fl.coerceKind(b, 'float').v;
    const q = fl.b.unary('ftrunc', 'f64', fl.b.binary('fdiv', 'f64', x, y));
    const diff = fl.b.binary('fsub', 'f64', x, fl.b.binary('fmul', 'f64', q, y));
    // fmod's zero has the dividend's sign (-7 % 3.5 is -0): x * 0 is that zero.
    const isZero = fl.b.binary('feq', 'f64', diff, fl.b.fconst('f64', 0));
    const r: V = { v: fl.b.inst('select', 'f64', [isZero, fl.b.binary('fmul', 'f64', x, fl.b.fconst('f64', 0)), diff])!, k: 'float' };
    return rk === 'ptr' ? fl.box(r) : r;
  }
  const x = fl.coerceKind(a, 'int').v, y = fl.coerceKind(b, 'int').v;
  let io = ops.i!;
  const r: V = { v: fl.b.binary(io as 'iadd', 'i32', x, y), k: 'int' };
  if (op === '<<' || op === '>>' || op === '>>>') {
    // haxe --interp shifts Int32 values in 64-bit registers (OCaml on x86-64): the count is taken
    // modulo 64, and a count of 32..63 shifts every bit out (0, or the sign for `>>`), where MIR's
    // shifts (like JS and wasm) take it modulo 32. Constant counts fold back to one shift.
    const inRange = fl.b.binary('ult', 'i32', fl.b.binary('and', 'i32', y, fl.i32(63)), fl.i32(32));
    const out = op === '>>' ? fl.b.binary('sshr', 'i32', x, fl.i32(31)) : fl.i32(0);
    r.v = fl.b.inst('select', 'i32', [inRange, r.v, out])!;
  }
  return rk === 'ptr' ? fl.box(r) : rk === 'float' ? fl.coerceKind(r, 'float') : r;
}

function opCode(op: string): number {
  return ['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '>>>'].indexOf(op);
}

function compare(fl: FnLower, op: string, a: V, b: V, ta: Type, tb: Type): V {
  if (op === '==' || op === '!=') {
    const eq = lowerEquality(fl, a, b, ta, tb);
    return op === '==' ? eq : { v: fl.b.binary('xor', 'i32', eq.v, fl.i32(1)), k: 'bool' };
  }
  let x = a, y = b;
  if (a.k === 'ptr' || b.k === 'ptr') {
    if (isStringType(fl, ta) && isStringType(fl, tb)) {
      const c = fl.callV(fl.rt('String', '__compare'), [a.v, b.v], 'int');
      x = c;
      y = { v: fl.i32(0), k: 'int' };
    } else if (a.k === 'ptr' && b.k === 'ptr') {
      const c = fl.callV(fl.rt('rayzor.rt.Dyn', 'compare'), [a.v, b.v], 'int');
      x = c;
      y = { v: fl.i32(0), k: 'int' };
    } else {
      // Null<Int> against a number: unbox the box (null compares as 0, as on static targets).
      const other = a.k === 'ptr' ? b.k : a.k;
      x = fl.coerceKind(a, other);
      y = fl.coerceKind(b, other);
    }
  }
  const floaty = x.k === 'float' || y.k === 'float';
  const i64 = x.k === 'i64' || y.k === 'i64';
  if (floaty) {
    const fx = fl.coerceKind(x, 'float').v, fy = fl.coerceKind(y, 'float').v;
    switch (op) {
      case '<': return { v: fl.b.binary('flt', 'f64', fx, fy), k: 'bool' };
      case '<=': return { v: fl.b.binary('fle', 'f64', fx, fy), k: 'bool' };
      case '>': return { v: fl.b.binary('flt', 'f64', fy, fx), k: 'bool' };
      default: return { v: fl.b.binary('fle', 'f64', fy, fx), k: 'bool' };
    }
  }
  const t = i64 ? 'i64' : 'i32';
  const ix = fl.coerceKind(x, i64 ? 'i64' : 'int').v, iy = fl.coerceKind(y, i64 ? 'i64' : 'int').v;
  switch (op) {
    case '<': return { v: fl.b.binary('slt', t, ix, iy), k: 'bool' };
    case '<=': return { v: fl.b.binary('sle', t, ix, iy), k: 'bool' };
    case '>': return { v: fl.b.binary('slt', t, iy, ix), k: 'bool' };
    default: return { v: fl.b.binary('sle', t, iy, ix), k: 'bool' };
  }
}

export function truthy(fl: FnLower, e: TExpr): import('../mir/mir.js').ValueId {
  const v = lowerExpr(fl, e);
  return fl.coerceKind(v, 'bool').v;
}

function lowerBinop(fl: FnLower, e: TExpr & { kind: 'TBinop' }): V {
  const op = e.op;
  if (op === '=') {
    const place = placeOf(fl, e.e1);
    const v = fl.coerce(lowerExpr(fl, e.e2), e.e2.t, place.type);
    return place.set(v);
  }
  if (op === '&&' || op === '||') {
    const res = fl.b.declareVar('i32');
    const a = truthy(fl, e.e1);
    fl.b.defVar(res, a);
    const rhs = fl.b.newBlock();
    const join = fl.b.newBlock();
    if (op === '&&') fl.b.br(a, rhs, [], join, []);
    else fl.b.br(a, join, [], rhs, []);
    fl.b.seal(rhs);
    fl.b.switchTo(rhs);
    fl.b.defVar(res, truthy(fl, e.e2));
    fl.b.jump(join);
    fl.b.seal(join);
    fl.b.switchTo(join);
    return { v: fl.b.useVar(res), k: 'bool' };
  }
  if (op.length >= 2 && op.endsWith('=') && !['==', '!=', '<=', '>='].includes(op)) {
    const bop = op.slice(0, -1);
    const place = placeOf(fl, e.e1);
    const cur = place.get();
    const rhs = lowerExpr(fl, e.e2);
    const r = arith(fl, bop, cur, rhs, place.type, e.e1.t, e.e2.t);
    return place.set(fl.coerceKind(r, place.kind));
  }
  if (['==', '!=', '<', '<=', '>', '>='].includes(op)) {
    const a = lowerExpr(fl, e.e1);
    const b = lowerExpr(fl, e.e2);
    return compare(fl, op, a, b, e.e1.t, e.e2.t);
  }
  if (op === '...') return VOID;
  if (op === '=>') {
    // A map comprehension's element (`k => v` in statement position).
    if (fl.yieldTo) fl.yieldTo(e);
    return VOID;
  }
  const a = lowerExpr(fl, e.e1);
  const b = lowerExpr(fl, e.e2);
  return arith(fl, op, a, b, e.t, e.e1.t, e.e2.t);
}

function lowerUnop(fl: FnLower, e: TExpr & { kind: 'TUnop' }): V {
  switch (e.op) {
    case '!': {
      const v = truthy(fl, e.e);
      return { v: fl.b.binary('xor', 'i32', v, fl.i32(1)), k: 'bool' };
    }
    case '-': {
      const v = lowerExpr(fl, e.e);
      const k = fl.kind(e.t);
      if (v.k === 'float' || k === 'float') return { v: fl.b.unary('fneg', 'f64', fl.coerceKind(v, 'float').v), k: 'float' };
      if (v.k === 'i64') return { v: fl.b.binary('isub', 'i64', fl.b.iconst('i64', 0), v.v), k: 'i64' };
      const r: V = { v: fl.b.binary('isub', 'i32', fl.i32(0), fl.coerceKind(v, 'int').v), k: 'int' };
      return k === 'ptr' ? fl.box(r) : r;
    }
    case '~': {
      const v = fl.coerceKind(lowerExpr(fl, e.e), 'int');
      return { v: fl.b.binary('xor', 'i32', v.v, fl.i32(-1)), k: 'int' };
    }
    case '++':
    case '--': {
      const place = placeOf(fl, e.e);
      const cur = place.get();
      const k = place.kind;
      let next: V;
      if (cur.k === 'float') next = { v: fl.b.binary(e.op === '++' ? 'fadd' : 'fsub', 'f64', cur.v, fl.b.fconst('f64', 1)), k: 'float' };
      else if (cur.k === 'i64') next = { v: fl.b.binary(e.op === '++' ? 'iadd' : 'isub', 'i64', cur.v, fl.b.iconst('i64', 1)), k: 'i64' };
      else {
        const c = fl.coerceKind(cur, isFloatType(fl, place.type) ? 'float' : 'int');
        next = c.k === 'float'
          ? { v: fl.b.binary(e.op === '++' ? 'fadd' : 'fsub', 'f64', c.v, fl.b.fconst('f64', 1)), k: 'float' }
          : { v: fl.b.binary(e.op === '++' ? 'iadd' : 'isub', 'i32', c.v, fl.i32(1)), k: 'int' };
      }
      const stored = place.set(fl.coerceKind(next, k));
      return e.postfix ? cur : stored;
    }
    default:
      return lowerExpr(fl, e.e);
  }
}

// ---- control flow ------------------------------------------------------------------------------------

function valueVar(fl: FnLower, t: Type, wanted: boolean): { id: number; k: Kind } | undefined {
  if (!wanted) return undefined;
  const k = fl.kind(t);
  if (k === 'void') return undefined;
  return { id: fl.b.declareVar(k === 'int' || k === 'bool' ? 'i32' : k === 'float' ? 'f64' : k === 'i64' ? 'i64' : 'ptr'), k };
}

function lowerIf(fl: FnLower, e: TExpr & { kind: 'TIf' }): V {
  const res = valueVar(fl, e.t, !!e.else);
  const c = truthy(fl, e.cond);
  const thenB = fl.b.newBlock();
  const elseB = fl.b.newBlock();
  const join = fl.b.newBlock();
  fl.b.br(c, thenB, [], elseB, []);
  fl.b.seal(thenB);
  fl.b.seal(elseB);
  fl.b.switchTo(thenB);
  const tv = lowerExpr(fl, e.then);
  if (res) fl.b.defVar(res.id, fl.coerce(tv, e.then.t, e.t).v);
  fl.b.jump(join);
  fl.b.switchTo(elseB);
  if (e.else) {
    const ev = lowerExpr(fl, e.else);
    if (res) fl.b.defVar(res.id, fl.coerce(ev, e.else.t, e.t).v);
  }
  fl.b.jump(join);
  fl.b.seal(join);
  fl.b.switchTo(join);
  return res ? { v: fl.b.useVar(res.id), k: res.k } : VOID;
}

/** Lower `body` as a loop: `head` evaluates the condition, `step` runs before each `continue`. */
export function loop(fl: FnLower, cond: (() => import('../mir/mir.js').ValueId) | undefined, body: () => void, step: (() => void) | undefined, doWhile = false): void {
  const head = fl.b.newBlock();
  const bodyB = fl.b.newBlock();
  const cont = fl.b.newBlock();
  const exit = fl.b.newBlock();
  fl.b.jump(doWhile ? bodyB : head);
  fl.b.switchTo(head);
  if (cond) {
    const c = cond();
    fl.b.br(c, bodyB, [], exit, []);
  } else fl.b.jump(bodyB);
  fl.b.seal(bodyB);
  fl.b.switchTo(bodyB);
  fl.loops.push({ brk: exit, cont, handlers: fl.handlers.length });
  body();
  fl.loops.pop();
  fl.b.jump(cont);
  fl.b.seal(cont);
  fl.b.switchTo(cont);
  step?.();
  fl.b.jump(head);
  fl.b.seal(head);
  fl.b.seal(exit);
  fl.b.switchTo(exit);
}

function lowerWhile(fl: FnLower, e: TExpr & { kind: 'TWhile' }): V {
  loop(fl, () => truthy(fl, e.cond), () => void lowerExpr(fl, e.body), undefined, e.doWhile);
  return VOID;
}

function lowerFor(fl: FnLower, e: TExpr & { kind: 'TFor' }): V {
  const it = e.iter;
  if (e.how === 'intRange') {
    const range = stripParens(it);
    const bounds = range.kind === 'TBinop' && range.op === '...' ? [range.e1, range.e2] : range.kind === 'TNew' && range.cls.path.name === 'IntIterator' && range.args.length === 2 ? range.args : undefined;
    if (bounds) {
      // `a...b` is a counting loop: no IntIterator object.
      const from = fl.coerceKind(lowerExpr(fl, bounds[0]!), 'int');
      const to = fl.coerceKind(lowerExpr(fl, bounds[1]!), 'int');
      const i = fl.b.declareVar('i32');
      fl.b.defVar(i, from.v);
      loop(
        fl,
        () => fl.b.binary('slt', 'i32', fl.b.useVar(i), to.v),
        () => {
          const cur = fl.b.useVar(i);
          fl.b.defVar(i, fl.b.binary('iadd', 'i32', cur, fl.i32(1)));
          fl.declareLocal(e.v, { v: cur, k: 'int' });
          lowerExpr(fl, e.body);
        },
        undefined,
      );
      return VOID;
    }
  }
  if (e.how === 'array') {
    const ai = arrayInfo(fl, fl.concrete(it.t));
    if (ai) {
      const arr = lowerExpr(fl, it);
      const i = fl.b.declareVar('i32');
      fl.b.defVar(i, fl.i32(0));
      loop(
        fl,
        () => fl.b.binary('slt', 'i32', fl.b.useVar(i), fl.load('int', arr.v, ai.lengthOffset)),
        () => {
          const cur = fl.b.useVar(i);
          fl.b.defVar(i, fl.b.binary('iadd', 'i32', cur, fl.i32(1)));
          const el = fl.callV(ai.get, [arr.v, cur], ai.elem);
          fl.declareLocal(e.v, fl.coerceKind(el, fl.kind(e.v.type)));
          lowerExpr(fl, e.body);
        },
        undefined,
      );
      return VOID;
    }
  }
  // Iterator protocol: hasNext()/next() (or key/value of a key-value iterator).
  const iter = iteratorOf(fl, it, e.how);
  loop(
    fl,
    () => fl.coerceKind(callMethodByName(fl, iter.v, iter.t, 'hasNext', []), 'bool').v,
    () => {
      const nx = callMethodByName(fl, iter.v, iter.t, 'next', []);
      if (e.key) {
        const kvT = nextType(fl, iter.t);
        fl.declareLocal(e.key, readNamedField(fl, nx, kvT, 'key', e.key.type));
        fl.declareLocal(e.v, readNamedField(fl, nx, kvT, 'value', e.v.type));
      } else fl.declareLocal(e.v, fl.coerceKind(nx, fl.kind(e.v.type)));
      lowerExpr(fl, e.body);
    },
    undefined,
  );
  return VOID;
}

function stripParens(e: TExpr): TExpr {
  while (e.kind === 'TParenthesis' || e.kind === 'TMeta') e = e.e;
  return e;
}

import { callMethodByName, iteratorOf, nextType, readNamedField } from './calls.js';
import { isOfType, lowerCheckedCast, lowerEnumParameter } from './values.js';

function lowerTry(fl: FnLower, e: TExpr & { kind: 'TTry' }): V {
  const res = valueVar(fl, e.t, true);
  const handler = fl.b.newBlock(['ptr']);
  const join = fl.b.newBlock();
  fl.handlers.push(handler);
  const bv = lowerExpr(fl, e.body);
  if (res) fl.b.defVar(res.id, fl.coerce(bv, e.body.t, e.t).v);
  fl.handlers.pop();
  fl.b.jump(join);
  fl.b.seal(handler);
  fl.b.switchTo(handler);
  const exc: V = { v: fl.b.blockParams(handler)[0]!, k: 'ptr' };
  for (const c of e.catches) {
    const ct = fl.concrete(c.v.type);
    const f = follow(ct);
    const catchAll = f.kind === 'dynamic' || (f.kind === 'abstract' && (f.abs.path.name === 'Any' || f.abs.path.name === 'Dynamic'));
    const isException = f.kind === 'inst' && f.cls.path.pack.join('.') === 'haxe' && f.cls.path.name === 'Exception';
    const body = fl.b.newBlock();
    const next = fl.b.newBlock();
    // As in Haxe, a catch of a type that is no Exception sees a thrown ValueException's value.
    let subject: V = exc;
    if (!isException && !isExceptionClass(f)) subject = fl.callV(fl.rt('haxe.Exception', '__unwrapCaught'), [exc.v], 'ptr');
    if (catchAll || isException) fl.b.jump(body);
    else {
      const mt = f.kind === 'inst' ? f.cls : f.kind === 'enum' ? f.enm : f.kind === 'abstract' ? f.abs : undefined;
      const test = mt ? isOfType(fl, subject, mt) : { v: fl.i32(1), k: 'bool' as Kind };
      fl.b.br(test.v, body, [], next, []);
    }
    fl.b.seal(body);
    fl.b.switchTo(body);
    let val: V = subject;
    if (isException) val = fl.callV(fl.rt('haxe.Exception', 'caught'), [exc.v], 'ptr');
    fl.declareLocal(c.v, fl.coerceKind(val, fl.kind(c.v.type)));
    const cv = lowerExpr(fl, c.body);
    if (res) fl.b.defVar(res.id, fl.coerce(cv, c.body.t, e.t).v);
    fl.b.jump(join);
    fl.b.seal(next);
    fl.b.switchTo(next);
  }
  // No catch matched: rethrow to the enclosing handler or the caller.
  fl.throwValue(exc.v);
  fl.b.seal(join);
  fl.b.switchTo(join);
  return res ? { v: fl.b.useVar(res.id), k: res.k } : VOID;
}

/** Whether `t` is haxe.Exception or a subclass of it. */
function isExceptionClass(t: Type): boolean {
  if (t.kind !== 'inst') return false;
  for (let c: import('../typing/types.js').ClassType | undefined = t.cls; c; c = c.superClass?.cls) {
    if (c.path.pack.join('.') === 'haxe' && c.path.name === 'Exception') return true;
  }
  return false;
}

export type { TVar, BlockId };

/** `[for (...) x]` and `[for (...) k => v]`: a fresh array or map, each `:yield` adds to it. */
function lowerComprehension(fl: FnLower, e: TExpr & { kind: 'TMeta' }): V {
  const mp = mapParams(fl, e.t);
  const saved = fl.yieldTo;
  let target: V;
  if (mp) {
    target = newMap(fl, e.t);
    const setF = mapSet(fl, e.t);
    fl.yieldTo = (x) => {
      let y = x;
      while (y.kind === 'TParenthesis' || (y.kind === 'TMeta' && y.name !== ':yield')) y = y.e;
      if (y.kind === 'TBinop' && y.op === '=>') setF(target, y.e1, y.e2);
    };
  } else {
    const ai = arrayInfo(fl, e.t) ?? arrayInfo(fl, undefined)!;
    target = fl.callV(ai.make, [fl.i32(0)], 'ptr');
    const at = follow(fl.concrete(e.t));
    const et = at.kind === 'inst' ? at.params[0] : undefined;
    fl.yieldTo = (x) => {
      const v = lowerExpr(fl, x);
      const c = et ? fl.coerce(v, x.t, et) : v;
      fl.callV(ai.push, [target.v, fl.coerceKind(c, ai.elem).v], 'int');
    };
  }
  lowerExpr(fl, e.e);
  fl.yieldTo = saved;
  return target;
}

/**
 * `f.bind(a, _, c)`: the receiver and the fixed arguments are evaluated now into captured locals;
 * the result is a closure whose parameters are the `_` placeholders (and the omitted trailing ones).
 */
function lowerBind(fl: FnLower, e: TExpr & { kind: 'TMeta' }): V {
  const call = e.e;
  if (call.kind !== 'TCall') return lowerExpr(fl, call);
  const capture = (x: TExpr): TExpr => {
    const v = lowerExpr(fl, x);
    const tv: TVar = { id: syntheticIds--, name: '$bound', type: x.t, final: true, captured: true, origin: 'local' };
    fl.declareLocal(tv, v);
    return { kind: 'TLocal', v: tv, t: x.t, pos: x.pos, end: x.end } as TExpr;
  };
  let callee = call.e;
  if (callee.kind === 'TField' && callee.e.kind !== 'TTypeExpr' && callee.access.k !== 'static') callee = { ...callee, e: capture(callee.e) };
  else if (callee.kind !== 'TField') callee = capture(callee);
  const ft = follow(fl.concrete(e.t));
  const params: TVar[] = [];
  const args = call.args.map((a) => {
    if (a.kind === 'TIdent' && a.name === '_') {
      const tv: TVar = { id: syntheticIds--, name: '_', type: a.t, final: false, captured: false, origin: 'arg' };
      params.push(tv);
      return { kind: 'TLocal', v: tv, t: a.t, pos: a.pos, end: a.end } as TExpr;
    }
    return capture(a);
  });
  // Parameters of the bound function beyond the given arguments stay parameters.
  const calleeT = follow(fl.concrete(call.e.t));
  if (calleeT.kind === 'fun') {
    for (let i = call.args.length; i < calleeT.args.length; i++) {
      const tv: TVar = { id: syntheticIds--, name: calleeT.args[i]!.name, type: calleeT.args[i]!.type, final: false, captured: false, origin: 'arg' };
      params.push(tv);
      args.push({ kind: 'TLocal', v: tv, t: tv.type, pos: e.pos, end: e.end } as TExpr);
    }
  }
  const ret = ft.kind === 'fun' ? ft.ret : call.t;
  const body = { kind: 'TCall', e: callee, args, t: call.t, pos: call.pos, end: call.end } as TExpr;
  const isVoid = fl.kind(ret) === 'void';
  const fnBody = isVoid ? body : ({ kind: 'TReturn', e: body, t: ret, pos: call.pos, end: call.end } as TExpr);
  const fn = {
    kind: 'TFunction', t: e.t, pos: e.pos, end: e.end, name: undefined,
    func: { args: params.map((v) => ({ v, value: undefined, opt: false })), ret, body: fnBody },
  } as TExpr & { kind: 'TFunction' };
  return lowerClosure(fl, fn);
}

/** Does a function body assign `this` (an abstract member that changes its value)? */
export function writesThis(e: TExpr): boolean {
  let found = false;
  const isThis = (x: TExpr): boolean => {
    while (x.kind === 'TParenthesis' || x.kind === 'TMeta' || x.kind === 'TCast') x = x.e;
    return x.kind === 'TConst' && x.value.k === 'this';
  };
  const visit = (x: unknown): void => {
    if (found || !x || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.forEach(visit);
    const o = x as TExpr;
    if (o.kind === 'TBinop' && (o.op === '=' || (o.op.endsWith('=') && !['==', '!=', '<=', '>='].includes(o.op))) && isThis(o.e1)) found = true;
    if (o.kind === 'TUnop' && (o.op === '++' || o.op === '--') && isThis(o.e)) found = true;
    if (o.kind === 'TFunction') return;
    for (const k in o) if (!['t', 'v', 'key', 'name', 'access', 'cls', 'mt', 'enm', 'ctor', 'params', 'ret', 'type', 'abs', 'field', 'checked'].includes(k)) visit((o as unknown as Record<string, unknown>)[k]);
  };
  visit(e);
  return found;
}

/**
 * Inline an abstract member that assigns `this` (`@:op(A++) inline function inc() return this++`):
 * Haxe inlines these, so the caller's variable changes; `this` is read from and written to the
 * receiver's place.
 */
export function inlineAbstractMember(fl: FnLower, func: TExpr & { kind: 'TFunction' }, thisExpr: TExpr, args: TExpr[], resT: Type): V {
  const place = placeOf(fl, thisExpr);
  const saved = { thisVar: fl.thisVar, thisKind: fl.thisKind, inlineRet: fl.inlineRet, thisWrite: fl.thisWrite, loops: fl.loops };
  const kind = place.kind === 'void' ? 'ptr' : place.kind;
  const tv = fl.b.declareVar(kind === 'int' || kind === 'bool' ? 'i32' : kind === 'float' ? 'f64' : kind === 'i64' ? 'i64' : 'ptr');
  fl.b.defVar(tv, fl.coerceKind(place.get(), kind).v);
  const vals = func.func.args.map((a, i) => (args[i] ? fl.coerce(lowerExpr(fl, args[i]!), args[i]!.t, a.v.type) : undefined));
  fl.thisVar = tv;
  fl.thisKind = kind;
  fl.thisWrite = (v) => void place.set(v);
  func.func.args.forEach((a, i) => fl.declareLocal(a.v, vals[i]));
  const rk = fl.kind(resT);
  const res = rk === 'void' ? undefined : fl.b.declareVar(rk === 'int' || rk === 'bool' ? 'i32' : rk === 'float' ? 'f64' : rk === 'i64' ? 'i64' : 'ptr');
  const exit = fl.b.newBlock();
  fl.inlineRet = { exit, res, kind: rk };
  fl.loops = [];
  const v = lowerExpr(fl, func.func.body);
  if (!fl.terminated()) {
    if (res !== undefined) fl.b.defVar(res, fl.coerceKind(v.k === 'void' ? fl.zero(rk) : v, rk).v);
    fl.b.jump(exit);
  }
  fl.b.seal(exit);
  fl.b.switchTo(exit);
  Object.assign(fl, saved);
  return res !== undefined ? { v: fl.b.useVar(res), k: rk } : VOID;
}
