// A stable text form of the typed AST, for `rayzor dump --stage typed` and the golden tests.
// Takes: typed modules (the Typer's field bodies). Gives: indented text: each declaration, each field
// with its type, and each typed expression as one line `TKind detail : Type @line:col-col`.
// Invariant: output depends only on the program (no ids that vary between runs except variable ids,
// which are numbered per field from 0 in order of first appearance).

import type { SourceFile } from '../diag/source.js';
import { PrintContext, typeToString } from './print-type.js';
import type { FieldAccess, TExpr, TPattern, TVar } from './texpr.js';
import type { Typer } from './typer.js';
import { pathString, type ClassField, type ClassType, type HxModule, type ModuleType, type Type } from './types.js';

class Printer {
  out: string[] = [];
  private ids = new Map<TVar, number>();
  private ctx = new PrintContext();
  constructor(private file: SourceFile) {}

  resetVars(): void {
    this.ids.clear();
    this.ctx = new PrintContext();
  }

  t(t: Type): string {
    return typeToString(t, this.ctx);
  }

  v(v: TVar): string {
    let id = this.ids.get(v);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(v, id);
    }
    return `${v.name}#${id}${v.captured ? '[captured]' : ''}`;
  }

  span(e: { pos: number; end: number }): string {
    const a = this.file.lineCol(e.pos);
    const b = this.file.lineCol(e.end);
    return a.line === b.line ? `@${a.line}:${a.col}-${b.col}` : `@${a.line}:${a.col}-${b.line}:${b.col}`;
  }

  line(ind: string, s: string): void {
    this.out.push(ind + s);
  }

  access(a: FieldAccess): string {
    switch (a.k) {
      case 'instance': return `inst ${pathString(a.cls.path)}.${a.field.name}`;
      case 'static': return `static ${pathString(a.cls.path)}.${a.field.name}`;
      case 'anon': return `anon .${a.field.name}`;
      case 'dynamic': return `dynamic .${a.name}`;
      case 'closure': return `closure ${a.field.name}`;
      case 'extension': return `using ${pathString(a.cls.path)}.${a.field.name}`;
      case 'abstract': return `abstract ${pathString(a.abs.path)}.${a.field.name}`;
      case 'enum': return `enum ${pathString(a.enm.path)}.${a.ctor.name}`;
    }
  }

  pattern(p: TPattern): string {
    switch (p.k) {
      case 'any': return '_';
      case 'const': return this.inline(p.e);
      case 'bind': return p.p.k === 'any' ? this.v(p.v) : `${this.v(p.v)} = ${this.pattern(p.p)}`;
      case 'enum': return p.args.length ? `${p.ctor.name}(${p.args.map((x) => this.pattern(x)).join(', ')})` : p.ctor.name;
      case 'array': return `[${p.items.map((x) => this.pattern(x)).join(', ')}]`;
      case 'struct': return `{${p.fields.map((f) => `${f.name}: ${this.pattern(f.p)}`).join(', ')}}`;
      case 'or': return p.alts.map((x) => this.pattern(x)).join(' | ');
      case 'extractor': return `${this.inline(p.fn)} => ${this.pattern(p.p)}`;
      case 'type': return `(_ : ${p.mt.path.name})`;
    }
  }

  /** Short forms used inside patterns. */
  inline(e: TExpr): string {
    if (e.kind === 'TConst') return constText(e);
    if (e.kind === 'TField') return this.access(e.access);
    if (e.kind === 'TLocal') return this.v(e.v);
    return e.kind;
  }

  expr(e: TExpr, ind: string, label = ''): void {
    const head = (detail: string) => this.line(ind, `${label}${e.kind}${detail ? ' ' + detail : ''} : ${this.t(e.t)} ${this.span(e)}`);
    const sub = (x: TExpr | undefined, l: string) => {
      if (x) this.expr(x, ind + '  ', l);
    };
    switch (e.kind) {
      case 'TConst': head(constText(e)); return;
      case 'TLocal': head(this.v(e.v)); return;
      case 'TIdent': head(e.name); return;
      case 'TTypeExpr': head(pathString(e.mt.path)); return;
      case 'TBreak': case 'TContinue': head(''); return;
      case 'TArray': head(''); sub(e.e, 'e: '); sub(e.index, 'index: '); return;
      case 'TBinop': head(e.op); sub(e.e1, ''); sub(e.e2, ''); return;
      case 'TField': head(this.access(e.access)); sub(e.e, ''); return;
      case 'TParenthesis': case 'TEnumIndex': head(''); sub(e.e, ''); return;
      case 'TMeta': head(e.name); sub(e.e, ''); return;
      case 'TObjectDecl': head(''); for (const f of e.fields) sub(f.e, `${f.name}: `); return;
      case 'TArrayDecl': head(''); for (const v of e.values) sub(v, '- '); return;
      case 'TInterp': head(''); for (const v of e.parts) sub(v, '- '); return;
      case 'TCall': head(''); sub(e.e, 'callee: '); for (const a of e.args) sub(a, '- '); return;
      case 'TNew': head(pathString(e.cls.path)); for (const a of e.args) sub(a, '- '); return;
      case 'TUnop': head(e.postfix ? `postfix ${e.op}` : e.op); sub(e.e, ''); return;
      case 'TFunction':
        head(e.name ? this.v(e.name) : '');
        for (const a of e.func.args) {
          this.line(ind + '  ', `arg ${this.v(a.v)}${a.opt ? '?' : ''} : ${this.t(a.v.type)}`);
          if (a.value) this.expr(a.value, ind + '    ', 'default: ');
        }
        this.line(ind + '  ', `ret : ${this.t(e.func.ret)}`);
        sub(e.func.body, 'body: ');
        return;
      case 'TVarDecl': head(`${this.v(e.v)} : ${this.t(e.v.type)}${e.v.final ? ' final' : ''}`); sub(e.init, ''); return;
      case 'TBlock': head(''); for (const x of e.exprs) sub(x, ''); return;
      case 'TFor':
        head(`${e.how} ${e.key ? this.v(e.key) + ' => ' : ''}${this.v(e.v)} : ${this.t(e.v.type)}`);
        sub(e.iter, 'in: ');
        sub(e.body, 'body: ');
        return;
      case 'TIf': head(''); sub(e.cond, 'cond: '); sub(e.then, 'then: '); sub(e.else, 'else: '); return;
      case 'TWhile': head(e.doWhile ? 'do' : ''); sub(e.cond, 'cond: '); sub(e.body, 'body: '); return;
      case 'TSwitch':
        head(e.exhaustive ? 'exhaustive' : '');
        sub(e.subject, 'subject: ');
        for (const c of e.cases) {
          this.line(ind + '  ', `case ${c.patterns.map((p) => this.pattern(p)).join(', ')}${c.guard ? ' if' : ''}`);
          if (c.guard) this.expr(c.guard, ind + '    ', 'guard: ');
          if (c.body) this.expr(c.body, ind + '    ', '');
        }
        if (e.default) this.expr(e.default, ind + '  ', 'default: ');
        return;
      case 'TTry':
        head('');
        sub(e.body, 'body: ');
        for (const c of e.catches) {
          this.line(ind + '  ', `catch ${this.v(c.v)} : ${this.t(c.v.type)}`);
          this.expr(c.body, ind + '    ', '');
        }
        return;
      case 'TReturn': case 'TThrow': head(''); sub(e.e, ''); return;
      case 'TCast': head(e.checked ? pathString(e.checked.path) : e.implicit ? 'implicit' : 'unsafe'); sub(e.e, ''); return;
      case 'TEnumParameter': head(`${e.ctor.name}[${e.index}]`); sub(e.e, ''); return;
      case 'TIs': head(pathString(e.mt.path)); sub(e.e, ''); return;
    }
  }
}

function constText(e: TExpr & { kind: 'TConst' }): string {
  const v = e.value;
  switch (v.k) {
    case 'int': return String(v.v);
    case 'float': return v.v;
    case 'string': return JSON.stringify(v.v);
    case 'bool': return String(v.v);
    default: return v.k;
  }
}

function fieldLine(p: Printer, cf: ClassField, ind: string): void {
  const mods = [cf.isStatic ? 'static' : '', cf.isPublic ? 'public' : 'private', cf.kind.k === 'method' ? cf.kind.meth === 'normal' ? '' : cf.kind.meth : `(${cf.kind.read},${cf.kind.write})`].filter(Boolean).join(' ');
  p.line(ind, `${cf.kind.k === 'method' ? 'function' : 'var'} ${cf.name} : ${p.t(cf.type)} ${mods}`.trimEnd());
}

function printType(tx: Typer, p: Printer, mt: ModuleType): void {
  const name = pathString(mt.path);
  switch (mt.kind) {
    case 'typedef':
      p.line('', `typedef ${name} = ${p.t(mt.type)}`);
      return;
    case 'enum':
      mt.build?.();
      p.line('', `enum ${name}`);
      for (const n of mt.names) p.line('  ', `${n} : ${p.t(mt.ctors.get(n)!.type)}`);
      return;
    case 'abstract':
      mt.build?.();
      p.line('', `abstract ${name}(${p.t(mt.underlying)})`);
      if (mt.impl) printFields(tx, p, mt.impl);
      return;
    case 'class':
      mt.build?.();
      p.line('', `${mt.isInterface ? 'interface' : 'class'} ${name}${mt.superClass ? ` extends ${pathString(mt.superClass.cls.path)}` : ''}`);
      printFields(tx, p, mt);
  }
}

function printFields(tx: Typer, p: Printer, c: ClassType): void {
  for (const cf of [...(c.ctor ? [c.ctor] : []), ...c.orderedFields, ...c.orderedStatics]) {
    p.resetVars();
    fieldLine(p, cf, '  ');
    const body = tx.typedFields.get(cf);
    if (body) p.expr(body, '    ');
  }
}

export function printTypedModule(tx: Typer, m: HxModule): string {
  const p = new Printer(m.file);
  p.line('', `module ${m.path}`);
  for (const t of m.types) printType(tx, p, t);
  if (m.fieldsClass) printFields(tx, p, m.fieldsClass);
  return p.out.join('\n') + '\n';
}
