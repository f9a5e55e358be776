package org.ltcare.benefit;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.ltcare.institution.CareInstitution;
import org.ltcare.institution.InstitutionKind;
import org.ltcare.policy.EligibilityRule;

/**
 * An institution considered for a care type: its agreed places, how many are taken, its daily charge, and whether it
 * is offered — if not, the first check that refused it; either way the rule of the eligibility table that answered.
 */
public record CareOption(long institutionId, String institutionName, InstitutionKind kind, Integer hospitalLevel,
        String address, int places,
        long occupied, BigDecimal dailyCharge, PlaceCheck.Refusal refusal, EligibilityRule rule)
        implements Serializable {

    /** The option as its check found it (an agreed institution: the check has its line). */
    static CareOption of(PlaceCheck check) {
        return new CareOption(check.institution().getId(), check.institution().getName(),
                check.institution().getKind(), check.institution().getHospitalLevel(), check.institution().getAddress(),
                check.line().getPlaces(),
                check.occupied(), check.line().getDailyCharge(), check.refusal().orElse(null),
                check.eligibility().rule());
    }

    /** "护理院/养老机构", "2级医院", in {@code locale}. */
    public String kindText(Locale locale) {
        return CareInstitution.kindText(kind, hospitalLevel, locale);
    }

    public boolean offered() {
        return refusal == null;
    }

    public long free() {
        return Math.max(0, places - occupied);
    }
}
