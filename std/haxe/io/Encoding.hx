// haxe.io.Encoding: how strings become bytes. Real Haxe: a plain enum.
// UTF8 is the default; RawNative is the target's own string encoding, which for rayzor is UTF-16
// little-endian.

package haxe.io;

enum Encoding {
	UTF8;
	RawNative;
}
