package org.onevisit.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.StaffMember;

/**
 * Requests and decisions on {@link Grant}s. Who may do what is {@code GrantPolicy}: a department's
 * {@code DATA_ADMIN} or {@code APPROVER} requests for his own department; a {@code DATA_ADMIN} whose region
 * covers the consumer, or a {@code DATA_ADMIN}/{@code APPROVER} of the source department of every element
 * asked for, approves or rejects; nobody decides his own request. Refusals throw {@link SharingException}
 * ({@code NOT_ALLOWED}, {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION}, {@code UNKNOWN_ELEMENT},
 * {@code INVALID_REQUEST}).
 */
public interface Grants {

  /**
   * @param elements 1–50 elements of the sharing catalog
   * @param expiresOn today or later, at most 3 years ahead
   */
  record Request(String purposeType, Set<DataElement> elements, String justification, LocalDate expiresOn) {}

  /** Files a request for the requester's own department. */
  Grant request(Request request, StaffMember requester);

  Grant approve(long id, StaffMember approver);

  Grant reject(long id, StaffMember approver, String reason);

  /** Ends an approved grant at once (the consumer's reads are refused from now on). */
  Grant revoke(long id, StaffMember approver, String reason);

  Optional<Grant> find(long id);

  /** Every grant, newest first, at most {@code limit}. */
  List<Grant> latest(int limit);
}
