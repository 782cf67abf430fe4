// Intrinsics: calls that become MIR instructions instead of calls. rayzor.Ptr (memory), rayzor.Host
// (the platform layer: external `rayzor_host_*` functions), Math, Std.string/int/isOfType and the
// primitive operators of haxe.Int64.
// Takes: the called field, its class and the argument expressions. Gives: the value, or undefined when
// the call is not an intrinsic (it is then lowered as an ordinary call).
// Invariant: only fields without a Haxe body are intrinsics, so a std/ implementation written in Haxe
// always wins over this table.

import type { MirType, Opcode, ValueId } from '../mir/mir.js';
import type { TExpr } from '../typing/texpr.js';
import { follow, type ClassField, type ClassType, type Type } from '../typing/types.js';
import { lowerExpr } from './expr.js';
import { FnLower, VOID, ensureTyped, type V } from './fn.js';
import { kindOf, mirType, sizeOfKind, type Kind } from './repr.js';
import { isOfType, toStr } from './values.js';

function ownerPath(cls: ClassType | undefined, f: ClassField): string {
  const o = f.owner;
  if (o && o.kind === 'abstract') return [...o.path.pack, o.path.name].join('.');
  if (cls?.abstractImpl) return [...cls.abstractImpl.path.pack, cls.abstractImpl.path.name].join('.');
  if (o) return [...o.path.pack, o.path.name].join('.');
  return cls ? [...cls.path.pack, cls.path.name].join('.') : '';
}

function hasBody(fl: FnLower, cls: ClassType | undefined, f: ClassField): boolean {
  if (!f.decl) return false;
  if (cls) ensureTyped(fl.p, cls);
  const b = fl.p.bodyOf(f);
  return !!b;
}

export function lowerIntrinsic(fl: FnLower, callee: TExpr, cls: ClassType | undefined, f: ClassField, args: TExpr[], call?: TExpr, thisExpr?: TExpr): V | undefined {
  const path = ownerPath(cls, f);
  const opMeta = f.meta.find((m) => m.name === ':op');
  if (opMeta && cls?.abstractImpl && !hasBody(fl, cls, f) && path !== 'haxe.Int64') {
    // `@:op(A >= B) static function gte(a, b):Bool;` without a body: the underlying type's operator.
    const ex = opMeta.args[0];
    const all = thisExpr ? [thisExpr, ...args] : args;
    if (ex && ex.kind === 'EBinop' && all.length === 2) {
      // `@:op(A += B)` without a body computes `a + b`; as in Haxe, nothing is stored.
      const compound = ex.op.length >= 2 && ex.op.endsWith('=') && !['==', '!=', '<=', '>='].includes(ex.op);
      const t = { kind: 'TBinop', op: compound ? ex.op.slice(0, -1) : ex.op, e1: asUnderlying(all[0]!), e2: asUnderlying(all[1]!), t: call?.t ?? all[0]!.t, pos: 0, end: 0 } as TExpr;
      return lowerExpr(fl, t);
    }
    if (ex && ex.kind === 'EUnop' && all.length === 1) {
      const t = { kind: 'TUnop', op: ex.op, postfix: ex.postfix, e: all[0]!, t: call?.t ?? all[0]!.t, pos: 0, end: 0 } as TExpr;
      return lowerExpr(fl, t);
    }
  }
  switch (path) {
    case 'rayzor.Ptr': return ptrOp(fl, f.name, args, thisExpr, call);
    case 'rayzor.Host': return hostCall(fl, f, args);
    case 'Math': return hasBody(fl, cls, f) ? undefined : mathOp(fl, f.name, args);
    case 'Std': return stdOp(fl, f.name, args);
    case 'haxe.Int64': return hasBody(fl, cls, f) ? undefined : int64Op(fl, f.name, args, thisExpr);
  }
  void callee;
  return undefined;
}

function arg(fl: FnLower, e: TExpr | undefined, k: Kind): ValueId {
  if (!e) return fl.zero(k).v;
  return fl.coerceKind(lowerExpr(fl, e), k).v;
}

function ptrOp(fl: FnLower, name: string, args: TExpr[], thisExpr: TExpr | undefined, call: TExpr | undefined): V | undefined {
  const b = fl.b;
  const self = () => arg(fl, thisExpr, 'ptr');
  const ld = (k: Kind, op: Opcode = 'load'): V => {
    const p = self();
    const off = arg(fl, args[0], 'int');
    const addr = b.inst('ptradd', undefined, [p, off])!;
    return { v: b.inst(op, mirType(k), [addr], { imm: '0' })!, k };
  };
  const st = (k: Kind, op: Opcode = 'store'): V => {
    const p = self();
    const off = arg(fl, args[0], 'int');
    const v = arg(fl, args[1], k);
    const addr = b.inst('ptradd', undefined, [p, off])!;
    b.inst(op, mirType(k), [v, addr], { imm: '0' });
    return VOID;
  };
  switch (name) {
    case 'nil': return { v: fl.nullPtr(), k: 'ptr' };
    case 'size': return { v: fl.i32(fl.p.ptrSize), k: 'int' };
    case 'sizeOf': {
      const k = args[0] ? fl.kind(args[0].t) : 'ptr';
      return { v: fl.i32(Math.max(4, sizeOfKind(k === 'void' ? 'ptr' : k, fl.p.ptrSize))), k: 'int' };
    }
    case 'alloc': return { v: b.inst('malloc', undefined, [arg(fl, args[0], 'int')])!, k: 'ptr' };
    case 'realloc': return { v: b.inst('realloc', undefined, [arg(fl, args[0], 'ptr'), arg(fl, args[1], 'int'), arg(fl, args[2], 'int')])!, k: 'ptr' };
    case 'free':
      b.inst('free', undefined, [arg(fl, args[0], 'ptr'), arg(fl, args[1], 'int')]);
      return VOID;
    case 'copy':
      b.memcpy(arg(fl, args[0], 'ptr'), arg(fl, args[1], 'ptr'), arg(fl, args[2], 'int'));
      return VOID;
    case 'fill':
      b.memset(arg(fl, args[0], 'ptr'), arg(fl, args[1], 'int'), arg(fl, args[2], 'int'));
      return VOID;
    case 'staticData': return { v: b.gaddr(0), k: 'ptr' };
    case 'callDyn': {
      const idx = arg(fl, args[0], 'int');
      const r = fl.callIndirect({ params: ['ptr', 'ptr'], results: ['ptr'] }, idx, [arg(fl, args[1], 'ptr'), arg(fl, args[2], 'ptr')]);
      return { v: r[0]!, k: 'ptr' };
    }
    case 'ofObject': return { v: arg(fl, args[0], 'ptr'), k: 'ptr' };
    case 'toObject': {
      const k = call ? fl.kind(call.t) : 'ptr';
      return fl.coerceKind({ v: self(), k: 'ptr' }, k === 'void' ? 'ptr' : k);
    }
    case 'addr': return { v: b.inst('ptrtoint' as Opcode, 'i32', [self()])!, k: 'int' };
    case 'isNull': return { v: b.binary('ieq', 'ptr', self(), fl.nullPtr()), k: 'bool' };
    case 'add': return { v: b.inst('ptradd', undefined, [self(), arg(fl, args[0], 'int')])!, k: 'ptr' };
    case 'diff': {
      const a = b.inst('ptrtoint' as Opcode, 'i32', [self()])!;
      const c = b.inst('ptrtoint' as Opcode, 'i32', [arg(fl, args[0], 'ptr')])!;
      return { v: b.binary('isub', 'i32', a, c), k: 'int' };
    }
    case 'getI32': return ld('int');
    case 'setI32': return st('int');
    case 'getU8': return ld('int', 'load8u');
    case 'setU8': return st('int', 'store8');
    case 'getU16': return ld('int', 'load16u');
    case 'setU16': return st('int', 'store16');
    case 'getF64': return ld('float');
    case 'setF64': return st('float');
    case 'getF32': {
      const p = self();
      const addr = b.inst('ptradd', undefined, [p, arg(fl, args[0], 'int')])!;
      const v = b.inst('load', 'f32', [addr], { imm: '0' })!;
      return { v: b.unary('fconv', 'f64', v), k: 'float' };
    }
    case 'setF32': {
      const p = self();
      const addr = b.inst('ptradd', undefined, [p, arg(fl, args[0], 'int')])!;
      const v = b.unary('fconv', 'f32', arg(fl, args[1], 'float'));
      b.inst('store', 'f32', [v, addr], { imm: '0' });
      return VOID;
    }
    case 'getI64': return ld('i64');
    case 'setI64': return st('i64');
    case 'getPtr': return ld('ptr');
    case 'setPtr': return st('ptr');
    case 'get': {
      const k = call ? fl.kind(call.t) : 'ptr';
      return ld(k === 'void' ? 'ptr' : k);
    }
    case 'set': {
      const k = args[1] ? fl.kind(args[1].t) : 'ptr';
      return st(k === 'void' ? 'ptr' : k);
    }
  }
  return undefined;
}

function hostCall(fl: FnLower, f: ClassField, args: TExpr[]): V {
  const ft = follow(f.type);
  if (ft.kind !== 'fun') return VOID;
  const kinds = ft.args.map((a) => kindOf(a.type, fl.sub));
  const rk = kindOf(ft.ret, fl.sub);
  const name = fl.p.external(`rayzor_host_${f.name}`, { params: kinds.map(mirType), results: rk === 'void' ? [] : [mirType(rk)] });
  const vals = kinds.map((k, i) => arg(fl, args[i], k));
  return fl.callV(name, vals, rk);
}

function hostMath(fl: FnLower, name: string, vals: ValueId[]): V {
  const params: MirType[] = vals.map(() => 'f64');
  const ext = fl.p.external(`rayzor_host_${name}`, { params, results: ['f64'] });
  return fl.callV(ext, vals, 'float');
}

/**
 * Math.floor/ceil/round's Int from an already rounded float, as Haxe's eval gives it: the magnitude
 * modulo 2^31 with the sign kept (Math.floor(3e9) is 852516352), and -2^31 for NaN and infinities.
 * Every step is exact in f64 (division and multiplication by a power of two, floor, a subtraction
 * whose result is below 2^31), so all backends agree.
 */
function roundedToInt(fl: FnLower, r: ValueId): V {
  const b = fl.b;
  const two31 = b.fconst('f64', 2147483648);
  const mag = b.unary('fabs', 'f64', r);
  const m = b.binary('fsub', 'f64', mag, b.binary('fmul', 'f64', b.unary('ffloor', 'f64', b.binary('fdiv', 'f64', mag, two31)), two31));
  const im = b.unary('ftosi', 'i32', m);
  const signed = b.inst('select', 'i32', [b.binary('flt', 'f64', r, b.fconst('f64', 0)), b.binary('isub', 'i32', b.iconst('i32', 0), im), im])!;
  const finite = b.binary('flt', 'f64', mag, b.fconst('f64', Infinity));
  return { v: b.inst('select', 'i32', [finite, signed, b.iconst('i32', -2147483648)])!, k: 'int' };
}

function mathOp(fl: FnLower, name: string, args: TExpr[]): V | undefined {
  const b = fl.b;
  const f0 = () => arg(fl, args[0], 'float');
  switch (name) {
    case 'PI': return { v: b.fconst('f64', Math.PI), k: 'float' };
    case 'NaN': return { v: b.fconst('f64', NaN), k: 'float' };
    case 'POSITIVE_INFINITY': return { v: b.fconst('f64', Infinity), k: 'float' };
    case 'NEGATIVE_INFINITY': return { v: b.fconst('f64', -Infinity), k: 'float' };
    case 'abs': {
      // Math.abs on an Int argument keeps Int semantics through the Float result.
      return { v: b.unary('fabs', 'f64', f0()), k: 'float' };
    }
    case 'sqrt': return { v: b.unary('fsqrt', 'f64', f0()), k: 'float' };
    case 'min': return { v: b.binary('fmin', 'f64', f0(), arg(fl, args[1], 'float')), k: 'float' };
    case 'max': return { v: b.binary('fmax', 'f64', f0(), arg(fl, args[1], 'float')), k: 'float' };
    case 'floor': return roundedToInt(fl, b.unary('ffloor', 'f64', f0()));
    case 'ceil': return roundedToInt(fl, b.unary('fceil', 'f64', f0()));
    case 'round': return roundedToInt(fl, b.unary('ffloor', 'f64', b.binary('fadd', 'f64', f0(), b.fconst('f64', 0.5))));
    case 'ffloor': return { v: b.unary('ffloor', 'f64', f0()), k: 'float' };
    case 'fceil': return { v: b.unary('fceil', 'f64', f0()), k: 'float' };
    case 'fround': return { v: b.unary('ffloor', 'f64', b.binary('fadd', 'f64', f0(), b.fconst('f64', 0.5))), k: 'float' };
    case 'isNaN': {
      const x = f0();
      return { v: b.binary('fne', 'f64', x, x), k: 'bool' };
    }
    case 'isFinite': {
      const x = f0();
      const d = b.binary('fsub', 'f64', x, x);
      return { v: b.binary('feq', 'f64', d, d), k: 'bool' };
    }
    case 'sin': case 'cos': case 'tan': case 'asin': case 'acos': case 'atan': case 'exp': case 'log':
      return hostMath(fl, name, [f0()]);
    case 'atan2': case 'pow':
      return hostMath(fl, name, [f0(), arg(fl, args[1], 'float')]);
    case 'random':
      return fl.callV(fl.rt('rayzor.rt.Rand', 'random'), [], 'float');
  }
  return undefined;
}

function stdOp(fl: FnLower, name: string, args: TExpr[]): V | undefined {
  switch (name) {
    case 'string': {
      if (!args[0]) return undefined;
      const v = lowerExpr(fl, args[0]);
      const s = toStr(fl, v, args[0].t);
      return s.v === v.v ? fl.callV(fl.rt('rayzor.rt.Dyn', 'stringOrNull'), [v.v], 'ptr') : s;
    }
    case 'int': {
      // Haxe's eval (like JS's `x | 0`) truncates and keeps the low 32 bits: Std.int(1e10) is
      // 1410065408, NaN and infinities give 0. The i64 conversion is exact below 2^63 in magnitude;
      // beyond that (and for NaN) eval's x86 conversion yields 0 in the low bits too.
      const b = fl.b;
      const x = arg(fl, args[0], 'float');
      const low = b.unary('trunc', 'i32', b.unary('ftosi', 'i64', x));
      const inRange = b.binary('flt', 'f64', b.unary('fabs', 'f64', x), b.fconst('f64', 9223372036854775808));
      return { v: b.inst('select', 'i32', [inRange, low, b.iconst('i32', 0)])!, k: 'int' };
    }
    case 'isOfType':
    case 'is': {
      const t = args[1];
      let te = t;
      while (te && (te.kind === 'TParenthesis' || te.kind === 'TMeta')) te = te.e;
      if (te && te.kind === 'TTypeExpr') return isOfType(fl, fl.coerceKind(lowerExpr(fl, args[0]!), 'ptr'), te.mt);
      return undefined;
    }
  }
  return undefined;
}

function int64Op(fl: FnLower, name: string, args: TExpr[], thisExpr: TExpr | undefined): V | undefined {
  const b = fl.b;
  const a = () => arg(fl, args[0], 'i64');
  const c = () => arg(fl, args[1], 'i64');
  const bin = (op: Opcode): V => ({ v: b.binary(op, 'i64', a(), c()), k: 'i64' });
  const cmp = (op: Opcode, swap = false): V => {
    const x = a(), y = c();
    return { v: b.binary(op, 'i64', swap ? y : x, swap ? x : y), k: 'bool' };
  };
  switch (name) {
    case 'ofInt': return { v: b.unary('sext', 'i64', arg(fl, args[0], 'int')), k: 'i64' };
    case 'truncate': return { v: b.unary('trunc', 'i32', a()), k: 'int' };
    case 'neg': return { v: b.binary('isub', 'i64', b.iconst('i64', 0), a()), k: 'i64' };
    case 'complement': return { v: b.binary('xor', 'i64', a(), b.iconst('i64', -1)), k: 'i64' };
    case 'add': return bin('iadd');
    case 'sub': return bin('isub');
    case 'mul': return bin('imul');
    case 'div': return bin('sdiv');
    case 'mod': return bin('srem');
    case 'and': return bin('and');
    case 'or': return bin('or');
    case 'xor': return bin('xor');
    case 'shl': case 'shr': case 'ushr': {
      const x = a();
      const s = b.unary('sext', 'i64', b.binary('and', 'i32', arg(fl, args[1], 'int'), fl.i32(63)));
      return { v: b.binary(name === 'shl' ? 'shl' : name === 'shr' ? 'sshr' : 'ushr', 'i64', x, s), k: 'i64' };
    }
    case 'eq': return cmp('ieq');
    case 'neq': return cmp('ine');
    case 'lt': return cmp('slt');
    case 'lte': return cmp('sle');
    case 'gt': return cmp('slt', true);
    case 'gte': return cmp('sle', true);
    case 'isInt64': return fl.callV(fl.rt('rayzor.rt.Dyn', 'isInt64'), [arg(fl, args[0], 'ptr')], 'bool');
    case 'preIncrement': case 'postIncrement': case 'preDecrement': case 'postDecrement': {
      if (!thisExpr) return undefined;
      const { placeOf } = placeMod;
      const place = placeOf(fl, thisExpr);
      const cur = fl.coerceKind(place.get(), 'i64');
      const next = { v: b.binary(name.includes('Incr') ? 'iadd' : 'isub', 'i64', cur.v, b.iconst('i64', 1)), k: 'i64' as Kind };
      place.set(next);
      return name.startsWith('pre') ? next : cur;
    }
  }
  return undefined;
}

import * as placeMod from './expr.js';
export type { Type };

/** The operand seen as its underlying type (enum abstracts over Int compare as Int). */
function asUnderlying(e: TExpr): TExpr {
  const t = follow(e.t);
  if (t.kind === 'abstract' && !t.abs.isCore) return { ...e, t: t.abs.underlying } as TExpr;
  return e;
}
