package org.ltcare.web.institution;

import java.io.Serializable;
import java.math.BigDecimal;
import org.ltcare.policy.rules.CareType;

/** One care type on the signing form: empty places leave the type out of the agreement. */
public class AgreementLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CareType careType;
    private Integer places;
    private BigDecimal dailyCharge;

    public AgreementLine(CareType careType) {
        this.careType = careType;
    }

    public CareType getCareType() {
        return careType;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public BigDecimal getDailyCharge() {
        return dailyCharge;
    }

    public void setDailyCharge(BigDecimal dailyCharge) {
        this.dailyCharge = dailyCharge;
    }
}
