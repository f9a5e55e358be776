package org.ltcare.policy.rules;

/**
 * Limits of home care: a visit shorter than {@code homeVisitMinimumMinutes} has no valid service record, and a
 * care worker may record at most {@code maxVisitsPerWorkerPerDay} visits a day. Both reference values (30 and 8)
 * are (verify): no official text was found for them.
 */
public record HomeCareTerms(int homeVisitMinimumMinutes, int maxVisitsPerWorkerPerDay) {
}
