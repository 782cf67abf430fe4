interface IHasSize {
  var size(get, never):Int;
  var label(default, null):String;
}

class Sized implements IHasSize {
  public var size(get, never):Int;
  public var label(default, null):String = "sz";
  var data:Array<Int>;
  public function new(n:Int) data = [for (i in 0...n) i];
  function get_size() return data.length;
}

class Config {
  public static var debug(get, set):Bool;
  static var _debug = false;
  static function get_debug() return _debug;
  static function set_debug(v:Bool) return _debug = v;
  public static var version(default, never):String = "1.0";
  public var readOnly(default, null):Int = 5;
  public var writeOnly(never, set):Int;
  var stored = 0;
  function set_writeOnly(v:Int) { stored = v * 2; return v; }
  public var computed(get, null):Int;
  function get_computed() return stored + 1;
  @:isVar public var cached(get, set):String = "init";
  function get_cached() return cached;
  function set_cached(v) return cached = v + "!";
  public dynamic function hook(x:Int):Int return x;
  public function new() {}
  public function bump() { readOnly++; computed = 3; }
}

class Temp {
  public var celsius:Float;
  public var fahrenheit(get, set):Float;
  public function new(c) celsius = c;
  inline function get_fahrenheit() return celsius * 9 / 5 + 32;
  inline function set_fahrenheit(f:Float) { celsius = (f - 32) * 5 / 9; return f; }
}

class Main {
  static function main() {
    var s = new Sized(4);
    var i:IHasSize = s;
    trace(i.size, i.label);
    Config.debug = true;
    trace(Config.debug, Config.version);
    var c = new Config();
    c.writeOnly = 21;
    trace(c.computed, c.readOnly);
    c.bump();
    trace(c.readOnly);
    c.cached = "x";
    c.cached += "y";
    trace(c.cached);
    c.hook = x -> x * 100;
    trace(c.hook(2));
    var t = new Temp(100);
    trace(t.fahrenheit);
    t.fahrenheit = 32;
    t.fahrenheit += 18;
    trace(t.celsius);
    var tt = [new Temp(0), new Temp(10)];
    tt[1].fahrenheit++;
    trace(tt[1].celsius);
  }
}
