package org.supplierdiscovery.records;

import java.util.Objects;

/** Who makes a change: the organisation whose key was sent and, if named, the person ({@code X-Actor}). */
public record Actor(Organisation organisation, String person) {
  public Actor {
    Objects.requireNonNull(organisation, "organisation");
  }
}
