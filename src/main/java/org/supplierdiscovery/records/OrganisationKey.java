package org.supplierdiscovery.records;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Organisation keys: 256 random bits, sent as {@code sdk_} and 43 base64url characters, stored only
 * as their SHA-256. A slow password hash buys nothing here: the key is random, not chosen by a person.
 */
public final class OrganisationKey {
  static final String PREFIX = "sdk_";
  private final SecureRandom random;

  public OrganisationKey(SecureRandom random) {
    this.random = random;
  }

  public String generate() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of the key as sent, in lower-case hex. */
  public static String hash(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Whether two hashes are equal, in time that does not depend on where they differ. */
  static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
