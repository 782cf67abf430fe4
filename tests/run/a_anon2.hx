typedef Point = {x:Float, y:Float};
typedef Named = {name:String};
typedef Entity = {> Named, pos:Point, ?tags:Array<String>, hp:Int};
typedef Config = {
	final host:String;
	@:optional var port:Int;
	var ?debug:Bool;
}

class Main {
	static function dist(a:Point, b:Point):Float {
		var dx = a.x - b.x, dy = a.y - b.y;
		return Math.sqrt(dx * dx + dy * dy);
	}

	static function describe(e:Entity):String {
		var t = e.tags == null ? "-" : e.tags.join("/");
		return '${e.name}@(${e.pos.x},${e.pos.y}) hp=${e.hp} tags=$t';
	}

	static function url(c:Config):String {
		return "http://" + c.host + (c.port != null ? ":" + c.port : "") + (c.debug == true ? "?debug" : "");
	}

	static function greetAll(xs:Array<Named>):String return xs.map(n -> "hi " + n.name).join(", ");

	static function centroid(ps:Array<Point>):Point {
		var sx = 0.0, sy = 0.0;
		for (p in ps) { sx += p.x; sy += p.y; }
		return {x: sx / ps.length, y: sy / ps.length};
	}

	static function main() {
		var a:Point = {x: 0, y: 0};
		var b = {x: 3.0, y: 4.0};
		trace(dist(a, b));
		var hero:Entity = {name: "hero", pos: {x: 1, y: 2}, hp: 10};
		var orc:Entity = {name: "orc", pos: b, hp: 7, tags: ["enemy", "green"]};
		trace(describe(hero));
		trace(describe(orc));
		hero.hp -= 3;
		hero.pos.x += 0.5;
		trace(describe(hero));
		trace(greetAll([hero, orc, {name: "plain"}]));
		trace(url({host: "example.com"}));
		trace(url({host: "h", port: 8080, debug: true}));
		var c = centroid([{x: 0, y: 0}, {x: 2, y: 0}, {x: 1, y: 3}]);
		trace(c.x + " " + c.y);
		// anonymous object printing (single field to keep order stable)
		var o = {value: 42};
		trace(o);
		trace({name: "n"});
		// Reflect on anonymous
		var rec = {a: 1, b: "two", c: [3]};
		var fields = Reflect.fields(rec);
		fields.sort(Reflect.compare);
		trace(fields);
		trace(Reflect.field(rec, "b") + " " + Reflect.hasField(rec, "c") + " " + Reflect.hasField(rec, "z"));
		Reflect.setField(rec, "a", 100);
		trace(rec.a);
		// structural subtyping: function taking {name} receives a bigger object
		var big = {name: "big", extra: true, count: 3};
		var n:Named = big;
		trace(n.name);
		// arrays of anonymous objects sorted by field
		var scores = [{who: "amy", pts: 30}, {who: "bo", pts: 50}, {who: "cy", pts: 40}];
		scores.sort((p, q) -> q.pts - p.pts);
		trace([for (s in scores) s.who + ":" + s.pts].join(" "));
		var best = Lambda.fold(scores, (s, acc) -> s.pts > acc ? s.pts : acc, 0);
		trace(best);
		// nested anonymous with functions
		var calc = {
			value: 10,
			add: function(x:Int) return x + 1,
			nested: {deep: {deeper: "bottom"}}
		};
		trace(calc.add(calc.value) + " " + calc.nested.deep.deeper);
		// modifying through alias
		var p1 = {x: 1.0, y: 1.0};
		var p2 = p1;
		p2.x = 9;
		trace(p1.x);
		// anon in map
		var m = new Map<String, Point>();
		m["o"] = {x: 0.5, y: -0.5};
		trace(m["o"].y);
		// optional field absent vs present
		var cfg:Config = {host: "a"};
		trace(cfg.port == null);
		trace(cfg.debug);
		// Dynamic access
		var d:Dynamic = {k: "v", n: 2};
		trace(d.k + d.n);
		d.n = d.n * 5;
		trace(d.n);
		trace(Reflect.isObject(d) + " " + Reflect.isObject(5));
		var copy = Reflect.copy(rec);
		copy.a = -1;
		trace(rec.a + " " + copy.a);
		var e = {};
		trace(Reflect.fields(e).length);
	}
}
