/** Pages of the licence module: the holder's wallet and the public verification page. */
@NullMarked
package org.onevisit.licence.web;

import org.jspecify.annotations.NullMarked;
