package org.supplierdiscovery.index;

import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.StoredFields;
import java.io.IOException;

/**
 * Audit entries live in the catalogue index as documents of their own kind, so an entry is committed
 * atomically with the change it records. They have no text, facets or id, so searches never see them.
 */
final class AuditDocument {
  static final String AUDIT_SUPPLIER = "auditSupplier";
  static final String AUDIT_AT = "auditAt";
  static final String AUDIT_GENERATION = "auditGeneration";
  static final String AUDIT_ACTION = "auditAction";
  static final String AUDIT_DETAIL = "auditDetail";

  private AuditDocument() {}

  static Document build(AuditEntry e) {
    Document doc = new Document();
    doc.add(new KeywordField(IndexFields.KIND, IndexFields.KIND_AUDIT, Field.Store.NO));
    if (e.supplierId() != null) {
      doc.add(new KeywordField(AUDIT_SUPPLIER, e.supplierId(), Field.Store.YES));
    }
    doc.add(new LongField(AUDIT_AT, e.at().toEpochMilli(), Field.Store.YES));
    doc.add(new LongField(AUDIT_GENERATION, e.generation(), Field.Store.YES));
    doc.add(new StoredField(AUDIT_ACTION, e.action()));
    if (e.detail() != null) {
      doc.add(new StoredField(AUDIT_DETAIL, e.detail()));
    }
    return doc;
  }

  static AuditEntry read(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc);
    return new AuditEntry(
        Instant.ofEpochMilli(d.getField(AUDIT_AT).numericValue().longValue()),
        d.getField(AUDIT_GENERATION).numericValue().longValue(),
        d.get(AUDIT_ACTION),
        d.get(AUDIT_SUPPLIER),
        d.get(AUDIT_DETAIL));
  }
}
