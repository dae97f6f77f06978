/** The organisation module's JSON API under {@code /api/v1/regions}. */
@NullMarked
package org.onevisit.organisation.api;

import org.jspecify.annotations.NullMarked;
