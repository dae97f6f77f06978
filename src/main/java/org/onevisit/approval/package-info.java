/**
 * 审批: the back-office processes behind every case, run on the embedded Flowable BPMN engine. Flowable
 * is an adapter inside {@code approval.internal}; the rest of the platform sees only
 * {@link org.onevisit.approval.ApprovalProcesses} and the events {@link org.onevisit.approval.ItemDecided}
 * and {@link org.onevisit.approval.ApprovalFinished}.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "organisation"})
@NullMarked
package org.onevisit.approval;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
