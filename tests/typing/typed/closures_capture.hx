class Main {
	static function counter() {
		var n = 0;
		return () -> ++n;
	}
	static function main() {
		var c = counter();
		var x = c();
		var fns = [for (i in 0...3) () -> i];
		var total = 0;
		function add(k:Int) total += k;
		add(2);
	}
}
