package org.supplierdiscovery.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;

/** A change with its document already built, so applying it cannot fail on the record itself. */
record PreparedChange(Change change, Optional<Document> document) {
  Term key() {
    return new Term(IndexFields.ID, change.id());
  }

  /** Builds every document of {@code changes}; throws {@link ChangeRejectedException} naming the first that fails. */
  static List<PreparedChange> prepare(List<Change> changes, SupplierDocument documents) {
    List<PreparedChange> out = new ArrayList<>(changes.size());
    for (Change c : changes) {
      out.add(switch (c) {
        case Change.Upsert u -> new PreparedChange(c, Optional.of(build(u, documents)));
        case Change.Delete d -> new PreparedChange(c, Optional.empty());
      });
    }
    return out;
  }

  private static Document build(Change.Upsert u, SupplierDocument documents) {
    try {
      return documents.build(u.supplier());
    } catch (IOException | RuntimeException e) {
      throw new ChangeRejectedException(u.id(), e);
    }
  }
}
