package org.supplierdiscovery.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.supplierdiscovery.admin.AdminToken;
import org.supplierdiscovery.config.ConfigException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How a server takes part in replication: as a primary (the token replicas present) or as a replica. */
final class ReplicaOptions {
  static final String TOKEN_ENV = "SUPPLIER_DISCOVERY_REPLICATION_TOKEN";

  @Option(names = "--replica-of", paramLabel = "URL", description = "Serve as a read replica of the primary at URL"
      + " (e.g. http://primary:7070/): copy its catalogue into --index, follow it, and send changes to it.")
  URI replicaOf;

  @Option(names = "--replication-token-file", paramLabel = "FILE", description = "File holding the replication"
      + " token (else $" + TOKEN_ENV + "): a primary lets replicas in with it (or the admin token), a replica"
      + " presents it (else the admin token).")
  Path tokenFile;

  @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class, description = "How often a replica asks its primary for a new revision, e.g. 1s, 250ms (default: 1s).")
  Duration pollInterval = Duration.ofSeconds(1);

  @Option(names = "--max-generation-wait", paramLabel = "DURATION", converter = DurationConverter.class, description = "How long a read that names minGeneration waits for it before 503 (default: 5s).")
  Duration maxGenerationWait = Duration.ofSeconds(5);

  /** The replication token from the file or the environment, as the primary checks it. */
  AdminToken primaryToken() throws IOException {
    try {
      return AdminToken.load(Optional.ofNullable(tokenFile),
          Optional.ofNullable(System.getenv(TOKEN_ENV)));
    } catch (IllegalArgumentException bad) {
      throw new ConfigException("the replication token: " + bad.getMessage().replace("admin token ", ""));
    }
  }

  /** The token a replica presents: the replication token, else the admin token, else none (null). */
  String replicaToken() throws IOException {
    if (tokenFile != null) {
      return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    }
    for (String env : new String[]{TOKEN_ENV, AdminToken.ENV}) {
      String value = System.getenv(env);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  /** {@code 1s}, {@code 250ms}, {@code 2m}: a positive whole number and a unit. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern FORM = Pattern.compile("([0-9]{1,9})(ms|s|m)");

    @Override
    public Duration convert(String value) {
      Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new TypeConversionException("'" + value + "' is not a duration such as 1s, 250ms or 2m");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        default -> Duration.ofMinutes(n);
      };
    }
  }
}
