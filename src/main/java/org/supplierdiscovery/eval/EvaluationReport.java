package org.supplierdiscovery.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.supplierdiscovery.eval.Evaluation.Run;
import org.supplierdiscovery.eval.Evaluation.Summary;

/** Prints the comparison table, the worst needs, and writes TREC-format qrels and runs. */
public final class EvaluationReport {
  private final List<Run> runs;

  public EvaluationReport(List<Run> runs) {
    this.runs = List.copyOf(runs);
  }

  /**
   * One system's mean metrics over one style of need (in buyers' own words or not), held out, tuning or both
   * ({@code heldOut} null). The two styles are never averaged together, so adding needs of one leaves the other's
   * figures as they were.
   */
  public Summary summary(Evaluation.Ranker system, boolean buyersWords, Boolean heldOut) {
    return Summary.of(
        runs.stream()
            .filter(r -> r.system() == system && r.need().inBuyersWords() == buyersWords)
            .filter(r -> heldOut == null || r.need().heldOut() == heldOut)
            .toList());
  }

  public void print(PrintWriter out, int worst) {
    for (boolean buyersWords : new boolean[]{false, true}) {
      out.printf("%-26s %6s %8s %6s %10s %12s%n", buyersWords ? "Needs in buyers' own words" : "Needs",
          "needs", "nDCG@10", "MRR", "Recall@50", "zero-result");
      for (Boolean part : new Boolean[]{Boolean.TRUE, Boolean.FALSE, null}) {
        out.println(part == null ? "all" : part ? "held-out" : "tuning");
        for (Evaluation.Ranker s : Evaluation.Ranker.values()) {
          Summary m = summary(s, buyersWords, part);
          out.printf("  %-24s %6d %8.3f %6.3f %10.3f %12.3f%n", s.label, m.needs(), m.ndcg10(), m.mrr(),
              m.recall50(), m.zeroResultRate());
        }
      }
      out.println();
    }
    out.printf("Worst needs for the engine (nDCG@10; grade-3 suppliers missing from the top 10):%n");
    Map<String, Double> bm25 = new TreeMap<>();
    runs.stream().filter(r -> r.system() == Evaluation.Ranker.PLAIN_BM25)
        .forEach(r -> bm25.put(r.need().id(), r.ndcg10()));
    List<Run> engine = new ArrayList<>(runs.stream().filter(r -> r.system() == Evaluation.Ranker.ENGINE).toList());
    engine.sort(Comparator.comparingDouble(Run::ndcg10));
    out.printf("%-6s %-15s %7s %7s  %-50s %s%n", "need", "split", "engine", "BM25", "text", "missing grade 3");
    for (Run r : engine.subList(0, Math.min(worst, engine.size()))) {
      out.printf("%-6s %-15s %7.3f %7.3f  %-50s %s%n", r.need().id(),
          (r.need().inBuyersWords() ? "buyers/" : "") + r.need().split(), r.ndcg10(),
          bm25.get(r.need().id()),
          cut(r.need().need() + (r.need().filters().isEmpty() ? "" : " " + r.need().filters()), 50),
          String.join(", ", r.missingBest()));
    }
    out.flush();
  }

  /** Writes qrels and one run file per system in the format trec_eval reads. */
  public void writeTrec(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> qrels = new ArrayList<>();
    runs.stream()
        .filter(r -> r.system() == Evaluation.Ranker.ENGINE)
        .forEach(r -> new TreeMap<>(r.need().judgments())
            .forEach((id, g) -> qrels.add(r.need().id() + " 0 " + id + " " + g)));
    Files.write(dir.resolve("qrels.txt"), qrels);
    for (Evaluation.Ranker s : Evaluation.Ranker.values()) {
      List<String> lines = new ArrayList<>();
      String tag = s.name().toLowerCase(java.util.Locale.ROOT);
      for (Run r : runs.stream().filter(x -> x.system() == s).toList()) {
        for (int i = 0; i < r.ranked().size(); i++) {
          lines.add(
              r.need().id() + " Q0 " + r.ranked().get(i) + " " + (i + 1) + " " + (r.ranked().size() - i) + " " + tag);
        }
      }
      Files.write(dir.resolve("run." + tag + ".txt"), lines);
    }
  }

  private static String cut(String s, int w) {
    return s.length() <= w ? s : s.substring(0, w - 1) + "…";
  }
}
