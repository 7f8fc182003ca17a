package org.supplierdiscovery.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplierdiscovery.TestCatalogue;
import org.supplierdiscovery.catalogue.Contact;
import org.supplierdiscovery.catalogue.ListingStatus;

class SupplierValidatorTest {
  private final ObjectMapper json = new ObjectMapper();
  private final SupplierValidator validator = new SupplierValidator(TestCatalogue.config().taxonomy());

  private ObjectNode valid() throws Exception {
    return (ObjectNode) json.readTree(
        """
            {"id":"acme.health_1","name":"Acme","summary":"Remote monitoring.","website":"https://acme.example",
             "sme":true,"regions":["London"],"technologyAreas":["Wearables"],"capabilities":["Remote monitoring"],
             "pathways":["Frailty"],"standards":["DTAC"],
             "listings":[{"framework":"Online Consultation and Video Consultation DPS","lot":"Lot 4 - Video consultation","status":"suspended","since":"2024-02-29","reason":"unpaid-fee"}],
             "products":[{"name":"Band","description":"A band."}],"deployments":0,"updated":"2025-01-01",
             "contact":{"name":"Bids team","email":"bids@acme.example","phone":"+44 (0)20 7946-0000"}}
            """);
  }

  private List<String> errors(ObjectNode node) {
    return validator.validate(node).errors().stream().map(FieldError::toString).toList();
  }

  @Test
  void acceptsAFullRecord() throws Exception {
    Validation v = validator.validate(valid());
    assertTrue(v.isValid(), v.errors().toString());
    assertEquals(ListingStatus.SUSPENDED, v.supplier().listings().get(0).status());
    assertEquals("Lot 4 - Video consultation", v.supplier().listings().get(0).lot());
    assertEquals(new Contact("Bids team", "bids@acme.example", "+44 (0)20 7946-0000"), v.supplier().contact());
  }

  @Test
  void aContactNeedsAnEmailAddressAndSaysWhatIsWrongWithEachPart() throws Exception {
    ObjectNode n = valid();
    n.putObject("contact").put("name", " ").put("phone", "call me").put("fax", "1");
    assertEquals(List.of("contact.fax: unknown field; allowed fields are [email, name, phone]",
        "contact.email: is required", "contact.name: must be a non-empty string",
        "contact.phone: must be digits, spaces, brackets and hyphens, optionally starting with +"), errors(n));
    n.putObject("contact").put("email", "not an address");
    assertEquals(List.of("contact.email: must be an email address such as bids@example.org"), errors(n));
    n.put("contact", "bids@acme.example");
    assertEquals(List.of("contact: must be an object with email, and name and phone if given"), errors(n));
    n.remove("contact");
    assertEquals(null, validator.validate(n).supplier().contact());
  }

  @Test
  void namesEveryBadFieldAtOnce() throws Exception {
    ObjectNode n = valid();
    n.put("summary", "x".repeat(601));
    n.put("website", "ftp://acme");
    n.put("sme", "yes");
    n.put("deployments", -1);
    n.put("updated", "2025-13-01");
    n.remove("name");
    assertEquals(
        List.of(
            "name: is required",
            "summary: must be at most 600 characters, was 601",
            "website: must be an http or https URL",
            "sme: must be true or false",
            "deployments: must be a whole number of 0 or more",
            "updated: must be a date as YYYY-MM-DD"),
        errors(n));
  }

  @Test
  void rejectsUnknownFieldsAndValuesOutsideTheTaxonomy() throws Exception {
    ObjectNode n = valid();
    n.put("colour", "blue");
    n.putArray("pathways").add("Frailty").add("Sore feet");
    List<String> errors = errors(n);
    assertEquals(2, errors.size());
    assertTrue(errors.get(0).startsWith("colour: unknown field; allowed fields are [capabilities,"));
    assertTrue(errors.get(1).startsWith(
        "pathways[1]: 'Sore feet' is not allowed; allowed values are [Acute respiratory infection, Frailty,"));
  }

  @Test
  void checksListingsAgainstFrameworksAndLots() throws Exception {
    ObjectNode n = valid();
    var listings = n.putArray("listings");
    listings.addObject().put("framework", "Online Consultation and Video Consultation DPS").put("status", "active")
        .put("since", "2024-01-01");
    listings.addObject().put("framework", "Spark DPS").put("lot", "Lot 1").put("status", "paused").put("since",
        "01/02/2024");
    listings.addObject().put("framework", "Spark DPS").put("status", "active").put("since", "2024-01-01");
    listings.addObject().put("framework", "Spark DPS").put("status", "active").put("since", "2024-01-01");
    listings.addObject().put("framework", "Hogwarts");
    assertEquals(
        List.of(
            "listings[0].lot: must be one of [Lot 1 - Digital triage, Lot 2 - Digital triage, Lot 3 - Digital triage, Lot 4 - Video consultation] for Online Consultation and Video Consultation DPS",
            "listings[1].lot: Spark DPS has no lots",
            "listings[1].status: must be one of [active, suspended, removed, expired]",
            "listings[1].since: must be a date as YYYY-MM-DD",
            "listings[3]: duplicate listing for Spark DPS",
            "listings[4].framework: must be one of [Spark DPS, Online Consultation and Video Consultation DPS, Digital Care Services Catalogue, ACS and STP Development Partner Framework, GP IT Futures, G-Cloud 14, Technology Enabled Care Services]",
            "listings[4].status: must be one of [active, suspended, removed, expired]",
            "listings[4].since: is required (YYYY-MM-DD)"),
        errors(n));
  }

  @Test
  void requiresIdentityAndAtLeastOneAreaAndListing() throws Exception {
    assertEquals(
        List.of(
            "id: is required",
            "name: is required",
            "summary: is required",
            "technologyAreas: must list at least one of [Internet of Things (IoT), Artificial intelligence (AI) and automation, Simulated and enhanced environments, Engineering and materials science, Data, Wearables, Transport, Security]",
            "listings: must list at least one framework listing"),
        errors(json.createObjectNode()));
    ObjectNode badId = valid();
    badId.put("id", "a/b");
    assertEquals(List.of("id: must be 1-64 letters, digits, '-', '_' or '.'"), errors(badId));
  }

  private static final String CODES = "[annual-review, interoperability, data-handling, performance, unpaid-fee, withdrawn, framework-expired]";

  private ObjectNode withListing(String status, Object reason) throws Exception {
    ObjectNode n = valid();
    ObjectNode l = n.putArray("listings").addObject().put("framework", "Spark DPS").put("status", status)
        .put("since", "2024-01-01");
    if (reason instanceof String code) {
      l.put("reason", code);
    } else if (reason instanceof Integer number) {
      l.put("reason", number);
    }
    return n;
  }

  @Test
  void aSuspendedOrRemovedListingSaysWhyWithAKnownReason() throws Exception {
    Validation suspended = validator.validate(withListing("suspended", "unpaid-fee"));
    assertTrue(suspended.isValid(), suspended.errors().toString());
    assertEquals("unpaid-fee", suspended.supplier().listings().get(0).reason());
    assertEquals(List.of("listings[0].reason: is required for a suspended listing; must be one of " + CODES),
        errors(withListing("suspended", null)));
    assertEquals(List.of("listings[0].reason: is required for a removed listing; must be one of " + CODES),
        errors(withListing("removed", null)));
    assertEquals(List.of("listings[0].reason: must be one of " + CODES), errors(withListing("removed", "late")));
    assertEquals(List.of("listings[0].reason: must be one of " + CODES), errors(withListing("suspended", 3)));
  }

  @Test
  void anActiveListingHasNoReason() throws Exception {
    assertEquals(
        List.of(
            "listings[0].reason: an active listing has no reason; give one only when it is suspended, removed or expired"),
        errors(withListing("active", "withdrawn")));
    Validation active = validator.validate(withListing("active", null));
    assertTrue(active.isValid(), active.errors().toString());
    assertEquals(null, active.supplier().listings().get(0).shownReason());
  }

  @Test
  void anExpiredListingReadsAsItsFrameworkExpiredUnlessItSaysOtherwise() throws Exception {
    Validation plain = validator.validate(withListing("expired", null));
    assertTrue(plain.isValid(), plain.errors().toString());
    assertEquals(null, plain.supplier().listings().get(0).reason());
    assertEquals("framework-expired", plain.supplier().listings().get(0).shownReason());
    Validation withdrawn = validator.validate(withListing("expired", "withdrawn"));
    assertTrue(withdrawn.isValid(), withdrawn.errors().toString());
    assertEquals("withdrawn", withdrawn.supplier().listings().get(0).shownReason());
    assertEquals(List.of("listings[0].reason: must be one of " + CODES), errors(withListing("expired", "soon")));
  }
}
