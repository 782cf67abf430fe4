// Map: the top-level name of haxe.ds.Map (Map<K, V> is available without an import).
// Only typedefs here; the abstract itself is in haxe/ds/Map.hx.

typedef Map<K, V> = haxe.ds.Map<K, V>;

@:dox(hide)
@:deprecated
typedef IMap<K, V> = haxe.Constraints.IMap<K, V>;
