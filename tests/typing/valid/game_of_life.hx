class Life {
  public final w:Int;
  public final h:Int;
  var cells:haxe.ds.Vector<Bool>;
  public function new(w:Int, h:Int) {
    this.w = w;
    this.h = h;
    cells = new haxe.ds.Vector(w * h);
    for (i in 0...cells.length) cells[i] = false;
  }
  public inline function get(x:Int, y:Int):Bool {
    x = (x + w) % w; y = (y + h) % h;
    return cells[y * w + x];
  }
  public function set(x:Int, y:Int, v:Bool) cells[y * w + x] = v;
  function neighbours(x:Int, y:Int):Int {
    var n = 0;
    for (dy in -1...2) for (dx in -1...2) if ((dx != 0 || dy != 0) && get(x + dx, y + dy)) n++;
    return n;
  }
  public function step():Life {
    var next = new Life(w, h);
    for (y in 0...h) for (x in 0...w) {
      var n = neighbours(x, y);
      next.set(x, y, if (get(x, y)) n == 2 || n == 3 else n == 3);
    }
    return next;
  }
  public function toString():String {
    var b = new StringBuf();
    for (y in 0...h) {
      for (x in 0...w) b.add(get(x, y) ? "#" : ".");
      b.add("\n");
    }
    return b.toString();
  }
}

class Main {
  static function main() {
    var l = new Life(6, 6);
    for (p in [[1, 0], [2, 1], [0, 2], [1, 2], [2, 2]]) l.set(p[0], p[1], true);
    for (_ in 0...4) l = l.step();
    Sys.print(l.toString());
    var alive = 0;
    for (y in 0...l.h) for (x in 0...l.w) if (l.get(x, y)) alive++;
    trace(alive);
  }
}
