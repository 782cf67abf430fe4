// haxe.crypto.Base64: Base64 text of bytes and back (RFC 4648, standard and URL-safe alphabets).
// Real Haxe: the whole class, 6-bit groups over Bytes; `complement` adds (or expects) `=` padding.

package haxe.crypto;

import haxe.io.Bytes;

class Base64 {
	public static var CHARS(default, null) = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	public static var BYTES(default, null) = Bytes.ofString(CHARS);
	public static var URL_CHARS(default, null) = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
	public static var URL_BYTES(default, null) = Bytes.ofString(URL_CHARS);

	public static function encode(bytes:Bytes, complement = true):String {
		return encodeWith(bytes, CHARS, complement);
	}

	public static function decode(str:String, complement = true):Bytes {
		return decodeWith(str, CHARS, complement);
	}

	public static function urlEncode(bytes:Bytes, complement = false):String {
		return encodeWith(bytes, URL_CHARS, complement);
	}

	public static function urlDecode(str:String, complement = false):Bytes {
		return decodeWith(str, URL_CHARS, complement);
	}

	static function encodeWith(bytes:Bytes, chars:String, complement:Bool):String {
		var out = new StringBuf();
		var i = 0;
		var n = bytes.length;
		while (i + 2 < n) {
			var v = (bytes.get(i) << 16) | (bytes.get(i + 1) << 8) | bytes.get(i + 2);
			out.add(chars.charAt(v >> 18));
			out.add(chars.charAt((v >> 12) & 63));
			out.add(chars.charAt((v >> 6) & 63));
			out.add(chars.charAt(v & 63));
			i += 3;
		}
		var rest = n - i;
		if (rest > 0) {
			var v = bytes.get(i) << 16;
			if (rest == 2)
				v |= bytes.get(i + 1) << 8;
			out.add(chars.charAt(v >> 18));
			out.add(chars.charAt((v >> 12) & 63));
			if (rest == 2)
				out.add(chars.charAt((v >> 6) & 63));
			if (complement)
				out.add(rest == 1 ? "==" : "=");
		}
		return out.toString();
	}

	static function decodeWith(str:String, chars:String, complement:Bool):Bytes {
		if (complement)
			while (StringTools.endsWith(str, "="))
				str = str.substr(0, str.length - 1);
		var n = str.length;
		if (n % 4 == 1)
			throw "Invalid Base64 length";
		var out = Bytes.alloc(Std.int(n * 3 / 4));
		var o = 0;
		var acc = 0;
		var bits = 0;
		for (i in 0...n) {
			var d = chars.indexOf(str.charAt(i));
			if (d < 0)
				throw "BaseCode : invalid encoded char";
			acc = (acc << 6) | d;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				out.set(o++, (acc >> bits) & 0xFF);
			}
		}
		return out;
	}
}
