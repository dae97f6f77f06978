/**
 * JDBC implementations of the sharing module: the population library and its COPY loader, the data-element
 * catalog, grants and their policy, purpose-bound reads, the hash-chained access log with its signer, and
 * API client credentials.
 */
@NullMarked
package org.onevisit.sharing.internal;

import org.jspecify.annotations.NullMarked;
