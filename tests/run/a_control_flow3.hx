class Main {
	static function grade(s:Int):String {
		if (s >= 90) return "A";
		else if (s >= 80) return "B";
		else if (s >= 70) return "C";
		return "F";
	}
	static function main() {
		var scores = [95, 83, 71, 50, 100, 89];
		var hist = new Map<String, Int>();
		for (s in scores) {
			var g = grade(s);
			hist[g] = (hist[g] == null ? 0 : hist[g]) + 1;
		}
		for (g in ["A", "B", "C", "F"]) Sys.println(g + ": " + (hist.exists(g) ? StringTools.lpad("", "*", hist[g]) : ""));
		var i = 10;
		var log = [];
		while (i > 0) {
			i -= 3;
			if (i == 4) continue;
			log.push(i);
		}
		trace(log);
		var found = -1;
		for (idx in 0...scores.length) {
			if (scores[idx] < 60) {
				found = idx;
				break;
			}
		}
		trace(found);
		var sum = 0;
		for (a in 0...5) for (b in a...5) sum += a * b;
		trace(sum);
		var k = 0;
		do k += 2 while (k < 7);
		trace(k);
		var x = 15;
		var kind = if (x % 15 == 0) "fizzbuzz" else if (x % 5 == 0) "buzz" else "none";
		trace(kind);
		var r = [for (n in 1...30) if (n % 7 == 0) n else continue];
		trace(r);
		var total = 0;
		for (n in [1, 2, 3, 4, 5, 6]) {
			total += switch n {
				case 1, 2: 1;
				case 3 | 4: 10;
				case _: 100;
			};
		}
		trace(total);
		var q = 3;
		var w = q > 2 && q < 5 || q == 10;
		trace(w + " " + !w + " " + (q != 3));
		var bits = [for (b in 0...8) (0xA5 >> (7 - b)) & 1].join("");
		trace(bits);
		var n = 0;
		var steps = 0;
		while (n < 100) { n = n * 2 + 1; steps++; }
		trace(n + " in " + steps);
		var labels = [];
		for (y in 0...3) {
			var inner = 0;
			while (true) {
				inner++;
				if (inner > y) break;
			}
			labels.push(inner);
		}
		trace(labels);
		var nested = switch [1, "a"] {
			case [1, "b"]: "1b";
			case [1, s]: "1 and " + s;
			case _: "?";
		};
		trace(nested);
		var v:Null<Int> = null;
		if (v == null) trace("v null");
		v = 0;
		if (v != null) trace("v set " + v);
		var s:String = null;
		trace(s == null ? "s null" : s);
		trace((s != null && s.length > 0) ? "nonempty" : "empty-or-null");
	}
}
