package org.ltcare.institution;

import java.time.LocalDate;
import java.util.List;

/** What a service agreement (服务协议) grants: the care types with places and charges, and its validity. */
public record AgreementTerms(List<AgreedCareType> careTypes, LocalDate validFrom, LocalDate validUntil) {

    public AgreementTerms {
        careTypes = careTypes == null ? List.of() : List.copyOf(careTypes);
    }
}
