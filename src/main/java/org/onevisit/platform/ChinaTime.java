package org.onevisit.platform;

import java.time.ZoneId;

/** China Standard Time: the zone of every civil date, deadline and page of the platform. */
public final class ChinaTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ChinaTime() {}
}
