import haxe.ds.IntMap;
import haxe.ds.StringMap;
import haxe.ds.ObjectMap;
import haxe.ds.EnumValueMap;

enum Color { Red; Green; Blue; Rgb(r:Int, g:Int, b:Int); }

class Key {
	public var id:Int;
	public function new(id) this.id = id;
	public function toString() return "Key" + id;
}

class Main {
	static function sortedKeys<V>(m:Map<String, V>):Array<String> {
		var ks = [for (k in m.keys()) k];
		ks.sort(Reflect.compare);
		return ks;
	}

	static function main() {
		var ages = new Map<String, Int>();
		ages["alice"] = 30;
		ages.set("bob", 25);
		ages["carol"] = 35;
		trace(ages["alice"] + " " + ages.get("bob") + " " + ages.get("nobody"));
		trace(ages.exists("carol") + " " + ages.exists("dave"));
		ages["alice"] += 1;
		trace(ages["alice"]);
		trace(ages.remove("bob") + " " + ages.remove("bob"));
		for (k in sortedKeys(ages)) Sys.println(k + " -> " + ages[k]);
		var total = 0;
		for (v in ages) total += v;
		trace("total " + total);
		var ks = [for (k => v in ages) k + ":" + v];
		ks.sort(Reflect.compare);
		trace(ks);
		// int map
		var squares = [for (i in 1...6) i => i * i];
		trace(squares[4] + " " + squares.exists(6));
		var sumKeys = 0;
		for (k in squares.keys()) sumKeys += k;
		trace("sumKeys " + sumKeys);
		var im = new IntMap<String>();
		im.set(10, "ten");
		im.set(-3, "minus three");
		trace(im.get(-3) + " " + im.get(10) + " " + im.exists(0));
		var copy = im.copy();
		copy.set(10, "TEN");
		trace(im.get(10) + " " + copy.get(10));
		im.clear();
		trace(im.exists(10) + " " + [for (k in im.keys()) k].length);
		// string map explicit
		var sm = new StringMap<Array<Int>>();
		for (w in ["a", "b", "a", "c", "a", "b"]) {
			if (!sm.exists(w)) sm.set(w, []);
			sm.get(w).push(w.charCodeAt(0));
		}
		for (k in sortedKeys(sm)) trace(k + " " + sm.get(k));
		// frequency count of characters
		var freq = new Map<String, Int>();
		for (c in "mississippi".split("")) freq[c] = (freq.exists(c) ? freq[c] : 0) + 1;
		var fk = sortedKeys(freq);
		trace([for (k in fk) k + "=" + freq[k]].join(","));
		// object map
		var k1 = new Key(1), k2 = new Key(2);
		var om = new Map<Key, String>();
		om.set(k1, "one");
		om[k2] = "two";
		trace(om.get(k1) + " " + om[k2] + " " + om.exists(new Key(1)));
		var om2 = new ObjectMap<Key, Int>();
		om2.set(k1, 100);
		trace(om2.get(k1));
		// enum value map
		var em = new Map<Color, String>();
		em[Red] = "red";
		em[Rgb(1, 2, 3)] = "custom";
		trace(em[Red] + " " + em[Rgb(1, 2, 3)] + " " + em.exists(Green) + " " + em.exists(Rgb(1, 2, 4)));
		// key value iterator
		var kv = new Map<Int, String>();
		kv[3] = "c"; kv[1] = "a"; kv[2] = "b";
		var parts = [];
		for (k => v in kv) parts.push(k + v);
		parts.sort(Reflect.compare);
		trace(parts);
		var it = kv.keyValueIterator();
		var n = 0;
		while (it.hasNext()) { var p = it.next(); n += p.key; }
		trace("n=" + n);
		// printing maps (single entry to avoid order issues)
		var one = ["only" => 1];
		trace(one);
		var oneInt = [7 => "seven"];
		trace(oneInt.toString());
		// nested maps
		var nested = new Map<String, Map<String, Int>>();
		nested["x"] = ["y" => 5];
		nested["x"]["z"] = 6;
		trace(nested["x"]["y"] + nested["x"]["z"]);
		// map of functions
		var ops = new Map<String, (Int, Int) -> Int>();
		ops["add"] = (a, b) -> a + b;
		ops["mul"] = (a, b) -> a * b;
		trace(ops["add"](3, 4) + " " + ops.get("mul")(3, 4));
		// values() iterator
		var vs = [for (v in kv.iterator()) v];
		vs.sort(Reflect.compare);
		trace(vs);
		var cnt = 0;
		for (_ in kv) cnt++;
		trace(cnt);
	}
}
