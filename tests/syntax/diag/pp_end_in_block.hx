// haxe-differs: Haxe hands a stray #end to the parser, which wants } here; we report the directive itself, as the preprocessor unit tests require
class Main {
	static function main() {
		trace(1);
		#end
	}
}
