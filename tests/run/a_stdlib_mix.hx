import haxe.Rest;
import haxe.ds.GenericStack;
import haxe.ds.Vector;
using StringTools;

// A mix of standard-library features: rest arguments and spreads, GenericStack, Vector,
// iterating strings, Math functions as values, parseFloat edge cases, Reflect.copy.
class Main {
	static function sum(first:Float, rest:Rest<Float>):Float {
		var s = first;
		for (r in rest) s += r;
		return s;
	}

	static function joinAll(sep:String, ...parts:String):String return parts.toArray().join(sep);

	static function applyAll(fs:Array<(Float, Float) -> Float>, a:Float, b:Float):Array<Float> return [for (f in fs) f(a, b)];

	static function main() {
		trace(sum(1) + " " + sum(1, 2, 3.5) + " " + sum(0, ...[1.0, 2.0, 3.0]));
		var parts = ["x", "y", "z"];
		trace(joinAll("-", "a", "b") + " " + joinAll("/", ...parts) + " [" + joinAll(",") + "]");
		var st = new GenericStack<Int>();
		for (i in 0...5) st.add(i * i);
		trace(st);
		trace(st.first() + " " + st.pop() + " " + st.pop() + " " + st.remove(4) + " " + st.remove(99));
		trace([for (x in st) x]);
		while (!st.isEmpty()) st.pop();
		trace(st.first() + " " + st.isEmpty());
		var v = new Vector<Float>(4);
		for (i in 0...v.length) v[i] = i / 2;
		trace(v.toArray() + " " + v.length + " " + v[3]);
		var vs = Vector.fromArrayCopy(["c", "a", "b"]);
		var sorted = vs.toArray();
		sorted.sort(Reflect.compare);
		trace(sorted + " " + vs.join(""));
		var codes = [for (c in "Haxe") c];
		trace(codes);
		var total = 0;
		for (i => c in "abc") total += i * c;
		trace(total);
		trace(applyAll([Math.max, Math.min, Math.pow, (a, b) -> a - b], 2, 5));
		var round:Float -> Int = Math.round;
		trace([1.4, 1.5, -1.5, 2.5].map(round));
		var fns = [Math.sqrt, Math.abs, Math.floor];
		trace(fns[0](16) + " " + fns[1](-3) + " " + fns[2](2.7));
		for (s in ["3.5", "  42", "1e3", "2.5kg", "1e", "-.5", "5-3", "abc", "0.1.2"]) Sys.print(Std.parseFloat(s) + " ");
		Sys.println("");
		var orig = {name: "orig", tags: ["a"]};
		var cp = Reflect.copy(orig);
		cp.name = "copy";
		cp.tags.push("b");
		trace(orig.name + " " + cp.name + " " + orig.tags);
		trace(-0.0 + " " + (-7 % 3.5) + " " + (0.0 * -1));
		var shifts = [0, 1, 31, 32, 33];
		trace([for (s in shifts) 1 << s]);
		trace([for (s in shifts) -256 >> s]);
		trace([for (s in shifts) -256 >>> s]);
		trace(Std.int(3e9) + " " + Std.int(-3e9) + " " + Std.int(1e10) + " " + Std.int(Math.NaN));
		var m = ["a" => 1, "b" => 2];
		m["a"] += 10;
		m["b"] *= 3;
		m["b"]++;
		var before = m["a"]--;
		trace(m["a"] + " " + m["b"] + " " + before);
		var im = new Map<Int, Float>();
		im[1] = 0.5;
		im[1] += 0.25;
		trace(im[1]);
	}
}
