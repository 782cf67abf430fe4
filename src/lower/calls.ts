// Lowering of calls, field accesses and `new`: static, virtual (method table), interface and
// structural (lookup by name id), closure and Dynamic calls; enum constructors; iterators.
// Takes: TCall/TField/TNew nodes inside a FnLower. Gives: MIR calls and loads/stores.
// Invariant: an instance method nobody overrides is called directly (whole-program devirtualization);
// otherwise through the receiver's vtable (type id → type table → record → vtable slot). Method type
// parameters are recovered by matching the field's declared type against the call site's type.

import type { Signature, ValueId } from '../mir/mir.js';
import type { FieldAccess, TExpr } from '../typing/texpr.js';
import { follow, resolve, type ClassField, type ClassType, type EnumType, type Type, type TypeParam } from '../typing/types.js';
import { ROOT_TYPE_TABLE } from './data.js';
import { lowerExpr, makeDynArgs, inlineAbstractMember, writesThis, type Place } from './expr.js';
import { FnLower, VOID, ensureTyped, findClass, type V } from './fn.js';
import { lowerIntrinsic } from './intrinsics.js';
import { boundMethod, staticClosure, enumCtorClosure, callClosure } from './closures.js';
import { mergeSub, Program, type ClassInfo } from './program.js';
import { KIND_CODE, argKind, kindOf, mirType, type Kind } from './repr.js';
import { isDynamicLike, newMap, toStr } from './values.js';

function strip(e: TExpr): TExpr {
  while (e.kind === 'TParenthesis' || (e.kind === 'TMeta' && e.name !== ':abstractNew')) e = e.e;
  return e;
}

// ---- method type parameters -----------------------------------------------------------------------

export function bindParams(decl: Type, actual: Type, params: Set<TypeParam>, out: Map<TypeParam, Type>, depth = 0): void {
  if (depth > 12) return;
  const d = resolve(decl);
  const a = resolve(actual);
  if (d.kind === 'param') {
    if (params.has(d.param) && !out.has(d.param)) out.set(d.param, a);
    return;
  }
  if (d.kind === 'typedef' || a.kind === 'typedef') {
    const fd = d.kind === 'typedef' ? follow(d) : d;
    const fa = a.kind === 'typedef' ? follow(a) : a;
    if (fd !== d || fa !== a) bindParams(fd, fa, params, out, depth + 1);
    return;
  }
  if (d.kind === 'fun' && a.kind === 'fun') {
    d.args.forEach((x, i) => a.args[i] && bindParams(x.type, a.args[i]!.type, params, out, depth + 1));
    bindParams(d.ret, a.ret, params, out, depth + 1);
    return;
  }
  if ((d.kind === 'inst' && a.kind === 'inst' && d.cls === a.cls) || (d.kind === 'enum' && a.kind === 'enum' && d.enm === a.enm) || (d.kind === 'abstract' && a.kind === 'abstract' && d.abs === a.abs)) {
    d.params.forEach((x, i) => a.params[i] && bindParams(x, a.params[i]!, params, out, depth + 1));
    return;
  }
  if (d.kind === 'anon' && a.kind === 'anon') {
    for (const [n, f] of d.fields) {
      const g = a.fields.get(n);
      if (g) bindParams(f.type, g.type, params, out, depth + 1);
    }
  }
}

export function methodTypeArgs(f: ClassField, siteType: Type): Type[] {
  if (!f.params.length) return [];
  const out = new Map<TypeParam, Type>();
  bindParams(f.type, siteType, new Set(f.params), out);
  return f.params.map((p) => out.get(p) ?? { kind: 'dynamic', of: undefined });
}

// ---- arguments ---------------------------------------------------------------------------------------

/** Lower call arguments against a (substituted) function type; missing optionals become null/zero. */
export function lowerArgs(fl: FnLower, args: TExpr[], fnType: Type, sub = fl.sub): ValueId[] {
  const ft = follow(fl.concrete(fnType));
  const out: ValueId[] = [];
  if (ft.kind !== 'fun') {
    for (const a of args) out.push(fl.coerceKind(lowerExpr(fl, a), 'ptr').v);
    return out;
  }
  ft.args.forEach((p, i) => {
    const k = argKind(p, sub);
    const a = args[i];
    if (isRest(p.type)) {
      const rest = args.slice(i);
      out.push(restArray(fl, rest, p.type).v);
      return;
    }
    if (a) out.push(fl.coerceKind(fl.coerce(lowerExpr(fl, a), a.t, p.type), k).v);
    else out.push(fl.zero(k === 'void' ? 'ptr' : k).v);
  });
  return out;
}

function isRest(t: Type): boolean {
  const r = resolve(t);
  return r.kind === 'abstract' && r.abs.path.name === 'Rest' && r.abs.path.pack.join('.') === 'haxe';
}

function restArray(fl: FnLower, args: TExpr[], t: Type): V {
  const r = resolve(t);
  const elemT = r.kind === 'abstract' ? r.params[0]! : { kind: 'dynamic' as const, of: undefined };
  const arrCls = findClass(fl.p, 'Array')!;
  const arrT: Type = { kind: 'inst', cls: arrCls, params: [elemT] };
  // `f(...arr)`: the typer marks the spread argument (TMeta :spread, or a `...` unop); it is the array.
  const only = args.length === 1 ? args[0]! : undefined;
  if (only && ((only.kind === 'TUnop' && only.op === '...') || (only.kind === 'TMeta' && only.name === ':spread'))) return lowerExpr(fl, only.e);
  return lowerExpr(fl, { kind: 'TArrayDecl', values: args, t: arrT, pos: 0, end: 0 } as TExpr);
}

// ---- fields ------------------------------------------------------------------------------------------

/** The class instance for a receiver's static type. */
export function receiverInfo(fl: FnLower, t: Type, fallback: { cls: ClassType; params: Type[] } | undefined): ClassInfo | undefined {
  const f = follow(fl.concrete(t));
  if (f.kind === 'inst' && !f.cls.isInterface) {
    ensureTyped(fl.p, f.cls);
    return fl.p.classInfo(f.cls, f.params, fl.sub);
  }
  if (fallback && !fallback.cls.isInterface) {
    ensureTyped(fl.p, fallback.cls);
    return fl.p.classInfo(fallback.cls, fallback.params, fl.sub);
  }
  return undefined;
}

function staticPlace(fl: FnLower, cls: ClassType, field: ClassField): Place {
  registerInit(fl, cls);
  const s = fl.p.staticSlot(field, fl.sub);
  return {
    get: () => ({ v: fl.load(s.kind, fl.b.gaddr(s.off), 0), k: s.kind }),
    set: (v) => {
      const c = fl.coerceKind(v, s.kind);
      fl.store(s.kind, c.v, fl.b.gaddr(s.off), 0);
      return c;
    },
    kind: s.kind,
    type: field.type,
  };
}

export function registerInit(fl: FnLower, cls: ClassType): void {
  fl.p.registerStaticInit(cls);
}

function structPlace(fl: FnLower, obj: V, name: string, t: Type): Place {
  const k = fl.kind(t) === 'void' ? 'ptr' : fl.kind(t);
  const nameId = fl.p.nameId(name);
  return {
    get: () => {
      // Fast path: the object stores the field with the kind we expect; else the Dynamic path.
      const slot = fl.callV(fl.rt('rayzor.rt.Dyn', 'fieldSlot'), [obj.v, fl.i32(nameId), fl.i32(KIND_CODE[k])], 'int');
      const res = fl.b.declareVar(mirType(k));
      const fast = fl.b.newBlock();
      const slow = fl.b.newBlock();
      const join = fl.b.newBlock();
      fl.b.br(fl.b.binary('sle', 'i32', fl.i32(0), slot.v), fast, [], slow, []);
      fl.b.seal(fast);
      fl.b.seal(slow);
      fl.b.switchTo(fast);
      fl.b.defVar(res, fl.load(k, fl.b.inst('ptradd', undefined, [obj.v, slot.v])!, 0));
      fl.b.jump(join);
      fl.b.switchTo(slow);
      const d = fl.callV(fl.rt('rayzor.rt.Dyn', 'getField'), [obj.v, fl.i32(nameId)], 'ptr');
      fl.b.defVar(res, fl.coerceKind(d, k).v);
      fl.b.jump(join);
      fl.b.seal(join);
      fl.b.switchTo(join);
      return { v: fl.b.useVar(res), k };
    },
    set: (v) => {
      const c = fl.coerceKind(v, k);
      fl.callV(fl.rt('rayzor.rt.Dyn', 'setField'), [obj.v, fl.i32(nameId), fl.box(c).v], 'void');
      return c;
    },
    kind: k,
    type: t,
  };
}

export function placeOfField(fl: FnLower, e: TExpr & { kind: 'TField' }): Place {
  const a = e.access;
  switch (a.k) {
    case 'static': {
      if (a.field.kind.k === 'var' && a.field.kind.read === 'inline') {
        const init = inlineInit(fl, a.cls, a.field);
        if (init) return { get: () => fl.coerce(lowerExpr(fl, init), init.t, e.t), set: (v) => v, kind: fl.kind(e.t), type: e.t };
      }
      if (a.field.kind.k === 'var' && !isExternStatic(a.cls, a.field)) return staticPlace(fl, a.cls, a.field);
      break;
    }
    case 'instance': {
      if (a.field.kind.k === 'var' && a.field.kind.read === 'call' && !Program.isPhysical(a.field)) {
        // A property read through an interface or structure: its getter, found by name.
        const obj = fl.coerceKind(lowerExpr(fl, e.e), 'ptr');
        return accessorPlace(fl, obj, a.field.name, e.t);
      }
      if (a.field.kind.k === 'var' || (a.field.kind.k === 'method' && a.field.kind.meth === 'dynamic')) {
        const obj = lowerExpr(fl, e.e);
        const info = receiverInfo(fl, e.e.t, { cls: a.cls, params: a.params });
        const slot = info?.fields.get(a.field.name);
        if (info && slot) {
          return {
            get: () => fl.coerceKind({ v: fl.load(slot.kind, obj.v, slot.offset), k: slot.kind }, fl.kind(e.t)),
            set: (v) => {
              const c = fl.coerceKind(v, slot.kind);
              fl.store(slot.kind, c.v, obj.v, slot.offset);
              return c;
            },
            kind: slot.kind,
            type: e.t,
          };
        }
        return structPlace(fl, fl.coerceKind(obj, 'ptr'), a.field.name, e.t);
      }
      break;
    }
    case 'anon': {
      const obj = fl.coerceKind(lowerExpr(fl, e.e), 'ptr');
      if (a.field.kind.k === 'var' && a.field.kind.read === 'call') return accessorPlace(fl, obj, a.field.name, e.t);
      return structPlace(fl, obj, a.field.name, e.t);
    }
    case 'dynamic': {
      const obj = fl.coerceKind(lowerExpr(fl, e.e), 'ptr');
      return structPlace(fl, obj, a.name, e.t);
    }
  }
  const v = lowerFieldValue(fl, e);
  return { get: () => v, set: (x) => x, kind: v.k, type: e.t };
}

function accessorPlace(fl: FnLower, obj: V, name: string, t: Type): Place {
  const k = fl.kind(t) === 'void' ? 'ptr' : fl.kind(t);
  const call = (acc: string, args: V[]) => {
    const arr = makeDynArgs(fl, args);
    return fl.callV(fl.rt('rayzor.rt.Dyn', 'callField'), [obj.v, fl.i32(fl.p.nameId(acc)), arr.v], 'ptr');
  };
  return {
    get: () => fl.coerceKind(call(`get_${name}`, []), k),
    set: (v) => fl.coerceKind(call(`set_${name}`, [fl.box(fl.coerceKind(v, k))]), k),
    kind: k,
    type: t,
  };
}

function isExternStatic(c: ClassType, f: ClassField): boolean {
  return (c.isExtern || f.isExtern) && !f.decl;
}

function inlineInit(fl: FnLower, c: ClassType, f: ClassField): TExpr | undefined {
  ensureTyped(fl.p, c);
  return fl.p.bodyOf(f);
}

export function lowerField(fl: FnLower, e: TExpr & { kind: 'TField' }): V {
  const a = e.access;
  if (a.k === 'static' || a.k === 'instance' || a.k === 'anon' || a.k === 'dynamic') {
    if (a.k === 'static' && a.field.kind.k === 'var' && isExternStatic(a.cls, a.field)) return lowerIntrinsic(fl, e, a.cls, a.field, []) ?? fl.zero(fl.kind(e.t));
    if (a.k === 'static' && a.field.kind.k === 'method') return staticClosure(fl, a.cls, a.field, e.t);
    if (a.k === 'instance' && a.field.kind.k === 'method' && a.field.kind.meth !== 'dynamic') return boundMethod(fl, lowerExpr(fl, e.e), e.e.t, a, e.t);
    return placeOfField(fl, e).get();
  }
  return lowerFieldValue(fl, e);
}

function lowerFieldValue(fl: FnLower, e: TExpr & { kind: 'TField' }): V {
  const a = e.access;
  switch (a.k) {
    case 'closure': {
      const obj = lowerExpr(fl, e.e);
      if (a.cls) return boundMethod(fl, obj, e.e.t, { k: 'instance', cls: a.cls, params: [], field: a.field }, e.t);
      // A method reached structurally: the runtime binds it.
      return fl.coerceKind(fl.callV(fl.rt('rayzor.rt.Dyn', 'getField'), [fl.coerceKind(obj, 'ptr').v, fl.i32(fl.p.nameId(a.field.name))], 'ptr'), fl.kind(e.t));
    }
    case 'enum': {
      const et = follow(fl.concrete(e.t));
      const info = fl.p.enumInfo(a.enm, et.kind === 'enum' ? et.params : [], fl.sub);
      const ctor = info.ctors[a.ctor.index]!;
      if (ctor.singleton !== undefined) return { v: fl.b.gaddr(ctor.singleton), k: 'ptr' };
      return enumCtorClosure(fl, a.enm, a.ctor.index, e.t);
    }
    case 'abstract':
    case 'extension':
    case 'static':
    case 'instance':
      return fl.zero(fl.kind(e.t));
    default:
      return fl.zero(fl.kind(e.t));
  }
}

export function lowerTypeValue(fl: FnLower, e: TExpr & { kind: 'TTypeExpr' }): V {
  const mt = e.mt;
  if (mt.kind === 'class') return { v: fl.b.gaddr(fl.p.classValue(mt)), k: 'ptr' };
  if (mt.kind === 'enum') return { v: fl.b.gaddr(fl.p.enumValue(mt)), k: 'ptr' };
  return { v: fl.nullPtr(), k: 'ptr' };
}

// ---- calls ---------------------------------------------------------------------------------------------

export function lowerCall(fl: FnLower, e: TExpr & { kind: 'TCall' }): V {
  const callee = strip(e.e);
  const rk = fl.kind(e.t);
  if (callee.kind === 'TIdent' && callee.name === 'trace') return lowerTrace(fl, e);
  if (callee.kind === 'TConst' && callee.value.k === 'super') {
    const info = fl.p.classInfo(fl.currentClass!.cls, fl.currentClass!.params, fl.sub).sup;
    if (info) {
      const ctorName = fl.p.requestCtor(info);
      const f = fl.p.findCtor(info.cls);
      if (ctorName && f) {
        const args = lowerArgs(fl, e.args, f.type, info.sub);
        fl.call(ctorName, [fl.thisValue().v, ...args], []);
      }
    }
    return VOID;
  }
  if (callee.kind === 'TField') {
    const a = callee.access;
    switch (a.k) {
      case 'static': {
        const intr = lowerIntrinsic(fl, callee, a.cls, a.field, e.args, e);
        if (intr) return fl.coerceKind(intr, rk === 'void' ? intr.k : rk);
        if (a.field.kind.k === 'var') return callValue(fl, lowerField(fl, callee), callee.t, e);
        const recv = strip(callee.e);
        const withThis = recv.kind !== 'TTypeExpr' && !!a.cls.abstractImpl && !a.field.isStatic;
        return callStatic(fl, a.cls, a.field, callee.t, e.args, e.t, withThis ? callee.e : undefined);
      }
      case 'abstract': {
        const intr = lowerIntrinsic(fl, callee, a.abs.impl ?? (undefined as unknown as ClassType), a.field, e.args, e, callee.e);
        if (intr) return fl.coerceKind(intr, rk === 'void' ? intr.k : rk);
        if (!a.abs.impl) return fl.zero(rk);
        if (a.field.kind.k === 'var') return callValue(fl, lowerField(fl, callee), callee.t, e);
        if (a.field.isStatic) {
          // A static operator function reached through its operand (`-x`): the operand is the first argument.
          const ft = follow(a.field.type);
          const arity = ft.kind === 'fun' ? ft.args.length : 0;
          const recv = strip(callee.e);
          const args = recv.kind !== 'TTypeExpr' && e.args.length < arity ? [callee.e, ...e.args] : e.args;
          return callStatic(fl, a.abs.impl, a.field, callee.t, args, e.t, undefined);
        }
        return callStatic(fl, a.abs.impl, a.field, callee.t, e.args, e.t, callee.e);
      }
      case 'extension': {
        // The typer already passes the receiver as the first argument.
        const intr = lowerIntrinsic(fl, callee, a.cls, a.field, e.args, e);
        if (intr) return fl.coerceKind(intr, rk === 'void' ? intr.k : rk);
        return callStatic(fl, a.cls, a.field, callee.t, e.args, e.t, undefined, true);
      }
      case 'instance': {
        if (a.field.kind.k === 'var' || (a.field.kind.k === 'method' && a.field.kind.meth === 'dynamic')) return callValue(fl, lowerField(fl, callee), callee.t, e);
        const intr = lowerIntrinsic(fl, callee, a.cls, a.field, e.args, e, callee.e);
        if (intr) return fl.coerceKind(intr, rk === 'void' ? intr.k : rk);
        const obj = fl.coerceKind(lowerExpr(fl, callee.e), 'ptr');
        const recv = strip(callee.e);
        const isSuper = recv.kind === 'TConst' && recv.value.k === 'super';
        return callMethod(fl, obj, callee.e.t, a, callee.t, e.args, e.t, isSuper);
      }
      case 'enum': {
        const et = follow(fl.concrete(e.t));
        return newEnum(fl, a.enm, et.kind === 'enum' ? et.params : [], a.ctor.index, e.args, callee.t);
      }
      case 'dynamic': {
        const obj = fl.coerceKind(lowerExpr(fl, callee.e), 'ptr');
        const args = makeDynArgs(fl, e.args.map((x) => fl.coerceKind(lowerExpr(fl, x), 'ptr')));
        const r = fl.callV(fl.rt('rayzor.rt.Dyn', 'callField'), [obj.v, fl.i32(fl.p.nameId(a.name)), args.v], 'ptr');
        return fl.coerceKind(r, rk === 'void' ? 'ptr' : rk);
      }
      case 'anon': {
        if (a.field.kind.k === 'method') {
          const obj = fl.coerceKind(lowerExpr(fl, callee.e), 'ptr');
          const args = makeDynArgs(fl, e.args.map((x) => fl.coerceKind(lowerExpr(fl, x), 'ptr')));
          const r = fl.callV(fl.rt('rayzor.rt.Dyn', 'callField'), [obj.v, fl.i32(fl.p.nameId(a.field.name)), args.v], 'ptr');
          return fl.coerceKind(r, rk === 'void' ? 'ptr' : rk);
        }
        return callValue(fl, lowerField(fl, callee), callee.t, e);
      }
      case 'closure':
        return callValue(fl, lowerField(fl, callee), callee.t, e);
    }
  }
  if (callee.kind === 'TMeta' && callee.name === ':abstractNew') return lowerExpr(fl, callee);
  const fv = lowerExpr(fl, callee);
  return callValue(fl, fv, callee.t, e);
}

/** Call a function value: a closure with the static signature, or Dynamic through the runtime. */
function callValue(fl: FnLower, fv: V, ft: Type, e: TExpr & { kind: 'TCall' }): V {
  const rk = fl.kind(e.t);
  const f = follow(fl.concrete(ft));
  if (f.kind === 'fun') {
    const args = lowerArgs(fl, e.args, f);
    return fl.coerceKind(callClosure(fl, fv, f, args), rk === 'void' ? 'ptr' : rk);
  }
  const args = makeDynArgs(fl, e.args.map((x) => fl.coerceKind(lowerExpr(fl, x), 'ptr')));
  const r = fl.callV(fl.rt('rayzor.rt.Dyn', 'call'), [fl.coerceKind(fv, 'ptr').v, args.v], 'ptr');
  return rk === 'void' ? VOID : fl.coerceKind(r, rk);
}

/** Call an abstract member with an already lowered `this` of abstract type `absT`. */
export function callStaticWithThis(fl: FnLower, impl: ClassType, f: ClassField, thisV: V, absT: Type, args: TExpr[]): V {
  const c = fl.concrete(absT);
  const absArgs = c.kind === 'abstract' ? c.params : [];
  ensureTyped(fl.p, impl);
  const name = fl.p.requestStatic(impl, f, [], fl.sub, absArgs);
  const req = fl.p.request(name)!;
  const vals = [thisV.v, ...argsFor(fl, f, args, req.sub)];
  const rk: Kind = req.sig.results[0] ? kindOfMir(fl, f, req.sub) : 'void';
  return fl.callV(name, vals, rk);
}

export function callStatic(fl: FnLower, cls: ClassType, f: ClassField, siteType: Type, args: TExpr[], resT: Type, thisExpr: TExpr | undefined, extension = false): V {
  if (cls.abstractImpl && cls.abstractImpl.path.name === 'Map' && cls.abstractImpl.path.pack.join('.') === 'haxe.ds' && (f === cls.ctor || f.name === 'new' || f.name === '_new')) return newMap(fl, resT);
  ensureTyped(fl.p, cls);
  registerInit(fl, cls);
  if (extension && args[0]) {
    // `x.f(a)` through `using`: the site type omits the receiver, so the declared first parameter
    // would be matched against the second argument; put the receiver back before binding.
    const st = follow(siteType), dt = follow(f.type);
    if (st.kind === 'fun' && dt.kind === 'fun' && dt.args.length === st.args.length + 1) {
      siteType = { ...st, args: [{ name: dt.args[0]!.name, opt: false, type: args[0].t }, ...st.args] };
    }
  }
  const margs = methodTypeArgs(f, siteType);
  let absArgs: Type[] = [];
  const abs = cls.abstractImpl;
  if (abs && abs.params.length) {
    const recvT = thisExpr ? follow(fl.concrete(thisExpr.t)) : !f.isStatic && args[0] ? follow(fl.concrete(args[0].t)) : undefined;
    // A constructor's declared type returns Void: the abstract's arguments are those of the new value.
    const made = (f === cls.ctor || f.name === 'new' || f.name === '_new') && resT ? follow(fl.concrete(resT)) : undefined;
    if (recvT && recvT.kind === 'abstract' && recvT.abs === abs) absArgs = recvT.params;
    else if (made && made.kind === 'abstract' && made.abs === abs) absArgs = made.params;
    else {
      const out = new Map<TypeParam, Type>();
      bindParams(f.type, siteType, new Set(abs.params), out);
      if (resT) bindParams(follow(f.type).kind === 'fun' ? (follow(f.type) as { ret: Type }).ret : f.type, resT, new Set(abs.params), out);
      absArgs = abs.params.map((p) => out.get(p) ?? { kind: 'dynamic', of: undefined });
    }
  }
  const name = fl.p.requestStatic(cls, f, margs, fl.sub, absArgs);
  const req = fl.p.request(name);
  const vals: ValueId[] = [];
  if (!thisExpr && req?.mode === 'abstract' && args.length > 0) {
    // An abstract member called as `Impl.f(this, args...)` (operators): the first argument is `this`.
    thisExpr = args[0];
    args = args.slice(1);
  }
  if (thisExpr && req?.mode === 'abstract' && cls.abstractImpl && !cls.abstractImpl.params.length) {
    const body = fl.p.bodyOf(f);
    if (body && body.kind === 'TFunction' && writesThis(body.func.body)) return inlineAbstractMember(fl, body, thisExpr, args, resT);
  }
  if (thisExpr) {
    const tv = lowerExpr(fl, thisExpr);
    vals.push(fl.coerceKind(tv, req && req.sig.params[0] === 'ptr' ? 'ptr' : tv.k).v);
  }
  const declSub = req?.sub ?? fl.sub;
  // Arguments are coerced to the callee's declared parameter types under its own substitution.
  const ft = follow(f.type);
  if (ft.kind === 'fun') {
    ft.args.forEach((p, i) => {
      const k = argKind(p, declSub);
      const a = args[i];
      if (isRest(p.type)) {
        vals.push(restArray(fl, args.slice(i), p.type).v);
        return;
      }
      if (a) {
        const v = lowerExpr(fl, a);
        vals.push(fl.coerceKind(adaptArg(fl, v, a.t, p.type, declSub), k === 'void' ? 'ptr' : k).v);
      } else vals.push(fl.zero(k === 'void' ? 'ptr' : k).v);
    });
  }
  void extension;
  let rk: Kind = req ? (req.sig.results[0] ? kindOfMir(fl, f, declSub) : 'void') : fl.kind(resT);
  if (req?.sig.results[0] && rk === 'void') rk = fromMir(req.sig.results[0]); // an abstract's constructor
  const r = fl.callV(name, vals, rk);
  return rk === 'void' ? VOID : fl.coerceKind(r, fl.kind(resT) === 'void' ? r.k : fl.kind(resT));
}

function kindOfMir(fl: FnLower, f: ClassField, sub: ReadonlyMap<TypeParam, Type>): Kind {
  const ft = follow(f.type);
  return ft.kind === 'fun' ? kindOf(ft.ret, sub) : 'ptr';
}

/** Function-typed arguments whose kinds differ from the parameter's get an adapter closure. */
function adaptArg(fl: FnLower, v: V, from: Type, to: Type, toSub: ReadonlyMap<TypeParam, Type>): V {
  const tf = follow(concreteWith(to, toSub));
  if (v.k === 'ptr' && tf.kind === 'fun') {
    const ff = follow(fl.concrete(from));
    if (ff.kind === 'fun') return adaptFn(fl, v, ff, tf, toSub);
  }
  return v;
}

import { concrete as concreteWith } from './repr.js';
import { adaptClosureSub as adaptFn } from './closures.js';

function methodKinds(info: ClassInfo, f: ClassField, margs: Type[]): { sig: Signature; sub: ReadonlyMap<TypeParam, Type> } {
  const extra = new Map<TypeParam, Type>();
  f.params.forEach((p, i) => extra.set(p, margs[i] ?? { kind: 'dynamic', of: undefined }));
  const sub = mergeSub(info.sub, extra);
  const ft = follow(f.type);
  const params: import('../mir/mir.js').MirType[] = ['ptr'];
  const results: import('../mir/mir.js').MirType[] = [];
  if (ft.kind === 'fun') {
    for (const a of ft.args) params.push(mirType(argKind(a, sub)));
    const rk = kindOf(ft.ret, sub);
    if (rk !== 'void') results.push(mirType(rk));
  }
  return { sig: { params, results }, sub };
}

/** Call an instance method on `obj`: direct, virtual, or by name (interfaces, structures). */
export function callMethod(fl: FnLower, obj: V, recvT: Type, a: FieldAccess & { k: 'instance' }, siteType: Type, args: TExpr[], resT: Type, nonVirtual = false): V {
  const rk = fl.kind(resT);
  const info = receiverInfo(fl, recvT, { cls: a.cls, params: a.params });
  const f = a.field;
  const margs = methodTypeArgs(f, siteType).map((t) => fl.concrete(t));
  if (!info || !info.slots.has(f.name) && !(f.kind.k === 'method' && f.kind.meth === 'inline')) {
    // Interface (or unknown receiver): find the implementation by name id at run time.
    const iface = receiverIface(fl, recvT, a);
    const { sig, sub } = iface ? methodKinds(iface, f, margs) : { sig: undefined, sub: fl.sub };
    if (sig) {
      const idx = fl.callV(fl.rt('rayzor.rt.Dyn', 'methodIndex'), [obj.v, fl.i32(fl.p.nameId(f.name))], 'int');
      const vals = [obj.v, ...argsFor(fl, f, args, sub)];
      const r = fl.callIndirect(sig, idx.v, vals);
      const k = sig.results[0] ? kindOf((follow(f.type) as { ret: Type }).ret, sub) : 'void';
      return k === 'void' ? VOID : fl.coerceKind({ v: r[0]!, k }, rk === 'void' ? k : rk);
    }
    const dargs = makeDynArgs(fl, args.map((x) => fl.coerceKind(lowerExpr(fl, x), 'ptr')));
    const r = fl.callV(fl.rt('rayzor.rt.Dyn', 'callField'), [obj.v, fl.i32(fl.p.nameId(f.name)), dargs.v], 'ptr');
    return rk === 'void' ? VOID : fl.coerceKind(r, rk);
  }
  const owner = f.owner && f.owner.kind === 'class' ? fl.p.superInfoOf(info, f.owner) : info;
  const { sig, sub } = methodKinds(owner, f, margs);
  const vals = [obj.v, ...argsFor(fl, f, args, sub)];
  const direct = nonVirtual || f.kind.k === 'method' && (f.kind.meth === 'inline' || f.isFinal || !fl.p.isOverridden(f) || info.cls.isFinal);
  let r: ValueId[];
  if (direct || f.params.length) {
    const name = fl.p.requestMethod(owner, f, margs);
    r = fl.call(name, vals, sig.results);
  } else {
    const slot = info.slots.get(f.name)!;
    const P = fl.p.ptrSize;
    const tid = fl.load('int', obj.v, 0);
    const table = fl.load('ptr', fl.b.gaddr(ROOT_TYPE_TABLE), 0);
    const recAddr = fl.b.inst('ptradd', undefined, [table, fl.b.binary('imul', 'i32', tid, fl.i32(P))])!;
    const rec = fl.load('ptr', recAddr, 0);
    const vt = fl.load('ptr', rec, 32 + 3 * P);
    const idx = fl.load('int', vt, slot * 4);
    r = fl.callIndirect(sig, idx, vals);
  }
  const k = sig.results[0] ? kindOf((follow(f.type) as { ret: Type }).ret, sub) : 'void';
  return k === 'void' ? VOID : fl.coerceKind({ v: r[0]!, k }, rk === 'void' ? k : rk);
}

function receiverIface(fl: FnLower, recvT: Type, a: FieldAccess & { k: 'instance' }): ClassInfo | undefined {
  const f = follow(fl.concrete(recvT));
  if (f.kind === 'inst' && f.cls.isInterface) return fl.p.classInfo(f.cls, f.params, fl.sub);
  if (a.cls.isInterface) return fl.p.classInfo(a.cls, a.params, fl.sub);
  return undefined;
}

function argsFor(fl: FnLower, f: ClassField, args: TExpr[], sub: ReadonlyMap<TypeParam, Type>): ValueId[] {
  const ft = follow(f.type);
  const out: ValueId[] = [];
  if (ft.kind !== 'fun') return out;
  ft.args.forEach((p, i) => {
    const k = argKind(p, sub);
    const a = args[i];
    if (isRest(p.type)) {
      out.push(restArray(fl, args.slice(i), p.type).v);
      return;
    }
    if (a) out.push(fl.coerceKind(adaptArg(fl, lowerExpr(fl, a), a.t, p.type, sub), k === 'void' ? 'ptr' : k).v);
    else out.push(fl.zero(k === 'void' ? 'ptr' : k).v);
  });
  return out;
}

/** Call a method by name on a value of static type `t` (iterators): direct when the class is known. */
export function callMethodByName(fl: FnLower, obj: ValueId, t: Type, name: string, args: TExpr[]): V {
  const f = follow(fl.concrete(t));
  if (f.kind === 'inst') {
    f.cls.build?.();
    let field: ClassField | undefined;
    for (let c: ClassType | undefined = f.cls; c && !field; c = c.superClass?.cls) field = c.fields.get(name);
    if (field) {
      const ft = follow(field.type);
      const ret = ft.kind === 'fun' ? ft.ret : field.type;
      const owner = field.owner && field.owner.kind === 'class' ? field.owner : f.cls;
      return callMethod(fl, { v: obj, k: 'ptr' }, t, { k: 'instance', cls: owner, params: f.params, field }, field.type, args, substituteInst(f.cls, f.params, ret));
    }
  }
  // Structures (Iterator<T>, Iterable<T>) and unknown receivers: by name, with boxed values, since
  // the implementation's value kinds need not match the structure's (e.g. ArrayIterator<Int>.next
  // gives an i32 where Iterator<T> promises T).
  const dargs = makeDynArgs(fl, []);
  const r = fl.callV(fl.rt('rayzor.rt.Dyn', 'callField'), [obj, fl.i32(fl.p.nameId(name)), dargs.v], 'ptr');
  if (f.kind === 'anon') {
    const field = f.fields.get(name);
    const ft = field ? follow(field.type) : undefined;
    if (ft && ft.kind === 'fun') {
      const k = fl.kind(ft.ret);
      return k === 'void' ? VOID : fl.coerceKind(r, k);
    }
  }
  return r;
}

function structField(fl: FnLower, obj: ValueId, name: string, t: Type): V {
  const nameId = fl.p.nameId(name);
  const d = fl.callV(fl.rt('rayzor.rt.Dyn', 'getField'), [obj, fl.i32(nameId)], 'ptr');
  return fl.coerceKind(d, fl.kind(t));
}

import { applyParams } from '../typing/types.js';
function substituteInst(c: ClassType, params: Type[], t: Type): Type {
  return applyParams(c.params, params, t);
}

/** The iterator object of a `for` loop and its static type. */
export function iteratorOf(fl: FnLower, it: TExpr, how: string): { v: ValueId; t: Type } {
  const v = fl.coerceKind(lowerExpr(fl, it), 'ptr');
  if (how === 'iterator' || how === 'intRange') return { v: v.v, t: it.t };
  const name = how === 'keyValue' ? 'keyValueIterator' : 'iterator';
  const t = follow(fl.concrete(it.t));
  // Abstracts (Map) forward to their implementation's methods through the impl class.
  const st = iterMethodType(fl, it.t, name);
  const r = callMethodByNameOnType(fl, v.v, it.t, name);
  return { v: fl.coerceKind(r, 'ptr').v, t: st ?? (t as Type) };
}

function iterMethodType(fl: FnLower, t0: Type, name: string): Type | undefined {
  const t = follow(fl.concrete(t0));
  if (t.kind === 'inst') {
    for (let c: ClassType | undefined = t.cls; c; c = c.superClass?.cls) {
      c.build?.();
      const f = c.fields.get(name);
      if (f) {
        const ft = follow(f.type);
        return ft.kind === 'fun' ? fl.concrete(applyParams(t.cls.params, t.params, ft.ret)) : undefined;
      }
    }
  }
  if (t.kind === 'anon') {
    const f = t.fields.get(name);
    const ft = f ? follow(f.type) : undefined;
    return ft && ft.kind === 'fun' ? ft.ret : undefined;
  }
  if (t.kind === 'abstract' && t.abs.impl) {
    const f = t.abs.impl.fields.get(name) ?? t.abs.impl.statics.get(name);
    const ft = f ? follow(f.type) : undefined;
    return ft && ft.kind === 'fun' ? applyParams(t.abs.params, t.params, ft.ret) : undefined;
  }
  return undefined;
}

function callMethodByNameOnType(fl: FnLower, obj: ValueId, t0: Type, name: string): V {
  const t = follow(fl.concrete(t0));
  if (t.kind === 'abstract' && t.abs.impl) {
    const f = t.abs.impl.fields.get(name);
    if (f) {
      const thisE = { kind: 'TLocal', t: t0, pos: 0, end: 0, v: undefined } as unknown as TExpr;
      void thisE;
      ensureTyped(fl.p, t.abs.impl);
      const margs: Type[] = [];
      const fsub = new Map<TypeParam, Type>();
      t.abs.params.forEach((p, i) => fsub.set(p, t.params[i]!));
      const nameFn = fl.p.requestStatic(t.abs.impl, f, margs, fl.sub, t.params);
      const req = fl.p.request(nameFn)!;
      const ret = req.sig.results[0] ? 'ptr' : 'void';
      return fl.callV(nameFn, [obj], ret as Kind);
    }
  }
  return callMethodByName(fl, obj, t0, name, []);
}

/** The type `next()` returns for an iterator type. */
export function nextType(fl: FnLower, t: Type): Type {
  return iterMethodType(fl, t, 'next') ?? { kind: 'dynamic', of: undefined };
}

export function readNamedField(fl: FnLower, obj: V, t: Type, name: string, want: Type): V {
  const f = follow(fl.concrete(t));
  if (f.kind === 'inst') {
    const info = fl.p.classInfo(f.cls, f.params, fl.sub);
    const slot = info.fields.get(name);
    if (slot) return fl.coerceKind({ v: fl.load(slot.kind, obj.v, slot.offset), k: slot.kind }, fl.kind(want));
  }
  const k = fl.kind(want);
  const nameId = fl.p.nameId(name);
  const d = fl.callV(fl.rt('rayzor.rt.Dyn', 'getField'), [fl.coerceKind(obj, 'ptr').v, fl.i32(nameId)], 'ptr');
  return fl.coerceKind(d, k);
}

// ---- new and enum constructors -----------------------------------------------------------------------

export function lowerNew(fl: FnLower, e: TExpr & { kind: 'TNew' }): V {
  const c = e.cls;
  if (c.path.pack.length === 0 && c.path.name === 'String') {
    return e.args[0] ? lowerExpr(fl, e.args[0]) : { v: fl.b.gaddr(fl.p.data.string('')), k: 'ptr' };
  }
  ensureTyped(fl.p, c);
  const info = fl.p.classInfo(c, e.params, fl.sub);
  return newObject(fl, info, e.args);
}

export function newObject(fl: FnLower, info: ClassInfo, args: TExpr[]): V {
  const obj = fl.alloc(info.size, info.tid);
  initDynamicMethods(fl, info, obj);
  const ctor = fl.p.requestCtor(info);
  const f = fl.p.findCtor(info.cls);
  if (ctor && f) {
    const req = fl.p.request(ctor);
    const vals = argsFor(fl, f, args, req?.sub ?? info.sub);
    fl.call(ctor, [obj, ...vals], []);
  } else if (!f && info.cls.meta.some((m) => m.name === ':structInit')) structInitFields(fl, info, obj, args);
  return { v: obj, k: 'ptr' };
}

/**
 * A @:structInit class without constructor gets Haxe's generated one: the typer passes the class's
 * variables in declaration order (type-expr.ts typeStructInit); one left out (null) takes its
 * initialiser.
 */
function structInitFields(fl: FnLower, info: ClassInfo, obj: ValueId, args: TExpr[]): void {
  const vars = info.cls.orderedFields.filter((f) => f.kind.k === 'var' && !(f.kind.write === 'never' && !f.isFinal));
  vars.forEach((fd, i) => {
    const slot = info.fields.get(fd.name);
    if (!slot) return;
    let a = args[i];
    if (!a || (a.kind === 'TConst' && a.value.k === 'null')) a = (fd.decl ? fl.p.bodyOf(fd) : undefined) ?? a;
    if (!a) return;
    const v = fl.coerce(lowerExpr(fl, a), a.t, fd.type);
    fl.store(slot.kind, fl.coerceKind(v, slot.kind).v, obj, slot.offset);
  });
}

export function newEnum(fl: FnLower, enm: EnumType, params: Type[], index: number, args: TExpr[], ctorType: Type): V {
  const info = fl.p.enumInfo(enm, params, fl.sub);
  const c = info.ctors[index]!;
  if (c.singleton !== undefined) return { v: fl.b.gaddr(c.singleton), k: 'ptr' };
  const ft = follow(fl.concrete(ctorType));
  const vals = args.map((a, i) => {
    const v = lowerExpr(fl, a);
    const pt = ft.kind === 'fun' ? ft.args[i]?.type : undefined;
    return pt ? fl.coerce(v, a.t, pt) : v;
  });
  const obj = fl.alloc(c.size, info.tid);
  fl.store('int', fl.i32(index), obj, 8);
  c.args.forEach((s, i) => {
    const v = vals[i] ?? fl.zero(s.kind);
    fl.store(s.kind, fl.coerceKind(v, s.kind).v, obj, s.offset);
  });
  return { v: obj, k: 'ptr' };
}

// ---- trace ------------------------------------------------------------------------------------------------

function hasAbstractToString(fl: FnLower, t: Type): boolean {
  const c = fl.concrete(t);
  if (c.kind === 'abstract') c.abs.build?.();
  if (c.kind !== 'abstract' || c.abs.isCore || !c.abs.impl || follow(t).kind === 'param') return false;
  const ts = c.abs.impl.fields.get('toString');
  return ts !== undefined && ts.kind.k === 'method';
}

function lowerTrace(fl: FnLower, e: TExpr & { kind: 'TCall' }): V {
  const logCls = findClass(fl.p, 'haxe.Log');
  if (!logCls) return VOID;
  const f = logCls.statics.get('trace')!;
  ensureTyped(fl.p, logCls);
  const name = fl.p.requestStatic(logCls, f, []);
  // As Haxe, a traced abstract value with its own toString prints through it.
  const a0 = e.args[0];
  const first = a0 ? fl.coerceKind(hasAbstractToString(fl, a0.t) ? toStr(fl, lowerExpr(fl, a0), a0.t) : lowerExpr(fl, a0), 'ptr') : { v: fl.nullPtr(), k: 'ptr' as Kind };
  // The extra arguments too: Haxe's trace prints each through the abstract's toString.
  const rest = e.args.slice(1).map((a) => fl.coerceKind(hasAbstractToString(fl, a.t) ? toStr(fl, lowerExpr(fl, a), a.t) : lowerExpr(fl, a), 'ptr'));
  const info = fl.p.anonInfo([
    { name: 'fileName', kind: 'ptr' }, { name: 'lineNumber', kind: 'int' }, { name: 'className', kind: 'ptr' },
    { name: 'methodName', kind: 'ptr' }, { name: 'customParams', kind: 'ptr' },
  ]);
  const pos = fl.alloc(info.size, info.tid);
  const file = fl.file ? fl.file.path.split('/').pop()! : '?';
  const set = (n: string, v: ValueId) => {
    const s = info.fields.get(n)!;
    fl.store(s.kind, v, pos, s.offset);
  };
  set('fileName', fl.b.gaddr(fl.p.data.string(fl.traceFile ?? file)));
  set('lineNumber', fl.i32(fl.line(e.pos)));
  set('className', fl.b.gaddr(fl.p.data.string(fl.className)));
  set('methodName', fl.b.gaddr(fl.p.data.string(fl.methodName)));
  set('customParams', rest.length ? makeDynArgs(fl, rest).v : fl.nullPtr());
  fl.call(name, [first.v, pos], []);
  return VOID;
}

export { isDynamicLike };

function fromMir(t: string): Kind {
  return t === 'i32' ? 'int' : t === 'f64' ? 'float' : t === 'i64' ? 'i64' : 'ptr';
}

/** Store each `dynamic` method's most derived implementation, bound to the new object, in its slot. */
function initDynamicMethods(fl: FnLower, info: ClassInfo, obj: ValueId): void {
  const done = new Set<string>();
  for (let ci: ClassInfo | undefined = info; ci; ci = ci.sup) {
    for (const f of ci.cls.orderedFields) {
      if (f.kind.k !== 'method' || f.kind.meth !== 'dynamic' || done.has(f.name)) continue;
      done.add(f.name);
      const slot = info.fields.get(f.name);
      if (!slot) continue;
      const clo = boundMethod(fl, { v: obj, k: 'ptr' }, { kind: 'inst', cls: info.cls, params: info.params }, { k: 'instance', cls: ci.cls, params: ci.params, field: f }, f.type, true);
      fl.store('ptr', clo.v, obj, slot.offset);
    }
  }
}
