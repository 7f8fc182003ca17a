package org.supplierdiscovery.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.index.Change;
import org.supplierdiscovery.index.FacetFields;

/** The warm-up builds each segment's bitsets once, and searches then use those very bitsets. */
@Timeout(30)
class FacetBitsTest {
  @Test
  void warmingBuildsEverySegmentOnceAndLaterSearchesReuseIt() throws Exception {
    try (TestCatalogue c = TestCatalogue.load(new ByteBuffersDirectory(), TestCatalogue.TINY,
        java.time.Clock.systemUTC())) {
      Supplier first = TestCatalogue.reader().parse(java.nio.file.Files.readAllLines(TestCatalogue.TINY).get(0))
          .supplier();
      c.writer.write(List.of(new Change.Upsert(first)), "PUT");
      FacetBits bits = new FacetBits();
      c.index.withSearcher(view -> {
        List<LeafReaderContext> leaves = view.getIndexReader().leaves();
        assertTrue(leaves.size() >= 2, "segments: " + leaves.size());
        bits.warm(view.getIndexReader());
        assertEquals(leaves.size(), bits.cached());
        for (LeafReaderContext leaf : leaves) {
          assertSame(bits.of(leaf.reader()), bits.of(leaf.reader()));
        }
        bits.warm(view.getIndexReader());
        assertEquals(leaves.size(), bits.cached());
        long wearables = 0;
        for (LeafReaderContext leaf : leaves) {
          var docs = bits.of(leaf.reader()).of(FacetFields.term("technologyArea", "Wearables"));
          wearables += docs == null ? 0 : docs.cardinality();
        }
        assertTrue(wearables > 0);
        return null;
      });
    }
  }
}
