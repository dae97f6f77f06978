package org.onevisit.sharing;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;

/**
 * The answer to a purpose-bound read: every element asked for is either served (with its value and
 * provenance) or refused (with the reason); none is silently dropped. The read was recorded in the access
 * log as entry {@link #entry()} before this answer was returned.
 *
 * @param entry the access-log sequence number of this read
 * @param outcome served, partly served or refused
 * @param values the served elements, in the order asked
 * @param refusals the refused elements, in the order asked
 */
public record Answer(long entry, Outcome outcome, List<SharedValue> values, List<Refusal> refusals) {

  public Answer {
    values = List.copyOf(values);
    refusals = List.copyOf(refusals);
  }

  /** The served value of an element, if it was served. */
  public java.util.Optional<SharedValue> value(DataElement element) {
    return values.stream().filter(v -> v.element().equals(element)).findFirst();
  }

  /** Whether all, some or none of the elements were served. */
  public enum Outcome {
    SERVED,
    PARTIAL,
    REFUSED
  }

  /**
   * A served element.
   *
   * @param value the value as text (dates ISO 8601); {@code null} when the source holds none for this
   *     subject (a person without a mobile number), which is an answer too
   * @param provenance where the value comes from, as of when, which version
   */
  public record SharedValue(DataElement element, @Nullable String value, Provenance provenance) {
    public SharedValue {
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(provenance, "provenance");
    }
  }

  /** A refused element and why. */
  public record Refusal(DataElement element, RefusalReason reason) {}

  /** Why an element was refused; stable codes for clients. */
  public enum RefusalReason {
    /** Not in the sharing catalog. */
    UNKNOWN_ELEMENT,
    /** No approved grant to this consumer for this purpose type. */
    NOT_GRANTED,
    /** The grant for it has expired. */
    GRANT_EXPIRED,
    /** No purpose verifier is installed: nothing can be confirmed (fail closed). */
    NO_PURPOSE_VERIFIER,
    /** The purpose reference is not a live case of this subject handled by this consumer. */
    PURPOSE_NOT_CONFIRMED,
    /** The base libraries know no such subject. */
    UNKNOWN_SUBJECT,
    /** In the catalog, but no base library here holds it yet. */
    NOT_HELD,
    /** The consumer's reads are suspended after an access alarm, until an administrator lifts it. */
    SUSPENDED
  }
}
