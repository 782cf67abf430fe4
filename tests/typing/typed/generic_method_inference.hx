class Main {
	static function first<T>(a:Array<T>):T return a[0];
	static function pair<A, B>(a:A, b:B):{a:A, b:B} return {a: a, b: b};
	static function main() {
		var x = first([1, 2, 3]);
		var y = first(["a"]);
		var p = pair(1, "one");
		var z = p.b;
	}
}
