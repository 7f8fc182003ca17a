package org.supplierdiscovery.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class OrganisationKeyTest {
  @Test
  void aKeyIs256RandomBitsInBase64url() {
    OrganisationKey keys = new OrganisationKey(new SecureRandom());
    String a = keys.generate();
    assertTrue(a.matches("sdk_[A-Za-z0-9_-]{43}"), a);
    assertNotEquals(a, keys.generate());
  }

  @Test
  void theHashIsTheSha256OfTheKeyInHex() {
    // SHA-256("abc") from FIPS 180-2
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", OrganisationKey.hash("abc"));
    assertTrue(OrganisationKey.sameHash(OrganisationKey.hash("abc"), OrganisationKey.hash("abc")));
    assertFalse(OrganisationKey.sameHash(OrganisationKey.hash("abc"), OrganisationKey.hash("abd")));
  }
}
