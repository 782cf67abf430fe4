// `switch` with Haxe's pattern matching: constants, enum constructors (nested), captures, `_`,
// or-patterns, guards, array and structure patterns, extractors `f(_) => p`, `name = pattern`, and
// tuple switches `switch [a, b]` whose elements keep their own types; then exhaustiveness.
// Takes: FnCtx and ESwitch. Gives: TSwitch with typed patterns.
// Invariant: a switch on an enum, Bool or enum abstract must cover every value (or have `default`/`_`),
// nested patterns too; any switch used as a value must cover everything. The report is Haxe's,
// "Unmatched patterns: B | C" at the subject (or at the nested pattern), see "exhaustiveness" below.
// A switch used as a value checks each case body against the expected type at the case.

import type { Expr, Span } from '../syntax/ast.js';
import type { FnCtx } from './ctx.js';
import type { TCase, TExpr, TPattern } from './texpr.js';
import { coerce, mkT, NO_VALUE, typeExpr, typeValue, unifyMin, wanted } from './type-expr.js';
import { enumCtorInScope, fieldOn, staticsType } from './type-field.js';
import { resolveType } from './typeload.js';
import { DYNAMIC, follow, mkMono, resolve, substitute, type AbstractType, type ClassField, type ClassType, type EnumCtorDef, type EnumType, type Type, type TypeParam } from './types.js';
import { classFieldOf, tryUnify, unify, UnifyError } from './unify.js';

interface Subject {
  t: Type;
  /** Element types of a tuple subject `switch [a, b]`. */
  tuple: Type[] | undefined;
}

export function typeSwitch(fc: FnCtx, e: Expr & { kind: 'ESwitch' }, expected: Type | undefined): TExpr {
  let subjectE = e.subject;
  while (subjectE.kind === 'EParenthesis') subjectE = subjectE.e;
  let subject: TExpr;
  let subj: Subject;
  if (subjectE.kind === 'EArrayDecl' && !subjectE.values.some((v) => v.kind === 'EFor' || v.kind === 'EWhile' || (v.kind === 'EBinop' && v.op === '=>'))) {
    const values = subjectE.values.map((v) => typeExpr(fc, v));
    subject = mkT('TArrayDecl', fc.tx.tArray(DYNAMIC), subjectE, { values });
    subj = { t: subject.t, tuple: values.map((v) => v.t) };
  } else {
    subject = typeExpr(fc, e.subject);
    subj = { t: subject.t, tuple: undefined };
  }
  const asValue = expected !== NO_VALUE;
  const want = wanted(expected);
  const cases: TCase[] = [];
  for (const c of e.cases) {
    fc.pushScope();
    const patterns = c.values.map((v) => typePatternTop(fc, v, subj));
    const guard = c.guard ? typeValue(fc, c.guard, fc.tx.tBool()) : undefined;
    const body = c.body ? typeExpr(fc, c.body, asValue ? want : NO_VALUE) : undefined;
    fc.popScope();
    cases.push({ patterns, guard, body });
  }
  const def = e.default?.body ? typeExpr(fc, e.default.body, asValue ? want : NO_VALUE) : undefined;
  const hasDefault = e.default !== undefined;
  // Exhaustiveness.
  let exhaustive = hasDefault;
  if (!hasDefault) {
    // Guarded cases match nothing for sure; a tuple switch has one column per element.
    const rows = cases.filter((c) => !c.guard).flatMap((c) => c.patterns.map((p) => {
      if (!subj.tuple) return [p];
      return p.k === 'array' ? p.items : subj.tuple.map(() => ({ k: 'any' }) as TPattern);
    }));
    const subjects: Subj[] = subj.tuple && subjectE.kind === 'EArrayDecl'
      ? subj.tuple.map((t, i) => ({ t, span: subjectE.kind === 'EArrayDecl' ? subjectE.values[i]! : subjectE, show: (x: string) => x }))
      : [{ t: subj.t, span: subjectE, show: (x: string) => x }];
    const r = checkExhaustive(fc, rows, subjects, asValue);
    exhaustive = r.exhaustive;
    if (r.report) fc.error('type.unmatched-patterns', r.report.span, [r.report.text]);
  }
  let t: Type = fc.tx.tVoid();
  if (asValue) {
    // Each body with the span Haxe gives it: from `case`/`default` to the end of its last expression.
    const bodies: { te: TExpr; start: number; ast: Expr }[] = [];
    cases.forEach((c, i) => {
      const ast = e.cases[i]!;
      if (c.body && ast.body) bodies.push({ te: c.body, start: ast.pos, ast: ast.body });
    });
    if (def && e.default?.body) bodies.push({ te: def, start: e.default.pos, ast: e.default.body });
    const types = [...cases.map((c) => c.body?.t ?? fc.tx.tVoid()), ...(hasDefault ? [def?.t ?? fc.tx.tVoid()] : [])];
    if (want && follow(want).kind !== 'mono' && !fc.tx.isVoidType(want)) {
      // Against an expected type, each body is checked at its case.
      for (const b of bodies) {
        const checked = coerce(fc, b.te, want, { pos: b.start, end: lastExpr(b.ast).end });
        if (checked !== b.te) {
          const k = cases.findIndex((c) => c.body === b.te);
          if (k >= 0) cases[k]!.body = checked;
        }
      }
      t = want;
    } else if (want && follow(want).kind !== 'mono') t = want;
    // (An unknown expected type, e.g. an unannotated function's return, takes the bodies' common type.)
    else {
      const m = unifyMin(types);
      if (m) t = m;
      else {
        // As Haxe's unify_min: the first body that fits none of the ones before it, at its last expression.
        const first = bodies[0]?.te.t ?? fc.tx.tVoid();
        const bad = bodies.find((b) => follow(b.te.t).kind !== 'dynamic' && !tryUnify(b.te.t, first) && !tryUnify(first, b.te.t));
        if (bad) report(fc, bad.te.t, first, lastExpr(bad.ast));
        t = first;
      }
    }
  }
  return mkT('TSwitch', t, e, { subject, cases, default: def, exhaustive });
}

/** The last expression of a case body (the parser wraps case bodies in a block). */
function lastExpr(e: Expr): Expr {
  return e.kind === 'EBlock' && e.exprs.length > 0 ? e.exprs[e.exprs.length - 1]! : e;
}

function report(fc: FnCtx, a: Type, b: Type, span: Span): void {
  try {
    unify(a, b);
  } catch (err) {
    if (err instanceof UnifyError) fc.unifyError(err, span);
  }
}

// ---- typing patterns --------------------------------------------------------------------------------------

function typePatternTop(fc: FnCtx, e: Expr, s: Subject): TPattern {
  if (s.tuple) {
    if (e.kind === 'EArrayDecl') {
      if (e.values.length !== s.tuple.length) {
        fc.error('type.custom', e, [`Invalid number of elements: expected ${s.tuple.length}, got ${e.values.length}`]);
        return { k: 'any' };
      }
      return { k: 'array', items: e.values.map((v, i) => typePattern(fc, v, s.tuple![i]!)) };
    }
    if (e.kind === 'EIdent' && e.name === '_') return { k: 'any' };
  }
  return typePattern(fc, e, s.t);
}

export function typePattern(fc: FnCtx, e: Expr, t: Type): TPattern {
  switch (e.kind) {
    case 'EParenthesis':
      return typePattern(fc, e.e, t);
    case 'EIdent': {
      if (e.name === '_') return { k: 'any' };
      if (e.name === 'true' || e.name === 'false' || e.name === 'null') return constPattern(fc, e, t);
      const ctor = ctorByName(fc, e.name, t);
      if (ctor) return ctorPattern(fc, ctor.enm, ctor.ctor, [], e, t);
      const ev = enumAbstractValue(fc, e.name, t);
      if (ev) return { k: 'const', e: ev(e) };
      // A static inline var in scope is a constant pattern, as in Haxe (`case MAX:`).
      if (!fc.lookup(e.name) && isInlineStaticInScope(fc, e.name)) return constPattern(fc, e, t);
      // A lowercase name binds the matched value.
      const v = fc.declare(e.name, t, 'pattern');
      return { k: 'bind', v, p: { k: 'any' } };
    }
    case 'EVars': {
      const d = e.vars[0]!;
      const v = fc.declare(d.name, t, 'pattern');
      return { k: 'bind', v, p: { k: 'any' } };
    }
    case 'ECall': {
      const target = e.e;
      const ctor = target.kind === 'EIdent' ? ctorByName(fc, target.name, t) : target.kind === 'EField' ? qualifiedCtor(fc, target) : undefined;
      if (!ctor) {
        fc.error('type.custom', target, [`Unrecognized pattern: ${describeExpr(target)}`]);
        return { k: 'any' };
      }
      return ctorPattern(fc, ctor.enm, ctor.ctor, e.args, e, t);
    }
    case 'EField': {
      const ctor = qualifiedCtor(fc, e);
      if (ctor) return ctorPattern(fc, ctor.enm, ctor.ctor, [], e, t);
      return constPattern(fc, e, t);
    }
    case 'EArrayDecl': {
      const f = follow(t);
      let elem: Type = DYNAMIC;
      if (f.kind === 'inst' && f.cls.path.name === 'Array') elem = f.params[0]!;
      else if (f.kind === 'mono') {
        elem = mkMono();
        unify(t, fc.tx.tArray(elem));
      } else if (f.kind !== 'dynamic') {
        fc.error('type.unify', e, [`Array<Unknown<0>> should be ${typeName(t)}`]);
        return { k: 'any' };
      }
      return { k: 'array', items: e.values.map((v) => typePattern(fc, v, elem)) };
    }
    case 'EObjectDecl': {
      const f = follow(t);
      const fields: { name: string; p: TPattern }[] = [];
      for (const fd of e.fields) {
        let ft: Type = DYNAMIC;
        if (f.kind === 'anon') {
          const cf = f.fields.get(fd.name);
          if (!cf) {
            fc.error('type.custom', fd, [`${typeName(t)} has no field ${fd.name}`]);
            continue;
          }
          ft = cf.type;
        } else if (f.kind === 'inst') {
          const r = fieldOn(fc, mkT('TConst', t, fd, { value: { k: 'null' } }), fd.name, fd, undefined);
          ft = r.t;
        }
        fields.push({ name: fd.name, p: typePattern(fc, fd.expr, ft) });
      }
      return { k: 'struct', fields };
    }
    case 'EBinop': {
      if (e.op === '|') {
        const alts: TPattern[] = [];
        const flat = (x: Expr) => {
          if (x.kind === 'EBinop' && x.op === '|') {
            flat(x.e1);
            flat(x.e2);
          } else alts.push(typePattern(fc, x, t));
        };
        flat(e);
        return { k: 'or', alts };
      }
      if (e.op === '=>') {
        // Extractor: `f(_) => p` applies f to the subject (`_` stands for it) and matches the result.
        const subjectVar = fc.declare('_', t, 'pattern');
        const fn = typeExpr(fc, e.e1);
        void subjectVar;
        return { k: 'extractor', fn, p: typePattern(fc, e.e2, fn.t) };
      }
      if (e.op === '=' && e.e1.kind === 'EIdent') {
        const inner = typePattern(fc, e.e2, t);
        const v = fc.declare(e.e1.name, t, 'pattern');
        return { k: 'bind', v, p: inner };
      }
      return constPattern(fc, e, t);
    }
    case 'ECheckType': {
      const ct = resolveType(fc.tx, fc.scope, e.type);
      return typePattern(fc, e.e, ct);
    }
    default:
      return constPattern(fc, e, t);
  }
}

function describeExpr(e: Expr): string {
  if (e.kind === 'EIdent') return e.name;
  if (e.kind === 'EField') return `${describeExpr(e.e)}.${e.name}`;
  return e.kind;
}

import { typeToString } from './print-type.js';
function typeName(t: Type): string {
  return typeToString(t);
}

/** Whether a bare `name` reaches a static `inline var` of the current class (or its supers/abstract). */
function isInlineStaticInScope(fc: FnCtx, name: string): boolean {
  const isInline = (f: ClassField | undefined) => f !== undefined && f.kind.k === 'var' && f.kind.read === 'inline';
  if (fc.abs?.impl && isInline(fc.abs.impl.statics.get(name))) return true;
  for (let k: ClassType | undefined = fc.cls; k; k = k.superClass?.cls) {
    k.build?.();
    if (isInline(k.statics.get(name))) return true;
  }
  return false;
}

function constPattern(fc: FnCtx, e: Expr, t: Type): TPattern {
  const te = typeExpr(fc, e, t);
  try {
    unify(te.t, t);
  } catch (err) {
    if (err instanceof UnifyError) fc.unifyError(err, e);
  }
  return { k: 'const', e: te };
}

function ctorByName(fc: FnCtx, name: string, t: Type): { enm: EnumType; ctor: EnumCtorDef } | undefined {
  const f = follow(t);
  if (f.kind === 'enum') {
    f.enm.build?.();
    const c = f.enm.ctors.get(name);
    if (c) return { enm: f.enm, ctor: c };
  }
  // Constructors of other enums in scope (the pattern then fails to unify, as in Haxe).
  if (!/^[A-Z]/.test(name) || fc.lookup(name)) return undefined;
  const te = enumCtorInScope(fc, { pos: 0, end: 0 }, name, undefined);
  if (te && te.kind === 'TField' && te.access.k === 'enum') return { enm: te.access.enm, ctor: te.access.ctor };
  return undefined;
}

function qualifiedCtor(fc: FnCtx, e: Expr & { kind: 'EField' }): { enm: EnumType; ctor: EnumCtorDef } | undefined {
  const base = typeExpr(fc, e.e);
  if (base.kind !== 'TTypeExpr') return undefined;
  const mt = base.mt;
  if (mt.kind !== 'enum') return undefined;
  mt.build?.();
  const c = mt.ctors.get(e.name);
  return c ? { enm: mt, ctor: c } : undefined;
}

function enumAbstractValue(fc: FnCtx, name: string, t: Type): ((span: Span) => TExpr) | undefined {
  const f = follow(t);
  if (f.kind !== 'abstract' || !f.abs.isEnum) return undefined;
  f.abs.build?.();
  const s = f.abs.impl?.statics.get(name);
  if (!s) return undefined;
  const abs: AbstractType = f.abs;
  return (span) => mkT('TField', s.type, span, { e: mkT('TTypeExpr', staticsType(abs), span, { mt: abs }), access: { k: 'static', cls: abs.impl!, field: s } });
}

function ctorPattern(fc: FnCtx, enm: EnumType, ctor: EnumCtorDef, args: Expr[], span: Span, t: Type): TPattern {
  const map = new Map<TypeParam, Type>();
  for (const p of enm.params) map.set(p, mkMono());
  for (const p of ctor.params) map.set(p, mkMono());
  const ct = substitute(resolve(ctor.type), map);
  const self: Type = ct.kind === 'fun' ? ct.ret : ct;
  try {
    unify(self, t);
  } catch (err) {
    if (err instanceof UnifyError) fc.unifyError(err, span);
    return { k: 'any' };
  }
  const argTypes = ct.kind === 'fun' ? ct.args.map((a) => a.type) : [];
  if (args.length !== argTypes.length) {
    if (ct.kind !== 'fun' && args.length === 0) return { k: 'enum', enm, ctor, args: [] };
    fc.error('type.custom', span, [args.length < argTypes.length ? 'Not enough arguments' : 'Too many arguments']);
    // The captures still come into scope, so the case body does not report them unknown.
    args.forEach((a, i) => typePattern(fc, a, argTypes[i] ?? DYNAMIC));
    return { k: 'any' };
  }
  const p: TPattern = { k: 'enum', enm, ctor, args: args.map((a, i) => typePattern(fc, a, argTypes[i]!)) };
  argSpans.set(p, args.map((a) => ({ pos: a.pos, end: a.end })));
  return p;
}

/** Where each argument pattern of a constructor pattern stands (Haxe reports nested misses there). */
const argSpans = new WeakMap<TPattern, Span[]>();

// ---- exhaustiveness ------------------------------------------------------------------------------------------
//
// Haxe's rule, followed step by step so that the first report is the one Haxe gives: the rows are
// compiled column by column (the first column whose first row is not a wildcard); at each column the
// constructors present are the cases and, unless every constructor of a finite type (enum, Bool) is
// present, the rows with a wildcard there form the default. The default is examined first, then the
// cases in constructor order. A default that no row reaches is "Unmatched patterns: B | C" (the
// missing constructors in name order, `_` for other types) at that column's subject: the switch
// subject, or the argument pattern of the last case with the enclosing constructor, shown inside it
// (`Pair(Circle | Pair, _)`). Only the top-level column of a statement switch on an infinite type
// (Int, String, …) may leave values unmatched.

interface Subj {
  t: Type;
  span: Span;
  /** Shows a missing-constructor text as a value of the enclosing subjects (Haxe's s_subject); `top`
   * is true for the reported subject itself (a structure field is then not shown as `{ f: … }`). */
  show: (s: string, top: boolean) => string;
}

type Outcome = { k: 'ok'; partial: boolean } | { k: 'fail' } | { k: 'report'; text: string; span: Span };

interface Exhaustiveness {
  exhaustive: boolean;
  report: { text: string; span: Span } | undefined;
}

function checkExhaustive(fc: FnCtx, rows: TPattern[][], subjects: Subj[], asValue: boolean): Exhaustiveness {
  const r = compileRows(fc, rows, subjects, asValue, true);
  if (r.k === 'report') return { exhaustive: false, report: { text: r.text, span: r.span } };
  if (r.k === 'fail') return { exhaustive: false, report: { text: '_', span: subjects[0]!.span } };
  return { exhaustive: !r.partial, report: undefined };
}

function isWild(p: TPattern): boolean {
  // A structure pattern whose fields are all wildcards matches every value (of a structure type).
  return p.k === 'any' || (p.k === 'bind' && isWild(p.p)) || (p.k === 'struct' && p.fields.every((f) => isWild(f.p)));
}

function expandOr(p: TPattern): TPattern[] {
  if (p.k === 'or') return p.alts.flatMap(expandOr);
  if (p.k === 'bind' && !isWild(p.p)) return expandOr(p.p);
  return [p];
}

interface Ctor {
  key: string;
  name: string;
  order: number;
  argTypes: Type[];
  /** Sub-patterns when p is this constructor, undefined otherwise. */
  matches: (p: TPattern) => TPattern[] | undefined;
  /** The sub-subjects' texts inside this constructor's value. */
  showArg: (i: number, s: string, top: boolean) => string;
}

const ANY: TPattern = { k: 'any' };

/** The constructor of a (non-wildcard, expanded) pattern, or undefined when it matches nothing we can count (extractors). */
function ctorOfPattern(fc: FnCtx, p: TPattern, t: Type): Ctor | undefined {
  switch (p.k) {
    case 'enum': {
      const ct = resolve(p.ctor.type);
      const f = follow(t);
      const map = new Map<TypeParam, Type>(f.kind === 'enum' ? p.enm.params.map((q, i) => [q, f.params[i] ?? DYNAMIC]) : []);
      const argTypes = ct.kind === 'fun' ? ct.args.map((a) => substitute(a.type, map)) : [];
      const ctor = p.ctor;
      return {
        key: `enum:${p.enm.path.module}.${p.enm.path.name}.${ctor.name}`, name: ctor.name, order: ctor.index, argTypes,
        matches: (q) => (q.k === 'enum' && q.ctor === ctor ? q.args : undefined),
        showArg: (i, s) => `${ctor.name}(${argTypes.map((_, j) => (j === i ? s : '_')).join(', ')})`,
      };
    }
    case 'const': {
      const key = constKey(p.e);
      if (key === undefined) return undefined;
      return { key, name: key.slice(key.indexOf(':') + 1), order: 0, argTypes: [], matches: (q) => (q.k === 'const' && constKey(q.e) === key ? [] : undefined), showArg: (_, s) => s };
    }
    case 'type':
      return { key: `type:${p.mt.path.module}.${p.mt.path.name}`, name: p.mt.path.name, order: 0, argTypes: [], matches: (q) => (q.k === 'type' && q.mt === p.mt ? [] : undefined), showArg: (_, s) => s };
    case 'array': {
      const n = p.items.length;
      const f = follow(t);
      const elem = f.kind === 'inst' && f.cls.path.name === 'Array' ? f.params[0]! : DYNAMIC;
      return { key: `array:${n}`, name: String(n), order: n, argTypes: p.items.map(() => elem), matches: (q) => (q.k === 'array' && q.items.length === n ? q.items : undefined), showArg: (_, s) => s };
    }
    case 'struct': {
      const names = p.fields.map((x) => x.name);
      const f = follow(t);
      const argTypes = names.map((n) => (f.kind === 'anon' ? f.fields.get(n)?.type ?? DYNAMIC : f.kind === 'inst' ? classFieldOf(f.cls, f.params, n)?.type ?? DYNAMIC : DYNAMIC));
      return {
        key: 'struct', name: '{}', order: 0, argTypes,
        matches: (q) => (q.k === 'struct' ? names.map((n) => q.fields.find((x) => x.name === n)?.p ?? ANY) : undefined),
        showArg: (i, s, top) => (top ? s : `{ ${names[i]}: ${s} }`),
      };
    }
    default:
      return undefined;
  }
}

function constKey(e: TExpr): string | undefined {
  if (e.kind === 'TConst') {
    const v = e.value;
    switch (v.k) {
      case 'bool': return `bool:${v.v}`;
      case 'int': return `int:${v.v}`;
      case 'float': return `float:${v.v}`;
      case 'string': return `string:${v.v}`;
      case 'null': return 'null:null';
      default: return undefined;
    }
  }
  if (e.kind === 'TField' && e.access.k === 'static') return `static:${e.access.cls.path.name}.${e.access.field.name}`;
  if (e.kind === 'TField' && e.access.k === 'enum') return `enum:${e.access.ctor.name}`;
  return undefined;
}

/** Every constructor of a finite type: enum constructors and Bool values (run-time finite), enum abstract values (compile-time finite). */
function finiteCtors(fc: FnCtx, t: Type): { names: string[]; keys: string[]; kind: 'runtime' | 'compile' } | undefined {
  const f = follow(t);
  if (f.kind === 'enum') {
    f.enm.build?.();
    const e = f.enm;
    return { names: [...e.names], keys: e.names.map((n) => `enum:${e.path.module}.${e.path.name}.${n}`), kind: 'runtime' };
  }
  if (f.kind === 'abstract' && f.abs.path.name === 'Bool' && f.abs.path.pack.length === 0) return { names: ['true', 'false'], keys: ['bool:true', 'bool:false'], kind: 'runtime' };
  if (f.kind === 'abstract' && f.abs.isEnum) {
    f.abs.build?.();
    const impl = f.abs.impl;
    const values = impl?.orderedStatics.filter((x) => x.kind.k === 'var' && x.kind.read === 'inline') ?? [];
    return { names: values.map((x) => x.name), keys: values.map((x) => `static:${impl!.path.name}.${x.name}`), kind: 'compile' };
  }
  return undefined;
}

function compileRows(fc: FnCtx, rows: TPattern[][], subjects: Subj[], asValue: boolean, toplevel: boolean): Outcome {
  if (rows.length === 0) return { k: 'fail' };
  if (rows[0]!.every(isWild)) return { k: 'ok', partial: false };
  // The first column whose pattern in the first row is not a wildcard goes first.
  const col = rows[0]!.findIndex((p) => !isWild(p));
  const front = <T>(xs: T[]): T[] => [xs[col]!, ...xs.slice(0, col), ...xs.slice(col + 1)];
  const subs = front(subjects);
  const expanded: TPattern[][] = [];
  for (const r of rows) for (const p of expandOr(front(r)[0]!)) expanded.push([p, ...front(r).slice(1)]);
  const subject = subs[0]!;
  const rest = subs.slice(1);
  // The constructors present, each with the argument spans of its last occurrence.
  const present = new Map<string, { ctor: Ctor; spans: Span[] | undefined }>();
  for (const r of expanded) {
    const p = r[0]!;
    if (isWild(p)) continue;
    const c = ctorOfPattern(fc, p, subject.t);
    if (c) present.set(c.key, { ctor: c, spans: argSpans.get(p) });
  }
  // A structure pattern is the one constructor of its type: it covers every field any of the
  // column's structure patterns names (a field a pattern leaves out is `_` there).
  const structs = expanded.map((r) => r[0]!).filter((p): p is TPattern & { k: 'struct' } => p.k === 'struct' && !isWild(p));
  if (structs.length > 0) {
    const names = [...new Set(structs.flatMap((p) => p.fields.map((x) => x.name)))];
    present.set('struct', { ctor: ctorOfPattern(fc, { k: 'struct', fields: names.map((name) => ({ name, p: ANY })) }, subject.t)!, spans: undefined });
  }
  const defaults = expanded.filter((r) => isWild(r[0]!)).map((r) => r.slice(1));
  if (present.size === 0) return compileRows(fc, defaults, rest, asValue, toplevel);
  const finite = finiteCtors(fc, subject.t) ?? (structs.length > 0 && present.size === 1 ? { names: ['{}'], keys: ['struct'], kind: 'runtime' as const } : undefined);
  const unmatched = finite ? finite.names.filter((_, i) => !present.has(finite.keys[i]!)) : [];
  let partial = false;
  const judge = (r: Outcome): Outcome | undefined => {
    if (r.k === 'report') return r;
    if (r.k === 'ok') {
      partial ||= r.partial;
      return undefined;
    }
    if (!finite && !asValue && toplevel) {
      partial = true;
      return undefined;
    }
    if (finite?.kind === 'compile' && unmatched.length === 0) return undefined;
    const names = unmatched.length ? [...unmatched].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)).join(' | ') : '_';
    return { k: 'report', text: subject.show(names, true), span: subject.span };
  };
  if (unmatched.length > 0 || finite?.kind !== 'runtime') {
    const r = judge(compileRows(fc, defaults, rest, asValue, false));
    if (r) return r;
  }
  const ordered = [...present.values()].sort((x, y) => x.ctor.order - y.ctor.order);
  for (const { ctor, spans } of ordered) {
    const spec: TPattern[][] = [];
    for (const r of expanded) {
      const p = r[0]!;
      const sub = isWild(p) ? ctor.argTypes.map(() => ANY) : ctor.matches(p);
      if (sub) spec.push([...sub, ...r.slice(1)]);
    }
    const argSubjects: Subj[] = ctor.argTypes.map((t, i) => ({
      t,
      span: spans?.[i] ?? subject.span,
      show: (s: string, top: boolean) => subject.show(ctor.showArg(i, s, top), false),
    }));
    const r = judge(compileRows(fc, spec, [...argSubjects, ...rest], asValue, false));
    if (r) return r;
  }
  return { k: 'ok', partial };
}
