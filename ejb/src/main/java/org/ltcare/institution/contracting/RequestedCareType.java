package org.ltcare.institution.contracting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.policy.rules.CareType;

/** A care type an application asks for, with places and the institution's daily charge (contracting_care_type). */
@Embeddable
public class RequestedCareType implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "care_type")
    private CareType careType;

    @Column(name = "places")
    private int places;

    @Column(name = "daily_charge")
    private BigDecimal dailyCharge;

    protected RequestedCareType() {
    }

    RequestedCareType(AgreedCareType checked) {
        this.careType = checked.careType();
        this.places = checked.places();
        this.dailyCharge = checked.dailyCharge().setScale(2);
    }

    public AgreedCareType toAgreed() {
        return new AgreedCareType(careType, places, dailyCharge);
    }

    public CareType getCareType() {
        return careType;
    }

    public int getPlaces() {
        return places;
    }

    public BigDecimal getDailyCharge() {
        return dailyCharge;
    }
}
