package org.onevisit.approval;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** 办理轨迹: one step of a case's back office — who did what, when, from which node. */
public record ApprovalStep(Instant at, @Nullable String item, @Nullable String step, String action, String actor,
    String node, @Nullable String detail) {}
