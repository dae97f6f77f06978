package org.onevisit.casework;

import java.util.List;

/** 已办结: every item is decided; {@code approvedItems} produce their results (licences, delivery). */
public record CaseCompleted(CaseNumber number, CaseView.Status status, List<String> approvedItems,
    List<String> refusedItems) {}
