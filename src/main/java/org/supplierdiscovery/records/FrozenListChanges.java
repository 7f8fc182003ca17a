package org.supplierdiscovery.records;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.supplierdiscovery.catalogue.Listing;
import org.supplierdiscovery.catalogue.ListingStatus;
import org.supplierdiscovery.catalogue.Supplier;
import org.supplierdiscovery.catalogue.SupplierJson;
import org.supplierdiscovery.config.ListingReason;
import org.supplierdiscovery.config.ListingReasons;
import org.supplierdiscovery.index.AuditEntry;
import org.supplierdiscovery.index.CatalogueIndex;

/**
 * What has changed for the suppliers of a frozen list since it was frozen: each frozen record's listings
 * are compared with the supplier's record in the current catalogue, and a listing now suspended, removed
 * or expired (its framework ended), one gone from the record, or a supplier gone from the catalogue
 * becomes a notice. A listing that became active again is no cause for one.
 */
public final class FrozenListChanges {
  private final Freezing freezing;
  private final CatalogueIndex index;
  private final ListingReasons reasons;
  private final SupplierJson json = new SupplierJson();

  public FrozenListChanges(Freezing freezing, CatalogueIndex index, ListingReasons reasons) {
    this.freezing = freezing;
    this.index = index;
    this.reasons = reasons;
  }

  /**
   * The notices of the project's frozen search, by the id of the saved search that was frozen; empty
   * when the project is not the organisation's or is not frozen.
   */
  public Map<String, List<ListingNotice>> bySearch(Organisation org, String projectId) throws IOException {
    Optional<FrozenSearch> frozen = freezing.frozen(org, projectId);
    return frozen.isEmpty() ? Map.of() : Map.of(frozen.get().searchId(), of(frozen.get()));
  }

  /** The notices for the frozen list, in its order, against the catalogue as it is now. */
  public List<ListingNotice> of(FrozenSearch frozen) throws IOException {
    return index.withSearcher(view -> {
      List<ListingNotice> notices = new ArrayList<>();
      for (FrozenSupplier s : frozen.suppliers()) {
        Supplier then = json.fromJsonString(s.record());
        Optional<String> now = view.storedRecord(s.id());
        if (now.isEmpty()) {
          notices.add(deleted(then));
        } else {
          notices.addAll(changes(then, json.fromJsonString(now.get())));
        }
      }
      return notices;
    });
  }

  private ListingNotice deleted(Supplier then) throws IOException {
    String since = index.history(then.id(), 1).stream().findFirst().map(AuditEntry::at).map(Object::toString)
        .orElse(null);
    return new ListingNotice(then.id(), then.name(), "deleted", null, null, null, null, null, since,
        then.name() + " is no longer in the catalogue" + (since == null ? "." : " (since " + since + ")."));
  }

  private List<ListingNotice> changes(Supplier then, Supplier now) {
    List<ListingNotice> notices = new ArrayList<>();
    for (Listing was : then.listings()) {
      Optional<Listing> is = now.listings().stream()
          .filter(l -> l.framework().equals(was.framework()) && Objects.equals(l.lot(), was.lot())).findFirst();
      if (is.isEmpty()) {
        notices.add(new ListingNotice(then.id(), then.name(), "unlisted", was.framework(), was.lot(),
            was.status().label(), null, null, null, then.name() + "'s listing on " + where(was)
                + " is no longer in its record."));
      } else if (is.get().status() != was.status() && is.get().status() != ListingStatus.ACTIVE) {
        notices.add(changed(then, was, is.get()));
      }
    }
    return notices;
  }

  private ListingNotice changed(Supplier then, Listing was, Listing is) {
    String code = is.shownReason();
    String label = code == null ? null : reasons.find(code).map(ListingReason::label).orElse(code);
    String status = is.status().label();
    return new ListingNotice(then.id(), then.name(), status, is.framework(), is.lot(), was.status().label(), code,
        label, is.since().toString(), then.name() + " is now " + status + " on " + where(is) + " since " + is.since()
            + (label == null ? "" : ": " + label) + " (it was " + was.status().label() + " when frozen).");
  }

  private static String where(Listing l) {
    return l.lot() == null ? l.framework() : l.framework() + ", " + l.lot();
  }
}
