class Config {
	public static var debug(get, never):Bool;
	static function get_debug() return true;
	public static inline var LIMIT = 10;
}
class Main {
	static function main() {
		var d = Config.debug;
		var l = Config.LIMIT;
	}
}
