/**
 * 事项目录: service items, situations, bundles, personalised guides and standardisation checks. The
 * domain core is pure Java: it publishes no events yet (transitions return {@link ItemPublished} and
 * {@link ItemWithdrawn} for the persistence layer to publish) and never calls {@code sharing}, whose
 * vocabulary ({@link DataElement}) it defines.
 */
@ApplicationModule(allowedDependencies = {"platform", "organisation"})
@NullMarked
package org.onevisit.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
