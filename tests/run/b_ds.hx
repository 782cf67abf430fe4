import haxe.ds.List;
import haxe.ds.GenericStack;
import haxe.ds.BalancedTree;
import haxe.ds.Vector;
import haxe.ds.Option;
import haxe.ds.StringMap;
import haxe.ds.IntMap;
import haxe.ds.ObjectMap;
import haxe.ds.EnumValueMap;

enum Color {
	Red;
	Green;
	Rgb(r:Int, g:Int, b:Int);
}

class Key {
	public var id:Int;
	public function new(id:Int) this.id = id;
}

class Main {
	static function safeDiv(a:Int, b:Int):Option<Int> {
		return b == 0 ? None : Some(Std.int(a / b));
	}

	static function main() {
		// List
		var l = new List<Int>();
		l.add(2);
		l.add(3);
		l.push(1);
		Sys.println(l + " len=" + l.length + " first=" + l.first() + " last=" + l.last());
		Sys.println(l.pop() + " " + l);
		l.remove(3);
		Sys.println(l.isEmpty() + " " + l);
		var l2 = new List<String>();
		for (w in ["a", "b", "c"]) l2.add(w);
		Sys.println(l2.join("-") + " " + l2.map(s -> s.toUpperCase()) + " " + l2.filter(s -> s != "b"));
		l2.clear();
		Sys.println(l2.isEmpty() + " " + l2.length);

		// GenericStack
		var st = new GenericStack<String>();
		st.add("x");
		st.add("y");
		st.add("z");
		Sys.println(st.first() + " " + st.pop() + " " + st.pop() + " " + st.isEmpty());
		Sys.println(st.toString());

		// BalancedTree
		var bt = new BalancedTree<String, Int>();
		for (w in ["pear", "apple", "fig", "kiwi", "banana"]) bt.set(w, w.length);
		Sys.println([for (k in bt.keys()) k].join(","));
		Sys.println([for (v in bt) v].join(","));
		Sys.println(bt.get("fig") + " " + bt.get("nope") + " " + bt.exists("kiwi"));
		bt.remove("fig");
		Sys.println(bt.toString());
		var it = new BalancedTree<Int, String>();
		for (i in [50, 20, 80, 10, 30]) it.set(i, "v" + i);
		Sys.println([for (k => v in it) k + v].join(" "));

		// Vector
		var v = new Vector<Int>(5);
		for (i in 0...v.length) v[i] = i * i;
		Sys.println(v.length + " " + v[3] + " " + v.toArray());
		var v2 = Vector.fromArrayCopy([3, 1, 2]);

		Sys.println(v2.toArray() + " " + v2.join("|"));
		var v3 = new Vector<String>(2);
		Sys.println(v3[0] == null);
		var copy = v.copy();
		copy[0] = 99;
		Sys.println(v[0] + " " + copy[0]);
		var mapped = v.map(x -> x + 1);
		Sys.println(mapped.toArray());
		Vector.blit(v, 1, copy, 2, 2);
		Sys.println(copy.toArray());

		// Option
		for (p in [[10, 2], [1, 0], [7, 7]]) {
			switch (safeDiv(p[0], p[1])) {
				case Some(q): Sys.println(p[0] + "/" + p[1] + "=" + q);
				case None: Sys.println(p[0] + "/" + p[1] + " undefined");
			}
		}
		Sys.println(safeDiv(9, 3) + " " + safeDiv(1, 0));

		// typed maps
		var sm = new StringMap<Float>();
		sm.set("pi", 3.14);
		sm.set("e", 2.72);
		Sys.println(sm.exists("pi") + " " + sm.get("e") + " " + sm.remove("pi") + " " + sm.exists("pi"));
		var imap = new IntMap<String>();
		imap.set(3, "three");
		imap.set(-1, "minus");
		var ks = [for (k in imap.keys()) k];
		ks.sort((a, b) -> a - b);
		Sys.println(ks + " " + imap.get(-1));
		var om = new ObjectMap<Key, String>();
		var k1 = new Key(1);
		var k2 = new Key(1);
		om.set(k1, "first");
		om.set(k2, "second");
		Sys.println(om.get(k1) + " " + om.get(k2) + " " + om.exists(new Key(1)));
		var em = new EnumValueMap<Color, Int>();
		em.set(Red, 1);
		em.set(Rgb(1, 2, 3), 2);
		em.set(Rgb(1, 2, 3), 5);
		Sys.println(em.get(Rgb(1, 2, 3)) + " " + em.get(Red) + " " + em.exists(Green));
		var copyMap = sm.copy();
		copyMap.set("new", 1.0);
		Sys.println(sm.exists("new") + " " + copyMap.exists("new"));
		var m:Map<String, Array<Int>> = new Map();
		m["a"] = [1];
		m["a"].push(2);
		Sys.println(m["a"] + " " + m.toString());
		m.clear();
		Sys.println([for (k in m.keys()) k].length);
	}
}
