package org.onevisit.sharing;

import java.util.Objects;
import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;

/**
 * 户: a registered household with its head (户主).
 *
 * @param id the household number
 * @param head the head's ID number
 * @param region the village or community of the household
 * @param address the household's address
 * @param provenance the source of the record
 */
public record HouseholdRecord(long id, IdNumber head, RegionCode region, String address, Provenance provenance) {

  public HouseholdRecord {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(provenance, "provenance");
  }
}
