package org.onevisit.approval;

/** 审批完成: every branch of the case has ended; its items' outcomes are in {@link ApprovalProcesses#branches}. */
public record ApprovalFinished(String caseRef) {}
