package org.onevisit.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.DataElement;
import org.onevisit.identity.IdNumber;
import org.onevisit.identity.StaffMember;
import org.onevisit.organisation.RegionCode;

/**
 * 数据质量闭环: someone reports that a shared value is wrong; the source department responsible for the
 * element and the subject's region gets the report with a deadline in working days
 * ({@code onevisit.sharing.quality.deadline-working-days}, default 5); it corrects the value (through ingestion, or
 * by entering it on the sharing desk, either of which stores a new version) or rejects the report with a reason.
 * On a correction the reporter and every consumer department that read the element of that subject since the old
 * value was stored are notified; on a rejection the reporter is. Overdue reports show on the data administrators'
 * desk. Publishes {@link QualityIssueRaised} when a report is filed.
 *
 * <p>Other modules call {@link #report}: {@code casework}, when an applicant changes a value the form had filled from
 * shared data, files the report with {@link Reporter#citizen} and the changed value as evidence.
 *
 * <p>Refusals throw {@link SharingException}: {@code UNKNOWN_ELEMENT} (not in the catalog), {@code INVALID_REQUEST}
 * (evidence missing or over 1,000 characters, element not held for this kind of subject, a corrected value that does
 * not validate), {@code NOT_FOUND} (unknown subject or report), {@code NOT_ALLOWED} (a citizen reporting about
 * someone else; staff not of the source department), {@code ILLEGAL_TRANSITION} (report already answered).
 */
public interface DataQuality {

  /** Who reports: a member of staff, a department system, or a citizen about his own data. */
  sealed interface Reporter {

    /** A consumer's staff member (his department is notified). */
    record Staff(StaffMember staff) implements Reporter {}

    /** A department system through the API (its department is notified). */
    record Client(Consumer consumer) implements Reporter {}

    /** A citizen, about his own data only (notified on "who read my data"). */
    record Citizen(IdNumber person) implements Reporter {
      @Override
      public String toString() {
        return "Citizen[" + person.masked() + "]";
      }
    }

    static Reporter staff(StaffMember staff) {
      return new Staff(staff);
    }

    static Reporter citizen(IdNumber person) {
      return new Citizen(person);
    }
  }

  /**
   * A report.
   *
   * @param evidence what is wrong and why (1–1,000 characters), e.g. the value on the applicant's paper certificate
   */
  record Report(DataElement element, Subject subject, String evidence, Reporter reporter) {
    public Report {
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(evidence, "evidence");
      Objects.requireNonNull(reporter, "reporter");
    }
  }

  /** Where a report stands. */
  enum Status {
    OPEN,
    CORRECTED,
    REJECTED
  }

  /**
   * 数据质量问题: a filed report.
   *
   * @param reportedVersion the version of the record holding the element when reported
   * @param reporter {@code staff:<username>}, {@code client:<id>} or the masked ID number of a citizen
   * @param sourceDepartment the department that must answer
   * @param dueOn the last working day to answer
   * @param correctedVersion the version that corrected it, if corrected
   */
  record Issue(long id, DataElement element, Subject subject, @Nullable Integer reportedVersion, String evidence,
      String reporter, @Nullable String reporterDepartment, String sourceDepartment, Status status, Instant reportedAt,
      LocalDate dueOn, @Nullable String resolvedBy, @Nullable Instant resolvedAt, @Nullable String resolutionNote,
      @Nullable Integer correctedVersion) {

    /** Open and past its last working day on {@code today}. */
    public boolean overdueOn(LocalDate today) {
      return status == Status.OPEN && today.isAfter(dueOn);
    }
  }

  /** Files a report with the source department; returns it with its deadline. */
  Issue report(Report report);

  /**
   * The source department enters the correct value: stored as the next version of the record (like an ingestion by
   * that department), which closes the report and notifies the reporter and the earlier readers.
   */
  Issue correct(long id, String correctValue, StaffMember staff);

  /** The source department rejects the report with a reason (1–500 characters); the reporter is notified. */
  Issue reject(long id, String reason, StaffMember staff);

  Optional<Issue> find(long id);

  /** Open reports a department must answer, oldest deadline first. */
  List<Issue> open(String sourceDepartment);

  /** Open reports past their deadline in this region, oldest deadline first. */
  List<Issue> overdue(RegionCode region);

  /** The reports this citizen filed, newest first. */
  List<Issue> reportedBy(IdNumber citizen);

  /** The reports this department filed, newest first. */
  List<Issue> reportedByDepartment(String departmentCode);

  /**
   * 通知: a report's outcome told to its reporter or to a department that read the old value.
   *
   * @param reason {@code REPORTER} or {@code READER}
   */
  record Notice(long id, long issue, DataElement element, String subjectMasked, Status outcome,
      @Nullable String note, String reason, Instant at) implements java.io.Serializable {}

  /** Notices to a department, newest first. */
  List<Notice> notices(String departmentCode, int limit);

  /** Notices to a citizen, newest first. */
  List<Notice> notices(IdNumber citizen, int limit);
}
