package org.supplierdiscovery.catalogue;

import java.util.Objects;

/** Whom a buyer contacts about a supplier's listings: an email address, with a name and phone if given. */
public record Contact(String name, String email, String phone) {
  public Contact {
    Objects.requireNonNull(email, "email");
  }

  /** The contact on one line, as exports show it: "Name <email>, phone". */
  public String line() {
    String who = name == null ? email : name + " <" + email + ">";
    return phone == null ? who : who + ", " + phone;
  }
}
