class Main {
	static function main() {
		var m = new haxe.ds.StringMap<Int>;
	}
}
