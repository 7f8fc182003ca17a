package org.supplierdiscovery.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored record reads back as the very supplier that was written, optional fields and all. */
class SupplierJsonTest {
  private final SupplierJson json = new SupplierJson();

  @Test
  void aWrittenRecordReadsBackEqual() {
    Supplier full = new Supplier("acme", "Acme", "Remote care.", "Longer text.", "https://acme.example", true,
        List.of("London"), List.of("Wearables"), List.of("Remote monitoring"), List.of("Frailty"), List.of("DTAC"),
        List.of(new Listing("Spark DPS", null, ListingStatus.ACTIVE, LocalDate.of(2024, 3, 1)),
            new Listing("G-Cloud 14", "Lot 2 - Cloud software", ListingStatus.SUSPENDED, LocalDate.of(2023, 1, 2),
                "unpaid-fee")),
        List.of(new Product("Band", "A wrist band."), new Product("Hub", null)), 12, LocalDate.of(2025, 1, 10),
        new Contact("Bids team", "bids@acme.example", "+44 20 7946 0000"));
    Supplier bare = new Supplier("bare", "Bare", "Only what is required.", null, null, null, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);

    assertEquals(full, json.fromJsonString(json.toJsonString(full)));
    assertEquals(bare, json.fromJsonString(json.toJsonString(bare)));
    Supplier emailOnly = new Supplier("e", "E", "S.", null, null, null, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), null, null, new Contact(null, "x@e.example", null));
    assertEquals(emailOnly, json.fromJsonString(json.toJsonString(emailOnly)));
    assertEquals("Bids team <bids@acme.example>, +44 20 7946 0000", full.contact().line());
    assertEquals("x@e.example", emailOnly.contact().line());
  }
}
