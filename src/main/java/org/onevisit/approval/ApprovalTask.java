package org.onevisit.approval;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** 待办: a step of an item of a case, waiting for its department (or done). */
public record ApprovalTask(
    String id,
    String caseRef,
    String caseTitle,
    String item,
    String itemName,
    String step,
    String stepName,
    String departmentCode,
    @Nullable String assignee,
    boolean open,
    Instant createdAt) {}
