package org.ltcare.it;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.ltcare.insured.IdNumber;

/** Test fixtures for insured people: a fresh, valid ID number each time. */
public final class Insureds {

    private Insureds() {
    }

    /** A valid ID number of someone born between 1930 and 1965, random enough not to repeat in a test run. */
    public static String freshIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 35));
        return IdNumber.fromFirst17("370203" + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000))).value();
    }

    /** A name unique to the ID number (its sequence digits spelled in Chinese: names may not contain digits). */
    public static String nameFor(String prefix, String idNumber) {
        StringBuilder name = new StringBuilder(prefix);
        idNumber.substring(14, 17).chars().forEach(digit -> name.append("零一二三四五六七八九".charAt(digit - '0')));
        return name.toString();
    }

    /** JSON for POST /api/v1/insured. */
    public static String registrationJson(String idNumber, String name) {
        return "{\"idNumber\":\"" + idNumber + "\",\"name\":\"" + name + "\",\"insuranceType\":\"RESIDENT\","
                + "\"regionCode\":\"370200\",\"enrolledOn\":\"2020-01-01\",\"phone\":\"13900001111\","
                + "\"address\":\"市南区测试路1号\"}";
    }
}
