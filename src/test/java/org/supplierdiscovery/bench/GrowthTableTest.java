package org.supplierdiscovery.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowthTableTest {
  @TempDir
  Path dir;

  private static List<Double> all(double v) {
    return Collections.nCopies(GrowthTable.COLUMNS.size(), v);
  }

  @Test
  void projectsEachColumnByAPowerLawThroughTheTwoLargestSizesOfTheNewestCommit() throws Exception {
    GrowthTable t = new GrowthTable();
    t.add(new GrowthTable.Row(10_000, "old", all(1)));
    t.add(new GrowthTable.Row(100_000, "new", all(10)));
    t.add(new GrowthTable.Row(1_000_000, "new", all(40)));

    GrowthTable.Row p = t.projection();

    // 10× the suppliers cost 4× from 100k to 1M, so 10M costs 4 × 40
    assertEquals(10_000_000, p.size());
    assertEquals(160, p.value(0), 1e-9);
    assertEquals("projected from 100,000 and 1,000,000 at new", p.commit());
    assertTrue(t.markdown().contains("| *10,000,000* | projected from 100,000 and 1,000,000 at new | 160 |"),
        t.markdown());
  }

  @Test
  void noProjectionWithoutTwoSizesOfOneCommitAndRowsSurviveAWriteAndARead() throws Exception {
    GrowthTable t = new GrowthTable();
    t.add(new GrowthTable.Row(100_000, "a", all(10)));
    t.add(new GrowthTable.Row(1_000_000, "b", all(40)));
    assertNull(t.projection());

    Path file = dir.resolve("growth.tsv");
    t.write(file);
    GrowthTable again = GrowthTable.read(file);
    assertEquals(t.markdown(), again.markdown());

    again.add(new GrowthTable.Row(100_000, "b", all(20)));
    assertEquals("projected from 100,000 and 1,000,000 at b", again.projection().commit());
  }
}
