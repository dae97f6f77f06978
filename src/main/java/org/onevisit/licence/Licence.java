package org.onevisit.licence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.LicenceType;

/**
 * 电子证照: an issued licence with its verifiable credential.
 *
 * @param number its identifier
 * @param type its type
 * @param holder to whom it was issued
 * @param departmentCode the issuing department, e.g. {@code 331126-CAB}
 * @param departmentName the issuing department's name at issue
 * @param fields the fields printed on it, in the type's order
 * @param validFrom first day of validity
 * @param validUntil last day of validity, {@code null} for 长期
 * @param status stored status: valid, suspended or revoked (see {@link #statusOn(LocalDate)})
 * @param issuedAt when it was issued
 * @param verificationCode the unguessable code of its public verification link (QR code)
 * @param credential the signed W3C Verifiable Credential, JSON
 */
public record Licence(
    LicenceNumber number,
    LicenceType type,
    Holder holder,
    String departmentCode,
    String departmentName,
    Map<String, String> fields,
    LocalDate validFrom,
    @Nullable LocalDate validUntil,
    LicenceStatus status,
    Instant issuedAt,
    String verificationCode,
    String credential) {

  public Licence {
    fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }

  /** The status on a day: a valid licence after its last day is {@link LicenceStatus#EXPIRED}. */
  public LicenceStatus statusOn(LocalDate day) {
    if (status == LicenceStatus.VALID && validUntil != null && day.isAfter(validUntil)) {
      return LicenceStatus.EXPIRED;
    }
    return status;
  }

  /** Whether it can serve as a material on {@code day}. */
  public boolean usableOn(LocalDate day) {
    return statusOn(day) == LicenceStatus.VALID && !day.isBefore(validFrom);
  }

  public boolean heldBy(HolderKind kind, String identifier) {
    return holder.kind() == kind && holder.identifier().equals(identifier);
  }

  @Override
  public String toString() {
    return "Licence[" + number + " " + type + " " + holder + " " + status + "]";
  }
}
