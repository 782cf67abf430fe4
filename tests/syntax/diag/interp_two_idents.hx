// haxe-differs: Haxe 4.2.5 silently ignores whatever follows the first expression inside ${...} (here b), so it reports nothing
class Main {
	static function main() {
		var a = 1;
		var b = 2;
		var s = '${a b}';
	}
}
