// Enum<T>: the run-time value that stands for enum T (what `Type.getEnum` returns).
// A compiler core type: no Haxe bodies; the runtime provides the enum descriptors.

@:coreType @:runtimeValue abstract Enum<T> {}
