package org.onevisit.sharing.internal;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.onevisit.sharing.Subject;

/**
 * A base-library record got a new version through ingestion (in-module, synchronous, in the writer's transaction):
 * the data-quality loop closes the reports it answers and notifies the earlier readers.
 *
 * @param elements the elements whose value changed
 * @param previousStoredAt when the replaced version was stored here (its as-of time for bulk-loaded records)
 */
record RecordChanged(Subject subject, Set<String> elements, int previousVersion, int version, Instant previousStoredAt,
    String actor, @Nullable Long batch) {}
