package org.onevisit.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A case as its applicant or a clerk sees it. */
public record CaseView(
    CaseNumber number,
    String title,
    String applicantName,
    Status status,
    Instant submittedAt,
    @Nullable LocalDate acceptedOn,
    @Nullable Deadline deadline,
    @Nullable String refusal,
    List<CaseItem> items,
    List<Supplement> supplements,
    List<Step> steps) {

  /** 办件状态. */
  public enum Status {
    /** 已提交，待受理 */
    SUBMITTED,
    /** 已受理，办理中 */
    ACCEPTED,
    /** 不予受理 */
    NOT_ACCEPTED,
    /** 已办结 */
    COMPLETED,
    /** 部分办结: some items refused */
    PARTIALLY_COMPLETED,
    /** 不予许可: every item refused */
    REFUSED,
    /** 已撤回 */
    WITHDRAWN
  }

  /** One item of the case and its outcome once decided. */
  public record CaseItem(String item, String name, String departmentCode, int committedDays,
      @Nullable Boolean approved, @Nullable String reason) {}

  /** 一次性告知 and its answer. */
  public record Supplement(LocalDate requestedOn, List<String> missing, String requestedBy,
      @Nullable String approvedBy, @Nullable LocalDate suppliedOn) {}

  /** 办理轨迹. */
  public record Step(Instant at, String action, String actor, @Nullable String detail) {}

  /** True while a supplement notice waits for the applicant. */
  public boolean waitingForApplicant() {
    return supplements.stream().anyMatch(s -> s.suppliedOn() == null);
  }
}
