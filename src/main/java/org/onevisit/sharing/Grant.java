package org.onevisit.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.organisation.RegionCode;

/**
 * 授权: a consumer department may read these elements for this purpose type until {@link #expiresOn()},
 * once a data administrator or the source department approved the request.
 *
 * @param id its number
 * @param consumerDepartment the reading department's code
 * @param consumerRegion the region that department serves
 * @param purposeType what the data is for, e.g. the item code {@code CS-02}
 * @param elements what may be read
 * @param justification why the consumer needs it (legal basis, item)
 * @param expiresOn the last day reads are allowed
 * @param status where the request stands
 * @param requestedBy who asked ({@code staff:<username>})
 * @param requestedAt when
 * @param decidedBy who approved, rejected or revoked, or {@code null}
 * @param decidedAt when, or {@code null}
 * @param decisionNote the reason given with a rejection or revocation, or {@code null}
 */
public record Grant(
    long id,
    String consumerDepartment,
    RegionCode consumerRegion,
    String purposeType,
    Set<DataElement> elements,
    String justification,
    LocalDate expiresOn,
    Status status,
    String requestedBy,
    Instant requestedAt,
    @Nullable String decidedBy,
    @Nullable Instant decidedAt,
    @Nullable String decisionNote) {

  public Grant {
    Objects.requireNonNull(consumerDepartment, "consumerDepartment");
    elements = Set.copyOf(elements);
  }

  /** Whether reads are allowed under it on {@code day}. */
  public boolean effectiveOn(LocalDate day) {
    return status == Status.APPROVED && !day.isAfter(expiresOn);
  }

  /** A grant's life: requested, then approved or rejected; an approved grant can be revoked. */
  public enum Status {
    REQUESTED,
    APPROVED,
    REJECTED,
    REVOKED
  }
}
