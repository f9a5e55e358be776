package org.ltcare.institution.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the printed 定点护理服务协议 shows, already looked up and, where it is text, already in Chinese: the
 * renderer lays it out and formats dates and amounts, nothing more. A signed agreement's terms never change, so
 * a reprint built from the agreement reads as the original did.
 *
 * <p>{@code creditCode}, {@code address}, {@code contactPerson} and {@code contactPhone} may be null or blank
 * (an institution's profile may lack them; printed as "—"); {@code renewsAgreementNumber} is null unless the
 * agreement renews an earlier one.
 */
public record AgreementDocument(
        String agreementNumber,
        String bureauName,
        String institutionName,
        String creditCode,
        String institutionKindText,
        String address,
        String contactPerson,
        String contactPhone,
        List<AgreementLine> lines,
        LocalDate validFrom,
        LocalDate validUntil,
        String signedBy,
        LocalDate signedOn,
        String ruleSetCode,
        String renewsAgreementNumber) {

    public AgreementDocument {
        Objects.requireNonNull(agreementNumber, "agreementNumber");
        Objects.requireNonNull(bureauName, "bureauName");
        Objects.requireNonNull(institutionName, "institutionName");
        Objects.requireNonNull(institutionKindText, "institutionKindText");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(ruleSetCode, "ruleSetCode");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("agreement " + agreementNumber + " has no care types");
        }
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("valid until " + validUntil + " before " + validFrom);
        }
    }
}
