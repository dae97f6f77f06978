/** The W3C VC-API of the licence module: issue, verify, status; the DID document and status lists. */
@NullMarked
package org.onevisit.licence.api;

import org.jspecify.annotations.NullMarked;
