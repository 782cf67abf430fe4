class Box<T> {
	public var value:T;
	public function new(v:T) value = v;
	public function map<U>(f:T->U):Box<U> return new Box(f(value));
}
class Main {
	static function main() {
		var b = new Box(1);
		var s = b.map(i -> "#" + i);
		var v = s.value;
	}
}
