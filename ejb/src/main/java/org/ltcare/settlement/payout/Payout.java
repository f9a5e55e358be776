package org.ltcare.settlement.payout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.ltcare.shared.BusinessException;

/**
 * One claim's payment in a batch. The table is unique on the claim, so no claim is ever in two batches; the row
 * turns PAID together with its claim, under a row lock, so a claim is paid once however often the batch runs.
 * The quality deposit is {@code round(payable × rate, 2, HALF_UP)}; the transfer is the rest.
 */
@Entity
@Table(name = "payout")
public class Payout {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "institution_id", nullable = false)
    private long institutionId;

    @Column(nullable = false, length = 16)
    private String status = "PENDING";

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal payable;

    @Column(name = "deposit_rate", precision = 6, scale = 4)
    private BigDecimal depositRate;

    @Column(precision = 14, scale = 2)
    private BigDecimal deposit;

    @Column(precision = 14, scale = 2)
    private BigDecimal paid;

    @Column(name = "bank_name", length = 100)
    private String bankName;

    @Column(name = "bank_account_name", length = 100)
    private String bankAccountName;

    @Column(name = "bank_account_number", length = 34)
    private String bankAccountNumber;

    @Column(nullable = false, length = 40)
    private String reference;

    @Column(name = "paid_at")
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

    public Long getId() {
        return id;
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
