import haxe.ds.Option;
class Main {
	static function get(o:Option<String>):String {
		return switch (o) {
			case Some(v): v;
			case None: "none";
		}
	}
	static function main() {
		var s = get(Some("x"));
		var m = Some(3).match(Some(_));
	}
}
