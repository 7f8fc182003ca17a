package org.supplierdiscovery.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.supplierdiscovery.semantic.SupplierVectors;

/** A change with its document already built, so applying it cannot fail on the record itself. */
record PreparedChange(Change change, Optional<Document> document) {
  Term key() {
    return new Term(IndexFields.ID, change.id());
  }

  /** Builds every document of {@code changes}; throws {@link ChangeRejectedException} naming the first that fails. */
  static List<PreparedChange> prepare(List<Change> changes, SupplierDocument documents) {
    return prepare(changes, documents, SupplierVectors.Known.NONE);
  }

  /** As {@link #prepare(List, SupplierDocument)}, reusing the vectors {@code known} holds for unchanged texts. */
  static List<PreparedChange> prepare(
      List<Change> changes, SupplierDocument documents, SupplierVectors.Known known) {
    List<PreparedChange> out = new ArrayList<>(changes.size());
    for (Change c : changes) {
      out.add(switch (c) {
        case Change.Upsert u -> new PreparedChange(c, Optional.of(build(u, documents, known)));
        case Change.Delete d -> new PreparedChange(c, Optional.empty());
      });
    }
    return out;
  }

  private static Document build(Change.Upsert u, SupplierDocument documents, SupplierVectors.Known known) {
    try {
      return documents.build(u.supplier(), known);
    } catch (IOException | RuntimeException e) {
      throw new ChangeRejectedException(u.id(), e);
    }
  }
}
