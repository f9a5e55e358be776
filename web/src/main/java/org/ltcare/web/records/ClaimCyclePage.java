package org.ltcare.web.records;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ltcare.institution.CareInstitution;
import org.ltcare.settlement.claim.CareClaim;
import org.ltcare.settlement.claim.ClaimService;
import org.ltcare.settlement.claim.ClaimStatus;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.time.ClockProducer;
import org.ltcare.web.i18n.FacesErrors;

/**
 * 结算周期: the bureau's list of the claims submitted into a settlement cycle, with totals and the payout due date;
 * those past it are marked overdue (Weihai: within 30 working days of submission).
 */
@Named
@ViewScoped
public class ClaimCyclePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClaimService claims;

    @Inject
    private InstitutionChoice institutions;

    @Inject
    private Actor actor;

    @Inject
    private FacesErrors errors;

    private String cycle;
    private List<CareClaim> list = List.of();
    private final Map<Long, String> names = new HashMap<>();

    public void load() {
        YearMonth current = YearMonth.now(ClockProducer.ZONE);
        try {
            cycle = cycle == null || cycle.isBlank() ? current.toString() : YearMonth.parse(cycle.trim()).toString();
        } catch (DateTimeParseException e) {
            cycle = current.toString();
        }
        try {
            list = claims.ofCycle(actor, YearMonth.parse(cycle));
            names.clear();
            for (CareInstitution institution : institutions.getAll()) {
                names.put(institution.getId(), institution.getName());
            }
        } catch (BusinessException e) {
            errors.show(e, null);
        }
    }

    public String institutionOf(CareClaim claim) {
        return names.getOrDefault(claim.getInstitutionId(), String.valueOf(claim.getInstitutionId()));
    }

    /** Submitted, not yet paid, and the due date has passed. */
    public boolean isOverdue(CareClaim claim) {
        return claim.getStatus() == ClaimStatus.SUBMITTED && claim.getPayoutDueOn() != null
                && claim.getPayoutDueOn().isBefore(LocalDate.now(ClockProducer.ZONE));
    }

    /** The cycle's fund share, as text with 2 decimals (a message format would group and round a number). */
    public String getFundTotal() {
        return list.stream().map(c -> c.getAmounts().getFundShare()).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2).toPlainString();
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public List<CareClaim> getList() {
        return list;
    }
}
