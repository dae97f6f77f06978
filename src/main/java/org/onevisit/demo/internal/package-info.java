/** The start-up loader of the demo province and the bulk loader for benchmarks. */
@NullMarked
package org.onevisit.demo.internal;

import org.jspecify.annotations.NullMarked;
