// Class<T>: the run-time value that stands for class T (what `Type.getClass` returns).
// A compiler core type: no Haxe bodies; the runtime provides the class descriptors.

@:coreType @:runtimeValue abstract Class<T> {}
