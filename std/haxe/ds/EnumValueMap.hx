// haxe.ds.EnumValueMap: an ordered map keyed by enum values, compared structurally (constructor
// index, then the arguments in order); what Map<K, V> becomes for enum keys.
// Real Haxe: the whole class (a BalancedTree with its own compare); uses Type/Reflect/Std from the
// runtime for the argument comparison.

package haxe.ds;

class EnumValueMap<K:EnumValue, V> extends haxe.ds.BalancedTree<K, V> implements haxe.Constraints.IMap<K, V> {
	override function compare(k1:EnumValue, k2:EnumValue):Int {
		var byIndex = k1.getIndex() - k2.getIndex();
		if (byIndex != 0)
			return byIndex;
		var a1 = k1.getParameters();
		var a2 = k2.getParameters();
		if (a1.length == 0 && a2.length == 0)
			return 0;
		return compareArgs(a1, a2);
	}

	function compareArgs(a1:Array<Dynamic>, a2:Array<Dynamic>):Int {
		var byLength = a1.length - a2.length;
		if (byLength != 0)
			return byLength;
		for (i in 0...a1.length) {
			var c = compareArg(a1[i], a2[i]);
			if (c != 0)
				return c;
		}
		return 0;
	}

	function compareArg(v1:Dynamic, v2:Dynamic):Int {
		if (Reflect.isEnumValue(v1) && Reflect.isEnumValue(v2))
			return compare(v1, v2);
		if (Std.isOfType(v1, Array) && Std.isOfType(v2, Array))
			return compareArgs(v1, v2);
		return Reflect.compare(v1, v2);
	}

	override function copy():EnumValueMap<K, V> {
		var other = new EnumValueMap<K, V>();
		other.root = root;
		return other;
	}
}
