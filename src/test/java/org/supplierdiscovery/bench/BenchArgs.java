package org.supplierdiscovery.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --key value} arguments of the benchmark drivers, with defaults. */
final class BenchArgs {
  private final Map<String, String> values = new LinkedHashMap<>();

  BenchArgs(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --key value pairs, got " + Arrays.toString(args));
      }
      values.put(args[i].substring(2), args[++i]);
    }
  }

  String string(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  String required(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + key);
    }
    return v;
  }

  Path path(String key, String fallback) {
    return Path.of(string(key, fallback));
  }

  long longValue(String key, long fallback) {
    return values.containsKey(key) ? Long.parseLong(values.get(key)) : fallback;
  }

  double doubleValue(String key, double fallback) {
    return values.containsKey(key) ? Double.parseDouble(values.get(key)) : fallback;
  }

  List<Integer> ints(String key, String fallback) {
    return Arrays.stream(string(key, fallback).split(",")).map(String::strip).map(Integer::parseInt).toList();
  }
}
