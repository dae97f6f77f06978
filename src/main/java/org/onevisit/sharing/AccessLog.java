package org.onevisit.sharing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.IdNumber;

/**
 * 访问日志: the append-only, hash-chained record of every read and refused read. Entry {@code n}
 * stores {@code SHA-256(n, its fields, hash(n-1))}; sequence numbers have no gaps. A signed checkpoint
 * (Ed25519 over the last sequence number and hash) is written regularly, so that rewriting the chain after
 * an edit, or cutting its tail, is visible too.
 */
public interface AccessLog {

  /** Reads and refused reads of this person's data, newest first, at most {@code limit}. */
  List<Entry> about(IdNumber person, int limit);

  /** One entry by its sequence number, if it exists. */
  java.util.Optional<Entry> entry(long seq);

  /** Recomputes the whole chain and every checkpoint signature; reports the first break. */
  Verification verify();

  /** Signs the current end of the chain now (also done on a schedule); returns the checkpoint's last seq. */
  long checkpoint();

  /**
   * One entry.
   *
   * @param refused elements refused, each with its {@link Answer.RefusalReason}
   */
  record Entry(
      long seq,
      Instant at,
      String consumerDepartment,
      String actor,
      String subject,
      String purposeType,
      String purposeReference,
      Answer.Outcome outcome,
      List<DataElement> served,
      List<Answer.Refusal> refused) {}

  /**
   * The result of a verification.
   *
   * @param entries entries checked
   * @param checkpoints checkpoints whose signature was verified with a trusted key
   * @param unverifiableCheckpoints checkpoints signed by a key not configured as trusted (e.g. an earlier
   *     developer key); their hash is still compared with the chain
   * @param firstBreak the first broken place, or {@code null} when the log is intact
   */
  record Verification(long entries, long checkpoints, long unverifiableCheckpoints, @Nullable Break firstBreak)
      implements java.io.Serializable {

    public boolean intact() {
      return firstBreak == null;
    }
  }

  /**
   * Where the chain breaks.
   *
   * @param seq the first entry that is missing, altered or no longer linked (for checkpoint problems: the
   *     checkpoint's last seq)
   */
  record Break(long seq, Problem problem) implements java.io.Serializable {}

  /** What is wrong at a break. */
  enum Problem {
    /** A sequence number is missing (an entry was deleted). */
    MISSING_ENTRY,
    /** The entry's fields no longer give its stored hash (it was edited). */
    ALTERED_ENTRY,
    /** The entry does not point at its predecessor's hash (an entry before it was replaced or removed). */
    BROKEN_LINK,
    /** A checkpoint names an entry or hash the chain does not have (the chain was cut or rewritten). */
    CHECKPOINT_MISMATCH,
    /** A checkpoint's signature does not verify. */
    BAD_SIGNATURE
  }
}
