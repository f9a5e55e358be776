package org.ltcare.assessment;

import java.time.LocalDate;
import java.time.LocalTime;

/** When and where both assessors saw the applicant, and what they noted. Any part may be missing in a draft. */
public record OnSiteVisit(LocalDate date, LocalTime time, String address, String notes) {

    public static final int ADDRESS_MAX = 200;
    public static final int NOTES_MAX = 2000;

    public OnSiteVisit {
        address = blankToNull(address);
        notes = blankToNull(notes);
    }

    public boolean isComplete() {
        return date != null && time != null && address != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
