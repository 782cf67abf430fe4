// rayzor.Ptr: a raw address in the runtime's linear memory (MIR type `ptr`: 32 bits on wasm and in the
// interpreter, 64 bits native). For the runtime (runtime/) and std/ implementations only.
// Extern: every member is an intrinsic that the lowering (src/lower/intrinsics.ts) turns into MIR memory
// instructions; there are no Haxe bodies. Offsets are in bytes. Nothing here checks bounds or null.

package rayzor;

@:coreType extern abstract Ptr {
	/** The null address. */
	static function nil():Ptr;

	/** Size of a pointer in bytes on the target (4 or 8). */
	static function size():Int;

	/** Size in bytes of the storage of a value of `v`'s static type (4 for Int/Bool, 8 for Float/Int64, size() for objects); `v` is not evaluated. */
	static function sizeOf<T>(v:T):Int;

	/** rayzor_malloc(size): fresh memory, never null (out of memory is fatal). */
	static function alloc(size:Int):Ptr;

	/** rayzor_realloc(p, oldSize, newSize): contents preserved up to the smaller size. */
	static function realloc(p:Ptr, oldSize:Int, newSize:Int):Ptr;

	/** rayzor_free(p, size); free of nil is a no-op. */
	static function free(p:Ptr, size:Int):Void;

	/** Copies `n` bytes from `src` to `dst`; the ranges may overlap (memmove). */
	static function copy(dst:Ptr, src:Ptr, n:Int):Void;

	/** Sets `n` bytes at `dst` to `byte`. */
	static function fill(dst:Ptr, byte:Int, n:Int):Void;

	/** The start of the program's static data (RTTI roots at +8.., runtime/README.md). */
	static function staticData():Ptr;

	/** Calls table entry `fn` with signature (ptr, ptr) -> ptr: closures' and methods' dynamic adapters. */
	static function callDyn(fn:Int, a:Ptr, b:Ptr):Ptr;

	/** The address of a heap object (a class instance, String, Array, enum value, closure, box). */
	static function ofObject<T>(o:T):Ptr;

	/** The address as an Int (wraps on 64-bit targets: use only for hashing and alignment arithmetic). */
	function addr():Int;

	/** The object at this address, typed as the context expects. */
	function toObject<T>():T;

	function isNull():Bool;

	/** This address plus `bytes`. */
	function add(bytes:Int):Ptr;

	/** This address minus `other`, in bytes. */
	function diff(other:Ptr):Int;

	function getI32(offset:Int):Int;
	function setI32(offset:Int, v:Int):Void;
	function getU8(offset:Int):Int;
	function setU8(offset:Int, v:Int):Void;
	function getU16(offset:Int):Int;
	function setU16(offset:Int, v:Int):Void;
	function getF64(offset:Int):Float;
	function setF64(offset:Int, v:Float):Void;
	function getF32(offset:Int):Float;
	function setF32(offset:Int, v:Float):Void;
	function getI64(offset:Int):haxe.Int64;
	function setI64(offset:Int, v:haxe.Int64):Void;
	function getPtr(offset:Int):Ptr;
	function setPtr(offset:Int, v:Ptr):Void;

	/** Loads a value of the expected type T with T's storage (see sizeOf): how Array<T> keeps elements unboxed. */
	function get<T>(offset:Int):T;

	/** Stores `v` with its static type's storage. */
	function set<T>(offset:Int, v:T):Void;
}
