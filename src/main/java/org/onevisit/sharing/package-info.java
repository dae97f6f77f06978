/**
 * 数据共享: the base libraries (基础库) collected centrally from the source departments, starting with the
 * population library (人口库: persons, households, marriages, prenatal records) and its bulk loader;
 * publishes no events.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity", "organisation"})
@NullMarked
package org.onevisit.sharing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
