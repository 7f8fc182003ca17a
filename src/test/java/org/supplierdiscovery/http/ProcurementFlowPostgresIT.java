package org.supplierdiscovery.http;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.supplierdiscovery.records.PostgresDatabases;
import org.supplierdiscovery.records.RecordStore;

/** The whole procurement record of {@link ProcurementFlowTest}, kept on a real PostgreSQL server. */
class ProcurementFlowPostgresIT extends ProcurementFlowTest {
  @RegisterExtension
  static final PostgresDatabases POSTGRES = new PostgresDatabases();

  ProcurementFlowPostgresIT() throws Exception {
    super();
  }

  @Override
  RecordStore openRecords() {
    return POSTGRES.freshStore();
  }
}
