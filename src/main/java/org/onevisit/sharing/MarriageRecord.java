package org.onevisit.sharing;

import java.time.LocalDate;
import java.util.Objects;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;

/**
 * 婚姻登记: a marriage registered by a civil-affairs registry.
 *
 * @param id the record number
 * @param husband the husband's ID number
 * @param wife the wife's ID number
 * @param registeredOn the day of registration
 * @param certificateNo 结婚证字号, unique: {@code J331126-2019-012345}
 * @param registryRegion the region of the registry (a county)
 * @param status registered or divorced
 * @param provenance the source of the record
 */
public record MarriageRecord(
    long id,
    IdNumber husband,
    IdNumber wife,
    LocalDate registeredOn,
    String certificateNo,
    RegionCode registryRegion,
    Status status,
    Provenance provenance) {

  public MarriageRecord {
    Objects.requireNonNull(husband, "husband");
    Objects.requireNonNull(wife, "wife");
    Objects.requireNonNull(registeredOn, "registeredOn");
    Objects.requireNonNull(certificateNo, "certificateNo");
    Objects.requireNonNull(registryRegion, "registryRegion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The state of the marriage record. */
  public enum Status {
    REGISTERED,
    DIVORCED
  }
}
