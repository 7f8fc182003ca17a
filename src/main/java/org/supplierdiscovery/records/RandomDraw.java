package org.supplierdiscovery.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A draw of one supplier at random that anyone can re-run from what it records. The eligible ids are
 * put in a stated order (ascending by their UTF-8 bytes, duplicates refused); for k = 0, 1, … the
 * draw hashes {@code seed + ":" + k} with SHA-256 and reads the first 8 bytes as an unsigned 64-bit
 * number x; the first x below the largest multiple of n under 2^64 picks index {@code x mod n}
 * (rejection sampling, so every one of n ids is equally likely).
 */
public final class RandomDraw {
  /** The name recorded with each draw, so a later reader knows how to re-run it. */
  public static final String ALGORITHM = "sha256-counter-rejection-v1";

  /** The algorithm in words, recorded beside its name. */
  public static final String DESCRIPTION = "ids sorted by UTF-8 bytes; x = first 8 bytes of SHA-256(seed + ':' + k),"
      + " k = 0, 1, ... as decimal, read as unsigned; first x < floor(2^64 / n) * n picks ids[x mod n]";

  private static final Comparator<String> UTF8_ORDER = (a, b) -> Arrays.compareUnsigned(
      a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  /** What a draw used and gave: enough to re-run it. */
  public record Result(String seed, List<String> eligible, String chosen) {
    public Result {
      Objects.requireNonNull(seed, "seed");
      eligible = List.copyOf(eligible);
      Objects.requireNonNull(chosen, "chosen");
    }
  }

  private RandomDraw() {}

  /** A fresh 256-bit seed from {@code random}, as 64 lower-case hex digits. */
  public static String seed(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Draws one of {@code ids} with {@code seed}; the same seed and ids give the same supplier. */
  public static Result draw(String seed, List<String> ids) {
    List<String> eligible = ordered(ids);
    if (eligible.isEmpty()) {
      throw new IllegalArgumentException("no eligible supplier to draw from");
    }
    return new Result(seed, eligible, eligible.get(index(seed, eligible.size())));
  }

  /** The ids in the draw's order; refuses duplicates, which would weigh one supplier twice. */
  public static List<String> ordered(List<String> ids) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(UTF8_ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).equals(sorted.get(i - 1))) {
        throw new IllegalArgumentException("supplier " + sorted.get(i) + " is listed twice");
      }
    }
    return List.copyOf(sorted);
  }

  static int index(String seed, int n) {
    // 2^64 mod n, computed without overflow: the values x below 2^64 - that remainder are accepted
    long rejectFrom = -Long.remainderUnsigned(-1L, n) - 1; // 2^64 - ((2^64 - 1) mod n + 1) as unsigned
    boolean acceptAll = Long.remainderUnsigned(-1L, n) == n - 1; // n divides 2^64
    MessageDigest sha = sha256();
    for (long k = 0;; k++) {
      byte[] h = sha.digest((seed + ":" + k).getBytes(StandardCharsets.UTF_8));
      long x = 0;
      for (int i = 0; i < 8; i++) {
        x = (x << 8) | (h[i] & 0xFF);
      }
      if (acceptAll || Long.compareUnsigned(x, rejectFrom) < 0) {
        return (int) Long.remainderUnsigned(x, n);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
