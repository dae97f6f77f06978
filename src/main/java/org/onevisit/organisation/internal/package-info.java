/** The organisation module's JDBC implementations and its reference-data loader. */
@NullMarked
package org.onevisit.organisation.internal;

import org.jspecify.annotations.NullMarked;
