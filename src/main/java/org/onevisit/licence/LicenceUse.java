package org.onevisit.licence;

import java.time.Instant;

/**
 * 用证记录: a licence served as a material (材料) of a case; the holder sees it in the wallet.
 *
 * @param caseReference the case number
 * @param purpose what for, e.g. the item's name
 * @param at when
 */
public record LicenceUse(String caseReference, String purpose, Instant at) {}
