typedef Opts = {?width:Int, ?height:Int, ?title:String, ?visible:Bool, ?onClose:() -> Void};

enum Dir { Up; Down; }

class Window {
  public var w:Int;
  public var h:Int;
  public var title:Null<String>;
  static inline var DEFAULT_W = 640;
  public function new(?opts:Opts) {
    if (opts == null) opts = {};
    w = opts.width != null ? opts.width : DEFAULT_W;
    h = opts.height == null ? 480 : opts.height;
    title = opts.title;
    if (opts.visible == true) trace("visible");
    if (opts.onClose != null) opts.onClose();
  }
  public function area(?scale:Float = 1.0):Float return w * h * scale;
}

class Main {
  static function len(?s:String):Int return s == null ? 0 : s.length;
  static function add(a:Int, ?b:Int):Int return b == null ? a : a + b;
  static function getDir(up:Bool):Null<Dir> return up ? Up : null;
  static function orElse<T>(v:Null<T>, d:T):T return v != null ? v : d;
  static function main() {
    var w = new Window({width: 100, title: "t", visible: true, onClose: () -> trace("closed")});
    trace(w.w, w.h, w.title, w.area(), w.area(2));
    var w2 = new Window();
    trace(w2.w, w2.title == null);
    trace(len(), len("abc"), add(1), add(1, 2));
    var d = getDir(false);
    trace(d == null, getDir(true) == Up);
    if (d != null) switch d { case Up: trace("u"); case Down: trace("d"); }
    trace(orElse(null, 5), orElse("x", "y"));
    var arr:Array<Null<Int>> = [1, null, 3];
    var s = 0;
    for (x in arr) if (x != null) s += x;
    trace(s);
    var m = new Map<String, Int>();
    var v = m.get("missing");
    trace(v == null ? -1 : v);
    var nb:Null<Bool> = null;
    trace(nb == true, nb != false);
    var ni:Null<Int> = 5;
    ni += 1;
    ni++;
    var f:Float = ni;
    trace(ni, f);
    var str:Null<String> = "abc";
    trace(str.length, str.charAt(0));
    var nn = [null, "a"];
    trace(nn.length);
  }
}
