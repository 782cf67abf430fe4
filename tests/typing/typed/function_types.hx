class Main {
	static function apply(f:Int->Int, x:Int) return f(x);
	static function compose<A, B, C>(f:B->C, g:A->B):A->C return x -> f(g(x));
	static function main() {
		var inc = (x:Int) -> x + 1;
		var r = apply(inc, 1);
		var h = compose((s:String) -> s.length, (i:Int) -> "" + i);
		var n = h(123);
		var cb:(String, Int) -> Bool = (s, i) -> s.length == i;
	}
}
