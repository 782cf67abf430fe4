import haxe.io.BytesInput;
import haxe.io.BytesOutput;
import haxe.io.StringInput;
import haxe.io.Eof;
import haxe.crypto.Base64;
import haxe.io.Bytes;

class Main {
  static function main() {
    var o = new BytesOutput();
    o.bigEndian = true;
    o.writeInt32(7);
    o.writeUInt16(300);
    o.writeString("hey\nyou");
    o.writeFloat(1.5);
    var b = o.getBytes();
    var i = new BytesInput(b);
    i.bigEndian = true;
    trace(i.readInt32(), i.readUInt16(), i.readLine(), i.position, i.length);
    var s = new StringInput("a\nb");
    var lines = [];
    try while (true) lines.push(s.readLine()) catch (e:Eof) {}
    trace(lines);
    var enc = Base64.encode(Bytes.ofString("hello"));
    trace(enc, Base64.decode(enc).toString(), Base64.urlEncode(Bytes.ofString("?>")));
  }
}
