// haxe.ds.Map: the Map<K, V> abstract over an IMap; the concrete class is chosen from K by the
// typer (@:multiType): String keys give a StringMap, Int keys an IntMap, enum values an EnumValueMap,
// other objects an ObjectMap.
// Real Haxe: every member is an inline forward to the IMap (or a `new` of the chosen class); the
// bodyless constructor is the typer's hook for that choice. Nothing here is provided by the runtime.

package haxe.ds;

import haxe.Constraints.IMap;
import haxe.ds.EnumValueMap;
import haxe.ds.IntMap;
import haxe.ds.ObjectMap;
import haxe.ds.StringMap;

@:transitive
@:multiType(@:followWithAbstracts K)
abstract Map<K, V>(IMap<K, V>) {
	/** An empty map of the class that K selects. */
	public function new();

	/** Binds `key` to `value`, replacing any earlier binding. */
	public inline function set(key:K, value:V):Void
		this.set(key, value);

	/** The value bound to `key`, or null; also `map[key]`. */
	@:arrayAccess public inline function get(key:K):Null<V>
		return this.get(key);

	/** Whether `key` is bound. */
	public inline function exists(key:K):Bool
		return this.exists(key);

	/** Unbinds `key`; tells whether it was bound. */
	public inline function remove(key:K):Bool
		return this.remove(key);

	public inline function keys():Iterator<K> {
		return this.keys();
	}

	public inline function iterator():Iterator<V> {
		return this.iterator();
	}

	public inline function keyValueIterator():KeyValueIterator<K, V> {
		return this.keyValueIterator();
	}

	/** A shallow copy. */
	public inline function copy():Map<K, V> {
		return cast this.copy();
	}

	public inline function toString():String {
		return this.toString();
	}

	/** Removes every binding. */
	public inline function clear():Void {
		this.clear();
	}

	/** `map[key] = value`; gives `value`. */
	@:arrayAccess @:noCompletion public inline function arrayWrite(k:K, v:V):V {
		this.set(k, v);
		return v;
	}

	// the implementation classes, selected by the key type; `new Map()` is lowered to the right one
	// directly, so these casts only view an existing map as its implementation (or as an
	// Iterable/KeyValueIterable through it): the object itself, as Haxe gives.
	@:to static inline function toStringMap<K:String, V>(t:IMap<K, V>):StringMap<V> {
		return cast t;
	}

	@:to static inline function toIntMap<K:Int, V>(t:IMap<K, V>):IntMap<V> {
		return cast t;
	}

	@:to static inline function toEnumValueMapMap<K:EnumValue, V>(t:IMap<K, V>):EnumValueMap<K, V> {
		return cast t;
	}

	@:to static inline function toObjectMap<K:{}, V>(t:IMap<K, V>):ObjectMap<K, V> {
		return cast t;
	}

	// an existing implementation object can be used as a Map
	@:from static inline function fromStringMap<V>(map:StringMap<V>):Map<String, V> {
		return cast map;
	}

	@:from static inline function fromIntMap<V>(map:IntMap<V>):Map<Int, V> {
		return cast map;
	}

	@:from static inline function fromObjectMap<K:{}, V>(map:ObjectMap<K, V>):Map<K, V> {
		return cast map;
	}
}
