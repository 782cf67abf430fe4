// Anonymous structures and typedefs: literals, field reads and writes, optional fields, nesting,
// structures in arrays, passing structures to functions, structural subtyping.
typedef Point = {x:Int, y:Int};

typedef Person = {
	name:String,
	?nick:String,
	age:Int,
	home:Point
}

class Main {
	static function dist2(p:Point, q:Point):Int {
		var dx = p.x - q.x, dy = p.y - q.y;
		return dx * dx + dy * dy;
	}

	static function label(p:Person):String {
		return p.name + (p.nick != null ? " aka " + p.nick : "") + " (" + p.age + ") at " + p.home.x + "," + p.home.y;
	}

	static function main() {
		var p:Point = {x: 3, y: 4};
		var o = {x: 0, y: 0};
		Sys.println(dist2(p, o));
		p.x = 6;
		p.y += 4;
		Sys.println(p.x + " " + p.y + " " + dist2(p, o));
		var ann:Person = {name: "Ann", age: 40, home: {x: 1, y: 2}};
		var bob:Person = {name: "Bob", nick: "B", age: 25, home: p};
		Sys.println(label(ann));
		Sys.println(label(bob));
		bob.home.x = 100;
		Sys.println(p.x);
		var pts = [for (i in 0...4) {x: i, y: i * i}];
		pts.sort((a, b) -> b.y - a.y);
		Sys.println(pts.map(q -> q.x + ":" + q.y).join(" "));
		var rich = {x: 5, y: 12, z: 99, tag: "extra"};
		Sys.println(dist2(rich, o) + " " + rich.tag);
		var counter = {n: 0, step: 5};
		for (_ in 0...3) counter.n += counter.step;
		Sys.println(counter.n);
		var nested = {outer: {inner: {value: "deep"}}};
		Sys.println(nested.outer.inner.value);
		var fnHolder = {apply: (a:Int) -> a * 3};
		Sys.println(fnHolder.apply(14));
	}
}
