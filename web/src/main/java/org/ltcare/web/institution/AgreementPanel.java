package org.ltcare.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ltcare.institution.AgreedCareType;
import org.ltcare.institution.AgreementService;
import org.ltcare.institution.AgreementTerms;
import org.ltcare.institution.ServiceAgreement;
import org.ltcare.policy.rules.CareType;
import org.ltcare.shared.BusinessException;
import org.ltcare.shared.security.Actor;
import org.ltcare.shared.security.Role;
import org.ltcare.web.i18n.FacesErrors;
import org.ltcare.web.i18n.Messages;

/** The service agreements on an institution's page, and the approver's form to sign one. */
@Named
@ViewScoped
public class AgreementPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AgreementService agreements;

    @Inject
    private Actor actor;

    @Inject
    private FacesErrors errors;

    @Inject
    private Messages messages;

    private Long id;
    private List<ServiceAgreement> signed = List.of();
    private final List<AgreementLine> lines = Arrays.stream(CareType.values()).map(AgreementLine::new).toList();
    private LocalDate validFrom;
    private LocalDate validUntil;

    public void load() {
        id = InstitutionPages.shownInstitution(id, actor);
        signed = InstitutionPages.listed(id, shown -> agreements.of(actor, shown));
    }

    public void sign() {
        List<AgreedCareType> careTypes = lines.stream().filter(l -> l.getPlaces() != null)
                .map(l -> new AgreedCareType(l.getCareType(), l.getPlaces(),
                        l.getDailyCharge() == null ? BigDecimal.ZERO : l.getDailyCharge()))
                .toList();
        try {
            ServiceAgreement agreement = agreements.sign(actor, id, new AgreementTerms(careTypes, validFrom, validUntil));
            errors.info("agreement.signed", agreement.getNumber());
            load();
        } catch (BusinessException e) {
            errors.show(e, "agreementForm", this::labelOf);
        }
    }

    /** "专护 · 名额" for careTypes.SPECIALIZED.places; the date fields by their own labels. */
    private String labelOf(String field) {
        String[] parts = field.split("\\.");
        if (parts.length >= 2 && parts[0].equals("careTypes")) {
            String type = CareType.valueOf(parts[1]).nameZh();
            return parts.length == 2 ? type : type + " · " + messages.get("agreement." + parts[2]);
        }
        return messages.get(field.equals("careTypes") ? "agreement.careTypes" : "agreement." + field);
    }

    public String careTypesText(ServiceAgreement agreement) {
        return String.join("；", agreement.getLines().stream().map(l -> l.getCareType().nameZh() + " " + l.getPlaces()
                + " · " + l.getDailyCharge().toPlainString() + " 元").toList());
    }

    public boolean isMaySign() {
        return id != null && actor.has(Role.BUREAU_APPROVER);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<ServiceAgreement> getSigned() {
        return signed;
    }

    public List<AgreementLine> getLines() {
        return lines;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
