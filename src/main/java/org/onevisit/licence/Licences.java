package org.onevisit.licence;

import java.util.List;
import java.util.Optional;
import org.onevisit.catalog.LicenceType;

/**
 * 电子证照库: issues licences as signed credentials, finds them, changes their status and records their
 * use as materials. Errors are {@link LicenceException}s with a {@link LicenceError}.
 */
public interface Licences {

  /**
   * Issues a licence: checks the request against the type's {@link LicenceDefinition}, numbers it, signs
   * its credential (three proofs) and stores it; publishes {@link LicenceIssued}.
   *
   * @throws LicenceException UNKNOWN_TYPE, WRONG_HOLDER_KIND, FIELD_MISSING, FIELD_UNKNOWN, FIELD_TOO_LONG,
   *     UNKNOWN_DEPARTMENT, WRONG_DEPARTMENT
   */
  Licence issue(IssueRequest request);

  /** Issues many at once (for loaders), in one transaction; same checks as {@link #issue}. */
  List<Licence> issueAll(List<IssueRequest> requests);

  Optional<Licence> find(LicenceNumber number);

  /** The licence of a public verification link. */
  Optional<Licence> findByVerificationCode(String code);

  /** Every licence of a holder, newest first, whatever its status. */
  List<Licence> heldBy(HolderKind kind, String identifier);

  /** The holder's licences of a type that can serve as a material today (valid, not expired). */
  List<Licence> usable(HolderKind kind, String identifier, LicenceType type);

  /** @throws LicenceException NOT_FOUND, ALREADY_REVOKED, REASON_MISSING */
  Licence suspend(LicenceNumber number, String reason, String actor);

  /** @throws LicenceException NOT_FOUND, NOT_SUSPENDED, REASON_MISSING */
  Licence reinstate(LicenceNumber number, String reason, String actor);

  /** Final. @throws LicenceException NOT_FOUND, ALREADY_REVOKED, REASON_MISSING */
  Licence revoke(LicenceNumber number, String reason, String actor);

  /** Status changes, oldest first (the first is the issue). */
  List<StatusChange> history(LicenceNumber number);

  /**
   * Records that the holder's licence served as a material of a case.
   *
   * @throws LicenceException NOT_FOUND, NOT_HOLDERS when the licence is someone else's, NOT_USABLE when it
   *     is not valid today
   */
  LicenceUse recordUse(LicenceNumber number, HolderKind kind, String holderIdentifier, String caseReference,
      String purpose);

  /** Where the licence was used, newest first. */
  List<LicenceUse> uses(LicenceNumber number);
}
