// Function bodies: parameters (defaults, captured arguments), constructors (field initialisers),
// abstract constructors, static initialisers and the program entry `rayzor_main`.
// Takes: a FnRequest from the Program's queue. Gives: its MirFunction.
// Invariant: a parameter given a default value is nullable (a box or an object), so "missing" is
// null and the default is applied in the callee, as on Haxe's static targets.

import type { MirFunction, ValueId } from '../mir/mir.js';
import type { TExpr, TFunc } from '../typing/texpr.js';
import { DYNAMIC, follow, pathString, type ClassField, type ClassType, type Type } from '../typing/types.js';
import { lowerExpr } from './expr.js';
import { FnLower, LowerError, ensureTyped, findClass, runtimeFn, type V } from './fn.js';
import { Program, type FnRequest } from './program.js';
import { kindOf, NO_SUBST } from './repr.js';

/** Declare the arguments (from block parameter `first` on) and lower the body with an implicit return. */
export function lowerBody(g: FnLower, func: TFunc, first: number, prologue?: () => void, implicitRet?: () => ValueId): void {
  func.args.forEach((a, i) => {
    const pv = g.b.params[first + i];
    const k = g.kind(a.v.type);
    const pt = pv === undefined ? undefined : g.b.f.values[pv]!.type;
    // The parameter arrives boxed when it is optional (repr.ts argKind); the local has its own type.
    let v: V = pv === undefined ? g.zero(k === 'void' ? 'ptr' : k) : { v: pv, k: pt === 'ptr' ? 'ptr' : k === 'void' ? 'ptr' : k };
    if (a.value && v.k === 'ptr') {
      // if (arg == null) arg = default
      const res = g.b.declareVar('ptr');
      g.b.defVar(res, v.v);
      const set = g.b.newBlock();
      const join = g.b.newBlock();
      g.b.br(g.b.binary('ieq', 'ptr', v.v, g.nullPtr()), set, [], join, []);
      g.b.seal(set);
      g.b.switchTo(set);
      g.b.defVar(res, g.coerceKind(g.coerce(lowerExpr(g, a.value), a.value.t, a.v.type), 'ptr').v);
      g.b.jump(join);
      g.b.seal(join);
      g.b.switchTo(join);
      v = { v: g.b.useVar(res), k: 'ptr' };
    }
    g.declareLocal(a.v, g.coerceKind(v, k === 'void' ? 'ptr' : k));
  });
  prologue?.();
  const v = lowerExpr(g, func.body);
  if (!g.terminated()) {
    if (implicitRet) g.b.ret([implicitRet()]);
    else if (g.retKind === 'void') g.b.ret([]);
    else if (v.k !== 'void' && !isBlockOfStatements(func.body)) g.b.ret([g.coerceKind(v, g.retKind).v]);
    else g.b.ret([g.zero(g.retKind).v]);
  }
}

function isBlockOfStatements(e: TExpr): boolean {
  return e.kind === 'TBlock';
}

function typedBody(p: Program, owner: ClassType | undefined, f: ClassField): TExpr | undefined {
  if (owner) ensureTyped(p, owner);
  return p.bodyOf(f);
}

export function lowerFunction(p: Program, r: FnRequest): MirFunction {
  let g: FnLower | undefined;
  try {
    return lowerFunctionIn(p, r, (x) => (g = x));
  } catch (e) {
    // Place the error at the expression being lowered (the driver prints it as a diagnostic).
    if (e instanceof LowerError && !e.file && g?.file) {
      e.file = g.file;
      e.pos = g.at.pos;
      e.end = g.at.end;
    }
    throw e;
  }
}

function lowerFunctionIn(p: Program, r: FnRequest, track: (g: FnLower) => void): MirFunction {
  const f = r.field;
  const ft = follow(f.type);
  const retKind = r.mode === 'ctor' ? 'void' : r.sig.results[0] ? (ft.kind === 'fun' ? kindOf(ft.ret, r.sub) : 'ptr') : 'void';
  const g = new FnLower(p, r.name, r.sig, r.sub, retKind);
  track(g);
  const owner = r.owner;
  if (owner) {
    const m = p.typer.moduleOf(owner);
    g.file = m.file;
    g.traceFile = [...m.pack, m.file.path.split('/').pop()].join('/'); // as Haxe: relative to the class path
    g.className = pathString(owner.abstractImpl ? owner.abstractImpl.path : owner.path);
    if (!owner.abstractImpl && !owner.isInterface) g.currentClass = p.classes.get([...p.classes.keys()].find((k) => p.classes.get(k)!.cls === owner && sameSub(p.classes.get(k)!.sub, r.sub)) ?? '') ?? { cls: owner, params: owner.params.map(() => ({ kind: 'dynamic', of: undefined })) };
  }
  g.methodName = f.name === '_new' ? 'new' : f.name;
  const body = typedBody(p, owner, f);
  const fnExpr = body && body.kind === 'TFunction' ? body : undefined;
  let first = 0;
  if (r.mode === 'method' || r.mode === 'ctor' || r.mode === 'abstract') {
    g.thisVar = g.b.declareVar(r.sig.params[0] ?? 'ptr');
    g.b.defVar(g.thisVar, g.b.params[0]!);
    g.thisKind = r.mode === 'abstract' && owner?.abstractImpl ? kindOf(owner.abstractImpl.underlying, r.sub) : 'ptr';
    if (g.thisKind === 'void') g.thisKind = 'ptr';
    first = 1;
  }
  const isAbsCtor = r.mode === 'static' && !!owner?.abstractImpl && (f === owner.ctor || f.name === '_new' || f.name === 'new');
  if (isAbsCtor && owner?.abstractImpl) {
    g.thisKind = kindOf(owner.abstractImpl.underlying, r.sub);
    if (g.thisKind === 'void') g.thisKind = 'ptr';
    g.thisVar = g.b.declareVar(g.thisKind === 'int' || g.thisKind === 'bool' ? 'i32' : g.thisKind === 'float' ? 'f64' : g.thisKind === 'i64' ? 'i64' : 'ptr');
    g.b.defVar(g.thisVar, g.zero(g.thisKind).v);
    g.retKind = g.thisKind;
  }
  if (!fnExpr && r.mode === 'static' && owner && pathString(owner.path) === 'Math' && ft.kind === 'fun') {
    // A Math function used as a value (`var f = Math.max`): a body that is the intrinsic call itself.
    lowerBody(g, intrinsicWrapper(p, owner, f, ft), first);
    return g.finish();
  }
  if (!fnExpr) {
    // No body (an extern without an intrinsic, or an interface method): a clear trap at run time.
    const msg = p.data.string(`${r.name} has no implementation on rayzor yet`);
    g.b.call(runtimeFn(p, 'rayzor.rt.Dyn', 'fatal'), [g.b.gaddr(msg)], []);
    g.b.unreachable();
    return g.finish();
  }
  const prologue = r.mode === 'ctor' && owner ? () => fieldInits(g, owner) : undefined;
  if (isAbsCtor) {
    lowerBody(g, fnExpr.func, first, prologue, () => g.thisValue().v);
    return g.finish();
  }
  lowerBody(g, fnExpr.func, first, prologue);
  return g.finish();
}

/** `function(a, b) return Owner.f(a, b)` for an extern static whose calls are lowered as intrinsics. */
function intrinsicWrapper(p: Program, owner: ClassType, f: ClassField, ft: Type & { kind: 'fun' }): TFunc {
  const at = { pos: 0, end: 0 };
  const args = ft.args.map((a) => ({ v: { id: p.typer.nextVarId(), name: a.name, type: a.type, final: false, captured: false, origin: 'arg' as const }, value: undefined, opt: a.opt }));
  const callee: TExpr = { kind: 'TField', t: f.type, ...at, e: { kind: 'TTypeExpr', t: DYNAMIC, ...at, mt: owner }, access: { k: 'static', cls: owner, field: f } };
  const call: TExpr = { kind: 'TCall', t: ft.ret, ...at, e: callee, args: args.map((a) => ({ kind: 'TLocal', t: a.v.type, ...at, v: a.v }) as TExpr) };
  return { args, ret: ft.ret, body: { kind: 'TReturn', t: DYNAMIC, ...at, e: call } };
}

function sameSub(a: ReadonlyMap<unknown, unknown>, b: ReadonlyMap<unknown, unknown>): boolean {
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** Instance field initialisers of `cls` (not its superclasses': their constructors run them). */
function fieldInits(g: FnLower, cls: ClassType): void {
  for (const f of cls.orderedFields) {
    if (f.kind.k !== 'var' || !f.decl || !Program.isPhysical(f)) continue;
    const init = g.p.bodyOf(f);
    if (!init) continue;
    const info = g.currentClass ? g.p.classInfo(g.currentClass.cls, g.currentClass.params, g.sub) : undefined;
    const slot = info?.fields.get(f.name);
    if (!slot) continue;
    const v = g.coerce(lowerExpr(g, init), init.t, f.type);
    g.store(slot.kind, g.coerceKind(v, slot.kind).v, g.thisValue().v, slot.offset);
  }
}

/** `Class.__init`: the static variable initialisers of a class, in declaration order. */
export function lowerStaticInit(p: Program, cls: ClassType): MirFunction {
  const name = `${pathString(cls.path)}.__init`;
  const g = new FnLower(p, name, { params: [], results: [] }, NO_SUBST, 'void');
  const m = p.typer.moduleOf(cls);
  g.file = m.file;
  g.traceFile = [...m.pack, m.file.path.split('/').pop()].join('/'); // as Haxe: relative to the class path
  g.className = pathString(cls.path);
  g.methodName = '__init__';
  ensureTyped(p, cls);
  for (const f of cls.orderedStatics) {
    if (f.kind.k !== 'var' || !f.decl || f.kind.read === 'inline' || !Program.isPhysical(f)) continue;
    const init = p.bodyOf(f);
    if (!init) continue;
    const s = p.staticSlot(f, NO_SUBST);
    const v = g.coerce(lowerExpr(g, init), init.t, f.type);
    g.store(s.kind, g.coerceKind(v, s.kind).v, g.b.gaddr(s.off), 0);
  }
  g.b.ret([]);
  return g.finish();
}

/** `rayzor_main`: static initialisers (classes in module load order), then main, under a handler. */
export function lowerEntry(p: Program, mainCls: ClassType, inits: ClassType[]): MirFunction {
  const g = new FnLower(p, 'rayzor_main', { params: [], results: [] }, NO_SUBST, 'void');
  const handler = g.b.newBlock(['ptr']);
  g.handlers.push(handler);
  for (const c of inits) g.call(`${pathString(c.path)}.__init`, [], []);
  const mainF = mainCls.statics.get('main');
  if (mainF) {
    ensureTyped(p, mainCls);
    g.call(p.requestStatic(mainCls, mainF, []), [], []);
  }
  g.handlers.pop();
  g.b.ret([]);
  g.b.seal(handler);
  g.b.switchTo(handler);
  const exc: ValueId = g.b.blockParams(handler)[0]!;
  g.b.call(runtimeFn(p, 'rayzor.rt.Dyn', 'uncaught'), [exc], []);
  g.b.ret([]);
  return g.finish();
}

export { findClass };
