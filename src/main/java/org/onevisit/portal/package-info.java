/**
 * 门户: the portal shell every page lives in (layout, language switch, home page with search and
 * life-event themes, error pages) and the role-specific workbench shells. Reads other modules only
 * through their public APIs; publishes no events.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "organisation", "catalog", "casework", "approval"})
@NullMarked
package org.onevisit.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
