// Sorting algorithms and searching, with generic comparators and stability checks.
class Sorts {
	public static function bubble<T>(a:Array<T>, cmp:(T, T) -> Int):Array<T> {
		var r = a.copy();
		var swapped = true;
		var n = r.length;
		while (swapped) {
			swapped = false;
			for (i in 1...n) {
				if (cmp(r[i - 1], r[i]) > 0) {
					var t = r[i];
					r[i] = r[i - 1];
					r[i - 1] = t;
					swapped = true;
				}
			}
			n--;
		}
		return r;
	}

	public static function insertion(a:Array<Int>):Array<Int> {
		var r = a.copy();
		for (i in 1...r.length) {
			var key = r[i];
			var j = i - 1;
			while (j >= 0 && r[j] > key) {
				r[j + 1] = r[j];
				j--;
			}
			r[j + 1] = key;
		}
		return r;
	}

	public static function mergeSort(a:Array<Int>):Array<Int> {
		if (a.length <= 1) return a;
		var mid = a.length >> 1;
		var l = mergeSort(a.slice(0, mid)), r = mergeSort(a.slice(mid));
		var out = [];
		var i = 0, j = 0;
		while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
		while (i < l.length) out.push(l[i++]);
		while (j < r.length) out.push(r[j++]);
		return out;
	}

	public static function quick(a:Array<Int>):Array<Int> {
		if (a.length < 2) return a;
		var pivot = a[Std.int(a.length / 2)];
		var less = a.filter(x -> x < pivot);
		var eq = a.filter(x -> x == pivot);
		var more = a.filter(x -> x > pivot);
		return quick(less).concat(eq).concat(quick(more));
	}

	public static function binarySearch(a:Array<Int>, x:Int):Int {
		var lo = 0, hi = a.length - 1;
		while (lo <= hi) {
			var mid = (lo + hi) >>> 1;
			if (a[mid] == x) return mid;
			if (a[mid] < x) lo = mid + 1 else hi = mid - 1;
		}
		return -(lo + 1);
	}
}

class Main {
	static var seed = 12345;

	static function rand(n:Int):Int {
		seed = (seed * 1103515245 + 12345) & 0x7fffffff;
		return seed % n;
	}

	static function main() {
		var data = [for (i in 0...20) rand(100)];
		trace(data);
		var expected = data.copy();
		expected.sort((a, b) -> a - b);
		trace(expected);
		var results = [
			"bubble" => Sorts.bubble(data, (a, b) -> a - b),
			"insertion" => Sorts.insertion(data),
			"merge" => Sorts.mergeSort(data),
			"quick" => Sorts.quick(data)
		];
		var names = [for (k in results.keys()) k];
		names.sort(Reflect.compare);
		for (n in names) Sys.println(n + ": " + (results[n].toString() == expected.toString() ? "ok" : "FAIL " + results[n]));
		for (x in [expected[0], expected[7], 1000, -1]) Sys.println("search " + x + " -> " + Sorts.binarySearch(expected, x));
		// stable sort by key: records with equal keys keep their order
		var recs = [for (i in 0...10) {id: i, key: rand(3)}];
		var byKey = recs.copy();
		byKey.sort((a, b) -> a.key - b.key);
		trace([for (r in byKey) r.key + ":" + r.id].join(" "));
		var bub = Sorts.bubble(recs, (a, b) -> a.key - b.key);
		trace([for (r in bub) r.key + ":" + r.id].join(" "));
		// sorting strings descending, case-insensitive
		var words = ["delta", "Alpha", "charlie", "Bravo", "echo"];
		var desc = Sorts.bubble(words, (a, b) -> Reflect.compare(b.toLowerCase(), a.toLowerCase()));
		trace(desc);
		// sort floats
		var fl = [3.25, -1.5, 2.0, 0.0, 10.125];
		fl.sort((a, b) -> a < b ? -1 : a > b ? 1 : 0);
		trace(fl);
		// sorting in place keeps references
		var arr = [5, 4, 3];
		var alias = arr;
		arr.sort((a, b) -> a - b);
		trace(alias);
		// median and stats
		var sum = 0;
		for (x in expected) sum += x;
		var mean = sum / expected.length;
		var median = (expected[9] + expected[10]) / 2;
		trace('sum=$sum mean=$mean median=$median min=${expected[0]} max=${expected[expected.length - 1]}');
		var variance = 0.0;
		for (x in expected) variance += (x - mean) * (x - mean);
		trace("stddev=" + Math.round(Math.sqrt(variance / expected.length) * 1000) / 1000);
	}
}
