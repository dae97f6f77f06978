/** JDBC and COPY implementation of the population library. */
@NullMarked
package org.onevisit.sharing.internal;

import org.jspecify.annotations.NullMarked;
