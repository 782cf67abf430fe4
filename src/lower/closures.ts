// Closures: local functions, bound methods, static functions and enum constructors as values, calls
// of closure values, and adapters between function types whose value kinds differ.
// Takes: FnLower and the typed function or field. Gives: closure objects (runtime/README.md layout:
// +8 fn table index, +12 dynamic-call table index, +16 ctx) and the generated MIR functions.
// Invariant: a closure's `fn` takes (ctx, args...) with the kinds of its own static function type; a
// caller whose static type has other kinds goes through an adapter (box → dynamic call → unbox), so a
// call_indirect signature always matches its target.

import type { MirType, Signature, ValueId } from '../mir/mir.js';
import type { FieldAccess, TExpr, TVar } from '../typing/texpr.js';
import { follow, type ClassField, type ClassType, type EnumType, type TFun, type Type, type TypeParam } from '../typing/types.js';
import { lowerExpr, makeDynArgs } from './expr.js';
import { FnLower, VOID, ensureTyped, type V } from './fn.js';
import { CLO, TID, type ClassInfo } from './program.js';
import { argKind, kindOf, mirType, type Kind, type Subst } from './repr.js';
import { arrayInfo } from './values.js';
import { lowerBody } from './body.js';

const CLOSURE_SIZE = 24;

function sigOf(ft: TFun, sub: Subst): { sig: Signature; kinds: Kind[]; ret: Kind } {
  const kinds = ft.args.map((a) => argKind(a, sub)).map((k) => (k === 'void' ? 'ptr' : k));
  const ret = kindOf(ft.ret, sub);
  return { sig: { params: ['ptr', ...kinds.map(mirType)], results: ret === 'void' ? [] : [mirType(ret)] }, kinds, ret };
}

function sigKey(kinds: Kind[], ret: Kind): string {
  const c = (k: Kind) => ({ int: 'i', bool: 'b', float: 'f', i64: 'l', ptr: 'p', void: 'v' })[k];
  return kinds.map(c).join('') + '_' + c(ret);
}

export function makeClosure(fl: FnLower, fnName: string, dynName: string, ctx: ValueId): V {
  const clo = fl.alloc(CLOSURE_SIZE, TID.CLOSURE);
  fl.store('int', fl.i32(fl.p.tableIndex(fnName)), clo, CLO.FN);
  fl.store('int', fl.i32(fl.p.tableIndex(dynName)), clo, CLO.DYN);
  fl.store('ptr', ctx, clo, CLO.CTX);
  return { v: clo, k: 'ptr' };
}

/** The generic dynamic-call entry for closures whose fn has these kinds: (closure, Array<Dynamic>) → Dynamic. */
export function dynCaller(fl: FnLower, kinds: Kind[], ret: Kind): string {
  const name = `$dyncall$${sigKey(kinds, ret)}`;
  const p = fl.p;
  const ai = arrayInfo(fl, undefined)!;
  return p.generate(name, () => {
    const g = new FnLower(p, name, { params: ['ptr', 'ptr'], results: ['ptr'] }, fl.sub, 'ptr');
    const [clo, args] = g.b.params as [ValueId, ValueId];
    const fn = g.load('int', clo, CLO.FN);
    const ctx = g.load('ptr', clo, CLO.CTX);
    const vals = kinds.map((k, i) => g.coerceKind(g.callV(ai.get, [args, g.i32(i)], 'ptr'), k).v);
    const sig: Signature = { params: ['ptr', ...kinds.map(mirType)], results: ret === 'void' ? [] : [mirType(ret)] };
    const r = g.b.callIndirect(sig, fn, [ctx, ...vals]);
    g.b.ret([ret === 'void' ? g.nullPtr() : g.box({ v: r[0]!, k: ret }).v]);
    return g.finish();
  });
}

export function callClosure(fl: FnLower, fv: V, ft: TFun, args: ValueId[]): V {
  const { sig, ret } = sigOf(ft, fl.sub);
  const clo = fl.coerceKind(fv, 'ptr').v;
  const fn = fl.load('int', clo, CLO.FN);
  const ctx = fl.load('ptr', clo, CLO.CTX);
  const r = fl.callIndirect(sig, fn, [ctx, ...args]);
  return ret === 'void' ? VOID : { v: r[0]!, k: ret };
}

/** A closure of kinds `to` calling closure `v` (of other kinds) through its dynamic entry. */
export function adaptClosure(fl: FnLower, v: V, from: TFun, to: TFun): V {
  return adaptClosureSub(fl, v, from, to, fl.sub);
}

export function adaptClosureSub(fl: FnLower, v: V, from: TFun, to: TFun, toSub: Subst): V {
  const a = sigOf(from, fl.sub);
  const b = sigOf(to, toSub);
  if (a.kinds.length === b.kinds.length && a.kinds.every((k, i) => k === b.kinds[i]) && (a.ret === b.ret || b.ret === 'void')) return v;
  const name = `$adapt$${sigKey(b.kinds, b.ret)}`;
  const p = fl.p;
  const ai = arrayInfo(fl, undefined)!;
  p.generate(name, () => {
    const g = new FnLower(p, name, b.sig, fl.sub, b.ret);
    const src = g.b.params[0]!;
    const boxed = b.kinds.map((k, i) => g.box({ v: g.b.params[i + 1]!, k }));
    const arr = g.callV(ai.make, [g.i32(boxed.length)], 'ptr');
    for (const x of boxed) g.callV(ai.push, [arr.v, x.v], 'int');
    const dyn = g.load('int', src, CLO.DYN);
    const r = g.b.callIndirect({ params: ['ptr', 'ptr'], results: ['ptr'] }, dyn, [src, arr.v]);
    if (b.ret === 'void') g.b.ret([]);
    else g.b.ret([g.coerceKind({ v: r[0]!, k: 'ptr' }, b.ret).v]);
    return g.finish();
  });
  const nn = fl.coerceKind(v, 'ptr');
  // null stays null
  return nullSafe(fl, nn, () => makeClosure(fl, name, dynCaller(fl, b.kinds, b.ret), nn.v));
}

function nullSafe(fl: FnLower, v: V, make: () => V): V {
  const res = fl.b.declareVar('ptr');
  fl.b.defVar(res, v.v);
  const yes = fl.b.newBlock();
  const join = fl.b.newBlock();
  fl.b.br(fl.b.binary('ieq', 'ptr', v.v, fl.nullPtr()), join, [], yes, []);
  fl.b.seal(yes);
  fl.b.switchTo(yes);
  fl.b.defVar(res, make().v);
  fl.b.jump(join);
  fl.b.seal(join);
  fl.b.switchTo(join);
  return { v: fl.b.useVar(res), k: 'ptr' };
}

// ---- local functions --------------------------------------------------------------------------------

/** Keys of typed-AST nodes that hold types, fields or variables, never sub-expressions. */
const SKIP = new Set(['t', 'v', 'key', 'name', 'access', 'cls', 'mt', 'enm', 'ctor', 'params', 'ret', 'type', 'abs', 'field', 'checked']);

/** Variables a function body reads or writes that it does not declare, and whether it uses `this`. */
function freeVars(e: TExpr): { vars: Map<number, TVar>; usesThis: boolean } {
  const declared = new Set<number>();
  const used = new Map<number, TVar>();
  let usesThis = false;
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y);
      return;
    }
    const o = x as Record<string, unknown>;
    if (o.kind === 'TLocal') used.set((o.v as TVar).id, o.v as TVar);
    if (o.kind === 'TConst' && ((o.value as { k: string }).k === 'this' || (o.value as { k: string }).k === 'super')) usesThis = true;
    if (o.kind === 'TVarDecl') declared.add((o.v as TVar).id);
    if (o.kind === 'TFor') {
      declared.add((o.v as TVar).id);
      if (o.key) declared.add((o.key as TVar).id);
    }
    if (o.kind === 'TFunction') {
      const f = o.func as { args: { v: TVar }[] };
      for (const a of f.args) declared.add(a.v.id);
      if (o.name) declared.add((o.name as TVar).id);
    }
    if (o.kind === 'TTry') for (const c of o.catches as { v: TVar }[]) declared.add(c.v.id);
    if (o.k === 'bind') declared.add((o.v as TVar).id);
    for (const k in o) {
      if (SKIP.has(k)) continue;
      if (k === 'value' && o.kind === 'TConst') continue;
      visit(o[k]);
    }
  };
  visit(e);
  for (const id of declared) used.delete(id);
  return { vars: used, usesThis };
}

export function lowerClosure(fl: FnLower, e: TExpr & { kind: 'TFunction' }): V {
  if (e.name) fl.declareLocal(e.name, undefined);
  const { vars, usesThis } = freeVars({ ...e, name: undefined } as TExpr);
  if (e.name) vars.set(e.name.id, e.name);
  const P = fl.p.ptrSize;
  const env = new Map<number, number>();
  let off = 8;
  let envThis: number | undefined;
  if (usesThis) {
    envThis = off;
    off += P;
  }
  for (const id of vars.keys()) {
    env.set(id, off);
    off += P;
  }
  const envObj = fl.alloc(Math.max(off, 16), TID.CELL);
  if (envThis !== undefined) fl.store('ptr', fl.thisValue().v, envObj, envThis);
  for (const [id, tv] of vars) {
    const slot = fl.slotOf(tv);
    let cell = fl.b.useVar(slot.id);
    if (!slot.cell) {
      // Not marked captured (e.g. an argument): copy into a fresh cell (reads only).
      const c = fl.alloc(16, TID.CELL);
      if (slot.kind !== 'void') fl.store(slot.kind, cell, c, 8);
      cell = c;
    }
    fl.store('ptr', cell, envObj, env.get(id)!);
  }
  const ft = follow(fl.concrete(e.t)) as TFun;
  const { sig, kinds, ret } = sigOf(ft, fl.sub);
  const name = `${fl.name}$fn${fl.closureCount++}`;
  const g = new FnLower(fl.p, name, sig, fl.sub, ret);
  g.file = fl.file;
  g.traceFile = fl.traceFile;
  g.className = fl.className;
  g.methodName = fl.methodName;
  g.currentClass = fl.currentClass;
  g.env = env;
  g.envThis = envThis;
  g.thisKind = fl.thisKind;
  g.envVar = g.b.declareVar('ptr');
  g.b.defVar(g.envVar, g.b.params[0]!);
  // Load the shared cells (and `this`) in the entry block so they dominate every use.
  for (const [id, tv] of vars) {
    void id;
    g.slotOf(tv);
  }
  if (envThis !== undefined) g.thisValue();
  lowerBody(g, e.func, 1);
  fl.p.addFunction(g.finish());
  const clo = makeClosure(fl, name, dynCaller(fl, kinds, ret), envObj);
  if (e.name) fl.writeLocal(e.name, clo);
  return clo;
}

// ---- methods, statics, enum constructors as values ---------------------------------------------------

export function boundMethod(fl: FnLower, obj: V, recvT: Type, a: FieldAccess & { k: 'instance' }, t: Type, exact = false): V {
  const f = follow(fl.concrete(recvT));
  const info: ClassInfo | undefined = f.kind === 'inst' && !f.cls.isInterface ? fl.p.classInfo(f.cls, f.params, fl.sub) : undefined;
  const ft = follow(a.field.type);
  if (!info || ft.kind !== 'fun') {
    const d = fl.callV(fl.rt('rayzor.rt.Dyn', 'getField'), [fl.coerceKind(obj, 'ptr').v, fl.i32(fl.p.nameId(a.field.name))], 'ptr');
    return d;
  }
  ensureTyped(fl.p, info.cls);
  const owner = a.field.owner && a.field.owner.kind === 'class' ? fl.p.superInfoOf(info, a.field.owner) : info;
  const { kinds, ret } = sigOf(ft, owner.sub);
  const slot = info.slots.get(a.field.name);
  const clo = fl.alloc(CLOSURE_SIZE, TID.CLOSURE);
  if (!exact && slot !== undefined && fl.p.isOverridden(a.field)) {
    const P = fl.p.ptrSize;
    const tid = fl.load('int', obj.v, 0);
    const table = fl.load('ptr', fl.b.gaddr(8), 0);
    const rec = fl.load('ptr', fl.b.inst('ptradd', undefined, [table, fl.b.binary('imul', 'i32', tid, fl.i32(P))])!, 0);
    const vt = fl.load('ptr', rec, 32 + 3 * P);
    fl.store('int', fl.load('int', vt, slot * 4), clo, CLO.FN);
  } else {
    const name = fl.p.requestMethod(exact ? fl.p.superInfoOf(info, a.cls) : owner, a.field);
    fl.store('int', fl.i32(fl.p.tableIndex(name)), clo, CLO.FN);
  }
  fl.store('int', fl.i32(fl.p.tableIndex(dynCaller(fl, kinds, ret))), clo, CLO.DYN);
  fl.store('ptr', obj.v, clo, CLO.CTX);
  const declared = follow(substituteWith(ft, owner.sub)) as TFun;
  const want = follow(fl.concrete(t));
  return want.kind === 'fun' ? adaptClosure(fl, { v: clo, k: 'ptr' }, declared, want) : { v: clo, k: 'ptr' };
}

import { substitute } from '../typing/types.js';
function substituteWith(t: Type, sub: Subst): Type {
  return substitute(t, sub as Map<TypeParam, Type>);
}

export function staticClosure(fl: FnLower, cls: ClassType, f: ClassField, t: Type): V {
  ensureTyped(fl.p, cls);
  const target = fl.p.requestStatic(cls, f, [], fl.sub);
  const req = fl.p.request(target)!;
  const ft = follow(f.type) as TFun;
  const { sig, kinds, ret } = sigOf(ft, req.sub);
  const name = `${target}$clo`;
  fl.p.generate(name, () => {
    const g = new FnLower(fl.p, name, sig, req.sub, ret);
    const r = g.b.call(target, g.b.params.slice(1), req.sig.results);
    g.b.ret(ret === 'void' ? [] : [r[0]!]);
    return g.finish();
  });
  const clo = makeClosure(fl, name, dynCaller(fl, kinds, ret), fl.nullPtr());
  const want = follow(fl.concrete(t));
  return want.kind === 'fun' ? adaptClosure(fl, clo, follow(substituteWith(ft, req.sub)) as TFun, want) : clo;
}

export function enumCtorClosure(fl: FnLower, enm: EnumType, index: number, t: Type): V {
  const ft = follow(fl.concrete(t));
  if (ft.kind !== 'fun') return { v: fl.nullPtr(), k: 'ptr' };
  const et = follow(fl.concrete(ft.ret));
  const info = fl.p.enumInfo(enm, et.kind === 'enum' ? et.params : [], fl.sub);
  const { sig, kinds, ret } = sigOf(ft, fl.sub);
  const name = `${info.key}.${info.ctors[index]!.name}$clo`;
  fl.p.generate(name, () => {
    const g = new FnLower(fl.p, name, sig, fl.sub, ret);
    const c = info.ctors[index]!;
    const obj = g.alloc(c.size, info.tid);
    g.store('int', g.i32(index), obj, 8);
    c.args.forEach((s, i) => g.store(s.kind, g.coerceKind({ v: g.b.params[i + 1]!, k: kinds[i]! }, s.kind).v, obj, s.offset));
    g.b.ret([obj]);
    return g.finish();
  });
  return makeClosure(fl, name, dynCaller(fl, kinds, ret), fl.nullPtr());
}

export type { MirType };
void lowerExpr;
void makeDynArgs;
