enum E { A; B(x:Int); }
class Main { static function main() {
  var v = B(1);
  var ok = v == A || B(2) != null;
  trace(v == B(1));
} }
