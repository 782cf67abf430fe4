// Lowering helpers for values: strings (conversion, concatenation), equality, arrays and object
// literals, type tests and casts, enum parameters.
// Takes: values already lowered (V) with their static types. Gives: MIR computing the Haxe result,
// calling std/ (String.__*, Array.__*) and runtime (rayzor.rt.Dyn) functions where needed.
// Invariant: String equality compares contents; equality involving Dynamic or Null<basic> is decided
// at run time by Dyn.equals; other object equality is identity.

import type { TExpr } from '../typing/texpr.js';
import { applyParams, follow, pathString, type ModuleType, type Type } from '../typing/types.js';
import { lowerExpr } from './expr.js';
import { FnLower, LowerError, findClass, ensureTyped, type V } from './fn.js';
import { newObject, callStaticWithThis, callStaticWithThis as callStaticWithThisValue } from './calls.js';
import { TID, type ClassInfo } from './program.js';
import { kindOf, type Kind } from './repr.js';

export function isStringType(fl: FnLower, t: Type): boolean {
  const f = follow(fl.concrete(t));
  return f.kind === 'inst' && f.cls.path.pack.length === 0 && f.cls.path.name === 'String';
}

export function isDynamicLike(fl: FnLower, t: Type): boolean {
  const c = fl.concrete(t);
  if (c.kind === 'abstract' && c.abs.path.pack.length === 0 && c.abs.path.name === 'Null') {
    const inner = c.params[0];
    if (!inner) return true;
    const k = fl.kind(inner);
    return k !== 'ptr' || isDynamicLike(fl, inner);
  }
  const f = follow(c);
  if (f.kind === 'dynamic' || f.kind === 'mono' || f.kind === 'param') return true;
  if (f.kind === 'abstract' && f.abs.path.pack.length === 0 && (f.abs.path.name === 'Any' || f.abs.path.name === 'Dynamic' || f.abs.path.name === 'EnumValue')) return true;
  return false;
}

export function toStr(fl: FnLower, v: V, t: Type): V {
  // An abstract with its own toString prints through it (Haxe calls it statically), but only where
  // the abstract is the static type: inside generic code (a type parameter here) Haxe has erased it.
  const c = fl.concrete(t);
  if (c.kind === 'abstract') c.abs.build?.();
  if (c.kind === 'abstract' && !c.abs.isCore && c.abs.impl && follow(t).kind !== 'param') {
    const ts = c.abs.impl.fields.get('toString');
    if (ts && ts.kind.k === 'method') return callStaticWithThisValue(fl, c.abs.impl, ts, v, t, []);
  }
  switch (v.k) {
    case 'int': return fl.callV(fl.rt('String', '__ofInt'), [v.v], 'ptr');
    case 'float': return fl.callV(fl.rt('String', '__ofFloat'), [v.v], 'ptr');
    case 'bool': return fl.callV(fl.rt('String', '__ofBool'), [v.v], 'ptr');
    case 'i64': return fl.callV(fl.rt('rayzor.rt.Dyn', 'toString'), [fl.box(v).v], 'ptr');
    case 'void': return fl.callV(fl.rt('rayzor.rt.Dyn', 'toString'), [fl.nullPtr()], 'ptr');
    default:
      if (isStringType(fl, t)) return v; // String.__concat prints null as 'null'
      return fl.callV(fl.rt('rayzor.rt.Dyn', 'toString'), [v.v], 'ptr');
  }
}

export function strConcat(fl: FnLower, a: V, b: V): V {
  return fl.callV(fl.rt('String', '__concat'), [a.v, b.v], 'ptr');
}

/** String, or a type whose values are strings: Null<String>, an abstract over String (`enum abstract
 * (String)`); `==` on those compares contents, as on the underlying String. */
function isStringValued(fl: FnLower, t: Type, depth = 0): boolean {
  if (isStringType(fl, t)) return true;
  const c = follow(fl.concrete(t));
  if (c.kind !== 'abstract' || depth > 8) return false;
  if (c.abs.path.pack.length === 0 && c.abs.path.name === 'Null') return c.params[0] !== undefined && isStringValued(fl, c.params[0], depth + 1);
  if (c.abs.isCore) return false;
  const u = applyParams(c.abs.params, c.params, c.abs.underlying);
  return !(u.kind === 'abstract' && u.abs === c.abs) && isStringValued(fl, u, depth + 1);
}

export function lowerEquality(fl: FnLower, a: V, b: V, ta: Type, tb: Type): V {
  if (a.k !== 'ptr' && b.k !== 'ptr') {
    if (a.k === 'float' || b.k === 'float') return { v: fl.b.binary('feq', 'f64', fl.coerceKind(a, 'float').v, fl.coerceKind(b, 'float').v), k: 'bool' };
    if (a.k === 'i64' || b.k === 'i64') return { v: fl.b.binary('ieq', 'i64', fl.coerceKind(a, 'i64').v, fl.coerceKind(b, 'i64').v), k: 'bool' };
    return { v: fl.b.binary('ieq', 'i32', a.v, b.v), k: 'bool' };
  }
  const sa = isStringValued(fl, ta), sb = isStringValued(fl, tb);
  if ((sa || sb) && a.k === 'ptr' && b.k === 'ptr' && !isDynamicLike(fl, sa ? tb : ta)) return fl.callV(fl.rt('String', '__eq'), [a.v, b.v], 'bool');
  // Function values compare as the same function bound to the same object (a closure is built
  // afresh each time a method is named), which Dyn.equals checks.
  const isFun = (t: Type) => follow(fl.concrete(t)).kind === 'fun';
  if (a.k === 'ptr' && b.k === 'ptr' && !isDynamicLike(fl, ta) && !isDynamicLike(fl, tb) && !sa && !sb && !isFun(ta) && !isFun(tb)) {
    return { v: fl.b.binary('ieq', 'ptr', a.v, b.v), k: 'bool' };
  }
  return fl.callV(fl.rt('rayzor.rt.Dyn', 'equals'), [fl.box(a).v, fl.box(b).v], 'bool');
}

// ---- arrays -------------------------------------------------------------------------------------------

export interface ArrayAccess {
  info: ClassInfo;
  elem: Kind;
  get: string;
  set: string;
  push: string;
  /** `make(n)`: a new empty array with room for n elements. */
  make: string;
  lengthOffset: number;
}

/** The Array<T> instance for a static type (undefined: not an Array); `undefined` type gives Array<Dynamic>. */
export function arrayInfo(fl: FnLower, t: Type | undefined): ArrayAccess | undefined {
  const arrCls = findClass(fl.p, 'Array');
  if (!arrCls) return undefined;
  let params: Type[];
  if (t === undefined) params = [{ kind: 'dynamic', of: undefined }];
  else {
    const f = follow(fl.concrete(t));
    if (f.kind !== 'inst' || f.cls !== arrCls) return undefined;
    params = f.params;
  }
  ensureTyped(fl.p, arrCls);
  const info = fl.p.classInfo(arrCls, params, fl.sub);
  const field = (n: string) => {
    const f = arrCls.fields.get(n);
    if (!f) throw new Error(`std Array has no ${n}`);
    return fl.p.requestMethod(info, f);
  };
  const elem = kindOf(info.params[0]!, info.sub);
  const make = `${info.key}.$make`;
  const ctor = fl.p.requestCtor(info);
  const reserve = field('__reserve');
  fl.p.generate(make, () => {
    const g = new FnLower(fl.p, make, { params: ['i32'], results: ['ptr'] }, info.sub, 'ptr');
    const n = g.b.params[0]!;
    const obj = g.alloc(info.size, info.tid);
    if (ctor) g.b.call(ctor, [obj], []);
    g.b.call(reserve, [obj, n], []);
    g.b.ret([obj]);
    return g.finish();
  });
  return { info, elem, get: field('__get'), set: field('__set'), push: field('push'), make, lengthOffset: info.fields.get('length')!.offset };
}

/**
 * A Dynamic value used as an `Array<E>` (`var a:Array<Dynamic> = json.items`): the array itself when it
 * is that instance (or null, or no array), else a converted copy, since Array<Int> and Array<Dynamic>
 * store elements differently. One generated function per target instance does the test and the copy.
 */
export function arrayFromDynamic(fl: FnLower, v: V, to: Type): V {
  const ai = arrayInfo(fl, to);
  const arrCls = findClass(fl.p, 'Array');
  const fill = arrCls?.fields.get('__fillFrom');
  if (!ai || !arrCls || !fill) return v;
  const name = `${ai.info.key}.$ofDynamic`;
  const fillFn = fl.p.requestMethod(ai.info, fill);
  const make = ai.make;
  const tid = ai.info.tid;
  fl.p.generate(name, () => {
    const g = new FnLower(fl.p, name, { params: ['ptr'], results: ['ptr'] }, ai.info.sub, 'ptr');
    const src = g.b.params[0]!;
    const need = g.callV(g.rt('rayzor.rt.Dyn', 'arrayNeedsCopy'), [src, g.i32(tid)], 'bool');
    const copyB = g.b.newBlock();
    const sameB = g.b.newBlock();
    g.b.br(need.v, copyB, [], sameB, []);
    g.b.seal(copyB);
    g.b.seal(sameB);
    g.b.switchTo(copyB);
    const fresh = g.callV(make, [g.i32(0)], 'ptr');
    const r = g.callV(fillFn, [fresh.v, src], 'ptr');
    g.b.ret([r.v]);
    g.b.switchTo(sameB);
    g.b.ret([src]);
    return g.finish();
  });
  return fl.callV(name, [fl.coerceKind(v, 'ptr').v], 'ptr');
}

export function lowerArrayDecl(fl: FnLower, e: TExpr & { kind: 'TArrayDecl' }): V {
  const mp = mapParams(fl, e.t);
  if (mp) {
    // A map literal `[k => v, ...]`.
    const m = newMap(fl, e.t);
    const setF = mapSet(fl, e.t);
    for (const x of e.values) {
      if (x.kind !== 'TBinop' || x.op !== '=>') continue;
      setF(m, x.e1, x.e2);
    }
    return m;
  }
  const ai = arrayInfo(fl, e.t) ?? arrayInfo(fl, undefined)!;
  const arr = fl.callV(ai.make, [fl.i32(e.values.length)], 'ptr');
  const elemT = follow(fl.concrete(e.t));
  const et = elemT.kind === 'inst' ? elemT.params[0] : undefined;
  for (const x of e.values) {
    const v = lowerExpr(fl, x);
    const c = et ? fl.coerce(v, x.t, et) : fl.coerceKind(v, ai.elem);
    fl.callV(ai.push, [arr.v, fl.coerceKind(c, ai.elem).v], 'int');
  }
  return arr;
}

export function lowerObjectDecl(fl: FnLower, e: TExpr & { kind: 'TObjectDecl' }): V {
  const at = follow(fl.concrete(e.t));
  const fieldType = (name: string, x: TExpr): Type => (at.kind === 'anon' ? at.fields.get(name)?.type ?? x.t : x.t);
  const kinds = e.fields.map((f) => ({ name: f.name, kind: fl.kind(fieldType(f.name, f.e)) === 'void' ? ('ptr' as Kind) : fl.kind(fieldType(f.name, f.e)) }));
  const info = fl.p.anonInfo(kinds);
  const vals = e.fields.map((f) => fl.coerce(lowerExpr(fl, f.e), f.e.t, fieldType(f.name, f.e)));
  const obj = fl.alloc(info.size, info.tid);
  e.fields.forEach((f, i) => {
    const s = info.fields.get(f.name)!;
    fl.store(s.kind, fl.coerceKind(vals[i]!, s.kind).v, obj, s.offset);
  });
  return { v: obj, k: 'ptr' };
}

// ---- type tests ------------------------------------------------------------------------------------------

/** The family id `Std.isOfType` compares for a module type (0: matches everything non-null). */
export function familyOf(fl: FnLower, mt: ModuleType): number {
  if (mt.kind === 'class') return mt.path.pack.length === 0 && mt.path.name === 'String' ? TID.STRING : fl.p.classFamily(mt);
  if (mt.kind === 'enum') return fl.p.enumFamily(mt);
  if (mt.kind === 'abstract' && mt.path.pack.length === 0) {
    switch (mt.path.name) {
      case 'Int': return TID.INT;
      case 'Float': return TID.FLOAT;
      case 'Bool': return TID.BOOL;
      case 'Dynamic': case 'Any': return 0;
      case 'Class': return TID.CLASSOBJ;
    }
  }
  if (mt.kind === 'abstract' && mt.impl === undefined && !mt.isCore) return 0;
  if (mt.kind === 'typedef') {
    const f = follow(mt.type);
    if (f.kind === 'inst') return familyOf(fl, f.cls);
  }
  return 0;
}

export function isOfType(fl: FnLower, v: V, mt: ModuleType): V {
  const fam = familyOf(fl, mt);
  return fl.callV(fl.rt('rayzor.rt.Dyn', 'isOfType'), [fl.coerceKind(v, 'ptr').v, fl.i32(fam)], 'bool');
}

export function lowerCheckedCast(fl: FnLower, v: V, mt: ModuleType, t: Type): V {
  const fam = familyOf(fl, mt);
  const name = fl.p.data.string(mt.kind === 'class' || mt.kind === 'enum' ? pathString(mt.path) : mt.path.name);
  const r = fl.callV(fl.rt('rayzor.rt.Dyn', 'checkCast'), [fl.coerceKind(v, 'ptr').v, fl.i32(fam), fl.b.gaddr(name)], 'ptr');
  return fl.coerceKind(r, fl.kind(t));
}

export function lowerEnumParameter(fl: FnLower, e: TExpr & { kind: 'TEnumParameter' }): V {
  const v = lowerExpr(fl, e.e);
  const et = follow(fl.concrete(e.e.t));
  const enm = et.kind === 'enum' ? et.enm : undefined;
  if (!enm) return fl.zero(fl.kind(e.t));
  const info = fl.p.enumInfo(enm, et.kind === 'enum' ? et.params : [], fl.sub);
  const slot = info.ctors[e.ctor.index]?.args[e.index];
  if (!slot) return fl.zero(fl.kind(e.t));
  const raw: V = { v: fl.load(slot.kind, v.v, slot.offset), k: slot.kind };
  return fl.coerceKind(raw, fl.kind(e.t));
}

// ---- maps ------------------------------------------------------------------------------------------------

/** Is `t` haxe.ds.Map<K, V>? Gives K and V. */
export function mapParams(fl: FnLower, t: Type): [Type, Type] | undefined {
  const c = fl.concrete(t);
  if (c.kind === 'abstract' && c.abs.path.name === 'Map' && c.abs.path.pack.join('.') === 'haxe.ds') return [c.params[0]!, c.params[1]!];
  return undefined;
}

/** `new Map<K, V>()`: the implementation class Haxe's @:multiType selects from K. */
export function newMap(fl: FnLower, t: Type): V {
  const [k, v] = mapParams(fl, t) ?? [{ kind: 'dynamic' as const, of: undefined }, { kind: 'dynamic' as const, of: undefined }];
  const kf = follow(fl.concrete(k));
  const kk = fl.kind(k);
  let path: string;
  let params: Type[];
  // As Haxe's @:multiType(@:followWithAbstracts K): an abstract over String keys by contents too.
  if ((kf.kind === 'inst' && kf.cls.path.pack.length === 0 && kf.cls.path.name === 'String') || isStringValued(fl, k)) [path, params] = ['haxe.ds.StringMap', [v]];
  else if (kk === 'int') [path, params] = ['haxe.ds.IntMap', [v]];
  else if (kf.kind === 'enum') [path, params] = ['haxe.ds.EnumValueMap', [k, v]];
  else [path, params] = ['haxe.ds.ObjectMap', [k, v]];
  const cls = findClass(fl.p, path);
  if (!cls) throw new LowerError(`${path} is missing from std`);
  ensureTyped(fl.p, cls);
  return newObject(fl, fl.p.classInfo(cls, params, fl.sub), []);
}

/** A setter for map literals: calls Map's `set` through the abstract. */
export function mapSet(fl: FnLower, t: Type): (m: V, k: TExpr, v: TExpr) => void {
  const c = fl.concrete(t);
  const abs = c.kind === 'abstract' ? c.abs : undefined;
  // The typer builds types lazily: nothing else may have asked for Map's members yet.
  abs?.build?.();
  const impl = abs?.impl;
  impl?.build?.();
  const f = impl?.fields.get('set');
  return (m, k, v) => {
    if (!impl || !f) return;
    const thisE = { kind: 'TConst', value: { k: 'null' }, t, pos: 0, end: 0 } as TExpr;
    void thisE;
    callStaticWithThis(fl, impl, f, m, t, [k, v]);
  };
}
