package org.ltcare.insured.importing;

import java.time.LocalDate;
import java.util.Objects;
import org.ltcare.insured.IdNumber;
import org.ltcare.insured.InsuranceType;

/**
 * A validated data row of an insured-person import file.
 *
 * @param lineNumber physical line in the file, the header being line 1
 * @param phone      null when the cell was blank
 * @param address    null when the cell was blank
 */
public record InsuredRow(
        int lineNumber,
        IdNumber idNumber,
        String name,
        InsuranceType insuranceType,
        String regionCode,
        LocalDate enrolledOn,
        String phone,
        String address) {

    public InsuredRow {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(insuranceType, "insuranceType");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(enrolledOn, "enrolledOn");
    }
}
