// An object literal stored in a variable keeps its literal structure: it flows into narrower
// structures (extra fields are only an error where a literal meets a structure directly), and
// literals with the same fields still find their fields' common types.
typedef HasX = {var x:Float;};
class Main {
  static function getX(o:HasX) return o.x;
  static function main() {
    var pt = {x: 1.0, y: 2.0, label: "p"};
    var hx:HasX = pt;
    trace(hx.x, getX(pt));
    var a = {x: 1};
    var b = {x: 1.5};
    var arr = [a, b];
    trace(arr[0].x + 0.5);
    var copy = pt;
    var h2:HasX = copy;
    trace(h2.x);
  }
}
