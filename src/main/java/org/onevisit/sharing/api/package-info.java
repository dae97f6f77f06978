/**
 * The REST adapter for department systems: {@code /api/v1/sharing} with client credentials exchanged for
 * short-lived bearer tokens (ADR 0006), its own stateless security filter chain, and problem JSON errors.
 */
@NullMarked
package org.onevisit.sharing.api;

import org.jspecify.annotations.NullMarked;
