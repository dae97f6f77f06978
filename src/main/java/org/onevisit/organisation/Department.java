package org.onevisit.organisation;

/**
 * 部门: a government department of one kind at one region (province, city or county).
 *
 * @param id its stable database id
 * @param code its stable human-readable code, region code and kind code: {@code 331126-PSB}
 * @param name its Chinese name, e.g. 庆元县公安局
 * @param kind what it is responsible for
 * @param region the region it serves (with everything below it)
 */
public record Department(long id, String code, String name, DepartmentKind kind, RegionCode region) {}
