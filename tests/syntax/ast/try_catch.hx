class Main {
	static function main() {
		try {
			f();
		} catch (e:String) {
			trace(e);
		} catch (e:haxe.Exception) {
			trace(e.message);
		} catch (e:Dynamic) {}
		try f() catch (e) trace(e);
		try {
			g();
		} catch (e:Array<Int>) {}
		var x = try parse() catch (_:Dynamic) 0;
		try {} catch ($e:String) {}
		try {
			h();
		} catch (e:Int->Void) {}
	}
}
