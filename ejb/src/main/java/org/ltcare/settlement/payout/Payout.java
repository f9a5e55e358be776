package org.ltcare.settlement.payout;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.model.Identified;

/**
 * One claim's payment in a batch. The table is unique on the claim, so no claim is ever in two batches; the row
 * turns PAID together with its claim, under a row lock, so a claim is paid once however often the batch runs.
 * The quality deposit is {@code round(payable × rate, 2, HALF_UP)}; the transfer is the rest.
 */
@Entity
@Table(name = "payout")
public class Payout extends Identified {

    private long batchId;

    private long claimId;

    private long institutionId;

    private String status = "PENDING";

    private BigDecimal payable;

    private BigDecimal depositRate;

    private BigDecimal deposit;

    private BigDecimal paid;

    private String bankName;

    private String bankAccountName;

    private String bankAccountNumber;

    private String reference;

    private Instant paidAt;

    protected Payout() {
    }

    Payout(long batchId, long claimId, long institutionId, BigDecimal payable, String reference) {
        this.batchId = batchId;
        this.claimId = claimId;
        this.institutionId = institutionId;
        this.payable = payable;
        this.reference = reference;
    }

    /** Withholds the deposit and pays the rest to the account given; a paid row is never paid again. */
    void pay(BigDecimal rate, BankAccount account, Instant at) {
        if (isPaid()) {
            throw new BusinessException("payout.alreadyPaid", reference);
        }
        this.depositRate = rate;
        this.deposit = payable.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        this.paid = payable.subtract(deposit);
        this.bankName = account.bank();
        this.bankAccountName = account.name();
        this.bankAccountNumber = account.number();
        this.paidAt = at;
        this.status = "PAID";
    }

    public boolean isPaid() {
        return "PAID".equals(status);
    }

    public long getBatchId() {
        return batchId;
    }

    public long getClaimId() {
        return claimId;
    }

    public long getInstitutionId() {
        return institutionId;
    }

    public BigDecimal getPayable() {
        return payable;
    }

    public BigDecimal getDepositRate() {
        return depositRate;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BankAccount getAccount() {
        return new BankAccount(bankName, bankAccountName, bankAccountNumber);
    }

    public String getReference() {
        return reference;
    }

    public Instant getPaidAt() {
        return paidAt;
    }
}
