// Maps with String and Int keys: set/get/exists/remove, missing keys, literals, iteration (printed in
// sorted order so the output does not depend on the map's internal order), key-value loops.
class Main {
	static function sortedKeys<V>(m:Map<String, V>):Array<String> {
		var ks = [for (k in m.keys()) k];
		ks.sort((a, b) -> a < b ? -1 : (a > b ? 1 : 0));
		return ks;
	}

	static function main() {
		var ages = new Map<String, Int>();
		ages.set("bob", 31);
		ages["alice"] = 28;
		ages["carol"] = 45;
		Sys.println(ages.get("bob") + " " + ages["alice"] + " " + ages.get("dave"));
		Sys.println(ages.exists("carol") + " " + ages.exists("dave"));
		ages["bob"] = 32;
		Sys.println(ages["bob"]);
		Sys.println(ages.remove("carol") + " " + ages.remove("carol") + " " + ages.exists("carol"));
		for (k in sortedKeys(ages)) Sys.println(k + " -> " + ages[k]);
		var words = "the cat and the dog and the bird".split(" ");
		var freq = new Map<String, Int>();
		for (w in words) freq[w] = (freq.exists(w) ? freq[w] : 0) + 1;
		Sys.println([for (k in sortedKeys(freq)) k + "=" + freq[k]].join(", "));
		var squares = new Map<Int, Int>();
		for (i in 1...8) squares[i] = i * i;
		var total = 0;
		for (v in squares) total += v;
		Sys.println(total);
		var ks = [for (k in squares.keys()) k];
		ks.sort((a, b) -> a - b);
		Sys.println(ks);
		var pairs = [for (k => v in squares) k * 1000 + v];
		pairs.sort((a, b) -> a - b);
		Sys.println(pairs);
		squares.remove(3);
		Sys.println(squares.exists(3) + " " + squares.get(3) + " " + squares[4]);
		var lit = [1 => "one", 2 => "two", 3 => "three"];
		Sys.println(lit[2] + " " + lit.get(9));
		var neg = new Map<Int, String>();
		neg[-5] = "minus five";
		neg[0] = "zero";
		Sys.println(neg[-5] + ", " + neg[0]);
		var count = 0;
		for (_ in ages) count++;
		Sys.println(count);
	}
}
