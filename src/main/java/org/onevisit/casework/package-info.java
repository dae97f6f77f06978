/**
 * 办件: applications and cases — submission once (idempotent), acceptance (受理, automatic on trust where
 * the item allows it), the one-time complete supplement notice (一次性告知) with the clock stopped, deadlines in
 * working days, the back office through {@code approval}, completion. Publishes {@link
 * org.onevisit.casework.CaseSubmitted}, {@link org.onevisit.casework.CaseAccepted} and {@link
 * org.onevisit.casework.CaseCompleted}.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "organisation", "workday", "catalog", "approval",
    "sharing", "licence"})
@NullMarked
package org.onevisit.casework;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
