package org.ltcare.settlement.simulation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.ltcare.policy.rules.CareType;

/**
 * A simulation's figures for one month, institution and care type: the lines' fund share as computed and under the
 * draft, how many people the lines have and how many of them the draft changes.
 */
@Entity
@Table(name = "simulation_result")
public class SimulationResult {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(nullable = false, length = 7)
    private String month;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_type", nullable = false, length = 16)
    private CareType careType;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    @Column(nullable = false)
    private int people;

    @Column(name = "people_affected", nullable = false)
    private int peopleAffected;

    @Column(name = "real_fund", nullable = false, precision = 14, scale = 2)
    private BigDecimal realFund;

    @Column(name = "simulated_fund", nullable = false, precision = 14, scale = 2)
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
