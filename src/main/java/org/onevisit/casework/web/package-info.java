/** The applicant's cases and progress pages; the window clerks' acceptance queue and case pages. */
@NullMarked
package org.onevisit.casework.web;

import org.jspecify.annotations.NullMarked;
