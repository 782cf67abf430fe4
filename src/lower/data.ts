// The static data image of a lowered program: string literals, static variables, RTTI records.
// Takes: requests from the lowering (reserve bytes, write numbers, pointers, strings). Gives: the
// module's `data` (bytes and relocations).
// Invariant: a pointer stored in data is written as a data-relative offset and listed in `relocs`;
// executors add the data base address when they load the image. Offsets 0..63 are the roots below.

export const ROOT_TYPE_TABLE = 8; // ptr to the type table (ptr per type id)
export const ROOT_TYPE_COUNT = 16; // i32
export const ROOT_NAME_TABLE = 24; // ptr to the field-name table (String ptr per name id)
export const ROOT_NAME_COUNT = 32; // i32
const ROOTS_END = 64;

export class DataBuilder {
  private buf = new Uint8Array(4096);
  private view = new DataView(this.buf.buffer);
  size = ROOTS_END;
  readonly relocs: number[] = [];
  private strings = new Map<string, number>();

  constructor(readonly ptrSize: number) {}

  private ensure(n: number): void {
    if (n <= this.buf.length) return;
    let cap = this.buf.length;
    while (cap < n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf);
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  /** Reserve `size` zeroed bytes aligned to `align`; gives their offset. */
  alloc(size: number, align = 8): number {
    const off = (this.size + align - 1) & ~(align - 1);
    this.size = off + size;
    this.ensure(this.size);
    return off;
  }

  i32(off: number, v: number): void {
    this.view.setInt32(off, v, true);
  }
  u16(off: number, v: number): void {
    this.view.setUint16(off, v, true);
  }
  f64(off: number, v: number): void {
    this.view.setFloat64(off, v, true);
  }
  /** A pointer to data offset `target` (0 target with `nil` = null pointer, no relocation). */
  ptr(off: number, target: number | null): void {
    if (target === null) return;
    if (this.ptrSize === 8) this.view.setBigInt64(off, BigInt(target), true);
    else this.view.setInt32(off, target, true);
    this.relocs.push(off);
  }

  /** A String object (runtime/README.md layout) for `s`, interned. */
  string(s: string): number {
    const have = this.strings.get(s);
    if (have !== undefined) return have;
    const off = this.alloc(12 + 2 * s.length);
    this.i32(off, 1);
    this.i32(off + 8, s.length);
    for (let i = 0; i < s.length; i++) this.u16(off + 12 + 2 * i, s.charCodeAt(i));
    this.strings.set(s, off);
    return off;
  }

  finish(): { bytes: Uint8Array; relocs: number[] } {
    return { bytes: this.buf.slice(0, (this.size + 7) & ~7), relocs: [...this.relocs].sort((a, b) => a - b) };
  }
}
