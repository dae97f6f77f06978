package org.onevisit.sharing;

/**
 * Confirms that a purpose is real: that its reference is a live case of that subject handled by that
 * consumer. Implemented by the modules that own the references ({@code casework} for case numbers). Every
 * read asks every verifier: one {@link Verdict#NOT_CONFIRMED} refuses it, otherwise one
 * {@link Verdict#CONFIRMED} allows it. With no verifier at all, or when every verifier abstains, every read is
 * refused (fail closed).
 */
public interface PurposeVerifier {

  Verdict verify(Consumer consumer, Subject subject, Purpose purpose);

  /** A verifier's answer. */
  enum Verdict {
    /** The reference is a live case of this subject handled by this consumer, for this purpose type. */
    CONFIRMED,
    /** The verifier knows the reference and it does not qualify (closed, another subject or department). */
    NOT_CONFIRMED,
    /** Not a reference this verifier knows about. */
    ABSTAIN
  }
}
