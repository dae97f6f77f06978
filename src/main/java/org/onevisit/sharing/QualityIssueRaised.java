package org.onevisit.sharing;

import java.time.LocalDate;
import org.onevisit.catalog.DataElement;

/**
 * 数据质量问题已登记: a wrong value was reported to its source department (Spring Modulith event, published in the
 * transaction that files the report). Carries no personal data: the subject stays in the sharing module.
 *
 * @param issue the report's number
 * @param sourceDepartment the department that must answer
 * @param dueOn its last working day
 */
public record QualityIssueRaised(long issue, DataElement element, String sourceDepartment, LocalDate dueOn) {}
