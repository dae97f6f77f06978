package org.onevisit.approval;

import java.util.Objects;

/** 审批意见: what an approver decides on a task. */
public sealed interface Decision {

  /** 通过, with an optional comment. */
  record Approve(String comment) implements Decision {
    public Approve {
      Objects.requireNonNull(comment, "comment");
    }
  }

  /** 不予通过, with the reason the applicant will read (required). */
  record Refuse(String reason) implements Decision {
    public Refuse {
      if (Objects.requireNonNull(reason, "reason").isBlank()) {
        throw new IllegalArgumentException("A refusal needs a reason");
      }
    }
  }
}
