package org.onevisit.sharing;

/**
 * A bulk load into the base libraries (population, legal persons, credit, spatial): records are buffered and streamed to PostgreSQL with {@code COPY
 * ... FROM STDIN} in chunks of a few megabytes, so millions of rows never sit in memory.
 *
 * <p>Transactions: a load opened inside a Spring-managed transaction uses that transaction's connection and
 * commits or rolls back with it (nothing is visible half-loaded). Opened outside one, each chunk commits on
 * its own (for benchmark loads into a throw-away database), and a background thread sends the chunks while
 * the caller produces the next ones. Records are not checked against existing rows:
 * a duplicate ID number or record id fails the chunk with the database's primary-key error.
 *
 * <p>Call {@link #finish()} after the last record, then {@link #close()} (try-with-resources). Closing
 * without finishing drops what is still buffered. Not thread-safe.
 */
public interface BulkLoad extends AutoCloseable {

  void add(HouseholdRecord household);

  void add(PersonRecord person);

  void add(MarriageRecord marriage);

  void add(PrenatalRecord prenatal);

  void add(BirthRecord birth);

  /** An enterprise of the legal-person library (its representative's ID number and mobile are encrypted). */
  void add(EnterpriseRecord enterprise);

  /** An enterprise's credit rating and listing. */
  void add(CreditRecord credit);

  /** A standard address of the spatial library. */
  void add(AddressRecord address);

  /** Persons added so far (buffered or written). */
  long persons();

  /**
   * Writes what is buffered, re-creates the secondary indexes if the load deferred them and refreshes the
   * planner statistics.
   */
  void finish();

  /** Releases the connection; does not throw checked exceptions. */
  @Override
  void close();
}
