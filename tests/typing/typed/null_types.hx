class Main {
	static function main() {
		var n:Null<Int> = null;
		n = 5;
		var i:Int = n;
		var m = [1 => "a"];
		var v = m.get(1);
		var ok = v != null;
	}
}
