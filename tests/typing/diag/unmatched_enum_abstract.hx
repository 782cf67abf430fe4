enum abstract Dir(Int) {
  var North;
  var South;
  var East;
  var West;
}

class Main {
  static function main() {
    var d:Dir = North;
    switch (d) {
      case North | South: trace("vertical");
    }
  }
}
