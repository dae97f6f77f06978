package org.onevisit.sharing;

import java.time.LocalDate;
import java.util.Objects;
import org.onevisit.identity.IdNumber;

/**
 * 孕产妇建档: an expectant mother registered with a hospital, the starting point of 出生一件事.
 *
 * @param id the record number
 * @param mother the mother's ID number
 * @param expectedDate 预产期
 * @param hospital the hospital that keeps the record
 * @param provenance the source of the record
 */
public record PrenatalRecord(long id, IdNumber mother, LocalDate expectedDate, String hospital, Provenance provenance) {

  public PrenatalRecord {
    Objects.requireNonNull(mother, "mother");
    Objects.requireNonNull(expectedDate, "expectedDate");
    Objects.requireNonNull(hospital, "hospital");
    Objects.requireNonNull(provenance, "provenance");
  }
}
