import haxe.ds.StringMap

class Main {
	static function main() {
	}
}
