package org.onevisit.casework;

import java.time.LocalDate;

/** 已受理: the case's items go to the back office; its deadline runs from {@code acceptedOn}. */
public record CaseAccepted(CaseNumber number, LocalDate acceptedOn, boolean onTrust) {}
