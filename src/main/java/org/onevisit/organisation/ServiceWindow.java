package org.onevisit.organisation;

/**
 * 窗口: one counter of a service hall.
 *
 * @param id its stable database id
 * @param hallId the hall it belongs to
 * @param number its number as shown above it, e.g. {@code A03}
 * @param theme the theme of the matters it accepts
 */
public record ServiceWindow(long id, long hallId, String number, WindowTheme theme) {}
