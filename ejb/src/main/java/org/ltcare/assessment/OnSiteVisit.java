package org.ltcare.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When and where both assessors saw the applicant, and what they noted. Any part may be missing in a draft. Stored
 * with its assessment round (embedded: one column per part, named here, as the
 * convention would prefix them with the field's name).
 */
@Embeddable
public record OnSiteVisit(
        @Column(name = "on_site_date") LocalDate date,
        @Column(name = "on_site_time") LocalTime time,
        @Column(name = "on_site_address") String address,
        @Column(name = "notes") String notes) implements Serializable {

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
