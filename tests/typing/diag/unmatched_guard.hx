enum Light {
  On;
  Off;
}

class Main {
  static function main() {
    var l = On;
    var bright = true;
    switch (l) {
      case On if (bright): trace("bright");
      case Off: trace("off");
    }
  }
}
