// Unification: can a value of type A be used where type B is expected?
// Takes: two types. Gives: nothing on success (binding monomorphs as needed) or a UnifyError whose
// items print as Haxe prints them ("Array<Int> should be Array<Float>", "Type parameters are
// invariant", "Int should be Float", "{ y : Int } has no field x", "... has extra field y").
// Invariant: `tryUnify` and `typesEqual` leave no trace on failure: every monomorph bound during a
// failed attempt is unbound again (a trail records bindings while an attempt is open).
// Messages: an error's items are turned into lines as Haxe 4.2.5's "better error message" does: when
// the failure is nested in a structure field, function argument/return or type parameter, one line
// "error: Int should be Float" and then "have: Array<Int>" / "want: Array<Float>" (outer types shown
// only down to the failing spot, other parts as `...`); otherwise the items, one per line.
//
// Rules (Haxe's): monomorphs bind to anything (occurs check) that meets their constraints, if any;
// classes unify with their super classes and interfaces (parameters substituted, then compared
// invariantly); functions need the same arity
// and are covariant in return (checked first, unless Void is expected) and contravariant in
// arguments (an optional expected argument cannot be a required one); a class or structure
// unifies with a structure that has a subset of its public fields (writable vars invariant, field
// kinds compatible); object literals are checked for extra fields where they are typed against an
// expected structure (type-expr.ts), not here; a monomorph with fields read from it
// (an opened structure) only binds to a type having them; abstracts go through `from`/`to`; Null<T>
// unifies with T both ways; Dynamic unifies with everything (as a type argument, only on the expected
// side: Array<Int> fits Array<Dynamic>, not the reverse); Any accepts and gives anything.

import { PrintContext, typeToString } from './print-type.js';
import { fieldSource, withSuggestion } from './suggest.js';
import {
  applyParams, follow, mkMono, pathString, resolve, type AbstractType, type ClassField, type ClassType, type FieldKind, type TAnon, type TMono,
  type Type, type VarAccess,
} from './types.js';

export type UErr =
  | { k: 'cannot'; a: Type; b: Type }
  | { k: 'invariant'; i: number } // the i-th (1-based) type parameter
  | { k: 'funArg'; i: number; n: number } // the i-th (1-based) of n function arguments
  | { k: 'funRet' }
  | { k: 'hasNoField'; t: Type; name: string }
  | { k: 'extraField'; t: Type; name: string }
  | { k: 'fieldType'; name: string }
  | { k: 'visibility'; name: string }
  | { k: 'optional'; name: string }
  | { k: 'cantForceOptional' }
  | { k: 'constraint'; name: string }
  | { k: 'custom'; msg: string };

export class UnifyError {
  constructor(readonly items: UErr[]) {}

  /** The message lines (Haxe's better_error_message), sharing one print context for Unknown<N>. */
  lines(): string[] {
    return betterErrorLines(this.items);
  }
}

type Access = { kind: UErr & { k: 'fieldType' | 'funArg' | 'funRet' | 'invariant' } | undefined; actual: Type; expected: Type; messages: UErr[]; extra: UErr[] };

function betterErrorLines(items: UErr[]): string[] {
  const ctx = new PrintContext();
  // Consecutive "A should be B" items keep only the outer one.
  const l = items.filter((e, i) => !(e.k === 'cannot' && i > 0 && items[i - 1]!.k === 'cannot'));
  const chain: Access[] = [{ kind: undefined, actual: DYN, expected: DYN, messages: [], extra: [] }];
  for (const e of l) {
    const cur = chain[chain.length - 1]!;
    if (e.k === 'cannot') {
      cur.actual = e.a;
      cur.expected = e.b;
      cur.messages.push(e);
    } else if (e.k === 'fieldType' || e.k === 'funArg' || e.k === 'funRet' || e.k === 'invariant') {
      chain.push({ kind: e, actual: DYN, expected: DYN, messages: [], extra: [] });
    } else if (e.k === 'custom') cur.extra.push(e);
    else cur.messages.push(e);
  }
  if (chain.length === 1) return [...chain[0]!.messages, ...chain[0]!.extra].map((e) => describe(e, ctx));
  const last = chain[chain.length - 1]!;
  const msg = last.messages.length ? describe(last.messages[last.messages.length - 1]!, ctx) : '';
  let have = shallowType(last.actual, ctx);
  let want = shallowType(last.expected, ctx);
  for (let k = chain.length - 1; k >= 1; k--) {
    const kind = chain[k]!.kind!;
    const prev = chain[k - 1]!;
    switch (kind.k) {
      case 'fieldType':
        [have, want] = [`{ ${kind.name}: ${have} }`, `{ ${kind.name}: ${want} }`];
        break;
      case 'funArg': {
        // Arguments are contravariant: the inner pair is (expected argument, actual argument).
        const fill = (s: string) => Array.from({ length: kind.n }, (_, j) => (j + 1 === kind.i ? s : '...')).join(', ');
        [have, want] = [`(${fill(want)}) -> ...`, `(${fill(have)}) -> ...`];
        break;
      }
      case 'funRet':
        [have, want] = [`(...) -> ${have}`, `(...) -> ${want}`];
        break;
      case 'invariant': {
        const p1 = paramsOf(prev.actual);
        const p2 = paramsOf(prev.expected);
        const fill = (s: string, n: number) => Array.from({ length: n }, (_, j) => (j + 1 === kind.i ? s : '...')).join(', ');
        [have, want] = [`${p1.path}<${fill(have, p1.n)}>`, `${p2.path}<${fill(want, p2.n)}>`];
        break;
      }
    }
  }
  return [`error: ${msg}`, `have: ${have}`, `want: ${want}`];
}

const DYN: Type = { kind: 'dynamic', of: undefined };

function paramsOf(t: Type): { path: string; n: number } {
  const r = resolve(t);
  switch (r.kind) {
    case 'inst': return { path: pathString(r.cls.path), n: r.params.length };
    case 'enum': return { path: pathString(r.enm.path), n: r.params.length };
    case 'abstract': return { path: pathString(r.abs.path), n: r.params.length };
    case 'typedef': return { path: pathString(r.def.path), n: r.params.length };
    default: return { path: typeToString(r), n: 0 };
  }
}

/** Haxe's non-recursive printing for "have:"/"want:" lines: type parameters and arguments as `...`. */
function shallowType(t: Type, ctx: PrintContext): string {
  const r = resolve(t);
  const ps = (n: number) => (n ? `<${Array.from({ length: n }, () => '...').join(', ')}>` : '');
  switch (r.kind) {
    case 'mono': return typeToString(r, ctx);
    case 'inst': return pathString(r.cls.path) + ps(r.params.length);
    case 'enum': return pathString(r.enm.path) + ps(r.params.length);
    case 'abstract': return pathString(r.abs.path) + ps(r.params.length);
    case 'typedef': return pathString(r.def.path) + ps(r.params.length);
    case 'param': return r.param.name;
    case 'dynamic': return r.of ? 'Dynamic<...>' : 'Dynamic';
    case 'fun': {
      if (r.args.length === 0) return '() -> ...';
      if (r.args.length === 1 && r.args[0]!.name === '') return '... -> ...';
      return `(${r.args.map((a) => (a.opt ? '?...' : '...')).join(', ')}) -> ...`;
    }
    case 'anon': {
      if (r.status.k === 'statics' || r.status.k === 'enumStatics' || r.status.k === 'abstractStatics') return typeToString(r, ctx);
      const names = [...r.fields.keys()].sort((x, y) => (x < y ? 1 : x > y ? -1 : 0));
      return `{${names.map((n) => (r.fields.get(n)!.meta.some((m) => m.name === ':optional') ? ' ?' : ' ') + n).join(',')} }`;
    }
    default: return typeToString(r, ctx);
  }
}

export function describe(e: UErr, ctx: PrintContext): string {
  switch (e.k) {
    case 'cannot': return `${typeToString(e.a, ctx)} should be ${typeToString(e.b, ctx)}`;
    case 'invariant': return 'Type parameters are invariant';
    case 'funArg': return `Cannot unify argument ${e.i}`;
    case 'funRet': return 'Cannot unify return types';
    case 'hasNoField': return withSuggestion(`${shortType(e.t, ctx)} has no field ${e.name}`, e.name, fieldSource(e.t));
    case 'extraField': return `${shortType(e.t, ctx)} has extra field ${e.name}`;
    case 'fieldType': return `Invalid type for field ${e.name} :`;
    case 'visibility': return `The field ${e.name} is not public`;
    case 'optional': return `Optional attribute of parameter ${e.name} differs`;
    case 'cantForceOptional': return "Optional parameters can't be forced";
    case 'constraint': return `Constraint check failure for ${e.name}`;
    case 'custom': return e.msg;
  }
}

function shortType(t: Type, ctx: PrintContext): string {
  const s = typeToString(t, ctx);
  return s.length > 150 ? s.slice(0, 147) + '...' : s;
}

// ---- the trail ---------------------------------------------------------------------------------------

/** What an open attempt did: bound monomorphs, and undo steps for other changes (merged fields). */
let trail: (TMono | (() => void))[] | undefined;

function bind(m: TMono, t: Type): void {
  m.ref = t;
  if (trail) trail.push(m);
  // A constrained monomorph (a type parameter being inferred) only takes a type meeting its constraints.
  const cs = m.constraints;
  const r = resolve(t);
  if (cs && cs.length && r.kind !== 'mono' && r.kind !== 'dynamic') {
    try {
      for (const c of cs) unify(t, c);
    } catch (e) {
      m.ref = undefined;
      // Haxe: "Constraint check failure for sum.T" then why.
      if (e instanceof UnifyError && m.constraintName) throw new UnifyError([{ k: 'constraint', name: m.constraintName }, ...e.items]);
      throw e;
    }
  }
  // Fields read from it: another monomorph inherits them, any other type must have them.
  if (m.fields && r.kind !== 'dynamic') {
    try {
      if (r.kind === 'mono') mergeFields(r, m.fields);
      else unify(t, { kind: 'anon', fields: m.fields, status: { k: 'closed' } });
    } catch (e) {
      m.ref = undefined;
      throw e;
    }
  }
}

function mergeFields(r: TMono, fields: Map<string, ClassField>): void {
  if (!r.fields) {
    r.fields = new Map();
    const target = r;
    if (trail) trail.push(() => { target.fields = undefined; });
  }
  const own = r.fields;
  for (const [n, f] of fields) {
    const g = own.get(n);
    if (g) unify(f.type, g.type);
    else {
      own.set(n, f);
      if (trail) trail.push(() => own.delete(n));
    }
  }
}

/**
 * Haxe's Monomorph.close, at the end of the function that read fields from a still unknown value:
 * the monomorph becomes the closed structure of those fields (a structure that would contain
 * itself, or a monomorph that also stands for a constrained type parameter, stays open).
 */
export function closeMono(m: TMono): void {
  if (m.ref || !m.fields || (m.constraints && m.constraints.length > 0)) return;
  const anon: TAnon = { kind: 'anon', fields: m.fields, status: { k: 'closed' } };
  if (occurs(m, anon)) return;
  m.ref = anon;
  if (trail) trail.push(m);
}

function attempt(f: () => void): boolean {
  const outer = trail;
  const mine: (TMono | (() => void))[] = [];
  trail = mine;
  try {
    f();
    if (outer) outer.push(...mine);
    return true;
  } catch (e) {
    if (!(e instanceof UnifyError)) throw e;
    for (let i = mine.length - 1; i >= 0; i--) {
      const x = mine[i]!;
      if (typeof x === 'function') x();
      else x.ref = undefined;
    }
    return false;
  } finally {
    trail = outer;
  }
}

export function tryUnify(a: Type, b: Type): boolean {
  return attempt(() => unify(a, b));
}

export function typesEqual(a: Type, b: Type): boolean {
  return attempt(() => typeEq(a, b));
}

// ---- helpers --------------------------------------------------------------------------------------------

function isPath(t: Type, pack: string, name: string): boolean {
  return (t.kind === 'abstract' && t.abs.path.name === name && t.abs.path.pack.join('.') === pack) ||
    (t.kind === 'inst' && t.cls.path.name === name && t.cls.path.pack.join('.') === pack);
}

export function isNull(t: Type): t is Type & { kind: 'abstract' } {
  return t.kind === 'abstract' && t.abs.path.name === 'Null' && t.abs.path.pack.length === 0;
}

function occurs(m: TMono, t: Type): boolean {
  const seen = new Set<Type>();
  const go = (t: Type): boolean => {
    t = resolve(t);
    if (t === m) return true;
    if (seen.has(t)) return false;
    seen.add(t);
    switch (t.kind) {
      case 'inst': case 'enum': case 'abstract': case 'typedef':
        return t.params.some(go);
      case 'fun':
        return t.args.some((a) => go(a.type)) || go(t.ret);
      case 'anon':
        return t.status.k === 'opened' || t.status.k === 'closed' || t.status.k === 'const' ? [...t.fields.values()].some((f) => go(f.type)) : false;
      case 'dynamic':
        return t.of ? go(t.of) : false;
      default:
        return false;
    }
  };
  return go(t);
}

function fail(a: Type, b: Type, more: UErr[] = []): never {
  throw new UnifyError([{ k: 'cannot', a, b }, ...more]);
}

/** The chain of super classes and interfaces of `c` instantiated with `params`, looking for `target`. */
export function findSuper(c: ClassType, params: Type[], target: ClassType): Type[] | undefined {
  if (c === target) return params;
  if (c.build) c.build();
  if (c.superClass) {
    const sp = c.superClass.params.map((p) => applyParams(c.params, params, p));
    const r = findSuper(c.superClass.cls, sp, target);
    if (r) return r;
  }
  for (const i of c.interfaces) {
    const ip = i.params.map((p) => applyParams(c.params, params, p));
    const r = findSuper(i.cls, ip, target);
    if (r) return r;
  }
  return undefined;
}

/** Fields of a class instance, looking up the hierarchy (substituting type parameters). */
export function classFieldOf(c: ClassType, params: Type[], name: string): { field: ClassField; type: Type; owner: ClassType } | undefined {
  let cls: ClassType | undefined = c;
  let ps = params;
  while (cls) {
    if (cls.build) cls.build();
    const f = cls.fields.get(name);
    if (f) return { field: f, type: applyParams(cls.params, ps, f.type), owner: cls };
    if (!cls.superClass) break;
    const sup: { cls: ClassType; params: Type[] } = cls.superClass;
    const cur: ClassType = cls;
    ps = sup.params.map((p) => applyParams(cur.params, ps, p));
    cls = sup.cls;
  }
  // Interfaces declare fields too (for interface-typed values).
  if (c.isInterface) {
    for (const i of c.interfaces) {
      const ip = i.params.map((p) => applyParams(c.params, params, p));
      const r = classFieldOf(i.cls, ip, name);
      if (r) return r;
    }
  }
  return undefined;
}

function isWritableVar(f: ClassField): boolean {
  return f.kind.k === 'var' && (f.kind.write === 'normal' || f.kind.write === 'call');
}

// ---- unify ----------------------------------------------------------------------------------------------

/** Bind an unbound monomorph on either side to the other type (occurs check first); true if done. */
function linkMono(a: Type, b: Type, ra: Type, rb: Type): boolean {
  const [m, other] = ra.kind === 'mono' ? [ra, rb] : rb.kind === 'mono' ? [rb, ra] : [undefined, undefined];
  if (!m || m.kind !== 'mono') return false;
  if (occurs(m, other!)) fail(a, b);
  bind(m, other!);
  return true;
}

export function unify(a: Type, b: Type): void {
  if (a === b) return;
  const ra = resolve(a);
  const rb = resolve(b);
  if (ra === rb) return;
  if (linkMono(a, b, ra, rb)) return;
  if (ra.kind === 'dynamic' || rb.kind === 'dynamic') return;
  // Same typedef: compare parameters; otherwise look through it.
  if (ra.kind === 'typedef' && rb.kind === 'typedef' && ra.def === rb.def) {
    unifyParams(a, b, ra.params, rb.params);
    return;
  }
  if (ra.kind === 'typedef') {
    wrap(a, b, () => unify(applyParams(ra.def.params, ra.params, ra.def.type), rb));
    return;
  }
  if (rb.kind === 'typedef') {
    wrap(a, b, () => unify(ra, applyParams(rb.def.params, rb.params, rb.def.type)));
    return;
  }
  // Null<T> is transparent for unification (Haxe 4 without null safety).
  if (isNull(ra) && !(isNull(rb))) {
    wrap(a, b, () => unify(ra.params[0]!, rb));
    return;
  }
  if (isNull(rb) && !isNull(ra)) {
    wrap(a, b, () => unify(ra, rb.params[0]!));
    return;
  }
  if (isPath(rb, '', 'Any') || isPath(ra, '', 'Any')) return;
  switch (ra.kind) {
    case 'param':
      if (rb.kind === 'param' && rb.param === ra.param) return;
      for (const c of ra.param.constraints()) if (tryUnify(c, rb)) return;
      return fail(a, b);
    case 'enum':
      if (rb.kind === 'enum' && rb.enm === ra.enm) return unifyParams(a, b, ra.params, rb.params);
      // Every enum value is an EnumValue; an enum whose constructors take no arguments is a haxe.FlatEnum.
      if (isPath(rb, '', 'EnumValue')) return;
      if (isPath(rb, 'haxe', 'FlatEnum') && isFlatEnum(ra.enm)) return;
      if (rb.kind === 'abstract') return unifyToAbstract(a, b, ra, rb.abs, rb.params);
      if (rb.kind === 'anon') return fail(a, b);
      return fail(a, b);
    case 'inst': {
      if (rb.kind === 'inst') {
        const sp = findSuper(ra.cls, ra.params, rb.cls);
        if (!sp) return fail(a, b);
        return unifyParams(a, b, sp, rb.params);
      }
      if (rb.kind === 'anon') return unifyStructure(a, b, rb, (n) => {
        const f = classFieldOf(ra.cls, ra.params, n);
        return f && { field: f.field, type: f.type };
      });
      // haxe.Constructible<F>: a class whose (public) constructor is an F.
      if (rb.kind === 'abstract' && isPath(rb, 'haxe', 'Constructible') && rb.params.length === 1) {
        for (let k: ClassType | undefined = ra.cls; k; k = k.superClass?.cls) {
          k.build?.();
          if (!k.ctor) continue;
          if (!k.ctor.isPublic) throw new UnifyError([{ k: 'cannot', a, b }, { k: 'visibility', name: 'new' }]);
          const sp = findSuper(ra.cls, ra.params, k) ?? [];
          try {
            unify(applyParams(k.params, sp, k.ctor.type), rb.params[0]!);
          } catch (e) {
            if (!(e instanceof UnifyError)) throw e;
            throw new UnifyError([{ k: 'cannot', a, b }, ...e.items]);
          }
          return;
        }
        throw new UnifyError([{ k: 'cannot', a, b }, { k: 'hasNoField', t: a, name: 'new' }]);
      }
      if (rb.kind === 'abstract') return unifyToAbstract(a, b, ra, rb.abs, rb.params);
      return fail(a, b);
    }
    case 'abstract': {
      if (rb.kind === 'abstract' && rb.abs === ra.abs) return unifyParams(a, b, ra.params, rb.params);
      // Class<T> and Enum<T> values are the statics structures of their types.
      return unifyFromAbstract(a, b, ra.abs, ra.params, rb);
    }
    case 'fun': {
      if (rb.kind === 'fun') return unifyFunctions(a, b, ra, rb);
      // Every function is a haxe.Function (haxe.Constraints).
      if (isPath(rb, 'haxe', 'Function')) return;
      if (rb.kind === 'abstract') return unifyToAbstract(a, b, ra, rb.abs, rb.params);
      return fail(a, b);
    }
    case 'anon': {
      if (rb.kind === 'anon') {
        if (ra.status.k === 'statics' || ra.status.k === 'enumStatics' || ra.status.k === 'abstractStatics') {
          if (rb.status.k === ra.status.k && staticsOwner(ra) === staticsOwner(rb)) return;
        }
        unifyStructure(a, b, rb, (n) => {
          const f = ra.fields.get(n);
          return f && { field: f, type: f.type };
        });
        // (An object literal's extra fields are reported where it is typed against an expected
        // structure, type-expr.ts; once stored or returned it unifies like any structure, as in Haxe.)
        return;
      }
      if (rb.kind === 'abstract') {
        const sb = staticsOwner(ra);
        if (sb && (isPath(rb, '', 'Class') || isPath(rb, '', 'Enum'))) {
          const inner = resolve(rb.params[0]!);
          if (inner.kind === 'mono' || inner.kind === 'dynamic') {
            if (inner.kind === 'mono') {
              const t: Type = sb.kind === 'class' ? { kind: 'inst', cls: sb, params: sb.params.map(() => ({ kind: 'dynamic', of: undefined })) } : sb.kind === 'enum' ? { kind: 'enum', enm: sb, params: sb.params.map(() => ({ kind: 'dynamic', of: undefined })) } : { kind: 'dynamic', of: undefined };
              bind(inner, t);
            }
            return;
          }
          // A class is a Class<T> for any T it unifies with (`var c:Class<Base> = Sub`), likewise enums.
          const fresh = (n: number) => Array.from({ length: n }, () => mkMono());
          const self: Type | undefined = isPath(rb, '', 'Class') && sb.kind === 'class' ? { kind: 'inst', cls: sb, params: fresh(sb.params.length) }
            : isPath(rb, '', 'Enum') && sb.kind === 'enum' ? { kind: 'enum', enm: sb, params: fresh(sb.params.length) } : undefined;
          if (!self || !tryUnify(self, inner)) return fail(a, b);
          return;
        }
        return unifyToAbstract(a, b, ra, rb.abs, rb.params);
      }
      return fail(a, b);
    }
  }
  return fail(a, b);
}

function isFlatEnum(e: import('./types.js').EnumType): boolean {
  e.build?.();
  return [...e.ctors.values()].every((c) => resolve(c.type).kind !== 'fun');
}

function staticsOwner(t: TAnon): ClassType | import('./types.js').EnumType | AbstractType | undefined {
  switch (t.status.k) {
    case 'statics': return t.status.cls;
    case 'enumStatics': return t.status.enm;
    case 'abstractStatics': return t.status.abs;
    default: return undefined;
  }
}

function wrap(a: Type, b: Type, f: () => void): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof UnifyError)) throw e;
    const first = e.items[0];
    // Keep the outer pair on top unless it is the same text (typedef/Null looked through).
    if (first && first.k === 'cannot') throw new UnifyError([{ k: 'cannot', a, b }, ...e.items.slice(1)]);
    throw new UnifyError([{ k: 'cannot', a, b }, ...e.items]);
  }
}

function unifyParams(a: Type, b: Type, pa: Type[], pb: Type[]): void {
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    try {
      // Haxe compares type arguments with "right Dynamic" equality: Array<Int> fits Array<Dynamic>,
      // Array<Dynamic> does not fit Array<Int>.
      typeEq(pa[i]!, pb[i]!, true);
    } catch (e) {
      if (!(e instanceof UnifyError)) throw e;
      throw new UnifyError([{ k: 'cannot', a, b }, { k: 'invariant', i: i + 1 }, ...e.items]);
    }
  }
}

/** Haxe's rule: same arity; the return first (unless the expected one is Void), then each argument contravariantly. */
function unifyFunctions(a: Type, b: Type, fa: Type & { kind: 'fun' }, fb: Type & { kind: 'fun' }): void {
  if (fa.args.length !== fb.args.length) fail(a, b);
  let i = 0;
  try {
    const rb = follow(fb.ret);
    if (!(rb.kind === 'abstract' && rb.abs.path.name === 'Void' && rb.abs.path.pack.length === 0)) unify(fa.ret, fb.ret);
    else {
      const ra = follow(fa.ret);
      if (ra.kind === 'mono') unify(fa.ret, fb.ret);
    }
    i++;
    for (let k = 0; k < fb.args.length; k++) {
      const y = fb.args[k]!;
      const x = fa.args[k]!;
      if (y.opt && !x.opt) throw new UnifyError([{ k: 'cantForceOptional' }]);
      unify(y.type, x.type);
      i++;
    }
  } catch (e) {
    if (!(e instanceof UnifyError)) throw e;
    throw new UnifyError([{ k: 'cannot', a, b }, i === 0 ? { k: 'funRet' } : { k: 'funArg', i, n: fa.args.length }, ...e.items]);
  }
}

function unifyStructure(a: Type, b: Type, target: TAnon, lookup: (name: string) => { field: ClassField; type: Type } | undefined): void {
  for (const [name, want] of target.fields) {
    const have = lookup(name);
    if (!have) {
      if (want.meta.some((m) => m.name === ':optional')) continue;
      throw new UnifyError([{ k: 'cannot', a, b }, { k: 'hasNoField', t: a, name }]);
    }
    const kindErr = kindMismatch(name, have.field.kind, want.kind);
    if (kindErr) throw new UnifyError([{ k: 'cannot', a, b }, kindErr]);
    if (!have.field.isPublic && have.field.owner) throw new UnifyError([{ k: 'cannot', a, b }, { k: 'visibility', name }]);
    try {
      if (isWritableVar(want) && isWritableVar(have.field)) typeEq(have.type, want.type);
      else unify(have.type, want.type);
    } catch (e) {
      if (!(e instanceof UnifyError)) throw e;
      throw new UnifyError([{ k: 'cannot', a, b }, { k: 'fieldType', name }, ...e.items]);
    }
  }
}

/**
 * Haxe's unify_kind: can a field of kind `have` stand for a structure field of kind `want`? A read-only
 * var does not fit a writable one ("Inconsistent setter for field x : null should be default"), a
 * method does not fit a var ("Field foo is method but should be var"), and so on.
 */
function kindMismatch(name: string, have: FieldKind, want: FieldKind): UErr | undefined {
  const access = (a: VarAccess, b: VarAccess) => a === b || b === 'no' || b === 'never' || (a === 'inline' && b === 'normal');
  const sAccess = (a: VarAccess, read: boolean) => {
    switch (a) {
      case 'normal': return 'default';
      case 'no': return 'null';
      case 'call': return read ? 'get' : 'set';
      default: return a;
    }
  };
  const sKind = (k: FieldKind) => (k.k === 'var' ? 'var' : k.meth === 'normal' ? 'method' : `${k.meth} method`);
  let ok: boolean;
  if (have.k === 'var' && want.k === 'var') {
    if (access(have.read, want.read) && access(have.write, want.write)) return undefined;
    const msg = have.read === want.read
      ? `Inconsistent setter for field ${name} : ${sAccess(have.write, false)} should be ${sAccess(want.write, false)}`
      : have.write === want.write
        ? `Inconsistent getter for field ${name} : ${sAccess(have.read, true)} should be ${sAccess(want.read, true)}`
        : `Inconsistent access for field ${name} : (${sAccess(have.read, true)},${sAccess(have.write, false)}) should be (${sAccess(want.read, true)},${sAccess(want.write, false)})`;
    return { k: 'custom', msg };
  }
  if (have.k === 'var' && want.k === 'method') ok = have.read === 'normal' && (want.meth === 'normal' || (want.meth === 'dynamic' && have.write === 'normal'));
  else if (have.k === 'method' && want.k === 'var') {
    const direct = (a: VarAccess) => a !== 'call' && a !== 'dynamic';
    ok = have.meth === 'dynamic' ? direct(want.read) && direct(want.write)
      : have.meth !== 'macro' && want.read === 'normal' && (want.write === 'no' || want.write === 'never');
  } else if (have.k === 'method' && want.k === 'method') {
    ok = have.meth === want.meth || (want.meth === 'normal' && (have.meth === 'inline' || have.meth === 'dynamic'));
  }
  else ok = true;
  return ok ? undefined : { k: 'custom', msg: `Field ${name} is ${sKind(have)} but should be ${sKind(want)}` };
}

/** A value of type `a` flowing into abstract `abs<params>`: through `from` types or `abs`'s underlying for @:enum etc. */
function unifyToAbstract(a: Type, b: Type, ra: Type, abs: AbstractType, params: Type[]): void {
  if (abs.build) abs.build();
  for (const f of abs.from) {
    if (f.field) continue; // @:from functions are casts, applied by the typer, not unification
    if (tryUnify(ra, applyParams(abs.params, params, f.type))) return;
  }
  return fail(a, b);
}

/** A value of abstract type flowing into `rb`: through `to` types. */
function unifyFromAbstract(a: Type, b: Type, abs: AbstractType, params: Type[], rb: Type): void {
  if (abs.build) abs.build();
  if (rb.kind === 'abstract' && !abs.isCore && !(rb.abs.build?.(), rb.abs.isCore)) {
    // Between two non-core abstracts Haxe's unify_abstracts takes no transitive cast: a `to` type
    // must be the target itself and a `from` type the source itself, so `A to Float` does not reach
    // `B from Float` by way of Float (a @:to function converting A to B is then the typer's cast).
    for (const t of abs.to) if (!t.field && typesEqual(applyParams(abs.params, params, t.type), rb)) return;
    for (const f of rb.abs.from) if (!f.field && typesEqual(a, applyParams(rb.abs.params, rb.params, f.type))) return;
    return fail(a, b);
  }
  for (const t of abs.to) {
    if (t.field) continue;
    if (tryUnify(applyParams(abs.params, params, t.type), rb)) return;
  }
  if (rb.kind === 'abstract') {
    if (rb.abs.build) rb.abs.build();
    for (const f of rb.abs.from) {
      if (f.field) continue;
      if (tryUnify(a, applyParams(rb.abs.params, rb.params, f.type))) return;
    }
  }
  return fail(a, b);
}

// ---- equality (invariant positions) ----------------------------------------------------------------------

function eqParams(a: Type, b: Type, pa: Type[], pb: Type[], rightDynamic: boolean): void {
  pa.forEach((p, i) => {
    try {
      typeEq(p, pb[i]!, rightDynamic);
    } catch (e) {
      if (!(e instanceof UnifyError)) throw e;
      throw new UnifyError([{ k: 'cannot', a, b }, { k: 'invariant', i: i + 1 }, ...e.items]);
    }
  });
}

/** Type equality; with `rightDynamic`, Dynamic is equal to anything only on the right (expected) side. */
export function typeEq(a: Type, b: Type, rightDynamic = false): void {
  if (a === b) return;
  const ra = resolve(a);
  const rb = resolve(b);
  if (ra === rb) return;
  if (linkMono(a, b, ra, rb)) return;
  if (rb.kind === 'dynamic' || (ra.kind === 'dynamic' && !rightDynamic)) return;
  if (ra.kind === 'typedef' && rb.kind === 'typedef' && ra.def === rb.def) return eqParams(a, b, ra.params, rb.params, rightDynamic);
  if (ra.kind === 'typedef') return typeEq(applyParams(ra.def.params, ra.params, ra.def.type), rb, rightDynamic);
  if (rb.kind === 'typedef') return typeEq(ra, applyParams(rb.def.params, rb.params, rb.def.type), rightDynamic);
  // Null<T> is T for equality too (Haxe's non-strict equality, used for structure fields).
  if (isNull(ra) && !isNull(rb)) return typeEq(ra.params[0]!, rb, rightDynamic);
  if (isNull(rb) && !isNull(ra)) return typeEq(ra, rb.params[0]!, rightDynamic);
  switch (ra.kind) {
    case 'param':
      if (rb.kind === 'param' && rb.param === ra.param) return;
      break;
    case 'inst':
      if (rb.kind === 'inst' && rb.cls === ra.cls) return eqParams(a, b, ra.params, rb.params, rightDynamic);
      break;
    case 'enum':
      if (rb.kind === 'enum' && rb.enm === ra.enm) return eqParams(a, b, ra.params, rb.params, rightDynamic);
      break;
    case 'abstract':
      if (rb.kind === 'abstract' && rb.abs === ra.abs) return eqParams(a, b, ra.params, rb.params, rightDynamic);
      break;
    case 'fun':
      if (rb.kind === 'fun' && rb.args.length === ra.args.length) {
        ra.args.forEach((x, i) => {
          const y = rb.args[i]!;
          if (x.opt !== y.opt) throw new UnifyError([{ k: 'cannot', a, b }, { k: 'optional', name: y.name }]);
          typeEq(x.type, y.type);
        });
        typeEq(ra.ret, rb.ret);
        return;
      }
      break;
    case 'anon':
      if (rb.kind === 'anon') {
        if (staticsOwner(ra) && staticsOwner(ra) === staticsOwner(rb)) return;
        for (const [n, f] of rb.fields) {
          const g = ra.fields.get(n);
          if (!g) {
            if (f.meta.some((m) => m.name === ':optional')) continue;
            throw new UnifyError([{ k: 'cannot', a, b }, { k: 'hasNoField', t: a, name: n }]);
          }
          typeEq(g.type, f.type);
        }
        for (const n of ra.fields.keys()) {
          if (!rb.fields.has(n) && rb.status.k !== 'opened') throw new UnifyError([{ k: 'cannot', a, b }, { k: 'extraField', t: a, name: n }]);
        }
        return;
      }
      break;
  }
  fail(a, b);
}
