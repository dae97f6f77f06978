/**
 * 身份认证: who is using the platform. Citizens and enterprise representatives log in with an ID number
 * (or a credit code plus representative) and a one-time code sent through {@link
 * org.onevisit.platform.SmsSender}; staff log in with a username and password and act in the roles,
 * department and region they were given. Offers the current user, role and region-scope checks, and
 * account registration for loaders. Publishes no events.
 */
@ApplicationModule(allowedDependencies = {"platform", "organisation"})
@NullMarked
package org.onevisit.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
