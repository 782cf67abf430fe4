class Main {
	var a:Void->Void;
	var b:Int->String->Bool;
	var c:(Int->Int)->Int;
	var d:Int->(Int->Int);
	var e:() -> Void;
	var f:(a:Int) -> Void;
	var g:(a:Int, ?b:String) -> Bool;
	var h:(Int, String) -> Void;
	var i:(Int) -> Void;
	var j:(Int) -> Int -> Void;
	var k:Int -> (a:Int) -> Void;
	var l:(?a:Int) -> Void;
	var m:(a:Int) -> ((b:Int) -> Void);
	var n:Array<Int->Void>;
	var o:Null<(x:Float) -> Float>;
	var p:(Int->Void) -> (() -> Void);
	var q:{f:Int->Int} -> Void;
	var r:Int->Void & Dynamic;
	var s:Int & Float -> Void;
	var t:(?Int) -> Void;
	var u:(Int, ?String) -> Void;
	var v:(a:Int->Void, b:{x:Int}) -> ?Int;
	var w:Int -> Int -> Int -> Int;
}
