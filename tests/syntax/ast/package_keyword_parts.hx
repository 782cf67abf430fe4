package pack.macro.extern;

class Main {
	static var t:haxe.macro.Expr;
	static var u:pack.macro.extern.Main;
	static var v:haxe.ds.Option.Option<Int>;
}
