package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomDrawTest {
  private static final List<String> IDS = List.of("sup-c", "sup-a", "sup-b", "Zeta", "éclair");

  @Test
  void givesWhatAnIndependentImplementationOfTheStatedAlgorithmGives() {
    // expected values computed outside Java (Python hashlib) from the algorithm as recorded
    assertEquals("Zeta", RandomDraw.draw("0".repeat(64), IDS).chosen());
    assertEquals("éclair", RandomDraw.draw("f".repeat(64), IDS).chosen());
    assertEquals("Zeta", RandomDraw.draw("a1b2".repeat(16), IDS).chosen());
  }

  @Test
  void recordsTheIdsInUtf8ByteOrderWhateverOrderTheyCameIn() {
    RandomDraw.Result r = RandomDraw.draw("0".repeat(64), List.of("éclair", "sup-b", "Zeta", "sup-a", "sup-c"));
    assertEquals(List.of("Zeta", "sup-a", "sup-b", "sup-c", "éclair"), r.eligible());
    assertEquals("Zeta", r.chosen());
  }

  @Test
  void theSameSeedAndIdsGiveTheSameSupplier() {
    String seed = RandomDraw.seed(new SecureRandom());
    assertEquals(64, seed.length());
    assertEquals(32, HexFormat.of().parseHex(seed).length);
    assertEquals(RandomDraw.draw(seed, IDS), RandomDraw.draw(seed, IDS.reversed()));
  }

  @Test
  void everyEligibleSupplierIsEquallyLikely() {
    // 50,000 draws over 5 suppliers with seeds from a fixed generator, so the test is repeatable
    SplittableRandom seeds = new SplittableRandom(20261204L);
    List<String> eligible = RandomDraw.ordered(IDS);
    int[] counts = new int[eligible.size()];
    int draws = 50_000;
    for (int i = 0; i < draws; i++) {
      byte[] seed = new byte[32];
      seeds.nextBytes(seed);
      counts[eligible.indexOf(RandomDraw.draw(HexFormat.of().formatHex(seed), IDS).chosen())]++;
    }
    double expected = (double) draws / counts.length;
    double chiSquare = 0;
    for (int c : counts) {
      chiSquare += (c - expected) * (c - expected) / expected;
    }
    // 18.47 is the chi-square critical value for 4 degrees of freedom at p = 0.001
    assertTrue(chiSquare < 18.47, "counts " + java.util.Arrays.toString(counts) + ", chi-square " + chiSquare);
  }

  @Test
  void oneEligibleSupplierIsAlwaysChosen() {
    assertEquals("only", RandomDraw.draw("0".repeat(64), List.of("only")).chosen());
  }

  @Test
  void refusesAnEmptyListAndDuplicates() {
    assertEquals("no eligible supplier to draw from",
        assertThrows(IllegalArgumentException.class, () -> RandomDraw.draw("00", List.of())).getMessage());
    assertEquals("supplier sup-a is listed twice",
        assertThrows(IllegalArgumentException.class, () -> RandomDraw.draw("00", List.of("sup-a", "sup-b", "sup-a")))
            .getMessage());
  }

  @Test
  void indexStaysWithinRangeForSizesThatDoAndDoNotDivideTwoToThe64() {
    for (int n : new int[]{1, 2, 3, 7, 64, 1000}) {
      for (int s = 0; s < 50; s++) {
        int i = RandomDraw.index("seed-" + s, n);
        assertTrue(i >= 0 && i < n, n + " -> " + i);
      }
    }
  }
}
