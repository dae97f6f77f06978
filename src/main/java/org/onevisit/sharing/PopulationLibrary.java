package org.onevisit.sharing;

import java.util.List;
import java.util.Optional;
import org.onevisit.identity.IdNumber;

/**
 * 人口库: the population base library, collected from the public-security household register, the
 * civil-affairs marriage registry and the health commission's maternal records. Every record carries its
 * {@link Provenance}.
 *
 * <p>This first version offers counts, lookups and bulk loading only; grants, purpose-bound reads and the
 * access log build on it. No method returns {@code null}; lookups of unknown keys are empty.
 */
public interface PopulationLibrary {

  /** The number of persons in the library. */
  long persons();

  /** The person with this ID number, if registered. */
  Optional<PersonRecord> person(IdNumber idNumber);

  /** The members of a household, ordered by birth date (eldest first); empty for an unknown household. */
  List<PersonRecord> household(long householdId);

  /** The marriages (registered or divorced) in which this person is husband or wife, newest first. */
  List<MarriageRecord> marriages(IdNumber idNumber);

  /** The prenatal records of this person as mother, latest expected date first. */
  List<PrenatalRecord> prenatalRecords(IdNumber mother);

  /** The deliveries of this person as mother, latest first. */
  List<BirthRecord> births(IdNumber mother);

  /**
   * Starts a bulk load (see {@link BulkLoad} for transactions and chunking).
   *
   * @param indexes whether secondary indexes are kept up to date row by row or re-created at the end
   */
  BulkLoad bulkLoad(Indexes indexes);

  /** How a bulk load treats the secondary indexes (the primary keys are always kept). */
  enum Indexes {
    /** Keep them: right for thousands of rows and for loads into a library that is in use. */
    MAINTAIN,
    /**
     * Drop them when the load starts and re-create them in {@link BulkLoad#finish()}: several times faster
     * for millions of rows. Lookups other than by primary key are slow until the load finishes.
     */
    REBUILD_AFTER_LOAD
  }
}
