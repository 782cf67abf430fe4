class Container<T> {
	var items:Array<T> = [];
	public function new() {}
	public function add(x:T):Container<T> { items.push(x); return this; }
	public function all():Array<T> return items.copy();
	public function count() return items.length;
}
class SortedContainer<T> extends Container<T> {
	var cmp:(T, T) -> Int;
	public function new(cmp) { super(); this.cmp = cmp; }
	override public function add(x:T):Container<T> {
		var i = 0;
		while (i < items.length && cmp(items[i], x) <= 0) i++;
		items.insert(i, x);
		return this;
	}
}
class NamedBox<T> extends Container<T> {
	public var name:String;
	public function new(n) { super(); name = n; }
	public function describe() return name + items;
}
interface Mapper<A, B> { function apply(a:A):B; }
class Len implements Mapper<String, Int> { public function new() {} public function apply(s:String) return s.length; }
class Twice<A> implements Mapper<A, Array<A>> { public function new() {} public function apply(a:A) return [a, a]; }
enum Result<T, E> { Ok(v:T); Err(e:E); }
class Main {
	static function mapAll<A, B>(xs:Array<A>, m:Mapper<A, B>):Array<B> return [for (x in xs) m.apply(x)];
	static function tryParse(s:String):Result<Int, String> {
		var v = Std.parseInt(s);
		return v == null ? Err("bad: " + s) : Ok(v);
	}
	static function collect<T, E>(rs:Array<Result<T, E>>):Result<Array<T>, Array<E>> {
		var oks = [], errs = [];
		for (r in rs) switch r { case Ok(v): oks.push(v); case Err(e): errs.push(e); }
		return errs.length > 0 ? Err(errs) : Ok(oks);
	}
	static function mapResult<T, U, E>(r:Result<T, E>, f:T -> U):Result<U, E> return switch r { case Ok(v): Ok(f(v)); case Err(e): Err(e); };
	static function main() {
		var sc = new SortedContainer<Int>((a, b) -> a - b);
		sc.add(5).add(1).add(3).add(1);
		trace(sc.all() + " " + sc.count());
		var ss = new SortedContainer<String>(Reflect.compare);
		for (w in "pear apple fig".split(" ")) ss.add(w);
		trace(ss.all());
		var c:Container<Int> = sc;
		c.add(2);
		trace(c.all());
		var nb = new NamedBox<Float>("floats");
		nb.add(1.5).add(2);
		trace(nb.describe());
		trace(mapAll(["a", "bcd", ""], new Len()));
		trace(mapAll([1, 2], new Twice<Int>()));
		trace(mapAll(["x"], new Twice()));
		trace([for (s in ["1", "x", "3"]) tryParse(s)]);
		trace(collect([tryParse("1"), tryParse("2")]));
		trace(collect([tryParse("1"), tryParse("y"), tryParse("z")]));
		trace(mapResult(tryParse("21"), x -> x * 2));
		trace(mapResult(tryParse("q"), x -> x * 2));
		trace(mapResult(Ok("s"), s -> s.length));
	}
}
