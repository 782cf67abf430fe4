class Main {
	static function main() {
		var a = (x : Int);
		var b = (x : Array<String>);
		var c = (x + 1 : Float);
		var d = (x : Int).field;
		var e = ((x : Int) : Float);
		var f = f((x : Dynamic));
		var g = (null : Null<Int>);
		var h = ([] : Array<Int>);
		var i = ({} : {x:Int});
		var j = (function() {} : Void->Void);
		var k = (x : Int) + 1;
		var l = (a = b : Int);
		var m = (x ? 1 : 2 : Int);
	}
}
