// The per-function typing context: locals in nested scopes, `this`, the enclosing class and field,
// the expected return type, loop depth, and helpers to report errors at AST positions.
// Takes: the Typer and the field being typed. Gives: FnCtx, handed to every expression-typing function;
// its error helpers add Haxe's "... For function argument 'x'" note inside call arguments.
// Invariant: a local declared in a scope is visible until that scope is popped; a local read from a
// nested function is marked `captured` (lowering shares it by reference, as Haxe requires); an
// unknown type a function read fields from becomes a closed structure when that function ends.

import type { DiagCode } from '../diag/codes.js';
import type { Span } from '../syntax/ast.js';
import type { TVar } from './texpr.js';
import type { TypeScope } from './typeload.js';
import type { Typer } from './typer.js';
import type { AbstractType, ClassField, ClassType, HxModule, Pos, TMono, Type } from './types.js';
import { closeMono, type UnifyError } from './unify.js';

interface FunFrame {
  ret: Type;
  /** Monomorphs this function read fields from: closed to structures when it ends (Haxe's perfunction monos). */
  monos: TMono[];
  /** Locals declared outside this function frame are captured when read. */
  scopeDepth: number;
  returned: boolean;
}

export class FnCtx {
  private scopes: Map<string, TVar>[] = [new Map()];
  private frames: FunFrame[] = [];
  loopDepth = 0;
  /** Inside `@:privateAccess e`: private fields are accessible. */
  privateAccess = 0;
  /** Set while typing the loop of an array/map comprehension: what each yielded value must fit. */
  yielding: { elem: Type; key: Type; isMap: boolean } | undefined;

  constructor(
    readonly tx: Typer,
    readonly module: HxModule,
    readonly scope: TypeScope,
    readonly cls: ClassType | undefined,
    readonly abs: AbstractType | undefined,
    readonly field: ClassField | undefined,
    readonly isStatic: boolean,
    readonly thisType: Type | undefined,
  ) {}

  pos(n: Span): Pos {
    return { file: this.module.file, pos: n.pos, end: n.end };
  }

  /**
   * Set while a call argument is being typed: its parameter name. As in Haxe, an error raised inside
   * an argument carries the note "... For function argument 'x'" (of the innermost call).
   */
  argName: string | undefined;

  private argNote(): string[] {
    return this.argName === undefined ? [] : [`... For function argument '${this.argName}'`];
  }

  error(code: DiagCode, n: Span, args: string[] = []): void {
    this.tx.error(code, this.pos(n), args, this.argNote().map((message) => ({ message })));
  }

  unifyError(err: UnifyError, n: Span, extra: string[] = []): void {
    this.tx.unifyError(err, this.pos(n), [...extra, ...this.argNote()]);
  }

  /** An error Haxe only displays (typing goes on, e.g. a missing field): it never carries the argument note. */
  display(code: DiagCode, n: Span, args: string[] = []): void {
    this.tx.error(code, this.pos(n), args);
  }

  // ---- locals ---------------------------------------------------------------------------------------------

  pushScope(): void {
    this.scopes.push(new Map());
  }

  popScope(): void {
    this.scopes.pop();
  }

  declare(name: string, type: Type, origin: TVar['origin'], final = false): TVar {
    const v: TVar = { id: this.tx.nextVarId(), name, type, final, captured: false, origin };
    this.scopes[this.scopes.length - 1]!.set(name, v);
    return v;
  }

  lookup(name: string): TVar | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(name);
      if (v) {
        const frame = this.frames[this.frames.length - 1];
        if (frame && i < frame.scopeDepth) v.captured = true;
        return v;
      }
    }
    return undefined;
  }

  // ---- functions --------------------------------------------------------------------------------------------

  enterFunction(ret: Type): void {
    this.frames.push({ ret, monos: [], scopeDepth: this.scopes.length, returned: false });
    this.pushScope();
  }

  leaveFunction(): void {
    this.popScope();
    const f = this.frames.pop();
    if (f) for (const m of f.monos) closeMono(m);
  }

  /** A field was read from the unknown type `m` inside the current function. */
  readFieldOfMono(m: TMono): void {
    const f = this.frames[this.frames.length - 1];
    if (f && !f.monos.includes(m)) f.monos.push(m);
  }

  get returnType(): Type | undefined {
    return this.frames[this.frames.length - 1]?.ret;
  }

  get inFunction(): boolean {
    return this.frames.length > 0;
  }

  /** Is the innermost function a local function (not the field's own body)? */
  get inLocalFunction(): boolean {
    return this.frames.length > 1;
  }
}
