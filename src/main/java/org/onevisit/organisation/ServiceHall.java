package org.onevisit.organisation;

/**
 * 办事大厅: a place where citizens and enterprises get matters done in person.
 *
 * @param id its stable database id
 * @param code its stable human-readable code, region code and kind code: {@code 331126-ASC}
 * @param name its Chinese name, e.g. 庆元县行政服务中心, 松源街道便民服务中心, 东门村代办点
 * @param kind its kind (the level of the service network it belongs to)
 * @param region the region it is in
 * @param address where it is
 * @param openingHours when it is open, as text
 */
public record ServiceHall(
    long id, String code, String name, HallKind kind, RegionCode region, String address, String openingHours) {}
