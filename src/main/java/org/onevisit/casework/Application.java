package org.onevisit.casework;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Answers;

/** 申请: a draft, or the application behind a submitted case ({@code caseNumber} set). */
public record Application(UUID id, Casework.Subject subject, String region, Answers answers,
    Map<String, String> values, Set<String> provided, @Nullable CaseNumber caseNumber) {}
