package org.onevisit.workday;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrator's decision about one day that wins over the built-in schedule: a working day (e.g. a
 * 调休 Saturday) or a day off (e.g. a holiday of a year the library does not know yet).
 *
 * @param day the civil date in Asia/Shanghai
 * @param working true for a working day, false for a day off
 * @param name what the day is, e.g. {@code 春节} or {@code 春节调休上班}
 * @param createdBy who defined it
 * @param createdAt when it was (last) defined
 */
public record WorkdayOverride(LocalDate day, boolean working, String name, String createdBy, Instant createdAt) {}
