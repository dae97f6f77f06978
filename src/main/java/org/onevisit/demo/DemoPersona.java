package org.onevisit.demo;

import org.onevisit.identity.IdNumber;
import org.onevisit.organisation.RegionCode;

/**
 * A named person of the demo province with a fixed ID number and mobile, for walking through a scenario.
 *
 * @param name the name
 * @param idNumber the ID number (log in with it and a one-time code sent to the mobile)
 * @param mobile the mobile number; the developer SMS outbox shows the codes sent to it
 * @param township the township they live in (the first village of it, by code)
 * @param scenario what to try with this persona
 */
public record DemoPersona(String name, IdNumber idNumber, String mobile, RegionCode township, String scenario) {}
