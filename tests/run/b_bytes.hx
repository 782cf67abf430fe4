import haxe.io.Bytes;
import haxe.io.BytesBuffer;
import haxe.io.BytesInput;
import haxe.io.BytesOutput;
import haxe.io.Encoding;

class Main {
	static function hexDump(b:Bytes):String {
		var parts = [];
		for (i in 0...b.length) parts.push(StringTools.hex(b.get(i), 2));
		return parts.join(" ");
	}

	static function main() {
		var b = Bytes.alloc(16);
		Sys.println(b.length + " " + hexDump(b.sub(0, 4)));
		b.set(0, 0x41);
		b.set(1, 300); // wraps to 44
		Sys.println(b.get(0) + " " + b.get(1));
		b.setInt32(4, 0x12345678);
		Sys.println(hexDump(b.sub(4, 4)) + " -> " + StringTools.hex(b.getInt32(4)));
		b.setUInt16(8, 0xBEEF);
		Sys.println(b.getUInt16(8) + " " + StringTools.hex(b.getUInt16(8)));
		b.setInt32(12, -2);
		Sys.println(b.getInt32(12) + " " + b.get(12) + " " + b.get(15));
		b.setFloat(0, 1.5);
		Sys.println(b.getFloat(0) + " " + hexDump(b.sub(0, 4)));
		var d = Bytes.alloc(8);
		d.setDouble(0, Math.PI);
		Sys.println(d.getDouble(0) + " " + hexDump(d));
		d.fill(0, 8, 0xAA);
		Sys.println(hexDump(d));

		var s = Bytes.ofString("Hello, World");
		Sys.println(s.length + " " + s.toString() + " " + s.getString(7, 5));
		var u = Bytes.ofString("héllo €");
		Sys.println(u.length + " " + hexDump(u));
		Sys.println(u.toString());
		Sys.println(s.toHex());
		var fromHex = Bytes.ofHex("48656c6c6f");
		Sys.println(fromHex.toString());
		var c = Bytes.alloc(5);
		c.blit(0, s, 7, 5);
		Sys.println(c.toString());
		Sys.println(s.compare(Bytes.ofString("Hello")) > 0);
		Sys.println(Bytes.ofString("abc").compare(Bytes.ofString("abd")) < 0);
		var s2 = s.sub(0, 5);
		Sys.println(s2.toString() + " " + s2.length);

		var buf = new BytesBuffer();
		buf.addByte(1);
		buf.addByte(2);
		buf.addString("AB");
		buf.addInt32(258);
		buf.addInt64(haxe.Int64.make(1, 2));
		buf.addFloat(0.25);
		buf.addDouble(-2.5);
		buf.add(Bytes.ofString("xyz"));
		Sys.println("buf len " + buf.length);
		var out = buf.getBytes();
		Sys.println(hexDump(out));

		var inp = new BytesInput(out);
		Sys.println(inp.readByte() + " " + inp.readByte() + " " + inp.readString(2));
		Sys.println(inp.readInt32());
		var lo = inp.readInt32();
		var hi = inp.readInt32();
		Sys.println(lo + " " + hi);
		Sys.println(inp.readFloat() + " " + inp.readDouble());
		Sys.println(inp.readString(3) + " pos=" + inp.position);
		try {
			inp.readByte();
		} catch (e:haxe.io.Eof) {
			Sys.println("eof reached");
		}

		var o = new BytesOutput();
		o.writeByte(255);
		o.writeInt16(-2);
		o.writeUInt16(65535);
		o.writeInt32(100000);
		o.writeString("ok");
		o.writeDouble(1e10);
		var ob = o.getBytes();
		Sys.println(ob.length + " " + hexDump(ob.sub(0, 9)));
		var i2 = new BytesInput(ob);
		i2.bigEndian = false;
		Sys.println(i2.readByte() + " " + i2.readInt16() + " " + i2.readUInt16() + " " + i2.readInt32() + " " + i2.readString(2) + " " + i2.readDouble());

		var be = new BytesOutput();
		be.bigEndian = true;
		be.writeInt32(0x01020304);
		be.writeUInt16(0x0A0B);
		Sys.println(hexDump(be.getBytes()));
		var bi = new BytesInput(Bytes.ofHex("0102030405"));
		bi.bigEndian = true;
		Sys.println(bi.readInt32() + " " + bi.readByte());

		var sum = 0;
		var data = Bytes.ofString("checksum me");
		for (i in 0...data.length) sum = (sum * 31 + data.get(i)) & 0xFFFF;
		Sys.println("checksum " + sum);
		Sys.println(haxe.crypto.Base64.encode(Bytes.ofString("Many hands make light work.")));
		Sys.println(haxe.crypto.Base64.decode("TWFu").toString());
		Sys.println(haxe.crypto.Base64.encode(Bytes.ofString("ab")) + " " + haxe.crypto.Base64.encode(Bytes.ofString("ab"), false));
	}
}
