enum Command {
  Go(dir:String);
  Take(item:String);
  Look;
  Inventory;
  Quit;
  Unknown(raw:String);
}

class Room {
  public final name:String;
  public final desc:String;
  public var exits(default, null):Map<String, Room> = new Map();
  public var items:Array<String>;
  public function new(name, desc, ?items:Array<String>) {
    this.name = name;
    this.desc = desc;
    this.items = items != null ? items : [];
  }
  public function connect(dir:String, other:Room, ?back:String):Room {
    exits[dir] = other;
    if (back != null) other.exits[back] = this;
    return this;
  }
}

class Player {
  public var room:Room;
  public var bag(default, null) = new Array<String>();
  public var moves = 0;
  public function new(start:Room) room = start;
}

class Game {
  static final OPPOSITE = ["north" => "south", "south" => "north", "east" => "west", "west" => "east"];
  static var parsers:Array<{prefix:String, make:String->Command}> = [
    {prefix: "go ", make: s -> Go(s)},
    {prefix: "take ", make: s -> Take(s)},
  ];
  final player:Player;
  public var over(default, null) = false;
  public function new() {
    var hall = new Room("Hall", "A long hall.", ["lamp"]);
    var kitchen = new Room("Kitchen", "Smells of bread.", ["knife", "bread"]);
    var garden = new Room("Garden", "Flowers everywhere.");
    hall.connect("north", kitchen, OPPOSITE["north"]).connect("east", garden, OPPOSITE.get("east"));
    player = new Player(hall);
  }
  public static function parse(line:String):Command {
    line = StringTools.trim(line.toLowerCase());
    for (p in parsers) if (StringTools.startsWith(line, p.prefix)) return p.make(line.substr(p.prefix.length));
    return switch line {
      case "look" | "l": Look;
      case "i" | "inventory": Inventory;
      case "quit": Quit;
      case other: Unknown(other);
    }
  }
  public function exec(c:Command):String {
    player.moves++;
    return switch c {
      case Go(dir):
        var next = player.room.exits.get(dir);
        if (next == null) "You can't go $dir." else {
          player.room = next;
          'You enter the ${next.name}.';
        }
      case Take(item) if (player.room.items.remove(item)):
        player.bag.push(item);
        'Taken: $item';
      case Take(item): 'No $item here.';
      case Look:
        var r = player.room;
        '${r.name}: ${r.desc} Items: ${r.items.join(", ")}. Exits: ${[for (k in r.exits.keys()) k].join(", ")}';
      case Inventory: player.bag.length == 0 ? "Empty." : player.bag.join(", ");
      case Quit: over = true; "Bye.";
      case Unknown(raw): 'Unknown command "$raw"';
    }
  }
}

class Main {
  static function main() {
    var g = new Game();
    for (line in ["look", "take lamp", "take sword", "go north", "take bread", "i", "go up", "dance", "quit"]) {
      trace(g.exec(Game.parse(line)));
      if (g.over) break;
    }
  }
}
