/** The citizen's catalog pages (items, bundles, questionnaire, guide, lists) and the catalog administrators' pages. */
@NullMarked
package org.onevisit.catalog.web;

import org.jspecify.annotations.NullMarked;
