class Range {
	var i:Int;
	var end:Int;
	public function new(a:Int, b:Int) {
		i = a;
		end = b;
	}
	public function hasNext() return i < end;
	public function next() return i++;
}
class Bag {
	public function new() {}
	public function iterator():Iterator<String> return ["x"].iterator();
}
class Main {
	static function main() {
		for (n in new Range(0, 3)) {}
		for (s in new Bag()) {}
	}
}
