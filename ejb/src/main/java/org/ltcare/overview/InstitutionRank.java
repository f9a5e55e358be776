package org.ltcare.overview;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One institution's figures for the ranking: people in its care today, the fund's spend on it and the reviews'
 * deductions over the period, and its latest annual evaluation score (null before the first).
 */
public record InstitutionRank(long institutionId, String name, long beneficiaries, BigDecimal fundSpend,
                              BigDecimal deducted, Integer score) implements Serializable {
}
