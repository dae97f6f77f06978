/**
 * 组织机构: GB/T 2260 administrative divisions on five levels (province, city, county, township,
 * village), the departments at each level, service halls and their windows grouped by theme. Offers
 * lookups; publishes no events; depends on no other module.
 */
@ApplicationModule(allowedDependencies = {"platform"})
@NullMarked
package org.onevisit.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
