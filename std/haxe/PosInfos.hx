// haxe.PosInfos: a source position; an optional `?pos:haxe.PosInfos` argument left out by the caller
// is filled in by the typer with the call site. Real Haxe: a typedef.

package haxe;

typedef PosInfos = {
	var fileName:String;
	var lineNumber:Int;
	var className:String;
	var methodName:String;
	var ?customParams:Array<Dynamic>;
}
