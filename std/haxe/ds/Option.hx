// haxe.ds.Option: an optional value. Real Haxe: a plain enum.

package haxe.ds;

enum Option<T> {
	Some(v:T);
	None;
}
