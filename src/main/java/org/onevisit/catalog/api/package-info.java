/** {@code /api/v1/catalog}: the published catalog, guides for given answers, lists, export and import. */
@NullMarked
package org.onevisit.catalog.api;

import org.jspecify.annotations.NullMarked;
