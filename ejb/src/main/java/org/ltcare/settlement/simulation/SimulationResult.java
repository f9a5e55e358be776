package org.ltcare.settlement.simulation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.model.Identified;

/**
 * A simulation's figures for one month, institution and care type: the lines' fund share as computed and under the
 * draft, how many people the lines have and how many of them the draft changes.
 */
@Entity
@Table(name = "simulation_result")
public class SimulationResult extends Identified {

    private long runId;

    private String month;

    private long institutionId;

    @Enumerated(EnumType.STRING)
    private CareType careType;

    private int lineCount;

    private int people;

    private int peopleAffected;

    private BigDecimal realFund;

    private BigDecimal simulatedFund;

    protected SimulationResult() {
    }

    SimulationResult(long runId, YearMonth month, long institutionId, CareType careType, int lineCount, int people,
                     int peopleAffected, BigDecimal realFund, BigDecimal simulatedFund) {
        this.runId = runId;
        this.month = month.toString();
        this.institutionId = institutionId;
        this.careType = careType;
        this.lineCount = lineCount;
        this.people = people;
        this.peopleAffected = peopleAffected;
        this.realFund = realFund;
        this.simulatedFund = simulatedFund;
    }

    public BigDecimal getDifference() {
        return simulatedFund.subtract(realFund);
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public CareType getCareType() {
        return careType;
    }

    public int getLineCount() {
        return lineCount;
    }

    public int getPeople() {
        return people;
    }

    public int getPeopleAffected() {
        return peopleAffected;
    }

    public BigDecimal getRealFund() {
        return realFund;
    }

    public BigDecimal getSimulatedFund() {
        return simulatedFund;
    }
}
