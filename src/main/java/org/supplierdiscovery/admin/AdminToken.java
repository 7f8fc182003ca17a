package org.supplierdiscovery.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The bearer token that guards catalogue changes, from the environment or a file. With none
 * configured, changes are switched off. Compared in constant time.
 */
public final class AdminToken {
  public static final String ENV = "SUPPLIER_DISCOVERY_ADMIN_TOKEN";
  private static final int MIN_LENGTH = 16;
  private final byte[] secret;

  private AdminToken(byte[] secret) {
    this.secret = secret;
  }

  /** No token: admin endpoints answer 403. */
  public static AdminToken none() {
    return new AdminToken(null);
  }

  public static AdminToken of(String token) {
    String t = token.strip();
    if (t.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("admin token must be at least " + MIN_LENGTH + " characters");
    }
    return new AdminToken(t.getBytes(StandardCharsets.UTF_8));
  }

  /** The token from {@code file} if given, else from the environment variable, else none. */
  public static AdminToken load(Optional<Path> file, Optional<String> env) throws IOException {
    if (file.isPresent()) {
      return of(Files.readString(file.get(), StandardCharsets.UTF_8));
    }
    return env.filter(s -> !s.isBlank()).map(AdminToken::of).orElse(none());
  }

  public boolean enabled() {
    return secret != null;
  }

  /** True only for the exact token; takes the same time however much of it matches. */
  public boolean accepts(String presented) {
    if (secret == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8));
  }
}
