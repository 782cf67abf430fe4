enum Shape { Circle(r:Float); Rect(w:Float, h:Float); Tri(a:Float, b:Float, c:Float); }

class Main {
	static function classify(n:Int):String {
		return if (n < 0) "negative" else if (n == 0) "zero" else if (n < 10) "small" else "large";
	}

	static function dayName(d:Int):String {
		return switch (d) {
			case 0: "Sun";
			case 1 | 7: "Mon";
			case 2, 3: "Tue/Wed";
			case x if (x >= 4 && x <= 6): "Late" + x;
			default: "?";
		}
	}

	static function area(s:Shape):Float {
		return switch s {
			case Circle(r): Math.PI * r * r;
			case Rect(w, h): w * h;
			case Tri(a, b, c):
				var p = (a + b + c) / 2;
				Math.sqrt(p * (p - a) * (p - b) * (p - c));
		}
	}

	static function findFirst(grid:Array<Array<Int>>, target:Int):String {
		var found = "none";
		var done = false;
		for (i in 0...grid.length) {
			for (j in 0...grid[i].length) {
				if (grid[i][j] == target) {
					found = '($i,$j)';
					done = true;
					break;
				}
			}
			if (done) break;
		}
		return found;
	}

	static function collatz(n:Int):Int {
		var steps = 0;
		while (n != 1) {
			n = n % 2 == 0 ? Std.int(n / 2) : 3 * n + 1;
			steps++;
		}
		return steps;
	}

	static function main() {
		for (n in [-5, 0, 3, 42]) Sys.println(n + " is " + classify(n));
		trace([for (d in 0...9) dayName(d)].join(","));
		for (s in [Circle(1), Rect(2, 3.5), Tri(3, 4, 5)]) Sys.println(Std.string(s) + " area=" + Math.round(area(s) * 100) / 100);
		trace(findFirst([[1, 2], [3, 4, 5], [6]], 5));
		trace(findFirst([[1]], 9));
		// do-while runs at least once
		var k = 10;
		do {
			k++;
		} while (k < 5);
		trace(k);
		var out = [];
		var i = 0;
		do {
			i++;
			if (i % 3 == 0) continue;
			if (i > 10) break;
			out.push(i);
		} while (true);
		trace(out);
		// while with continue
		var j = 0, odd = 0;
		while (j < 20) {
			j++;
			if (j % 2 == 0) continue;
			odd += j;
		}
		trace("odd sum " + odd);
		trace("collatz(27) = " + collatz(27));
		// switch on strings with fallthrough-less semantics
		for (cmd in ["go", "stop", "GO", "wait"]) {
			var r = switch (cmd.toLowerCase()) {
				case "go": 1;
				case "stop": 2;
				case _: -1;
			}
			Sys.print(r + " ");
		}
		Sys.println("");
		// if as expression inside expressions
		var x = 7;
		var msg = "x is " + (if (x % 2 == 0) "even" else "odd") + " and " + (x > 5 ? "big" : "small");
		trace(msg);
		// nested ternaries
		for (v in [5, 15, 25]) Sys.print((v < 10 ? "a" : v < 20 ? "b" : "c"));
		Sys.println("");
		// switch with blocks and early return value
		var total = 0;
		for (n in 1...20) {
			switch (n % 5) {
				case 0:
					total += 100;
				case 1, 2:
					total += 1;
				default:
					{
						if (n > 15) break;
						total += 10;
					}
			}
		}
		trace("total " + total);
		// block as expression
		var y = {
			var a = 3;
			var b = 4;
			a * a + b * b;
		};
		trace(y);
		// loop over reversed range
		var rev = [];
		var q = 5;
		while (q-- > 0) rev.push(q);
		trace(rev);
		// switch on bool / tuple-like
		var flags = [true, false];
		for (a in flags) for (b in flags) Sys.print(switch [a, b] {
			case [true, true]: "TT ";
			case [true, false]: "TF ";
			case [false, true]: "FT ";
			case [false, false]: "FF ";
		});
		Sys.println("");
		// switch on null string
		var ns:String = null;
		trace(switch (ns) { case null: "was null"; case s: s; });
		// labelled break emulation through function
		function search():Int {
			for (a in 0...10) for (b in 0...10) if (a * b == 42) return a * 100 + b;
			return -1;
		}
		trace(search());
	}
}
