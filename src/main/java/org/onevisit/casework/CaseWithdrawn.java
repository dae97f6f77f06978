package org.onevisit.casework;

/** 撤回: the applicant withdrew his case before it was completed; its back office stops. */
public record CaseWithdrawn(CaseNumber number, String reason) {}
