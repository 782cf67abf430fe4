// A whole MIR module as one textual LLVM IR module: the program, the runtime and std (all lowered
// together by the driver), and the glue the platform layer (platform.c) does not provide.
// Takes: a verified MIR module lowered with ptrSize 8, and options (allocator, checked indirect
// calls, whether to emit the entry point, target triple). Gives: the `.ll` text.
//
// Decisions (src/backend/llvm/README.md has them with the figures):
// - Static data: one writable global byte array `@rz.data` holding the image; `gaddr +N` is a
//   constant GEP into it. Relocations (8-byte data-relative offsets at the offsets in `relocs`) are
//   patched once at startup by `rayzor_entry`, from a constant table of offsets; the image is written
//   at run time anyway (statics live in it), so nothing is lost by not giving LLVM constant pointers.
// - Indirect calls: `@rz.table` is a constant array of function pointers in module.table order
//   (funcref @f is f's index). Index and signature checks, the interpreter's traps, only when asked
//   (`checkIndirect`, on for --debug builds).
// - Exceptions without a C++ runtime: setjmp/longjmp. `@rz.top` is the innermost active handler
//   record (a stack slot of the function executing an invoke: previous top, then a jmp_buf);
//   `@rz.throw` stores the thrown pointer in `@rz.exn`, pops the record and longjmps to it, or calls
//   rz_uncaught when there is none. A try that does not throw costs a _setjmp per invoke; invokes of
//   callees that cannot throw (found by a fixpoint over the call graph) are plain calls.
// - Null accesses are hardware faults reported by platform.c; functions carry null_pointer_is_valid
//   so that LLVM never treats a load through null as undefined behaviour and deletes code around it.
// - Allocation: with `allocator: 'system'` (the default) rayzor_malloc/realloc/free and
//   rayzor_get_memory_stats are replaced by IR wrappers over libc malloc/realloc/free that keep the
//   same statistics (requested bytes live, peak, counts) and honour the heap cap (RAYZOR_MAX_HEAP);
//   the statistics inline into callers, the libc calls stay opaque (see systemAllocator). The driver
//   has made those functions external before the MIR passes (SYSTEM_ALLOCATOR_FUNCTIONS). With
//   'rayzor' the runtime's own allocator (runtime/rayzor/rt/Alloc.hx) runs over rayzor_host_sbrk.
// - A small self-recursive function gets a twin so that LLVM inlines one level of recursion
//   (recursionClone).

import { sigText } from '../../mir/print.js';
import { fillTable, type MirFunction, type MirModule, type Signature } from '../../mir/mir.js';
import { emitFunction, type FuncContext, type Glue } from './func.js';
import { bytesLiteral, globalName, llRetType, llType } from './types.js';

export interface LlvmOptions {
  /** 'system' (default): libc malloc behind rayzor_malloc; 'rayzor': the runtime's allocator over sbrk. */
  allocator?: 'system' | 'rayzor';
  /** Check call_indirect indexes and signatures (trap as the interpreter does). */
  checkIndirect?: boolean;
  /** Emit `rayzor_entry` (relocation, heap cap, then this function); false for harnesses that bring their own. */
  entry?: string | false;
  /**
   * Declare the system allocator's functions instead of defining them (golden files show it once,
   * in tests/llvm/allocator.ll, rather than in every module that allocates).
   */
  declareAllocator?: boolean;
  /** `target triple` / `target datalayout` lines; omitted when undefined (the tools' default target). */
  triple?: string;
  dataLayout?: string;
}

/** The allocator entry points the system allocator replaces. */
const SYSTEM_REPLACED = new Set(['rayzor_malloc', 'rayzor_realloc', 'rayzor_free', 'rayzor_get_memory_stats']);
const OOM_FN = 'rayzor.rt.Alloc.outOfMemory';

/**
 * The functions the system allocator defines in IR; the driver turns them into declarations before
 * the MIR passes (src/driver/native.ts prepareForNative) so that none is inlined from the runtime.
 */
export const SYSTEM_ALLOCATOR_FUNCTIONS: ReadonlySet<string> = new Set([...SYSTEM_REPLACED, OOM_FN]);

/** Size (instructions + terminators) up to which a self-recursive function gets a twin (recursionClone). */
const RECURSION_CLONE_MAX = 40;

/** Largest request the runtime accepts (runtime/rayzor/rt/Alloc.hx MAX_REQUEST). */
const MAX_REQUEST = 0x7ff00000;

export function emitModule(m: MirModule, opts: LlvmOptions = {}): string {
  return new ModuleEmitter(m, opts).emit();
}

/** Which functions may raise a Haxe exception: a fixpoint over direct calls, with indirect calls as one node. */
export function throwingFunctions(m: MirModule): { fns: Set<string>; indirect: boolean } {
  const fns = new Set<string>();
  const table = new Set(m.table);
  let indirect = false;
  let changed = true;
  while (changed) {
    changed = false;
    for (const f of m.funcs) {
      if (f.external || fns.has(f.name)) continue;
      let t = false;
      for (const b of f.blocks) {
        if (b.term?.k === 'throw') t = true;
        for (const i of b.insts) {
          if (i.op === 'call' && fns.has(i.callee!)) t = true;
          if (i.op === 'call_indirect' && indirect) t = true;
        }
        if (t) break;
      }
      if (t) {
        fns.add(f.name);
        if (table.has(f.name)) indirect = true;
        changed = true;
      }
    }
  }
  return { fns, indirect };
}

class ModuleEmitter {
  private readonly funcs = new Map<string, MirFunction>();
  private readonly glue = new Set<Glue>();
  private readonly sigIds = new Map<string, number>();
  private readonly system: boolean;
  private usesAlloc = false;
  private allocGlue = false;

  constructor(
    private readonly m: MirModule,
    private readonly opts: LlvmOptions,
  ) {
    fillTable(m);
    for (const f of m.funcs) this.funcs.set(f.name, f);
    const has = (n: string) => this.funcs.has(n) && !this.funcs.get(n)!.external;
    // Without the runtime's allocator in the module, the system one is the only choice.
    this.system = (opts.allocator ?? 'system') === 'system' || !has('rayzor_malloc');
    if (!this.system) {
      const missing = [...SYSTEM_REPLACED].filter((n) => this.funcs.get(n)?.external);
      if (missing.length) throw new Error(`--allocator=rayzor needs the runtime's allocator, but ${missing.join(', ')} were made external (prepareForNative with 'system')`);
    }
  }

  emit(): string {
    const m = this.m;
    const throwing = throwingFunctions(m);
    const tableLength = Math.max(1, m.table.length);
    const cx: FuncContext = {
      module: m,
      sigOf: (n) => this.funcs.get(n)?.sig ?? this.allocSig(n),
      mayThrow: (n) => throwing.fns.has(n),
      indirectMayThrow: throwing.indirect,
      checkIndirect: this.opts.checkIndirect ?? false,
      sigId: (s) => this.sigId(s),
      tableLength,
      need: (g) => this.glue.add(g),
    };
    const bodies: string[] = [];
    const decls: string[] = [];
    for (const f of m.funcs) {
      if (this.system && (SYSTEM_REPLACED.has(f.name) || (f.name === OOM_FN && sigText(f.sig) === '(i32)'))) continue;
      if (f.external) {
        decls.push(`declare ${llRetType(f.sig)} ${globalName(f.name)}(${f.sig.params.map(llType).join(', ')})`);
        continue;
      }
      const clone = this.recursionClone(f);
      if (clone) {
        bodies.push(emitFunction(f, cx, { redirect: new Map([[f.name, clone]]) }));
        bodies.push(emitFunction(f, cx, { name: clone, redirect: new Map([[f.name, f.name]]) }));
      } else bodies.push(emitFunction(f, cx));
    }
    this.usesAlloc = m.funcs.some((f) => f.blocks.some((b) => b.insts.some((i) => i.op === 'malloc' || i.op === 'realloc' || i.op === 'free')));
    // The system allocator's pieces appear only in modules that allocate (or hold the runtime).
    this.allocGlue = this.system && (this.usesAlloc || this.funcs.has('rayzor_malloc'));
    const entry = this.opts.entry === undefined ? 'rayzor_main' : this.opts.entry;

    const out: string[] = [`; rayzor: ${m.funcs.length} MIR functions lowered to LLVM IR (opaque pointers)`, `source_filename = "rayzor"`];
    if (this.opts.dataLayout) out.push(`target datalayout = "${this.opts.dataLayout}"`);
    if (this.opts.triple) out.push(`target triple = "${this.opts.triple}"`);
    out.push('');
    out.push(...this.globals(tableLength, cx));
    out.push(...decls, ...this.glueDecls(entry !== false));
    out.push('');
    out.push(...this.glueBodies());
    if (this.allocGlue) {
      const oom = this.funcs.has(OOM_FN) && sigText(this.funcs.get(OOM_FN)!.sig) === '(i32)';
      if (this.opts.declareAllocator) {
        out.push('; the system allocator (tests/llvm/allocator.ll shows it)');
        out.push('declare ptr @rayzor_malloc(i32)', 'declare ptr @rayzor_realloc(ptr, i32, i32)', 'declare void @rayzor_free(ptr, i32)', 'declare void @rayzor_get_memory_stats(ptr)', '');
        if (oom) out.push(`declare void ${globalName(OOM_FN)}(i32)`, '');
      } else out.push(systemAllocator(oom));
    }
    out.push(...bodies);
    if (entry !== false) out.push(this.entryPoint(entry));
    out.push(
      'attributes #0 = { nounwind null_pointer_is_valid }',
      'attributes #1 = { returns_twice }',
      'attributes #2 = { noreturn nounwind cold }',
      'attributes #3 = { alwaysinline nounwind }',
      '',
      '!0 = !{!"branch_weights", i32 2000, i32 1}',
      '!1 = !{!"branch_weights", i32 1, i32 2000}',
      '',
    );
    return out.join('\n');
  }

  /**
   * A small function that calls itself directly gets a twin that it calls instead, and that calls it
   * back: LLVM inlines the twin into the function (it never inlines a function into itself), which
   * unrolls the recursion one level, as GCC's recursive inlining does for C. On fib(40), with the
   * common calls LLVM then shares (a pure function), that is 0.27 s → under 0.01 s of CPU. Functions
   * with invokes are left alone (LLVM does not inline into setjmp frames anyway).
   */
  private recursionClone(f: MirFunction): string | undefined {
    let size = 0;
    let self = false;
    for (const b of f.blocks) {
      size += b.insts.length + 1;
      if (b.term?.k === 'invoke') return undefined;
      for (const i of b.insts) if (i.op === 'call' && i.callee === f.name) self = true;
    }
    if (!self || size > RECURSION_CLONE_MAX) return undefined;
    const name = `${f.name}.rec`;
    return this.funcs.has(name) ? undefined : name;
  }

  private allocSig(n: string): Signature | undefined {
    switch (n) {
      case 'rayzor_malloc': return { params: ['i32'], results: ['ptr'] };
      case 'rayzor_realloc': return { params: ['ptr', 'i32', 'i32'], results: ['ptr'] };
      case 'rayzor_free': return { params: ['ptr', 'i32'], results: [] };
      default: return undefined;
    }
  }

  private sigId(s: Signature): number {
    const k = sigText(s);
    let id = this.sigIds.get(k);
    if (id === undefined) this.sigIds.set(k, (id = this.sigIds.size + 1));
    return id;
  }

  private globals(tableLength: number, cx: FuncContext): string[] {
    const m = this.m;
    const out: string[] = [];
    const bytes = m.data.bytes;
    if (bytes.length || this.glue.has('data')) {
      const size = Math.max(8, bytes.length);
      const image = bytes.length === 0 ? 'zeroinitializer' : `c"${bytesLiteral(bytes.length < size ? padded(bytes, size) : bytes)}"`;
      out.push(`@rz.data = internal global [${size} x i8] ${image}, align 16`);
    }
    if (m.data.relocs.length) out.push(`@rz.relocs = internal constant [${m.data.relocs.length} x i32] [${m.data.relocs.map((r) => `i32 ${r}`).join(', ')}]`);
    const entries = m.table.map((n) => `ptr ${globalName(n)}`);
    if (entries.length === 0) entries.push('ptr null');
    if (m.table.length || this.glue.has('table')) out.push(`@rz.table = internal constant [${tableLength} x ptr] [${entries.join(', ')}]`);
    if (cx.checkIndirect) {
      const ids = m.table.map((n) => `i32 ${this.sigId(this.funcs.get(n)!.sig)}`);
      if (ids.length === 0) ids.push('i32 0');
      out.push(`@rz.table.sigs = internal constant [${tableLength} x i32] [${ids.join(', ')}]`);
    }
    if (this.glue.has('throw')) out.push('@rz.top = internal global ptr null', '@rz.exn = internal global ptr null');
    if (this.allocGlue) {
      out.push(
        '@rz.live = internal global i32 0',
        '@rz.peak = internal global i32 0',
        '@rz.allocs = internal global i32 0',
        '@rz.frees = internal global i32 0',
        `@rz.limit = internal global i64 ${2n ** 63n - 1n}`,
      );
    }
    return out;
  }

  private glueDecls(entry: boolean): string[] {
    const g = this.glue;
    const out: string[] = [];
    const intrinsics: [Glue, string][] = [
      ['memmove', 'declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)'],
      ['memset', 'declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)'],
    ];
    for (const [k, d] of intrinsics) if (g.has(k)) out.push(d);
    for (const op of ['sqrt', 'floor', 'ceil', 'trunc', 'fabs']) {
      if (g.has(`${op}.f32` as Glue)) out.push(`declare float @llvm.${op}.f32(float)`);
      if (g.has(`${op}.f64` as Glue)) out.push(`declare double @llvm.${op}.f64(double)`);
    }
    for (const it of ['i32', 'i64']) {
      for (const ft of ['f32', 'f64']) {
        if (g.has(`fptosi.sat.${it}.${ft}` as Glue)) out.push(`declare ${it} @llvm.fptosi.sat.${it}.${ft}(${ft === 'f32' ? 'float' : 'double'})`);
      }
    }
    if (g.has('setjmp')) out.push('declare i32 @_setjmp(ptr) #1');
    if (g.has('throw')) out.push('declare void @longjmp(ptr, i32) #2', 'declare void @rz_uncaught() #2');
    const trap = g.has('trap') || this.opts.checkIndirect;
    if (trap) out.push('declare void @rz_trap(i32) #2');
    if (this.allocGlue) {
      out.push('declare ptr @rz_sys_alloc(i64)', 'declare ptr @rz_sys_realloc(ptr, i64, i64)', 'declare void @rz_sys_free(ptr)', 'declare void @rz_oom(i32) #2');
      if (entry) out.push('declare i64 @rz_heap_limit()');
    }
    return out;
  }

  private glueBodies(): string[] {
    const g = this.glue;
    const out: string[] = [];
    if (g.has('throw')) {
      out.push(`; raise a Haxe exception: pop the innermost handler record and longjmp into its invoke
define internal void @rz.throw(ptr %v) #2 {
entry:
  store ptr %v, ptr @rz.exn
  %h = load ptr, ptr @rz.top
  %none = icmp eq ptr %h, null
  br i1 %none, label %uncaught, label %jump
uncaught:
  call void @rz_uncaught()
  unreachable
jump:
  %prev = load ptr, ptr %h
  store ptr %prev, ptr @rz.top
  %buf = getelementptr i8, ptr %h, i64 16
  call void @longjmp(ptr %buf, i32 1)
  unreachable
}
`);
    }
    for (const t of ['f32', 'f64'] as const) {
      const lt = llType(t);
      const it = t === 'f32' ? 'i32' : 'i64';
      const nan = '0x7FF8000000000000';
      for (const [op, cmp, bits, zero] of [['fmin', 'olt', 'or', '-0 below +0'], ['fmax', 'ogt', 'and', '+0 above -0']] as const) {
        if (!g.has(`${op}.${t}` as Glue)) continue;
        out.push(`; JavaScript's Math.${op.slice(1)}: NaN if either is NaN; equal operands combine their bits (${zero})
define internal ${lt} @rz.${op}.${t}(${lt} %a, ${lt} %b) #3 {
entry:
  %c = fcmp ${cmp} ${lt} %a, %b
  %m = select i1 %c, ${lt} %a, ${lt} %b
  %eq = fcmp oeq ${lt} %a, %b
  %ia = bitcast ${lt} %a to ${it}
  %ib = bitcast ${lt} %b to ${it}
  %ic = ${bits} ${it} %ia, %ib
  %fc = bitcast ${it} %ic to ${lt}
  %m2 = select i1 %eq, ${lt} %fc, ${lt} %m
  %uno = fcmp uno ${lt} %a, %b
  %r = select i1 %uno, ${lt} ${nan}, ${lt} %m2
  ret ${lt} %r
}
`);
      }
    }
    return out;
  }

  private entryPoint(main: string): string {
    const f = this.funcs.get(main);
    if (!f || f.external) throw new Error(`the module has no function @${main} to start from`);
    if (f.sig.params.length || f.sig.results.length) throw new Error(`@${main} must take and return nothing, not ${sigText(f.sig)}`);
    const lines = ['; the program: relocate the data image, then run (called by main in platform.c)', 'define void @rayzor_entry() {', 'entry:'];
    const n = this.m.data.relocs.length;
    if (this.allocGlue) lines.push('  %lim = call i64 @rz_heap_limit()', '  store i64 %lim, ptr @rz.limit');
    if (n) lines.push('  br label %reloc', 'reloc:');
    if (n) {
      lines.push(
        '  %i = phi i32 [ 0, %entry ], [ %i1, %reloc ]',
        `  %op = getelementptr [${n} x i32], ptr @rz.relocs, i64 0, i32 %i`,
        '  %o = load i32, ptr %op',
        '  %a = getelementptr i8, ptr @rz.data, i32 %o',
        '  %rel = load i64, ptr %a, align 1',
        '  %abs = add i64 %rel, ptrtoint (ptr @rz.data to i64)',
        '  store i64 %abs, ptr %a, align 1',
        '  %i1 = add i32 %i, 1',
        `  %more = icmp ult i32 %i1, ${n}`,
        '  br i1 %more, label %reloc, label %run',
        'run:',
      );
    }
    lines.push(`  call void ${globalName(main)}()`, '  ret void', '}', '');
    return lines.join('\n');
  }
}

function padded(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(bytes);
  return out;
}

/**
 * The system allocator behind the runtime's ABI (runtime/README.md): libc malloc/realloc/free (through
 * platform.c's rz_sys_*) with the runtime's statistics, its request limit and the heap cap; out of
 * memory is rz_oom's fatal message. Size 0 asks libc for 1 byte, a unique pointer never read.
 * - Memory comes zeroed (rz_sys_alloc clears, rz_sys_realloc clears what it adds) because the
 *   lowering relies on it: a new object's fields without initialiser are never stored, so they must
 *   read as null/0, as they do on the interpreter's fresh sbrk memory. Not calloc: glibc's calloc
 *   bypasses the per-thread cache, so a freed block would not come back for the next request.
 * - The libc calls sit behind C functions LLVM cannot see into, on purpose: knowing malloc, LLVM
 *   assumes two allocations never share an address, even after a free, and folds the comparison a
 *   program makes through Ptr (tests/runtime/reuse) to false, where the interpreter says true.
 */
function systemAllocator(replaceOom: boolean): string {
  const stats = (live: string) => `  store i32 ${live}, ptr @rz.live
  %pk = load i32, ptr @rz.peak
  %up = icmp sgt i32 ${live}, %pk
  %np = select i1 %up, i32 ${live}, i32 %pk
  store i32 %np, ptr @rz.peak`;
  const text = `; the system allocator with the runtime's statistics (see module.ts)
define internal ptr @rayzor_malloc(i32 %size) #0 {
entry:
  %bad = icmp ugt i32 %size, ${MAX_REQUEST}
  br i1 %bad, label %oom, label %check, !prof !1
check:
  %live = load i32, ptr @rz.live
  %live64 = sext i32 %live to i64
  %size64 = zext i32 %size to i64
  %want = add i64 %live64, %size64
  %lim = load i64, ptr @rz.limit
  %over = icmp sgt i64 %want, %lim
  br i1 %over, label %oom, label %get, !prof !1
get:
  %zero = icmp eq i32 %size, 0
  %n = select i1 %zero, i64 1, i64 %size64
  %p = call ptr @rz_sys_alloc(i64 %n)
  %null = icmp eq ptr %p, null
  br i1 %null, label %oom, label %done, !prof !1
done:
  %c = load i32, ptr @rz.allocs
  %c1 = add i32 %c, 1
  store i32 %c1, ptr @rz.allocs
  %nl = trunc i64 %want to i32
${stats('%nl')}
  ret ptr %p
oom:
  call void @rz_oom(i32 %size)
  unreachable
}

define internal ptr @rayzor_realloc(ptr %p, i32 %old, i32 %new) #0 {
entry:
  %fresh = icmp eq ptr %p, null
  br i1 %fresh, label %alloc, label %check0
alloc:
  %q0 = call ptr @rayzor_malloc(i32 %new)
  ret ptr %q0
check0:
  %bad = icmp ugt i32 %new, ${MAX_REQUEST}
  br i1 %bad, label %oom, label %check, !prof !1
check:
  %live = load i32, ptr @rz.live
  %delta = sub i32 %new, %old
  %live64 = sext i32 %live to i64
  %delta64 = sext i32 %delta to i64
  %want = add i64 %live64, %delta64
  %lim = load i64, ptr @rz.limit
  %over = icmp sgt i64 %want, %lim
  br i1 %over, label %oom, label %get, !prof !1
get:
  %zero = icmp eq i32 %new, 0
  %new64 = zext i32 %new to i64
  %n = select i1 %zero, i64 1, i64 %new64
  %old64 = zext i32 %old to i64
  %q = call ptr @rz_sys_realloc(ptr %p, i64 %old64, i64 %n)
  %null = icmp eq ptr %q, null
  br i1 %null, label %oom, label %done, !prof !1
done:
  %nl = trunc i64 %want to i32
${stats('%nl')}
  ret ptr %q
oom:
  call void @rz_oom(i32 %new)
  unreachable
}

define internal void @rayzor_free(ptr %p, i32 %size) #0 {
entry:
  %null = icmp eq ptr %p, null
  br i1 %null, label %done, label %release
release:
  call void @rz_sys_free(ptr %p)
  %live = load i32, ptr @rz.live
  %nl = sub i32 %live, %size
  store i32 %nl, ptr @rz.live
  %f = load i32, ptr @rz.frees
  %f1 = add i32 %f, 1
  store i32 %f1, ptr @rz.frees
  br label %done
done:
  ret void
}

define internal void @rayzor_get_memory_stats(ptr %out) #0 {
entry:
  %null = icmp eq ptr %out, null
  br i1 %null, label %done, label %write
write:
  %live = load i32, ptr @rz.live
  store i32 %live, ptr %out, align 1
  %peak = load i32, ptr @rz.peak
  %o4 = getelementptr i8, ptr %out, i64 4
  store i32 %peak, ptr %o4, align 1
  %allocs = load i32, ptr @rz.allocs
  %o8 = getelementptr i8, ptr %out, i64 8
  store i32 %allocs, ptr %o8, align 1
  %frees = load i32, ptr @rz.frees
  %o12 = getelementptr i8, ptr %out, i64 12
  store i32 %frees, ptr %o12, align 1
  br label %done
done:
  ret void
}
`;
  const oom = `
; the runtime's fatal out-of-memory path (its message buffer belongs to its own allocator)
define internal void ${globalName(OOM_FN)}(i32 %n) #0 {
entry:
  call void @rz_oom(i32 %n)
  unreachable
}
`;
  return replaceOom ? text + oom : text;
}
