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
      Evaluation.Summary all = report.summary(Evaluation.Ranker.ENGINE, null);
      Evaluation.Summary heldOut = report.summary(Evaluation.Ranker.ENGINE, true);
      report.print(new java.io.PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8), 10);
      assertTrue(all.ndcg10() >= Double.parseDouble(floor.getProperty("ndcg10.all")),
          "nDCG@10 " + all.ndcg10() + " fell below the floor " + floor.getProperty("ndcg10.all"));
      assertTrue(heldOut.ndcg10() >= Double.parseDouble(floor.getProperty("ndcg10.heldout")),
          "held-out nDCG@10 " + heldOut.ndcg10() + " fell below the floor " + floor.getProperty("ndcg10.heldout"));
      assertEquals(0.0, all.zeroResultRate(), "needs with relevant suppliers found nothing");
    }
  }
}
