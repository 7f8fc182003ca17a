package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.TestCatalogue;

/**
 * One search service answers many searches at once, as the server does: the same answer as alone,
 * and nothing shared between requests (a break iterator, say) corrupts another's passages.
 */
class ConcurrentSearchTest {
  private static final int THREADS = 6;
  private static final int SEARCHES = 150;
  private static final List<String> NEEDS = List.of("remote monitoring wearables frailty pathway",
      "virtual ward for heart failure", "cyber security for a GP practice", "falls detection sensors at home");
  static TestCatalogue catalogue;

  @BeforeAll
  static void load() {
    catalogue = TestCatalogue.load(TestCatalogue.SAMPLE);
  }

  @AfterAll
  static void close() throws Exception {
    catalogue.close();
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void searchesAtOnceAnswerAsTheyDoAlone() throws Exception {
    List<SearchResponse> alone = NEEDS.stream().map(n -> catalogue.search.search(SearchRequest.of(n))).toList();
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(THREADS);
    for (int t = 0; t < THREADS; t++) {
      int offset = t;
      Thread.ofPlatform().start(() -> {
        try {
          start.await();
          for (int i = 0; i < SEARCHES; i++) {
            int n = (i + offset) % NEEDS.size();
            SearchResponse r = catalogue.search.search(SearchRequest.of(NEEDS.get(n)));
            if (!r.hits().equals(alone.get(n).hits())) {
              wrong.add(NEEDS.get(n) + ": hits differ from the same search alone");
            }
          }
        } catch (Exception | Error e) {
          wrong.add(e.toString());
        } finally {
          done.countDown();
        }
      });
    }
    start.countDown();
    done.await();
    assertEquals(List.of(), List.copyOf(wrong).stream().distinct().limit(5).toList());
  }
}
