/**
 * 工作日: tells which days are working days in mainland China (public holidays and adjusted working
 * days, 调休, from tyme4j plus an administrator-maintained override table) and counts working days for
 * deadlines. Offers {@link org.onevisit.workday.WorkingDays} and {@link
 * org.onevisit.workday.WorkdayOverrides}; publishes no events; depends only on the platform.
 */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package org.onevisit.workday;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
