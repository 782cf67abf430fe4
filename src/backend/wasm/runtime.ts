// The JIT's JavaScript side at run time: instantiate a compiled module with its imports and call its
// functions with the interpreter's conventions. No compiler code is imported here, so the worker
// thread that runs programs (src/driver/wasm-worker.ts) loads little.
// Takes: a PreparedWasm (the compiled WebAssembly.Module and its layout) and host functions
// (`rayzor_host_*`, as for the Interpreter; src/interp/host.ts builds them). Gives: `call(name, args)`
// that returns the results as an array (i64 as bigint) and fails exactly as Interpreter.call does: a
// trap is a MirTrap with the interpreter's message, a Haxe exception nobody catches is a MirThrow
// carrying the thrown pointer, ProgramExit passes through. Also the memory layout constants the
// compiler and this side share.
// Invariant: host functions run with `this` bound to a view object offering what they use of the
// interpreter (`mem`, `bytes`, readBytes/readString/writeBytes), always over the current memory buffer
// (memory.grow detaches the old one). A MirThrow raised by a host becomes a wasm exception with our
// tag, so an enclosing `invoke` catches it as in the interpreter.

import { setFlagsFromString } from 'node:v8';
import type { HostFn, MirValue } from '../../interp/interp.js';
import { MirThrow, MirTrap } from '../../interp/interp.js';
import { WA, type WasmException, type WasmInstance, type WasmMemory, type WasmModule, type WasmTag } from './api.js';
import type { WasmCompiled } from './module.js';

/** Where the data image starts; [0, 1024) is never valid (the interpreter's layout). */
export const DATA_BASE = 1024;
export const PAGE = 65536;
/** The heap may not grow beyond this (the interpreter's limit too). */
export const MAX_MEMORY = 0x7fff0000;
export const MAX_PAGES = 32768;
/** Codes of the `rayzor.trap` import. */
export const TRAP_NULL = 0;

export interface JitOptions {
  /** sbrk fails (gives 0) when the heap would grow beyond this many bytes. */
  maxHeapBytes?: number;
}

let tuned = false;

/**
 * V8 flags for our modules, set once before the first compilation: wasm-into-wasm inlining (off by
 * default in Node 20's V8 11.3) made Richards 1.4-1.7x and Fannkuch 1.3-1.5x faster, since the MIR
 * inliner keeps calls to runtime helpers such as Array.__get. RAYZOR_WASM_INLINING=0 turns it off.
 */
export function tuneV8(): void {
  if (tuned) return;
  tuned = true;
  if (process.env['RAYZOR_WASM_INLINING'] === '0') return;
  try {
    setFlagsFromString('--wasm-inlining');
  } catch {
    // an engine without the flag compiles without it
  }
}

/** V8's trap messages → the interpreter's. */
export function trapMessage(e: Error): string {
  const m = e.message;
  if (/divide by zero|remainder by zero/.test(m)) return 'Division by zero';
  if (/memory access out of bounds/.test(m)) return 'Memory access out of bounds';
  if (/unreachable/.test(m)) return 'Unreachable code reached';
  if (/signature mismatch|null function/.test(m)) return 'Indirect call signature mismatch';
  if (/table index is out of bounds/.test(m)) return 'Invalid function reference';
  if (/call stack/i.test(m)) return 'Stack overflow';
  return m;
}

const UTF8 = new TextDecoder();

/** What a host function sees as `this`: the interpreter's memory interface over the wasm memory. */
class MemoryView {
  private buf: ArrayBuffer | undefined;
  private dv: DataView | undefined;
  private u8: Uint8Array | undefined;
  constructor(private readonly memory: () => WasmMemory) {}

  private sync(): void {
    const b = this.memory().buffer;
    if (b !== this.buf) {
      this.buf = b;
      this.dv = new DataView(b);
      this.u8 = new Uint8Array(b);
    }
  }

  get mem(): DataView {
    this.sync();
    return this.dv!;
  }

  get bytes(): Uint8Array {
    this.sync();
    return this.u8!;
  }

  readBytes(addr: number, n: number): Uint8Array {
    return this.bytes.slice(addr, addr + n);
  }

  readString(addr: number, n: number): string {
    return UTF8.decode(this.readBytes(addr, n));
  }

  writeBytes(addr: number, data: Uint8Array): void {
    this.bytes.set(data, addr);
  }
}

/**
 * Make the memory at least `end` bytes. V8 (Node 20) copies the whole memory on every grow here, so
 * it grows by at least half its size each time (as the interpreter doubles its buffer): the copies
 * then cost O(final size) instead of O(size²/64 KiB). Gives false when even `end` cannot be had.
 */
export function growMemory(memory: WasmMemory, end: number): boolean {
  const have = memory.buffer.byteLength;
  const need = Math.ceil((end - have) / PAGE);
  const want = Math.max(need, Math.min(Math.ceil(have / 2 / PAGE), Math.floor(MAX_MEMORY / PAGE) - have / PAGE));
  for (const pages of want > need ? [want, need] : [need]) {
    try {
      memory.grow(pages);
      return true;
    } catch {
      // too much at once: try with what is needed only
    }
  }
  return false;
}

/** A compiled module before instantiation; all of it can be posted to a worker thread. */
export interface PreparedWasm {
  compiled: WasmCompiled;
  module: WasmModule;
  emitMs: number;
  v8Ms: number;
}

export class WasmProgram {
  readonly compiled: WasmCompiled;
  readonly module: WasmModule;
  readonly instance: WasmInstance;
  readonly memory: WasmMemory;
  readonly tag: WasmTag;
  readonly view: MemoryView;
  /** Time spent in compileWasm and in V8's compilation + instantiation, ms. */
  readonly emitMs: number;
  readonly v8Ms: number;
  private brk: number;
  private readonly heapBase: number;
  private freeLists = new Map<number, number[]>();

  constructor(prepared: PreparedWasm, host: Record<string, HostFn> = {}, readonly opts: JitOptions = {}) {
    this.compiled = prepared.compiled;
    this.module = prepared.module;
    this.emitMs = prepared.emitMs;
    const t1 = performance.now();
    this.heapBase = this.compiled.heapBase;
    this.brk = this.heapBase;
    this.view = new MemoryView(() => this.memory);
    const view = this.view;
    const env: Record<string, unknown> = {};
    const wrap = (fn: HostFn) => (...args: MirValue[]) => {
      try {
        return (fn as unknown as (...a: MirValue[]) => unknown).apply(view, args);
      } catch (e) {
        if (e instanceof MirThrow) throw new WA.Exception(this.tag, [e.value]);
        throw e;
      }
    };
    for (const name of this.compiled.envImports) {
      const own = Object.hasOwn(host, name) ? host[name] : undefined;
      if (own) env[name] = wrap(own);
      else if (name === 'rayzor_host_sbrk') env[name] = (n: number) => this.sbrk(n);
      else {
        env[name] = () => {
          throw new MirTrap(`No host function for @${name}`);
        };
      }
    }
    const rayzor: Record<string, unknown> = {
      trap: (code: number) => {
        throw new MirTrap(code === TRAP_NULL ? 'Null access' : `Trap ${code}`);
      },
      malloc: (size: number) => this.hostMalloc(size),
      realloc: (p: number, old: number, size: number) => this.hostRealloc(p, old, size),
      free: (p: number, size: number) => this.hostFree(p, size),
    };
    this.instance = new WA.Instance(this.module, { env, rayzor });
    this.memory = this.instance.exports['memory'] as WasmMemory;
    this.tag = this.instance.exports['exception'] as WasmTag;
    this.v8Ms = prepared.v8Ms + performance.now() - t1;
  }

  get mem(): DataView {
    return this.view.mem;
  }

  get bytes(): Uint8Array {
    return this.view.bytes;
  }

  get heapEnd(): number {
    return this.brk;
  }

  /** Grow the heap by n bytes (memory.grow as needed); the old heap end, or 0 when it cannot grow. */
  sbrk(n: number): number {
    if (n < 0) return 0;
    const old = this.brk;
    const end = old + n;
    if (end > MAX_MEMORY) return 0;
    if (this.opts.maxHeapBytes !== undefined && end - this.heapBase > this.opts.maxHeapBytes) return 0;
    if (end > this.memory.buffer.byteLength && !growMemory(this.memory, end)) return 0;
    this.brk = end;
    return old;
  }

  // The host allocator, for modules without the runtime's (filetests): the interpreter's contract.
  private hostMalloc(size: number): number {
    const n = Math.max(8, (size + 7) & ~7);
    const list = this.freeLists.get(n);
    if (list && list.length) return list.pop()!;
    const p = this.sbrk(n);
    if (p === 0) throw new MirTrap('Out of memory');
    return p;
  }

  private hostFree(p: number, size: number): void {
    if (p === 0) return;
    const n = Math.max(8, (size + 7) & ~7);
    let list = this.freeLists.get(n);
    if (!list) this.freeLists.set(n, (list = []));
    list.push(p);
  }

  private hostRealloc(p: number, old: number, size: number): number {
    if (p === 0) return this.hostMalloc(size);
    const q = this.hostMalloc(size);
    this.bytes.copyWithin(q, p, p + Math.min(old, size));
    this.hostFree(p, old);
    return q;
  }

  /** Call an exported function. Failures as Interpreter.call: MirTrap, MirThrow, or the host's own. */
  call(name: string, args: MirValue[]): MirValue[] {
    const fn = this.instance.exports[name] as ((...a: MirValue[]) => unknown) | undefined;
    if (typeof fn !== 'function') throw new MirTrap(`Unknown function @${name}`);
    try {
      const r = fn(...args);
      return r === undefined ? [] : Array.isArray(r) ? (r as MirValue[]) : [r as MirValue];
    } catch (e) {
      throw this.translate(e);
    }
  }

  /** A JS-side failure as the interpreter would have reported it. */
  translate(e: unknown): unknown {
    if (e instanceof WA.Exception && (e as WasmException).is(this.tag)) return new MirThrow((e as WasmException).getArg(this.tag, 0) as number);
    // The new trap keeps the original stack: its wasm frames name the Haxe function that failed.
    const keep = (t: MirTrap) => Object.assign(t, { wasmStack: (e as Error).stack });
    if (e instanceof WA.RuntimeError) return keep(new MirTrap(trapMessage(e as Error)));
    if (e instanceof RangeError && /call stack/i.test(e.message)) return keep(new MirTrap('Stack overflow'));
    return e;
  }
}
