package org.supplierdiscovery.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicaReportTest {
  @TempDir
  Path dir;

  @Test
  void writesLagAndReadsWithOneAndTwoReplicasIntoTheirOwnSectionAndLeavesTheOthers() throws Exception {
    Path work = Files.createDirectories(dir.resolve("replicas-10000"));
    Files.writeString(work.resolve("run.properties"), """
        size=10000
        date=2026-12-04 23:40 UTC
        machine=2 cores (test), 24 GiB
        versions=JDK 25
        build=commit abc1234
        heap=1g
        poll_interval=1s
        fixed_fraction=0.6
        http_duration=15
        http_warmup=5
        """);
    Files.writeString(work.resolve("replicas.json"), """
        {"lag":{"writes":2,"errors":0,"pollIntervalMs":1000,
          "ack":{"count":2,"p50":20.5,"p99":30.25,"max":30.25},
          "all":{"count":4,"p50":500.0,"p99":1020.0,"max":1020.0},
          "replica1":{"count":2,"p50":480.0,"p99":990.0,"max":990.0},
          "replica2":{"count":2,"p50":510.0,"p99":1020.0,"max":1020.0}},
         "reads":{"8":{"peak":{"one":{"throughput":200.0,"errors":0},"two":{"throughput":180.0,"errors":1}},
          "fixed":{"rate":108.0,"one":{"p50":4.5,"p99":30.0,"errors":0},"two":{"p50":5.0,"p99":35.5,"errors":0}}}}}
        """);
    Path out = dir.resolve("RESULTS.md");
    Files.writeString(out, ReportText.HEADER + "<!-- size:10000 -->\nkept\n<!-- /size:10000 -->\n");

    ReplicaReport.main(new String[]{"--work", work.toString(), "--out", out.toString()});

    String md = Files.readString(out);
    assertTrue(md.contains("<!-- size:10000 -->\nkept\n<!-- /size:10000 -->\n"), md);
    assertTrue(md.contains("<!-- replicas:10000 -->\n## Read replicas, 10,000 suppliers\n"), md);
    assertTrue(md.contains("| write acknowledged by the primary (PUT to commit) | 2 | 20.50 | 30.25 | 30.25 |\n"), md);
    assertTrue(md.contains("| commit to visible on replica 2 | 2 | 510 | 1020 | 1020 |\n"), md);
    assertTrue(md.contains("| 8 | 200 | 180 | 0.90× | 108 | 4.50 | 30.00 | 5.00 | 35.50 | 0/1 |\n"), md);
    ReplicaReport.main(new String[]{"--work", work.toString(), "--out", out.toString()});
    assertEquals(md, Files.readString(out), "a second report replaces its section");
  }
}
