package org.ltcare.care.visit;

/** An institution's visits of a period: all of them, and those not verified (上门服务's counts). */
public record VisitCounts(long total, long unverified) {
}
