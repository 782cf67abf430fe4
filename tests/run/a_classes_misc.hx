@:structInit class P {
	public var x:Int;
	public var y:Int;
	public function new(x:Int, y:Int = 10) { this.x = x * 2; this.y = y; }
}
@:structInit class Q {
	public final name:String;
	public var tags:Array<String> = [];
	@:optional public var note:String;
	public var score:Float = 1.5;
}
class Base {
	public function new() {}
	public static function create():Base return new Base();
	public function who() return "base";
}
class Child extends Base {
	public static function make() return new Child();
	override public function who() return "child:" + super.who();
}
@:structInit class Config {
	public var name:String;
	public var level:Int = 1;
	public function toString() return '$name/$level';
}
class Counter {
	static var instances = 0;
	public final id:Int;
	public function new() id = ++instances;
}
enum Color { Red; Green; Blue; }
class Main {
	static function mk():Q return {name: "ret"};
	static function show(q:Q) return q.name + " " + q.tags + " " + q.note + " " + q.score;
	static var table:Array<Int> = [for (i in 0...5) i * i];
	static final GREETING = "hi";
	static function main() {
		trace(Child.make().who() + " " + Base.create().who());
		var c:Config = {name: "x"};
		var d:Config = {name: "y", level: 5};
		trace(c + " " + d);
		trace(new Counter().id + " " + new Counter().id);
		trace(table + " " + GREETING);
		var colors = [Red, Green, Blue];
		trace(colors.indexOf(Green) + " " + colors.contains(Blue));
		var m = [Red => 1, Blue => 3];
		trace(m[Blue] + " " + m.exists(Green));
		var x = 5;
		x = x > 3 ? { trace("big"); x * 2; } : x;
		trace(x);
		var arr = [3, 1, 2];
		var sorted = arr.copy();
		sorted.sort(Reflect.compare);
		trace(arr + " " + sorted);
		var i = 0;
		var results = [];
		while (true) {
			if (++i > 5) break;
			if (i == 2) continue;
			results.push(i);
		}
		trace(results);
		var s = switch (colors[1]) { case Red: "r"; case Green: "g"; case Blue: "b"; };
		trace(s);
		var fnArr = [for (j in 0...3) function() return j];
		trace(fnArr[2]());
		var str = [for (k in 0...3) '$k'].join("");
		trace(str);
		trace([1, 2, 3].map(Std.string).join("+"));
		var nested = [[1, 2], [3, 4]];
		for (row in nested) for (v in row) if (v % 2 == 0) Sys.print(v + " ");
		Sys.println("");
		var words = ["a" => ["b", "c"], "d" => []];
		trace(words["a"].length + words["d"].length);
		var t = Type.typeof(5);
		trace(t);
		trace(Type.typeof("s") + " " + Type.typeof(1.5) + " " + Type.typeof(true) + " " + Type.typeof(null) + " " + Type.typeof(Red) + " " + Type.typeof([1]));
		var counter = 0;
		function incr() counter++;
		incr(); incr();
		trace(counter);
		var ints = new Array<Int>();
		ints.push(1);
		trace(ints.length);
		trace(Std.string(Red) + Std.string(colors));
		var o:{?a:Int, b:String} = {b: "bee"};
		trace(o.a + " " + o.b);
		trace(o);
		structInits();
	}

	static function structInits() {
		var p:P = {x: 1};
		var p2:P = {x: 2, y: 3};
		trace(p.x + " " + p.y + " " + p2.x + " " + p2.y);
		var q:Q = {name: "a", score: 2};
		q.tags.push("t");
		trace(show(q));
		trace(show(mk()));
		trace(show({name: "arg", note: "n", tags: ["x"]}));
		var qs:Array<Q> = [{name: "e1"}, {name: "e2", score: 0}];
		trace(qs.map(show));
	}
}
