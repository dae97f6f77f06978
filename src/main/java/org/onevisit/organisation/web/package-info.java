/** The organisation module's public pages: 办事大厅 (service halls) and their windows. */
@NullMarked
package org.onevisit.organisation.web;

import org.jspecify.annotations.NullMarked;
