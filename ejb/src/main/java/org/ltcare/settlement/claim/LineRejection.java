package org.ltcare.settlement.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.ltcare.settlement.fee.FactKind;
import org.ltcare.settlement.fee.RejectionFact;
import org.ltcare.settlement.fee.RejectionReason;

/**
 * A rejected day of a stored claim line: its code and the record behind it as the generator found it. Lines made
 * before the records were kept (V43) have the code only.
 */
@Embeddable
public class LineRejection implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    private RejectionReason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "fact_kind")
    private FactKind factKind;

    @Column(name = "fact_reference")
    private Long factReference;

    @Column(name = "fact_from")
    private LocalDate factFrom;

    @Column(name = "fact_to")
    private LocalDate factTo;

    protected LineRejection() {
    }

    LineRejection(RejectionReason reason, Optional<RejectionFact> fact) {
        this.reason = reason;
        fact.ifPresent(f -> {
            this.factKind = f.kind();
            this.factReference = f.reference();
            this.factFrom = f.from();
            this.factTo = f.to();
        });
    }

    public RejectionReason getReason() {
        return reason;
    }

    public Optional<RejectionFact> fact() {
        return factKind == null ? Optional.empty()
                : Optional.of(new RejectionFact(factKind, factReference, factFrom, factTo));
    }
}
