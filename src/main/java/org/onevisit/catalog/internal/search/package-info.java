/** The Lucene implementation of {@link org.onevisit.catalog.CatalogSearch}: internal to the catalog. */
@NullMarked
package org.onevisit.catalog.internal.search;

import org.jspecify.annotations.NullMarked;
