package org.onevisit.approval;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where one item of a case stands in the back office. */
public record BranchStatus(String item, String itemName, String departmentCode, State state, @Nullable String reason,
    @Nullable String decidedBy, @Nullable Instant decidedAt) {

  public enum State {
    /** 等待前置事项 */
    WAITING,
    /** 办理中 */
    IN_PROGRESS,
    /** 通过 */
    APPROVED,
    /** 不予通过 */
    REFUSED,
    /** 已撤回 */
    CANCELLED
  }
}
