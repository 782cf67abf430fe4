enum Result<T, E> {
	Ok(v:T);
	Err(e:E);
}
class Main {
	static function parse(s:String):Result<Int, String> {
		var n = Std.parseInt(s);
		return n == null ? Err("bad") : Ok(n);
	}
	static function main() {
		var r = parse("12");
		var v = switch (r) {
			case Ok(n): n;
			case Err(_): -1;
		}
	}
}
