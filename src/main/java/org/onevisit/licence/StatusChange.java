package org.onevisit.licence;

import java.time.Instant;

/** One change of a licence's status, with why and by whom. */
public record StatusChange(LicenceStatus status, String reason, String actor, Instant at) {}
