/**
 * 审批: the back-office processes behind every case, run on the embedded Flowable BPMN engine. Flowable
 * is an adapter inside {@code approval.internal}; the rest of the platform will see only
 * {@code ApprovalProcesses}. Publishes no events yet.
 */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package org.onevisit.approval;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
