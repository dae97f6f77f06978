package org.onevisit.approval;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** 事项办结: the item of the case was approved or refused (with the reason) by the named staff member. */
public record ItemDecided(String caseRef, String item, boolean approved, @Nullable String reason, String decidedBy,
    Instant at) {}
