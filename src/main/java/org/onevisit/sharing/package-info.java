/**
 * 数据共享: the base libraries (基础库) collected centrally from the source departments (the population
 * library: persons, households, marriages, prenatal records, with a bulk loader), the data-element catalog,
 * grants to consumer departments, purpose-bound reads ({@link org.onevisit.sharing.SharedData}) checked by
 * {@link org.onevisit.sharing.PurposeVerifier}s, and the tamper-evident access log
 * ({@link org.onevisit.sharing.AccessLog}) that citizens see as "who read my data". Department systems read
 * through {@code /api/v1/sharing} with their own credentials. An access monitor watches the log and publishes
 * {@link org.onevisit.sharing.AccessAnomalyDetected}; it can suspend a consumer's reads until an administrator
 * acknowledges the alarm. The sharing ratio ({@link org.onevisit.sharing.SharingRatio}) is measured against the
 * catalog's published items.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "organisation", "catalog", "workday"})
@NullMarked
package org.onevisit.sharing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
