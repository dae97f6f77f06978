/** The approvers' inbox and task pages. */
@NullMarked
package org.onevisit.approval.web;

import org.jspecify.annotations.NullMarked;
