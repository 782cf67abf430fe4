class Counter {
	@:isVar public var count(get, set):Int = 0;
	public function new() {}
	function get_count() return count;
	function set_count(v:Int) return count = v;
}
class Main {
	static function main() {
		var c = new Counter();
		c.count++;
		var n = c.count;
	}
}
