package org.ltcare.demo.city;

import java.time.YearMonth;

/**
 * The size of a generated city (issue 23) and the months of its history. Everything scales with the number of
 * insured: a quarter of them assessed, a fifth in care, three institutions per thousand insured. The history ends
 * with the current month (its days up to yesterday recorded, nothing claimed yet); it starts {@code months - 1}
 * months before, but never before the region's first rule set, as nothing could be assessed or paid before it.
 *
 * @param regionCode the region the city is generated in (its rule sets, bureau and agency exist)
 * @param insured    insured people (100,000 for a city)
 * @param months     months of history including the current one (24)
 * @param seed       the random source's seed: the same plan makes the same city
 */
public record CityPlan(String regionCode, int insured, int months, long seed) {

    public static final int CITY_INSURED = 100_000;
    public static final int CITY_MONTHS = 24;

    public CityPlan {
        if (insured < 1_000 || months < 2) {
            throw new IllegalArgumentException("a city has at least 1,000 insured and 2 months: " + insured + ", "
                    + months);
        }
    }

    public int concluded() {
        return insured / 4;
    }

    public int inCare() {
        return insured / 5;
    }

    public int institutions() {
        return Math.max(4, insured * 3 / 1_000);
    }

    /** The first month of the history: {@code months - 1} before the current one, or the first month with rules. */
    public YearMonth firstMonth(YearMonth current, YearMonth firstWithRules) {
        YearMonth wanted = current.minusMonths(months - 1L);
        return wanted.isBefore(firstWithRules) ? firstWithRules : wanted;
    }
}
