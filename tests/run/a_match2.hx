typedef Person = {name:String, age:Int, ?email:String};

enum Cmd {
	Move(dx:Int, dy:Int);
	Say(msg:String);
	Batch(cmds:Array<Cmd>);
	Quit;
}

class Main {
	static function classifyArr(a:Array<Int>):String {
		return switch a {
			case []: "empty";
			case [x]: "one:" + x;
			case [x, y] if (x == y): "pair-eq:" + x;
			case [x, y]: "pair:" + (x + y);
			case [1, _, _]: "starts-with-1 triple";
			case [_, _, z]: "triple ending " + z;
			case _: "many(" + a.length + ")";
		}
	}

	static function person(p:Person):String {
		return switch p {
			case {name: "root"}: "superuser";
			case {age: a} if (a < 18): p.name + " is a minor";
			case {name: n, age: 18 | 19}: n + " is a teen adult";
			case {name: n, email: null}: n + " (no email)";
			case {name: n, email: e}: n + " <" + e + ">";
		}
	}

	static function run(c:Cmd, pos:{x:Int, y:Int}, log:Array<String>):Bool {
		switch c {
			case Move(0, 0):
				log.push("noop");
			case Move(dx, 0) | Move(0, dx):
				pos.x += dx;
				log.push("axis " + dx);
			case Move(dx, dy):
				pos.x += dx;
				pos.y += dy;
				log.push("diag");
			case Say(m) if (m.length == 0):
				log.push("silence");
			case Say(m):
				log.push("say " + m);
			case Batch([]):
				log.push("empty batch");
			case Batch(cs):
				for (x in cs) if (!run(x, pos, log)) return false;
			case Quit:
				log.push("quit");
				return false;
		}
		return true;
	}

	static function fizz(n:Int):String {
		return switch [n % 3, n % 5] {
			case [0, 0]: "FizzBuzz";
			case [0, _]: "Fizz";
			case [_, 0]: "Buzz";
			case _: Std.string(n);
		}
	}

	static function strMatch(s:String):String {
		return switch s {
			case "" | null: "blank";
			case "yes" | "y" | "Y": "affirmative";
			case v if (v.length > 5): "long:" + v.substr(0, 3);
			case v: "other:" + v;
		}
	}

	static function main() {
		for (a in [[], [7], [2, 2], [2, 3], [1, 5, 6], [4, 5, 6], [1, 2, 3, 4]]) Sys.println(classifyArr(a));
		var people:Array<Person> = [
			{name: "root", age: 40},
			{name: "Kid", age: 10},
			{name: "Teen", age: 19, email: "t@x"},
			{name: "Ann", age: 30},
			{name: "Bob", age: 31, email: "bob@x"}
		];
		for (p in people) Sys.println(person(p));
		var pos = {x: 0, y: 0};
		var log = [];
		var prog = Batch([Move(0, 0), Move(3, 0), Move(0, -2), Move(1, 1), Say(""), Say("hi"), Batch([]), Batch([Say("nested"), Quit, Say("never")])]);
		trace(run(prog, pos, log));
		trace(log.join(" | "));
		trace(pos.x + "," + pos.y);
		trace([for (i in 1...16) fizz(i)].join(" "));
		for (s in ["", null, "y", "Y", "abcdefg", "no"]) Sys.print(strMatch(s) + "; ");
		Sys.println("");
		// matching on tuples of enums
		var pairs = [[Quit, Say("a")], [Move(1, 2), Quit]];
		for (p in pairs) {
			var r = switch [p[0], p[1]] {
				case [Quit, Say(m)]: "quit then " + m;
				case [Move(x, y), Quit]: "move " + (x * y) + " then quit";
				case _: "?";
			}
			trace(r);
		}
		// capture with alias
		switch Move(5, 6) {
			case m = Move(a, _) if (a > 2): trace("big move " + m);
			case _:
		}
		// matching integers ranges via guards and constants
		for (n in [0, 1, 5, 10, 100]) {
			var d = switch n {
				case 0: "zero";
				case 1 | 2 | 3: "few";
				case x if (x < 10): "several";
				case 10: "ten";
				default: "lots";
			}
			Sys.print(d + " ");
		}
		Sys.println("");
		// nested anonymous in arrays
		var pts = [{x: 1, y: 2}, {x: 0, y: 0}, {x: -1, y: 5}];
		for (p in pts) Sys.print(switch p {
			case {x: 0, y: 0}: "origin ";
			case {x: x, y: y} if (x < 0): "left(" + y + ") ";
			case {x: x}: "x=" + x + " ";
		});
		Sys.println("");
		// Bool patterns and null on nullable
		var maybe:Null<Int> = null;
		trace(switch maybe { case null: "nothing"; case v: "got " + v; });
		maybe = 4;
		trace(switch maybe { case null: "nothing"; case v: "got " + v; });
		var flag = true;
		trace(switch flag { case true: "on"; case false: "off"; });
	}
}
