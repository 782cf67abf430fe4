// StdTypes: the core types every Haxe module sees without an import.
// Declared here: Void, Float, Int, Bool, Dynamic, Null<T> (compiler core types, no Haxe bodies),
// the structural typedefs Iterator, Iterable, KeyValueIterator, KeyValueIterable, and the marker
// interface ArrayAccess<T>. Nothing here has a Haxe body: the typer and the backends give these
// types their meaning (Int is i32 wrapping, Float f64, Bool i1; Null<T> and Dynamic are boxes).

/** The type of expressions without a value. */
@:coreType abstract Void {}

/** 64-bit IEEE floating point number. */
@:coreType @:notNull @:runtimeValue abstract Float {}

/** 32-bit signed integer with wrapping arithmetic; converts implicitly to Float. */
@:coreType @:notNull @:runtimeValue abstract Int to Float {}

/** Makes a basic type (Int, Float, Bool) nullable; a no-op marker on other types. */
@:forward
@:coreType
abstract Null<T> from T to T {}

/** The boolean type: true or false. */
@:coreType @:notNull @:runtimeValue abstract Bool {}

/** The type checked only at run time; T, if given, is the type of its fields. */
@:coreType @:runtimeValue abstract Dynamic<T> {}

/** Any structure with hasNext/next can drive a `for` loop. */
typedef Iterator<T> = {
	/** Whether next() has another element to give. */
	function hasNext():Bool;

	/** The next element; only meaningful when hasNext() was true. */
	function next():T;
}

/** Any structure that can produce an Iterator. */
typedef Iterable<T> = {
	function iterator():Iterator<T>;
}

/** An Iterator over key/value pairs. */
typedef KeyValueIterator<K, V> = Iterator<{key:K, value:V}>;

/** Any structure that can produce a KeyValueIterator (`for (k => v in x)`). */
typedef KeyValueIterable<K, V> = {
	function keyValueIterator():KeyValueIterator<K, V>;
}

/** Marks an extern class whose instances support `a[i]` with elements of type T. */
extern interface ArrayAccess<T> {}
