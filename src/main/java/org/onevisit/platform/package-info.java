/**
 * Platform runtime shared by every module: the database (embedded PostgreSQL unless an external URL is
 * given), the injected {@link java.time.Clock}, problem-detail (RFC 9457) mapping for the API and the
 * masking of personal data. Publishes no events; depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.onevisit.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
