package my.pack;

import haxe.ds.Option;

class Main {}
