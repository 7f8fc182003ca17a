package org.supplierdiscovery.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.search.Baseline;

/**
 * The CI guard on ranking: nDCG@10 over the judged needs must not fall below the committed floor
 * (eval/floor.properties), and no need with relevant suppliers may find nothing.
 */
class RelevanceGuardTest {
  @Test
  void rankingStaysAboveTheCommittedFloor() throws Exception {
    Properties floor = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of("eval/floor.properties"))) {
      floor.load(in);
    }
    List<JudgedNeed> needs = JudgedNeeds.read(Path.of("eval/needs.jsonl"));
    try (TestCatalogue sample = TestCatalogue.load(TestCatalogue.SAMPLE)) {
      EvaluationReport report = new EvaluationReport(
          new Evaluation(sample.search, new Baseline(sample.index, TestCatalogue.config())).run(needs));
      report.print(new java.io.PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8), 10);
      assertAboveFloor(report.summary(Evaluation.Ranker.ENGINE, false, null), floor, "ndcg10.all");
      assertAboveFloor(report.summary(Evaluation.Ranker.ENGINE, false, true), floor, "ndcg10.heldout");
      assertAboveFloor(report.summary(Evaluation.Ranker.ENGINE, true, null), floor, "ndcg10.buyers.all");
      assertAboveFloor(report.summary(Evaluation.Ranker.ENGINE, true, true), floor, "ndcg10.buyers.heldout");
      assertEquals(0.0, report.summary(Evaluation.Ranker.ENGINE, false, null).zeroResultRate(),
          "needs with relevant suppliers found nothing");
      assertEquals(0.0, report.summary(Evaluation.Ranker.ENGINE, true, null).zeroResultRate(),
          "needs in buyers' words with relevant suppliers found nothing");
    }
  }

  private static void assertAboveFloor(Evaluation.Summary measured, Properties floor, String key) {
    double min = Double.parseDouble(floor.getProperty(key));
    assertTrue(measured.needs() > 0, key + ": no needs measured");
    assertTrue(measured.ndcg10() >= min, key + ": nDCG@10 " + measured.ndcg10() + " fell below the floor " + min);
  }
}
