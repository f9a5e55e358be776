package org.ltcare.care.batch;

/**
 * A bed-day as an institution's system posts it: whose (ID number), which day, PRESENT or ABSENT, and for an
 * absence its reason (HOME_LEAVE, HOSPITAL, OTHER) and note. Text as received; the batch checks it.
 */
public record BedDayEntry(String idempotencyKey, String idNumber, String date, String status, String reason,
                          String note) {
}
