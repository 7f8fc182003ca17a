package org.supplierdiscovery.replication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a replica must share with its primary to answer as it would: the SHA-256 of every file under
 * {@code index-config/} (names and bytes, in name order) and of the document layout the writer uses.
 */
public final class ConfigFingerprint {
  private ConfigFingerprint() {}

  public static String of(Path configDir, String layout) throws IOException {
    MessageDigest sha = sha256();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(configDir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      sha.update(configDir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(Files.readAllBytes(file));
      sha.update((byte) 0);
    }
    sha.update(layout.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
