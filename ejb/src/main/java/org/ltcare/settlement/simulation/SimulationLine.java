package org.ltcare.settlement.simulation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.ltcare.policy.rules.CareType;
import org.ltcare.settlement.claim.ClaimLine;
import org.ltcare.settlement.fee.CareFeeResult;
import org.ltcare.settlement.fee.FeeArithmetic;
import org.ltcare.shared.model.Identified;

/**
 * One claim line whose fund share the draft changes: the arithmetic as the line recorded it and as the draft
 * computes it (billable days, the same daily charge, limit, ratio, fund share), kept so that the simulation's
 * difference can be read line by line. Lines the draft leaves unchanged are not kept.
 */
@Entity
@Table(name = "simulation_line")
public class SimulationLine extends Identified {

    private long runId;

    private String month;

    private long institutionId;

    private long claimLineId;

    private long insuredId;

    @Enumerated(EnumType.STRING)
    private CareType careType;

    private int grade;

    private BigDecimal dailyCharge;

    private int realBillableDays;

    private BigDecimal realDailyLimit;

    private BigDecimal realFundRatio;

    private BigDecimal realFund;

    private int simulatedBillableDays;

    private BigDecimal simulatedDailyLimit;

    private BigDecimal simulatedFundRatio;

    private BigDecimal simulatedFund;

    protected SimulationLine() {
    }

    SimulationLine(long runId, YearMonth month, long institutionId, ClaimLine line, CareFeeResult simulated) {
        this.runId = runId;
        this.month = month.toString();
        this.institutionId = institutionId;
        this.claimLineId = line.getId();
        this.insuredId = line.getInsuredId();
        this.careType = line.getCareType();
        this.grade = line.getGrade();
        this.dailyCharge = line.getDailyCharge();
        this.realBillableDays = line.getAmounts().getBillableDays();
        this.realDailyLimit = line.getDailyLimit();
        this.realFundRatio = line.getFundRatio();
        this.realFund = line.getAmounts().getFundShare();
        FeeArithmetic draft = simulated.arithmetic();
        this.simulatedBillableDays = draft.billableDays();
        this.simulatedDailyLimit = draft.dailyLimit();
        this.simulatedFundRatio = draft.fundRatio();
        this.simulatedFund = draft.fundShare();
    }

    /** The line's arithmetic as recorded. */
    public FeeArithmetic real() {
        return FeeArithmetic.of(realBillableDays, dailyCharge, realFundRatio, realDailyLimit);
    }

    /** The same line's arithmetic under the draft. */
    public FeeArithmetic simulated() {
        return FeeArithmetic.of(simulatedBillableDays, dailyCharge, simulatedFundRatio, simulatedDailyLimit);
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

    public long getClaimLineId() {
        return claimLineId;
    }

    public long getInsuredId() {
        return insuredId;
    }

    public CareType getCareType() {
        return careType;
    }

    public int getGrade() {
        return grade;
    }

    public BigDecimal getRealFund() {
        return realFund;
    }

    public BigDecimal getSimulatedFund() {
        return simulatedFund;
    }
}
