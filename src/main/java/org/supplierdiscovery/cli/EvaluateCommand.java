package org.supplierdiscovery.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.supplierdiscovery.config.ConfigLoader;
import org.supplierdiscovery.config.IndexConfig;
import org.supplierdiscovery.eval.Evaluation;
import org.supplierdiscovery.eval.EvaluationReport;
import org.supplierdiscovery.eval.JudgedNeed;
import org.supplierdiscovery.eval.JudgedNeeds;
import org.supplierdiscovery.index.CatalogueIndex;
import org.supplierdiscovery.index.CatalogueWriter;
import org.supplierdiscovery.ingest.CatalogueLoader;
import org.supplierdiscovery.ingest.CatalogueReader;
import org.supplierdiscovery.ingest.SupplierValidator;
import org.supplierdiscovery.search.Baseline;
import org.supplierdiscovery.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evaluate}: relevance of the engine and two baselines on the judged needs. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Measure relevance on the judged buyer needs (nDCG@10, MRR, recall@50, zero-result rate).")
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--needs", paramLabel = "FILE", description = "Judged needs (default: ${DEFAULT-VALUE}).")
  Path needs = EngineOptions.HOME.resolve("eval/needs.jsonl");

  @Option(names = "--data", paramLabel = "FILE", description = "Catalogue the needs were judged on (default: ${DEFAULT-VALUE}).")
  Path data = EngineOptions.HOME.resolve("sample-data/suppliers.jsonl");

  @Option(names = "--config", paramLabel = "DIR", description = "Configuration directory (default: ${DEFAULT-VALUE}).")
  Path config = EngineOptions.HOME.resolve("index-config");

  @Option(names = "--worst", description = "How many of the worst needs to list (default: ${DEFAULT-VALUE}).")
  int worst = 15;

  @Option(names = "--trec", paramLabel = "DIR", description = "Also write qrels and runs in trec_eval format here.")
  Path trec;

  @Override
  public Integer call() throws IOException {
    for (Path p : List.of(needs, data)) {
      if (!Files.isRegularFile(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    IndexConfig cfg = new ConfigLoader().load(config);
    List<JudgedNeed> judged = JudgedNeeds.read(needs);
    // the judged catalogue is loaded into memory: the index directory of a running server is not touched
    try (CatalogueWriter writer = new CatalogueWriter(new ByteBuffersDirectory(), cfg, Clock.systemUTC())) {
      new CatalogueLoader(new CatalogueReader(new SupplierValidator(cfg.taxonomy())), writer).load(data, n -> {});
      CatalogueIndex index = writer.index();
      EvaluationReport report = new EvaluationReport(
          new Evaluation(new SearchService(index, cfg), new Baseline(index, cfg)).run(judged));
      report.print(spec.commandLine().getOut(), worst);
      if (trec != null) {
        report.writeTrec(trec);
        spec.commandLine().getOut().println("TREC qrels and runs written to " + trec);
      }
    }
    return 0;
  }
}
