// The slice of the JavaScript WebAssembly API the JIT uses, typed here because the project compiles
// against ES2022 + Node types only (no DOM lib, where these declarations usually come from).
// Takes: nothing. Gives: `WA`, the global WebAssembly object, with the members we call.
// Invariant: Node ≥ 20 provides every member listed (Tag and Exception ship with exception handling).

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

export interface WasmTag {
  readonly __tag?: never;
}

export interface WasmException extends Error {
  is(tag: WasmTag): boolean;
  getArg(tag: WasmTag, index: number): unknown;
}

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

export type WasmModule = object;

export type WasmImports = Record<string, Record<string, unknown>>;

export interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: WasmImports) => WasmInstance;
  Tag: new (type: { parameters: string[] }) => WasmTag;
  Exception: new (tag: WasmTag, payload: unknown[]) => WasmException;
  Memory: new (d: { initial: number; maximum?: number }) => WasmMemory;
  validate(bytes: Uint8Array): boolean;
  CompileError: new (...a: unknown[]) => Error;
  RuntimeError: new (...a: unknown[]) => Error;
  LinkError: new (...a: unknown[]) => Error;
}

export const WA = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
