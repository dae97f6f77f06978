/** Pages of the sharing module: the data administrators' and consumers' sharing desk, and "who read my data". */
@NullMarked
package org.onevisit.sharing.web;

import org.jspecify.annotations.NullMarked;
