package org.supplierdiscovery.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.supplierdiscovery.catalogue.Listing;

/**
 * The reasons a listing may be suspended, removed or expired, in the order of {@code listing-reasons.json}.
 * An expired listing that gives none reads as {@link #FRAMEWORK_EXPIRED}, so the file must hold it.
 */
public record ListingReasons(List<ListingReason> reasons) {
  public static final String FRAMEWORK_EXPIRED = Listing.FRAMEWORK_EXPIRED;
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public ListingReasons {
    reasons = List.copyOf(reasons);
  }

  public Optional<ListingReason> find(String code) {
    return reasons.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  public List<String> codes() {
    return reasons.stream().map(ListingReason::code).toList();
  }

  /** The file's shape. */
  record File(List<ListingReason> reasons) {}

  /** Reads and checks the file: codes are short lower-case words, unique, and labels are not blank. */
  static ListingReasons read(JsonFiles json, Path path) {
    File file = json.bind(path, File.class);
    if (file.reasons() == null || file.reasons().isEmpty()) {
      throw new ConfigException(path + ": reasons: must list at least one reason");
    }
    for (int i = 0; i < file.reasons().size(); i++) {
      check(path, "reasons[" + i + "]", file.reasons().get(i));
    }
    var duplicates = ConfigLoader.duplicates(file.reasons().stream().map(ListingReason::code).toList());
    if (!duplicates.isEmpty()) {
      throw new ConfigException(path + ": reasons: duplicate codes " + duplicates);
    }
    ListingReasons reasons = new ListingReasons(file.reasons());
    if (reasons.find(FRAMEWORK_EXPIRED).isEmpty()) {
      throw new ConfigException(path + ": reasons: must hold '" + FRAMEWORK_EXPIRED
          + "', which an expired listing without a reason reads as");
    }
    return reasons;
  }

  private static void check(Path path, String at, ListingReason reason) {
    if (!CODE.matcher(reason.code()).matches()) {
      throw new ConfigException(path + ": " + at + ".code: '" + reason.code()
          + "' must be 1-40 lower-case letters, digits or '-', starting with a letter");
    }
    if (reason.label().isBlank()) {
      throw new ConfigException(path + ": " + at + ".label: must not be blank");
    }
    if (reason.description().isBlank()) {
      throw new ConfigException(path + ": " + at + ".description: must not be blank");
    }
  }
}
