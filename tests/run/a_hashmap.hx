import haxe.ds.HashMap;
class P {
	public var x:Int; public var y:Int;
	public function new(x, y) { this.x = x; this.y = y; }
	public function hashCode():Int return x * 31 + y;
	public function toString() return '($x,$y)';
}
class Main {
	static function main() {
		var m = new HashMap<P, String>();
		m.set(new P(1, 2), "a");
		m[new P(3, 4)] = "b";
		trace(m.get(new P(1, 2)) + " " + m[new P(3, 4)] + " " + m.exists(new P(0, 0)));
		m.set(new P(1, 2), "c");
		for (k in m.keys()) trace(k);
		for (v in m) trace(v);
		for (k => v in m) trace(k + "=>" + v);
		var c = m.copy();
		trace(m.remove(new P(1, 2)) + " " + m.remove(new P(1, 2)));
		trace([for (v in c) v].length + " " + [for (v in m) v].length);
		m.clear();
		trace(m.exists(new P(3, 4)));
	}
}
