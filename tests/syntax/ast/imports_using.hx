import haxe.ds.StringMap;
import haxe.ds.*;
import haxe.macro.Expr;
import haxe.macro.Expr.ExprDef;
import haxe.io.Bytes as B;
import haxe.io.Path in P;
import Math.abs;
import Math.*;
import haxe.macro.Expr.Binop.OpAdd;
using StringTools;
using Lambda;
using haxe.macro.ExprTools;

class Main {
	static function main() {
		import_is_not_a_keyword_here();
	}
}
