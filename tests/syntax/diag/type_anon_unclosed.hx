class Main {
	static function main() {
		var o:{x:Int = null;
	}
}
