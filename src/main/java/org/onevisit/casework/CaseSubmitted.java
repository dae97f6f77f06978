package org.onevisit.casework;

/** 已提交: the case exists with its number; acceptance follows. */
public record CaseSubmitted(CaseNumber number, String region) {}
