/**
 * 演示省: a generated demo province (population, households, marriages, expectant couples, enterprises,
 * staff for every role, named personas, and their electronic licences) loaded once on start-up of the {@code demo} profile, and a
 * bulk loader of millions of persons for benchmarks; publishes no events.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "organisation", "sharing", "catalog", "licence",
    "casework"})
@NullMarked
package org.onevisit.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
