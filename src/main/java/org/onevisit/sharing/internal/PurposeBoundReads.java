package org.onevisit.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onevisit.catalog.DataElement;
import org.onevisit.platform.ChinaTime;
import org.onevisit.sharing.Answer;
import org.onevisit.sharing.Answer.RefusalReason;
import org.onevisit.sharing.Answer.SharedValue;
import org.onevisit.sharing.Consumer;
import org.onevisit.sharing.DataElements;
import org.onevisit.sharing.Purpose;
import org.onevisit.sharing.PurposeVerifier;
import org.onevisit.sharing.SharedData;
import org.onevisit.sharing.SharingError;
import org.onevisit.sharing.SharingException;
import org.onevisit.sharing.Subject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * {@link SharedData}: catalog, suspension, grant, purpose and subject checks in that order; the first that fails refuses
 * the elements it concerns; then the values, then the log entry, all in one transaction.
 */
@Service
class PurposeBoundReads implements SharedData {

  static final int MAX_ELEMENTS = 50;
  private static final Logger log = LoggerFactory.getLogger(PurposeBoundReads.class);

  private final DataElements catalog;
  private final JdbcGrants grants;
  private final ObjectProvider<PurposeVerifier> verifiers;
  private final LibraryValues libraries;
  private final JdbcAccessLog accessLog;
  private final ReadPolicy policy;
  private final Clock clock;

  PurposeBoundReads(DataElements catalog, JdbcGrants grants, ObjectProvider<PurposeVerifier> verifiers,
      LibraryValues libraries, JdbcAccessLog accessLog, ReadPolicy policy, Clock clock) {
    this.policy = policy;
    this.catalog = catalog;
    this.grants = grants;
    this.verifiers = verifiers;
    this.libraries = libraries;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /**
   * Not transactional: each look-up stands alone (none needs another's snapshot), and the entry is committed by
   * the access log's group commit before the answer is returned, so a read holds no transaction while it waits;
   * called inside a caller's transaction, a refused or failed read does not mark that transaction rollback-only.
   */
  @Override
  public Answer read(Consumer consumer, Subject subject, List<DataElement> asked, Purpose purpose) {
    List<DataElement> elements = List.copyOf(new LinkedHashSet<>(asked));
    if (elements.isEmpty() || elements.size() > MAX_ELEMENTS) {
      throw new SharingException(SharingError.INVALID_REQUEST, "A read asks for 1 to " + MAX_ELEMENTS + " elements");
    }
    Map<DataElement, RefusalReason> refused = new LinkedHashMap<>();
    List<DataElement> open = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
    Map<DataElement, LocalDate> expiries = policy.approvedExpiries(consumer.departmentCode(), purpose.type(),
        () -> grants.approvedExpiries(consumer.departmentCode(), purpose.type()));
    boolean suspended = policy.suspended(consumer.departmentCode());
    for (DataElement element : elements) {
      LocalDate expiry = expiries.get(element);
      if (catalog.find(element).isEmpty()) {
        refused.put(element, RefusalReason.UNKNOWN_ELEMENT);
      } else if (suspended) {
        refused.put(element, RefusalReason.SUSPENDED);
      } else if (expiry == null) {
        refused.put(element, RefusalReason.NOT_GRANTED);
      } else if (expiry.isBefore(today)) {
        refused.put(element, RefusalReason.GRANT_EXPIRED);
      } else {
        open.add(element);
      }
    }
    if (!open.isEmpty()) {
      Optional<RefusalReason> purposeRefusal = verify(consumer, subject, purpose);
      if (purposeRefusal.isPresent()) {
        open.forEach(e -> refused.put(e, purposeRefusal.get()));
        open.clear();
      }
    }
    Map<DataElement, LibraryValues.Held> values = Map.of();
    if (!open.isEmpty()) {
      List<DataElement> held = open.stream().filter(e -> LibraryValues.holds(e, subject)).toList();
      open.stream().filter(e -> !LibraryValues.holds(e, subject)).forEach(e -> refused.put(e, RefusalReason.NOT_HELD));
      if (!held.isEmpty()) {
        var read = libraries.read(subject, held);
        if (read.isEmpty()) {
          held.forEach(e -> refused.put(e, RefusalReason.UNKNOWN_SUBJECT));
        } else {
          values = read.get();
        }
      }
    }
    List<SharedValue> served = new ArrayList<>();
    List<String> servedReferences = new ArrayList<>();
    List<Answer.Refusal> refusals = new ArrayList<>();
    for (DataElement element : elements) {
      LibraryValues.Held value = values.get(element);
      if (value != null) {
        served.add(value.value());
        servedReferences.add(element.code() + "@" + value.reference());
      } else {
        refusals.add(new Answer.Refusal(element, refused.get(element)));
      }
    }
    Answer.Outcome outcome = refusals.isEmpty() ? Answer.Outcome.SERVED
        : served.isEmpty() ? Answer.Outcome.REFUSED : Answer.Outcome.PARTIAL;
    long entry = accessLog.append(consumer, subject, purpose, outcome, servedReferences, refusals);
    return new Answer(entry, outcome, served, refusals);
  }

  /** Empty when confirmed; otherwise the reason every still-open element is refused. Fails closed. */
  private Optional<RefusalReason> verify(Consumer consumer, Subject subject, Purpose purpose) {
    boolean any = false;
    boolean confirmed = false;
    for (PurposeVerifier verifier : verifiers) {
      any = true;
      PurposeVerifier.Verdict verdict;
      try {
        verdict = verifier.verify(consumer, subject, purpose);
      } catch (RuntimeException e) {
        log.warn("Purpose verifier {} failed; the read is refused", verifier.getClass().getName(), e);
        return Optional.of(RefusalReason.PURPOSE_NOT_CONFIRMED);
      }
      if (verdict == PurposeVerifier.Verdict.NOT_CONFIRMED) {
        return Optional.of(RefusalReason.PURPOSE_NOT_CONFIRMED);
      }
      confirmed |= verdict == PurposeVerifier.Verdict.CONFIRMED;
    }
    if (!any) {
      return Optional.of(RefusalReason.NO_PURPOSE_VERIFIER);
    }
    return confirmed ? Optional.empty() : Optional.of(RefusalReason.PURPOSE_NOT_CONFIRMED);
  }
}
