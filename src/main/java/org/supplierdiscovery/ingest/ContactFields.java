package org.supplierdiscovery.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.regex.Pattern;
import org.supplierdiscovery.catalogue.Contact;

/** Reads a record's optional {@code contact}: an email address, and a name and phone if given. */
final class ContactFields {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,30}");

  private ContactFields() {}

  static Contact read(Fields f, JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      f.error("contact", "must be an object with email, and name and phone if given");
      return null;
    }
    f.unknown("contact", value, Set.of("name", "email", "phone"));
    String email = text(f, value, "email", 254);
    if (!value.hasNonNull("email")) {
      f.error("contact.email", "is required");
    } else if (email != null && !EMAIL.matcher(email).matches()) {
      f.error("contact.email", "must be an email address such as bids@example.org");
      email = null;
    }
    String name = text(f, value, "name", 200);
    String phone = text(f, value, "phone", 40);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      f.error("contact.phone", "must be digits, spaces, brackets and hyphens, optionally starting with +");
      phone = null;
    }
    return email == null ? null : new Contact(name, email, phone);
  }

  private static String text(Fields f, JsonNode object, String field, int maxLength) {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() || v.textValue().isBlank()) {
      f.error("contact." + field, "must be a non-empty string");
      return null;
    }
    if (v.textValue().length() > maxLength) {
      f.error("contact." + field, "must be at most " + maxLength + " characters");
      return null;
    }
    return f.checked("contact." + field, v.textValue(), false);
  }
}
